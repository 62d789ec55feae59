#!/usr/bin/env python3
"""Benchmarks (not tests): start-up, ingest, the time machine on a large store,
extraction throughput and memory, against dateparser's search_dates.

Prints figures with the machine named. Run with `make bench`.
Other benchmarks in this folder (web, batch) run after these when present.
"""

from __future__ import annotations

import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "kz-2022-01-06.ro.txt"


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def timed_runs(cmd: list[str], runs: int, env: dict[str, str] | None = None, setup=None) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        if setup:
            setup()
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return times


def bench_cold_start() -> None:
    times = timed_runs([sys.executable, "-m", "newsrewind", "--help"], 7)
    print(f"rewind --help cold start: median {statistics.median(times) * 1000:.0f} ms (goal ≤ 300 ms)")


def bench_seed_ingest(tmp: Path) -> None:
    if not SEED.is_file():
        print("seed ingest: skipped (no shared corpus)")
        return
    store = tmp / "seed.sqlite"

    def fresh() -> None:
        for p in tmp.glob("seed.sqlite*"):
            p.unlink()

    env = dict(os.environ, REWIND_STORE=str(store))
    times = timed_runs([sys.executable, "-m", "newsrewind", "ingest", str(SEED), "-q"], 5, env, fresh)
    print(
        f"seed ingest end to end (28 entries, new store): median {statistics.median(times) * 1000:.0f} ms (goal ≤ 1 s)"
    )


