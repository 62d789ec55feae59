"""Reading HTML live blogs, JSON-LD and URLs into Documents with pre-cut entries."""

from __future__ import annotations

import gzip
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsrewind.read import ReadError, read_bytes, read_path, sniff
from newsrewind.read.fetch import USER_AGENT, fetch, url_name
from newsrewind.read.html import loads_lenient, local_iso

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return str(PAGES / name)


def test_jsonld_liveblog_updates_become_blocks_with_exact_times() -> None:
    doc = read_path(page("liveblog_jsonld.en.html"))
    assert doc.kind == "jsonld"
    assert doc.lang == "en"
    assert doc.outlet == "Riverside Chronicle"
    assert doc.url == "https://news.example.org/live/river-floods"
    assert str(doc.published) == "2023-03-14"
    assert doc.blocks is not None and len(doc.blocks) == 3
    first, second, third = doc.blocks
    assert first.stamp is not None and first.stamp.iso == "2023-03-14T11:42:00+00:00"
    assert first.headline == "Second bridge closed"
    assert first.modified == "2023-03-14T11:50:00+00:00"
    assert first.url == "https://news.example.org/live/river-floods#post-3"
    # HTML in articleBody is stripped, paragraphs kept
    assert first.text == (
        "Second bridge closed\n\nEngineers shut the old stone bridge after water reached its arches, "
        "the county council said.\n\nDrivers are told to use the ring road."
    )
    assert "\n\nTwo people were taken" in second.text
    assert third.text == "Welcome to our live coverage of the floods & the rescue effort."
    # the label shown on the page for the same instant
    assert [b.label for b in doc.blocks] == ["11:42", "09:15", "07:05"]
    # block offsets point into the document text
    for b in doc.blocks:
        assert doc.text[b.start : b.start + len(b.text)] == b.text


def test_time_datetime_containers_keep_the_exact_time_in_the_blogs_clock() -> None:
    doc = read_path(page("liveblog_time.ro.html"))
    assert doc.kind == "html"
    assert doc.lang == "ro" and doc.outlet == "Știri de Azi" and doc.tz == "+02:00"
    assert doc.blocks is not None
    assert [b.label for b in doc.blocks] == ["12:05", "10:47", "08:31"]
    # 10:05Z shown as 12:05 → the same instant written with the page's +02:00
    assert [b.stamp.iso for b in doc.blocks if b.stamp] == [
        "2024-02-09T12:05:00+02:00",
        "2024-02-09T10:47:00+02:00",
        "2024-02-09T08:31:00+02:00",
    ]
    first = doc.blocks[0]
    assert first.headline == "Bilanț nou al ISU"
    assert first.modified == "2024-02-09T10:20:00Z"
    assert first.url == "#e-3"
    assert first.text == (
        "Bilanț nou al ISU\n\nISU Vrancea anunță că 14 persoane au fost rănite ușor, iar alte 3 au fost "
        "transportate la spital.\n\nEchipele continuă verificările în Focșani."
    )
    everything = doc.text
    for junk in (
        "Distribuie",
        "Publicitate",
        "cookie",
        "Acasă",
        "sidebar",
        "drepturile",
        "17:20 nu",
        "Harta",
    ):
        assert junk not in everything


def test_repeated_blocks_opening_with_a_time_label() -> None:
    doc = read_path(page("liveblog_labels.ru.html"))
    assert doc.lang == "ru" and doc.outlet == "Вести края"
    assert str(doc.published) == "2021-08-03" and doc.tz == "+03:00"
    assert doc.blocks is not None
    assert [b.label for b in doc.blocks] == ["16:40", "14:15", "11:05"]
    assert doc.blocks[0].stamp is not None and (doc.blocks[0].stamp.hour, doc.blocks[0].stamp.minute) == (
        16,
        40,
    )
    assert doc.blocks[0].text == (
        "МЧС сообщает, что площадь пожаров выросла до 1200 гектаров.\n\nНа тушение направлены ещё два самолёта."
    )


