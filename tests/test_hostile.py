"""Hostile input: every bad file gets one clear line, and the store is unchanged or complete.

Each case is a file written into a temporary folder and an exact expected outcome:
refused with one message (``rewind: ...`` on stderr, nothing stored), or read into
a given number of entries (with the warnings a user sees for the one bad part of a
good document). The whole battery runs through the real ``rewind ingest`` in one
subprocess (one bad file must not stop the rest) and through the library.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import sqlite3
import subprocess
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from newsrewind.pipeline import NoEntries, Options, records_of
from newsrewind.read import ReadError, read_path
from newsrewind.stamps import InputWarning
from newsrewind.store import StoreError
from newsrewind.store.sqlite import Store
from tests.conftest import run_rewind

DAY = date(2024, 3, 1)
MAX_ENTRIES = 5_000  # the battery's --max-entries: the 10,000-entry page is over it

RO = (
    "10:05 Poliția a anunțat că șase persoane au fost rănite în București, iar traficul este blocat.\n"
    "10:40 Ministerul Sănătății spune că trei dintre răniți sunt în stare gravă.\n"
    "11:15 Primarul a cerut locuitorilor să evite zona până la noi ordine.\n"
)
RO_CEDILLA = RO.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")
RU = (
    "10:05 Полиция сообщила, что шесть человек получили ранения в центре Казани.\n"
    "10:40 Министерство здравоохранения уточнило, что трое пострадавших в тяжёлом состоянии.\n"
    "11:15 Мэр попросил жителей не приближаться к месту происшествия.\n"
)
EN = (
    "10:05 Police say six people were injured when the bridge collapsed in the north of the city.\n"
    "10:40 The health ministry says three of the injured are in a serious condition.\n"
    "11:15 The mayor has asked residents to stay away from the river banks.\n"
)
EMOJI_RTL = (
    "10:05 🚨 Rescuers 👩‍🚒 reached the village; a sign read שלום and another مرحبا بكم.\n"
    "10:40 \u202eReversed\u202c text and a zero\u200dwidth joiner stay as written 🇷🇴.\n"
)


def _html_updates(n: int) -> bytes:
    items = "".join(
        f'<article class="liveblog-update"><time datetime="2024-03-01T{(i // 60) % 24:02d}:{i % 60:02d}:00+02:00">'
        f"{(i // 60) % 24:02d}:{i % 60:02d}</time><p>Update {i}: the rescuers reached another street.</p></article>"
        for i in range(n)
    )
    return f"<!doctype html><html><head><title>Live</title></head><body>{items}</body></html>".encode()


def _nested(depth: int) -> bytes:
    inner = "<p>10:05 A first entry deep inside the page.</p><p>10:40 A second entry deep inside.</p>"
    return f"<html><body>{'<div>' * depth}{inner}{'</div>' * depth}</body></html>".encode()


def _jsonld(updates: str) -> bytes:
    return (
        '<html><head><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Flood",'
        f' "liveBlogUpdate": [{updates}]}}</script></head><body><p>Flood live</p></body></html>'
    ).encode()


def _xml_bomb() -> bytes:
    ents = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefg", "bcdefgh", strict=True)
    )
    return f'<?xml version="1.0"?><!DOCTYPE r [{ents}]><rss><channel><item><title>&h;</title></item></channel></rss>'.encode()


@dataclass
class Case:
    """One hostile input and exactly what must come of it."""

    file: str
    data: bytes | None  # None: the case makes its own path (directory, missing)
    error: str | None = None  # the message after "rewind: ", with {path} for the file's path
    entries: int | None = None  # entries stored when the input is readable
    warnings: list[str] = field(default_factory=list)  # warning messages (after "rewind: warning: ")
    check: Callable[[list[dict]], None] | None = None  # on the stored records, in order

    @property
    def name(self) -> str:
        return self.file.rsplit(".", 1)[0]


def _texts_have(*needles: str) -> Callable[[list[dict]], None]:
    def check(records: list[dict]) -> None:
        joined = "\n".join(r["text"] for r in records)
        for needle in needles:
            assert needle in joined, needle

    return check


def _times(*hhmm: str | None) -> Callable[[list[dict]], None]:
    def check(records: list[dict]) -> None:
        assert [r["reported_at"][11:16] if r["reported_at"] else None for r in records] == list(hhmm)

    return check


def _no_controls(records: list[dict]) -> None:
    for r in records:
        assert not any(ord(c) < 32 and c not in "\n\t" for c in r["text"]), repr(r["text"])
    _times("10:05", "10:40", "11:15")(records)


def _emoji_kept(records: list[dict]) -> None:
    assert [r["text"] for r in records] == [line[6:] for line in EMOJI_RTL.splitlines()]


def _next_day(records: list[dict]) -> None:
    """Times wrap past midnight onto the next day, never past the calendar's end (no crash)."""
    from datetime import datetime

    first, second = (datetime.fromisoformat(r["reported_at"]) for r in records)
    assert (first.hour, first.minute, second.hour, second.minute) == (23, 50, 0, 10)
    assert 0 < (second - first).total_seconds() <= 20 * 60 or second.date() == first.date()


