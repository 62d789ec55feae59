"""Settle each entry's report time.

A label gives a wall-clock time; the date comes from, in order: the user's
``--date``, a date in the text ("joi, 6 ianuarie" — a yearless date takes the
latest year, not after today, in which it falls on that weekday), a date line
heading the entries, the page's metadata, and last the day we read it. A
label's own full stamp or a date line above it dates that entry. Blogs run
newest first or oldest first (detected); when the times wrap past midnight the
day moves with them, while an entry merely out of order keeps its own time.
A page's own last-update stamp over its lead ("Actualizat: 13.08.2025, 00:15")
bounds it: entries dated by inference move back by whole days until none is later.
Event phrases ("aseară", "last night") never set a report time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from itertools import compress
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsrewind import lang, langid
from newsrewind.model import Block, Document, Entry
from newsrewind.stamps import (
    TIME,
    InputWarning,
    _alt,
    date_of,
    day_offset,
    patterns,
    resolve_year,
    time_of,
    vocabulary,
)

HALF_DAY = 12 * 60


@dataclass
class ClockOptions:
    date: dt.date | None = None
    tz: str | None = None
    today: dt.date | None = None


class ClockError(ValueError):
    """A time zone or date the user gave that cannot be used."""


def parse_tz(name: str) -> tzinfo:
    """An IANA zone name or a fixed offset like ``+02:00`` / ``UTC``."""
    name = name.strip()
    m = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?", name, re.IGNORECASE)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise ClockError(f"impossible UTC offset {name!r} (offsets run from -12:00 to +14:00)")
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    if name.upper() in ("UTC", "GMT", "Z"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ClockError(
            f"unknown time zone {name!r} (use an IANA name like Europe/Bucharest or +02:00)"
        ) from exc


#: Characters ``re.IGNORECASE`` takes for another letter once lower-cased ("ı" for "i"), and the
#: combining dot "İ" gains in ``str.lower``: dropped so a word's key is the one the regex compares.
_IGNORECASE_KEY = str.maketrans(
    {chr(k): chr(min(k, *others)) for k, others in _EXTRA_CASES.items()} | {"\u0307": None}
)
_ODD_CASE = re.compile("[" + re.escape("".join(map(chr, _EXTRA_CASES)) + "\u0130") + "]")
#: The characters ``_IGNORECASE_KEY`` changes ("i", "s", "в" map to themselves): a text without
#: any keeps its keys as they are.
_ODD_KEY = re.compile(
    "[" + re.escape("".join(chr(k) for k, v in _IGNORECASE_KEY.items() if v is None or chr(k) != v)) + "]"
)
_DIGIT = re.compile(r"\d")


@cache
def _date_openers() -> frozenset[str]:
    """Keys of the words a date may open on: month and weekday names."""
    v = vocabulary()
    return frozenset(w.lower().translate(_IGNORECASE_KEY) for w in [*v.months, *v.weekdays])


#: Blocks whose letters are each checked for ``_opener_words`` (Latin, Greek, Cyrillic, letter-like
#: symbols and their extensions); letters of every other block are let through unchecked.
_CHECKED_BLOCKS = (
    (0x0000, 0x058F),
    (0x1C80, 0x1C8F),
    (0x1D00, 0x214F),
    (0x2C60, 0x2C7F),
    (0x2DE0, 0x2DFF),
    (0xA640, 0xA7FF),
    (0xFB00, 0xFB4F),
)


@cache
def _opener_words() -> re.Pattern[str]:
    """The words whose first letter may open the key of a month or weekday name (lower-cased, with
    or without ``_IGNORECASE_KEY``): only these are looked up."""
    firsts = {key[0] for key in _date_openers() if key}
    ranges: list[tuple[int, int]] = []
    free = 0  # the first code point not yet placed
    for lo, hi in _CHECKED_BLOCKS:
        if free < lo:
            ranges.append((free, lo - 1))
        for code in range(lo, hi + 1):
            low = chr(code).lower()[:1]
            if low and (low in firsts or low.translate(_IGNORECASE_KEY) in firsts):
                ranges.append((code, code))
        free = hi + 1
    ranges.append((free, 0x10FFFF))
    cls = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile(rf"(?<!\w)(?=\w)[{cls}]\w*")


def date_matches(text: str) -> list[re.Match[str]]:
    """``list(patterns().date.finditer(text))``, the pattern tried only where a date can open:
    at a digit, or at a word that is a month or weekday name (its alternation is slow to try
    at every word)."""
    found = list(_opener_words().finditer(text))
    words = list(map(re.Match.group, found))
    starts = list(map(re.Match.start, found))
    # every word lower-cased in one go: "\0" is no word character, no key, and (neither cased nor
    # case-ignorable) gives each word's final sigma the case it has alone
    joined = "\0".join(words).lower()
    if _ODD_CASE.search(text) and _ODD_KEY.search(joined):
        joined = joined.translate(_IGNORECASE_KEY)
    keys = joined.split("\0")
    opens = set(compress(starts, map(_date_openers().__contains__, keys)))
    opens.update(map(re.Match.start, _DIGIT.finditer(text)))
    rx = patterns().date
    out: list[re.Match[str]] = []
    end = 0
    for at in sorted(opens):
        if at < end:
            continue
        m = rx.match(text, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def header_date(header: str, today: date) -> date | None:
    """The page's day as its header (the text over the first entry) names it: a date with a
    weekday, then one with a year."""
    head = _dates_in(header, today)
    for kind in ("weekday", "year"):
        if head[kind]:
            return _most_common(head[kind])
    return None


def text_date(text: str, today: date) -> date | None:
    """The blog's day as its body names it. A date there is as often an event's ("on 31 August
    1989", "the protest on Saturday, 1 February"): a date with a weekday is taken, one with a
    year only when another mention of that day backs it."""
    body = _dates_in(text, today)
    if body["weekday"]:
        return _most_common(body["weekday"])
    days = Counter((d.month, d.day) for kind in ("weekday", "year", "bare") for d in body[kind])
    backed = [d for d in body["year"] if days[(d.month, d.day)] > 1]
    if backed:
        return _most_common(backed)
    return None


def _dates_in(text: str, today: date) -> dict[str, list[date]]:
    """The dates a text names, not after today, by what fixes their year: a weekday, a year, or
    nothing (a bare day and month takes the latest year up to today)."""
    found: dict[str, list[date]] = {"weekday": [], "year": [], "bare": []}
    for m in date_matches(text) if text else ():
        parts = date_of(m)
        if not parts:
            continue
        year, month, day, weekday = parts
        kind = "weekday" if weekday is not None else "year" if year is not None else "bare"
        if year is None:
            year = resolve_year(month, day, weekday, today)
            if year is None:
                continue
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= today:
            found[kind].append(d)
    return found


def _most_common(days: list[date]) -> date:
    return Counter(days).most_common(1)[0][0]


def _header(blocks: list[Block]) -> str:
    """The text over the first timed entry: headline, byline, lead."""
    head = []
    for block in blocks:
        if block.stamp is not None:
            break
        head.append(block.text)
    return "\n".join(head)


def page_zone(header: str, code: str) -> str | None:
    """The zone a page's lead gives all its times in ("All times GMT", "Время ташкентское",
    "Orele sunt ale României"), from the language's ``[page_zone]`` data; None when it gives none."""
    data = lang.section(code, "clock").get("page_zone", {})
    found = _page_zone_pattern(code).search(header) if data else None
    if found is None:
        return _stated_offset(header, code) if data else None
    phrase = found.group("name") or found.group("zone")
    zones = {**lang.section(code, "clock").get("zones", {}), **data.get("names", {})}
    value = zones.get(phrase.lower())
    return None if value in (None, "local") else str(value)


