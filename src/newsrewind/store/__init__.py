"""The append-only store: SQLite embedded by default, PostgreSQL for a shared server.

``open_store(target)`` picks the backend from the target: a ``postgresql://``
(or ``postgres://``) URI opens :class:`newsrewind.store.postgres.Store`, any
other string is a SQLite file path. Both offer the same public methods.
"""

from __future__ import annotations

from typing import Any


class StoreError(RuntimeError):
    """A store that cannot be opened or written; the message is one line."""


POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_postgres(target: str) -> bool:
    """Whether a store target names a PostgreSQL server rather than a SQLite file."""
    return target.strip().lower().startswith(POSTGRES_SCHEMES)


def open_store(target: str, readonly: bool = False) -> Any:
    """An open store for a SQLite path or a PostgreSQL URI (use as a context manager)."""
    if is_postgres(target):
        try:
            from newsrewind.store.postgres import Store as PgStore
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"a PostgreSQL store needs the postgres extra: pip install 'newsrewind[postgres]' ({exc.name} missing)"
            ) from exc
        return PgStore(target, readonly=readonly)
    import os

    from newsrewind.store.sqlite import Store as SqliteStore

    if readonly and not os.path.exists(target):
        raise StoreError(f"no store at {target} (rewind ingest FILE first, or give --store)")
    return SqliteStore(target, readonly=readonly)
