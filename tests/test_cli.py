"""`rewind` as a user runs it, on the seed live blog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_rewind


def test_extract_prints_28_records_with_gold_times(seed_path: Path) -> None:
    run = run_rewind("extract", str(seed_path))
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(records) == 28
    assert records[1]["reported_at"] == "2022-01-06T17:20:00+02:00"
    assert records[1]["time_label"] == "UPDATE 17:20"
    assert records[24]["reported_at"][11:16] == "08:05"
    assert records[0]["reported_at"] is None and records[27]["reported_at"] is None
    assert [r["seq"] for r in records] == list(range(28))


def test_time_machine_on_the_seed(seed_path: Path, store_path: str) -> None:
    assert run_rewind("ingest", str(seed_path), "--story", "kz", store=store_path).returncode == 0

    def killed_security(at: str) -> float | None:
        run = run_rewind("at", at, "--story", "kz", "--json", store=store_path)
        assert run.returncode == 0, run.stderr
        for series in json.loads(run.stdout)["figures"]:
            if series["measure"] == "killed" and series["group"] == "security":
                return series["current"]["low"]
        return None

    assert killed_security("10:39") is None
    assert killed_security("10:40") == 12
    assert killed_security("17:19") == 12
    assert killed_security("17:20") == 18

    run = run_rewind("history", "killed", "security", "--story", "kz", "--json", store=store_path)
    assert run.returncode == 0, run.stderr
    (series,) = json.loads(run.stdout)
    assert [r["low"] for r in series["reports"]] == [12, 12, 18]
    assert all(r["sources"] for r in series["reports"])
    text = run_rewind("history", "killed", "security", "--story", "kz", store=store_path).stdout
    assert "Meduza" in text and "18" in text


def test_bad_inputs_get_one_line_reasons(tmp_path: Path, store_path: str) -> None:
    missing = run_rewind("extract", str(tmp_path / "nope.txt"))
    assert (
        missing.returncode == 1 and missing.stderr.strip() == f"rewind: {tmp_path / 'nope.txt'}: no such file"
    )
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    run = run_rewind("extract", str(binary))
    assert run.returncode == 1 and "binary file" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    run = run_rewind("extract", str(empty))
    assert run.returncode == 1 and "empty input" in run.stderr
    blog = tmp_path / "b.txt"
    blog.write_text("UPDATE 10:00 Something happened, joi, 6 ianuarie 2022.")
    run_rewind("ingest", str(blog), store=store_path)
    run = run_rewind("at", "25:70", store=store_path)
    assert run.returncode == 2 and "unknown time" in run.stderr


def test_no_store_yet_is_explained(tmp_path: Path) -> None:
    run = run_rewind("at", "10:00", store=str(tmp_path / "none.sqlite"))
    assert run.returncode == 1 and "rewind ingest" in run.stderr


@pytest.mark.parametrize(
    "command", ["extract", "ingest", "at", "diff", "history", "conflicts", "entries", "export", "stories"]
)
def test_every_command_has_help_with_examples(command: str) -> None:
    run = run_rewind(command, "--help")
    assert run.returncode == 0
    assert "example" in run.stdout


def test_exports(seed_path: Path, store_path: str) -> None:
    run_rewind("ingest", str(seed_path), "--story", "kz", store=store_path)
    csv_text = run_rewind("export", "--format", "csv", "--story", "kz", store=store_path).stdout
    header = csv_text.splitlines()[0].split(",")
    assert (
        header[:3] == ["event_id_cnty", "event_date", "year"]
        and "estimate" in header
        and "fatalities" in header
    )
    geo = json.loads(run_rewind("export", "--format", "geojson", "--story", "kz", store=store_path).stdout)
    assert geo["type"] == "FeatureCollection"
    for feature in geo["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    lines = run_rewind("export", "--format", "jsonl", "--story", "kz", store=store_path).stdout.splitlines()
    assert len(lines) == 28
