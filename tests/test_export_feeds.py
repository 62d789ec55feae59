"""`rewind export --format atom|jsonld`: valid Atom with RFC 6721 tombstones, schema.org LiveBlogPosting."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from newsrewind.pipeline import records_of
from newsrewind.present.feeds import headline
from newsrewind.read import read_bytes
from newsrewind.store import open_store
from tests.conftest import run_rewind
from tests.test_watch import PAGE_V1, PAGE_V2, liveblog_html

A = "{http://www.w3.org/2005/Atom}"
AT = "{http://purl.org/atompub/tombstones/1.0}"
FIRST_SEEN = "2024-09-12T08:00:00.000000Z"
SECOND_SEEN = "2024-09-12T08:20:00.000000Z"


@pytest.fixture
def floods(store_path: str) -> str:
    """A store where the floods page was read twice: an entry added, one edited, one removed."""
    with open_store(store_path) as store:
        for page, seen in ((PAGE_V1, FIRST_SEEN), (PAGE_V2, SECOND_SEEN)):
            doc = read_bytes(liveblog_html(page), "floods-live", url="http://127.0.0.1/live/floods")
            store.ingest("floods", doc, records_of(doc), ingested_at=seen)
    return store_path


def atom(store: str, *args: str) -> ET.Element:
    proc = run_rewind("export", "--format", "atom", "--story", "floods", *args, store=store)
    assert proc.returncode == 0, proc.stderr
    return ET.fromstring(proc.stdout.encode("utf-8"))


def when(value: str | None) -> datetime:
    assert value is not None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_atom_feed_is_valid_and_keeps_removed_entries_as_tombstones(floods: str, tmp_path: Path) -> None:
    feed = atom(floods)
    assert feed.tag == A + "feed"
    assert feed.findtext(A + "title") == "floods"
    assert feed.findtext(A + "id", "").startswith("urn:uuid:")
    assert when(feed.findtext(A + "updated")) == when(SECOND_SEEN)
    assert feed.findtext(f"{A}author/{A}name") == "Valley Herald"

    entries = feed.findall(A + "entry")
    assert [e.findtext(A + "published") for e in entries] == [
        "2024-09-12T11:45:00+03:00",
        "2024-09-12T10:20:00+03:00",
        "2024-09-12T09:10:00+03:00",
        "2024-09-12T08:30:00+03:00",
    ]
    for e in entries:  # what RFC 4287 requires of every entry
        assert e.findtext(A + "id", "").startswith("urn:uuid:")
        assert e.findtext(A + "title")
        when(e.findtext(A + "updated"))
        content = e.find(A + "content")
        assert content is not None and content.get("type") == "text" and content.text
        assert e.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert len({e.findtext(A + "id") for e in entries}) == 4

    # the edited entry carries its new text and the time the edit was seen
    bridge = entries[1]
    assert "18 police officers" in (bridge.findtext(A + "content") or "")
    assert when(bridge.findtext(A + "updated")) == when(SECOND_SEEN)
    assert bridge.findtext(A + "title") == "Bridge collapse at the border post"
    assert entries[2].findtext(A + "updated") == entries[2].findtext(A + "published")

    # the removed entry: a tombstone that points to the id it had, stamped with when it vanished
    tombs = feed.findall(AT + "deleted-entry")
    assert len(tombs) == 1
    tomb = tombs[0]
    assert when(tomb.get("when")) == when(SECOND_SEEN)
    assert tomb.get("ref") not in {e.findtext(A + "id") for e in entries}
    assert "Schools shut" in (tomb.findtext(AT + "comment") or "")

    # the tombstone's ref is the id the entry had while it was live (ids are stable across exports)
    first_only = str(tmp_path / "first.sqlite")
    with open_store(first_only) as store:
        doc = read_bytes(liveblog_html(PAGE_V1), "floods-live")
        store.ingest("floods", doc, records_of(doc), ingested_at=FIRST_SEEN)
    before = {
        e.findtext(A + "published"): e.findtext(A + "id") for e in atom(first_only).findall(A + "entry")
    }
    assert tomb.get("ref") == before["2024-09-12T10:50:00+03:00"]
    assert bridge.findtext(A + "id") == before["2024-09-12T10:20:00+03:00"]


def test_atom_until_keeps_only_what_was_reported_by_then(floods: str) -> None:
    feed = atom(floods, "--until", "10:30")
    published = [e.findtext(A + "published") for e in feed.findall(A + "entry")]
    assert published == [
        "2024-09-12T10:20:00+03:00",
        "2024-09-12T09:10:00+03:00",
        "2024-09-12T08:30:00+03:00",
    ]
    assert feed.findall(AT + "deleted-entry") == []  # the schools entry was reported at 10:50


def test_jsonld_is_a_liveblogposting_that_reads_back(floods: str) -> None:
    proc = run_rewind("export", "--format", "jsonld", "--story", "floods", store=floods)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["@context"] == "https://schema.org" and data["@type"] == "LiveBlogPosting"
    assert data["inLanguage"] == "en"
    assert data["publisher"]["name"] == "Valley Herald"
    assert data["coverageStartTime"] == "2024-09-12T08:30:00+03:00"
    updates = data["liveBlogUpdate"]
    assert [u["datePublished"] for u in updates] == [
        "2024-09-12T11:45:00+03:00",
        "2024-09-12T10:20:00+03:00",
        "2024-09-12T09:10:00+03:00",
        "2024-09-12T08:30:00+03:00",
    ]
    for u in updates:
        assert u["@type"] == "BlogPosting" and u["headline"] and u["articleBody"]
    assert updates[1]["headline"] == "Bridge collapse at the border post"
    assert "18 police officers" in updates[1]["articleBody"]
    assert when(updates[1]["dateModified"]) == when(SECOND_SEEN)
    assert "dateModified" not in updates[0]
    assert not any("Schools" in u["articleBody"] for u in updates)  # removed entries are not current

    # our own reader takes the export back with the same entries and times
    doc = read_bytes(proc.stdout.encode("utf-8"), "floods-export")
    assert doc.kind == "jsonld" and doc.blocks is not None
    assert [b.stamp.iso for b in doc.blocks if b.stamp] == [u["datePublished"] for u in updates]
    assert [b.text for b in doc.blocks] == [u["articleBody"] for u in updates]


def test_headline_from_entry_text() -> None:
    assert headline("Bilanț nou\n\nISU anunță 14 răniți.") == "Bilanț nou"
    long = (
        "Власти сообщили об эвакуации. "
        + "Спасатели работают всю ночь в затопленных районах города и области " * 3
    )
    assert headline(long) == "Власти сообщили об эвакуации."
    words = "The regional emergency committee " * 8
    cut = headline(words)
    assert cut.endswith("…") and len(cut) <= 111 and words.startswith(cut[:-1])
