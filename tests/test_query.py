"""diff, conflicts, entries and the ingest-time view, as a user runs them."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.conftest import run_rewind

DAY1 = """Luni, 6 februarie 2023.

UPDATE 12:00 Ministerul Sănătății anunță că 12 persoane au murit, scrie Agerpres.

UPDATE 10:00 Poliția anunță că 5 persoane au murit, scrie Reuters.
"""

DAY1_LATER = """Luni, 6 februarie 2023.

UPDATE 14:00 Primăria anunță că 9 persoane au murit, potrivit Digi24.

UPDATE 12:00 Ministerul Sănătății anunță că 12 persoane au murit, scrie Agerpres.

UPDATE 10:00 Poliția anunță că 5 persoane au murit, scrie Reuters.
"""


def test_diff_lists_new_entries_and_changed_figures(tmp_path: Path, store_path: str) -> None:
    blog = tmp_path / "blog.txt"
    blog.write_text(DAY1, encoding="utf-8")
    assert run_rewind("ingest", str(blog), "--story", "s", store=store_path).returncode == 0
    run = run_rewind("diff", "10:30", "12:30", "--story", "s", "--json", store=store_path)
    assert run.returncode == 0, run.stderr
    d = json.loads(run.stdout)
    assert [e["time_label"] for e in d["entries"]] == ["UPDATE 12:00"]
    (changed,) = [c for c in d["changed"] if c["measure"] == "killed"]
    assert changed["before"]["low"] == 5 and changed["after"]["low"] == 12


def test_ingest_time_view_and_report_time_view_differ(tmp_path: Path, store_path: str) -> None:
    blog = tmp_path / "blog.txt"
    blog.write_text(DAY1, encoding="utf-8")
    run_rewind("ingest", str(blog), "--story", "s", store=store_path)
    time.sleep(1.1)
    between = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    time.sleep(1.1)
    blog.write_text(DAY1_LATER, encoding="utf-8")
    second = run_rewind("ingest", str(blog), "--story", "s", store=store_path)
    assert "+1 new" in second.stderr
    seen_then = json.loads(
        run_rewind("at", between, "--ingested", "--story", "s", "--json", store=store_path).stdout
    )
    assert seen_then["entries_total"] == 2  # the 14:00 entry had not been read yet
    seen_now = json.loads(run_rewind("at", "now", "--story", "s", "--json", store=store_path).stdout)
    assert seen_now["entries_total"] == 3


def test_conflicts_name_both_sources(tmp_path: Path, store_path: str) -> None:
    text = (
        "Luni, 6 februarie 2023.\n\n"
        "UPDATE 12:05 Primăria anunță că 9 persoane au murit, potrivit Digi24.\n\n"
        "UPDATE 12:00 Ministerul Sănătății anunță că 12 persoane au murit, scrie Agerpres.\n"
    )
    blog = tmp_path / "c.txt"
    blog.write_text(text, encoding="utf-8")
    run_rewind("ingest", str(blog), "--story", "c", store=store_path)
    items = json.loads(run_rewind("conflicts", "--story", "c", "--json", store=store_path).stdout)
    killed = [i for i in items if i["measure"] == "killed"]
    assert killed, items
    values = sorted(v["low"] for v in killed[0]["values"])
    assert values == [9, 12]
    table = run_rewind("conflicts", "--story", "c", store=store_path).stdout
    assert "9" in table and "12" in table


def test_entries_lists_newest_first(tmp_path: Path, store_path: str) -> None:
    blog = tmp_path / "blog.txt"
    blog.write_text(DAY1, encoding="utf-8")
    run_rewind("ingest", str(blog), "--story", "s", store=store_path)
    run = run_rewind("entries", "--story", "s", "--json", store=store_path)
    labels = [e["time_label"] for e in json.loads(run.stdout)]
    assert labels[:2] == ["UPDATE 12:00", "UPDATE 10:00"]


def test_unknown_story_is_named(tmp_path: Path, store_path: str) -> None:
    blog = tmp_path / "blog.txt"
    blog.write_text(DAY1, encoding="utf-8")
    run_rewind("ingest", str(blog), "--story", "s", store=store_path)
    run = run_rewind("at", "10:00", "--story", "nope", store=store_path)
    assert run.returncode == 1 and "no story named 'nope'" in run.stderr and "s" in run.stderr


def test_an_older_figure_from_another_source_is_out_of_date_not_a_dispute(
    tmp_path: Path, store_path: str
) -> None:
    text = (
        "Luni, 6 februarie 2023.\n\n"
        "UPDATE 17:20 Ministerul Sănătății anunță că 18 persoane au murit, scrie Agerpres.\n\n"
        "UPDATE 12:00 Primăria anunță că 12 persoane au murit, potrivit Digi24.\n"
    )
    blog = tmp_path / "d.txt"
    blog.write_text(text, encoding="utf-8")
    run_rewind("ingest", str(blog), "--story", "d", store=store_path)
    assert json.loads(run_rewind("conflicts", "--story", "d", "--json", store=store_path).stdout) == []
    snap = json.loads(run_rewind("at", "17:30", "--story", "d", "--json", store=store_path).stdout)
    (killed,) = [f for f in snap["figures"] if f["measure"] == "killed"]
    assert killed["current"]["low"] == 18 and killed["disagreement"] == []
