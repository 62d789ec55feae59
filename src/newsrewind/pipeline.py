"""The one way through, as plain functions: read → split → clock → extract.

``records_of`` is what ``rewind extract`` prints and what ``rewind ingest``
stores; Spark jobs call the same function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsrewind.clock import ClockOptions, clock
from newsrewind.extract import extract
from newsrewind.model import Document, Entry, Record
from newsrewind.split import split


class NoEntries(ValueError):
    """A document in which no entry could be found."""


@dataclass
class Options:
    date: date | None = None
    tz: str | None = None
    today: date | None = None
    max_entries: int = 100_000


def entries_of(doc: Document, options: Options | None = None) -> list[Entry]:
    """Split and clock a document."""
    options = options or Options()
    blocks = split(doc, today=options.today)
    if not blocks:
        raise NoEntries(f"{doc.name}: no entries found")
    if len(blocks) > options.max_entries:
        raise NoEntries(
            f"{doc.name}: {len(blocks):,} entries, over the limit of {options.max_entries:,} (--max-entries)"
        )
    return clock(doc, blocks, ClockOptions(date=options.date, tz=options.tz, today=options.today))


def records_of(doc: Document, options: Options | None = None) -> list[Record]:
    """Every entry record of a document, in document order."""
    entries = entries_of(doc, options)
    return extract(doc, entries)
