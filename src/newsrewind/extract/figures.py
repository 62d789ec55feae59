"""Counted quantities (placeholder until the full extractor lands)."""

from __future__ import annotations

from newsrewind.extract.context import EntryText
from newsrewind.model import Figure


def find(entry: EntryText) -> list[Figure]:
    return []
