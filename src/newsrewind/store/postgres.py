"""The shared store: PostgreSQL, append-only, with the SQLite store's public methods.

Open it with ``newsrewind.store.open_store("postgresql://user@host/db")``. The
schema is managed by Alembic (plain SQL revisions in ``pg_migrations/``),
applied on first open under an advisory lock so that several processes may
open a fresh database at once.

Writing: one transaction per document. Stories, documents, entries and series
are created with ``INSERT ... ON CONFLICT DO NOTHING`` against unique keys, and
the document row is locked (``SELECT ... FOR UPDATE``) before its current
versions are read, so concurrent ingesters of one story neither lose nor
duplicate entries: copies of the same document are applied one after the
other, different documents go on in parallel.

Reading: the query methods are the SQLite store's own (inherited, standard
SQL); rows are dicts that also answer ``row[0]``, like ``sqlite3.Row``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from newsrewind.store import StoreError
from newsrewind.store import sqlite as _sqlite

#: The newest Alembic revision this code knows.
HEAD = "0001"
MIGRATIONS = Path(__file__).with_name("pg_migrations")
_LOCK_KEY = 0x5E1D_0001  # advisory lock held while migrating


class Row(dict[str, Any]):
    """A result row: by column name (like psycopg's dict_row) and by position (like sqlite3.Row)."""

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return list(self.values())[key]
        return super().__getitem__(key)


def _row_factory(cursor: Any) -> Any:
    make = dict_row(cursor)

    def row(values: Any) -> Row:
        return Row(make(values))

    return row


_PLACEHOLDER = re.compile(r"\?")


class _Connection:
    """The sqlite3-style ``execute(sql, args)`` the inherited read methods use, over psycopg."""

    def __init__(self, conn: psycopg.Connection[Any]):
        self.conn = conn

    def execute(self, sql: str, args: Any = ()) -> psycopg.Cursor[Any]:
        return self.conn.execute(_PLACEHOLDER.sub("%s", sql.replace("%", "%%")), list(args))  # type: ignore[arg-type]

    def close(self) -> None:
        self.conn.close()


def dsn_of(target: str) -> str:
    """A libpq URI from a store target (``postgresql+psycopg://`` is SQLAlchemy's spelling)."""
    target = target.strip()
    if target.lower().startswith("postgresql+psycopg://"):
        return "postgresql://" + target.split("://", 1)[1]
    return target


def _redact(dsn: str) -> str:
    return re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", dsn)


def schema_revision(conn: psycopg.Connection[Any]) -> str | None:
    """The Alembic revision a database is at, or None for an empty one."""
    row = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL AS present").fetchone()
    if not row or not row["present"]:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row["version_num"]) if row else None


def migrate(dsn: str) -> None:
    """Bring a database to the newest schema with Alembic (idempotent, safe to run concurrently)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    with psycopg.connect(dsn, autocommit=True, row_factory=dict_row) as lock:
        lock.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
        try:
            if schema_revision(lock) == HEAD:
                return
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
            engine = create_engine(
                "postgresql+psycopg://", creator=lambda: psycopg.connect(dsn), poolclass=NullPool
            )
            try:
                with engine.begin() as connection:
                    cfg.attributes["connection"] = connection
                    command.upgrade(cfg, "head")
            finally:
                engine.dispose()
        finally:
            lock.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))


class Store(_sqlite.Store):
    """An open PostgreSQL store; use as a context manager or call close()."""

    def __init__(self, target: str, readonly: bool = False):  # noqa: D107 - replaces the SQLite opener
        self.dsn = dsn_of(target)
        self.path = _redact(self.dsn)
        try:
            conn = psycopg.connect(self.dsn, autocommit=True, row_factory=_row_factory)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {str(exc).strip().splitlines()[0]}") from exc
        self.conn: psycopg.Connection[Any] = conn
        self.db = _Connection(conn)  # type: ignore[assignment]
        try:
            revision = schema_revision(conn)
            if readonly:
                if revision is None:
                    raise StoreError(
                        f"{self.path} holds no rewind store yet (rewind ingest FILE --store {self.path})"
                    )
                conn.execute("SET default_transaction_read_only = on")
            elif revision != HEAD:
                migrate(self.dsn)
                revision = schema_revision(conn)
            if revision != HEAD:
                raise StoreError(
                    f"{self.path} is at schema {revision}, this rewind knows {HEAD} (upgrade rewind)"
                )
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(
                f"{self.path} is not a rewind store ({str(exc).strip().splitlines()[0]})"
            ) from exc

    def close(self) -> None:
        self.conn.close()

    # ---- writing -------------------------------------------------------

    errors = (psycopg.Error,)

    def _write_transaction(self) -> Any:  # type: ignore[override]
        return self.conn.transaction()

    def _lock_document(self, doc_id: int) -> None:
        """One writer per document at a time: copies of one page are applied in turn."""
        self._one("SELECT id FROM documents WHERE id = ? FOR UPDATE", (doc_id,))

    def _series_id(self, story_id: int, measure: str, group: str, place: str) -> int:
        """The series' id, created now or by a concurrent writer first."""
        return self._upsert(
            "INSERT INTO series (story_id, measure, grp, place) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (story_id, measure, grp, place) DO NOTHING RETURNING id",
            (story_id, measure, group, place),
            "SELECT id FROM series WHERE story_id = ? AND measure = ? AND grp = ? AND place = ?",
            (story_id, measure, group, place),
        )
