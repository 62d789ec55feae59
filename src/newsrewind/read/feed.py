"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one entry per item.

An item's text is its title and its description/content without markup. Its
date string is kept with the offset it was written with (RFC 822 dates via
``email.utils``; Atom's RFC 3339 as is) in ``Stamp.iso``.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from newsrewind.extract.normalize import nfc
from newsrewind.model import Block, Document, Stamp
from newsrewind.read.html import _WS, _date_of, _parse_iso, fragment_paragraphs, local_iso, paragraphs
from newsrewind.read.text import ReadError


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _kids(el: Any, *names: str) -> list[Any]:
    return [c for c in el if _local(c) in names]


def _kid(el: Any, *names: str) -> Any | None:
    for name in names:  # in order of preference
        for c in el:
            if _local(c) == name:
                return c
    return None


def _plain(el: Any | None) -> str:
    return _WS.sub(" ", "".join(el.itertext())).strip() if el is not None else ""


def parse_xml(text: str) -> Any:
    """A lenient, entity-safe XML tree (no network, no external entities)."""
    import lxml.etree

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = lxml.etree.fromstring(text.encode("utf-8"), parser)
    except lxml.etree.XMLSyntaxError as exc:
        raise ReadError(f"not a readable feed ({exc})") from exc
    if root is None:
        raise ReadError("not a readable feed")
    return root


def feed_date(value: str | None) -> str | None:
    """ISO 8601 for an RFC 822 or RFC 3339 date, keeping the offset written."""
    if not value or not value.strip():
        return None
    value = value.strip()
    dt: datetime | None
    if value[:4].isdigit():
        dt = _parse_iso(value)
    else:
        try:
            dt = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            dt = None
        if dt is not None and dt.tzinfo is None:  # "-0000": UTC, origin unknown
            dt = dt.replace(tzinfo=UTC)
    return dt.isoformat() if dt is not None else None


def _content_paragraphs(el: Any | None) -> list[str]:
    if el is None:
        return []
    kind = (el.get("type") or "").lower()
    if kind == "xhtml" or (len(el) and not (el.text or "").strip() and kind not in ("text", "html")):
        return paragraphs(list(el), drop_noise=False)
    return fragment_paragraphs(el.text or "")


def _item_block(item: Any, atom: bool) -> tuple[Block | None, str | None]:
    title_el = _kid(item, "title")
    title_paras = _content_paragraphs(title_el) if title_el is not None else []
    title = " ".join(title_paras).strip() or None
    if atom:
        body_el = _kid(item, "content", "summary")
        date_raw = _plain(_kid(item, "published", "issued", "created")) or _plain(
            _kid(item, "updated", "modified")
        )
        modified = _plain(_kid(item, "updated", "modified")) or None
        link = None
        for ln in _kids(item, "link"):
            if (ln.get("rel") or "alternate") == "alternate" and ln.get("href"):
                link = ln.get("href")
                break
        url = link or _plain(_kid(item, "id")) or None
    else:
        content = _kid(item, "encoded")
        description = _kid(item, "description")
        body_el = content if content is not None and _plain(content) else description
        date_raw = _plain(_kid(item, "pubdate", "date", "issued", "published"))
        modified = _plain(_kid(item, "modified", "updated")) or None
        url = _plain(_kid(item, "link")) or _plain(_kid(item, "guid")) or None
    body = _content_paragraphs(body_el)
    paras = list(body)
    if title and not (paras and paras[0].startswith(title.rstrip(".…"))):
        paras.insert(0, title)
    text = "\n\n".join(nfc(p) for p in paras if p)
    if not text:
        return None, None
    iso = feed_date(date_raw)
    return (
        Block(
            seq=0,
            text=text,
            stamp=Stamp(iso=iso) if iso else None,
            headline=nfc(title) if title else None,
            url=url,
            modified=modified,
        ),
        date_raw or None,
    )


def document_from_feed(text: str, name: str, path: str | None = None, url: str | None = None) -> Document:
    """A Document from an RSS or Atom feed, one block per item."""
    from newsrewind.read.html import _lang_code, offset_of

    root = parse_xml(text)
    kind_root = _local(root)
    atom = kind_root == "feed"
    if kind_root == "rss":
        channel = _kid(root, "channel")
        if channel is None:
            raise ReadError(f"{name}: RSS without a channel")
        items = _kids(channel, "item")
    elif kind_root == "rdf":
        channel = _kid(root, "channel")
        items = _kids(root, "item")
    elif atom:
        channel = root
        items = _kids(root, "entry")
    else:
        raise ReadError(f"{name}: XML, but not an RSS or Atom feed (root <{kind_root}>)")
    blocks: list[Block] = []
    raws: list[str] = []
    for item in items:
        block, raw = _item_block(item, atom)
        if block is not None:
            block.seq = len(blocks)
            blocks.append(block)
            if raw:
                raws.append(raw)
    # the feed's own clock: the offset most of its dates are written in, when not UTC
    offsets = Counter(o for o in (offset_of(b.stamp.iso) for b in blocks if b.stamp and b.stamp.iso) if o)
    tz = next((o for o, _ in offsets.most_common() if o not in ("+00:00", "-00:00")), None)
    if tz:
        for b in blocks:
            if b.stamp and b.stamp.iso:
                b.stamp.iso = local_iso(b.stamp.iso, None, tz) or b.stamp.iso
    pos = 0
    for b in blocks:
        b.start = pos
        pos += len(b.text) + 2
    lang = None
    if channel is not None:
        lang = _lang_code(_plain(_kid(channel, "language")))
    lang = lang or _lang_code(root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    title = _plain(_kid(channel, "title")) if channel is not None else ""
    link = None
    if channel is not None:
        if atom:
            link = next(
                (
                    ln.get("href")
                    for ln in _kids(channel, "link")
                    if (ln.get("rel") or "alternate") == "alternate"
                ),
                None,
            )
        else:
            link = _plain(_kid(channel, "link")) or None
    dates = sorted(d for d in (_date_of(b.stamp.iso) for b in blocks if b.stamp and b.stamp.iso) if d)
    published: date | None = dates[0] if dates else None
    return Document(
        name=name,
        text="\n\n".join(b.text for b in blocks),
        kind="atom" if atom else "rss",
        path=path,
        url=url or link,
        lang=lang,
        outlet=nfc(title) if title else None,
        published=published,
        tz=tz,
        blocks=blocks,
    )