rng = random.Random(7)
NOISE = bytes(rng.randrange(256) for _ in range(6000))
LONG = ("Martorii descriu scene de haos în piață, iar ambulanțele sosesc una după alta. " * 13_000).strip()

CASES = [
    Case("empty.txt", b"", error="empty: empty input"),
    Case("blank.txt", b" \n\t\r\n  \n", error="blank: empty input"),
    Case("bom-only.txt", b"\xef\xbb\xbf\r\n", error="bom-only: empty input"),
    Case("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + NOISE, error="png: binary file, not text"),
    Case("gzip.txt", gzip.compress(NOISE + EN.encode() * 50), error="gzip: binary file, not text"),
    Case("elf.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 200 + NOISE[:500], error="elf: binary file, not text"),
    Case("all-nul.txt", b"\x00" * 4000, error="all-nul: binary file, not text"),
    Case(
        "broken-utf8.ro.txt",
        RO.encode()[:50] + b"\xff" + RO.encode()[50:120] + b"\xc3\x28" + RO.encode()[120:],
        entries=3,
        check=_texts_have("Poliția a anunțat", "\ufffd", "Primarul a cerut"),
    ),
    Case(
        "cp1250.ro.txt",
        RO_CEDILLA.encode("cp1250"),
        entries=3,
        check=_texts_have("Poliţia a anunţat că şase"),
    ),
    Case("cp1251.ru.txt", RU.encode("cp1251"), entries=3, check=_texts_have("Полиция сообщила", "тяжёлом")),
    Case("koi8r.ru.txt", RU.encode("koi8-r"), entries=3, check=_texts_have("Министерство здравоохранения")),
    Case("utf16le-bom.txt", EN.encode("utf-16"), entries=3, check=_times("10:05", "10:40", "11:15")),
    Case("utf16be-bom.ru.txt", b"\xfe\xff" + RU.encode("utf-16-be"), entries=3, check=_texts_have("Казани")),
    Case("utf16le-nobom.txt", EN.encode("utf-16-le"), entries=3, check=_texts_have("bridge collapsed")),
    Case(
        "utf16-odd.txt",
        b"\xff\xfe" + EN.encode("utf-16-le")[:-1],
        error="utf16-odd: invalid utf-16 after its byte-order mark",
    ),
    Case("utf8-bom.txt", b"\xef\xbb\xbf" + EN.encode(), entries=3, check=_times("10:05", "10:40", "11:15")),
    Case(
        "stray-nul.txt",
        EN.encode().replace(b"six", b"s\x00ix").replace(b"mayor", b"may\x00or"),
        entries=3,
        check=_texts_have("six people", "The mayor"),
    ),
    Case(
        "controls.txt",
        EN.encode().replace(b"Police", b"\x1b[31mPolice\x1b[0m\x07").replace(b"\n1", b"\x0c1"),
        entries=3,
        check=_no_controls,
    ),
    Case("crlf.txt", EN.replace("\n", "\r\n").encode(), entries=3, check=_times("10:05", "10:40", "11:15")),
    Case("old-mac.txt", EN.replace("\n", "\r").encode(), entries=3, check=_times("10:05", "10:40", "11:15")),
    Case(
        "time-25-70.txt",
        b"10:05 Crowds gathered near the station.\n25:70 A line whose time cannot be.\n11:15 Police arrived.\n",
        entries=3,
        warnings=["time-25-70: line 2: impossible time '25:70'; the entry is kept without a report time"],
        check=_times("10:05", None, "11:15"),
    ),
    Case(
        "feb-31.ro.txt",
        "31 februarie 2024\n10:05 Pompierii au ajuns la fața locului.\n10:40 Drumul a fost redeschis.\n".encode(),
        entries=2,
        warnings=["feb-31.ro: line 1: impossible date '31 februarie 2024' ignored"],
        check=_times("10:05", "10:40"),
    ),
    Case(
        "feb-31-label.txt",
        b"31 February 2024, 10:05 The river rose overnight.\n1 March 2024, 10:40 The water is falling.\n",
        entries=2,
        warnings=[
            "feb-31-label: line 1: impossible date in the label '31 February 2024, 10:05'; dated from the context"
        ],
        check=_times("10:05", "10:40"),
    ),
    Case(
        "iso-impossible.txt",
        b"2024-02-30T10:05:00+02:00 The first report.\n2024-03-01T10:40:00+02:00 The second report.\n",
        entries=2,
        warnings=[
            "iso-impossible: entry 1: impossible time '2024-02-30T10:05:00+02:00'; kept without a report time"
        ],
        check=_times(None, "10:40"),
    ),
    Case(
        "calendar-edge.txt",
        b"31 December 9999\n23:50 The last minutes of the calendar.\n00:10 Past its end.\n",
        entries=2,
        check=_next_day,
    ),
    Case(
        "no-labels.txt",
        b"The storm reached the coast overnight.\n\nResidents were told to stay indoors.\n",
        entries=2,
        check=_times(None, None),
        warnings=["no-labels: no time labels found; each paragraph is an entry without a report time"],
    ),
    Case("labels-only.txt", b"10:05\n10:40\n\n11:15\n", error="labels-only: no entries found"),
    Case("emoji-rtl.txt", EMOJI_RTL.encode(), entries=2, check=_emoji_kept),
    Case(
        "long-line.ro.txt",
        ("10:05 " + LONG + "\n10:40 Pompierii au stins incendiul.\n").encode(),
        entries=1,
        warnings=[
            f"long-line.ro: entry 1 skipped: {len(LONG):,} characters, over the limit of 50,000 for one entry"
        ],
        check=_times("10:40"),
    ),
    Case(
        "only-long-line.txt",
        ("10:05 " + LONG).encode(),
        error="only-long-line: every entry is over the limit of 50,000 characters for one entry",
        warnings=[
            f"only-long-line: entry 1 skipped: {len(LONG):,} characters, over the limit of 50,000 for one entry"
        ],
    ),
    Case("nested-200.html", _nested(200), entries=2, check=_times("10:05", "10:40")),
    # lxml drops text below depth 255; the reader (read/html.py) then finds nothing: a clean refusal
    Case("nested-5000.html", _nested(5000), error="nested-5000: no entries found"),
    Case(
        "updates-10000.html",
        _html_updates(10_000),
        error=f"updates-10000: 10,000 entries, over the limit of {MAX_ENTRIES:,} (--max-entries)",
    ),
    Case(
        "jsonld-broken.html",
        b'<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting", "liveBlogUpdate": [{'
        b"</script></head><body><p>10:05 The dam held overnight.</p><p>10:40 Water levels fell.</p></body></html>",
        entries=2,
        check=_times("10:05", "10:40"),
    ),
    Case(
        "jsonld-bad-entries.html",
        _jsonld(
            '{"@type": "BlogPosting", "datePublished": "2024-03-01T10:05:00+02:00", "articleBody": "The dam held."},'
            ' {"@type": "BlogPosting", "datePublished": "not a date", "articleBody": "A date nobody can read."},'
            ' {"@type": "BlogPosting", "datePublished": "2024-03-01T10:20:00+02:00"},'
            ' 17, null, "text",'
            ' {"@type": "BlogPosting", "datePublished": "2024-03-01T10:40:00+02:00", "articleBody": "Levels fell."}'
        ),
        entries=3,
        check=_times("10:05", None, "10:40"),
    ),
    # JSON that cannot be parsed is read as the text it is (a blog may start "[UPDATE 10:00]")
    Case(
        "broken.json",
        b'{"@type": "LiveBlogPosting", "liveBlogUpdate": [',
        entries=1,
        check=_texts_have('{"@type": "LiveBlogPosting", "liveBlogUpdate": ['),
        warnings=["broken: no time labels found; each paragraph is an entry without a report time"],
    ),
    Case(
        "deep.json",
        b"[" * 200_000 + b"]" * 200_000,
        error="deep: every entry is over the limit of 50,000 characters for one entry",
        warnings=[
            "deep: no time labels found; each paragraph is an entry without a report time",
            "deep: entry 1 skipped: 400,000 characters, over the limit of 50,000 for one entry",
        ],
    ),
    Case(
        "other.json",
        b'{"name": "not a live blog", "items": [1, 2, 3]}',
        error="other: JSON without a LiveBlogPosting (schema.org liveBlogUpdate items)",
    ),
    Case("xml-bomb.xml", _xml_bomb(), error="xml-bomb: no entries found"),
    Case(
        "script-only.html",
        b"<html><body><script>var t = '10:05 not an entry';</script></body></html>",
        error="script-only: no entries found",
    ),
    Case("a-directory", None, error="{path}: is a directory"),
    Case("missing.txt", None, error="{path}: no such file"),
    Case(
        "big-50mb.txt",
        None,
        error="{path}: input is 52,428,800 bytes, over the limit of 33,554,432 (--max-bytes)",
    ),
]


def _write(case: Case, folder: Path) -> Path:
    path = folder / case.file
    if case.data is not None:
        path.write_bytes(case.data)
    elif case.file == "a-directory":
        path.mkdir()
    elif case.file.startswith("big-"):
        block = ("10:05 " + "Rescuers are still searching the collapsed building. " * 20 + "\n").encode()
        with path.open("wb") as out:
            for _ in range(50 * 1024 * 1024 // len(block)):
                out.write(block)
            out.write(b"x" * (50 * 1024 * 1024 - out.tell()))
    return path


@pytest.fixture(scope="module")
def battery(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for case in CASES:
        _write(case, folder)
    return folder


def _snapshot(path: str) -> dict[str, int]:
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        db.close()


def _stored(path: str, document: str) -> list[dict]:
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            "SELECT v.record FROM versions v JOIN entries e ON e.id = v.entry_id JOIN documents d ON d.id = e.document_id"
            " WHERE d.name = ? ORDER BY v.seq",
            (document,),
        ).fetchall()
        return [json.loads(r[0]) for r in rows]
    finally:
        db.close()


def _seeded_store(path: Path) -> str:
    """A store already holding one good document (which no bad input may disturb)."""
    seed = path.parent / "seed-blog.txt"
    seed.write_text(EN, encoding="utf-8")
    with Store(str(path)) as store:
        doc = read_path(str(seed))
        store.ingest("seed", doc, records_of(doc, Options(date=DAY)))
    return str(path)


def test_battery_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len({c.file for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_library_outcome(case: Case, battery: Path, tmp_path: Path) -> None:
    """read_path → records_of → Store.ingest: the exact error and an untouched store, or every entry stored."""
    store_path = _seeded_store(tmp_path / "store.sqlite")
    before = _snapshot(store_path)
    path = battery / case.file
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        try:
            doc = read_path(str(path), max_bytes=32 * 1024 * 1024)
            records = records_of(doc, Options(date=DAY, max_entries=MAX_ENTRIES))
            with Store(store_path) as store:
                result = store.ingest("hostile", doc, records)
            error = None
        except (ReadError, NoEntries, StoreError) as exc:
            error = str(exc)
    seen = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    assert seen == case.warnings
    if case.error is not None:
        assert error == case.error.format(path=path)
        assert _snapshot(store_path) == before
        return
    assert error is None
    assert result.added == case.entries
    stored = _stored(store_path, doc.name)
    assert [r["text"] for r in stored] == [r.text for r in records]
    if case.check:
        case.check(stored)
    after = _snapshot(store_path)
    assert after["documents"] == before["documents"] + 1 and after["entries"] == before["entries"] + (
        case.entries or 0
    )


def test_cli_ingest_of_the_whole_battery(battery: Path, tmp_path: Path) -> None:
    """One `rewind ingest` over every hostile file: one line per bad file, the good ones stored whole."""
    store_path = _seeded_store(tmp_path / "store.sqlite")
    before = _snapshot(store_path)
    paths = [str(battery / c.file) for c in CASES]
    run = run_rewind(
        "ingest", *paths, "--story", "hostile", "--date", DAY.isoformat(), "--max-entries", str(MAX_ENTRIES),
        store=store_path,
    )  # fmt: skip
    assert run.returncode == 1  # some inputs were unusable
    lines = run.stderr.splitlines()
    expected = []
    for case, path in zip(CASES, paths, strict=True):
        expected += [f"rewind: warning: {w}" for w in case.warnings]
        if case.error is not None:
            expected.append("rewind: " + case.error.format(path=path))
        else:
            expected.append(f"{case.name} → story hostile: +{case.entries} new, 0 edited, 0 removed")
    assert lines == expected
    good = [c for c in CASES if c.error is None]
    after = _snapshot(store_path)
    assert after["documents"] == before["documents"] + len(good)
    assert after["entries"] == before["entries"] + sum(c.entries or 0 for c in good)
    for case in good:
        stored = _stored(store_path, case.name)
        assert len(stored) == case.entries
        if case.check:
            case.check(stored)
    assert len(_stored(store_path, "seed-blog")) == 3


def test_whole_input_unusable_exits_1_and_writes_nothing(battery: Path, tmp_path: Path) -> None:
    store_path = _seeded_store(tmp_path / "store.sqlite")
    before = _snapshot(store_path)
    for file in ("png.txt", "labels-only.txt", "big-50mb.txt"):
        run = run_rewind("ingest", str(battery / file), store=store_path)
        assert run.returncode == 1
        assert len(run.stderr.splitlines()) == 1 and run.stderr.startswith("rewind: ")
        assert "Traceback" not in run.stderr
    assert _snapshot(store_path) == before


def test_limits_are_options_named_in_the_error(battery: Path) -> None:
    run = run_rewind("extract", str(battery / "big-50mb.txt"), "--max-bytes", "1000")
    assert run.returncode == 1
    assert (
        run.stderr
        == f"rewind: {battery / 'big-50mb.txt'}: input is 52,428,800 bytes, over the limit of 1,000 (--max-bytes)\n"
    )
    run = run_rewind("extract", "-", "--max-bytes", "100", stdin=EN)
    assert (run.returncode, run.stderr) == (
        1,
        "rewind: stdin: input is over the limit of 100 bytes (--max-bytes)\n",
    )
    run = run_rewind("extract", str(battery / "crlf.txt"), "--max-entries", "2")
    assert (run.returncode, run.stderr) == (
        1,
        "rewind: crlf: 3 entries, over the limit of 2 (--max-entries)\n",
    )
    assert run.stdout == ""
    run = run_rewind("extract", str(battery / "crlf.txt"), "--max-bytes", "0")
    assert run.returncode == 2 and run.stderr.splitlines()[-1].endswith(
        "argument --max-bytes: must be above zero: '0'"
    )
    run = run_rewind("extract", str(battery / "crlf.txt"), "--tz", "+99:00")
    assert (run.returncode, run.stderr) == (
        2,
        "rewind: impossible UTC offset '+99:00' (offsets run from -12:00 to +14:00)\n",
    )


def test_a_page_with_10000_entries_splits_exactly() -> None:
    """The 10,000-entry page is read entry by entry with its own times (split and clock, no extraction)."""
    from newsrewind.pipeline import entries_of
    from newsrewind.read import read_bytes

    entries = entries_of(read_bytes(_html_updates(10_000), "updates"), Options(date=DAY, max_entries=10_000))
    assert len(entries) == 10_000
    assert entries[0].text.endswith("Update 0: the rescuers reached another street.")
    assert (
        entries[9_999].reported_at is not None
        and entries[9_999].reported_at.isoformat() == "2024-03-01T22:39:00+02:00"
    )


def test_store_that_is_not_sqlite(tmp_path: Path, battery: Path) -> None:
    fake = tmp_path / "notes.sqlite"
    fake.write_bytes(b"These are my notes, not a database. " * 100)
    content = fake.read_bytes()
    for args in (("ingest", str(battery / "crlf.txt")), ("at", "now"), ("stories",)):
        run = run_rewind(*args, store=str(fake))
        assert (run.returncode, run.stderr) == (
            1,
            f"rewind: {fake} is not a rewind store (file is not a database)\n",
        )
    assert fake.read_bytes() == content


def test_store_that_is_another_programs_sqlite(tmp_path: Path, battery: Path) -> None:
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.commit()
    db.close()
    run = run_rewind("ingest", str(battery / "crlf.txt"), store=str(other))
    assert (run.returncode, run.stderr) == (
        1,
        f"rewind: {other} is a SQLite database of something else (tables: contacts); not writing to it\n",
    )
    run = run_rewind("at", "now", store=str(other))
    assert (run.returncode, run.stderr) == (
        1,
        f"rewind: {other} is not a rewind store (no rewind tables in it)\n",
    )
    assert _snapshot(str(other)) == {"contacts": 0}


def test_store_that_is_a_directory(tmp_path: Path, battery: Path) -> None:
    folder = tmp_path / "store.sqlite"
    folder.mkdir()
    for args in (("ingest", str(battery / "crlf.txt")), ("at", "now")):
        run = run_rewind(*args, store=str(folder))
        assert (run.returncode, run.stderr) == (1, f"rewind: cannot open store {folder}: it is a directory\n")
    assert list(folder.iterdir()) == []


def _make_read_only(folder: Path) -> Callable[[], None]:
    """Make a folder unwritable, even for root (immutable flag); return the undo."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a read-only folder")
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {done.stderr.decode().strip()}")

    def undo() -> None:
        subprocess.run(["chattr", "-i", str(folder)], check=True)

    return undo


def test_read_only_store_location(tmp_path: Path, battery: Path) -> None:
    """A store in a folder nobody may write: ingest refuses in one line; reading still works."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    existing = _seeded_store(folder / "kept.sqlite")  # a WAL store closed cleanly: no -wal/-shm beside it
    assert sorted(p.name for p in folder.iterdir()) == ["kept.sqlite", "seed-blog.txt"]
    before = _snapshot(existing)
    undo = _make_read_only(folder)
    try:
        run = run_rewind("ingest", str(battery / "crlf.txt"), store=str(folder / "new.sqlite"))
        assert (run.returncode, run.stderr) == (
            1,
            f"rewind: cannot open store {folder / 'new.sqlite'}: unable to open database file\n",
        )
        assert not (folder / "new.sqlite").exists()
        run = run_rewind("at", "now", "--json", store=existing)
        assert run.returncode == 0, run.stderr
        assert len(json.loads(run.stdout)["entries"]) == 3
        run = run_rewind("ingest", str(battery / "crlf.txt"), store=existing)
        assert (run.returncode, run.stderr) == (
            1,
            f"rewind: cannot open store {existing}: unable to open database file\n",
        )
    finally:
        undo()
    assert _snapshot(existing) == before


FUZZ_FINDINGS = sorted((Path(__file__).parent / "fixtures" / "fuzz").glob("*.bin"))


@pytest.mark.parametrize("path", FUZZ_FINDINGS, ids=[p.name for p in FUZZ_FINDINGS])
def test_fuzz_findings_stay_fixed(path: Path) -> None:
    """Inputs tools/fuzz.py once broke the readers with: now a one-line refusal or a document."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).parent.parent / "tools" / "fuzz.py")
    assert spec and spec.loader
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    fuzz.run_one(path.read_bytes(), extract=True)


def test_words_with_unnamed_characters_in_russian_text() -> None:
    """Characters with no Unicode name (unassigned, private use) inside Russian words do not stop
    extraction; the rest of the entry is still read (a crash the property tests found)."""
    from newsrewind.read import read_bytes

    text = "14:30 Погибли 12 человек, ранены 353 жителя города. Знаки \U00017000 и \ue000дом.\n"
    records = records_of(read_bytes(text.encode("utf-8"), "odd"), Options(date=DAY))
    assert len(records) == 1
    killed = [(f.measure, f.low) for f in records[0].figures if f.measure == "killed"]
    assert killed == [("killed", 12)]