@cache
def _page_zone_pattern(code: str) -> re.Pattern[str]:
    section = lang.section(code, "clock")
    data = section.get("page_zone", {})
    names = _alternation(list(data.get("names", {})))
    lead_in = _alternation(data.get("lead_in", []))
    zone_words = _alternation(list(section.get("zones", {})))
    by_name = rf"(?P<name>{names})" if names else r"(?P<name>(?!))"
    by_lead_in = rf"(?:{lead_in})\s+(?P<zone>{zone_words})" if lead_in and zone_words else r"(?P<zone>(?!))"
    return re.compile(rf"(?<!\w)(?:{by_name}|{by_lead_in})(?!\w)", re.IGNORECASE)


def _stated_offset(header: str, code: str) -> str | None:
    """An offset the lead states for all its times after a lead-in, from UTC or from a zone word of
    [zones] ("All times on this page are Philippine time (PHT, UTC+8)", "Время в ленте — местное
    (МСК+2)"): "+08:00", "+05:00"."""
    section = lang.section(code, "clock")
    lead_in = _alternation(section["page_zone"].get("lead_in", []))
    if not lead_in:
        return None
    zones = {k.lower(): str(v) for k, v in section.get("zones", {}).items()}
    bases = _alternation(["utc", "gmt", *(k for k, v in zones.items() if re.fullmatch(r"[+-]\d\d:\d\d", v))])
    found = re.search(
        rf"(?<!\w)(?:{lead_in})(?!\w)[^.\n]{{0,60}}?(?<!\w)(?P<base>{bases})\s?(?P<sign>[+−-])\s?(?P<h>\d{{1,2}})(?::(?P<m>\d\d))?(?!\d)",
        header,
        re.IGNORECASE,
    )
    if found is None:
        return None
    base = found.group("base").lower()
    hours, minutes = (0, 0) if base in ("utc", "gmt") else (int(zones[base][:3]), int(zones[base][4:]))
    shift = int(found.group("h")) * 60 + int(found.group("m") or 0)
    total = (
        hours * 60
        + (minutes if hours >= 0 else -minutes)
        + (-shift if found.group("sign") in "−-" else shift)
    )
    if abs(total) > 14 * 60:
        return None
    sign = "-" if total < 0 else "+"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _minutes(block: Block) -> int | None:
    s = block.stamp
    if s is None or s.hour is None or s.minute is None:
        return None
    return s.hour * 60 + s.minute


