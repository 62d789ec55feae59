"""Feeds out: Atom with RFC 6721 tombstones, and schema.org LiveBlogPosting JSON-LD.

``to_atom`` takes every stored version of a story's entries (``Store.changes``,
in ingest order) so that an entry removed from the page becomes an
``at:deleted-entry`` instead of silently vanishing. ``to_jsonld`` takes the
current entries (``EntryView``) and writes the markup outlets publish, which
``rewind ingest`` reads back.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any
from xml.etree import ElementTree as ET

from newsrewind import __version__
from newsrewind.query import EntryView

ATOM = "http://www.w3.org/2005/Atom"
TOMBSTONES = "http://purl.org/atompub/tombstones/1.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HEADLINE_MAX = 110


def headline(text: str) -> str:
    """A headline for an entry: its first paragraph or sentence, else its opening words."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= HEADLINE_MAX:
        return first
    sentence = re.split(r"(?<=[.!?…])\s", first, maxsplit=1)[0]
    if len(sentence) <= HEADLINE_MAX:
        return sentence
    cut = first[:HEADLINE_MAX].rsplit(" ", 1)[0].rstrip(",;:–-— ")
    return cut + "…"


def entry_id(story: str, document: str, entry_key: str) -> str:
    """A stable IRI for an entry: the same entry keeps its id across exports and edits."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"newsrewind:{story}/{document}/{entry_key}").urn


def story_id(story: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"newsrewind:{story}").urn


def rfc3339(value: str | None) -> str | None:
    """An ISO time as RFC 3339 needs it (with an offset); None for a time without one."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        return None
    return value if value.endswith("Z") else dt.isoformat()


def _get(row: Any, key: str) -> Any:
    try:
        return row[key]
    except (KeyError, IndexError):
        return None


def to_atom(
    story: str,
    versions: Iterable[Any],
    *,
    until_utc: str | None = None,
    outlets: Mapping[str, str | None] | None = None,
) -> str:
    """An Atom feed of a story: one entry per current entry, a tombstone per removed one.

    ``versions`` are rows with entry_id, entry_key, document, change (new | edit |
    removed), reported_at, reported_utc, lang, text, record and ingested_at, oldest first.
    ``until_utc`` keeps only entries reported by then.
    """
    ET.register_namespace("", ATOM)
    ET.register_namespace("at", TOMBSTONES)
    outlets = outlets or {}
    by_entry: dict[Any, list[Any]] = {}
    for v in versions:
        by_entry.setdefault(_get(v, "entry_id"), []).append(v)

    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = story
    ET.SubElement(feed, f"{{{ATOM}}}id").text = story_id(story)
    newest = max((str(_get(v, "ingested_at")) for vs in by_entry.values() for v in vs), default=None)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = newest or datetime.now().astimezone().isoformat(
        timespec="seconds"
    )
    names = sorted({o for o in outlets.values() if o})
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = ", ".join(names) if names else "newsrewind"
    generator = ET.SubElement(feed, f"{{{ATOM}}}generator", {"version": __version__})
    generator.text = "newsrewind"

    live: list[list[Any]] = []
    gone: list[list[Any]] = []
    for vs in by_entry.values():
        last = vs[-1]
        reported_utc = _get(last, "reported_utc")
        if until_utc and (not reported_utc or reported_utc > until_utc):
            continue
        (gone if _get(last, "change") == "removed" else live).append(vs)

    def order(vs: list[Any]) -> tuple[str, int]:
        return (_get(vs[-1], "reported_utc") or "", -(_get(vs[-1], "seq") or 0))

    for vs in sorted(live, key=order, reverse=True):
        first, last = vs[0], vs[-1]
        document = _get(last, "document") or ""
        text = _get(last, "text") or ""
        published = rfc3339(_get(last, "reported_at")) or str(_get(first, "ingested_at"))
        # edited (or removed and back): updated is when we saw the current version
        updated = str(_get(last, "ingested_at")) if len(vs) > 1 else published
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        if _get(last, "lang"):
            entry.set(XML_LANG, str(_get(last, "lang")))
        ET.SubElement(entry, f"{{{ATOM}}}id").text = entry_id(story, document, _get(last, "entry_key") or "")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = headline(text)
        ET.SubElement(entry, f"{{{ATOM}}}published").text = published
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = updated
        if outlets.get(document):
            who = ET.SubElement(entry, f"{{{ATOM}}}author")
            ET.SubElement(who, f"{{{ATOM}}}name").text = outlets[document]
        record = _record(last)
        for kind in sorted({ev["type"] for ev in record.get("events") or []}):
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": kind, "scheme": "urn:newsrewind:event"})
        ET.SubElement(entry, f"{{{ATOM}}}content", {"type": "text"}).text = text

    for vs in sorted(gone, key=order, reverse=True):
        last = vs[-1]
        document = _get(last, "document") or ""
        tomb = ET.SubElement(
            feed,
            f"{{{TOMBSTONES}}}deleted-entry",
            {
                "ref": entry_id(story, document, _get(last, "entry_key") or ""),
                "when": str(_get(last, "ingested_at")),
            },
        )
        shown = [v for v in vs if _get(v, "text")]
        was = f": {headline(_get(shown[-1], 'text'))}" if shown else ""
        ET.SubElement(tomb, f"{{{TOMBSTONES}}}comment").text = f"removed from {document}{was}"

    ET.indent(feed, space=" ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _record(row: Any) -> dict[str, Any]:
    raw = _get(row, "record")
    if isinstance(raw, dict):
        return raw
    try:
        return json.loads(raw) if raw else {}
    except ValueError:
        return {}


def to_jsonld(story: str, entries: list[EntryView], *, outlet: str | None = None) -> str:
    """A schema.org LiveBlogPosting with one BlogPosting per entry in ``liveBlogUpdate``, newest first."""
    ordered = sorted(
        entries,
        key=lambda e: (e.reported_at is not None, _utc_key(e.reported_at), -(e.seq or 0)),
        reverse=True,
    )
    updates = []
    for e in ordered:
        item: dict[str, Any] = {"@type": "BlogPosting", "headline": headline(e.text)}
        published = rfc3339(e.reported_at)
        if published:
            item["datePublished"] = published
        if e.change == "edit":
            item["dateModified"] = e.ingested_at
        item["articleBody"] = e.text
        if e.lang:
            item["inLanguage"] = e.lang
        updates.append(item)
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": story}
    langs = Counter(e.lang for e in entries if e.lang)
    if langs:
        data["inLanguage"] = langs.most_common(1)[0][0]
    times = [u["datePublished"] for u in updates if "datePublished" in u]
    if times:
        data["coverageStartTime"] = min(times, key=_utc_key)
        data["datePublished"] = data["coverageStartTime"]
    modified = max((e.ingested_at for e in entries), default=None)
    if modified:
        data["dateModified"] = modified
    if outlet:
        data["publisher"] = {"@type": "NewsMediaOrganization", "name": outlet}
    data["liveBlogUpdate"] = updates
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _utc_key(value: str | None) -> str:
    from newsrewind.store.sqlite import utc_iso

    try:
        return utc_iso(value) or ""
    except ValueError:
        return value or ""
