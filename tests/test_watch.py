"""`rewind watch` against a real local HTTP server: changes once, faults survived, alerts delivered once."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from newsrewind.read.fetch import USER_AGENT
from newsrewind.store import open_store
from newsrewind.watch import (
    AlertError,
    Policy,
    WatchState,
    next_delay,
    parse_alert,
    retry_after,
    text_diff,
    watch,
)

# ---- fixture pages, written for these tests ------------------------------------

OPENING = {
    "time": "2024-09-12T08:30:00+03:00",
    "headline": "Our live coverage begins",
    "body": "Good morning. We follow the floods in the river valley through the day.",
}
RESCUE = {
    "time": "2024-09-12T09:10:00+03:00",
    "headline": "Boats reach the villages",
    "body": "Rescue boats reached three cut-off villages north of the river, the county governor said.",
}
BRIDGE_V1 = {
    "time": "2024-09-12T10:20:00+03:00",
    "headline": "Bridge collapse at the border post",
    "body": "Reuters reported that 12 police officers were killed when a bridge collapsed near the border post."
    " Divers are searching the water.",
}
BRIDGE_V2 = {
    **BRIDGE_V1,
    "modified": "2024-09-12T11:05:00+03:00",
    "body": "Reuters reported that 18 police officers were killed when a bridge collapsed near the border post."
    " Divers are searching the water.",
}
SCHOOLS = {
    "time": "2024-09-12T10:50:00+03:00",
    "headline": "Schools shut",
    "body": "Schools across the district will stay closed on Friday, the education office announced.",
}
HOSPITAL = {
    "time": "2024-09-12T11:45:00+03:00",
    "headline": "A higher toll from the hospital",
    "body": "The Associated Press reports that 25 police officers were killed, citing staff at the regional hospital.",
}

PAGE_V1 = [SCHOOLS, BRIDGE_V1, RESCUE, OPENING]  # newest first, as live blogs show them
PAGE_V2 = [HOSPITAL, BRIDGE_V2, RESCUE, OPENING]  # one added, one edited, one removed


def liveblog_html(updates: list[dict[str, str]]) -> bytes:
    """A live blog page with schema.org LiveBlogPosting JSON-LD and matching visible articles."""
    items = [
        {
            "@type": "BlogPosting",
            "headline": u["headline"],
            "datePublished": u["time"],
            "dateModified": u.get("modified", u["time"]),
            "articleBody": u["body"],
        }
        for u in updates
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Floods in the river valley: live",
        "inLanguage": "en",
        "datePublished": "2024-09-12T08:30:00+03:00",
        "publisher": {"@type": "NewsMediaOrganization", "name": "Valley Herald"},
        "liveBlogUpdate": items,
    }
    articles = "\n".join(
        f'<article><time datetime="{u["time"]}">{u["time"][11:16]}</time><h2>{u["headline"]}</h2>'
        f"<p>{u['body']}</p></article>"
        for u in updates
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Floods: live</title>'
        '<meta property="og:site_name" content="Valley Herald">'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><main><h1>Floods in the river valley: live</h1>{articles}</main></body></html>"
    ).encode()


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed of (RFC 822 date, title, description) items."""
    body = "".join(
        f"<item><title>{t}</title><description>{d}</description><pubDate>{when}</pubDate>"
        f"<guid>urn:test:{hashlib.sha1(t.encode()).hexdigest()[:8]}</guid></item>"
        for when, t, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour strike updates</title>'
        f"<link>http://127.0.0.1/feed</link><language>en</language>{body}</channel></rss>"
    ).encode()


FEED_ITEMS = [
    (
        "Tue, 04 Jun 2024 07:40:00 +0000",
        "Dock workers walk out",
        "Dock workers at the northern harbour stopped work at dawn.",
    ),
    (
        "Tue, 04 Jun 2024 08:15:00 +0000",
        "Ferries cancelled",
        "All morning ferries to the islands were cancelled, the operator said.",
    ),
    (
        "Tue, 04 Jun 2024 09:30:00 +0000",
        "Talks at noon",
        "The union and the port authority will meet at noon, a union spokeswoman said.",
    ),
]


# ---- a local server with scripted faults ------------------------------------------


@dataclass
class Site:
    """What the test server serves: a page per path, faults to play first, what it was asked."""

    pages: dict[str, bytes] = field(default_factory=dict)
    validator: str = "etag"  # etag | last-modified
    faults: list[str] = field(
        default_factory=list
    )  # '500', '429', 'hang', 'empty' — one per request, in order
    requests: list[dict[str, str | None]] = field(default_factory=list)
    hang_for: float = 3.0
    release: threading.Event = field(default_factory=threading.Event)
    posts: list[dict[str, Any]] = field(default_factory=list)
    post_faults: list[int] = field(default_factory=list)
    on_get: Callable[[Site, str], None] | None = None  # called before each page is served


