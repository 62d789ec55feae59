"""Reading times and dates out of text, from the languages' clock data.

The patterns are built once from every language's ``clock.toml`` (a Romanian
page may say "UPDATE" and an English one "Ora"), so adding a language adds its
month names, weekdays and label words here without code changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from newsrewind import lang
from newsrewind.model import Stamp


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first, each word escaped (spaces flexible)."""
    uniq = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


class InputWarning(UserWarning):
    """Something wrong in one part of a good document (an impossible time or date,
    an entry that could not be read); the rest is kept. One line for the user."""


@dataclass(frozen=True)
class Vocabulary:
    months: dict[str, int]
    weekdays: dict[str, int]
    zones: dict[str, str]
    keywords: list[str]
    hour_words: list[str]
    edit_notes: list[str]
    edit_keywords: list[str]
    published: list[str]
    page_updated: list[str]  # words heading the page's own last-update stamp
    footer: list[str]
    relative_units: dict[str, int]  # "minutes" → 1, "hours" → 60
    relative_numbers: dict[str, int]  # "an" → 1
    relative_before: list[str]  # "acum"
    relative_after: list[str]  # "ago", "назад"
    relative_now: list[str]  # "just now"
    day_words: dict[str, int]  # "yesterday" → -1
    chrome: list[str]  # badges over a label: "Key event"
    credits: list[str] = field(default_factory=list)  # a picture's credit line: "Photo:"
    post_footer: list[str] = field(default_factory=list)  # beside a post's time: "edited", "views"
    related: list[str] = field(default_factory=list)  # a link or advert opening an entry: "Read more:"


