"""The web time machine: a read-only HTTP API over the store, and one page.

The store is opened with ``open_store`` (a SQLite file or a PostgreSQL URI) and
read only through its public methods; answers use ``newsrewind.query``'s
functions (the same values as the CLI). Answers are kept in one in-process LRU
(bounded in bytes, shared by the worker's threads) keyed by request and store
generation (the newest version id, checked at most every ``freshness``
seconds), so a growing store never serves stale data for long; cache hits are
served on the event loop without touching the store. Every answer has an ETag
(``If-None-Match`` gives 304); answers about the store as it was at a past
ingest time (``as_of``) are immutable and say so in Cache-Control. Writes
(``POST /api/ingest``) need the token given at start.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from newsrewind import query
from newsrewind.store import StoreError, is_postgres, open_store
from newsrewind.store.sqlite import Store
from newsrewind.web import answers
from newsrewind.web.summary import summarize

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
STATIC = Path(str(resources.files("newsrewind.web") / "static"))

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI sets inline styles; its page still runs no inline script.
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
)

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rewind API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _is_dc(obj: Any) -> bool:
    return hasattr(obj, "__dataclass_fields__") and not isinstance(obj, type)


def plain(obj: Any) -> Any:
    """A dataclass tree as JSON-ready data, without ``asdict``'s deep copies (records are already plain)."""
    if isinstance(obj, list):
        return [plain(x) for x in obj] if obj and _is_dc(obj[0]) else obj
    if _is_dc(obj):
        d = dict(obj.__dict__)
        for k, v in d.items():
            if _is_dc(v) or (isinstance(v, list) and v and _is_dc(v[0])):
                d[k] = plain(v)
        return d
    return obj


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def http_date(iso_utc: str) -> str:
    """An RFC 1123 date from the store's UTC ingest time text."""
    dt = datetime.fromisoformat(iso_utc.rstrip("Z")).replace(tzinfo=UTC)
    return format_datetime(dt, usegmt=True)


def parse_as_of(value: str) -> str:
    """An ISO or RFC 1123 moment as the store's ingest-time text (UTC, microseconds)."""
    value = value.strip()
    dt: datetime | None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            dt = None
    if dt is None:
        raise ApiError(400, f"unknown moment {value!r} (use ISO 8601 or an RFC 1123 date)")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.999999Z")


#: an ``as_of`` this far in the past is final: no ingest still running can write before it
SETTLED_SECONDS = 300
IMMUTABLE = "immutable"  # the generation slot of a cache key that outlives store growth


class Answer:
    """A cached JSON answer: its body, headers and ETag."""

    __slots__ = ("body", "headers", "etag", "immutable", "generation", "wire")

    def __init__(self, body: bytes, headers: dict[str, str], immutable: bool, generation: int):
        self.body = body
        self.etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        self.immutable = immutable
        self.generation = generation
        self.headers = dict(headers)
        self.headers["ETag"] = self.etag
        self.headers["Cache-Control"] = "public, max-age=31536000, immutable" if immutable else "no-cache"
        # the same headers as ASGI wants them, for the fast path
        self.wire = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()]

    def matches(self, if_none_match: str | None) -> bool:
        """Whether a conditional request already holds this answer (``If-None-Match``)."""
        if not if_none_match:
            return False
        if if_none_match.strip() == "*":
            return True
        return self.etag in (t.strip().removeprefix("W/") for t in if_none_match.split(","))


#: answers the middleware may serve from the cache straight from the raw request
FAST_PATHS = frozenset(
    {
        "/api/at",
        "/api/stories",
        "/api/timeline",
        "/api/entries",
        "/api/diff",
        "/api/history",
        "/api/conflicts",
    }
)


def raw_key(scope: Any) -> tuple[Any, ...]:
    """A cache key of the request as it came (path, query string, Accept-Datetime)."""
    adt = next((v for k, v in scope["headers"] if k == b"accept-datetime"), None)
    return ("raw", scope["path"], scope["query_string"], adt)


