#!/usr/bin/env python3
"""Batch throughput: entries per second for extraction in one process, the local
multi-process engine, and Spark local[2], on the same generated archive.

Usage: python bench/batch_bench.py [--size 2000] [--json]
Every figure is wall time for the whole run: reading the files, extracting,
and (for the engines) writing Parquet; Spark's includes its session start,
which is also shown alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, load {load:.1f} at start"


def one_process(paths: list[Path]) -> tuple[int, float, float]:
    """What `rewind extract` does per file, in this process: (entries, seconds, warm-up seconds)."""
    from newsrewind.batch import warm_up
    from newsrewind.pipeline import Options, records_of
    from newsrewind.read import read_path

    t = time.perf_counter()
    warm_up()
    warm = time.perf_counter() - t
    t = time.perf_counter()
    n = sum(len(records_of(read_path(str(p)), Options())) for p in paths)
    return n, time.perf_counter() - t, warm


def local_engine(archive: Path, out: Path, workers: int) -> tuple[int, float]:
    from newsrewind.batch import FOLDER, expand, local

    t = time.perf_counter()
    summary = local.run(expand([f"{archive}/*/*"]), out, story=FOLDER, workers=workers)
    return summary.entries, time.perf_counter() - t


def spark_engine(archive: Path, out: Path, master: str) -> tuple[int, float, float]:
    from newsrewind.batch import FOLDER, spark

    t = time.perf_counter()
    spark.session(master).stop()
    start = time.perf_counter() - t
    t = time.perf_counter()
    result = spark.run([f"{archive}/*/*"], str(out), master=master, story=FOLDER)
    return result.counts.get("entries", 0), time.perf_counter() - t, start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=2000, help="live blogs in the generated archive")
    parser.add_argument("--workers", type=int, default=2, help="processes for the local engine")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from tests.archive import make_archive

    results: dict[str, object] = {"machine": machine(), "blogs": args.size}
    with tempfile.TemporaryDirectory(prefix="rewind-batch-bench-") as tmp:
        archive = Path(tmp) / "archive"
        paths = make_archive(archive, args.size)
        n, secs, warm = one_process(paths)
        results["one_process"] = {
            "entries": n,
            "seconds": round(secs, 1),
            "entries_per_s": round(n / secs),
            "warm_up_s": round(warm, 1),
        }
        n, secs = local_engine(archive, Path(tmp) / "local", args.workers)
        results[f"local_{args.workers}_processes"] = {
            "entries": n,
            "seconds": round(secs, 1),
            "entries_per_s": round(n / secs),
        }
        try:
            import pyspark  # noqa: F401
        except ModuleNotFoundError:
            results["spark"] = "not installed (pip install 'newsrewind[spark]')"
        else:
            n, secs, start = spark_engine(archive, Path(tmp) / "spark", args.master)
            results[f"spark_{args.master}"] = {
                "entries": n,
                "seconds": round(secs, 1),
                "entries_per_s": round(n / secs),
                "session_start_s": round(start, 1),
                "entries_per_s_after_start": round(n / max(secs - start, 1e-9)),
            }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"batch throughput — {results['machine']}, {args.size:,} generated live blogs")
    for key, value in results.items():
        if isinstance(value, dict):
            extra = "".join(
                f", {k} {v}" for k, v in value.items() if k not in ("entries", "seconds", "entries_per_s")
            )
            print(
                f"  {key:<22} {value['entries']:>7,} entries in {value['seconds']:>6.1f} s = {value['entries_per_s']:>6,} entries/s{extra}"
            )
        elif key == "spark":
            print(f"  spark: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
