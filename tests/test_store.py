"""The store is append-only: re-ingest adds nothing, new copies add versions and tombstones."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from newsrewind import query
from newsrewind.model import Document, Figure, Record
from newsrewind.pipeline import Options, records_of
from newsrewind.store import StoreError
from newsrewind.store.sqlite import Store

PAGE_V1 = """Lead: floods in the north, Monday 6 February 2023.

UPDATE 12:00 Two people died in the floods, the ministry said.

UPDATE 10:00 Rivers are rising fast.
"""

PAGE_V2 = """Lead: floods in the north, Monday 6 February 2023.

UPDATE 14:00 New entry about evacuations.

UPDATE 12:00 Two people died in the floods, the ministry said. A bridge collapsed.
"""


def ingest(store: Store, text: str, story: str = "floods", name: str = "blog") -> object:
    doc = Document(name=name, text=text)
    return store.ingest(story, doc, records_of(doc, Options(today=date(2026, 1, 1))))


def row_counts(path: str) -> dict[str, int]:
    db = sqlite3.connect(path)
    tables = ["stories", "documents", "ingests", "entries", "versions", "figures", "mentions", "series"]
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    db.close()
    return counts


def test_reingesting_the_same_text_adds_nothing(store_path: str) -> None:
    with Store(store_path) as store:
        first = ingest(store, PAGE_V1)
        before = row_counts(store_path)
        again = ingest(store, PAGE_V1)
    assert first.added == 3  # type: ignore[attr-defined]
    assert not again.changed  # type: ignore[attr-defined]
    assert row_counts(store_path) == before


def test_newer_copy_adds_new_entries_versions_and_tombstones(store_path: str) -> None:
    with Store(store_path) as store:
        ingest(store, PAGE_V1)
        result = ingest(store, PAGE_V2)
        assert (result.added, result.edited, result.removed) == (1, 1, 1)  # type: ignore[attr-defined]
        changes = [(r["change"], r["time_label"]) for r in store.changes(store.story("floods")["id"])]
        assert ("edit", "UPDATE 12:00") in changes and ("removed", "UPDATE 10:00") in changes
        snap = query.at(store, "floods", "now")
        texts = [e.text for e in snap.entries]
        assert any("A bridge collapsed" in t for t in texts)
        assert not any("Rivers are rising" in t for t in texts)
    # nothing was overwritten: the first version's text is still stored
    db = sqlite3.connect(store_path)
    assert (
        db.execute(
            "SELECT count(*) FROM versions WHERE text LIKE 'Two people died in the floods, the ministry said.'"
        ).fetchone()[0]
        == 1
    )


def test_a_failing_document_leaves_the_store_as_it_was(store_path: str) -> None:
    with Store(store_path) as store:
        ingest(store, PAGE_V1)
        before = row_counts(store_path)
        doc = Document(name="broken", text="UPDATE 10:00 x")
        bad = Record(
            document="broken",
            seq=0,
            reported_at="2023-02-06T10:00:00+00:00",
            time_label="UPDATE 10:00",
            lang="en",
            text="x",
            figures=[Figure(measure="killed", group="people", low=1, high=1, span=(0, 1))],
        )
        bad.figures[0].measure = None  # type: ignore[assignment]  # violates NOT NULL mid-transaction
        with pytest.raises(StoreError):
            store.ingest("floods", doc, [bad])
    assert row_counts(store_path) == before


def test_vague_value_does_not_hide_earlier_precise_one(store_path: str) -> None:
    def rec(seq: int, t: str, low: int, high: int | None) -> Record:
        return Record(
            document="d",
            seq=seq,
            reported_at=f"2023-02-06T{t}:00+00:00",
            time_label=t,
            lang="en",
            text=f"entry {seq}",
            figures=[Figure(measure="killed", group="people", low=low, high=high, span=(0, 5))],
        )

    with Store(store_path) as store:
        store.ingest("s", Document(name="d", text="-"), [rec(0, "12:00", 20, 99), rec(1, "10:00", 12, 12)])
        snap = query.at(store, "s", "12:30")
    (state,) = snap.figures
    assert (state.current.low, state.current.high) == (20, 99)
    assert state.precise is not None and state.precise.low == 12


def test_not_a_store_is_a_clear_error(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "junk.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a rewind store"):
        Store(str(path))