def _handler(site: Site) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            site.requests.append(
                {
                    "path": self.path,
                    "user-agent": self.headers.get("User-Agent"),
                    "if-none-match": self.headers.get("If-None-Match"),
                    "if-modified-since": self.headers.get("If-Modified-Since"),
                }
            )
            fault = site.faults.pop(0) if site.faults else None
            if fault == "hang":
                site.release.wait(site.hang_for)
                return
            if fault == "500":
                self._send(500, b"server trouble", {})
                return
            if fault == "empty":  # a 200 that holds no live blog at all
                self._send(200, b"<html><body><p></p></body></html>", {"Content-Type": "text/html"})
                return
            if fault == "429":
                self._send(429, b"slow down", {"Retry-After": "7"})
                return
            if site.on_get is not None:
                site.on_get(site, self.path)
            body = site.pages.get(self.path)
            if body is None:
                self._send(404, b"not here", {})
                return
            tag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            stamp = time.strftime(
                "%a, %d %b %Y %H:%M:%S GMT", time.gmtime(1_700_000_000 + len(site.pages[self.path]))
            )
            if site.validator == "etag":
                if self.headers.get("If-None-Match") == tag:
                    self._send(304, b"", {"ETag": tag})
                    return
                headers = {"ETag": tag}
            else:
                if self.headers.get("If-Modified-Since") == stamp:
                    self._send(304, b"", {"Last-Modified": stamp})
                    return
                headers = {"Last-Modified": stamp}
            kind = "application/rss+xml" if body.startswith(b"<?xml") else "text/html; charset=utf-8"
            self._send(200, body, headers | {"Content-Type": kind})

        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length)
            if site.post_faults:
                self._send(site.post_faults.pop(0), b"busy", {})
                return
            site.posts.append(json.loads(data))
            self._send(204, b"", {})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body and status != 304:
                self.wfile.write(body)

    return Handler


@pytest.fixture
def serve() -> Iterator[Callable[[Site], str]]:
    """Start a server for a Site on a free loopback port; returns its base URL."""
    servers: list[tuple[http.server.ThreadingHTTPServer, Site]] = []

    def start(site: Site) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append((server, site))
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server, site in servers:
        site.release.set()
        server.shutdown()
        server.server_close()


class FakeTime:
    """A clock that only moves when the watcher sleeps; runs a scripted action after poll N."""

    def __init__(self, actions: dict[int, Callable[[], None]] | None = None):
        self.now = 1_726_120_000.0
        self.sleeps: list[float] = []
        self.actions = actions or {}

    def clock(self) -> float:
        self.now += 0.001  # every ingest gets its own time
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        action = self.actions.pop(len(self.sleeps), None)
        if action:
            action()


def count_versions(store_file: str) -> dict[str, int]:
    db = sqlite3.connect(store_file)
    try:
        return dict(db.execute("SELECT change, count(*) FROM versions GROUP BY change").fetchall())
    finally:
        db.close()


# ---- the watcher in-process, with every fault ----------------------------------------


