"""The web API against a real uvicorn server on a free loopback port.

Stores: the seed live blog as ingested by `rewind ingest`, plus a small story of
our own (records written by hand, stored through the real Store.ingest) so the
figure answers do not depend on the state of extraction.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsrewind.model import Document, Figure, Place, Record, Source
from newsrewind.store import open_store

QUAKE = "quake-test"


def _record(seq: int, hhmm: str, text: str, **items: Any) -> Record:
    return Record(
        document="quake-en",
        seq=seq,
        reported_at=f"2023-02-06T{hhmm}:00+03:00",
        time_label=hhmm,
        lang=items.pop("lang", "en"),
        text=text,
        **items,
    )


def quake_records() -> list[Record]:
    """A small English live blog of our own, with figures, sources, places and a disagreement."""
    t1 = "Police in Gaziantep said 3 people were killed when a building collapsed."
    t2 = "Hospital officials in Malatya say dozens of people were injured overnight."
    t3 = "The governor of Gaziantep now says 7 people were killed."
    t4 = "Reuters, citing rescuers, reports 12 people killed in Gaziantep."
    t5 = "Rescue teams are still searching the rubble; no new figure was given."
    return [
        _record(
            0,
            "05:10",
            t1,
            sources=[Source("Gaziantep police", "police", (0, 19))],
            places=[Place("Gaziantep", 314830, "TR", 37.06, 37.38, (10, 19))],
            figures=[Figure("killed", "people", 3, 3, (25, 41), label="people")],
        ),
        _record(
            1,
            "06:30",
            t2,
            sources=[Source("Malatya hospital officials", "government", (0, 17))],
            places=[Place("Malatya", 304922, "TR", 38.35, 38.31, (21, 28))],
            figures=[Figure("injured", "people", 20, 99, (33, 62), label="people", approx=False)],
        ),
        _record(
            2,
            "08:00",
            t3,
            sources=[Source("Governor of Gaziantep", "government", (0, 25))],
            places=[Place("Gaziantep", 314830, "TR", 37.06, 37.38, (16, 25))],
            figures=[Figure("killed", "people", 7, 7, (35, 51), label="people")],
        ),
        _record(
            3,
            "08:05",
            t4,
            sources=[Source("Reuters", "media", (0, 7))],
            places=[Place("Gaziantep", 314830, "TR", 37.06, 37.38, (54, 63))],
            figures=[Figure("killed", "people", 12, 12, (35, 53), label="people")],
        ),
        _record(4, "09:00", t5),
    ]


def store_quake(
    path: str, records: list[Record] | None = None, name: str = "quake-en", story: str = QUAKE
) -> None:
    doc = Document(name=name, text="", lang="en", outlet="test")
    with open_store(path) as store:
        store.ingest(story, doc, records if records is not None else quake_records())


FLOOD = "flood-test"


def flood_records(count: int = 8) -> list[Record]:
    """A Russian-language blog of our own where the toll of one series rises report after report."""
    out = []
    for k in range(count):
        hhmm = f"{10 + k // 2:02d}:{(k % 2) * 30:02d}"
        text = f"МЧС сообщает: погибли {k + 2} человек в Крымске."
        start = text.index(str(k + 2))
        out.append(
            Record(
                document="flood-ru",
                seq=count - 1 - k,
                reported_at=f"2012-07-07T{hhmm}:00+04:00",
                time_label=hhmm,
                lang="ru",
                text=text,
                sources=[Source("МЧС", "government", (0, 3))],
                figures=[
                    Figure("killed", "people", k + 2, k + 2, (start, text.index(" в ")), label="человек")
                ],
            )
        )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """uvicorn serving create_app(store) in a thread, on 127.0.0.1:<free port>."""

    def __init__(
        self, store: str, token: str | None = None, poll_interval: float = 0.2, freshness: float = 0.5
    ):
        import uvicorn

        from newsrewind.web.app import create_app

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        app = create_app(store, token=token, tiles=None, poll_interval=poll_interval, freshness=freshness)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def fetch(
    url: str, headers: dict[str, str] | None = None, data: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(
        url, headers=headers or {}, data=data, method="POST" if data is not None else "GET"
    )
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def get_json(url: str, headers: dict[str, str] | None = None) -> Any:
    status, _, body = fetch(url, headers)
    assert status == 200, body
    return json.loads(body)


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    seed = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "kz-2022-01-06.ro.txt"
    path = str(tmp_path_factory.mktemp("web") / "web.sqlite")
    if seed.is_file():
        done = subprocess.run(
            [sys.executable, "-m", "newsrewind", "ingest", str(seed), "--story", "kz", "--store", path, "-q"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    store_quake(path)
    return path


@pytest.fixture(scope="module")
def server(web_store: str) -> Iterator[Server]:
    with Server(web_store, token="s3cret") as s:
        yield s


def test_stories_lists_both(server: Server) -> None:
    names = {s["name"] for s in get_json(server.base + "/api/stories")}
    assert QUAKE in names


def test_at_gives_value_known_then(server: Server) -> None:
    at = get_json(server.base + f"/api/at?story={QUAKE}&at=07:00&summary=true")
    killed = [f for f in at["figures"] if f["measure"] == "killed"]
    assert killed[0]["current"]["low"] == 3
    assert killed[0]["current"]["source"] == "Gaziantep police"
    assert at["entries_total"] == 2
    assert [e["seq"] for e in at["entries"]] == [1, 0]  # newest first
    injured = next(f for f in at["figures"] if f["measure"] == "injured")
    assert (injured["current"]["low"], injured["current"]["high"]) == (20, 99)
    assert any("3 people killed" in s for s in at["summary"]), at["summary"]


def test_at_later_shows_disagreement_and_history(server: Server) -> None:
    at = get_json(server.base + f"/api/at?story={QUAKE}&at=2023-02-06T08:30")
    killed = next(f for f in at["figures"] if f["measure"] == "killed")
    assert killed["current"]["low"] == 12
    assert [r["low"] for r in killed["earlier"]] == [7, 3]
    assert {r["source"] for r in killed["disagreement"]} >= {"Reuters", "Governor of Gaziantep"}
    hist = get_json(server.base + f"/api/history?story={QUAKE}&measure=killed")
    assert [r["low"] for r in hist[0]["reports"]] == [3, 7, 12]
    conflicts = get_json(server.base + f"/api/conflicts?story={QUAKE}")
    assert conflicts and conflicts[0]["measure"] == "killed"


def test_diff_between_two_moments(server: Server) -> None:
    d = get_json(server.base + f"/api/diff?story={QUAKE}&since=06:00&until=08:10")
    assert {e["seq"] for e in d["entries"]} == {1, 2, 3}
    changed = {(c["measure"], c["before"] and c["before"]["low"], c["after"]["low"]) for c in d["changed"]}
    assert ("killed", 3, 12) in changed
    assert ("injured", None, 20) in changed


def test_entries_and_exports(server: Server) -> None:
    entries = get_json(server.base + f"/api/entries?story={QUAKE}")
    assert len(entries) == 5
    status, headers, body = fetch(server.base + f"/api/export?story={QUAKE}&format=csv")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert "Gaziantep" in body.decode()
    geo = get_json(server.base + f"/api/export?story={QUAKE}&format=geojson&until=06:00")
    assert [f["properties"]["name"] for f in geo["features"]] == ["Gaziantep"]
    status, _, body = fetch(server.base + f"/api/export?story={QUAKE}&format=xml")
    assert status == 422


def test_bad_time_and_unknown_story_are_clear_errors(server: Server) -> None:
    status, _, body = fetch(server.base + f"/api/at?story={QUAKE}&at=25:99")
    assert status == 400 and "hours" in json.loads(body)["error"]
    status, _, body = fetch(server.base + "/api/at?story=nope")
    assert status == 404 and "no story named" in json.loads(body)["error"]


def test_memento_as_of_and_accept_datetime(web_store: str, server: Server) -> None:
    # before anything was stored: nothing to show
    status, _, _ = fetch(server.base + f"/api/at?story={QUAKE}&as_of=2001-01-01T00:00:00Z")
    assert status == 404
    status, headers, body = fetch(
        server.base + f"/api/at?story={QUAKE}", headers={"Accept-Datetime": "Fri, 01 Jan 2100 00:00:00 GMT"}
    )
    assert status == 200
    assert headers["memento-datetime"].endswith("GMT")
    assert "accept-datetime" in headers["vary"].lower()
    assert json.loads(body)["entries_total"] == 5
    # without as_of: the live view, no Memento-Datetime
    _, headers, _ = fetch(server.base + f"/api/at?story={QUAKE}")
    assert "memento-datetime" not in headers


def test_security_headers_and_page(server: Server) -> None:
    status, headers, body = fetch(server.base + "/")
    assert status == 200
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    html = body.decode()
    assert "<script>" not in html  # no inline script: every script has a src
    assert headers["x-content-type-options"] == "nosniff"
    status, _, body = fetch(server.base + "/openapi.json")
    spec = json.loads(body)
    assert {
        "/api/at",
        "/api/diff",
        "/api/history",
        "/api/conflicts",
        "/api/entries",
        "/api/export",
        "/api/stream",
    } <= set(spec["paths"])
    status, _, body = fetch(server.base + "/docs")
    assert status == 200 and b"swagger-ui-bundle.js" in body
    status, _, _ = fetch(server.base + "/docs-assets/swagger-ui-bundle.js")
    assert status == 200


def test_ingest_needs_the_token(server: Server) -> None:
    text = b"10:00 Reporters saw 5 ambulances near the stadium.\n10:30 Police said the road is closed.\n"
    status, _, _ = fetch(server.base + "/api/ingest?story=posted", data=text)
    assert status == 401
    status, _, _ = fetch(
        server.base + "/api/ingest?story=posted", data=text, headers={"Authorization": "Bearer wrong"}
    )
    assert status == 401
    status, _, body = fetch(
        server.base + "/api/ingest?story=posted&name=posted-blog",
        data=text,
        headers={"Authorization": "Bearer s3cret"},
    )
    assert status == 201, body
    assert json.loads(body)["added"] == 2
    assert "posted" in {s["name"] for s in get_json(server.base + "/api/stories")}


def test_read_only_without_token(web_store: str) -> None:
    with Server(web_store) as s:
        status, _, body = fetch(s.base + "/api/ingest", data=b"10:00 hello")
        assert status == 403 and "read-only" in json.loads(body)["error"]


def _read_sse(url: str, headers: dict[str, str] | None = None) -> list[dict[str, str]]:
    req = urllib.request.Request(url, headers=headers or {})
    events: list[dict[str, str]] = []
    with urllib.request.urlopen(req, timeout=20) as r:
        assert r.headers["Content-Type"].startswith("text/event-stream")
        current: dict[str, str] = {}
        for raw in r:
            line = raw.decode().rstrip("\n")
            if not line:
                if "event" in current:
                    events.append(current)
                current = {}
                continue
            if line.startswith(":"):
                continue
            key, _, value = line.partition(": ")
            current[key] = value
    return events


def test_stream_sends_new_entries_and_resumes(tmp_path: Path) -> None:
    path = str(tmp_path / "live.sqlite")
    records = quake_records()
    store_quake(path, records[:2])
    with Server(path, poll_interval=0.1) as s:
        got: list[list[dict[str, str]]] = []
        reader = threading.Thread(
            target=lambda: got.append(
                _read_sse(s.base + f"/api/stream?story={QUAKE}&max_events=2&timeout=10")
            )
        )
        reader.start()
        time.sleep(0.5)
        # the store grows: a newer copy of the page with two more entries
        store_quake(path, records[:4])
        reader.join(timeout=15)
        events = got[0]
        entries = [json.loads(e["data"]) for e in events if e["event"] == "entry"]
        assert [e["seq"] for e in entries] == [2, 3]
        figures = [json.loads(e["data"]) for e in events if e["event"] == "figure"]
        assert [f["low"] for f in figures] == [7, 12]
        assert events[-1]["event"] == "end"
        # resume after the first entry: only the second comes again
        first_id = events[0]["id"]
        again = _read_sse(
            s.base + f"/api/stream?story={QUAKE}&max_events=1&timeout=5", {"Last-Event-ID": first_id}
        )
        assert [json.loads(e["data"])["seq"] for e in again if e["event"] == "entry"] == [3]
        # polling fallback
        polled = get_json(s.base + f"/api/updates?story={QUAKE}&since={first_id}")
        assert [e["seq"] for e in polled["events"]] == [3]
        assert polled["last_id"] == int(entries[-1]["id"])
        # answers follow the grown store (the cache is keyed by store generation)
        at = get_json(s.base + f"/api/at?story={QUAKE}")
        assert at["entries_total"] == 4


def test_serve_command_binds_loopback(web_store: str) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsrewind",
            "serve",
            "--store",
            web_store,
            "--port",
            str(port),
            "--tiles",
            "off",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                data = get_json(f"http://127.0.0.1:{port}/api/config")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert data == {"tiles": None, "ingest": False}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ---- lean answers, paging, caching ---------------------------------------------


@pytest.fixture(scope="module")
def flood_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    path = str(tmp_path_factory.mktemp("flood") / "flood.sqlite")
    store_quake(path, flood_records(), name="flood-ru", story=FLOOD)
    with Server(path, freshness=0.2) as s:
        yield s


def test_at_is_lean_by_default_and_full_on_request(flood_server: Server) -> None:
    lean = get_json(flood_server.base + f"/api/at?story={FLOOD}")
    killed = lean["figures"][0]
    assert killed["current"]["low"] == 9 and killed["current"]["quote"] == "9 человек"
    # the newest three earlier values, no quotes, and word that there are more
    assert [r["low"] for r in killed["earlier"]] == [8, 7, 6]
    assert killed["earlier_more"] is True
    assert all("quote" not in r for r in killed["earlier"])
    assert lean["detail"] == "lean"
    full = get_json(flood_server.base + f"/api/at?story={FLOOD}&detail=full")
    earlier = full["figures"][0]["earlier"]
    assert [r["low"] for r in earlier] == [8, 7, 6, 5, 4, 3, 2]
    assert all(r["quote"] == f"{int(r['low'])} человек" for r in earlier)
    more = get_json(flood_server.base + f"/api/at?story={FLOOD}&earlier=5")
    assert len(more["figures"][0]["earlier"]) == 5
    # a moment earlier in the day: the value known then
    then = get_json(flood_server.base + f"/api/at?story={FLOOD}&at=11:00")
    assert then["figures"][0]["current"]["low"] == 4
    assert then["figures"][0]["earlier_more"] is False
    status, _, _ = fetch(flood_server.base + f"/api/at?story={FLOOD}&detail=everything")
    assert status == 422


def test_at_pages_entries(flood_server: Server) -> None:
    first = get_json(flood_server.base + f"/api/at?story={FLOOD}&limit=3")
    assert first["entries_total"] == 8 and first["entries_next"] == 3
    assert [e["record"]["figures"][0]["low"] for e in first["entries"]] == [9, 8, 7]
    seen = [e["seq"] for e in first["entries"]]
    offset = first["entries_next"]
    while offset is not None:
        page = get_json(flood_server.base + f"/api/at?story={FLOOD}&limit=3&offset={offset}")
        assert page["entries_offset"] == offset
        seen += [e["seq"] for e in page["entries"]]
        offset = page["entries_next"]
    assert seen == list(range(8))  # newest first, each entry once
    every = get_json(flood_server.base + f"/api/at?story={FLOOD}&limit=0")
    assert len(every["entries"]) == 8 and every["entries_next"] is None


def test_etag_revalidation_and_immutable_as_of(flood_server: Server) -> None:
    url = flood_server.base + f"/api/at?story={FLOOD}&at=11:30"
    status, headers, body = fetch(url)
    assert status == 200 and headers["cache-control"] == "no-cache"
    etag = headers["etag"]
    status, headers, again = fetch(url, {"If-None-Match": etag})
    assert status == 304 and again == b"" and headers["etag"] == etag
    status, _, _ = fetch(url, {"If-None-Match": '"something-else"'})
    assert status == 200
    # the store as it was at a past ingest time can never change: cacheable for good
    past = flood_server.base + f"/api/at?story={FLOOD}&at=now&as_of=2100-01-01T00:00:00Z"
    _, headers, _ = fetch(past)
    assert "immutable" not in headers["cache-control"]  # the future is not settled
    stored = get_json(flood_server.base + "/api/stories")[0]["last_ingest"]
    status, headers, body = fetch(
        flood_server.base + f"/api/at?story={FLOOD}&at=now",
        {"Accept-Datetime": "Fri, 01 Jan 2100 00:00:00 GMT"},
    )
    assert status == 200 and json.loads(body)["entries_total"] == 8
    assert stored[:19] in headers["link"] or headers["memento-datetime"].endswith("GMT")


def test_settled_answers_are_immutable() -> None:
    from newsrewind.web.app import settled

    assert settled("2020-05-01T10:00:00.999999Z", "now")
    assert settled("2020-05-01T10:00:00.999999Z", "2020-05-01T09:00")
    assert not settled("2020-05-01T10:00:00.999999Z", "09:00")  # read on the story's latest day
    assert not settled(None, "now")
    assert not settled("2999-01-01T00:00:00.999999Z", "now")


def test_cached_answers_follow_a_growing_store(tmp_path: Path) -> None:
    path = str(tmp_path / "grow.sqlite")
    records = flood_records()
    store_quake(path, records[:3], name="flood-ru", story=FLOOD)
    with Server(path, freshness=0.1) as s:
        url = s.base + f"/api/at?story={FLOOD}"
        status, headers, body = fetch(url)
        assert json.loads(body)["figures"][0]["current"]["low"] == 4
        etag = headers["etag"]
        assert fetch(url, {"If-None-Match": etag})[0] == 304
        store_quake(path, records, name="flood-ru", story=FLOOD)
        time.sleep(0.3)
        status, headers, body = fetch(url, {"If-None-Match": etag})
        assert status == 200 and headers["etag"] != etag
        assert json.loads(body)["figures"][0]["current"]["low"] == 9


def test_many_clients_get_the_same_answer(flood_server: Server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    urls = [
        flood_server.base + f"/api/at?story={FLOOD}&at={10 + k % 4}:{(k % 2) * 30:02d}" for k in range(40)
    ]
    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda u: fetch(u), urls))
    assert all(status == 200 for status, _, _ in answers)
    by_url: dict[str, set[bytes]] = {}
    for url, (_, _, body) in zip(urls, answers, strict=True):
        by_url.setdefault(url, set()).add(body)
    assert all(len(bodies) == 1 for bodies in by_url.values())


# ---- PostgreSQL ------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_store() -> Iterator[str]:
    """A fresh database on REWIND_TEST_PG's server or on one started here."""
    import os

    pytest.importorskip(
        "psycopg", reason="the postgres extra is not installed (pip install 'newsrewind[postgres]')"
    )
    from tests.pg_server import drop_database, fresh_database, temporary_server

    def with_admin(admin: str) -> Iterator[str]:
        dsn = fresh_database(admin)
        try:
            store_quake(dsn)
            store_quake(dsn, flood_records(), name="flood-ru", story=FLOOD)
            yield dsn
        finally:
            drop_database(admin, dsn)

    env = os.environ.get("REWIND_TEST_PG")
    if env:
        yield from with_admin(env)
        return
    try:
        server_cm = temporary_server()
        admin = server_cm.__enter__()
    except RuntimeError as exc:
        if "no PostgreSQL server binaries" in str(exc):
            pytest.skip(f"web API on PostgreSQL skipped: {exc}")
        raise
    try:
        yield from with_admin(admin)
    finally:
        server_cm.__exit__(None, None, None)


