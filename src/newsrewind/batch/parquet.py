"""Parquet without Spark (pyarrow): writing the local engine's tables, reading any batch output."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from newsrewind.batch import PARTITION_COLUMNS, PARTITIONED, TABLES, Row

_TYPES = {"string": pa.string(), "long": pa.int64(), "double": pa.float64(), "boolean": pa.bool_()}


def schema(table: str) -> pa.Schema:
    return pa.schema([(name, _TYPES[kind]) for name, kind in TABLES[table]])


def partitioning() -> ds.Partitioning:
    """Hive-style story=/date= folders; values always read back as strings."""
    return ds.partitioning(pa.schema([(c, pa.string()) for c in PARTITION_COLUMNS]), flavor="hive")


def clear(out: Path) -> None:
    """Remove the tables of an earlier run from an output folder (nothing else)."""
    for table in TABLES:
        shutil.rmtree(out / table, ignore_errors=True)


def write(out: Path, rows: dict[str, list[Row]]) -> None:
    """Append rows to the tables under ``out`` (each call writes new files)."""
    token = uuid.uuid4().hex[:12]
    for table, items in rows.items():
        if not items:
            continue
        names = [n for n, _ in TABLES[table]]
        data = pa.Table.from_pylist(
            [dict(zip(names, row, strict=True)) for row in items], schema=schema(table)
        )
        ds.write_dataset(
            data,
            out / table,
            format="parquet",
            partitioning=partitioning() if table in PARTITIONED else None,
            basename_template=f"part-{token}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )


def _dataset(path: Path) -> ds.Dataset:
    return ds.dataset(
        str(path),
        format="parquet",
        partitioning=partitioning(),
        ignore_prefixes=[".", "_"],
        exclude_invalid_files=True,
    )


def stories(out: Path) -> list[Path]:
    """The story=... folders of the entries table, sorted."""
    entries = out / "entries"
    if not entries.is_dir():
        raise FileNotFoundError(f"{out}: no entries table (run rewind batch --out {out} first)")
    return sorted(p for p in entries.iterdir() if p.is_dir() and p.name.startswith("story="))


def story_entries(folder: Path) -> Iterator[dict[str, Any]]:
    """The entry rows of one story folder, sorted by document and seq."""
    data = ds.dataset(
        str(folder),
        format="parquet",
        partitioning=ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive"),
        ignore_prefixes=[".", "_"],
    )
    columns = [n for n, _ in TABLES["entries"] if n not in ("story", "date")]
    table = data.to_table(columns=columns).sort_by([("document", "ascending"), ("seq", "ascending")])
    name = _decode(folder.name.split("=", 1)[1])
    for row in table.to_pylist():
        row["story"] = name
        yield row


def _decode(value: str) -> str:
    from urllib.parse import unquote

    return unquote(value)


def read_table(out: Path, table: str) -> pa.Table:
    """A whole table of a batch output (for tests, benchmarks and analysis)."""
    return _dataset(out / table).to_table()