@cache
def vocabulary() -> Vocabulary:
    """Every language's clock words merged."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    zones: dict[str, str] = {}
    keywords: list[str] = []
    hour_words: list[str] = []
    edit_notes: list[str] = []
    edit_keywords: list[str] = []
    published: list[str] = []
    page_updated: list[str] = []
    footer: list[str] = []
    units: dict[str, int] = {}
    numbers: dict[str, int] = {}
    before: list[str] = []
    after: list[str] = []
    now: list[str] = []
    day_words: dict[str, int] = {}
    chrome: list[str] = []
    credits: list[str] = []
    post_footer: list[str] = []
    related: list[str] = []
    for code in lang.available():
        data = lang.section(code, "clock")
        months.update({k.lower(): v for k, v in data.get("months", {}).items()})
        weekdays.update({k.lower(): v for k, v in data.get("weekdays", {}).items()})
        zones.update({k.lower(): v for k, v in data.get("zones", {}).items()})
        labels = data.get("labels", {})
        keywords += labels.get("keywords", [])
        hour_words += labels.get("hour_words", [])
        edit_notes += labels.get("edit_notes", [])
        edit_keywords += labels.get("edit_keywords", [])
        published += labels.get("published", [])
        page_updated += labels.get("page_updated", [])
        chrome += labels.get("chrome", [])
        credits += labels.get("credits", [])
        post_footer += labels.get("post_footer", [])
        related += labels.get("related", [])
        footer += data.get("footer", {}).get("markers", [])
        relative = data.get("relative", {})
        units.update({k.lower(): v for k, v in relative.get("units", {}).items()})
        numbers.update({k.lower(): v for k, v in relative.get("numbers", {}).items()})
        before += relative.get("before", [])
        after += relative.get("after", [])
        now += relative.get("now", [])
        day_words.update({k.lower(): v for k, v in data.get("day_words", {}).items()})
    return Vocabulary(
        months,
        weekdays,
        zones,
        keywords,
        hour_words,
        edit_notes,
        edit_keywords,
        published,
        page_updated,
        footer,
        units,
        numbers,
        before,
        after,
        now,
        day_words,
        chrome,
        credits,
        post_footer,
        related,
    )


#: "1318 GMT": the wire services' four-digit time, read only with a zone right after it;
#: "14 ч 30 мин": the hour and minute written out in Russian
WIRE_ZONES = r"GMT|UTC|BST|CET|CEST|EET|EEST|EDT|EST|ET|PDT|PST|MSK|МСК|мск"
TIME = (
    r"(?<![\d.,:/])(?:(?P<h>[01]?\d|2[0-3])\s?(?:[:.h]|(?P<hw>ч)\.?)\s?(?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?(?![\d]|[.,:]\d)"
    r"(?(hw)(?:\s?мин\b\.?)?)"
    rf"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s?(?-i:{WIRE_ZONES})\b))"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?))?"
)
ISO = r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?Z|\s?[+-]\d{2}:?\d{2})?)?)"


@dataclass(frozen=True)
class Patterns:
    time: re.Pattern[str]
    zone: re.Pattern[str]
    date: re.Pattern[str]
    iso: re.Pattern[str]
    keyword: str
    edit_note: str
    published: str
    hour_word: str
    weekday: str
    day_word: str
    #: a whole relative label: "5 min ago", "acum o oră", "2 часа назад", "1h", "just now"
    relative: re.Pattern[str]


@cache
def patterns() -> Patterns:
    v = vocabulary()
    month = _alt(list(v.months))
    weekday = _alt(list(v.weekdays))
    zone_words = _alt(list(v.zones))
    # an offset first: "GMT+2" is no "GMT" with "+2" left over
    zone = rf"(?P<zone>\(?(?:UTC|GMT)\s?[+-]\d{{1,2}}(?::?\d{{2}})?\)?|\(?(?:{zone_words})\b\)?|[+-]\d{{2}}:\d{{2}})"
    date_re = (
        rf"(?:(?<!\w)(?P<wd>{weekday})\.?,?\s+)?"
        r"(?:"
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|-?го|-?е)?\s+(?:de\s+)?(?P<mon>{month})\b\.?(?:,?[ \t\xa0]+(?P<y>\d{{4}})(?!\d))?(?:\s*(?:г\.|года\b|г\b))?"
        r"|"
        rf"(?<!\w)(?P<mon2>{month})\b\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?[ \t\xa0]+(?P<y2>\d{{4}})(?!\d))?"
        r"|"
        # "03.11.2026", "3/11/26", and with dashes only with the full year ("03-11-2026")
        r"(?P<d3>\d{1,2})(?:[./]|-(?=\d{1,2}-\d{4}\b))(?P<mo3>\d{1,2})(?:[./]|(?<=-\d)-|(?<=-\d\d)-)(?P<y3>\d{4}|\d{2})\b"
        r")"
    )
    return Patterns(
        time=re.compile(TIME),
        zone=re.compile(zone, re.IGNORECASE),
        date=re.compile(date_re, re.IGNORECASE),
        iso=re.compile(ISO),
        keyword=_alt(v.keywords),
        edit_note=_alt(v.edit_notes),
        published=_alt(v.published),
        hour_word=_alt(v.hour_words),
        weekday=weekday,
        day_word=_alt(list(v.day_words)),
        relative=_relative_pattern(v),
    )


def _relative_pattern(v: Vocabulary) -> re.Pattern[str]:
    count = rf"(?P<n>\d{{1,3}}|{_alt(list(v.relative_numbers))})"
    unit = rf"(?P<unit>{_alt(list(v.relative_units))})\.?"
    before, after = _alt(v.relative_before), _alt(v.relative_after)
    # "acum 10 minute" (a word before) or "10 minutes ago" (a word after)
    amount = rf"(?:(?P<pre>{before})\s+)?(?:{count}\s*)?{unit}(?(pre)|\s+(?:{after}))(?!\w)"
    now = rf"(?P<now>{_alt(v.relative_now)})(?!\w)"
    # "1h", "25m", "2d": the short form of timeline widgets (digits glued to one letter)
    short = r"(?P<n2>\d{1,3})(?P<unit2>[hmd])(?!\w)"
    # "Posted 2h ago", "Publicat acum 5 minute": the published word may open the label
    posted = rf"(?:(?:{_alt(v.published)})\s+)?" if v.published else ""
    return re.compile(rf"^\s*{posted}(?:{amount}|{now}|{short})", re.IGNORECASE)


def relative_minutes(label: str) -> int | None:
    """How many minutes before the page was read a relative label says ("2 hours ago" → 120)."""
    m = patterns().relative.match(label)
    if not m:
        return None
    v = vocabulary()
    if m.group("n2"):
        return int(m.group("n2")) * {"h": 60, "m": 1, "d": 1440}[m.group("unit2").lower()]
    if m.group("now"):
        return 0
    n = (m.group("n") or "1").lower()
    count = int(n) if n.isdigit() else v.relative_numbers.get(" ".join(n.split()), 1)
    return count * v.relative_units.get(m.group("unit").lower(), 1)


def day_offset(label: str | None) -> int | None:
    """Days from the blog's day a label's day word says ("Yesterday, 22:10" → -1), or None."""
    if not label:
        return None
    m = _FIRST_WORD.match(label)
    return vocabulary().day_words.get(m.group(1).lower()) if m else None


_FIRST_WORD = re.compile(r"\s*(\w+)")


def time_of(match: re.Match[str]) -> tuple[int, int, int | None]:
    """Hour, minute, second of a TIME match (12-hour clocks made 24-hour)."""
    if match.group("h") is None:  # "1318 GMT"
        hour, minute = int(match.group("h4")), int(match.group("m4"))
    else:
        hour, minute = int(match.group("h")), int(match.group("m"))
    second = int(match.group("s")) if match.group("s") else None
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute, second


def date_of(match: re.Match[str]) -> tuple[int | None, int, int, int | None] | None:
    """(year, month, day, weekday) of a date match, or None when impossible."""
    v = vocabulary()
    g = match.groupdict()
    if g.get("d"):
        day, month, year = int(g["d"]), v.months[g["mon"].lower()], g.get("y")
    elif g.get("d2"):
        day, month, year = int(g["d2"]), v.months[g["mon2"].lower()], g.get("y2")
    elif g.get("d3"):
        day, month, year = int(g["d3"]), int(g["mo3"]), g.get("y3")
        if year and len(year) == 2:
            year = "20" + year
        if month > 12 and day <= 12 and "/" in match.group(0):
            day, month = month, day  # "08/15/2026": the month first, as US pages write it
    elif g.get("d5"):  # a label's "17.11": day and month, no year
        day, month, year = int(g["d5"]), int(g["mo5"]), None
    else:
        return None
    weekday = v.weekdays.get((g.get("wd") or g.get("wd_after") or "").lower())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    y = int(year) if year else None
    if y is not None:
        try:
            date(y, month, day)
        except ValueError:
            return None
    return y, month, day, weekday


def zone_of(text: str | None) -> str | None:
    """UTC offset or IANA name for a zone word on a label."""
    if not text:
        return None
    t = text.strip("() ").lower()
    t = " ".join(t.split())
    v = vocabulary()
    if t in v.zones:
        z = v.zones[t]
        return None if z == "local" else z
    m = re.fullmatch(r"(?:utc|gmt)?\s?([+-])(\d{1,2})(?::?(\d{2}))?", t)
    if m:
        return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"
    return None


def stamp_from(time_m: re.Match[str] | None, date_m: re.Match[str] | None, zone: str | None) -> Stamp:
    """Combine a time match, a date match and a zone word into a Stamp."""
    stamp = Stamp(tz=zone_of(zone))
    if time_m is not None:
        stamp.hour, stamp.minute, stamp.second = time_of(time_m)
    if date_m is not None:
        parts = date_of(date_m)
        if parts:
            stamp.year, stamp.month, stamp.day, _ = parts
    return stamp


def resolve_year(month: int, day: int, weekday: int | None, today: date) -> int | None:
    """The year of a yearless date: with a weekday, the latest year not after
    today in which that day falls on that weekday; without, the latest year in
    which the date is not after today. "Today" stretches one day ahead: a page
    in a zone east of the reader's can already print tomorrow's date."""
    latest = today + timedelta(days=1)
    for year in range(latest.year, latest.year - 40, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d > latest:
            continue
        if weekday is None or d.isoweekday() == weekday:
            return year
    return None