class AnswerCache:
    """A thread-safe LRU of answers, bounded by the bytes of their bodies."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.data: OrderedDict[tuple[Any, ...], Answer] = OrderedDict()
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.data)

    def get(self, key: tuple[Any, ...]) -> Answer | None:
        with self.lock:
            hit = self.data.get(key)
            if hit is not None:
                self.data.move_to_end(key)
            return hit

    def put(self, key: tuple[Any, ...], answer: Answer) -> None:
        cost = len(answer.body) + 200
        if cost > self.max_bytes // 4:
            return  # one huge answer must not empty the cache
        with self.lock:
            old = self.data.pop(key, None)
            if old is not None:
                self.size -= len(old.body) + 200
            self.data[key] = answer
            self.size += cost
            while self.size > self.max_bytes and self.data:
                _, dropped = self.data.popitem(last=False)
                self.size -= len(dropped.body) + 200

    def keep_only(self, generation: int) -> None:
        """Drop the answers of other store generations (immutable ones stay)."""
        with self.lock:
            for key in [k for k in self.data if k[-1] not in (generation, IMMUTABLE)]:
                self.size -= len(self.data.pop(key).body) + 200


class Web:
    """State shared by the handlers: the store target, open stores, the answer cache."""

    def __init__(
        self,
        target: str,
        token: str | None,
        tiles: str | None,
        cache_bytes: int = 64 * 1024 * 1024,
        freshness: float = 0.5,
        pool_size: int = 8,
    ):
        self.target = target
        self.token = token
        self.tiles = tiles
        self.postgres = is_postgres(target)
        self.local = threading.local()  # SQLite: one connection per thread (sqlite3's rule)
        self.pool: queue.LifoQueue[Store] = queue.LifoQueue()  # PostgreSQL: a few shared connections
        self.pool_size = pool_size
        self.opened = 0
        self.cache = AnswerCache(cache_bytes)
        self.freshness = freshness
        self.gen = -1
        self.gen_checked = -1e9
        self.lock = threading.Lock()
        self.inflight: dict[tuple[Any, ...], Future[Answer]] = {}

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A read-only store for this thread (SQLite) or from the pool (PostgreSQL)."""
        if not self.postgres:
            s = getattr(self.local, "store", None)
            if s is None:
                s = open_store(self.target, readonly=True)
                self.local.store = s
            yield s
            return
        try:
            s = self.pool.get_nowait()
        except queue.Empty:
            with self.lock:
                grow = self.opened < self.pool_size
                self.opened += grow
            if grow:
                try:
                    s = open_store(self.target, readonly=True)
                except BaseException:
                    with self.lock:
                        self.opened -= 1
                    raise
            else:
                try:
                    s = self.pool.get(timeout=30)
                except queue.Empty:
                    raise ApiError(503, "the store is busy, try again") from None
        try:
            yield s
        finally:
            conn = getattr(s, "conn", None)
            if conn is not None and (conn.closed or getattr(conn, "broken", False)):
                with self.lock:
                    self.opened -= 1
            else:
                self.pool.put(s)

    def generation(self, store: Store, force: bool = False) -> int:
        """The store's generation, read again when the last reading is older than ``freshness``."""
        now = time.monotonic()
        if force or now - self.gen_checked > self.freshness:
            gen = store.generation()
            with self.lock:
                if gen != self.gen:
                    self.gen = gen
                    self.cache.keep_only(gen)
                self.gen_checked = now
        return self.gen

    def stale(self) -> None:
        """The store was written by this process: read its generation on the next request."""
        self.gen_checked = -1e9

    def fresh_hit(self, key: tuple[Any, ...], immutable: bool) -> Answer | None:
        """A cached answer, when the known generation is recent enough to trust without the store."""
        if immutable:
            return self.cache.get((*key, IMMUTABLE))
        if time.monotonic() - self.gen_checked > self.freshness:
            return None
        return self.cache.get((*key, self.gen))

    def raw_hit(self, key: tuple[Any, ...]) -> Answer | None:
        """A cached answer for a request as it came, when still fresh."""
        hit = self.cache.get((*key, IMMUTABLE))
        if hit is None and time.monotonic() - self.gen_checked <= self.freshness:
            hit = self.cache.get((*key, self.gen))
        return hit

    def compute(self, key: tuple[Any, ...], make: Callable[[Store], Any], immutable: bool) -> Answer:
        """The answer from the cache or from ``make(store) -> (data, headers)``; concurrent
        requests for the same answer wait for one computation."""
        with self.store() as s:
            gen = self.generation(s)
            full = (*key, IMMUTABLE if immutable else gen)
            hit = self.cache.get(full)
            if hit is not None:
                return hit
            with self.lock:
                waiting = self.inflight.get(full)
                if waiting is None:
                    mine: Future[Answer] = Future()
                    self.inflight[full] = mine
            if waiting is None:
                try:
                    data, headers = make(s)
                    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                    hit = Answer(body, headers, immutable, gen)
                    self.cache.put(full, hit)
                    mine.set_result(hit)
                    return hit
                except BaseException as exc:
                    mine.set_exception(exc)
                    raise
                finally:
                    with self.lock:
                        self.inflight.pop(full, None)
        return waiting.result(timeout=120)

    async def answer(
        self,
        request: Request,
        key: tuple[Any, ...],
        make: Callable[[Store], Any],
        immutable: bool = False,
    ) -> Response:
        """Serve ``make``'s answer: a fresh cache hit on the event loop, else computed in a thread."""
        hit = self.fresh_hit(key, immutable)
        if hit is None:
            hit = await run_in_threadpool(self.compute, key, make, immutable)
        # the next identical request is served by the middleware without parsing it
        self.cache.put((*raw_key(request.scope), IMMUTABLE if hit.immutable else hit.generation), hit)
        if hit.matches(request.headers.get("if-none-match")):
            return Response(status_code=304, headers=hit.headers)
        return Response(hit.body, media_type="application/json", headers=hit.headers)

    def with_store(self, work: Callable[[Store], Any]) -> Any:
        """Run ``work(store)`` with a store (for answers that are not cached)."""
        with self.store() as s:
            return work(s)

    def memento(self, store: Store, story: dict[str, Any], as_of: str) -> str:
        """The ingest time of the newest stored state at or before ``as_of``."""
        found = store.last_ingest(story["id"], as_of)
        if not found:
            raise ApiError(404, f"nothing of {story['name']} was stored by {as_of[:19]}Z")
        return found


