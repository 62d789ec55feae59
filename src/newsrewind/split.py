"""Split a live blog's text into entries at its time labels.

Each line is classed by what it starts (or ends) with: a keyword label
("UPDATE 17:20", "14:00 UPDATE-", "Ora 06:47"), a bare time ("22:52.",
"10:40 —", "11:53AM" alone), a full stamp ("6 ianuarie 2022, ora 17:20",
"28 февраля 2024 г. 06:02:09", ISO 8601), a headline with a published stamp
("… published at 04:29 GMT 6 February 2023"), a byline with the stamp after
the entry ("Name6 January 2022 13:30"), a date line heading the times below
it, a separator ("*****"), or an edit note inside an entry ("Updated at 15.08
GMT"). An entry runs from its label to the next boundary and keeps every
paragraph; text before the first label is the lead.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from newsrewind import langid
from newsrewind.model import Block, Document, Stamp
from newsrewind.stamps import ISO, WIRE_ZONES, InputWarning, _alt, patterns, stamp_from, vocabulary

LEAD, TRAIL, MID, DATE_LINE, SEPARATOR, EDIT_NOTE, KEYWORD_ONLY, BADGE = (
    "lead",
    "trail",
    "mid",
    "date",
    "sep",
    "edit",
    "keyword",
    "badge",
)


@dataclass
class LineMark:
    kind: str
    label: str  # the label text as written
    stamp: Stamp | None
    text_start: int  # offset (in the line) where the entry text starts
    text_end: int  # offset (in the line) where the entry text ends
    strong: bool = True
    date_value: tuple[int | None, int, int, int | None] | None = None
    problem: str | None = None  # an impossible time or date on the label, for a warning
    keyword: str | None = None  # the label word, when the label has one
    bare: bool = False  # a time with no word or date around it ("22:52.", "10:40 —")
    byline: bool = False  # a stamp after an author's name ("Jane Roe 14:05", "By Ion Pop | 3 Nov, 14:05")


@cache
def _rx(key: str) -> re.Pattern[str]:
    """One label pattern, compiled the first time a line needs it."""
    return re.compile(_pattern_texts()[key], re.IGNORECASE)


@cache
def _pattern_texts() -> dict[str, str]:
    """The label patterns' sources (all read case-insensitively), by name."""
    p = patterns()
    t = p.time.pattern
    z = p.zone.pattern.replace("(?P<zone>", "(?P<zone>", 1)
    d = p.date.pattern
    sep = r"[\s.,:;|/\-–—]*"
    dk = d.replace("(?P<", "(?P<k_")  # the date pattern again, under other group names
    # "17.11, 14:05", "14:05 17.11": a label may give day and month without the year
    day_month = r"(?P<d5>[0-3]\d)\.(?P<mo5>[01]\d)(?![./]?\d)"
    return {
        "iso": rf"^\s*{ISO}(?:\s*{z})?(?=\s|$){sep}",
        "stamp_date_time": (
            rf"^\s*(?:{d}|{day_month})[\s,|/\-–—]*(?:(?:{p.hour_word})\s+)?{t}(?:\s*{z})?(?=\W|$){sep}"
        ),
        # "14:05, 17.11.2024", "14:35 / 25.11.2026", "14:05 | 17 noiembrie": the date after the time
        "stamp_time_date": (
            rf"^\s*{t}(?:\s*{z})?(?:[\s,]*[|/·•\-–—][\s,]*|[\s,]+)(?:{d}(?=\W|$)|{day_month}(?=\s*$)){sep}"
        ),
        "edit": rf"^\s*(?:{p.edit_note})\s*:?\s*{t}",
        "kw_time": (
            rf"^\s*(?P<kw>(?:{p.keyword})(?:\s+(?:{p.keyword}))*)\b\s*[:,|\-–—]?\s*(?:(?:{p.hour_word})\s+)?"
            rf"{t}(?:\s*{z})?(?:[\s,|/]+(?:(?P<date>{dk})|(?:{p.weekday}|{p.day_word})\b))?"
            rf"(?:\s*[\-–—:|]?\s*(?P<kw2>{p.keyword})\b)?(?=\W|$|{_CAPITAL}){sep}"
        ),
        # "Today 14:30", "Вчера в 22:10", "Marți, ora 14:30": a day word or weekday, then the time
        "day_time": (
            rf"^\s*(?P<day>{p.day_word}|{p.weekday})\.?,?\s*(?:(?:{p.hour_word})\s+)?{t}(?:\s*{z})?(?=\W|$){sep}"
        ),
        # "Actualizare marți, 10 septembrie, ora 14:30", "Опубликовано: 26 ноября 2024, 14:30":
        # a label word before a full stamp
        "kw_prefix": (
            rf"^\s*(?P<kw>(?:{p.keyword}|{p.published})(?:\s+(?:{p.keyword}))*)\b\s*[:,|\-–—]?\s*(?=\d|\w)"
        ),
        # "Ora 14 — text": a whole hour after a label word, set off by a dash
        "kw_hour": rf"^\s*(?P<kw>{p.keyword})\s+(?P<h>[01]?\d|2[0-3])(?=\s*[\-–—:|]\s){sep}",
        "time_kw": rf"^\s*{t}(?:\s*{z})?\s*[\-–—:|]?\s*(?P<kw>{p.keyword})\b{sep}",
        "bare": rf"^\s*{t}(?:\s*{z})?(?=\s*$|\s*[.,:;|\-–—]|\s+\S|{_CAPITAL})",
        "published": (
            rf"(?P<head>.*?)\s*(?:{p.published})\s*(?:(?:{p.hour_word})\s+)?{t}(?:\s*{z})?(?:[\s,]+{d})?\s*$"
        ),
        "trail": rf"^(?P<pre>.{{0,80}}?)\s*{d}[\s,]*(?:(?:{p.hour_word})\s+)?{t}(?:\s*{z})?\s*$",
        "trail_td": rf"^(?P<pre>.{{0,80}}?)\s*{t}(?:\s*{z})?[\s,]+{d}\s*$",
        # "Jane Roe 14:05", "By Ion Popescu | 14:05": an author's name, then a time alone
        "byline_time": rf"^(?P<pre>.{{1,60}}?)[\s,|·•\-–—]+(?:(?:{p.hour_word})\s+)?{t}(?:\s*{z})?\s*$",
        # the date pattern takes a weekday before it; one after it is read too ("5 февраля, четверг")
        "date_line": rf"^\s*{d}(?:\s*,?\s*(?P<wd_after>{p.weekday})\.?)?\s*[.:]?\s*$",
        "separator": r"^\s*(?:[*=_~•#+]\s*){3,}$|^\s*(?:-\s*){5,}$",
        # a badge alone on its line ("Key event", "UPDATE"), dropped when a label follows
        "badge": (
            rf"^\s*(?:{p.keyword}|{_alt(vocabulary().chrome)})(?:\s+(?:{p.keyword}|{_alt(vocabulary().chrome)}))*\s*[:!.]?\s*$"
        ),
        "kw_only": rf"^\s*(?P<kw>{p.keyword})\b\s*[:\-–—!]*\s*",
        # a word of the published stamp anywhere: a line without one skips that pattern
        "published_word": p.published,
        # the word heading the page's own last-update stamp ("Actualizat: 13.08.2025, 00:15")
        "page_updated": rf"^\W*(?:{_alt(vocabulary().page_updated)})\b",
        # a line opening with the published word, maybe after one word ("First published on")
        "published_lead": rf"^\s*(?:\w+\s+)?(?:{p.published})\b",
        # "25:70 ..." where a bare time label would be: an impossible clock time
        "bad_time": r"^\s*(?P<h>2[4-9]|[01]?\d):(?P<m>\d\d)(?=[\s.,:;|\-–—]|$)",
        # the line a channel prints under a post: a view count, an eye, "edited", then the time
        "post_footer": (
            rf"^\s*(?P<views>\d{{1,3}}(?:[\s.,]\d{{3}})*(?:[.,]\d{{1,2}})?\s?[KkMmКкМм]?(?!\w))?\s*(?:\U0001F441\ufe0f?)?\s*"
            rf"(?:(?:{_alt(vocabulary().post_footer)})\s*)?{t}\s*$"
        ),
    }


