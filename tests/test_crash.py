"""SIGKILL `rewind ingest` at random moments: the store stays whole and keeps what it committed.

Each round starts the real command on a few new documents (and a newer copy of an
old one, so edits and tombstones are written too), kills it after a random delay
(during start-up, extraction or a write), then checks the store: SQLite's own
integrity check, every document either fully stored or absent, every ingest's
counts matching the versions it wrote, and nothing committed before lost.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROUNDS = 12
DOCS_PER_ROUND = 3
ENTRIES = 12

PLACES = ["Cluj", "Iași", "Brașov", "Timișoara", "Constanța", "Oradea", "Sibiu", "Galați"]


def _blog(number: int, edition: int = 0) -> str:
    """A live blog of ENTRIES entries; a later edition edits one entry and drops the last."""
    lines = []
    count = ENTRIES - 1 if edition else ENTRIES
    for i in range(count):
        place = PLACES[(number + i) % len(PLACES)]
        text = f"{9 + i // 4:02d}:{(i % 4) * 15:02d} Pompierii din {place} au salvat {i + 2} persoane din blocul inundat."
        if edition and i == 3:
            text += f" Actualizare {edition}: alte {i + 5} persoane au fost evacuate."
        lines.append(text)
    return "\n\n".join(lines) + "\n"


def _env(store: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["REWIND_STORE"] = str(store)
    return env


def _has_poll(store: Path) -> bool:
    """Whether a poll has been stored yet (the schema may not even exist)."""
    try:
        db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
        try:
            return bool(db.execute("SELECT count(*) FROM ingests").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return False


def _state(store: Path) -> dict[str, list[str]]:
    """Each document's current entry texts (tombstones left out), after checking the store is whole."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # every ingest wrote exactly the versions its counts say (its UPDATE is the transaction's last write)
        for ingest_id, added, edited, removed in db.execute("SELECT id, added, edited, removed FROM ingests"):
            n = db.execute("SELECT count(*) FROM versions WHERE ingest_id = ?", (ingest_id,)).fetchone()[0]
            assert n == added + edited + removed, (ingest_id, n, added, edited, removed)
        # no entry without a version, no document without an ingest
        assert (
            db.execute(
                "SELECT count(*) FROM entries e WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.entry_id = e.id)"
            ).fetchone()[0]
            == 0
        )
        assert (
            db.execute(
                "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM ingests i WHERE i.document_id = d.id)"
            ).fetchone()[0]
            == 0
        )
        rows = db.execute(
            "SELECT d.name, v.text, v.change FROM versions v JOIN entries e ON e.id = v.entry_id"
            " JOIN documents d ON d.id = e.document_id"
            " WHERE v.id = (SELECT max(id) FROM versions WHERE entry_id = e.id) ORDER BY d.name, v.seq"
        ).fetchall()
    finally:
        db.close()
    state: dict[str, list[str]] = {}
    for name, text, change in rows:
        state.setdefault(name, [])
        if change != "removed":
            state[name].append(text)
    return state


def _ingests(store: Path) -> int:
    if not store.exists():
        return 0
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
    try:
        return int(db.execute("SELECT count(*) FROM ingests").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        db.close()


def _wait_for_commit(store: Path, proc: subprocess.Popen[bytes], before: int) -> None:
    """Poll the store until the running ingest has committed one more document (or ended)."""
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline:
        if _ingests(store) > before:
            return
        time.sleep(0.005)


def _expected(text: str) -> list[str]:
    return [block.split(" ", 1)[1] for block in text.strip().split("\n\n")]


def test_sigkill_during_ingest_never_leaves_half_a_document(tmp_path: Path) -> None:
    rng = random.Random(20240301)
    store = tmp_path / "store.sqlite"
    committed: dict[str, list[str]] = {}
    kills_after_progress = 0
    full = 0.0
    for round_ in range(ROUNDS):
        files = []
        for k in range(DOCS_PER_ROUND):
            number = round_ * DOCS_PER_ROUND + k
            path = tmp_path / f"blog-{number:03d}.txt"
            path.write_text(_blog(number), encoding="utf-8")
            files.append(path)
        if committed:  # a newer copy of a document already stored: an edit and a removal
            name = rng.choice(sorted(committed))
            path = tmp_path / f"{name}.txt"
            path.write_text(_blog(int(name.split("-")[1]), edition=round_ + 1), encoding="utf-8")
            files.append(path)
        allowed = {p.stem: _expected(p.read_text(encoding="utf-8")) for p in files}
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsrewind", "ingest", *map(str, files), "--story", "crash", "-q"],
            env=_env(store),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        t0 = time.monotonic()
        if round_ == 0:  # the first run goes to the end: how long a whole run takes here
            assert proc.wait(timeout=120) == 0
            full = time.monotonic() - t0
        else:
            if round_ % 2:  # anywhere from late start-up to past the end
                time.sleep(rng.uniform(0.4 * full, 1.05 * full))
            else:  # just after the run's first commit, among the writes of the next documents
                _wait_for_commit(store, proc, before=_ingests(store))
                time.sleep(rng.uniform(0.0, 0.25))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if not store.exists():
            continue
        state = _state(store)
        for name, entries in state.items():
            # fully there: the copy being ingested now, or the one committed before
            assert entries == allowed.get(name) or entries == committed.get(name), name
        for name in committed:
            assert name in state, f"{name} was committed and is gone"
        if any(state.get(n) != committed.get(n) for n in state) and any(n not in state for n in allowed):
            kills_after_progress += 1  # killed mid-way: some of this round committed, some not
        committed = state
    # after all the kills the store still takes writes, and a full run stores everything asked
    final = sorted(tmp_path.glob("blog-*.txt"))
    done = subprocess.run(
        [sys.executable, "-m", "newsrewind", "ingest", *map(str, final), "--story", "crash", "-q"],
        env=_env(store),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    state = _state(store)
    assert {n: state[n] for n in state} == {p.stem: _expected(p.read_text(encoding="utf-8")) for p in final}
    assert kills_after_progress >= 1, "no kill landed between two documents' commits"


def test_sigkill_during_watch_keeps_whole_polls(tmp_path: Path) -> None:
    """`rewind watch` on a page that grows, killed at random: each poll is stored whole or not at all."""
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    page = site / "live.txt"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/live.txt"
    store = tmp_path / "watch.sqlite"
    rng = random.Random(6)
    versions: list[list[str]] = []  # every version of the page served so far
    stored = 0
    try:
        for round_ in range(4):
            text = _blog(round_, edition=round_)  # each round an edited page
            page.write_text(text, encoding="utf-8")
            versions.append(_expected(text))
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "newsrewind",
                    "watch",
                    url,
                    "--every",
                    "0.3",
                    "--story",
                    "w",
                    "--quiet",
                ],
                env=_env(store),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(1.0, 3.0))
            if round_ == 3 and stored == 0:
                # a loaded machine may not have finished a poll yet: let the last round store one first
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and not _has_poll(store):
                    time.sleep(0.2)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            if store.exists():
                state = _state(store)
                for name, entries in state.items():
                    assert entries in versions, name  # one served version, whole
                stored += bool(state)
        assert stored >= 1, "no poll was stored before the kills"
    finally:
        server.shutdown()
        server.server_close()