def settled(as_of: str | None, at: str) -> bool:
    """Whether an answer can never change: the store as it was at a past ingest time, cut at
    'now' or at a dated moment (a bare HH:MM is read on the story's latest day, which may move)."""
    if not as_of or not (at.strip().lower() in ("now", "latest", "end") or "-" in at):
        return False
    limit = datetime.now(UTC).timestamp() - SETTLED_SECONDS
    return datetime.fromisoformat(as_of.rstrip("Z")).replace(tzinfo=UTC).timestamp() < limit


def _as_of(as_of: str | None, accept_datetime: str | None) -> str | None:
    if as_of:
        return parse_as_of(as_of)
    if accept_datetime:
        return parse_as_of(accept_datetime)
    return None


def _memento_headers(memento: str | None, request: Request) -> dict[str, str]:
    headers = {"Vary": "accept-datetime"}
    if memento:
        headers["Memento-Datetime"] = http_date(memento)
        url = request.url.remove_query_params("as_of")
        original = url.path + (f"?{url.query}" if url.query else "")
        headers["Link"] = f'<{original}>; rel="original timegate"'
    return headers


def snapshot_as_of(
    store: Store, story: str | None, at: str, as_of: str, web: Web
) -> tuple[query.Snapshot, str]:
    """The store as it was at ingest time ``as_of`` (``query.at`` by ingest), cut at report time ``at``."""
    st = store.story(story)
    memento = web.memento(store, st, as_of)
    whole = query.at(store, story, memento[:26] + "+00:00", by="ingest", entry_limit=None)
    entries = whole.entries
    at_text = None
    if at.lower() not in ("now", "latest", "end"):
        dt = query.parse_moment(at, query.story_clock(store, st))
        until = query.to_utc(dt)
        at_text = dt.isoformat(timespec="seconds")
        entries = [e for e in entries if e.reported_at and (query.utc_iso(e.reported_at) or "") <= until]
    snap = query.Snapshot(
        whole.story,
        at_text,
        whole.at_utc,
        "ingest",
        len(entries),
        entries,
        query._figures_from_entries(entries),
        query._events(entries),
    )
    return snap, memento


def at_answer(
    store: Store,
    web: Web,
    story: str | None,
    at: str,
    as_of: str | None,
    limit: int | None,
    offset: int = 0,
    full: bool = False,
    earlier: int = answers.EARLIER,
    figures: bool = True,
) -> tuple[dict[str, Any], str | None]:
    """The answer at report time ``at``, or as the store was at ingest time ``as_of``; and the memento."""
    if not as_of:
        return answers.at_report(store, story, at, limit, offset, full, earlier, figures), None
    snap, memento = snapshot_as_of(store, story, at, as_of, web)
    return answers.snapshot_data(snap, limit, offset, full, earlier), memento