def test_watch_records_every_change_once_and_survives_faults(
    serve: Callable[[Site], str], store_path: str
) -> None:
    site = Site(pages={"/live/floods": liveblog_html(PAGE_V1)})
    hooks = Site(post_faults=[503])  # the first delivery attempt fails and is retried
    base = serve(site)
    hook_url = serve(hooks) + "/hook"
    url = base + "/live/floods"

    def publish_v2() -> None:
        site.pages["/live/floods"] = liveblog_html(PAGE_V2)

    # poll 1: v1 · 2: unchanged (304) · 3: 500 · 4: 429 Retry-After 7 · 5: hangs · 6: no entries · 7: v2 · 8: 304
    def faults(*names: str) -> Callable[[], None]:
        return lambda: site.faults.extend(names)

    fake = FakeTime({2: faults("500", "429", "hang", "empty"), 6: publish_v2})
    emitted: list[dict[str, Any]] = []
    logged: list[str] = []
    rules = [parse_alert("killed security > 15"), parse_alert("conflict")]
    with open_store(store_path) as store:
        state = watch(
            url,
            store,
            "floods",
            policy=Policy(every=30, timeout=0.5),
            rules=rules,
            webhook=hook_url,
            max_polls=8,
            emit=emitted.append,
            log=logged.append,
            sleep=fake.sleep,
            clock=fake.clock,
            rng=random.Random(5),
        )
    assert state.polls == 8 and state.failures == 0

    # the server saw a clear User-Agent and conditional requests after the first answer
    assert all(r["user-agent"] == USER_AGENT for r in site.requests)
    assert site.requests[0]["if-none-match"] is None
    assert site.requests[1]["if-none-match"] is not None

    # every fault was reported and survived
    assert any("HTTP 500" in m for m in logged)
    assert any("HTTP 429" in m for m in logged)
    assert any("0.5 s" in m for m in logged)  # the hanging server timed out
    assert any("no entries" in m for m in logged)
    # backoff: pauses grow after failures and the 429's Retry-After is honoured
    normal, after_500, after_429, after_hang, after_empty = fake.sleeps[1:6]
    assert 27 <= normal <= 33
    assert after_500 > normal and after_429 > after_500 and after_empty > after_hang > after_429
    assert after_429 >= 7

    kinds = [c["change"] for c in emitted]
    first = [c for c in emitted if c["ingested_at"] == emitted[0]["ingested_at"]]
    assert [c["change"] for c in first if c["change"] in ("new", "edit", "removed")] == ["new"] * 4
    assert kinds.count("new") == 5 and kinds.count("edit") == 1 and kinds.count("removed") == 1
    edit = next(c for c in emitted if c["change"] == "edit")
    assert edit["reported_at"] == "2024-09-12T10:20:00+03:00"
    assert "-Reuters reported that 12 police officers" in edit["diff"]
    assert "+Reuters reported that 18 police officers" in edit["diff"]
    removed = next(c for c in emitted if c["change"] == "removed")
    assert removed["reported_at"] == "2024-09-12T10:50:00+03:00" and "Schools" in removed["text"]
    added = [c for c in emitted if c["change"] == "new" and c["ingested_at"] != emitted[0]["ingested_at"]]
    assert len(added) == 1 and "Associated Press" in added[0]["text"]

    # figures: killed security first 12, then 25 (the latest report); one conflict between the two sources
    killed = [c for c in emitted if c["change"] == "figure" and c["measure"] == "killed"]
    assert [(c["before"], c["after"]) for c in killed] == [(None, "12"), ("12", "25")]
    conflicts = [c for c in emitted if c["change"] == "conflict"]
    assert len(conflicts) == 1 and conflicts[0]["measure"] == "killed"
    assert sorted(v["value"] for v in conflicts[0]["values"]) == ["18", "25"]

    # alerts: the raised figure and the conflict, each marked, each delivered exactly once
    hits = [c for c in emitted if c.get("alerts")]
    assert [c["change"] for c in hits] == ["figure", "conflict"]
    assert hits[0]["alerts"] == ["killed security > 15"]
    assert sorted(p["id"] for p in hooks.posts) == sorted(c["id"] for c in hits)
    assert len({c["id"] for c in emitted}) == len(emitted)

    # the store holds each change once
    assert count_versions(store_path) == {"new": 5, "edit": 1, "removed": 1}


def test_restarted_watcher_repeats_nothing(serve: Callable[[Site], str], store_path: str) -> None:
    site = Site(pages={"/live": liveblog_html(PAGE_V1)})
    url = serve(site) + "/live"
    fake = FakeTime()
    first: list[dict[str, Any]] = []
    with open_store(store_path) as store:
        watch(url, store, "floods", max_polls=1, emit=first.append, sleep=fake.sleep, clock=fake.clock)
    assert [c["change"] for c in first].count("new") == 4
    # a new process: no validators in memory, a full GET, the same page → nothing to say
    again: list[dict[str, Any]] = []
    with open_store(store_path) as store:
        watch(url, store, "floods", max_polls=2, emit=again.append, sleep=fake.sleep, clock=fake.clock)
    assert again == []
    # the page changes while nobody watches: the next watcher reports just the difference
    site.pages["/live"] = liveblog_html(PAGE_V2)
    later: list[dict[str, Any]] = []
    with open_store(store_path) as store:
        watch(url, store, "floods", max_polls=1, emit=later.append, sleep=fake.sleep, clock=fake.clock)
    assert sorted(c["change"] for c in later if c["change"] in ("new", "edit", "removed")) == [
        "edit",
        "new",
        "removed",
    ]
    assert count_versions(store_path) == {"new": 5, "edit": 1, "removed": 1}