def newest_first(blocks: list[Block]) -> bool:
    """True when the timed entries mostly run backwards in time."""
    down = up = 0
    prev: int | None = None
    for block in blocks:
        cur = _minutes(block)
        if cur is None:
            continue
        if prev is not None and cur != prev:
            if abs(cur - prev) < HALF_DAY:
                down += cur < prev
                up += cur > prev
            else:
                # a wrap past midnight: 00:20 after 23:40 runs forward
                up += cur < prev
                down += cur > prev
        prev = cur
    return down > up


def clock(doc: Document, blocks: list[Block], options: ClockOptions | None = None) -> list[Entry]:
    """Give every block its report time (None when it has none)."""
    options = options or ClockOptions()
    today = options.today or date.today()
    doc_lang = doc.lang or langid.detect(doc.text[:3000])
    tz_name = (
        options.tz
        or doc.tz
        or page_zone(_header(blocks), doc_lang or "en")
        or lang.section(doc_lang or "en", "clock").get("default_timezone", "UTC")
    )
    zone = parse_tz(tz_name)
    blocks = _month_first(blocks)

    anchor: date | None
    if options.date:
        anchor, basis = options.date, "option"
    elif (found := header_date(header := _header(blocks), today)) is not None:
        anchor, basis = found, "text"
    elif (ctx := next((b.date_context for b in blocks if b.date_context), None)) is not None:
        anchor, basis = ctx, "date-line"
    elif doc.published:
        anchor, basis = doc.published, "metadata"
    elif (found := text_date(doc.text, today)) is not None:
        anchor, basis = found, "text"
    elif bare := _dates_in(header, today)["bare"]:
        anchor, basis = _most_common(bare), "text"
    else:
        anchor, basis = today, "ingest"

    backwards = newest_first(blocks)
    running = anchor
    running_basis = basis
    prev_min: int | None = None
    prev_ctx: date | None = None
    first_label: tuple[int, timedelta] | None = None  # (its index, its day less the inferred one)
    entries: list[Entry] = []
    for block in blocks:
        stamp = block.stamp
        reported: datetime | None = None
        time_basis = "none"
        date_basis: str | None = None
        if stamp is not None and stamp.iso:
            reported = _from_iso(stamp.iso, zone)
            if reported is None:
                warnings.warn(
                    InputWarning(
                        f"{doc.name}: entry {block.seq + 1}: impossible time {stamp.iso!r}; kept without a report time"
                    ),
                    stacklevel=2,
                )
            else:
                time_basis, date_basis = "iso", "label"
                running, running_basis = reported.date(), "label"
                prev_min = reported.hour * 60 + reported.minute
        elif stamp is not None and stamp.has_time:
            cur = _minutes(block)
            assert cur is not None
            if stamp.day is not None and stamp.month is not None:
                labelled = _label_date(stamp.year, stamp.month, stamp.day, running, basis, today)
                if labelled is not None:
                    if basis == "ingest" and first_label is None:
                        first_label = (len(entries), labelled - _wrapped(running, prev_min, cur, backwards))
                    running, running_basis = labelled, "label"
            elif (named := _named_day(block.label, anchor)) is not None:
                running, running_basis = named, basis
            elif block.date_context and block.date_context != prev_ctx:
                running, running_basis = _near(block.date_context, anchor, basis), "date-line"
            else:
                running = _wrapped(running, prev_min, cur, backwards)
            prev_ctx = block.date_context
            prev_min = cur
            entry_zone = _label_zone(stamp.tz, zone)
            reported = _checked(
                datetime(
                    running.year,
                    running.month,
                    running.day,
                    stamp.hour or 0,
                    stamp.minute or 0,
                    stamp.second or 0,
                    tzinfo=entry_zone,
                )
            )
            time_basis, date_basis = ("label", running_basis) if reported else ("none", None)
        entries.append(
            Entry(
                seq=block.seq,
                text=block.text,
                label=block.label,
                reported_at=reported,
                start=block.start,
                time_basis=time_basis,
                date_basis=date_basis,
                headline=block.headline,
                url=block.url,
            )
        )
    if first_label is not None:
        # a blog with no date of its own but a dated label ("12:40 a.m., April 24"): the
        # entries before it take their day from that label, not from the day we read it
        until, shift = first_label
        for e in entries[:until]:
            if e.reported_at is not None and e.date_basis == "ingest":
                e.reported_at += shift
                e.date_basis = "label"
    if (updated := page_updated(blocks, zone)) is not None:
        _not_after(entries, updated)
    return entries


