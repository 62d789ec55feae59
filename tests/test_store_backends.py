"""One store suite, run against both backends: SQLite (embedded) and PostgreSQL (shared).

PostgreSQL comes from ``REWIND_TEST_PG`` (set by .ci/run) or a server this
module starts itself; the PostgreSQL cases skip only when no server binaries
are installed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsrewind import query
from newsrewind.model import Document, Figure, Record
from newsrewind.pipeline import Options, records_of
from newsrewind.store import StoreError, is_postgres, open_store
from tests.conftest import run_rewind
from tests.pg_server import drop_database, fresh_database, temporary_server

TABLES = ["stories", "documents", "ingests", "entries", "versions", "figures", "mentions", "series"]

QUAKE_V1 = """Cutremur în sud-vestul țării, marți 14 martie 2023.

UPDATE 09:40 Inspectoratul pentru Situații de Urgență anunță că trei persoane au murit la Craiova.

UPDATE 09:10 Seismul a avut magnitudinea 5,6 și a fost resimțit în mai multe județe.
"""

QUAKE_V2 = """Cutremur în sud-vestul țării, marți 14 martie 2023.

UPDATE 10:30 Echipele de salvare au scos doi oameni de sub dărâmături.

UPDATE 09:40 Inspectoratul pentru Situații de Urgență anunță că cinci persoane au murit la Craiova.
"""

ELECTION = """Election night in Lisbon, Sunday 10 March 2024.

UPDATE 22:15 Police said 14 people were arrested after clashes outside the parliament.

UPDATE 21:50 Turnout reached 66 percent, the electoral commission said.