def test_watch_a_feed_with_last_modified(serve: Callable[[Site], str], store_path: str) -> None:
    site = Site(pages={"/feed.xml": rss(FEED_ITEMS[:2])}, validator="last-modified")
    url = serve(site) + "/feed.xml"

    def grow() -> None:
        site.pages["/feed.xml"] = rss(FEED_ITEMS)

    fake = FakeTime({2: grow})
    emitted: list[dict[str, Any]] = []
    with open_store(store_path) as store:
        watch(url, store, "strike", max_polls=3, emit=emitted.append, sleep=fake.sleep, clock=fake.clock)
    assert [r["if-modified-since"] is not None for r in site.requests] == [False, True, True]
    news = [c for c in emitted if c["change"] == "new"]
    assert len(news) == 3
    assert news[-1]["reported_at"].startswith("2024-06-04T09:30")
    assert "port authority" in news[-1]["text"]


def test_webhook_gives_up_after_bounded_retries(serve: Callable[[Site], str], store_path: str) -> None:
    site = Site(pages={"/live": liveblog_html(PAGE_V2)})
    hooks = Site(post_faults=[503] * 10)
    url = serve(site) + "/live"
    hook = serve(hooks) + "/hook"
    fake = FakeTime()
    logged: list[str] = []
    with open_store(store_path) as store:
        state = watch(
            url,
            store,
            "floods",
            rules=[parse_alert("killed > 20")],
            webhook=hook,
            max_polls=1,
            log=logged.append,
            sleep=fake.sleep,
            clock=fake.clock,
            webhook_attempts=3,
        )
    assert state.alerts == 1 and state.webhook_failures == 1
    assert hooks.posts == [] and len(hooks.post_faults) == 7  # three attempts, then it stopped
    assert fake.sleeps == [1.0, 2.0]  # backoff between attempts
    assert any("not delivered" in m and "503" in m for m in logged)


# ---- small parts --------------------------------------------------------------------


def test_alert_rules_read_and_refuse() -> None:
    rule = parse_alert("killed security > 15")
    assert (rule.measure, rule.group, rule.op, rule.number) == ("killed", "security", ">", 15)
    figure = {
        "change": "figure",
        "measure": "killed",
        "group": "security",
        "after": "16",
        "low": 16,
        "high": 16,
    }
    assert rule.matches(figure)
    assert not rule.matches(figure | {"low": 15, "high": 15})
    assert not rule.matches(figure | {"group": "civilians"})
    # 'dozens' (20..99) is certainly above 15; 'several' (2..9) is not
    assert rule.matches(figure | {"low": 20, "high": 99})
    assert not rule.matches(figure | {"low": 2, "high": 9})
    assert parse_alert("injured >= 1,000").number == 1000
    assert parse_alert("arrested < 10").matches(
        {"change": "figure", "measure": "arrested", "group": "protesters", "after": "3", "low": 3, "high": 3}
    )
    assert parse_alert("conflict killed").matches(
        {"change": "conflict", "measure": "killed", "group": "people"}
    )
    assert not parse_alert("conflict injured").matches(
        {"change": "conflict", "measure": "killed", "group": "people"}
    )
    for bad in ("kiled security > 15", "killed security", "killed ~ 4", "conflict kiled"):
        with pytest.raises(AlertError):
            parse_alert(bad)


def test_retry_after_and_backoff() -> None:
    assert retry_after("120", 0) == 120
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1445412470.0) == 10
    assert retry_after("soon", 0) is None
    from newsrewind.watch import Poll

    state, policy, rng = WatchState(), Policy(every=60, jitter=0.0, max_delay=600), random.Random(1)
    assert next_delay(state, policy, Poll(200), rng) == 60
    state.failures = 1
    assert next_delay(state, policy, Poll(500, error="x"), rng) == 120
    state.failures = 9
    assert next_delay(state, policy, Poll(500, error="x"), rng) == 600
    assert next_delay(state, policy, Poll(429, error="x", retry_after=900), rng) == 900


def test_text_diff_is_sentence_by_sentence() -> None:
    before = "Putere întreruptă în 40 de sate. Echipele lucrează."
    after = "Putere întreruptă în 65 de sate. Echipele lucrează."
    diff = text_diff(before, after)
    assert "-Putere întreruptă în 40 de sate." in diff and "+Putere întreruptă în 65 de sate." in diff
    assert "+Echipele" not in diff and "-Echipele" not in diff


# ---- the real command -----------------------------------------------------------------