#: a capital letter glued to a label's time, as copied pages run them together ("14:30Rescuers")
# a label word after the time stands apart from the text ("14:05 Update:", "14:05 LIVE", "14:05 Breaking |")
_KW_SET_OFF = re.compile(r"\s*(?:[:\-–—|!.]|$)")
_CAPITAL = "(?-i:[A-ZА-ЯЁĂÂÎȘȚ])"
#: pictographs and marks pages set around labels ("🔴 14:30", "14:30 ⚡️")
_SYMBOLS = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
#: What every clock time the label patterns read (stamps.TIME) has ("14:30", "9.05", "10h30", "14 ч 30", "1318 GMT"): a cheap test
#: that lets a line without one skip them
_MAYBE_TIME = re.compile(rf"\d\s?(?:[:.hH]|[чЧ]\.?)\s?[0-5]\d|\d{{4}}\s?(?:{WIRE_ZONES})")
_DIGIT = re.compile(r"\d")
_SEP_TAIL = re.compile(r"[\s.,:;|/\-–—·•]+")  # a pictograph after a label stays in the text
_RANGE_END = re.compile(r"\s*(?:-|–|—|до|to|până la)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d", re.IGNORECASE)
#: a word in lower case run straight on from a time: the sentence goes on, no label ends there
_LOWER_AFTER = re.compile(r"[ \t\xa0]+(?-i:[a-zăâîșțа-яё])")
#: A post's title ending in its time in brackets ("Bilanțul final (15:00)", "Train derails (14:35 GMT)").
_TITLE_TIME = re.compile(
    r"(?P<head>\S.{2,160}?)\s*(?P<time>\((?:ora\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:\s*[A-Z]{2,4})?\))\s*$"
)
#: A post's title with its time after a bar, a dash or a comma ("**Explozie la combinat** | 10:52",
#: "Спасатели достали ещё двоих — 14:35", "Drumul, redeschis, ora 14:35").
_TITLE_SET_TIME = re.compile(
    r"\s*(?P<head>\S.{2,160}?)(?:\s+[|–—-]|(?P<comma>,))\s+(?P<time>(?:ora\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:\s*(?!AM|PM)[A-Z]{2,4})?)\s*$"
)
_STAMP_END = re.compile(r"(?:\d[:.]\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\W*$")
#: A title is no sentence of running text: no full stop and a lower-case word after it inside.
_SENTENCE_HEAD = re.compile(r"[.!?]\s+(?-i:[a-zăâîșțа-яё])")
_SET_OFF = re.compile(rf"\s*(?:$|[|/\-–—:{_SYMBOLS}])")


def _ends_in_date(text: str) -> bool:
    """Whether a date closes the text ("Last updated: 14 May 2024")."""
    tail = text.rstrip()[-40:]
    return any(m.end() == len(tail) for m in patterns().date.finditer(tail))


def _label_end(line: str, end: int) -> int:
    """Skip separators after a label ("22:52. ", "10:40 — ", "09:38 , "), and a relative age printed
    beside the time ("14:05 (2 hours ago)", "14:05 · acum 2 ore")."""
    m = _SEP_TAIL.match(line, end)
    end = m.end() if m else end
    opened = line.startswith("(", end)
    rest = line[end + opened :]
    age = patterns().relative.match(rest) if rest[:1].isalnum() else None
    if age is None:
        return end
    stop = end + opened + age.end()
    if opened:
        closed = re.match(r"\s*\)", line[stop:])
        if closed is None:
            return end
        stop += closed.end()
    elif not _RELATIVE_END.match(line, stop):
        return end  # "14:05 Acum două ore, ..." may open a sentence
    m = _SEP_TAIL.match(line, stop)
    return m.end() if m else stop


def _is_byline(pre: str) -> bool:
    """A short run of capitalised words (a name), glued or not to the stamp."""
    pre = pre.strip(" ,|-–—•")
    if not pre:
        return False
    words = pre.split()
    return len(words) <= 6 and len(pre) <= 60 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


_CHANNEL_COPY = re.compile(r"^\s*(?P<name>[^\[\]\n]{1,60}?),\s*\[(?P<stamp>[^\[\]]{6,40})\]\s*$")
_BRACKETED = re.compile(r"^(\s*)[\[(]([^\])]{3,40})[\])]")
#: dashes, bullets and bold marks before a label ("— 14:30", "• 14:30", "**14:30**")
_DECOR = re.compile(rf"^\s*(?:[-–—•·>#{_SYMBOLS}]|\*{{1,2}}|_{{2}})[\s\-–—•·>#*_{_SYMBOLS}]*(?=[\w\[(])")
_DECOR_CLOSE = re.compile(r"\*{1,2}|_{2}")
#: what may follow a relative label on its line: nothing, or a separator before the text
_RELATIVE_END = re.compile(r"\s*(?:$|[|:–—-]\s*|\.\s*$)")


