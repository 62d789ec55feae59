"""Batch extraction over an archive: the same pure pipeline, many documents, Parquet out.

``rows_of_file`` turns one input (its bytes) into table rows by calling
``newsrewind.read.read_bytes`` and ``newsrewind.pipeline.records_of`` — the
very functions ``rewind extract`` runs — so a batch gives the same records.
Two engines call it: ``batch.spark`` (a PySpark job, partition-wise) and
``batch.local`` (``concurrent.futures`` processes, for machines without
Spark). Both write the same Parquet tables, partitioned by story and date:

- ``entries``: one row per entry; ``record`` is the full entry record (JSON);
- ``claims``: one row per extracted item (source, actor, place, event,
  figure) with its span and the entry's primary source;
- ``series``: one row per figure report, keyed by (story, measure, grp, place);
- ``errors``: inputs that could not be read or had no entries.

``load`` (``rewind load``) reads ``entries`` back and ingests each document
into a store, in document order.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from newsrewind.model import Actor, Document, Event, Figure, Place, Record, Source
from newsrewind.pipeline import Options, records_of

#: Tables and their columns: (name, type) with type one of string, long, double, boolean.
TABLES: dict[str, list[tuple[str, str]]] = {
    "entries": [
        ("story", "string"),
        ("date", "string"),
        ("document", "string"),
        ("seq", "long"),
        ("reported_at", "string"),
        ("reported_utc", "string"),
        ("time_label", "string"),
        ("lang", "string"),
        ("text", "string"),
        ("record", "string"),
        ("origin", "string"),
        ("kind", "string"),
        ("doc_lang", "string"),
        ("outlet", "string"),
    ],
    "claims": [
        ("story", "string"),
        ("date", "string"),
        ("document", "string"),
        ("seq", "long"),
        ("reported_utc", "string"),
        ("kind", "string"),
        ("name", "string"),
        ("span_start", "long"),
        ("span_end", "long"),
        ("source", "string"),
        ("source_kind", "string"),
        ("data", "string"),
    ],
    "series": [
        ("story", "string"),
        ("date", "string"),
        ("document", "string"),
        ("seq", "long"),
        ("reported_at", "string"),
        ("reported_utc", "string"),
        ("measure", "string"),
        ("grp", "string"),
        ("place", "string"),
        ("low", "double"),
        ("high", "double"),
        ("approx", "boolean"),
        ("unit", "string"),
        ("label", "string"),
        ("span_start", "long"),
        ("span_end", "long"),
        ("source", "string"),
        ("source_kind", "string"),
        ("sources", "string"),
    ],
    "errors": [("input", "string"), ("message", "string")],
}
#: Tables written partitioned by story and date (errors is not).
PARTITIONED = ("entries", "claims", "series")
PARTITION_COLUMNS = ["story", "date"]
UNDATED = "undated"

Row = tuple[Any, ...]

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://|^file:")


def is_uri(path: str) -> bool:
    """Whether an input is a URI (hdfs://, s3a://, file:...) rather than a local path."""
    return bool(_SCHEME.match(path)) and not re.match(r"^[a-zA-Z]:\\", path)


def name_of(uri_or_path: str) -> str:
    """The document name ``rewind extract`` gives a file: its base name without the extension."""
    from newsrewind.read import document_name

    base = PurePosixPath(unquote(urlsplit(uri_or_path).path) if is_uri(uri_or_path) else uri_or_path).name
    return document_name(Path(base))


def local_path(uri_or_path: str) -> str:
    """A local file path from a ``file:`` URI (as Spark names local files), else the input."""
    if uri_or_path.startswith("file:"):
        return unquote(urlsplit(uri_or_path).path)
    return uri_or_path


def expand(inputs: Iterable[str]) -> list[str]:
    """Local files from paths, folders (their files) and globs, sorted, without duplicates."""
    import glob

    found: list[str] = []
    for item in inputs:
        item = local_path(item)
        if any(ch in item for ch in "*?["):
            found.extend(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
        elif os.path.isdir(item):
            found.extend(
                str(p) for p in sorted(Path(item).rglob("*")) if p.is_file() and not p.name.startswith(".")
            )
        else:
            found.append(item)
    return sorted(dict.fromkeys(found))


def record_from_json(data: dict[str, Any]) -> Record:
    """A Record back from its JSON form (``Record.to_json`` inverted)."""

    def span(item: dict[str, Any]) -> dict[str, Any]:
        return {**item, "span": tuple(item["span"])}

    return Record(
        document=data["document"],
        seq=data["seq"],
        reported_at=data["reported_at"],
        time_label=data["time_label"],
        lang=data["lang"],
        text=data["text"],
        sources=[Source(**span(s)) for s in data.get("sources") or []],
        actors=[Actor(**span(a)) for a in data.get("actors") or []],
        places=[Place(**span(p)) for p in data.get("places") or []],
        events=[Event(**span(e)) for e in data.get("events") or []],
        figures=[Figure(**span(f)) for f in data.get("figures") or []],
        event_times=list(data.get("event_times") or []),
    )


def record_json(record: Record) -> str:
    """The one JSON spelling of a record: what ``rewind extract`` prints and the store keeps."""
    return json.dumps(record.to_json(), ensure_ascii=False)


def rows_of_document(story: str, doc: Document, records: list[Record]) -> dict[str, list[Row]]:
    """The table rows of one extracted document."""
    from newsrewind.store.sqlite import primary_source, utc_iso

    out: dict[str, list[Row]] = {"entries": [], "claims": [], "series": []}
    origin = doc.url or doc.path
    for record in records:
        payload = record.to_json()
        day = (record.reported_at or "")[:10] or UNDATED
        utc = utc_iso(record.reported_at)
        out["entries"].append(
            (
                story,
                day,
                doc.name,
                record.seq,
                record.reported_at,
                utc,
                record.time_label,
                record.lang,
                record.text,
                json.dumps(payload, ensure_ascii=False),
                origin,
                doc.kind,
                doc.lang,
                doc.outlet,
            )
        )
        source, source_kind = primary_source(payload)
        for kind in ("sources", "actors", "places", "events", "figures"):
            for item in payload[kind]:
                name = item.get("name") or item.get("type") or item.get("measure") or ""
                start, end = item["span"]
                out["claims"].append(
                    (
                        story,
                        day,
                        doc.name,
                        record.seq,
                        utc,
                        kind[:-1],
                        name,
                        start,
                        end,
                        source,
                        source_kind,
                        json.dumps(item, ensure_ascii=False),
                    )
                )
        all_sources = ", ".join(s["name"] for s in payload["sources"])
        for fig in payload["figures"]:
            out["series"].append(
                (
                    story,
                    day,
                    doc.name,
                    record.seq,
                    record.reported_at,
                    utc,
                    fig["measure"],
                    fig["group"],
                    fig.get("place") or "",
                    None if fig.get("low") is None else float(fig["low"]),
                    None if fig.get("high") is None else float(fig["high"]),
                    bool(fig.get("approx")),
                    fig.get("unit"),
                    fig.get("label"),
                    fig["span"][0],
                    fig["span"][1],
                    source,
                    source_kind,
                    all_sources,
                )
            )
    return out


def story_of(uri: str, doc_name: str, story: str | None) -> str:
    """The story a document is filed under: a fixed name, ``{folder}`` (the file's folder), or its own name."""
    if story is None:
        return doc_name
    if story == FOLDER:
        parent = PurePosixPath(unquote(urlsplit(uri).path) if is_uri(uri) else uri).parent.name
        return parent or doc_name
    return story


#: ``--story {folder}``: each document under the name of the folder it is in.
FOLDER = "{folder}"


def rows_of_file(
    uri: str, data: bytes, story: str | None, options: Options, max_bytes: int = 64 * 1024 * 1024
) -> dict[str, list[Row]]:
    """Read and extract one input; a bad input becomes one ``errors`` row, never an exception.

    ``story`` is a story name, ``FOLDER`` or None (each document its own story)."""
    from newsrewind.cli.common import describe_error
    from newsrewind.read import read_bytes

    try:
        doc = read_bytes(data, name_of(uri), local_path(uri), max_bytes)
        records = records_of(doc, options)
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the archive
        message, code = describe_error(exc)
        return {"errors": [(uri, message or f"{type(exc).__name__}: {exc}")]}
    return rows_of_document(story_of(uri, doc.name, story), doc, records)


@functools.cache
def warm_up() -> None:
    """Load every language's data once in this process (one call per Spark worker or pool process)."""
    from newsrewind.read import read_bytes

    samples = {
        "ro": "Marți, 14 martie 2023.\n\nUPDATE 10:00 Poliția anunță că trei persoane au fost rănite la Cluj.",
        "en": "Tuesday 14 March 2023.\n\nUPDATE 10:00 Police said three people were injured in Leeds, the BBC reports.",
        "ru": "14 марта 2023 года.\n\n10:00 МВД сообщает, что три человека пострадали в Казани.",
    }
    for lang, text in samples.items():
        try:
            records_of(read_bytes(text.encode(), f"warm-up.{lang}"), Options())
        except Exception:  # noqa: BLE001, S110 - warming is best effort; real errors surface per file
            pass


def merge(into: dict[str, list[Row]], rows: dict[str, list[Row]]) -> None:
    for table, items in rows.items():
        into.setdefault(table, []).extend(items)


def iter_documents(entries: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Document, list[Record]]]:
    """(story, document, records in document order) from entry rows sorted by story, document, seq."""
    current: tuple[str, str] | None = None
    doc: Document | None = None
    records: list[Record] = []
    for row in entries:
        key = (row["story"], row["document"])
        if key != current:
            if doc is not None and current is not None:
                yield current[0], doc, records
            current, records = key, []
            origin = row.get("origin")
            url = origin if origin and origin.startswith(("http://", "https://")) else None
            doc = Document(
                name=row["document"],
                text="",
                kind=row.get("kind") or "text",
                path=None if url else origin,
                url=url,
                lang=row.get("doc_lang"),
                outlet=row.get("outlet"),
            )
        records.append(record_from_json(json.loads(row["record"])))
    if doc is not None and current is not None:
        yield current[0], doc, records
