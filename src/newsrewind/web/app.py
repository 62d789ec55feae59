"""The web time machine: a read-only HTTP API over the store, and one page.

Every answer comes from ``newsrewind.query`` (the same functions as the CLI).
Answers are cached by request and store generation (the newest version id),
so a growing store never serves stale data. Writes (``POST /api/ingest``) need
the token given at start.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import threading
import time
from collections import OrderedDict
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
from newsrewind.store import StoreError
from newsrewind.store.sqlite import Store
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


class WebStore(Store):
    """A read-only store whose story look-up by name is one indexed query (not a scan of every story)."""

    def story(self, name: str | None) -> dict[str, Any]:
        if name is None:
            return super().story(None)
        row = self.db.execute("SELECT id, name, created_at FROM stories WHERE name = ?", (name,)).fetchone()
        if row is None:
            return super().story(name)  # its error names the stories there are
        return dict(row)


class Web:
    """State shared by the handlers: the store path, per-thread connections, the answer cache."""

    def __init__(self, store_path: str, token: str | None, tiles: str | None, cache_size: int = 4096):
        self.store_path = store_path
        self.token = token
        self.tiles = tiles
        self.local = threading.local()
        self.cache: OrderedDict[tuple[Any, ...], tuple[bytes, dict[str, str]]] = OrderedDict()
        self.cache_size = cache_size
        self.lock = threading.Lock()

    def store(self) -> Store:
        s = getattr(self.local, "store", None)
        if s is None:
            if not Path(self.store_path).exists():
                raise ApiError(404, "the store holds no story yet (rewind ingest FILE first)")
            s = WebStore(self.store_path, readonly=True)
            self.local.store = s
        return s

    def generation(self, store: Store) -> int:
        row = store.db.execute("SELECT max(id) FROM versions").fetchone()
        return int(row[0] or 0)

    def cached(self, key: tuple[Any, ...], make: Any) -> Response:
        """Serve ``make(store) -> (data, headers)`` from the cache while the store is unchanged."""
        store = self.store()
        full = (*key, self.generation(store))
        with self.lock:
            hit = self.cache.get(full)
            if hit is not None:
                self.cache.move_to_end(full)
        if hit is None:
            data, headers = make(store)
            body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            hit = (body, headers)
            with self.lock:
                self.cache[full] = hit
                while len(self.cache) > self.cache_size:
                    self.cache.popitem(last=False)
        return Response(hit[0], media_type="application/json", headers=hit[1])

    # ---- Memento (RFC 7089) ---------------------------------------------

    def memento(self, store: Store, story: dict[str, Any], as_of: str) -> str:
        """The ingest time of the newest stored state at or before ``as_of``."""
        row = store.db.execute(
            "SELECT max(ingested_at) FROM versions WHERE story_id = ? AND ingested_at <= ?",
            (story["id"], as_of),
        ).fetchone()
        if not row or not row[0]:
            raise ApiError(404, f"nothing of {story['name']} was stored by {as_of[:19]}Z")
        return str(row[0])


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
        original = str(request.url.remove_query_params("as_of"))
        headers["Link"] = f'<{original}>; rel="original timegate"'
    return headers


def snapshot(
    store: Store, story: str | None, at: str, as_of: str | None, limit: int | None, web: Web
) -> tuple[dict[str, Any], str | None]:
    """``query.at`` by report time, or as the store was at ingest time ``as_of`` (then cut at ``at``)."""
    if not as_of:
        snap = query.at(store, story, at, entry_limit=limit)
        return plain(snap), None
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
        entries[:limit] if limit else entries,
        query._figures_from_entries(entries),
        query._events(entries),
    )
    return plain(snap), memento


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
    since = None
    if last_id:
        row = store.db.execute("SELECT ingested_at FROM versions WHERE id = ?", (last_id,)).fetchone()
        # the same ingest may hold later versions: start just before its time and skip what was sent
        since = str(row[0])[:-1] if row else None
    rows = [r for r in store.changes(story["id"], since_ingest=since) if r["id"] > last_id]
    return [_change_event(r) for r in rows[:limit]]


class SecurityHeaders:
    """Pure ASGI middleware: CSP and friends on every response (no body buffering)."""

    def __init__(self, app: Any, csp: str):
        self.app = app
        self.csp = csp.encode()

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

        await self.app(scope, receive, send_with_headers)


def create_app(
    store_path: str, token: str | None = None, tiles: str | None = OSM_TILES, poll_interval: float = 1.0
) -> FastAPI:
    """The app for one store. ``tiles``: a tile URL template, or None for outlines only."""
    web = Web(store_path, token, tiles)
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

    app.add_middleware(SecurityHeaders, csp=csp)

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
    def stories() -> Response:
        return web.cached(("stories",), lambda s: (s.stories(), {}))

    @app.get("/api/timeline", summary="Report times of a story's entries, for the slider")
    def timeline(story: str | None = None) -> Response:
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

        return web.cached(("timeline", story), make)

    @app.get(
        "/api/at", summary="What was known at a moment (report time), or as stored at as_of (ingest time)"
    )
    def at(
        request: Request,
        story: str | None = None,
        at: str = Query("now", description="HH:MM on the story's day, ISO 8601, or now"),
        limit: int = Query(50, ge=0, description="entries to return; 0 for all"),
        as_of: str | None = Query(None, description="ingest time (ISO 8601): the store as it was then"),
        summary: bool = Query(False, description="add 'summary': English sentences of what we know"),
        accept_datetime: str | None = Header(None, description="RFC 7089: same as as_of"),
    ) -> Response:
        moment = _as_of(as_of, accept_datetime)

        def make(s: Store) -> tuple[Any, dict[str, str]]:
            data, memento = snapshot(s, story, at, moment, limit or None, web)
            if summary:
                data["summary"] = summarize(data)
            return data, _memento_headers(memento, request)

        return web.cached(("at", story, at, limit, moment, summary), make)

    @app.get("/api/entries", summary="The current version of every entry, newest first")
    def entries(
        request: Request,
        story: str | None = None,
        at: str = "now",
        limit: int = Query(0, ge=0),
        offset: int = Query(0, ge=0),
        as_of: str | None = None,
        accept_datetime: str | None = Header(None),
    ) -> Response:
        moment = _as_of(as_of, accept_datetime)

        def make(s: Store) -> tuple[Any, dict[str, str]]:
            data, memento = snapshot(s, story, at, moment, None, web)
            rows = data["entries"][offset:]
            return (rows[:limit] if limit else rows), _memento_headers(memento, request)

        return web.cached(("entries", story, at, limit, offset, moment), make)

    @app.get("/api/diff", summary="What became known between two moments of report time")
    def diff(story: str | None = None, since: str = Query(...), until: str = "now") -> Response:
        return web.cached(
            ("diff", story, since, until), lambda s: (plain(query.diff(s, story, since, until)), {})
        )

    @app.get("/api/history", summary="Every reported value of each figure series, oldest first")
    def history(story: str | None = None, measure: str | None = None, group: str | None = None) -> Response:
        return web.cached(
            ("history", story, measure, group),
            lambda s: (plain(query.history(s, story, measure, group)), {}),
        )

    @app.get("/api/conflicts", summary="Series where sources held values that cannot all be true")
    def conflicts(story: str | None = None) -> Response:
        return web.cached(("conflicts", story), lambda s: (query.conflicts(s, story), {}))

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
        s = web.store()
        data, memento = snapshot(s, story, until, moment, None, web)
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
        s = web.store()
        st = s.story(story)
        events = changes_after(s, st, since, limit)
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
        s0 = await run_in_threadpool(web.store)
        st = await run_in_threadpool(s0.story, story)
        if last_event_id and last_event_id.isdigit():
            start = int(last_event_id)
        elif since is not None:
            start = since
        else:
            start = await run_in_threadpool(web.generation, s0)

        def _changes(after: int, limit: int) -> list[dict[str, Any]]:
            return changes_after(web.store(), st, after, limit)

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
            with Store(web.store_path) as writer:
                result = writer.ingest(story or doc.name, doc, records)
            return asdict(result)

        return _json(await run_in_threadpool(work), 201)

    return app
