"""Latency of ``GET /api/at`` under load: p50/p99 with 50 concurrent clients for 10 s.

1. Builds a synthetic store of ~1 M figure claims with direct SQL on the store
   schema (fast: no extraction), unless it exists already.
2. Starts ``rewind serve`` on a free loopback port.
3. Drives it with wrk (Debian's ``wrk``; a Lua script picks a random story and
   report time per request) or, when wrk is absent, a small asyncio client.

Three loads: ``cold`` (random story among all and random moment: cache misses,
every answer computed by query.at), ``hot`` (5 stories, random moments: the
cache fills as the run goes) and ``live`` (5 stories at "now", as pages kept
open on a news desk ask: served from the cache until the store grows).

usage: python bench/web_bench.py [--claims 1000000] [--store PATH] [--seconds 10] [--clients 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsrewind.store.sqlite import Store  # noqa: E402

MEASURES = [
    ("killed", "people"),
    ("killed", "security"),
    ("injured", "people"),
    ("arrested", "protesters"),
    ("hospitalized", "people"),
    ("missing", "people"),
    ("evacuated", "civilians"),
    ("present", "protesters"),
]
PLACES = ["", "North", "South", "East", "West"]


def build(
    path: str, claims: int, entries_per_story: int = 200, figures_per_entry: int = 5, seed: int = 7
) -> dict:
    """A store of ``claims`` figure claims: stories of 200 entries, 5 claims each, 40 series per story."""
    rng = random.Random(seed)
    stories = max(1, claims // (entries_per_story * figures_per_entry))
    with Store(path):
        pass  # creates the schema
    import sqlite3

    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    tz = timezone(timedelta(hours=2))
    ingested = "2024-01-01T00:00:00.000000Z"
    series_keys = [(m, g, p) for m, g in MEASURES for p in PLACES]
    t0 = time.perf_counter()
    with db:
        vid = fid = eid = sid = 0
        for s in range(1, stories + 1):
            db.execute(
                "INSERT INTO stories (id, name, created_at) VALUES (?, ?, ?)", (s, f"story-{s:05d}", ingested)
            )
            db.execute(
                "INSERT INTO documents (id, story_id, name, origin, kind, lang, outlet, created_at)"
                " VALUES (?, ?, ?, NULL, 'text', 'en', 'bench', ?)",
                (s, s, f"doc-{s:05d}", ingested),
            )
            db.execute(
                "INSERT INTO ingests (id, document_id, ingested_at, content_hash, added, edited, removed)"
                " VALUES (?, ?, ?, ?, ?, 0, 0)",
                (s, s, ingested, f"h{s}", entries_per_story),
            )
            series_ids = []
            for m, g, p in series_keys:
                sid += 1
                series_ids.append((sid, m, g, p))
            db.executemany(
                "INSERT INTO series (id, story_id, measure, grp, place) VALUES (?, ?, ?, ?, ?)",
                [(i, s, m, g, p) for i, m, g, p in series_ids],
            )
            start = datetime(2024, 1, 1, 6, 0, tzinfo=tz) + timedelta(days=s % 300)
            entries, versions, figures = [], [], []
            for k in range(entries_per_story):
                eid += 1
                vid += 1
                at = start + timedelta(minutes=4 * k)
                reported_at = at.isoformat()
                utc = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
                text = f"Update {k}: officials gave new figures for the {k % 7}th district of the city."
                figs = []
                for j in range(figures_per_entry):
                    i, m, g, p = series_ids[rng.randrange(len(series_ids))]
                    low = rng.randrange(0, 500)
                    high = low if rng.random() < 0.8 else low + rng.randrange(1, 100)
                    figs.append(
                        {
                            "measure": m,
                            "group": g,
                            "place": p or None,
                            "low": low,
                            "high": high,
                            "approx": False,
                            "unit": None,
                            "label": g,
                            "span": [0, 6],
                        }
                    )
                    fid += 1
                    figures.append(
                        (
                            fid,
                            i,
                            vid,
                            eid,
                            utc,
                            ingested,
                            low,
                            high,
                            0,
                            None,
                            g,
                            0,
                            6,
                            f"source-{j % 3}",
                            "government",
                            f"source-{j % 3}",
                        )
                    )
                record = {
                    "document": f"doc-{s:05d}",
                    "seq": k,
                    "reported_at": reported_at,
                    "time_label": at.strftime("%H:%M"),
                    "lang": "en",
                    "text": text,
                    "sources": [{"name": "source-0", "kind": "government", "span": [0, 9]}],
                    "actors": [],
                    "places": [],
                    "events": [],
                    "figures": figs,
                    "event_times": [],
                }
                entries.append((eid, s, s, f"t:{reported_at}#1"))
                versions.append(
                    (
                        vid,
                        eid,
                        s,
                        s,
                        "new",
                        k,
                        reported_at,
                        utc,
                        at.strftime("%H:%M"),
                        "en",
                        text,
                        f"x{vid}",
                        json.dumps(record),
                        ingested,
                    )
                )
            db.executemany(
                "INSERT INTO entries (id, document_id, story_id, entry_key) VALUES (?, ?, ?, ?)", entries
            )
            db.executemany(
                "INSERT INTO versions (id, entry_id, ingest_id, story_id, change, seq, reported_at, reported_utc,"
                " time_label, lang, text, text_hash, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                versions,
            )
            db.executemany(
                "INSERT INTO figures (id, series_id, version_id, entry_id, reported_utc, ingested_at, low, high, approx,"
                " unit, label, span_start, span_end, source, source_kind, sources)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                figures,
            )
    db.execute("ANALYZE")
    db.close()
    return {
        "stories": stories,
        "entries": eid,
        "claims": fid,
        "series": sid,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def paths(stories: int, mode: str, n: int = 5000, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = rng.randrange(1, 6) if mode != "cold" else rng.randrange(1, stories + 1)
        if mode == "live":
            out.append(f"/api/at?story=story-{s:05d}&at=now")
            continue
        minute = 6 * 60 + 4 * rng.randrange(0, 200)
        out.append(f"/api/at?story=story-{s:05d}&at={minute // 60 % 24:02d}:{minute % 60:02d}")
    return out


WRK_LUA = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
math.randomseed(%d)
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
"""