#: A label's date written with slashes ("08/02/2026 14:35"): day and month in an order the page chose.
_SLASH_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?!\d)")


def _month_first(blocks: list[Block]) -> list[Block]:
    """Blocks whose slash-dated labels read month first, when the page writes them so: one of its
    labels can only be read that way ("08/15/2026"), or read day first its dates would lie weeks
    or months apart where read month first they lie within days of each other (a live blog's
    "08/02/2026", "08/03/2026" are 2 and 3 August, not February and March)."""
    slashed = [
        (i, int(m.group(1)), int(m.group(2)))
        for i, b in enumerate(blocks)
        if b.label
        and b.stamp is not None
        and b.stamp.month is not None
        and (m := _SLASH_DATE.search(b.label))
    ]
    if not slashed:
        return blocks
    if any(second > 12 >= first for _, first, second in slashed):
        flip = True  # the labels' own reading already put these right: swap only the ambiguous ones
    else:
        spread_day_first = _spread([(first, second) for _, first, second in slashed])
        spread_month_first = _spread([(second, first) for _, first, second in slashed])
        flip = spread_month_first < spread_day_first and spread_month_first <= 7 < spread_day_first
    if not flip:
        return blocks
    out = list(blocks)
    for i, first, second in slashed:
        stamp = blocks[i].stamp
        assert stamp is not None
        if stamp.month == second and stamp.day == first and first <= 12 and second <= 12 and first != second:
            out[i] = dataclasses.replace(blocks[i], stamp=dataclasses.replace(stamp, month=first, day=second))
    return out


def _spread(days_months: list[tuple[int, int]]) -> int:
    """Days between the earliest and latest of (day, month) pairs, in one leap year (impossible
    pairs lie far apart)."""
    ordinals = []
    for day, month in days_months:
        try:
            ordinals.append(date(2024, month, day).toordinal())
        except ValueError:
            return 10_000
    return max(ordinals) - min(ordinals)


def _wrapped(day: date, prev_min: int | None, cur: int, backwards: bool) -> date:
    """The running day after a bare time: it moves when the times wrap past midnight
    (23:40 then 00:20 oldest first; 00:20 then 23:40 newest first)."""
    if prev_min is None:
        return day
    if backwards and cur > prev_min and cur - prev_min > HALF_DAY:
        return _shift(day, -1)
    if not backwards and cur < prev_min and prev_min - cur > HALF_DAY:
        return _shift(day, 1)
    return day