def mark_line(line: str) -> LineMark | None:
    """Class one line; None for ordinary text."""
    if not line.strip():
        return None
    if _rx("separator").match(line):
        return LineMark(SEPARATOR, "", None, len(line), len(line))
    # "— 14:30 text", "• 14:30", "**14:30** text": marks before a label become spaces, so offsets stay put
    decor = _DECOR.match(line)
    if decor:
        line = " " * decor.end() + line[decor.end() :]
        if "*" in decor.group(0) or "_" in decor.group(0):
            close = _DECOR_CLOSE.search(line, decor.end(), decor.end() + 40)
            if close:
                line = line[: close.start()] + " " * len(close.group(0)) + line[close.end() :]
    # "[10:15] text", "(17:20) text": brackets become spaces, so offsets stay put
    bracketed = _BRACKETED.match(line)
    if bracketed and patterns().time.search(bracketed.group(2)):
        line = bracketed.group(1) + " " + bracketed.group(2) + " " + line[bracketed.end() :]
    # "Канал новостей, [03.11.2026 14:35]": a post copied from a channel's app, its stamp in
    # brackets after the channel's name (kept as the post's first line: it says who relays it)
    copied = _CHANNEL_COPY.match(line)
    if copied and not _SENTENCE_END.search(copied.group("name")):
        inner = mark_line(copied.group("stamp"))
        if inner and inner.kind == LEAD and inner.stamp and inner.stamp.has_time:
            return LineMark(MID, copied.group("stamp").strip(), inner.stamp, len(line), copied.end("name"))
    relative = patterns().relative.match(line)
    if relative and _RELATIVE_END.match(line, relative.end()):
        # "5 min ago", "acum 10 minute", "2 часа назад", "1h": a label with no clock time
        return LineMark(LEAD, relative.group(0).strip(), None, _label_end(line, relative.end()), len(line))
    if _DIGIT.search(line) is None:
        return _keyword_only(line)  # every other label has a digit
    # a line with no clock time skips every pattern that needs one
    timed = _MAYBE_TIME.search(line) is not None
    m = _rx("iso").match(line)
    if m:
        stamp = Stamp(iso=m.group("iso").replace(" ", "T", 1) if len(m.group("iso")) > 10 else None)
        if stamp.iso is None:
            y, mo, d = (int(x) for x in m.group("iso").split("-"))
            if line[m.end() :].strip() == "":
                return LineMark(
                    DATE_LINE, m.group(0).strip(), None, m.end(), m.end(), date_value=(y, mo, d, None)
                )
            stamp = Stamp(year=y, month=mo, day=d)
            return None
        return LineMark(LEAD, m.group(0).strip(), stamp, _label_end(line, m.end()), len(line))
    for key in ("stamp_date_time", "stamp_time_date") if timed else ():
        m = _rx(key).match(line)
        if m:
            stamp = stamp_from(m, m, m.group("zone"))
            label = m.group(0).strip(" ,.-–—:")
            if stamp.day is not None:
                return LineMark(LEAD, label, stamp, _label_end(line, m.end()), len(line))
            if stamp.has_time and re.search(r"\b(?:3[01]|29)\b", label):
                # "31 February 2022, 10:00": the time stands, the impossible date is dropped
                problem = f"impossible date in the label {label!r}; dated from the context"
                return LineMark(LEAD, label, stamp, _label_end(line, m.end()), len(line), problem=problem)
    k = _rx("kw_prefix").match(line)
    if k and k.end() < len(line):
        inner = mark_line(" " * k.end() + line[k.end() :])
        if inner and inner.kind == LEAD and inner.stamp and inner.stamp.day is not None:
            inner.label = line[: k.end()].strip() + " " + inner.label
            inner.keyword = k.group("kw")
            return inner
    m = _rx("edit").match(line) if timed else None
    if m:
        return LineMark(EDIT_NOTE, m.group(0).strip(), stamp_from(m, None, None), 0, len(line), strong=False)
    for key in ("kw_time", "time_kw") if timed else ():
        m = _rx(key).match(line)
        if m and key == "time_kw" and patterns().zone.match(line, m.start("kw")):
            m = None  # "17:20 ora României": the word starts a zone, not a label keyword
        if (
            m
            and key == "time_kw"
            and not m.group("kw").isupper()
            and not _KW_SET_OFF.match(line, m.end("kw"))
        ):
            m = None  # "[01:10] Alertă aeriană în regiunea Odesa": the word opens the text
        if m:
            dated = m.group("date") if key == "kw_time" else None
            stamp = stamp_from(m, patterns().date.match(dated) if dated else None, m.group("zone"))
            if key == "kw_time" and m.group("kw2") and not m.group("kw2").isupper():
                # "Ora 14:30 UPDATE" ends the label; "ОБНОВЛЕНО: 9:30 Главное к утру" starts the text
                end = m.start("kw2")
                label = line[m.start("kw") : end].strip(" ,.-–—:|")
                return LineMark(LEAD, label, stamp, end, len(line), keyword=m.group("kw"))
            return LineMark(
                LEAD,
                m.group(0).strip(" ,.-–—:"),
                stamp,
                _label_end(line, m.end()),
                len(line),
                keyword=m.group("kw"),
            )
    m = _rx("kw_hour").match(line)
    if m:
        stamp = Stamp(hour=int(m.group("h")), minute=0)
        return LineMark(LEAD, m.group(0).strip(" ,.-–—:|"), stamp, _label_end(line, m.end()), len(line))
    m = _rx("day_time").match(line) if timed else None
    if m:
        # "Вчера, 22:10": the clock reads the day word from the label
        stamp = stamp_from(m, None, m.group("zone"))
        return LineMark(LEAD, m.group(0).strip(" ,.-–—:"), stamp, _label_end(line, m.end()), len(line))
    m = _rx("date_line").match(line)
    if m:
        from newsrewind.stamps import date_of

        value = date_of(m)
        if value:
            return LineMark(DATE_LINE, line.strip(), None, len(line), len(line), date_value=value)
        if re.search(r"\b(?:3[01]|29)\b", line):
            problem = f"impossible date {line.strip()!r} ignored"
            return LineMark(DATE_LINE, line.strip(), None, len(line), len(line), problem=problem)
    m = _rx("bare").match(line) if timed else None
    if m and _RANGE_END.match(line, max(m.end(g) for g in ("m", "m4", "s", "ampm") if m.group(g))):
        m = None  # "10:00 – 18:00 the shops open": a span of hours, not a label
    if m and not m.group("zone") and _LOWER_AFTER.match(line, m.end()):
        m = None  # "11:00 talks are expected to resume", "8.45 lei costă": the time is the sentence's
    if m:
        stamp = stamp_from(m, None, m.group("zone"))
        # a time alone on its line, with a zone, or set off by a dash, bar or colon is a label even
        # when the blog has only one; one run straight into the text may be a sentence
        strong = bool(m.group("zone")) or _SET_OFF.match(line, m.end()) is not None
        end = _label_end(line, m.end())
        return LineMark(LEAD, m.group(0).strip(), stamp, end, len(line), strong=strong, bare=True)
    m = _rx("bad_time").match(line)
    if m and (int(m.group("h")) > 23 or int(m.group("m")) > 59):
        problem = f"impossible time {m.group(0).strip()!r}; the entry is kept without a report time"
        return LineMark(
            LEAD,
            m.group(0).strip(),
            None,
            _label_end(line, m.end()),
            len(line),
            strong=False,
            problem=problem,
        )
    m = _rx("published").match(line) if timed and _rx("published_word").search(line) else None
    if m and len(m.group("head")) <= 300:
        tm = re.search(patterns().time.pattern, line[m.end("head") :])
        dm = patterns().date.search(line[m.end("head") :])
        stamp = stamp_from(tm, dm, m.group("zone"))
        label = line[m.end("head") :].strip()
        if not m.group("head").strip():  # "Posted at 14:30" alone: the entry follows it
            return LineMark(LEAD, label, stamp, len(line), len(line))
        return LineMark(MID, label, stamp, 0, m.end("head"))
    m = _TITLE_TIME.match(line) if timed and line.rstrip().endswith(")") else None
    if m is None and timed and line.rstrip()[-1:].isalnum():
        m = _TITLE_SET_TIME.match(line)
        head = m.group("head").rstrip(" *_") if m else ""
        if m and (
            _STAMP_END.search(head)  # "Modified: 03/10/2026 - 21:15", "10:00 - 18:00": a stamp or a span
            or not any(c.isalpha() for c in head)
            or _rx("published_word").search(head)
            # after a comma: "Jane Roe, 14:05" is a byline (read below), "Last updated: 14 May 2024,
            # 00:30" a stamp, not a title
            or (
                m.group("comma")
                and (_is_byline(head) or _ends_in_date(head) or _rx("page_updated").match(head))
            )
        ):
            m = None
    if m and int(m.group("h")) < 24 and int(m.group("m")) < 60 and not _SENTENCE_HEAD.search(m.group("head")):
        # "Planul Roșu, dezactivat (15:00)": a post's title with its time after it, the post below
        stamp = Stamp(hour=int(m.group("h")), minute=int(m.group("m")))
        return LineMark(MID, m.group("time"), stamp, len(line), m.end("head"), strong=False, bare=True)
    m = (_rx("trail").match(line) or _rx("trail_td").match(line)) if timed and len(line) < 140 else None
    if m and _is_byline(m.group("pre")):
        tm = re.search(patterns().time.pattern, line[m.end("pre") :])
        dm = patterns().date.search(line[m.end("pre") :])
        stamp = stamp_from(tm, dm, m.group("zone"))
        if stamp.day is not None:
            return LineMark(TRAIL, line[m.end("pre") :].strip(), stamp, 0, m.end("pre"), byline=True)
    m = _rx("byline_time").match(line) if timed and len(line) < 100 else None
    if m and m.group("pre").lstrip()[:1].isalpha() and _is_byline(m.group("pre")):
        # whether it heads or closes its post is read from the page (``_byline_stamps``)
        stamp = stamp_from(m, None, m.group("zone"))
        return LineMark(TRAIL, line[m.end("pre") :].strip(" ,|·•-–—"), stamp, 0, 0, strong=False, byline=True)
    return _keyword_only(line)


