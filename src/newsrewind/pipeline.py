"""The one way through, as plain functions: read → split → clock → extract.

``records_of`` is what ``rewind extract`` prints and what ``rewind ingest``
stores; Spark jobs call the same function.
"""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass

from newsrewind.clock import ClockOptions, clock
from newsrewind.extract import document_context, extract, extract_entry
from newsrewind.extract.context import DocContext
from newsrewind.model import Document, Entry, Record
from newsrewind.split import split
from newsrewind.stamps import InputWarning


class NoEntries(ValueError):
    """A document in which no entry could be found."""


@dataclass
class Options:
    date: dt.date | None = None
    tz: str | None = None
    today: dt.date | None = None
    max_entries: int = 100_000
    #: longer entries are skipped with a warning (a data blob or a whole page glued into one line)
    max_entry_chars: int = 50_000


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
    options = options or Options()
    entries = _within_size(doc, entries_of(doc, options), options.max_entry_chars)
    try:
        return extract(doc, entries)
    except Exception:  # noqa: BLE001 - hostile text broke an extractor: find the entry, keep the rest
        return _extract_each(doc, entries)


def _within_size(doc: Document, entries: list[Entry], limit: int) -> list[Entry]:
    """Entries short enough to read; each longer one is skipped with a warning."""
    kept = []
    for entry in entries:
        if len(entry.text) > limit:
            warnings.warn(
                InputWarning(
                    f"{doc.name}: entry {entry.seq + 1} skipped: {len(entry.text):,} characters,"
                    f" over the limit of {limit:,} for one entry"
                ),
                stacklevel=3,
            )
        else:
            kept.append(entry)
    if not kept:
        raise NoEntries(f"{doc.name}: every entry is over the limit of {limit:,} characters for one entry")
    return kept


def _extract_each(doc: Document, entries: list[Entry]) -> list[Record]:
    """Entry by entry: one that cannot be extracted is skipped with a warning."""
    try:
        ctx = document_context(doc, entries)
    except Exception:  # noqa: BLE001
        ctx = DocContext(lang=doc.lang or "en")
    records = []
    for entry in entries:
        try:
            records.append(extract_entry(entry, doc.name, ctx))
        except Exception as exc:  # noqa: BLE001
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
            warnings.warn(InputWarning(f"{doc.name}: entry {entry.seq + 1} skipped ({reason})"), stacklevel=3)
    if not records:
        raise NoEntries(f"{doc.name}: no entry could be read")
    return records