def _change_event(row: Any) -> dict[str, Any]:
    record = json.loads(row["record"]) if row["record"] else {}
    return {
        "id": row["id"],
        "change": row["change"],
        "document": row["document"],
        "seq": row["seq"],
        "reported_at": row["reported_at"],
        "time_label": row["time_label"],
        "lang": row["lang"],
        "text": row["text"],
        "ingested_at": row["ingested_at"],
        "figures": record.get("figures") or [],
    }


def changes_after(
    store: Store, story: dict[str, Any], last_id: int, limit: int = 500
) -> list[dict[str, Any]]:
    """Versions stored after version ``last_id`` (new, edited, removed entries with their figures)."""
    return [_change_event(r) for r in store.changes(story["id"], after_id=last_id, limit=limit)]


class SecurityHeaders:
    """Pure ASGI middleware: CSP and friends on every response (no body buffering); cached
    answers to requests seen before are sent from here, before any routing or parsing."""

    def __init__(self, app: Any, csp: str, web: Web | None = None):
        self.app = app
        self.csp = csp.encode()
        self.web = web

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP.encode() if scope["path"] == "/docs" else self.csp

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-cache"))
                message = {**message, "headers": headers}
            await send(message)

        if self.web is not None and scope["method"] == "GET" and scope["path"] in FAST_PATHS:
            hit = self.web.raw_hit(raw_key(scope))
            if hit is not None:
                inm = next((v for k, v in scope["headers"] if k == b"if-none-match"), None)
                if hit.matches(inm.decode("latin-1") if inm else None):
                    await send_with_headers(
                        {"type": "http.response.start", "status": 304, "headers": hit.wire}
                    )
                    await send({"type": "http.response.body", "body": b""})
                    return
                head = [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(hit.body)).encode()),
                    *hit.wire,
                ]
                await send_with_headers({"type": "http.response.start", "status": 200, "headers": head})
                await send({"type": "http.response.body", "body": hit.body})
                return
        await self.app(scope, receive, send_with_headers)