def _keyword_only(line: str) -> LineMark | None:
    """A label word in capitals with no time ("UPDATE"), or None."""
    m = _rx("kw_only").match(line)
    if m and m.group("kw").isupper() and len(m.group("kw")) >= 4:
        return LineMark(KEYWORD_ONLY, m.group("kw"), None, _label_end(line, m.end()), len(line))
    return None


def _drop_badges(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """A badge line ("Key event", "Pinned post") right above a label belongs to no entry."""
    badge = _rx("badge")
    below: LineMark | None = None  # the mark of the next non-blank line
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i][1]
        if not line.strip():
            continue
        mark = marks[i]
        if (
            below is not None
            and below.kind == LEAD
            and (mark is None or mark.kind == KEYWORD_ONLY)
            and badge.match(line)
        ):
            marks[i] = LineMark(BADGE, line.strip(), None, len(line), len(line))
            continue  # a badge over a badge: both go
        below = mark


#: a post's footer as X prints it under an embedded post: "2:05 PM · Nov 17, 2024"
_POST_FOOTER = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*·\s*(?:\w{3,9}\.?\s+\d{1,2},?|\d{1,2}\s+\w{3,9}\.?)\s+\d{4}\s*$"
)  # (the dot alone is a label's separator too: "18:30 ·")


def _drop_asides(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """Times inside an entry that label nothing: an embedded post's footer ("2:05 PM · Nov 17,
    2024"), a picture's credit ("Foto: Reuters / 17.11.2024 13:55"), and a timetable the entry
    announces with a colon ("Programul zilei:" then "07:00 - deschiderea secțiilor" on the
    lines right below)."""
    credit = _credit_line()
    timed = [i for i, m in enumerate(marks) if m is not None and m.kind in (LEAD, TRAIL, MID)]
    # a page whose labels read "01:05 · 25 noiembrie 2026" prints them in a post footer's shape:
    # when most of its labels have that shape, they are its labels
    shaped = sum(1 for i in timed if _POST_FOOTER.match(lines[i][1]))
    footers_label = shaped >= 2 and shaped * 2 > len(timed)
    listed = False  # inside a run of lines under a line ending with a colon
    for i, (_, line) in enumerate(lines):
        mark = marks[i]
        if not line.strip():
            listed = False
            continue
        if mark is not None and mark.kind in (LEAD, TRAIL, MID):
            footer = _POST_FOOTER.match(line) is not None and not footers_label
            if footer or credit.match(line) or (listed and mark.bare):
                marks[i] = None
                continue
        if mark is None or mark.kind not in (LEAD, MID):
            listed = line.rstrip().endswith(":")


@cache
def _credit_line() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{_alt(vocabulary().credits)})\s*:", re.IGNORECASE)


@cache
def _furniture_line() -> re.Pattern[str]:
    """A line of page furniture: a link to another article or an advert ("Citește și: ...",
    "Advertisement"), or a picture's short credit ("Sursa foto: Facebook / ISU Tulcea")."""
    v = vocabulary()
    return re.compile(
        rf"(?:{_alt(v.related)})\s*(?:[:|»]|$)|(?:{_alt(v.credits)})\s*:[^\n]{{0,60}}$", re.IGNORECASE
    )


def _skip_furniture(body: str) -> int:
    """Where an entry's own text starts: past the furniture lines that open it (never all of it)."""
    at = 0
    while (line_end := body.find("\n", at)) >= 0 and body[line_end:].strip():
        line = body[at:line_end].strip()
        if line and not _furniture_line().match(line):
            break
        at = line_end + 1
    return at