def test_page_without_update_markup_gives_main_text_for_the_splitter() -> None:
    doc = read_path(page("liveblog_br.en.html"))
    assert doc.kind == "html" and doc.blocks is None
    assert doc.lang == "en" and doc.tz == "-05:00"
    lines = [p for p in doc.text.split("\n") if p.strip()]
    assert "UPDATE 23:10 - Turnout in the capital reached 61 percent, the electoral commission said." in lines
    assert "Officials expect the final count by morning." in lines
    assert "<br" not in doc.text


def test_undeclared_windows_1251_page_is_decoded() -> None:
    data = (PAGES / "flood.cp1251.ru.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read_path(page("flood.cp1251.ru.html"))
    assert doc.blocks is not None and len(doc.blocks) == 3
    assert doc.blocks[1].text == "Около 150 домов остаются подтопленными, заявил глава района."
    assert doc.blocks[1].label == "17:50"


def test_declared_charsets_meta_and_bom() -> None:
    body = "<p><b>09:10</b> Вода поднялась.</p><p><b>08:00</b> Начался дождь.</p>"
    meta = f'<html><head><meta charset="windows-1251"></head><body>{body}</body></html>'
    doc = read_bytes(meta.encode("cp1251"), "meta")
    assert doc.blocks is not None and doc.blocks[0].text == "Вода поднялась."
    ro = "<html><body><p><b>09:10</b> Ședința a început la Chișinău.</p><p><b>08:00</b> Șoferii așteaptă.</p></body></html>"
    doc = read_bytes(ro.encode("utf-16"), "utf16")
    assert doc.blocks is not None and doc.blocks[0].text == "Ședința a început la Chișinău."
    doc = read_bytes(b"\xef\xbb\xbf" + ro.encode("utf-8"), "bom")
    assert doc.blocks is not None and doc.blocks[1].text == "Șoferii așteaptă."


def test_malformed_jsonld_falls_through_to_time_markup() -> None:
    doc = read_path(page("broken_jsonld.ro.html"))
    assert doc.kind == "html"
    assert doc.blocks is not None and len(doc.blocks) == 2
    assert doc.blocks[0].stamp is not None and doc.blocks[0].stamp.iso == "2023-06-01T15:10:00+03:00"
    assert doc.blocks[1].text == "Un incendiu puternic a izbucnit la un depozit din zona industrială."
    assert loads_lenient('{"a": 1,}') == {"a": 1}
    assert loads_lenient("not json {{") is None


def test_standalone_jsonld_file() -> None:
    doc = read_path(page("liveblog.jsonld.json"))
    assert doc.kind == "jsonld" and doc.lang == "ru" and doc.outlet == "Северные новости"
    assert doc.blocks is not None and len(doc.blocks) == 1
    assert doc.blocks[0].stamp is not None and doc.blocks[0].stamp.iso == "2020-12-01T09:30:00+03:00"
    with pytest.raises(ReadError, match="LiveBlogPosting"):
        read_bytes(b'{"@type": "Person", "name": "x"}', "person")


def test_kind_is_sniffed_from_bytes_not_name() -> None:
    assert sniff((PAGES / "feed.rss").read_bytes()) == "rss"
    assert sniff((PAGES / "feed.atom").read_bytes()) == "atom"
    assert sniff((PAGES / "liveblog_time.ro.html").read_bytes()) == "html"
    assert sniff((PAGES / "liveblog.jsonld.json").read_bytes()) == "json"
    assert sniff("UPDATE 17:20 Poliția anunță".encode()) == "text"
    doc = read_bytes((PAGES / "liveblog_labels.ru.html").read_bytes(), "named.txt")
    assert doc.kind == "html" and doc.blocks is not None


def test_text_that_looks_like_json_stays_text() -> None:
    doc = read_bytes(b"[UPDATE 10:00] Drumul a fost redeschis.\n", "bracket")
    assert doc.kind == "text" and doc.blocks is None


def test_local_iso_moves_only_the_offset() -> None:
    assert local_iso("2022-01-06T15:20:00Z", "17:20", None) == "2022-01-06T17:20:00+02:00"
    assert local_iso("2022-01-06T15:20:00Z", "acum 2 ore", "+02:00") == "2022-01-06T17:20:00+02:00"
    assert local_iso("2022-01-06T17:20:00+02:00", "17:20", None) == "2022-01-06T17:20:00+02:00"
    assert local_iso("2022-01-06", "17:20", None) is None


def test_cli_extract_prints_datetime_attribute_times() -> None:
    rewind = Path(sys.executable).parent / "rewind"
    out = subprocess.run(
        [str(rewind), "extract", page("liveblog_time.ro.html")], capture_output=True, text=True, check=True
    ).stdout
    import json

    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["reported_at"] for r in rows] == [
        "2024-02-09T12:05:00+02:00",
        "2024-02-09T10:47:00+02:00",
        "2024-02-09T08:31:00+02:00",
    ]
    assert rows[1]["time_label"] == "10:47"
    assert rows[0]["text"].startswith("Bilanț nou al ISU")