def create_app(
    store: str,
    token: str | None = None,
    tiles: str | None = OSM_TILES,
    poll_interval: float = 1.0,
    freshness: float = 0.5,
    cache_bytes: int = 64 * 1024 * 1024,
) -> FastAPI:
    """The app for one store (a SQLite path or a PostgreSQL URI). ``tiles``: a tile URL template,
    or None for outlines only; ``freshness``: seconds an answer may lag behind a growing store."""
    web = Web(store, token, tiles, cache_bytes=cache_bytes, freshness=freshness)
    app = FastAPI(
        title="rewind",
        version="1",
        description="A time machine for breaking news: what was known at any moment of a live blog.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.web = web
    tile_host = ""
    if tiles and tiles.startswith("http"):
        tile_host = " " + "/".join(tiles.split("/")[:3])
    csp = CSP.format(tiles=tile_host)

    app.add_middleware(SecurityHeaders, csp=csp, web=web)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _json({"error": exc.message}, exc.status)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _json({"error": str(exc)}, 404)

    @app.exception_handler(query.TimeError)
    async def time_error(request: Request, exc: query.TimeError) -> Response:
        return _json({"error": str(exc)}, 400)

    # ---- page ---------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    try:
        import fastapi_offline

        docs_assets = Path(fastapi_offline.__file__).parent / "static"
        app.mount("/docs-assets", StaticFiles(directory=docs_assets), name="docs-assets")
    except ImportError:  # pragma: no cover - the docs page then shows the raw spec link only
        pass

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    # ---- API ------------------------------------------------------------------

    @app.get("/api/config", summary="What the page needs to know: tile server, whether ingest is open")
    def config() -> Response:
        return _json({"tiles": web.tiles, "ingest": bool(web.token)})

    @app.get("/api/stories", summary="Stories with their documents, entries and time range")
    async def stories(request: Request) -> Response:
        return await web.answer(request, ("stories",), lambda s: (s.stories(), {}))

    @app.get("/api/timeline", summary="Report times of a story's entries, for the slider")
    async def timeline(request: Request, story: str | None = None) -> Response:
        def make(s: Store) -> tuple[Any, dict[str, str]]:
            st = s.story(story)
            rows = [r for r in s.latest_versions(st["id"]) if r["change"] != "removed"]
            ticks: dict[str, dict[str, Any]] = {}
            undated = 0
            for r in reversed(rows):
                if not r["reported_at"]:
                    undated += 1
                    continue
                t = ticks.setdefault(
                    r["reported_at"], {"at": r["reported_at"], "utc": r["reported_utc"], "entries": 0}
                )
                t["entries"] += 1
            return {
                "story": st["name"],
                "ticks": sorted(ticks.values(), key=lambda t: t["utc"]),
                "undated": undated,
            }, {}

        return await web.answer(request, ("timeline", story), make)

    @app.get(
        "/api/at",
        summary="What was known at a moment (report time), or as stored at as_of (ingest time)",
        description=(
            "Lean by default: each series' current value with its quote, the earlier precise value and"
            " disagreeing sources without quotes, the newest `earlier` values (`earlier_more` tells when"
            " there are more), and one page of entries (`limit`, `offset`; `entries_next` is the next"
            " offset). `detail=full` gives every report with its quote. Answers carry an ETag; answers"
            " `as_of` a past ingest time are immutable."
        ),
    )
    async def at(
        request: Request,
        story: str | None = None,
        at: str = Query("now", description="HH:MM on the story's day, ISO 8601, or now"),
        limit: int = Query(20, ge=0, description="entries to return, newest first; 0 for all"),
        offset: int = Query(0, ge=0, description="entries to skip (paging)"),
        detail: str = Query("lean", pattern="^(lean|full)$", description="lean, or full: every report"),
        earlier: int = Query(answers.EARLIER, ge=0, le=19, description="earlier values per series (lean)"),
        as_of: str | None = Query(None, description="ingest time (ISO 8601): the store as it was then"),
        summary: bool = Query(False, description="add 'summary': English sentences of what we know"),
        accept_datetime: str | None = Header(None, description="RFC 7089: same as as_of"),
    ) -> Response:
        moment = _as_of(as_of, accept_datetime)
        at = at.strip()
        full = detail == "full"

        def make(s: Store) -> tuple[Any, dict[str, str]]:
            data, memento = at_answer(s, web, story, at, moment, limit or None, offset, full, earlier)
            if summary:
                data["summary"] = summarize(data)
            return data, _memento_headers(memento, request)

        key = ("at", story, at, limit, offset, full, earlier if not full else 0, moment, summary)
        return await web.answer(request, key, make, immutable=settled(moment, at))

    @app.get("/api/entries", summary="The current version of every entry, newest first")
    async def entries(
        request: Request,
        story: str | None = None,
        at: str = "now",
        limit: int = Query(0, ge=0),
        offset: int = Query(0, ge=0),
        as_of: str | None = None,
        accept_datetime: str | None = Header(None),
    ) -> Response:
        moment = _as_of(as_of, accept_datetime)
        at = at.strip()

        def make(s: Store) -> tuple[Any, dict[str, str]]:
            data, memento = at_answer(s, web, story, at, moment, limit or None, offset, figures=False)
            return data["entries"], _memento_headers(memento, request)

        key = ("entries", story, at, limit, offset, moment)
        return await web.answer(request, key, make, immutable=settled(moment, at))

    @app.get("/api/diff", summary="What became known between two moments of report time")
    async def diff(
        request: Request, story: str | None = None, since: str = Query(...), until: str = "now"
    ) -> Response:
        return await web.answer(
            request, ("diff", story, since, until), lambda s: (plain(query.diff(s, story, since, until)), {})
        )

    @app.get("/api/history", summary="Every reported value of each figure series, oldest first")
    async def history(
        request: Request, story: str | None = None, measure: str | None = None, group: str | None = None
    ) -> Response:
        return await web.answer(
            request,
            ("history", story, measure, group),
            lambda s: (plain(query.history(s, story, measure, group)), {}),
        )

    @app.get("/api/conflicts", summary="Series where sources held values that cannot all be true")
    async def conflicts(request: Request, story: str | None = None) -> Response:
        return await web.answer(request, ("conflicts", story), lambda s: (query.conflicts(s, story), {}))

    @app.get("/api/export", summary="A story as data: jsonl, csv (ACLED columns) or geojson")
    def export(
        request: Request,
        format: str = Query("jsonl", pattern="^(jsonl|csv|geojson)$"),
        story: str | None = None,
        until: str = "now",
        as_of: str | None = None,
        accept_datetime: str | None = Header(None),
    ) -> Response:
        from newsrewind.present.export import WRITERS

        moment = _as_of(as_of, accept_datetime)
        data, memento = web.with_store(
            lambda s: at_answer(s, web, story, until.strip(), moment, None, figures=False)
        )
        snap_entries = [query.EntryView(**e) for e in data["entries"]]
        rows = sorted(snap_entries, key=lambda e: (e.document, e.seq or 0))
        media = {"jsonl": "application/x-ndjson", "csv": "text/csv", "geojson": "application/geo+json"}[
            format
        ]
        headers = _memento_headers(memento, request)
        headers["Content-Disposition"] = f'attachment; filename="{data["story"]}.{format}"'
        return Response(WRITERS[format](rows), media_type=f"{media}; charset=utf-8", headers=headers)

    @app.get("/api/updates", summary="Polling fallback of /api/stream: changes after version id `since`")
    def updates(
        story: str | None = None, since: int = Query(0, ge=0), limit: int = Query(500, ge=1, le=5000)
    ) -> Response:
        def work(s: Store) -> tuple[dict[str, Any], list[dict[str, Any]]]:
            st = s.story(story)
            return st, changes_after(s, st, since, limit)

        st, events = web.with_store(work)
        last = events[-1]["id"] if events else since
        return _json({"story": st["name"], "events": events, "last_id": last})

    @app.get(
        "/api/stream",
        summary="Server-Sent Events of new entries and changed figures as the store grows",
        description="Resumable with Last-Event-ID (a version id). Bounded by max_events and timeout (seconds).",
    )
    async def stream(
        request: Request,
        story: str | None = None,
        since: int | None = Query(None, ge=0, description="start after this version id (default: now)"),
        max_events: int = Query(1000, ge=1, le=100_000),
        timeout: float = Query(300.0, gt=0, le=3600),
        last_event_id: str | None = Header(None),
    ) -> StreamingResponse:
        st = await run_in_threadpool(web.with_store, lambda s: s.story(story))
        if last_event_id and last_event_id.isdigit():
            start = int(last_event_id)
        elif since is not None:
            start = since
        else:
            start = await run_in_threadpool(web.with_store, lambda s: s.generation())

        def _changes(after: int, limit: int) -> list[dict[str, Any]]:
            return web.with_store(lambda s: changes_after(s, st, after, limit))

        async def events() -> Any:
            last = start
            sent = 0
            deadline = time.monotonic() + timeout
            beat = time.monotonic()
            yield "retry: 2000\n: rewind stream\n\n"
            while sent < max_events and time.monotonic() < deadline:
                if await request.is_disconnected():
                    return
                rows = await run_in_threadpool(_changes, last, max_events - sent)
                for ev in rows:
                    last = ev["id"]
                    sent += 1
                    yield f"id: {ev['id']}\nevent: entry\ndata: {json.dumps(ev, ensure_ascii=False)}\n\n"
                    for fig in ev["figures"]:
                        data = {"entry": ev["id"], "reported_at": ev["reported_at"], **fig}
                        yield f"id: {ev['id']}\nevent: figure\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
                if time.monotonic() - beat > 15:
                    beat = time.monotonic()
                    yield ": keep-alive\n\n"
                if sent < max_events:
                    await asyncio.sleep(poll_interval)
            yield "event: end\ndata: {}\n\n"

        return StreamingResponse(
            events(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @app.post("/api/ingest", summary="Ingest a live blog text (needs the token given at start)")
    async def ingest(
        request: Request,
        story: str | None = None,
        name: str = Query("posted", pattern=r"^[\w.\-]{1,80}$"),
        authorization: str | None = Header(None),
    ) -> Response:
        if not web.token:
            return _json({"error": "this server is read-only (start it with --token to allow ingest)"}, 403)
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not given or not hmac.compare_digest(given.encode(), web.token.encode()):
            return _json({"error": "a valid token is required (Authorization: Bearer TOKEN)"}, 401)
        body = await request.body()
        if not body:
            raise ApiError(400, "empty body: send the live blog text")
        if len(body) > 8 * 1024 * 1024:
            raise ApiError(413, "over 8 MiB")

        def work() -> dict[str, Any]:
            from newsrewind.pipeline import NoEntries, records_of
            from newsrewind.read import ReadError, read_bytes

            try:
                doc = read_bytes(body, name)
                records = records_of(doc)
            except (ReadError, NoEntries) as exc:
                raise ApiError(422, str(exc)) from exc
            with open_store(web.target) as writer:
                result = writer.ingest(story or doc.name, doc, records)
            web.stale()
            return asdict(result)

        return _json(await run_in_threadpool(work), 201)

    return app
