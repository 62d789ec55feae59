"""Readers while a writer ingests: no errors, and never half a document.

The writer is the real `rewind ingest` (one transaction per document). Readers
are threads asking the library's time machine (`query.at`) and the real
`rewind at` in subprocesses, over and over while it writes. Every document a
reader sees must carry all its entries, in their final text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from newsrewind import query
from newsrewind.store.sqlite import Store
from tests.conftest import run_rewind

DOCS = 10
ENTRIES = 6
READERS = 3


def _blog(number: int) -> str:
    return "\n".join(
        f"{10 + i:02d}:{number:02d} Echipele de salvare din județul {number} au ajuns la satul {i + 1}; "
        f"{i + number} familii au fost mutate la școală."
        for i in range(ENTRIES)
    )


def _check_snapshot(entries: list[query.EntryView], texts: dict[str, list[str]]) -> int:
    """Every document seen is whole; returns how many documents were seen."""
    by_doc: dict[str, list[str]] = {}
    for e in entries:
        by_doc.setdefault(e.document, []).append(e.text)
    for doc, seen in by_doc.items():
        assert sorted(seen) == sorted(texts[doc]), (
            f"torn read of {doc}: {len(seen)} of {len(texts[doc])} entries"
        )
    return len(by_doc)


def test_readers_while_a_writer_ingests(tmp_path: Path) -> None:
    store_path = str(tmp_path / "store.sqlite")
    files = []
    texts: dict[str, list[str]] = {}
    for n in range(DOCS + 1):
        path = tmp_path / f"county-{n:02d}.txt"
        path.write_text(_blog(n), encoding="utf-8")
        files.append(path)
        texts[path.stem] = [line.split(" ", 1)[1] for line in _blog(n).splitlines()]
    # the story exists before the readers start (one document in it)
    first = run_rewind("ingest", str(files[0]), "--story", "live", "-q", store=store_path)
    assert first.returncode == 0, first.stderr

    env = dict(os.environ, REWIND_STORE=store_path)
    writer = subprocess.Popen(
        [sys.executable, "-m", "newsrewind", "ingest", *map(str, files[1:]), "--story", "live", "-q"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    errors: list[str] = []
    seen_counts: Counter[int] = Counter()
    reads = Counter[str]()

    def library_reader() -> None:
        while writer.poll() is None:
            try:
                with Store(store_path, readonly=True) as store:
                    snap = query.at(store, "live", "now", entry_limit=None)
                seen_counts[_check_snapshot(snap.entries, texts)] += 1
                assert snap.entries_total == len(snap.entries)
                reads["library"] += 1
            except Exception as exc:  # noqa: BLE001 - collected and reported below
                errors.append(f"{type(exc).__name__}: {exc}")
                return

    def cli_reader() -> None:
        while writer.poll() is None:
            run = run_rewind("at", "now", "--story", "live", "--json", "--limit", "0", store=store_path)
            if run.returncode != 0:
                errors.append(f"rewind at exit {run.returncode}: {run.stderr.strip()}")
                return
            snap = json.loads(run.stdout)
            try:
                entries = [query.EntryView(**e) for e in snap["entries"]]
                seen_counts[_check_snapshot(entries, texts)] += 1
            except AssertionError as exc:
                errors.append(str(exc))
                return
            reads["cli"] += 1

    threads = [threading.Thread(target=library_reader) for _ in range(READERS)]
    threads.append(threading.Thread(target=cli_reader))
    started = time.monotonic()
    for t in threads:
        t.start()
    out, err = writer.communicate(timeout=120)
    for t in threads:
        t.join(timeout=60)
    assert writer.returncode == 0, err
    assert errors == []
    assert reads["library"] >= READERS and reads["cli"] >= 1
    # the readers saw the store grow (not only before or after the writer)
    assert len(seen_counts) >= 2, seen_counts
    with Store(store_path, readonly=True) as store:
        snap = query.at(store, "live", "now", entry_limit=None)
    assert _check_snapshot(snap.entries, texts) == DOCS + 1
    assert time.monotonic() - started < 60
