"""The local engine: ``concurrent.futures`` processes over a list of files, Parquet via pyarrow.

For machines without Spark (or Java). Files are handed out in chunks; each
worker process loads the language data once and extracts its chunk; the
parent writes each chunk's rows as it arrives, so memory stays bounded.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from newsrewind.batch import Row, merge, rows_of_file, warm_up
from newsrewind.pipeline import Options


@dataclass
class Summary:
    """What a batch run did."""

    documents: int = 0
    entries: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)


def extract_chunk(
    paths: list[str], story: str | None, options: Options, max_bytes: int
) -> dict[str, list[Row]]:
    """Rows of a chunk of local files (runs in a worker process)."""
    warm_up()
    rows: dict[str, list[Row]] = {}
    for path in paths:
        try:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            rows.setdefault("errors", []).append((path, f"{exc.strerror or exc}: {path}"))
            continue
        merge(rows, rows_of_file(path, data, story, options, max_bytes))
    return rows


def run(
    paths: list[str],
    out: Path,
    *,
    story: str | None = None,
    options: Options | None = None,
    workers: int | None = None,
    chunk: int = 64,
    max_bytes: int = 64 * 1024 * 1024,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Extract every file with ``workers`` processes (default: one per core) into Parquet under ``out``."""
    from newsrewind.batch import parquet

    options = options or Options()
    workers = workers or os.cpu_count() or 1
    out.mkdir(parents=True, exist_ok=True)
    parquet.clear(out)
    summary = Summary()
    chunks = [paths[i : i + chunk] for i in range(0, len(paths), chunk)]
    # at most two chunks in flight per worker: bounded memory for any archive size
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set[Future[dict[str, list[Row]]]] = set()
        todo = iter(chunks)
        for part in todo:
            pending.add(pool.submit(extract_chunk, part, story, options, max_bytes))
            if len(pending) >= 2 * workers:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                rows = fut.result()
                parquet.write(out, rows)
                summary.entries += len(rows.get("entries", []))
                summary.errors.extend(rows.get("errors", []))
                summary.documents += len({(r[0], r[2]) for r in rows.get("entries", [])})
                if progress is not None:
                    progress(1)
                nxt = next(todo, None)
                if nxt is not None:
                    pending.add(pool.submit(extract_chunk, nxt, story, options, max_bytes))
    return summary
