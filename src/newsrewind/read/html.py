"""HTML live blogs: entries cut by the page's own markup, else its main text.

In order of trust: the schema.org ``LiveBlogPosting`` JSON-LD (its
``liveBlogUpdate`` items, also inside ``@graph``); then the page's repeated
update containers — elements carrying ``<time datetime>``, or repeated blocks
that open with a time label; else the main text (trafilatura, or lxml text
with paragraph breaks) for the plain-text splitter. Exact ``datetime`` values
are kept in ``Stamp.iso``; entry text is clean NFC text, paragraphs joined by
a blank line, without scripts, styles, navigation or asides.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin

from newsrewind.extract.normalize import nfc
from newsrewind.model import Block, Document, Stamp

# Elements whose content is never entry text.
_DROP = frozenset(
    "script style noscript template svg math canvas iframe object embed button form input select option "
    "textarea nav aside head title meta link img picture video audio source track map dialog figcaption".split()
)
# Elements that break a paragraph.
_BLOCK = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote section article header footer main table tr "
    "thead tbody tfoot caption pre figure figcaption address hr br details summary center fieldset "
    "legend body html".split()
)
_PARA_LEVEL = frozenset("p h1 h2 h3 h4 h5 h6 span strong b em i small time a font header label".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_NOISE = re.compile(
    r"(?:^|[-_])(?:share|sharing|social|advert\w*|ads?|adv|banner|promo|newsletter|related|cookies?|"
    r"comments?|sr-only|visually-hidden|screen-reader-text|subscribe|paywall)(?:[-_]|$)",
    re.IGNORECASE,
)
_WS = re.compile(r"[ \t\n\r\f\v]+")
_MARK_OPEN, _MARK_CLOSE = "\x01", "\x02"
_HHMM = re.compile(r"\b([01]?\d|2[0-3])[:.h]([0-5]\d)\b")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})$")


# ---------------------------------------------------------------- parsing


def parse(text: str) -> Any:
    """An lxml HTML tree (lenient), with no XML declaration in the way."""
    import lxml.html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    if not text.strip():
        text = "<html></html>"
    try:
        return lxml.html.document_fromstring(text)
    except Exception:  # lxml.etree.ParserError on documents of only comments etc.
        return lxml.html.document_fromstring("<html><body>" + htmllib.escape(text) + "</body></html>")


def _tag(el: Any) -> str | None:
    tag = el.tag
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower()


def _noisy(el: Any) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.IGNORECASE):
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".split()
    return any(_NOISE.search(n) for n in names)


@dataclass
class _Walk:
    marks: dict[Any, int] = field(default_factory=dict)
    drop_noise: bool = True
    out: list[str] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)

    def flush(self) -> None:
        s = _WS.sub(" ", "".join(self.buf)).strip()
        self.buf.clear()
        if s.strip(_MARK_OPEN + _MARK_CLOSE + " "):
            self.out.append(s)
        elif _MARK_OPEN in s:
            self.out.append(s)

    def walk(self, node: Any, depth: int = 0) -> None:
        tag = _tag(node)
        if tag is None or tag in _DROP or depth > 200:
            return
        if self.drop_noise and tag not in ("html", "body", "main", "article") and _noisy(node):
            return
        if tag == "br" or tag == "hr":
            self.flush()
            return
        block = tag in _BLOCK
        if block:
            self.flush()
        marked = node in self.marks
        if marked:
            self.buf.append(_MARK_OPEN)
        if node.text:
            self.buf.append(node.text)
        for child in node:
            self.walk(child, depth + 1)
            if child.tail:
                self.buf.append(child.tail)
        if marked:
            self.buf.append(_MARK_CLOSE)
        if tag in ("td", "th"):
            self.buf.append(" ")
        if block:
            self.flush()


def paragraphs(
    elements: Iterable[Any], marks: dict[Any, int] | None = None, drop_noise: bool = True
) -> list[str]:
    """The visible paragraphs of some elements, in order (marked elements wrapped in \\x01…\\x02)."""
    w = _Walk(marks=marks or {}, drop_noise=drop_noise)
    for el in elements:
        w.walk(el)
        w.flush()
    return [nfc(p) for p in w.out]


def fragment_paragraphs(markup: str) -> list[str]:
    """Paragraphs of an HTML fragment (JSON-LD articleBody, feed content)."""
    if not re.search(r"<[a-zA-Z/!][^>]*>", markup):
        text = htmllib.unescape(markup)
        parts = re.split(r"\n\s*\n|\r\n\s*\r\n", text) if "\n\n" in text else text.split("\n")
        return [nfc(_WS.sub(" ", p).strip()) for p in parts if p.strip()]
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:
        return [nfc(_WS.sub(" ", htmllib.unescape(re.sub(r"<[^>]+>", " ", markup))).strip())]
    return paragraphs([root], drop_noise=False)


def _join(paras: list[str]) -> str:
    return "\n\n".join(p for p in paras if p)


# ---------------------------------------------------------------- JSON-LD


def loads_lenient(raw: str) -> Any:
    """JSON from a ``<script type=application/ld+json>``; None when it cannot be read."""
    raw = raw.strip()
    raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$", "", raw)
    raw = re.sub(r"^\s*<!--|-->\s*$", "", raw).strip()
    if not raw:
        return None
    for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    # several objects one after another
    decoder = json.JSONDecoder(strict=False)
    items, pos = [], 0
    try:
        while pos < len(raw):
            obj, end = decoder.raw_decode(raw, pos)
            items.append(obj)
            pos = end
            while pos < len(raw) and raw[pos] in " \t\r\n,;":
                pos += 1
    except (ValueError, RecursionError):
        pass
    return items or None


def _objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object inside ``data`` (depth-first, document order)."""
    if depth > 12:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _objects(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    values = t if isinstance(t, list) else [t]
    return {str(v).rsplit("/", 1)[-1] for v in values if v}


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value:
        return _str(value[0])
    if isinstance(value, dict):
        return _str(value.get("name") or value.get("@value") or value.get("url"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def jsonld(root: Any) -> list[Any]:
    """Every readable JSON-LD block of a page (malformed ones skipped)."""
    found = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        data = loads_lenient(script.text or "")
        if data is not None:
            found.append(data)
    return found


def liveblog(data: list[Any]) -> dict[str, Any] | None:
    """The LiveBlogPosting with the most updates, if any."""
    best: dict[str, Any] | None = None
    best_n = -1
    for obj in _objects(data):
        if "LiveBlogPosting" in _types(obj):
            updates = obj.get("liveBlogUpdate")
            n = len(updates) if isinstance(updates, list) else int(isinstance(updates, dict))
            if n > best_n:
                best, best_n = obj, n
    return best


def _update_blocks(posting: dict[str, Any], doc_tz: str | None) -> list[Block]:
    updates = posting.get("liveBlogUpdate")
    items = updates if isinstance(updates, list) else [updates] if isinstance(updates, dict) else []
    blocks: list[Block] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        headline = _str(item.get("headline")) or _str(item.get("name"))
        body = item.get("articleBody") or item.get("text") or item.get("description")
        paras = fragment_paragraphs(body) if isinstance(body, str) else []
        if headline:
            headline = nfc(_WS.sub(" ", htmllib.unescape(headline)).strip())
            if not paras or not paras[0].startswith(headline.rstrip(".…")):
                paras.insert(0, headline)
        text = _join(paras)
        if not text:
            continue
        published = _str(item.get("datePublished")) or _str(item.get("dateCreated"))
        iso = local_iso(published, None, doc_tz) if published else None
        blocks.append(
            Block(
                seq=len(blocks),
                text=text,
                stamp=Stamp(iso=iso) if iso else None,
                headline=headline,
                url=_str(item.get("url")) or _str(item.get("@id")),
                modified=_str(item.get("dateModified")),
            )
        )
    return blocks


# ---------------------------------------------------------------- times


def _parse_iso(value: str) -> datetime | None:
    v = value.strip()
    if not v or not v[:4].isdigit():
        return None
    v = re.sub(r"\s*(?:UTC|GMT)$", "Z", v)
    v = re.sub(r"^(\d{4}-\d{2}-\d{2}) (\d)", r"\1T\2", v)
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        m = re.match(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?", v)
        if not m:
            return None
        try:
            return datetime.fromisoformat(m.group(1) + (m.group(2) or ""))
        except ValueError:
            return None


def _has_time(value: str) -> bool:
    return bool(re.match(r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}", value))


def _fixed_offset(tz: str | None) -> timedelta | None:
    if not tz:
        return None
    m = _OFFSET.search(tz)
    if not m or m.end() - m.start() != len(tz.strip()):
        return None
    sign = 1 if m.group(1) == "+" else -1
    return sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))


def local_iso(value: str, label: str | None, doc_tz: str | None) -> str | None:
    """An exact timestamp in the blog's own clock.

    The instant is kept; only its offset changes: to the one the visible label
    implies ("17:20" shown for 15:20Z → +02:00), else, for a UTC value, to the
    page's own fixed offset.
    """
    if not _has_time(value):
        return None
    dt = _parse_iso(value)
    if dt is None:
        return None
    if dt.tzinfo is not None:
        offset = dt.utcoffset() or timedelta(0)
        shown = _HHMM.search(label or "")
        if shown:
            want = int(shown.group(1)) * 60 + int(shown.group(2))
            have = dt.hour * 60 + dt.minute
            diff = (want - have) % 1440
            if diff > 720:
                diff -= 1440
            new = offset + timedelta(minutes=diff)
            if diff and diff % 15 == 0 and timedelta(hours=-12) <= new <= timedelta(hours=14):
                dt = dt.astimezone(timezone(new))
        elif offset == timedelta(0):
            page = _fixed_offset(doc_tz)
            if page:
                dt = dt.astimezone(timezone(page))
    return dt.isoformat()


def offset_of(value: str | None) -> str | None:
    """The explicit ``±HH:MM`` offset written in a timestamp (never for ``Z``)."""
    if not value or not _has_time(value):
        return None
    m = re.search(r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*([+-])(\d{2}):?(\d{2})\s*$", value.strip())
    return f"{m.group(1)}{m.group(2)}:{m.group(3)}" if m else None


def _date_of(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# ---------------------------------------------------------------- metadata


@dataclass
class Meta:
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def _meta(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (
            el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or ""
        ).lower()
        value = el.get("content")
        if key and value and key not in found:
            found[key] = value.strip()
    return found


def _lang_code(value: str | None) -> str | None:
    from newsrewind.lang import available

    if not value:
        return None
    code = re.split(r"[-_\s,;]", value.strip().lower(), maxsplit=1)[0]
    return code if code in available() else None


def metadata(root: Any, data: list[Any], posting: dict[str, Any] | None, url: str | None) -> Meta:
    """What the page says about itself: language, outlet, canonical URL, publication time."""
    meta = _meta(root)
    objs = list(_objects(data))
    articles = ([posting] if posting else []) + [
        o
        for o in objs
        if _types(o) & {"NewsArticle", "Article", "ReportageNewsArticle", "WebPage", "BlogPosting"}
    ]
    m = Meta()
    candidates = [
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        meta.get("og:locale"),
    ]
    candidates += [meta.get("content-language"), meta.get("language"), meta.get("dc.language")]
    candidates += [_str(o.get("inLanguage")) for o in articles]
    m.lang = next((c for c in map(_lang_code, candidates) if c), None)

    publishers = [_str(o.get("publisher")) for o in articles if o.get("publisher")]
    m.outlet = (
        meta.get("og:site_name") or next((p for p in publishers if p), None) or meta.get("application-name")
    )

    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href").strip()
            break
    page_url = (
        canonical or meta.get("og:url") or next((_str(o.get("url")) for o in articles if o.get("url")), None)
    )
    base = url or meta.get("og:url")
    if page_url and base:
        page_url = urljoin(base, page_url)
    m.url = page_url if page_url and re.match(r"^https?://", page_url) else url

    dates = [_str(posting.get("coverageStartTime")) if posting else None]
    dates += [_str(o.get("datePublished")) for o in articles]
    dates += [
        meta.get(k) for k in ("article:published_time", "datepublished", "og:published_time", "pubdate")
    ]
    dates += [meta.get(k) for k in ("date", "dc.date.issued", "dc.date", "publish-date", "sailthru.date")]
    m.published = next((d for d in dates if d and _date_of(d)), None)
    return m


# ---------------------------------------------------------------- update containers


@dataclass
class _Container:
    elements: list[Any]
    time_el: Any | None = None
    label: str | None = None
    stamp: Stamp | None = None


def _clean_tree(root: Any) -> None:
    """Drop comments, processing instructions and never-text elements (keeping their tails)."""
    doomed = [
        el
        for el in root.iter()
        if not isinstance(el.tag, str) or _tag(el) in ("script", "style", "noscript", "template", "svg")
    ]
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _ancestors(el: Any) -> Iterator[Any]:
    p = el.getparent()
    while p is not None:
        yield p
        p = p.getparent()


def _text_len(el: Any) -> int:
    return len(_WS.sub(" ", el.text_content() or "").strip())


def _signature(el: Any) -> tuple[str, ...]:
    path = [_tag(a) or "" for a in reversed(list(_ancestors(el)))]
    own = f"{el.get('class') or ''}|{el.get('itemprop') or ''}".strip().lower()
    return (*path, _tag(el) or "", own)


def _extend(start: Any, stop_at: set[Any], fat: bool) -> list[Any]:
    """An update element plus the siblings after it that belong to it."""
    els = [start]
    if fat:
        return els
    sib = start.getnext()
    while sib is not None and sib not in stop_at:
        if isinstance(sib.tag, str):
            els.append(sib)
        sib = sib.getnext()
    return els


def _is_fat(el: Any, minus: int = 0) -> bool:
    tag = _tag(el) or ""
    return tag not in _PARA_LEVEL and _text_len(el) - minus >= 25


def time_containers(root: Any) -> list[_Container]:
    """Update containers found from repeated ``<time>`` elements."""
    times = [
        t
        for t in root.iter("time")
        if not any(_tag(a) in ("nav", "aside", "form", "head") for a in _ancestors(t))
        and (t.get("datetime") or (t.text_content() or "").strip())
    ]
    groups: dict[tuple[str, ...], list[Any]] = defaultdict(list)
    for t in times:
        groups[_signature(t)].append(t)
    best: list[_Container] = []
    best_key = (0, 0)
    for members in groups.values():
        if len(members) < 2:
            continue
        conts = _containers_for(members)
        key = (
            sum(1 for c in conts if sum(_text_len(e) for e in c.elements) >= 20),
            sum(_text_len(e) for c in conts for e in c.elements),
        )
        if key > best_key:
            best, best_key = conts, key
    return best if best_key[0] >= 2 else []


def _containers_for(members: list[Any]) -> list[_Container]:
    count: dict[Any, int] = defaultdict(int)
    for t in members:
        for a in _ancestors(t):
            count[a] += 1
    tops: list[tuple[Any, Any]] = []
    seen: set[Any] = set()
    for t in members:
        e = t
        parent = e.getparent()
        while parent is not None and count[parent] == 1 and _tag(parent) not in ("body", "html", "main"):
            e = parent
            parent = e.getparent()
        if e in seen:
            continue
        seen.add(e)
        tops.append((e, t))
    # a sibling holding another update ends the run of siblings
    holders = set(count) | set(members)
    out = []
    for e, t in tops:
        minus = len((t.text_content() or "").strip())
        out.append(_Container(elements=_extend(e, holders, _is_fat(e, minus)), time_el=t))
    return out


def _first_line(el: Any) -> str:
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size > 160:
            break
    return _WS.sub(" ", "".join(parts)).strip()[:160]


def _lead(line: str) -> Any | None:
    """The split.py mark of a line opening with a time label (cheap test first)."""
    from newsrewind.split import LEAD, mark_line

    if not _HHMM.search(line[:60]):
        return None
    mark = mark_line(line[:240])
    return mark if mark is not None and mark.kind == LEAD else None


def label_containers(root: Any) -> list[_Container]:
    """Update containers found from repeated blocks opening with a time label."""
    body = root.find("body")
    if body is None:
        body = root
    outside = {
        el for top in body.iter("nav", "aside", "form", "footer") for el in top.iter() if el is not top
    }
    flagged: dict[Any, list[Any]] = defaultdict(list)
    for el in body.iter("p", "div", "li", "article", "section", "h2", "h3", "h4", "h5", "h6", "tr", "dt"):
        if el in outside:
            continue
        line = _first_line(el)
        if not line or not line[:1].isalnum():
            continue
        mark = _lead(line)
        if mark is None or mark.stamp is None or not mark.stamp.has_time:
            continue
        parent = el.getparent()
        if parent is not None:
            flagged[parent].append(el)
    if not flagged:
        return []

    def depth(el: Any) -> int:
        return sum(1 for _ in _ancestors(el))

    parent, kids = max(flagged.items(), key=lambda kv: (len(kv[1]), depth(kv[0])))
    if len(kids) < 2:
        return []
    kid_set = set(kids)
    return [_Container(elements=_extend(k, kid_set, _is_fat(k))) for k in kids]


# ---------------------------------------------------------------- containers → blocks


def _meta_line(text: str) -> bool:
    return len(text) <= 60 and len(text.split()) <= 8


def _container_block(cont: _Container, seq: int, doc_tz: str | None) -> Block | None:
    from newsrewind.split import mark_line

    marks: dict[Any, int] = {}
    extra_times = []
    for el in cont.elements:
        for t in el.iter("time"):
            marks[t] = len(marks)
            if t is not cont.time_el:
                extra_times.append(t)
    if cont.time_el is not None and cont.time_el not in marks:
        marks[cont.time_el] = len(marks)
    paras = paragraphs(cont.elements, marks)
    label: str | None = None
    stamp: Stamp | None = None
    modified: str | None = None
    primary_seen = False
    kept: list[str] = []
    for para in paras:
        if _MARK_OPEN not in para:
            kept.append(para)
            continue
        clean = para.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "").strip()
        inner = (
            para[para.index(_MARK_OPEN) + 1 : para.index(_MARK_CLOSE)].strip() if _MARK_CLOSE in para else ""
        )
        if not primary_seen and cont.time_el is not None:
            primary_seen = True
            lead = _lead(clean)
            if _meta_line(clean):  # the paragraph is only the label (or a byline with it)
                label = lead.label if lead else (inner or clean)
                continue
            before = para[: para.index(_MARK_OPEN)].strip()
            if lead is not None and len(before) <= 20:
                label, rest = lead.label, clean[lead.text_start :].strip()
            elif inner and not before:
                label, rest = inner, clean[len(inner) :].lstrip(" .,:;|-–—")
            else:
                label, rest = inner or None, clean
            if rest:
                kept.append(rest)
            continue
        if _meta_line(clean):
            continue
        kept.append(clean)
    if cont.time_el is not None:
        dt_attr = (cont.time_el.get("datetime") or "").strip()
        iso = local_iso(dt_attr, label, doc_tz) if dt_attr else None
        if iso:
            stamp = Stamp(iso=iso)
        elif label:
            mark = mark_line(label)
            stamp = mark.stamp if mark and mark.stamp and mark.stamp.has_time else None
            if stamp is None and _date_of(dt_attr):
                d = _date_of(dt_attr)
                assert d is not None
                m = _HHMM.search(label)
                if m:
                    stamp = Stamp(
                        hour=int(m.group(1)), minute=int(m.group(2)), year=d.year, month=d.month, day=d.day
                    )
        for t in extra_times:
            hint = f"{t.get('class') or ''} {t.get('itemprop') or ''}".lower()
            if t.get("datetime") and ("modif" in hint or "updat" in hint or "edit" in hint):
                modified = t.get("datetime").strip()
    else:
        # a label block: the label opens the first paragraph
        if not kept:
            return None
        mark = _lead(kept[0])
        if mark is not None:
            label, stamp = mark.label, mark.stamp
            rest = kept[0][mark.text_start :].strip()
            kept = ([rest] if rest else []) + kept[1:]
    text = _join(kept)
    if not text:
        return None
    headline = None
    for el in cont.elements:
        h = next((x for x in el.iter(*_HEADINGS)), None) if _tag(el) not in _HEADINGS else el
        if h is not None:
            ht = nfc(_WS.sub(" ", h.text_content() or "").strip())
            if label and ht.startswith(label):
                ht = ht[len(label) :].lstrip(" .,:;|-–—")
            headline = ht or None
            break
    url = None
    first = cont.elements[0]
    anchor = first.get("id") or next((a.get("id") for a in first.iter() if a.get("id")), None)
    if anchor:
        url = "#" + anchor
    return Block(seq=seq, text=text, label=label, stamp=stamp, headline=headline, url=url, modified=modified)


def _blocks(conts: list[_Container], doc_tz: str | None) -> list[Block]:
    blocks: list[Block] = []
    for cont in conts:
        b = _container_block(cont, len(blocks), doc_tz)
        if b is not None:
            blocks.append(b)
    return blocks


# ---------------------------------------------------------------- main text


def _main_region(root: Any) -> list[Any]:
    body = root.find("body")
    if body is None:
        return [root]
    mains = [m for m in body.iter("main")] or [m for m in body.iter() if (m.get("role") or "") == "main"]
    if mains:
        return [mains[0]]
    articles = list(body.iter("article"))
    if articles:
        best = max(articles, key=_text_len)
        if _text_len(best) >= 0.4 * _text_len(body):
            return [best]
    return [body]


def _label_count(text: str) -> int:
    return sum(1 for line in text.split("\n") if _lead(line) is not None)


def main_text(markup: str, root: Any) -> str:
    """The page's main text, paragraphs separated by a blank line."""
    own = _join(
        [p for p in paragraphs(_main_region(root)) if not re.fullmatch(r"[\W\d_]*", p) or _HHMM.search(p)]
    )
    try:
        import trafilatura

        extracted = trafilatura.extract(
            markup,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception:
        extracted = None
    if extracted:
        traf = _join([nfc(_WS.sub(" ", p).strip()) for p in extracted.split("\n")])
        if _label_count(traf) >= _label_count(own) and len(traf) >= 0.2 * len(own):
            return traf
    return own


# ---------------------------------------------------------------- documents


def _instant(iso: str | None) -> datetime | None:
    dt = _parse_iso(iso) if iso else None
    return dt if dt is not None and dt.tzinfo is not None else None


def _labels_from(ld_blocks: list[Block], dom_blocks: list[Block]) -> list[Block]:
    """JSON-LD updates take the time label the page shows for the same instant."""
    shown: dict[datetime, tuple[str, str]] = {}
    for b in dom_blocks:
        at = _instant(b.stamp.iso if b.stamp else None)
        if at is not None and b.label and b.stamp and b.stamp.iso:
            shown.setdefault(at, (b.label, b.stamp.iso))
    for b in ld_blocks:
        at = _instant(b.stamp.iso if b.stamp else None)
        if at is not None and at in shown and b.stamp is not None:
            b.label, b.stamp.iso = shown[at]
    return ld_blocks


def _assemble(name: str, blocks: list[Block]) -> tuple[str, list[Block]]:
    parts: list[str] = []
    pos = 0
    for i, b in enumerate(blocks):
        b.seq = i
        b.start = pos
        parts.append(b.text)
        pos += len(b.text) + 2
    return "\n\n".join(parts), blocks


def document_from_html(text: str, name: str, path: str | None = None, url: str | None = None) -> Document:
    """A Document from an HTML page (entries pre-cut when the markup delimits them)."""
    root = parse(text)
    data = jsonld(root)
    posting = liveblog(data)
    meta = metadata(root, data, posting, url)
    tz = offset_of(meta.published)
    _clean_tree(root)
    ld_blocks = _update_blocks(posting, tz) if posting else []
    dom_blocks = _blocks(time_containers(root), tz)
    by_label = _blocks(label_containers(root), tz)
    if len(by_label) > 2 * len(dom_blocks) + 1:
        dom_blocks = by_label
    doc = Document(
        name=name,
        text="",
        kind="html",
        path=path,
        url=meta.url or url,
        lang=meta.lang,
        outlet=nfc(meta.outlet) if meta.outlet else None,
        published=_date_of(meta.published),
        tz=tz,
    )
    blocks: list[Block] = []
    if ld_blocks and not (len(dom_blocks) >= 2 and len(dom_blocks) > 1.5 * len(ld_blocks) + 2):
        blocks, doc.kind = _labels_from(ld_blocks, dom_blocks), "jsonld"
    elif len(dom_blocks) >= 2:
        blocks = dom_blocks
    if blocks:
        doc.text, doc.blocks = _assemble(name, blocks)
        return doc
    doc.text = main_text(text, root)
    return doc


def document_from_json(
    data: Any, name: str, path: str | None = None, url: str | None = None
) -> Document | None:
    """A Document from a JSON-LD file holding a LiveBlogPosting; None when it holds none."""
    items = data if isinstance(data, list) else [data]
    posting = liveblog(items)
    if posting is None:
        return None
    published = _str(posting.get("coverageStartTime")) or _str(posting.get("datePublished"))
    tz = offset_of(published)
    blocks = _update_blocks(posting, tz)
    if not blocks:
        return None
    text, blocks = _assemble(name, blocks)
    page_url = _str(posting.get("url"))
    return Document(
        name=name,
        text=text,
        kind="jsonld",
        path=path,
        url=page_url if page_url and page_url.startswith("http") else url,
        lang=_lang_code(_str(posting.get("inLanguage"))),
        outlet=_str(posting.get("publisher")),
        published=_date_of(published),
        tz=tz,
        blocks=blocks,
    )