UPDATE 21:05 Polls have closed across the country.
"""


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[str]:
    import os

    env = os.environ.get("REWIND_TEST_PG")
    if env:
        yield env
        return
    pytest.importorskip(
        "psycopg", reason="the postgres extra is not installed (pip install 'newsrewind[postgres]')"
    )
    try:
        with temporary_server() as dsn:
            yield dsn
    except RuntimeError as exc:
        if "no PostgreSQL server binaries" in str(exc):
            pytest.skip(f"PostgreSQL store suite skipped: {exc}")
        raise


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite")
        return
    admin = request.getfixturevalue("pg_admin")
    dsn = fresh_database(admin)
    try:
        yield dsn
    finally:
        drop_database(admin, dsn)


def ingest(store: Any, text: str, story: str = "quake", name: str = "blog") -> Any:
    doc = Document(name=name, text=text)
    return store.ingest(story, doc, records_of(doc, Options(today=date(2026, 1, 1))))


def row_counts(store: Any) -> dict[str, int]:
    return {t: int(store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def test_open_store_picks_the_backend(target: str) -> None:
    with open_store(target) as store:
        kind = type(store).__module__.rsplit(".", 1)[1]
    assert kind == ("postgres" if is_postgres(target) else "sqlite")


def test_reingesting_the_same_text_adds_nothing(target: str) -> None:
    with open_store(target) as store:
        first = ingest(store, QUAKE_V1)
        before = row_counts(store)
        again = ingest(store, QUAKE_V1)
        assert first.added == 3 and not again.changed  # the lead line and two updates
        assert row_counts(store) == before


def test_newer_copy_adds_versions_and_tombstones_and_keeps_the_old_text(target: str) -> None:
    with open_store(target) as store:
        ingest(store, QUAKE_V1)
        result = ingest(store, QUAKE_V2)
        assert (result.added, result.edited, result.removed) == (1, 1, 1)
        story = store.story("quake")
        changes = [(r["change"], r["time_label"]) for r in store.changes(story["id"])]
        assert ("edit", "UPDATE 09:40") in changes and ("removed", "UPDATE 09:10") in changes
        texts = [e.text for e in query.at(store, "quake", "now").entries]
        assert any("cinci persoane" in t for t in texts)
        assert not any("magnitudinea" in t for t in texts)
        old = store.db.execute(
            "SELECT count(*) FROM versions WHERE text LIKE ?", ("%trei persoane%",)
        ).fetchone()[0]
        assert old == 1
        assert store.count_entries(story["id"]) == 3


def test_a_failing_document_leaves_the_store_as_it_was(target: str) -> None:
    with open_store(target) as store:
        ingest(store, QUAKE_V1)
        before = row_counts(store)
        bad = Record(
            document="broken",
            seq=0,
            reported_at="2023-03-14T10:00:00+02:00",
            time_label="UPDATE 10:00",
            lang="ro",
            text="x",
            figures=[Figure(measure="killed", group="people", low=1, high=1, span=(0, 1))],
        )
        bad.figures[0].measure = None  # type: ignore[assignment]  # violates NOT NULL mid-transaction
        with pytest.raises(StoreError):
            store.ingest("quake", Document(name="broken", text="UPDATE 10:00 x"), [bad])
        assert row_counts(store) == before


def test_rows_by_column_name_and_queries_agree(target: str) -> None:
    with open_store(target) as store:
        ingest(store, ELECTION, story="vote", name="lisbon")
        story = store.story("vote")
        (listed,) = store.stories()
        assert (listed["name"], listed["documents"], listed["entries"]) == ("vote", 1, 4)
        latest = [r for r in store.latest_versions(story["id"]) if r["time_label"]]
        assert [r["time_label"] for r in latest] == ["UPDATE 22:15", "UPDATE 21:50", "UPDATE 21:05"]
        assert json.loads(latest[0]["record"])["text"].startswith("Police said 14 people")
        assert store.latest_report_time(story["id"]).startswith("2024-03-10T22:15")
        series = store.series(story["id"], "arrested")
        assert series and series[0]["measure"] == "arrested"
        reports = store.figure_reports(series[0]["id"])
        assert reports[0]["low"] == 14 and reports[0]["document"] == "lisbon"
        snap = query.at(store, "vote", "22:00")
        assert {e.time_label for e in snap.entries if e.time_label} == {"UPDATE 21:50", "UPDATE 21:05"}
        assert store.mentions([latest[0]["id"]])


def test_reader_sees_the_store_and_cannot_write(target: str) -> None:
    with open_store(target) as store:
        ingest(store, ELECTION, story="vote", name="lisbon")
    with open_store(target, readonly=True) as reader:
        assert [s["name"] for s in reader.stories()] == ["vote"]
        with pytest.raises(StoreError):
            ingest(reader, QUAKE_V1)


def test_concurrent_ingesters_into_one_story_lose_and_duplicate_nothing(target: str) -> None:
    with open_store(target):
        pass  # create the schema once, as `rewind ingest` would
    texts = {
        f"blog{i}": "\n\n".join(
            ["Floods in the valley, Monday 6 February 2023."]
            + [
                f"UPDATE {10 + j}:{i:02d} Rescuers in town {i} reached {j + 2} villages cut off by water."
                for j in range(6)
            ]
        )
        for i in range(6)
    }
    errors: list[BaseException] = []

    def worker(names: list[str]) -> None:
        try:
            with open_store(target) as store:
                for name in names:
                    ingest(store, texts[name], story="floods", name=name)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    # every document is ingested by two writers at once, each writer has several documents
    names = sorted(texts)
    threads = [
        threading.Thread(target=worker, args=(names,)),
        threading.Thread(target=worker, args=(names[::-1],)),
    ]
    threads += [threading.Thread(target=worker, args=([n],)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    with open_store(target) as store:
        story = store.story("floods")
        (listed,) = store.stories()
        assert listed["documents"] == 6 and listed["entries"] == 42  # a lead line and six updates each
        assert store.count_entries(story["id"]) == 42
        versions = store.db.execute("SELECT count(*) FROM versions").fetchone()[0]
        ingests = store.db.execute("SELECT count(*) FROM ingests").fetchone()[0]
        stories = store.db.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert (versions, ingests, stories) == (42, 6, 1)


def test_cli_ingest_and_ask_through_the_store_option(target: str, tmp_path: Path) -> None:
    blog = tmp_path / "vote.txt"
    blog.write_text(ELECTION, encoding="utf-8")
    done = run_rewind("ingest", str(blog), "--story", "vote", "--store", target)
    assert done.returncode == 0, done.stderr
    # REWIND_STORE selects the same store
    asked = run_rewind("at", "21:55", "--story", "vote", "--json", store=target)
    assert asked.returncode == 0, asked.stderr
    snap = json.loads(asked.stdout)
    labels = {e["time_label"] for e in snap["entries"] if e["time_label"]}
    assert labels == {"UPDATE 21:50", "UPDATE 21:05"}
