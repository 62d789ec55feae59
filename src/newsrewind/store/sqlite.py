"""The embedded store: SQLite, append-only.

Tables only ever receive INSERTs. An entry (identified within its document by
its URL, or its time label and position among same-labelled entries, or its
opening words) has versions; editing adds a version, vanishing adds a
tombstone version, and every version carries its ingest time. Figures are
grouped in series (story, measure, group, place) so that "the value at T" is
one indexed look-up per series.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from newsrewind.extract.normalize import fold_key
from newsrewind.model import Document, Record
from newsrewind.store import StoreError

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL REFERENCES stories(id), name TEXT NOT NULL,
  origin TEXT, kind TEXT, lang TEXT, outlet TEXT, created_at TEXT NOT NULL,
  UNIQUE (story_id, name));
CREATE TABLE IF NOT EXISTS ingests (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
  ingested_at TEXT NOT NULL, content_hash TEXT NOT NULL,
  added INTEGER NOT NULL, edited INTEGER NOT NULL, removed INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id),
  story_id INTEGER NOT NULL REFERENCES stories(id), entry_key TEXT NOT NULL,
  UNIQUE (document_id, entry_key));
CREATE TABLE IF NOT EXISTS versions (
  id INTEGER PRIMARY KEY, entry_id INTEGER NOT NULL REFERENCES entries(id),
  ingest_id INTEGER NOT NULL REFERENCES ingests(id), story_id INTEGER NOT NULL,
  change TEXT NOT NULL,            -- new | edit | removed
  seq INTEGER, reported_at TEXT, reported_utc TEXT, time_label TEXT, lang TEXT,
  text TEXT, text_hash TEXT, record TEXT, ingested_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS versions_entry ON versions (entry_id, id);
CREATE INDEX IF NOT EXISTS versions_story_time ON versions (story_id, reported_utc);
CREATE INDEX IF NOT EXISTS versions_story_ingest ON versions (story_id, ingested_at);
CREATE INDEX IF NOT EXISTS versions_story_change ON versions (story_id, change, reported_utc);
CREATE TABLE IF NOT EXISTS series (
  id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL, measure TEXT NOT NULL, grp TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '', UNIQUE (story_id, measure, grp, place));
CREATE TABLE IF NOT EXISTS figures (
  id INTEGER PRIMARY KEY, series_id INTEGER NOT NULL REFERENCES series(id),
  version_id INTEGER NOT NULL REFERENCES versions(id), entry_id INTEGER NOT NULL,
  reported_utc TEXT, ingested_at TEXT NOT NULL, low REAL, high REAL, approx INTEGER NOT NULL,
  unit TEXT, label TEXT, span_start INTEGER, span_end INTEGER,
  source TEXT, source_kind TEXT, sources TEXT);
CREATE INDEX IF NOT EXISTS figures_series_time ON figures (series_id, reported_utc);
CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY, version_id INTEGER NOT NULL REFERENCES versions(id),
  story_id INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, reported_utc TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS mentions_version ON mentions (version_id);
CREATE INDEX IF NOT EXISTS mentions_story_kind ON mentions (story_id, kind, name, reported_utc);
"""


@dataclass
class IngestResult:
    story: str
    document: str
    added: int = 0
    edited: int = 0
    removed: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.edited or self.removed)