def _dates_below_times(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """ "14:05" alone on its line with "17 ноября 2024" on the next: one label, the date its day."""
    for i in range(len(marks) - 1):
        mark, below = marks[i], marks[i + 1]
        if not (mark and below and mark.kind == LEAD and below.kind == DATE_LINE and below.date_value):
            continue
        line = lines[i][1]
        if mark.stamp is None or mark.stamp.day is not None or line[mark.text_start :].strip():
            continue
        year, month, day, _ = below.date_value
        mark.stamp.year, mark.stamp.month, mark.stamp.day = year, month, day
        mark.label = f"{mark.label} {below.label}"
        mark.text_start = lines[i + 1][0] - lines[i][0] + len(lines[i + 1][1])
        marks[i + 1] = None


def _ages_below_times(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """ "14:35" alone on its line with "acum 3 ore" (its age when the page was read) on the next:
    one label, the age no label of a post of its own."""
    for i in range(len(marks) - 1):
        mark, below = marks[i], marks[i + 1]
        if not (mark and below and mark.kind == LEAD and mark.stamp and mark.stamp.has_time):
            continue
        if below.kind != LEAD or below.stamp is not None or below.problem:
            continue
        if lines[i + 1][1][below.text_start :].strip():
            continue
        if lines[i][1][mark.text_start :].strip():
            continue
        mark.text_start = lines[i + 1][0] - lines[i][0] + len(lines[i + 1][1])
        marks[i + 1] = None


def _times_below_posts(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """A Telegram-like export prints each post's time under it ("post text\n14:05\n\n", the page
    ending on a time): when every lone time sits right under text with a blank line or the end
    below it, the times close their posts instead of opening the next ones."""
    footers = {i: f for i, (_, line) in enumerate(lines) if marks[i] is None and (f := _post_footer(line))}
    lone = [
        i
        for i, m in enumerate(marks)
        if m and m.kind == LEAD and m.stamp is not None and not lines[i][1][m.text_start :].strip()
    ]
    if not any(m and m.kind in (LEAD, MID, TRAIL) for m in marks):
        # "Actualizat la 15:20" alone under each post, and no other label: the notes close their posts
        lone = [
            i
            for i, m in enumerate(marks)
            if m and m.kind == EDIT_NOTE and m.stamp is not None and lines[i][1].strip() == m.label
        ]
    lone = sorted(lone + list(footers))
    filled = [i for i, (_, line) in enumerate(lines) if line.strip()]
    if len(lone) < 2 or not filled or filled[-1] != lone[-1]:
        return

    def blank(i: int) -> bool:
        return i < 0 or i >= len(lines) or not lines[i][1].strip()

    glued = all(not blank(i - 1) and marks[i - 1] is None and blank(i + 1) for i in lone)
    # AP's "The Latest" sets each time apart under its post ("...on foot.\n\n7:30 a.m.\n\n**Next**")
    spaced = len(lone) >= 3 and all(blank(i - 1) and blank(i + 1) and not footers.get(i) for i in lone)
    if not (glued or spaced):
        return
    for i in lone:
        mark = marks[i] or footers[i]
        marks[i] = replace(mark, kind=TRAIL, text_start=0, text_end=0)


def _heading_line(line: str) -> bool:
    words = line.strip()
    return bool(words) and len(words) <= _HEADLINE_MAX and not _SENTENCE_END.search(words)


def _first_post_under_lead(lines: list[tuple[int, str]], marks: list[LineMark | None]) -> int | None:
    """In a blog whose times close their posts, where the first post starts under the page's
    headline and lead: when the other posts open with a headline line (a short line with no
    sentence stop, a blank line under it), the first post opens with the last such line above
    its time. None when the posts have no headlines: the text above the first time is one post."""
    trail = [i for i, m in enumerate(marks) if m and m.kind == TRAIL]

    def blank(i: int) -> bool:
        return i < 0 or i >= len(lines) or not lines[i][1].strip()

    def heading(i: int) -> bool:
        return _heading_line(lines[i][1]) and blank(i - 1) and blank(i + 1) and marks[i] is None

    openers = [next((k for k in range(i + 1, len(lines)) if not blank(k)), None) for i in trail[:-1]]
    headed = sum(1 for k in openers if k is not None and heading(k))
    if len(openers) < 2 or headed * 3 < len(openers) * 2:
        return None
    first = next((k for k in range(trail[0] - 1, 0, -1) if heading(k)), None)
    return lines[first][0] if first is not None else None


def _post_footer(line: str) -> LineMark | None:
    """ "48.2K 👁 10:46", "edited 10:57": a post's time with the channel's marks beside it."""
    if len(line) > 40 or _MAYBE_TIME.search(line) is None:
        return None
    m = _rx("post_footer").match(line)
    if m is None:
        return None
    times = list(patterns().time.finditer(line))
    if not times or not line[: times[-1].start()].strip():
        return None  # a bare time is a label of its own kind
    return LineMark(TRAIL, line.strip(), stamp_from(m, None, None), 0, 0)


def _minutes(mark: LineMark) -> int | None:
    s = mark.stamp
    return s.hour * 60 + s.minute if s and s.hour is not None and s.minute is not None else None


def _demote_edit_notes(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """ "Updated 22:40: the toll rose ..." inside an entry is an edit note, not a label:
    it reads as a continuation (lower case follows), or its time breaks the order
    the blog's other labels keep."""
    edit_words = {w.lower() for w in vocabulary().edit_keywords}
    candidates = [
        i
        for i, m in enumerate(marks)
        if m and m.kind == LEAD and m.keyword and m.keyword.lower() in edit_words
    ]
    if not candidates:
        return
    others = [_minutes(m) for i, m in enumerate(marks) if m and m.kind in (LEAD, MID) and i not in candidates]
    timed = [t for t in others if t is not None]
    if len(timed) < 3:
        # the blog's labels are mostly such words ("UPDATE 14:20"): its order is that of them all
        timed = [t for t in (_minutes(m) for m in marks if m and m.kind in (LEAD, MID)) if t is not None]
    steps = [b - a for a, b in zip(timed, timed[1:], strict=False) if a != b and abs(b - a) < 12 * 60]
    backwards = sum(1 for d in steps if d < 0) > sum(1 for d in steps if d > 0)
    for i in candidates:
        mark = marks[i]
        assert mark is not None
        rest = lines[i][1][mark.text_start :].lstrip()
        continuation = bool(rest[:1]) and rest[:1].islower()
        previous = next(
            (
                _minutes(m)
                for m in reversed(marks[:i])
                if m and m.kind in (LEAD, MID) and _minutes(m) is not None
            ),
            None,
        )
        current = _minutes(mark)
        out_of_order = False
        if previous is not None and current is not None and timed:
            gap = current - previous
            out_of_order = 0 < gap < 12 * 60 if backwards else -12 * 60 < gap < 0
        if continuation or out_of_order:
            marks[i] = LineMark(EDIT_NOTE, mark.label, mark.stamp, 0, len(lines[i][1]), strong=False)


def _shape(mark: LineMark, line: str) -> tuple[str | None, bool, bool, bool, bool, bool, str]:
    """How a label is printed: its word, a bare time or not, with a date or a zone or not, in bold or not,
    alone on its line or followed by the text, and the mark between label and text."""
    return (
        mark.keyword.lower() if mark.keyword else None,
        mark.bare,
        bool(mark.stamp and mark.stamp.day),
        bool(mark.stamp and mark.stamp.tz),
        line.lstrip().startswith(("**", "__")),
        not line[mark.text_start :].strip(" *_"),
        _separator(mark, line),
    )


def _separator(mark: LineMark, line: str) -> str:
    """The mark between a label and its text ("|", "-", ":"), dashes of any length alike."""
    at = line.find(mark.label)
    if at < 0:
        return ""
    gap = line[at + len(mark.label) : mark.text_start].strip(" *_\t")
    return "-" if gap in ("–", "—") else gap


_Shape = tuple[str | None, bool, bool, bool, bool, bool, str]
_Label = tuple[int, LineMark, _Shape, int]


def _timed_labels(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> list[_Label]:
    """The leading and mid labels that give a time: line index, mark, shape, minutes of the day."""
    out: list[_Label] = []
    for i, m in enumerate(marks):
        if m and m.kind in (LEAD, MID) and (t := _minutes(m)) is not None:
            out.append((i, m, _shape(m, lines[i][1]), t))
    return out


def _backwards(clock: list[int]) -> bool:
    """Whether labels' times mostly step back (a newest-first blog), midnight included."""
    steps = [(b - a) % 1440 for a, b in zip(clock, clock[1:], strict=False) if a != b]
    return sum(1 for d in steps if d > 720) > sum(1 for d in steps if d < 720)


def _drop_stray_times(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """A time printed unlike the blog's labels whose clock falls outside the span of the labels
    around it is the entry's text: a timeline inside an update ("02:15 – RO-Alert in Tulcea"
    under "Update 10:15"), a paragraph opening "Ora 02:15 a fost emis ..." between "10:15" and
    "09:40"."""
    labels = _timed_labels(marks, lines)
    shapes = Counter(shape for _, _, shape, _ in labels)
    if len(labels) < 4 or len(shapes) < 2:
        return
    usual, most = shapes.most_common(1)[0]
    if most < 3:
        return
    clock = [t for _, _, shape, t in labels if shape == usual]
    sign = -1 if _backwards(clock) else 1
    for n, (i, _, shape, b) in enumerate(labels):
        if shape == usual or shapes[shape] * 3 > len(labels):
            continue
        before = next((t for _, _, sh, t in reversed(labels[:n]) if sh == usual), None)
        after = next((t for _, _, sh, t in labels[n + 1 :] if sh == usual), None)
        if before is None or after is None or b is None:
            continue
        # between its neighbours on the clock in the blog's order, midnight included
        span = sign * (after - before) % 1440
        if span < 12 * 60 and sign * (b - before) % 1440 > span:
            marks[i] = None


def _timeline_runs(clock: list[int], sign: int) -> list[int]:
    """Indexes of runs of two or more times that step against the blog's order (sign 1 oldest
    first, -1 newest first) and all fall outside the span of the labels around them."""
    out: list[int] = []
    n = 1
    while n < len(clock) - 2:
        found = 0
        for size in range(2, 7):
            if n + size >= len(clock):
                break
            before, after, run = clock[n - 1], clock[n + size], clock[n : n + size]
            span = sign * (after - before) % 1440
            if not 0 < span < 12 * 60:
                continue
            outside = all(sign * (t - before) % 1440 > span for t in run)
            against = all(sign * (b - a) % 1440 > 12 * 60 for a, b in zip(run, run[1:], strict=False))
            if outside and against:
                found = size
        if found:
            out += range(n, n + found)
            n += found
        else:
            n += 1
    return out


def _drop_timeline_runs(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """A timeline an entry quotes, one paragraph a time ("02:15 - RO-Alert în Tulcea." /
    "02:40 - Două avioane decolează." under "14:30" and over "13:10" in a newest-first blog):
    two or more times running against the blog's order, all outside the span of the labels
    around them, are the entry's text. Taken only when one order alone explains the blog."""
    labels = _timed_labels(marks, lines)
    if len(labels) < 6:
        return
    clock = [t for _, _, _, t in labels]
    fits = []
    for sign in (1, -1):
        run = _timeline_runs(clock, sign)
        rest = [t for k, t in enumerate(clock) if k not in run]
        if run and len(run) * 3 < len(clock) and _backwards(rest) == (sign < 0):
            fits.append(run)
    if len(fits) == 1:
        for k in fits[0]:
            marks[labels[k][0]] = None


def _drop_listed_runs(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """A timeline quoted inside an entry ("02:15 - RO-Alert în Tulcea;" / "02:40 - două avioane
    decolează;" on the lines right below each other), in a blog whose bare-time labels stand
    apart, each with a blank line over it: the run of times glued together is the entry's text."""
    bare = [i for i, m in enumerate(marks) if m is not None and m.kind == LEAD and m.bare]

    def glued(i: int) -> bool:
        return (i - 1 in bare and bool(lines[i - 1][1].strip())) or (
            i + 1 in bare and bool(lines[i + 1][1].strip())
        )

    runs = [i for i in bare if glued(i)]
    apart = [i for i in bare if not glued(i) and (i == 0 or not lines[i - 1][1].strip())]
    if len(runs) < 2 or len(apart) < 3 or len(apart) * 3 < (len(bare) - len(runs)) * 2:
        return
    for i in runs:
        marks[i] = None


def _undated_shapes(labels: list[_Label]) -> Counter[_Shape] | None:
    """The labels' shapes counted, when at least three share one that carries no date (a blog of
    bare times, whose dated stamps are something else); None otherwise."""
    shapes = Counter(shape for _, _, shape, _ in labels)
    if len(labels) < 4:
        return None
    usual, most = shapes.most_common(1)[0]
    return None if most < 3 or usual[2] else shapes


def _drop_post_cards(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """An embedded post's card inside an entry ("Poliția Română" / "20.07.2024 14:12" / the post's
    text): a dated stamp alone on its line right under a name, in a blog whose labels carry no
    date, is the post's time, not a label."""
    labels = _timed_labels(marks, lines)
    shapes = _undated_shapes(labels)
    if shapes is None:
        return
    usual = shapes.most_common(1)[0][0]
    for i, mark, shape, _ in labels:
        if shape == usual or not shape[2] or i == 0 or marks[i - 1] is not None:
            continue
        above, line = lines[i - 1][1], lines[i][1]
        if above.strip() and _is_byline(above) and not line[mark.text_start :].strip():
            marks[i] = None


def _drop_page_stamps(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """The page's own stamp above its first label is lead text, not an entry: a byline or a
    "Publicat: 25.11.2026, 10:15" line, printed with a date the blog's labels do not carry,
    once, and breaking the order of the labels under it (published before the newest entry of
    a newest-first blog, updated after the first entry of an oldest-first one) or repeating the
    first label's time ("Thu 26 Nov 2026 21.40 GMT" over a first post at "21.40 GMT")."""
    labels = _timed_labels(marks, lines)
    shapes = _undated_shapes(labels)
    if shapes is None:
        return
    usual = shapes.most_common(1)[0][0]
    first = next(n for n, x in enumerate(labels) if x[2] == usual)
    clock = [t for _, _, shape, t in labels[first:] if shape == usual]
    backwards = _backwards(clock)
    head = clock[0]
    for i, mark, shape, t in labels[:first]:
        if t is None or not (mark.stamp and mark.stamp.day) or shapes[shape] > 1:
            continue
        ahead = (head - t) % 1440 < 720  # the first label comes later in the day (midnight included)
        if t == head or ahead == backwards or t in clock[1:2]:
            # the page's stamp repeats its newest or first label's time (the second one's, under a
            # pinned summary post: "Sat 21 Feb 2026 22.41 GMT" over "Pinned post 5.10pm", "10.41pm")
            marks[i] = None
    # a lone stamp at a line's end above a blog of leading labels: "By Jane Doe | 25 Nov 18:40"
    trailing = [i for i, m in enumerate(marks) if m and m.kind == TRAIL]
    if len(trailing) == 1 and trailing[0] < labels[first][0]:
        marks[trailing[0]] = None


@dataclass
class _Piece:
    start: int  # document offset where the entry text starts
    end: int  # document offset where it ends
    label: str | None
    stamp: Stamp | None
    date_context: date | None
    extra_head: tuple[int, int] | None = None  # headline before a mid label


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        out.append((pos, raw.rstrip("\r\n")))
        pos += len(raw)
    return out


def _date_from(value: tuple[int | None, int, int, int | None] | None, today: date) -> date | None:
    if not value:
        return None
    from newsrewind.stamps import resolve_year

    year, month, day, weekday = value
    if year is None:
        year = resolve_year(month, day, weekday, today)
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def split(doc: Document, today: date | None = None) -> list[Block]:
    """Cut a document into blocks, in document order."""
    if doc.blocks is not None:
        return doc.blocks
    today = today or date.today()
    text = doc.text
    lines = _lines(text)
    marks = [mark_line(line) for _, line in lines]
    _demote_edit_notes(marks, lines)
    _drop_stray_times(marks, lines)
    _drop_page_stamps(marks, lines)
    _drop_badges(marks, lines)
    _drop_asides(marks, lines)
    _drop_post_cards(marks, lines)
    _drop_listed_runs(marks, lines)
    _drop_timeline_runs(marks, lines)
    _dates_below_times(marks, lines)
    _ages_below_times(marks, lines)
    _times_below_posts(marks, lines)
    _drop_titles_under_labels(marks, lines)
    _byline_stamps(marks, lines)

    leading = [m for m in marks if m and m.kind in (LEAD, MID)]
    trailing = [m for m in marks if m and m.kind == TRAIL]
    # label words with no time ("UPDATE") open entries only in a blog that has no timed labels:
    # in one that has, "BREAKING Premierul a demisionat" under "11:08" is that entry's headline
    timed_labels = sum(1 for m in leading if m.stamp is not None and m.stamp.has_time)
    has_keyword_only = timed_labels < 2 and (
        sum(1 for m in marks if m and m.kind == KEYWORD_ONLY) >= 2
        or any(m and m.kind == SEPARATOR for m in marks)
    )
    trail_mode = len(trailing) >= 2 and len(trailing) >= len([m for m in leading if m.strong])
    edit_as_label = not leading and not trailing
    # Bare times count as labels when the blog uses them more than once, or
    # when nothing else marks its entries.
    weak = [m for m in leading if not m.strong]
    use_bare = sum(1 for m in leading if m.bare) >= 2 or len(leading) == len(weak)

    heads_above = _headlines_above(lines, marks) if not trail_mode else {}
    first_post = _first_post_under_lead(lines, marks) if trail_mode else None

    pieces: list[_Piece] = []
    current: _Piece | None = None
    date_ctx: date | None = None
    body_start: int | None = 0  # where unlabelled text (the lead) starts

    def close(at: int) -> None:
        nonlocal current
        if current is not None:
            current.end = at
            pieces.append(current)
            current = None

    closing = _closing_times(marks, lines)
    for n, ((pos, line), mark) in enumerate(zip(lines, marks, strict=True)):
        kind = mark.kind if mark else None
        if kind == EDIT_NOTE and edit_as_label and mark:
            # every label of the blog reads "Updated at 14:05": the entry's text starts after it
            kind = LEAD
            at = line.find(mark.label)
            mark = replace(mark, text_start=_label_end(line, at + len(mark.label)) if at >= 0 else 0)
        if kind == LEAD and mark and not mark.strong and not use_bare:
            kind = None
        if kind == KEYWORD_ONLY and not has_keyword_only:
            kind = None
        if trail_mode and kind in (LEAD, MID):
            kind = None
        if mark is None or kind is None or kind == EDIT_NOTE:
            if current is None and body_start is None:
                body_start = pos
            continue
        if mark.problem:
            line_no = text.count("\n", 0, pos) + 1
            warnings.warn(InputWarning(f"{doc.name}: line {line_no}: {mark.problem}"), stacklevel=2)
        if kind == DATE_LINE:
            close(pos)
            if body_start is not None and body_start < pos and text[body_start:pos].strip():
                pieces.append(_Piece(body_start, pos, None, None, date_ctx))
            body_start = None
            date_ctx = _date_from(mark.date_value, today) or date_ctx
            continue
        if kind in (SEPARATOR, BADGE):
            close(pos)
            if body_start is not None and text[body_start:pos].strip():
                pieces.append(_Piece(body_start, pos, None, None, date_ctx))
            body_start = None
            continue
        if kind == TRAIL:
            start = body_start if body_start is not None else pos
            if first_post is not None and start < first_post < pos and not pieces:
                pieces.append(_Piece(start, first_post, None, None, date_ctx))
                start = first_post
            pieces.append(_Piece(start, pos + mark.text_end, mark.label, mark.stamp, date_ctx))
            body_start = None
            continue
        if kind == LEAD and current is not None and n in closing:
            # a time under its post's last paragraph, the next post's label right below: it
            # closes that paragraph's post ("Text B.\n14:30\n\n14:10 Text C")
            para = text.rfind("\n\n", current.start, pos)
            if para >= 0:
                close(para)
                pieces.append(_Piece(para, pos, mark.label, mark.stamp, date_ctx))
                continue
        # a leading, mid or keyword-only label opens a new entry
        head = heads_above.get(pos) if kind == LEAD else None
        cut = head[0] if head else pos
        close(cut)
        if body_start is not None and text[body_start:cut].strip():
            pieces.append(_Piece(body_start, cut, None, None, date_ctx))
        body_start = None
        if kind == MID:
            # the text goes on after the label ("Posted at 14:30" after a head) or on the next line
            # (a title ending in its time: the label ends the line, ``text_start`` past it)
            text_at = pos + max(mark.text_end, mark.text_start)
            current = _Piece(text_at, pos + len(line), mark.label, mark.stamp, date_ctx)
            current.extra_head = (pos, pos + mark.text_end)
        else:
            current = _Piece(pos + mark.text_start, pos + len(line), mark.label, mark.stamp, date_ctx)
            if head:
                current.extra_head = head
    close(len(text))
    if body_start is not None and text[body_start:].strip():
        pieces.append(_Piece(body_start, len(text), None, None, date_ctx))
    if text.strip() and not any(p.label for p in pieces):
        # no label this splitter knows: keep every word, one entry per paragraph (or per
        # block between separators), and say so
        cut_at = "block between separators" if any(m and m.kind == SEPARATOR for m in marks) else "paragraph"
        warnings.warn(
            InputWarning(
                f"{doc.name}: no time labels found; each {cut_at} is an entry without a report time"
            ),
            stacklevel=2,
        )
        if cut_at == "paragraph":
            pieces = _paragraphs(text, pieces)

    pieces.sort(key=lambda p: (p.extra_head or (p.start, 0))[0])
    pieces = _one_lead(_fold_page_chrome(pieces, text))
    blocks: list[Block] = []
    for piece in pieces:
        head_text = ""
        start = piece.start
        if piece.extra_head:
            head_text = text[piece.extra_head[0] : piece.extra_head[1]].strip()
            start = piece.extra_head[0]
        body = text[piece.start : piece.end]
        if piece.label is not None and not head_text:
            body = body[_skip_furniture(body) :]
        entry_text = (head_text + "\n" + body.strip()).strip() if head_text else body.strip()
        if not entry_text:
            continue
        found = text.find(entry_text[:40], start)
        blocks.append(
            Block(
                seq=len(blocks),
                text=entry_text,
                label=piece.label,
                stamp=piece.stamp,
                date_context=piece.date_context,
                start=found if found >= 0 else start,
                headline=head_text or None,
            )
        )
    return _split_footer(blocks, doc)


def _byline_stamps(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """Author-and-time lines ("Jane Roe 14:05", "By Ion Pop, 3 Nov 2026 at 14:05") head their posts
    when the page goes on below the last one, unless most sit right under text with a blank line
    below (a signature closing its post); a dated one not heading closes the post above it, and
    one with a time alone is then no label."""
    bylines = [i for i, m in enumerate(marks) if m and m.byline]
    filled = [i for i, (_, line) in enumerate(lines) if line.strip()]

    def written(i: int) -> bool:
        return 0 <= i < len(lines) and bool(lines[i][1].strip())

    signed = sum(1 for i in bylines if written(i - 1) and not written(i + 1))
    heading = len(bylines) >= 2 and filled[-1] not in bylines and signed * 2 <= len(bylines)
    for i in bylines:
        mark = marks[i]
        assert mark is not None
        if heading:
            marks[i] = replace(mark, kind=LEAD, text_start=len(lines[i][1]), text_end=len(lines[i][1]))
        elif mark.stamp is None or mark.stamp.day is None:
            marks[i] = None


def _drop_titles_under_labels(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> None:
    """A line ending in a time in brackets right under another label is that post's text, no
    title of a post of its own ("10:05" above "Crews went out at dawn (06:30)")."""
    above: LineMark | None = None
    for i, (_, line) in enumerate(lines):
        mark = marks[i]
        if mark is not None and mark.kind == MID and mark.text_start > mark.text_end:
            if above is not None and above.kind in (LEAD, MID):
                marks[i] = None
                mark = None
        if line.strip():
            above = mark


def _closing_times(marks: list[LineMark | None], lines: list[tuple[int, str]]) -> set[int]:
    """Lines of times alone under a paragraph, a blank line and then another label below them,
    in a blog whose other labels lead their text: each closes the post above it."""
    leading = [i for i, m in enumerate(marks) if m and m.kind == LEAD and lines[i][1][m.text_start :].strip()]
    out: set[int] = set()
    for i, m in enumerate(marks):
        if not (m and m.kind == LEAD and m.stamp and m.stamp.has_time) or lines[i][1][m.text_start :].strip():
            continue
        if i < 1 or marks[i - 1] is not None or not lines[i - 1][1].strip():
            continue
        below = next((k for k in range(i + 1, len(lines)) if lines[k][1].strip()), None)
        under = marks[below] if below is not None else None
        if below is None or below == i + 1 or under is None or under.kind != LEAD:
            continue
        out.add(i)
    return out if len(leading) >= 3 and len(out) * 3 < len(leading) else set()


#: the longest line taken for a post's headline, and how it may not end (a sentence's stop)
_HEADLINE_MAX = 160
_SENTENCE_END = re.compile(r"[.,;:…]\s*[\"'»”)]*$")


def _headlines_above(
    lines: list[tuple[int, str]], marks: list[LineMark | None]
) -> dict[int, tuple[int, int]]:
    """In a blog whose posts print their headline over the time ("Toll rises to 49" / "17:20 GMT" /
    body), each label line's position mapped to the span of the headline above it. Taken only
    when most labels alone on their line have such a line right above them (a short line with
    no sentence stop, a blank line over it), or when a third of them have and every other line
    set right above such a label is one too (a blog printing a headline over some posts only):
    a last body line before the next label is no headline."""
    heads: dict[int, tuple[int, int]] = {}
    alone = glued = 0
    for i, mark in enumerate(marks):
        if mark is None or mark.kind != LEAD or lines[i][1][mark.text_start :].strip():
            continue
        alone += 1
        if i < 1 or not lines[i - 1][1].strip() or marks[i - 1] is not None:
            continue
        glued += 1
        if i < 2 or lines[i - 2][1].strip():
            continue
        pos, above = lines[i - 1]
        words = above.strip()
        if words and len(words) <= _HEADLINE_MAX and not _SENTENCE_END.search(words):
            heads[lines[i][0]] = (pos, pos + len(above))
    enough = len(heads) * 3 >= alone * 2 or (len(heads) == glued and len(heads) * 3 >= alone)
    return heads if len(heads) >= 2 and enough else {}


def _fold_page_chrome(pieces: list[_Piece], text: str) -> list[_Piece]:
    """Labelled pieces that are the page's furniture, not entries, join the text before them:
    a box of key events ("45m ago" over a headline that opens a later entry) and a header line
    under the page's own stamp ("First published on Sat 19 Oct 2024 06.41 BST")."""

    def key(line: str) -> str:
        return " ".join(line.split()).casefold()

    bodies = [text[p.start : p.end].strip() for p in pieces]
    labelled = [i for i, p in enumerate(pieces) if p.label]
    page_stamp = (
        labelled[0]
        if len(labelled) > 1 and _page_update_label(pieces[labelled[0]], pieces[labelled[1]], text)
        else None
    )
    # the first lines of labelled entries that go on past them: the headlines a box may repeat
    heads = {key(b.split("\n", 1)[0]) for p, b in zip(pieces, bodies, strict=True) if p.label and "\n" in b}
    out: list[_Piece] = []
    for i, (piece, body) in enumerate(zip(pieces, bodies, strict=True)):
        one_line = bool(body) and "\n" not in body and len(body) <= 160
        chrome = i == page_stamp or (
            bool(piece.label)
            and not piece.extra_head
            and one_line
            and (key(body) in heads or _header_stamp_line(body))
        )
        if not chrome:
            out.append(piece)
        elif out:
            out[-1].end = max(out[-1].end, piece.end)
        else:
            out.append(_Piece(piece.start, piece.end, None, None, piece.date_context))
    return out


def _one_lead(pieces: list[_Piece]) -> list[_Piece]:
    """The unlabelled text above a blog's first label is one lead: headline, byline, page date
    and standfirst together."""
    first = next((i for i, p in enumerate(pieces) if p.label), 0)
    if first < 2:
        return pieces
    lead = _Piece(pieces[0].start, pieces[first - 1].end, None, None, pieces[0].date_context)
    return [lead, *pieces[first:]]


def _page_update_label(piece: _Piece, next_labelled: _Piece, text: str) -> bool:
    """The page's own last-update stamp over its lead ("Actualizat: 13.08.2025, 00:15"), not an
    entry: a label word of that stamp, a full date with its year, nothing else on the line, and
    entries under it labelled otherwise ("Updated Feb. 12, 2026, 12:20 a.m. ET" over entries
    labelled "Feb. 12, 2026, 12:20 a.m. ET" or "11:35 p.m. ET")."""
    stamp, label = piece.stamp, piece.label or ""
    if stamp is None or None in (stamp.year, stamp.month, stamp.day) or not stamp.has_time:
        return False
    if next_labelled.stamp is None or next_labelled.stamp.iso:
        return False
    if next_labelled.stamp.day is not None and _rx("page_updated").match(next_labelled.label or ""):
        return False  # every entry is labelled "Updated <date>": the first is an entry too
    line_end = text.find("\n", piece.start)
    if text[piece.start : line_end if line_end >= 0 else len(text)].strip():
        return False
    return _rx("page_updated").match(label) is not None


def _header_stamp_line(line: str) -> bool:
    """A line that only says when the page was published ("First published on <stamp>")."""
    m = _rx("published_lead").match(line)
    return m is not None and bool(_MAYBE_TIME.search(line, m.end()))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


def _paragraphs(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Unlabelled text cut at blank lines (at line ends when it has none), keeping date lines' days."""
    out: list[_Piece] = []
    for piece in pieces:
        chunk = text[piece.start : piece.end]
        breaks = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(chunk.strip()) else _LINE_BREAK
        start = piece.start
        for m in breaks.finditer(text, piece.start, piece.end):
            if text[start : m.start()].strip():
                out.append(_Piece(start, m.start(), None, None, piece.date_context))
            start = m.end()
        if text[start : piece.end].strip():
            out.append(_Piece(start, piece.end, None, None, piece.date_context))
    return out


def _closes_other_posts(tail: str, blocks: list[Block]) -> bool:
    """Whether a closing line opens as the last lines of two other labelled posts do (its words
    up to a colon: "Foto:", "Фото:"): the posts' own furniture, no footer of the page."""
    head = tail.split(":", 1)[0].strip().casefold() if ":" in tail[:40] else ""
    if not head:
        return False
    closed = 0
    for block in blocks:
        last = block.text.rstrip().rsplit("\n", 1)[-1].strip().casefold()
        closed += bool(block.label) and last.startswith(head + ":")
    return closed >= 2


def _split_footer(blocks: list[Block], doc: Document) -> list[Block]:
    """A closing paragraph in another language or in the editor's voice is its own entry."""
    if not blocks:
        return blocks
    last = blocks[-1]
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", last.text) if p.strip()]
    if len(paragraphs) < 2:
        return blocks
    tail = paragraphs[-1].strip()
    markers = vocabulary().footer
    folded = tail.lower()
    is_footer = any(m in folded[:160] for m in markers)  # (a credit line can name three agencies first)
    if is_footer and any(m in p.lower() for p in paragraphs[:-1] for m in markers):
        is_footer = False  # the entry itself signs off ("Încheiem aici transmisiunea live"): one voice
    if is_footer and _closes_other_posts(tail, blocks[:-1]):
        is_footer = False  # "Foto: ..." under every post: the last one's is its own, as the others'
    if not is_footer:
        main_lang = langid.detect(" ".join(paragraphs[:-1]), hint=doc.lang or langid.detect(doc.text[:3000]))
        tail_lang = langid.detect(tail, hint=main_lang)  # too short to tell: no other language
        is_footer = bool(main_lang and tail_lang and main_lang != tail_lang and len(tail) >= 20)
    if not is_footer:
        return blocks
    cut = last.text.rfind(tail)
    head = last.text[:cut].rstrip()
    blocks[-1] = Block(
        seq=last.seq,
        text=head,
        label=last.label,
        stamp=last.stamp,
        date_context=last.date_context,
        start=last.start,
        headline=last.headline,
    )
    blocks.append(Block(seq=last.seq + 1, text=tail, start=last.start + cut, date_context=last.date_context))
    return blocks
