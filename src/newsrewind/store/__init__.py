"""The append-only store: SQLite embedded by default."""

from __future__ import annotations


class StoreError(RuntimeError):
    """A store that cannot be opened or written; the message is one line."""