def utc_iso(value: str | None) -> str | None:
    """A sortable UTC form of an ISO time with offset."""
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        return dt.isoformat(timespec="seconds")
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def now_iso() -> str:
    """Ingest time: UTC, microseconds, sortable as text."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_keys(records: list[Record]) -> list[str]:
    """A stable identity for each entry of one document, across copies of the page."""
    seen: Counter[str] = Counter()
    keys = []
    for r in records:
        if r.time_label or r.reported_at:
            base = f"t:{r.reported_at or ''}|{r.time_label or ''}"
        else:
            base = "x:" + fold_key(r.text)[:60]
        seen[base] += 1
        keys.append(f"{base}#{seen[base]}")
    return keys


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def primary_source(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """Who a figure is credited to: the original claimant first, else the outlet."""
    sources = record.get("sources") or []
    for s in sources:
        if s.get("kind") not in ("media",):
            return s["name"], s.get("kind")
    if sources:
        return sources[0]["name"], sources[0].get("kind")
    return None, None


class Store:
    """An open SQLite store; use as a context manager or call close()."""

    def __init__(self, path: str, readonly: bool = False):
        self.path = path
        if os.path.isdir(path):
            raise StoreError(f"cannot open store {path}: it is a directory")
        self.db = self._connect(readonly)
        try:
            self._check(readonly)
        except sqlite3.OperationalError as exc:
            if not readonly or "unable to open" not in str(exc):
                self.db.close()
                raise StoreError(f"cannot open store {path}: {exc}") from exc
            # a WAL store on read-only media (no -shm file can be made): read it as immutable
            self.db.close()
            self.db = self._connect(readonly, immutable=True)
            self._check(readonly)

    def _connect(self, readonly: bool, immutable: bool = False) -> sqlite3.Connection:
        try:
            if readonly:
                flags = "mode=ro&immutable=1" if immutable else "mode=ro"
                db = sqlite3.connect(f"file:{quote(self.path)}?{flags}", uri=True, timeout=30)
            else:
                db = sqlite3.connect(self.path, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        db.row_factory = sqlite3.Row
        return db

    def _check(self, readonly: bool) -> None:
        """Settings, schema, and proof that the file is a rewind store."""
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            elif (
                self.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'versions'").fetchone()[0]
                == 0
            ):
                raise StoreError(f"{self.path} is not a rewind store (no rewind tables in it)")
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path} is not a rewind store ({exc})") from exc
        except StoreError:
            self.db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer rewind (schema {version})")
        if version == 0:
            ours = {"stories", "documents", "ingests", "entries", "versions", "series", "figures", "mentions"}
            tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables - ours:
                others = ", ".join(sorted(tables - ours)[:5])
                raise StoreError(
                    f"{self.path} is a SQLite database of something else (tables: {others}); not writing to it"
                )
        if version < SCHEMA_VERSION:
            with self.db:
                self.db.executescript(SCHEMA)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # ---- writing -------------------------------------------------------

    def ingest(
        self, story: str, doc: Document, records: list[Record], ingested_at: str | None = None
    ) -> IngestResult:
        """Store one document's records in one transaction: new entries, new
        versions of edited ones, tombstones for vanished ones."""
        ingested_at = ingested_at or now_iso()
        result = IngestResult(story=story, document=doc.name)
        payloads = [r.to_json() for r in records]
        content_hash = _hash(json.dumps([(p["reported_at"], p["time_label"], p["text"]) for p in payloads]))
        db = self.db
        try:
            with self._write_transaction():
                story_id = self._upsert(
                    "INSERT INTO stories (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING RETURNING id",
                    (story, ingested_at),
                    "SELECT id FROM stories WHERE name = ?",
                    (story,),
                )
                doc_id = self._upsert(
                    "INSERT INTO documents (story_id, name, origin, kind, lang, outlet, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (story_id, name) DO NOTHING RETURNING id",
                    (story_id, doc.name, doc.url or doc.path, doc.kind, doc.lang, doc.outlet, ingested_at),
                    "SELECT id FROM documents WHERE story_id = ? AND name = ?",
                    (story_id, doc.name),
                )
                self._lock_document(doc_id)
                last = self._one(
                    "SELECT content_hash FROM ingests WHERE document_id = ? ORDER BY id DESC LIMIT 1",
                    (doc_id,),
                )
                if last == content_hash:
                    result.unchanged = len(records)
                    return result
                current = self._current_versions(doc_id)
                ingest_id = int(
                    self._one(
                        "INSERT INTO ingests (document_id, ingested_at, content_hash, added, edited, removed)"
                        " VALUES (?, ?, ?, 0, 0, 0) RETURNING id",
                        (doc_id, ingested_at, content_hash),
                    )
                )
                for key, record, payload in zip(entry_keys(records), records, payloads, strict=True):
                    text_hash = _hash(record.text)
                    prior = current.pop(key, None)
                    if prior is not None and prior["change"] != "removed" and prior["text_hash"] == text_hash:
                        result.unchanged += 1
                        continue
                    if prior is None:
                        entry_id = self._upsert(
                            "INSERT INTO entries (document_id, story_id, entry_key) VALUES (?, ?, ?)"
                            " ON CONFLICT (document_id, entry_key) DO NOTHING RETURNING id",
                            (doc_id, story_id, key),
                            "SELECT id FROM entries WHERE document_id = ? AND entry_key = ?",
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
                    db.execute(
                        "INSERT INTO versions (entry_id, ingest_id, story_id, change, seq, reported_at, reported_utc,"
                        " time_label, lang, text, text_hash, record, ingested_at)"
                        " VALUES (?, ?, ?, 'removed', ?, ?, ?, ?, ?, NULL, NULL, NULL, ?)",
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
                db.execute(
                    "UPDATE ingests SET added = ?, edited = ?, removed = ? WHERE id = ?",
                    (result.added, result.edited, result.removed, ingest_id),
                )
        except self.errors as exc:
            first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(f"could not store {doc.name}: {first_line}") from exc
        return result

    # The few places where the two stores differ (the PostgreSQL store overrides them).
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """One writer at a time: SQLite's write lock is taken at the start."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            yield

    def _lock_document(self, doc_id: int) -> None:
        """Nothing to do: BEGIN IMMEDIATE already serialises writers."""

    def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        """The first column of the first row, or None."""
        row = self.db.execute(sql, args).fetchone()
        return row[0] if row else None

    def _upsert(self, insert: str, args: tuple[Any, ...], select: str, select_args: tuple[Any, ...]) -> int:
        """The id of a row created now, or of the one already there (or a concurrent writer's)."""
        new_id = self._one(insert, args)
        if new_id is not None:
            return int(new_id)
        return int(self._one(select, select_args))

    def _current_versions(self, doc_id: int) -> dict[str, sqlite3.Row]:
        rows = self.db.execute(
            "SELECT e.entry_key, v.* FROM entries e JOIN versions v ON v.entry_id = e.id"
            " WHERE e.document_id = ? AND v.id = (SELECT max(id) FROM versions WHERE entry_id = e.id)",
            (doc_id,),
        ).fetchall()
        return {row["entry_key"]: row for row in rows}

    def _add_version(
        self,
        story_id: int,
        entry_id: int,
        ingest_id: int,
        change: str,
        payload: dict[str, Any],
        text_hash: str,
        ingested_at: str,
    ) -> None:
        """Insert one entry version with its figures and mentions (standard SQL, so the
        PostgreSQL store inherits it; only ``_series_id`` differs between the two)."""
        db = self.db
        reported_utc = utc_iso(payload["reported_at"])
        version_id = db.execute(
            "INSERT INTO versions (entry_id, ingest_id, story_id, change, seq, reported_at, reported_utc,"
            " time_label, lang, text, text_hash, record, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                entry_id,
                ingest_id,
                story_id,
                change,
                payload["seq"],
                payload["reported_at"],
                reported_utc,
                payload["time_label"],
                payload["lang"],
                payload["text"],
                text_hash,
                json.dumps(payload, ensure_ascii=False),
                ingested_at,
            ),
        ).fetchone()[0]
        source, source_kind = primary_source(payload)
        all_sources = ", ".join(s["name"] for s in payload.get("sources") or [])
        figures = [
            (
                self._series_id(story_id, fig["measure"], fig["group"], fig.get("place") or ""),
                version_id,
                entry_id,
                reported_utc,
                ingested_at,
                fig.get("low"),
                fig.get("high"),
                int(bool(fig.get("approx"))),
                fig.get("unit"),
                fig.get("label"),
                fig["span"][0],
                fig["span"][1],
                source,
                source_kind,
                all_sources,
            )
            for fig in payload.get("figures") or []
        ]
        mentions = [
            (
                version_id,
                story_id,
                kind[:-1],
                item.get("name") or item.get("type") or "",
                reported_utc,
                json.dumps(item, ensure_ascii=False),
            )
            for kind in ("sources", "actors", "places", "events")
            for item in payload.get(kind) or []
        ]
        for row in figures:
            db.execute(
                "INSERT INTO figures (series_id, version_id, entry_id, reported_utc, ingested_at, low, high, approx,"
                " unit, label, span_start, span_end, source, source_kind, sources)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        for mention in mentions:
            db.execute(
                "INSERT INTO mentions (version_id, story_id, kind, name, reported_utc, data) VALUES (?, ?, ?, ?, ?, ?)",
                mention,
            )

    def _series_id(self, story_id: int, measure: str, group: str, place: str) -> int:
        row = self.db.execute(
            "SELECT id FROM series WHERE story_id = ? AND measure = ? AND grp = ? AND place = ?",
            (story_id, measure, group, place),
        ).fetchone()
        if row:
            return int(row["id"])
        return int(
            self.db.execute(
                "INSERT INTO series (story_id, measure, grp, place) VALUES (?, ?, ?, ?)",
                (story_id, measure, group, place),
            ).lastrowid
            or 0
        )

    # ---- reading -------------------------------------------------------

    def stories(self) -> list[dict[str, Any]]:
        """Every story with its documents, entry counts and time range."""
        rows = self.db.execute(
            "SELECT s.id, s.name, s.created_at,"
            " (SELECT count(*) FROM documents d WHERE d.story_id = s.id) AS documents,"
            " (SELECT count(*) FROM entries e WHERE e.story_id = s.id) AS entries,"
            " (SELECT min(reported_utc) FROM versions v WHERE v.story_id = s.id) AS first_utc,"
            " (SELECT max(reported_utc) FROM versions v WHERE v.story_id = s.id) AS last_utc,"
            " (SELECT max(ingested_at) FROM versions v WHERE v.story_id = s.id) AS last_ingest"
            " FROM stories s ORDER BY s.id"
        ).fetchall()
        return [dict(r) for r in rows]

    def story(self, name: str | None) -> dict[str, Any]:
        """One story by name; without a name, the one ingested last."""
        if name is None:
            row = self.db.execute(
                "SELECT s.* FROM stories s JOIN documents d ON d.story_id = s.id"
                " JOIN ingests i ON i.document_id = d.id ORDER BY i.id DESC LIMIT 1"
            ).fetchone()
            if row is None:
                raise StoreError(f"the store {self.path} holds no story yet (rewind ingest FILE first)")
            return dict(row)
        row = self.db.execute("SELECT * FROM stories WHERE name = ?", (name,)).fetchone()
        if row is None:
            names = ", ".join(
                r["name"] for r in self.db.execute("SELECT name FROM stories ORDER BY id LIMIT 10")
            )
            if not names:
                raise StoreError(f"the store {self.path} holds no story yet (rewind ingest FILE first)")
            raise StoreError(f"no story named {name!r} (stories: {names})")
        return dict(row)

    def latest_versions(
        self,
        story_id: int,
        until_utc: str | None = None,
        ingested_until: str | None = None,
        limit: int | None = None,
        include_removed: bool = False,
    ) -> list[sqlite3.Row]:
        """The current version of each entry of a story, by report time (and, when
        ``ingested_until`` is given, as we had seen them by that ingest time)."""
        where_v = "v2.entry_id = v.entry_id"
        params: list[Any] = []
        if ingested_until:
            where_v += " AND v2.ingested_at <= ?"
            params.append(ingested_until)
        sql = (
            "SELECT v.*, d.name AS document, d.outlet AS outlet FROM versions v"
            " JOIN entries e ON e.id = v.entry_id JOIN documents d ON d.id = e.document_id"
            f" WHERE v.story_id = ? AND v.id = (SELECT max(v2.id) FROM versions v2 WHERE {where_v})"
        )
        args: list[Any] = [story_id, *params]
        if until_utc:
            sql += " AND v.reported_utc <= ?"
            args.append(until_utc)
        if not include_removed:
            sql += " AND v.change != 'removed'"
        sql += " ORDER BY v.reported_utc DESC, v.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.db.execute(sql, args).fetchall()

    def latest_report_time(self, story_id: int) -> str | None:
        """The newest report time of a story, as the blog wrote it (with its offset)."""
        row = self.db.execute(
            "SELECT reported_at FROM versions WHERE story_id = ? AND reported_at IS NOT NULL"
            " ORDER BY reported_utc DESC LIMIT 1",
            (story_id,),
        ).fetchone()
        return row["reported_at"] if row else None

    def count_entries(self, story_id: int, until_utc: str | None = None) -> int:
        """Entries of a story reported by a time whose current version is not a tombstone."""
        # every entry starts with a 'new' version and ends with a 'removed' one when it vanishes
        counts = {}
        for change in ("new", "removed"):
            sql = "SELECT count(*) FROM versions WHERE story_id = ? AND change = ?"
            args: list[Any] = [story_id, change]
            if until_utc:
                sql += " AND reported_utc <= ?"
                args.append(until_utc)
            counts[change] = int(self.db.execute(sql, args).fetchone()[0])
        return counts["new"] - counts["removed"]

    def event_types(self, story_id: int, until_utc: str | None = None) -> dict[str, str]:
        """Each event type reported by a time, with when it was first reported (indexed look-ups)."""
        names = [
            r["name"]
            for r in self.db.execute(
                "SELECT DISTINCT name FROM mentions WHERE story_id = ? AND kind = 'event'", (story_id,)
            ).fetchall()
        ]
        found = {}
        for name in names:
            row = self.db.execute(
                "SELECT min(reported_utc) FROM mentions WHERE story_id = ? AND kind = 'event' AND name = ?"
                " AND reported_utc <= ?",
                (story_id, name, until_utc or "9999"),
            ).fetchone()
            if row[0]:
                found[name] = row[0]
        return dict(sorted(found.items(), key=lambda kv: kv[1]))

    def series(
        self, story_id: int, measure: str | None = None, group: str | None = None
    ) -> list[sqlite3.Row]:
        sql = "SELECT * FROM series WHERE story_id = ?"
        args: list[Any] = [story_id]
        if measure:
            sql += " AND measure = ?"
            args.append(measure)
        if group:
            sql += " AND grp = ?"
            args.append(group)
        return self.db.execute(sql + " ORDER BY measure, grp, place", args).fetchall()

    _FIGURE_ROW = (
        "SELECT f.*, v.reported_at, v.time_label, v.seq, v.text AS entry_text, d.name AS document"
        " FROM figures f JOIN versions v ON v.id = f.version_id"
        " JOIN entries e ON e.id = f.entry_id JOIN documents d ON d.id = e.document_id"
    )
    _CURRENT = " AND f.version_id = (SELECT max(v2.id) FROM versions v2 WHERE v2.entry_id = f.entry_id)"

    def figure_reports(self, series_id: int, until_utc: str | None = None) -> list[sqlite3.Row]:
        """Every report of a series from current entry versions, oldest first."""
        sql = self._FIGURE_ROW + " WHERE f.series_id = ?" + self._CURRENT
        args: list[Any] = [series_id]
        if until_utc:
            sql += " AND f.reported_utc <= ?"
            args.append(until_utc)
        return self.db.execute(sql + " ORDER BY f.reported_utc, v.seq DESC, f.id", args).fetchall()

    def latest_reports(self, series_id: int, until_utc: str, limit: int = 8) -> list[sqlite3.Row]:
        """The newest reports of a series at or before a time, newest first (indexed)."""
        sql = (
            self._FIGURE_ROW
            + " WHERE f.series_id = ? AND f.reported_utc <= ?"
            + self._CURRENT
            + " ORDER BY f.reported_utc DESC LIMIT ?"
        )
        rows = self.db.execute(sql, (series_id, until_utc, limit)).fetchall()
        # same report time: the entry standing higher on a newest-first page is the later one
        return sorted(rows, key=lambda r: (r["reported_utc"], -(r["seq"] or 0), r["id"]), reverse=True)

    def mentions(self, version_ids: list[int]) -> list[sqlite3.Row]:
        if not version_ids:
            return []
        marks = ",".join("?" * len(version_ids))
        return self.db.execute(
            f"SELECT * FROM mentions WHERE version_id IN ({marks})", version_ids
        ).fetchall()

    def changes(
        self,
        story_id: int,
        since_ingest: str | None = None,
        after_id: int | None = None,
        limit: int | None = None,
    ) -> list[sqlite3.Row]:
        """Versions in ingest order (new, edit, removed), for feeds and live updates; ``after_id``:
        only versions newer than that version id (at most ``limit`` of them)."""
        sql = (
            "SELECT v.*, e.entry_key, d.name AS document FROM versions v JOIN entries e ON e.id = v.entry_id"
            " JOIN documents d ON d.id = e.document_id WHERE v.story_id = ?"
        )
        args: list[Any] = [story_id]
        if since_ingest:
            sql += " AND v.ingested_at > ?"
            args.append(since_ingest)
        if after_id:
            sql += " AND v.id > ?"
            args.append(int(after_id))
        sql += " ORDER BY v.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.db.execute(sql, args).fetchall()

    def generation(self) -> int:
        """The newest version id: it grows with every stored change (0 for an empty store)."""
        row = self.db.execute("SELECT max(id) FROM versions").fetchone()
        return int(row[0] or 0)

    def last_ingest(self, story_id: int, until: str | None = None) -> str | None:
        """The ingest time of a story's newest stored change (at or before ingest time ``until``)."""
        sql = "SELECT max(ingested_at) FROM versions WHERE story_id = ?"
        args: list[Any] = [story_id]
        if until:
            sql += " AND ingested_at <= ?"
            args.append(until)
        row = self.db.execute(sql, args).fetchone()
        return str(row[0]) if row and row[0] else None