# ------------------------------------------------------------ a real server on loopback


class _Handler(http.server.BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def do_GET(self) -> None:  # noqa: N802
        _Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/cp1251":
            body = (PAGES / "flood.cp1251.ru.html").read_bytes()
            self._send(200, body, {"Content-Type": "text/html; charset=windows-1251"})
        elif self.path == "/live.html":
            body = (PAGES / "liveblog_time.ro.html").read_bytes()
            etag = '"v1"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
            else:
                self._send(
                    200,
                    body,
                    {
                        "Content-Type": "text/html",
                        "ETag": etag,
                        "Last-Modified": "Fri, 09 Feb 2024 10:20:00 GMT",
                    },
                )
        elif self.path == "/gz":
            body = gzip.compress((PAGES / "feed.rss").read_bytes())
            self._send(200, body, {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"})
        elif self.path == "/big":
            self._send(200, b"x" * 50_000, {"Content-Type": "text/plain"})
        elif self.path == "/moved":
            self._send(302, b"", {"Location": "/live.html"})
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_read_url_from_a_local_server(server: str) -> None:
    doc = read_path(server + "/live.html")
    assert doc.blocks is not None and [b.label for b in doc.blocks] == ["12:05", "10:47", "08:31"]
    assert doc.url == "https://stiri.example.ro/live/cutremur-vrancea"  # the page's canonical address
    assert doc.name == "live"
    assert _Handler.seen_agents[-1] == USER_AGENT and USER_AGENT.startswith("newsrewind/")


def test_http_header_charset_and_gzip(server: str) -> None:
    doc = read_path(server + "/cp1251")
    assert doc.blocks is not None and doc.blocks[0].text.startswith("Уровень воды в реке")
    feed = read_path(server + "/gz")
    assert feed.kind == "rss" and feed.blocks is not None and len(feed.blocks) == 2


def test_conditional_get_and_redirects_for_a_watcher(server: str) -> None:
    first = fetch(server + "/moved")
    assert first.status == 200 and first.url.endswith("/live.html")
    assert first.etag == '"v1"' and first.last_modified == "Fri, 09 Feb 2024 10:20:00 GMT"
    again = fetch(server + "/live.html", etag=first.etag, last_modified=first.last_modified)
    assert again.status == 304 and again.not_modified and again.body == b""


def test_http_errors_and_limits(server: str) -> None:
    missing = fetch(server + "/nothing")
    assert missing.status == 404
    with pytest.raises(ReadError, match="HTTP 404"):
        read_path(server + "/nothing")
    with pytest.raises(ReadError, match="limit"):
        read_path(server + "/big", max_bytes=10_000)
    with pytest.raises(ReadError, match="only http"):
        fetch("file:///etc/hostname")


def test_url_names() -> None:
    assert url_name("https://x.example/live/kz-unrest.html?x=1") == "kz-unrest"
    assert url_name("https://x.example/") == "x.example"
