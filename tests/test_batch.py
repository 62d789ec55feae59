"""`rewind batch` (Spark local[2] and local processes) and `rewind load` give the records `rewind extract` gives.

The archive is generated here: 2,000 small live blogs in Romanian, English and
Russian, text and HTML, in 24 story folders. The expected records come from
the real `rewind extract` command (two processes over halves of the archive).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from newsrewind.batch import FOLDER, iter_documents, name_of, record_from_json, record_json, story_of
from newsrewind.model import Document
from newsrewind.pipeline import Options, records_of
from tests.archive import make_archive
from tests.conftest import run_rewind

ARCHIVE_SIZE = 2000


def rewind(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1")
    env.pop("REWIND_STORE", None)
    return subprocess.run(
        [sys.executable, "-m", "newsrewind", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    make_archive(folder, ARCHIVE_SIZE)
    return folder


@pytest.fixture(scope="module")
def expected(archive: Path) -> list[str]:
    """Every record of the archive as `rewind extract` prints it, sorted."""
    files = sorted(str(p) for p in archive.rglob("*") if p.is_file())
    halves = [files[0::2], files[1::2]]
    with ThreadPoolExecutor(2) as pool:
        done = list(pool.map(lambda part: rewind("extract", *part), halves))
    for d in done:
        assert d.returncode == 0, d.stderr[-2000:]
    lines = [line for d in done for line in d.stdout.splitlines() if line]
    assert len(lines) >= 5 * ARCHIVE_SIZE
    return sorted(lines)


def store_records(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    rows = [r[0] for r in db.execute("SELECT record FROM versions WHERE change != 'removed'")]
    db.close()
    return sorted(rows)


def test_record_json_round_trips_through_the_parquet_form() -> None:
    doc = Document(
        name="kharkiv.en",
        text="Tuesday 1 March 2022.\n\nUPDATE 09:15 Governor Oleh Synehubov said 10 civilians were killed in Kharkiv.",
    )
    for record in records_of(doc, Options()):
        text = record_json(record)
        assert record_json(record_from_json(json.loads(text))) == text


def test_story_names_from_options_and_folders() -> None:
    assert name_of("file:/data/arch/quake%20day/blog-1.ro.txt") == "blog-1.ro"
    assert story_of("file:/data/arch/quake%20day/blog-1.ro.txt", "blog-1.ro", FOLDER) == "quake day"
    assert story_of("hdfs://nn/arch/floods/b.html", "b", FOLDER) == "floods"
    assert story_of("/x/b.txt", "b", None) == "b" and story_of("/x/b.txt", "b", "kz") == "kz"


@pytest.mark.slow
def test_spark_batch_then_load_gives_the_records_of_extract(
    archive: Path, expected: list[str], tmp_path: Path
) -> None:
    pytest.importorskip(
        "pyspark", reason="the spark extra is not installed (pip install 'newsrewind[spark]')"
    )
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17 (no java on PATH, no JAVA_HOME)")
    out = tmp_path / "parquet"
    done = rewind(
        "batch",
        f"{archive}/*/*",
        "--out",
        str(out),
        "--master",
        "local[2]",
        "--engine",
        "spark",
        "--story",
        FOLDER,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"{len(expected):,} entries" in done.stderr
    stories = sorted(p.name for p in (out / "entries").iterdir() if p.is_dir())
    assert len(stories) == 24 and stories[0] == "story=story-00-ro"
    assert all(any(p.name.startswith("date=") for p in (out / "entries" / s).iterdir()) for s in stories)
    for table in ("claims", "series"):
        assert any((out / table).rglob("*.parquet"))

    store = tmp_path / "batch.sqlite"
    loaded = run_rewind("load", str(out), "--store", str(store))
    assert loaded.returncode == 0, loaded.stderr
    assert f"loaded {ARCHIVE_SIZE:,} documents from 24 stories" in loaded.stderr
    assert store_records(store) == expected  # byte for byte, after sorting

    # the time machine works on the loaded store
    asked = run_rewind("stories", "--json", "--store", str(store))
    assert asked.returncode == 0, asked.stderr
    listed = json.loads(asked.stdout)
    assert len(listed) == 24 and sum(s["documents"] for s in listed) == ARCHIVE_SIZE

    # loading the same output again adds nothing
    again = run_rewind("load", str(out), "--store", str(store))
    assert again.returncode == 0 and "+0 new, 0 edited, 0 removed" in again.stderr


def test_local_engine_gives_the_same_tables(archive: Path, expected: list[str], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    from newsrewind.batch import parquet

    subset = sorted(archive.glob("story-0[0-5]-*"))
    out = tmp_path / "parquet"
    done = rewind(
        "batch",
        *map(str, subset),
        "--out",
        str(out),
        "--engine",
        "local",
        "--workers",
        "2",
        "--story",
        FOLDER,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    names = {p.name.rsplit(".", 1)[0] for folder in subset for p in folder.iterdir()}
    want = [line for line in expected if json.loads(line)["document"] in names]
    got = sorted(parquet.read_table(out, "entries").column("record").to_pylist())
    assert got == want
    entries = parquet.read_table(out, "entries")
    assert set(entries.column("story").to_pylist()) == {p.name for p in subset}
    series = parquet.read_table(out, "series").to_pylist()
    figures = sum(len(json.loads(line)["figures"]) for line in want)
    assert len(series) == figures and all(r["measure"] and r["story"] for r in series)
    # documents come back whole and in order for `rewind load`
    docs = [
        (story, doc.name, [r.seq for r in records])
        for folder in parquet.stories(out)
        for story, doc, records in iter_documents(parquet.story_entries(folder))
    ]
    assert len(docs) == len(names)
    assert all(seqs == sorted(seqs) for _, _, seqs in docs)


def test_a_bad_input_is_reported_and_does_not_stop_the_batch(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    good = tmp_path / "in" / "good.en.txt"
    good.parent.mkdir()
    good.write_text(
        "Floods, Monday 6 February 2023.\n\nUPDATE 10:00 Two people died in Leeds, police said.\n", "utf-8"
    )
    (tmp_path / "in" / "empty.txt").write_text("", "utf-8")
    done = rewind(
        "batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--engine", "local", "--workers", "1"
    )
    assert done.returncode == 1
    assert "empty" in done.stderr and "1 inputs failed" in done.stderr
    loaded = run_rewind("load", str(tmp_path / "out"), "--store", str(tmp_path / "s.sqlite"))
    assert loaded.returncode == 0 and "loaded 1 documents" in loaded.stderr


def test_load_without_a_batch_output_is_a_usage_error(tmp_path: Path) -> None:
    done = run_rewind("load", str(tmp_path), "--store", str(tmp_path / "s.sqlite"))
    assert done.returncode == 2 and "no entries table" in done.stderr
