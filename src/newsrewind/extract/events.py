"""Event types (placeholder until the full extractor lands)."""

from __future__ import annotations

from newsrewind.extract.context import EntryText
from newsrewind.model import Event, Figure


def find(entry: EntryText, figures: list[Figure]) -> list[Event]:
    return []