def test_rewind_watch_command_prints_json_lines(serve: Callable[[Site], str], store_path: str) -> None:
    site = Site(pages={"/live/floods": liveblog_html(PAGE_V1)})
    hooks = Site()
    url = serve(site) + "/live/floods"
    hook = serve(hooks) + "/hook"
    served = 0
    original = site.pages["/live/floods"]

    # the page moves to v2 as soon as the first copy has been served
    def watcher() -> None:
        nonlocal served
        while not site.release.is_set():
            if site.requests and served == 0:
                site.pages["/live/floods"] = liveblog_html(PAGE_V2)
                served = 1
            time.sleep(0.01)

    threading.Thread(target=watcher, daemon=True).start()
    env = dict(os.environ, NO_COLOR="1")
    env.pop("REWIND_STORE", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsrewind",
            "watch",
            url,
            "--every",
            "0.3",
            "--max-polls",
            "3",
            "--story",
            "floods",
            "--alert",
            "killed security > 15",
            "--webhook",
            hook,
            "--store",
            store_path,
            "--timeout",
            "5",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert original != site.pages["/live/floods"]
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    kinds = [c["change"] for c in lines]
    assert kinds.count("new") == 5 and kinds.count("edit") == 1 and kinds.count("removed") == 1
    assert "3 polls" in proc.stderr
    assert [p["change"] for p in hooks.posts] == ["figure"] and hooks.posts[0]["after"] == "25"
    assert count_versions(store_path) == {"new": 5, "edit": 1, "removed": 1}


def growing_updates(n: int) -> list[dict[str, str]]:
    """A page of n short updates, newest first, one every six minutes from 06:00."""
    return [
        {
            "time": f"2024-09-12T{6 + i // 10:02d}:{i % 10 * 6:02d}:00+03:00",
            "headline": f"Street {i} cleared",
            "body": f"Crews cleared mud and fallen branches from street number {i} in the lower town.",
        }
        for i in reversed(range(n))
    ]


def test_killed_watcher_leaves_a_whole_store(serve: Callable[[Site], str], store_path: str) -> None:
    served: list[int] = []

    def grow(site: Site, path: str) -> None:  # every request finds one more update on the page
        n = 4 + len(served)
        served.append(n)
        site.pages[path] = liveblog_html(growing_updates(n))

    site = Site(pages={"/live": b""}, on_get=grow)
    url = serve(site) + "/live"
    env = dict(os.environ, NO_COLOR="1")
    env.pop("REWIND_STORE", None)
    args = ["watch", url, "--every", "0.05", "--story", "cleanup", "--store", store_path, "--quiet"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsrewind", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        seen = 0
        deadline = time.monotonic() + 45
        while seen < 7 and time.monotonic() < deadline:  # the first 4 entries, then a few polls more
            if json.loads(proc.stdout.readline() or "{}").get("change") == "new":
                seen += 1
        assert seen == 7, proc.stderr.read() if proc.stderr else ""
        time.sleep(random.Random().uniform(0, 0.1))  # some moment, perhaps inside an ingest
        proc.kill()  # SIGKILL: no chance to clean up
    finally:
        proc.kill()
        proc.wait(10)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()

    db = sqlite3.connect(store_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every ingest is whole: the versions it counted are all there
        for ingest_id, counted in db.execute("SELECT id, added + edited + removed FROM ingests").fetchall():
            assert (
                db.execute("SELECT count(*) FROM versions WHERE ingest_id = ?", (ingest_id,)).fetchone()[0]
                == counted
            )
        stored = db.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        db.close()
    assert 7 <= stored <= served[-1]

    # a new watcher picks up exactly what the killed one had not stored
    emitted: list[dict[str, Any]] = []
    fake = FakeTime()
    with open_store(store_path) as store:
        watch(url, store, "cleanup", max_polls=1, emit=emitted.append, sleep=fake.sleep, clock=fake.clock)
    assert len([c for c in emitted if c["change"] == "new"]) == served[-1] - stored
    assert count_versions(store_path) == {"new": served[-1]}


def test_rewind_watch_refuses_bad_command_lines(store_path: str) -> None:
    from tests.conftest import run_rewind

    fast = run_rewind("watch", "https://news.example.org/live", "--every", "2", store=store_path)
    assert fast.returncode == 2 and "every 10 s" in fast.stderr
    bad = run_rewind("watch", "http://127.0.0.1:9/live", "--alert", "killed police >> 3", store=store_path)
    assert bad.returncode == 2 and "MEASURE [GROUP] OP NUMBER" in bad.stderr
    file = run_rewind("watch", "blog.txt", store=store_path)
    assert file.returncode == 2 and "http" in file.stderr
