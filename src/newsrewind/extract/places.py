"""Places named in an entry (placeholder until the full extractor lands)."""

from __future__ import annotations

from newsrewind.extract.context import DocContext, EntryText
from newsrewind.model import Place


def scan_document(ctx: DocContext, texts: list[str]) -> None:
    """Fill the document context: story country, sub-city places."""


def find(entry: EntryText) -> list[Place]:
    return []