def synthetic_store(path: Path, claims: int = 1_000_000) -> tuple[str, int]:
    """A store with one story of `claims` figure claims, written straight into the schema."""
    from newsrewind.store.sqlite import Store

    Store(str(path)).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("INSERT INTO stories (id, name, created_at) VALUES (1, 'synthetic', '2024-01-01T00:00:00Z')")
    db.execute(
        "INSERT INTO documents (id, story_id, name, created_at) VALUES (1, 1, 'synthetic', '2024-01-01T00:00:00Z')"
    )
    db.execute(
        "INSERT INTO ingests (id, document_id, ingested_at, content_hash, added, edited, removed)"
        " VALUES (1, 1, '2024-01-01T00:00:00Z', 'x', 0, 0, 0)"
    )
    measures = ["killed", "injured", "hospitalized", "arrested", "missing", "evacuated"]
    groups = ["security", "protesters", "civilians", "medics", "journalists", "people"]
    series = [(i + 1, 1, m, g, "") for i, (m, g) in enumerate((m, g) for m in measures for g in groups)]
    db.executemany("INSERT INTO series (id, story_id, measure, grp, place) VALUES (?, ?, ?, ?, ?)", series)
    per_entry = 5
    entries = claims // per_entry
    rng = random.Random(7)
    start = 1_704_067_200  # 2024-01-01T00:00:00Z
    batch_v, batch_e, batch_f, batch_m = [], [], [], []
    fid = 0
    for i in range(1, entries + 1):
        ts = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(start + i * 7))
        record = {"document": "synthetic", "seq": i, "text": f"entry {i}", "figures": [], "events": []}
        batch_e.append((i, 1, 1, f"k{i}"))
        batch_v.append(
            (
                i,
                i,
                1,
                1,
                "new",
                i,
                ts + "+00:00",
                ts,
                f"{ts[11:16]}",
                "en",
                f"entry {i}",
                "h",
                json.dumps(record),
                "2024-01-01T00:00:00.000000Z",
            )
        )
        for _ in range(per_entry):
            fid += 1
            low = rng.randint(0, 5000)
            batch_f.append(
                (
                    fid,
                    rng.randint(1, len(series)),
                    i,
                    i,
                    ts,
                    "2024-01-01T00:00:00.000000Z",
                    low,
                    low,
                    0,
                    None,
                    "x",
                    0,
                    5,
                    "Source",
                    "media",
                    "Source",
                )
            )
        batch_m.append((i, 1, "event", rng.choice(["riot", "protest", "arrests"]), ts, "{}"))
        if len(batch_f) >= 100_000 or i == entries:
            db.executemany(
                "INSERT INTO entries (id, document_id, story_id, entry_key) VALUES (?, ?, ?, ?)", batch_e
            )
            db.executemany(
                "INSERT INTO versions (id, entry_id, ingest_id, story_id, change, seq, reported_at, reported_utc, time_label,"
                " lang, text, text_hash, record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch_v,
            )
            db.executemany(
                "INSERT INTO figures (id, series_id, version_id, entry_id, reported_utc, ingested_at, low, high, approx, unit,"
                " label, span_start, span_end, source, source_kind, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch_f,
            )
            db.executemany(
                "INSERT INTO mentions (version_id, story_id, kind, name, reported_utc, data) VALUES (?, ?, ?, ?, ?, ?)",
                batch_m,
            )
            batch_v, batch_e, batch_f, batch_m = [], [], [], []
    db.commit()
    db.execute("ANALYZE")
    db.close()
    mid = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(start + entries * 7 // 2))
    return mid, entries


def bench_at_large(tmp: Path) -> None:
    from newsrewind import query
    from newsrewind.store.sqlite import Store

    path = tmp / "large.sqlite"
    t = time.perf_counter()
    mid, entries = synthetic_store(path)
    print(
        f"synthetic store: 1,000,000 figure claims in {entries:,} entries, built in {time.perf_counter() - t:.1f} s"
    )
    with Store(str(path), readonly=True) as store:
        query.at(store, "synthetic", mid)  # warm the page cache
        times = []
        for _ in range(20):
            t = time.perf_counter()
            snap = query.at(store, "synthetic", mid)
            times.append(time.perf_counter() - t)
    print(
        f"at on 1M claims (36 series, {snap.entries_total:,} entries so far): median {statistics.median(times) * 1000:.1f} ms,"
        f" max {max(times) * 1000:.1f} ms (goal ≤ 20 ms)"
    )


def entry_texts(minimum: int = 10_000) -> list[str]:
    from newsrewind.pipeline import entries_of
    from newsrewind.read import read_path

    texts: list[str] = []
    sources = [SEED] + sorted((ROOT / "tests" / "gold").glob("*.txt"))
    for path in sources:
        if path.is_file():
            texts += [e.text for e in entries_of(read_path(str(path)))]
    out = []
    while len(out) < minimum:
        out += texts
    return out[:minimum]


def bench_extraction() -> None:
    """The whole pipeline (split, clock, extract) over real documents, each read afresh,
    until at least 10,000 entries have been extracted."""
    code = r"""
import json, resource, sys, time
from pathlib import Path
from newsrewind.read import read_path
from newsrewind.pipeline import records_of
root = Path(sys.argv[1])
paths = [root.parent / "shared" / "corpus" / "kz-2022-01-06.ro.txt", *sorted((root / "tests" / "gold").glob("*.txt"))]
docs = [read_path(str(p)) for p in paths if p.is_file()]
for d in docs:
    records_of(d)  # warm: language data, gazetteer, caches
n = 0
t = time.process_time()
while n < 10_000:
    for d in docs:
        n += len(records_of(d))
elapsed = time.process_time() - t
print(json.dumps({"n": n, "seconds": elapsed, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, env=_one_core()
    )
    if out.returncode != 0:
        print("extraction: failed\n" + out.stderr[-2000:])
        return
    r = json.loads(out.stdout.strip().splitlines()[-1])
    rate = r["n"] / r["seconds"]
    print(
        f"full extraction (read documents → records, one process): {r['n']:,} entries in {r['seconds']:.1f} s CPU"
        f" = {rate:,.0f} entries/s on one core; peak RSS {r['rss_mb']:.0f} MB (goals ≥ 2,000/s, ≤ 300 MB)"
    )
    bench_dateparser(rate)


def _one_core() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"OMP_NUM_THREADS": "1", "RAYON_NUM_THREADS": "1"})
    return env


def bench_dateparser(our_rate: float) -> None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser: not installed (pip install dateparser) — ratio skipped")
        return
    texts = entry_texts(10_000)
    sample = texts[:1000]
    search_dates(sample[0], languages=["ro"])
    t = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["ro", "en", "ru"])
    elapsed = time.perf_counter() - t
    rate = len(sample) / elapsed
    print(
        f"dateparser search_dates (date finding only) on {len(sample):,} of the same entries: {rate:,.0f} entries/s;"
        f" full rewind extraction is {our_rate / rate:,.1f}× faster"
    )


def main() -> None:
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        bench_cold_start()
        bench_seed_ingest(Path(tmp))
        bench_extraction()
        bench_at_large(Path(tmp))
    for extra in sorted(Path(__file__).parent.glob("*_bench.py")):
        print(f"\n== {extra.name}")
        subprocess.run([sys.executable, str(extra)], check=False)


if __name__ == "__main__":
    main()