def test_web_api_on_postgresql(pg_store: str) -> None:
    with Server(pg_store, token="pg-token", freshness=0.1) as s:
        assert {st["name"] for st in get_json(s.base + "/api/stories")} == {QUAKE, FLOOD}
        at = get_json(s.base + f"/api/at?story={QUAKE}&at=07:00&summary=true")
        assert next(f for f in at["figures"] if f["measure"] == "killed")["current"]["low"] == 3
        assert at["entries_total"] == 2 and any("3 people killed" in x for x in at["summary"])
        later = get_json(s.base + f"/api/at?story={QUAKE}&at=2023-02-06T08:30")
        killed = next(f for f in later["figures"] if f["measure"] == "killed")
        assert killed["current"]["low"] == 12 and [r["low"] for r in killed["earlier"]] == [7, 3]
        assert {r["source"] for r in killed["disagreement"]} >= {"Reuters", "Governor of Gaziantep"}
        flood = get_json(s.base + f"/api/at?story={FLOOD}&limit=3&detail=full")
        assert flood["entries_next"] == 3 and len(flood["figures"][0]["earlier"]) == 7
        hist = get_json(s.base + f"/api/history?story={QUAKE}&measure=killed")
        assert [r["low"] for r in hist[0]["reports"]] == [3, 7, 12]
        d = get_json(s.base + f"/api/diff?story={QUAKE}&since=06:00&until=08:10")
        assert {e["seq"] for e in d["entries"]} == {1, 2, 3}
        assert len(get_json(s.base + f"/api/entries?story={QUAKE}")) == 5
        status, headers, _ = fetch(
            s.base + f"/api/at?story={QUAKE}", {"Accept-Datetime": "Fri, 01 Jan 2100 00:00:00 GMT"}
        )
        assert status == 200 and headers["memento-datetime"].endswith("GMT")
        assert fetch(s.base + f"/api/at?story={QUAKE}&as_of=2001-01-01T00:00:00Z")[0] == 404
        polled = get_json(s.base + f"/api/updates?story={QUAKE}&since=0&limit=2")
        assert [e["seq"] for e in polled["events"]] == [0, 1]
        rest = get_json(s.base + f"/api/updates?story={QUAKE}&since={polled['last_id']}")
        assert [e["seq"] for e in rest["events"]] == [2, 3, 4]
        status, headers, _ = fetch(s.base + f"/api/at?story={QUAKE}")
        assert fetch(s.base + f"/api/at?story={QUAKE}", {"If-None-Match": headers["etag"]})[0] == 304
        # ingest through the API writes to PostgreSQL and the next answer shows it
        text = b"10:00 Police said 5 people were arrested near the stadium.\n10:30 The road is open again.\n"
        status, _, body = fetch(
            s.base + "/api/ingest?story=posted&name=posted-blog",
            data=text,
            headers={"Authorization": "Bearer pg-token"},
        )
        assert status == 201, body
        assert get_json(s.base + "/api/at?story=posted")["entries_total"] == 2


def test_serve_command_on_postgresql(pg_store: str) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsrewind",
            "serve",
            "--store",
            pg_store,
            "--port",
            str(port),
            "--tiles",
            "off",
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                at = get_json(f"http://127.0.0.1:{port}/api/at?story={FLOOD}")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert at["figures"][0]["current"]["low"] == 9
    finally:
        proc.terminate()
        proc.wait(timeout=10)
