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

import json
import re
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from newsrewind.model import Document, Record
from newsrewind.store import StoreError
from newsrewind.store import sqlite as _sqlite
from newsrewind.store.sqlite import IngestResult, _hash, entry_keys, now_iso

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

    def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        row = self.conn.execute(sql, args).fetchone()
        return row[0] if row else None

    def ingest(
        self, story: str, doc: Document, records: list[Record], ingested_at: str | None = None
    ) -> IngestResult:
        """Store one document's records in one transaction: new entries, new
        versions of edited ones, tombstones for vanished ones."""
        ingested_at = ingested_at or now_iso()
        result = IngestResult(story=story, document=doc.name)
        payloads = [r.to_json() for r in records]
        content_hash = _hash(json.dumps([(p["reported_at"], p["time_label"], p["text"]) for p in payloads]))
        conn = self.conn
        try:
            with conn.transaction():
                story_id = self._upsert(
                    "INSERT INTO stories (name, created_at) VALUES (%s, %s) ON CONFLICT (name) DO NOTHING RETURNING id",
                    (story, ingested_at),
                    "SELECT id FROM stories WHERE name = %s",
                    (story,),
                )
                self._upsert(
                    "INSERT INTO documents (story_id, name, origin, kind, lang, outlet, created_at)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (story_id, name) DO NOTHING RETURNING id",
                    (story_id, doc.name, doc.url or doc.path, doc.kind, doc.lang, doc.outlet, ingested_at),
                    "SELECT id FROM documents WHERE story_id = %s AND name = %s",
                    (story_id, doc.name),
                )
                # one writer per document at a time: copies of one page are applied in turn
                doc_id = self._one(
                    "SELECT id FROM documents WHERE story_id = %s AND name = %s FOR UPDATE",
                    (story_id, doc.name),
                )
                last = self._one(
                    "SELECT content_hash FROM ingests WHERE document_id = %s ORDER BY id DESC LIMIT 1",
                    (doc_id,),
                )
                if last == content_hash:
                    result.unchanged = len(records)
                    return result
                current = self._current_versions(doc_id)
                ingest_id = self._one(
                    "INSERT INTO ingests (document_id, ingested_at, content_hash, added, edited, removed)"
                    " VALUES (%s, %s, %s, 0, 0, 0) RETURNING id",
                    (doc_id, ingested_at, content_hash),
                )
                for key, record, payload in zip(entry_keys(records), records, payloads, strict=True):
                    text_hash = _hash(record.text)
                    prior = current.pop(key, None)
                    if prior is not None and prior["change"] != "removed" and prior["text_hash"] == text_hash:
                        result.unchanged += 1
                        continue
                    if prior is None:
                        entry_id = self._upsert(
                            "INSERT INTO entries (document_id, story_id, entry_key) VALUES (%s, %s, %s)"
                            " ON CONFLICT (document_id, entry_key) DO NOTHING RETURNING id",
                            (doc_id, story_id, key),
                            "SELECT id FROM entries WHERE document_id = %s AND entry_key = %s",
                            (doc_id, key),
                        )
                        change = "new"
                        result.added += 1
                    else:
                        entry_id = prior["entry_id"]
                        change = "edit" if prior["change"] != "removed" else "new"
                        if change == "edit":
                            result.edited += 1
                        else:
                            result.added += 1
                    self._add_version(story_id, entry_id, ingest_id, change, payload, text_hash, ingested_at)
                for prior in current.values():
                    if prior["change"] == "removed":
                        continue
                    conn.execute(
                        "INSERT INTO versions (entry_id, ingest_id, story_id, change, seq, reported_at, reported_utc,"
                        " time_label, lang, text, text_hash, record, ingested_at)"
                        " VALUES (%s, %s, %s, 'removed', %s, %s, %s, %s, %s, NULL, NULL, NULL, %s)",
                        (
                            prior["entry_id"],
                            ingest_id,
                            story_id,
                            prior["seq"],
                            prior["reported_at"],
                            prior["reported_utc"],
                            prior["time_label"],
                            prior["lang"],
                            ingested_at,
                        ),
                    )
                    result.removed += 1
                conn.execute(
                    "UPDATE ingests SET added = %s, edited = %s, removed = %s WHERE id = %s",
                    (result.added, result.edited, result.removed, ingest_id),
                )
        except psycopg.Error as exc:
            raise StoreError(f"could not store {doc.name}: {str(exc).strip().splitlines()[0]}") from exc
        return result

    def _upsert(self, insert: str, args: tuple[Any, ...], select: str, select_args: tuple[Any, ...]) -> int:
        """The id of a row created now, or of the one a concurrent writer created first."""
        new_id = self._one(insert, args)
        if new_id is not None:
            return int(new_id)
        return int(self._one(select, select_args))

    def _current_versions(self, doc_id: int) -> dict[str, Any]:  # type: ignore[override]
        rows = self.conn.execute(
            "SELECT e.entry_key, v.* FROM entries e JOIN versions v ON v.entry_id = e.id"
            " WHERE e.document_id = %s AND v.id = (SELECT max(id) FROM versions WHERE entry_id = e.id)",
            (doc_id,),
        ).fetchall()
        return {row["entry_key"]: row for row in rows}

    def _series_id(self, story_id: int, measure: str, group: str, place: str) -> int:
        """The series' id, created now or by a concurrent writer first."""
        return self._upsert(
            "INSERT INTO series (story_id, measure, grp, place) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (story_id, measure, grp, place) DO NOTHING RETURNING id",
            (story_id, measure, group, place),
            "SELECT id FROM series WHERE story_id = %s AND measure = %s AND grp = %s AND place = %s",
            (story_id, measure, group, place),
        )