def run_wrk(base: str, urls: list[str], seconds: int, clients: int) -> dict:
    folder = tempfile.mkdtemp()
    listing = Path(folder) / "paths.txt"
    listing.write_text("\n".join(urls) + "\n")
    script = Path(folder) / "paths.lua"
    script.write_text(WRK_LUA % (listing, 42))
    done = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{clients}",
            f"-d{seconds}s",
            "--latency",
            "--timeout",
            "10s",
            "-s",
            str(script),
            base,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    out = done.stdout

    def ms(label: str) -> float | None:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            return None
        return float(m.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[m.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "tool": "wrk",
        "p50_ms": ms("50"),
        "p99_ms": ms("99"),
        "rps": float(rps.group(1)) if rps else None,
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


async def _client(
    host: str, port: int, urls: list[str], until: float, lat: list[float], rng: random.Random
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    while time.perf_counter() < until:
        path = urls[rng.randrange(len(urls))]
        t = time.perf_counter()
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        await writer.drain()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        await reader.readexactly(length)
        lat.append((time.perf_counter() - t) * 1000)
    writer.close()


def run_asyncio(base: str, urls: list[str], seconds: int, clients: int) -> dict:
    host, port = base.split("//")[1].split(":")
    lat: list[float] = []

    async def main() -> None:
        until = time.perf_counter() + seconds
        await asyncio.gather(
            *[_client(host, int(port), urls, until, lat, random.Random(i)) for i in range(clients)]
        )

    asyncio.run(main())
    q = statistics.quantiles(lat, n=100)
    return {
        "tool": "asyncio",
        "p50_ms": round(q[49], 2),
        "p99_ms": round(q[98], 2),
        "rps": round(len(lat) / seconds, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--store", default=str(ROOT / "artifacts" / "bench-web.sqlite"))
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    Path(args.store).parent.mkdir(parents=True, exist_ok=True)
    if not os.path.exists(args.store):
        print(f"building {args.store} ...", file=sys.stderr)
        print(json.dumps({"built": build(args.store, args.claims)}), file=sys.stderr)
    import sqlite3

    db = sqlite3.connect(args.store)
    stories = db.execute("SELECT count(*) FROM stories").fetchone()[0]
    claims = db.execute("SELECT count(*) FROM figures").fetchone()[0]
    db.close()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsrewind",
            "serve",
            "--store",
            args.store,
            "--port",
            str(port),
            "--tiles",
            "off",
            "--workers",
            str(args.workers),
        ],
        stderr=subprocess.DEVNULL,
    )
    results = {
        "store": {"stories": stories, "claims": claims},
        "clients": args.clients,
        "seconds": args.seconds,
        "workers": args.workers,
    }
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/api/config", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        runner = run_wrk if shutil.which("wrk") else run_asyncio
        for name in ("cold", "hot", "live"):
            urls = paths(stories, name)
            runner(base, urls[:200], 2, 8)  # warm up connections and page cache
            results[name] = runner(base, urls, args.seconds, args.clients)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
