"""Sources named in an entry (placeholder until the full extractor lands)."""

from __future__ import annotations

from newsrewind.extract.context import EntryText
from newsrewind.model import Source


def find(entry: EntryText) -> list[Source]:
    return []