def page_updated(blocks: list[Block], zone: tzinfo) -> datetime | None:
    """The page's own last-update stamp in the text over its first entry
    ("Actualizat: 13.08.2025, 00:15", "Last updated: 12 May 2024, 09:40"), when it names a full date."""
    for block in blocks:
        if block.label:
            return None
        for m in _page_updated_pattern().finditer(block.text):
            year, month, day, _ = date_of(m) or (None, 0, 0, None)
            if year is None:
                continue
            hour, minute, _second = time_of(m)
            return _checked(datetime(year, month, day, hour, minute, tzinfo=zone))
    return None


@cache
def _page_updated_pattern() -> re.Pattern[str]:
    p = patterns()
    words = _alt(vocabulary().page_updated)
    return re.compile(
        rf"(?:^|\n)[^\w\n]*(?:{words})\b[^\w\n]*{p.date.pattern}[\s,|/\-–—]*(?:(?:{p.hour_word})\s+)?{TIME}",
        re.IGNORECASE,
    )


def _not_after(entries: list[Entry], updated: datetime) -> None:
    """No entry is later than the page's last update: entries dated by inference from a bare time
    (not by their own label's date) move back by whole days until the latest is not after it."""
    inferred = [
        e
        for e in entries
        if e.reported_at is not None and e.time_basis == "label" and e.date_basis != "label"
    ]
    if not inferred:
        return
    latest = max(e.reported_at for e in inferred if e.reported_at is not None)
    if latest <= updated:
        return
    days = -(-(latest - updated) // timedelta(days=1))  # whole days, rounded up
    for e in inferred:
        assert e.reported_at is not None
        e.reported_at -= timedelta(days=days)


def _named_day(label: str | None, anchor: date) -> date | None:
    """The day a label names by a word: "Yesterday, 22:10" → the day before the blog's,
    "Вторник, 14:30" → the last Tuesday up to it."""
    shift = day_offset(label)
    if shift is not None:
        return _shift(anchor, shift)
    m = _LEADING_WORD.match(label or "")
    weekday = vocabulary().weekdays.get(m.group(1).lower()) if m else None
    if weekday is None:
        return None
    return _shift(anchor, -((anchor.isoweekday() - weekday) % 7))


def _label_date(
    year: int | None, month: int, day: int, running: date, basis: str, today: date
) -> date | None:
    """The day a label's own date names. A yearless one ("Sâmbătă, 20 iulie, 18:05") takes the
    year nearest the blog's known date; only a blog with no date of its own falls back to the
    latest such day up to today."""
    if year is None and basis != "ingest":
        try:
            return _near(date(running.year, month, day), running, "text")
        except ValueError:  # 29 February of another year
            pass
    year = year or resolve_year(month, day, None, today) or today.year
    try:
        return date(year, month, day)
    except ValueError:
        return None


_LEADING_WORD = re.compile(r"\s*(\w+)")  # the label's first word


def _near(day: date, anchor: date, basis: str) -> date:
    """A date line's day in the year nearest the blog's own date (date lines rarely
    name a year; "31.12" and "01.01" around New Year keep their true order)."""
    if basis not in ("option", "text", "metadata"):
        return day
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(day.replace(year=year))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - anchor).days), default=day)


def _from_iso(value: str, zone: tzinfo) -> datetime | None:
    try:
        dt = datetime.fromisoformat(value.strip().replace(" ", "T", 1))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=zone)
    return _checked(dt)


def _shift(day: date, days: int) -> date:
    """A day moved by whole days; at the ends of the calendar it stays put."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return day


def _label_zone(name: str | None, default: tzinfo) -> tzinfo:
    """The zone a label names, or the blog's when it names none or an impossible one."""
    if not name:
        return default
    try:
        return parse_tz(name)
    except ClockError:
        return default


def _checked(dt: datetime) -> datetime | None:
    """A report time that converts to UTC; None for one at the calendar's edge (year 1 or 9999)."""
    try:
        dt.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if dt.year < 1900:
        return None
    return dt


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 with the offset, seconds always shown."""
    return dt.isoformat(timespec="seconds") if dt else None
