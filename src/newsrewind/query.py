"""The time machine's questions, answered from the store as plain data.

- ``at``: what was known at report time T (entries, the value of every figure
  series, events), optionally by ingest time instead;
- ``diff``: what became known between T1 and T2;
- ``history``: every reported value of each series, in order;
- ``conflicts``: series where sources hold different values at the same T.

The value of a series at T is its latest report at or before T. A vague report
never hides an earlier precise one: both are returned.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from newsrewind.store import StoreError
from newsrewind.store.sqlite import Store, utc_iso

FAR_FUTURE = "9999-12-31T23:59:59"


class TimeError(ValueError):
    """A time the user gave that cannot be read."""


@dataclass
class Report:
    """One reported value of a figure series."""

    low: float | None
    high: float | None
    approx: bool
    unit: str | None
    label: str | None
    reported_at: str | None
    time_label: str | None
    source: str | None
    source_kind: str | None
    sources: str | None
    document: str
    seq: int | None
    span: list[int]
    quote: str

    @property
    def precise(self) -> bool:
        return self.low is not None and self.low == self.high and not self.approx

    def value_text(self) -> str:
        return format_bounds(self.low, self.high, self.approx)


@dataclass
class SeriesState:
    measure: str
    group: str
    place: str
    current: Report
    precise: Report | None = None  # an earlier precise value a vague current one must not hide
    earlier: list[Report] = field(default_factory=list)
    disagreement: list[Report] = field(default_factory=list)


@dataclass
class EntryView:
    document: str
    seq: int | None
    reported_at: str | None
    time_label: str | None
    lang: str | None
    text: str
    change: str
    ingested_at: str
    record: dict[str, Any]


@dataclass
class Snapshot:
    story: str
    at: str | None  # the moment asked, ISO in the story's offset
    at_utc: str
    by: str  # report | ingest
    entries_total: int
    entries: list[EntryView]
    figures: list[SeriesState]
    events: list[dict[str, Any]]  # events of the entries listed
    event_types: dict[str, str] = field(default_factory=dict)  # every event type so far: first reported (UTC)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def format_bounds(low: float | None, high: float | None, approx: bool = False) -> str:
    """'12', '~200', '20–99', '> 1000', '≥ 3452', '≤ 40', '?'."""

    def n(x: float) -> str:
        return f"{int(x):,}" if float(x).is_integer() else f"{x:,}"

    if low is None and high is None:
        return "?"
    if low is not None and high is not None:
        text = n(low) if low == high else f"{n(low)}–{n(high)}"
        return ("~" + text) if approx else text
    if low is not None:
        return f"≥ {n(low)}"
    assert high is not None
    return f"≤ {n(high)}"


# ---- time ---------------------------------------------------------------


def story_clock(store: Store, story: dict[str, Any]) -> datetime | None:
    """The story's latest report time, in the blog's own offset."""
    latest = store.latest_report_time(story["id"])
    return datetime.fromisoformat(latest) if latest else None


def parse_moment(value: str, reference: datetime | None) -> datetime:
    """'10:40' on the story's day (in its offset), '2022-01-06T10:40', full ISO, or 'now'."""
    value = value.strip()
    if value.lower() in ("now", "latest", "end"):
        return datetime.max.replace(year=9999, tzinfo=reference.tzinfo if reference else None)
    m = re.fullmatch(r"(\d{1,2})[:.](\d{2})(?::(\d{2}))?", value)
    if m:
        h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if h > 23 or mi > 59 or s > 59:
            raise TimeError(f"unknown time {value!r}: hours run 0–23, minutes 0–59")
        if reference is None:
            raise TimeError(f"the story has no dated entries, give a full time like 2022-01-06T{value}")
        return datetime.combine(reference.date(), time(h, mi, s), tzinfo=reference.tzinfo)
    try:
        dt = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise TimeError(
            f"unknown time {value!r} (use HH:MM, or ISO 8601 like 2022-01-06T10:40+02:00)"
        ) from None
    if dt.tzinfo is None and reference is not None:
        dt = dt.replace(tzinfo=reference.tzinfo)
    return dt


def to_utc(dt: datetime) -> str:
    if dt.year == 9999:
        return FAR_FUTURE
    return utc_iso(dt.isoformat()) or FAR_FUTURE


# ---- answers --------------------------------------------------------------


def _report(row: Any) -> Report:
    text = row["entry_text"] or ""
    start, end = row["span_start"] or 0, row["span_end"] or 0
    return Report(
        low=row["low"],
        high=row["high"],
        approx=bool(row["approx"]),
        unit=row["unit"],
        label=row["label"],
        reported_at=row["reported_at"],
        time_label=row["time_label"],
        source=row["source"],
        source_kind=row["source_kind"],
        sources=row["sources"],
        document=row["document"],
        seq=row["seq"],
        span=[start, end],
        quote=text[start:end],
    )


def series_at(store: Store, series: Any, until_utc: str) -> SeriesState | None:
    """The state of one series at a moment: current value, earlier ones, disagreements."""
    rows = store.latest_reports(series["id"], until_utc, limit=20)
    if not rows:
        return None
    reports = [_report(r) for r in rows]  # newest first
    current = reports[0]
    state = SeriesState(series["measure"], series["grp"], series["place"], current, earlier=reports[1:])
    if not current.precise:
        state.precise = next((r for r in reports[1:] if r.precise), None)
    state.disagreement = disagreements(reports)
    return state


def _source_key(r: Report) -> str:
    return (r.source or r.document or "?").lower()


#: How far apart two sources' reports may be and still dispute each other. A figure a
#: source gave longer before another source's newer one is out of date, not a dispute
#: (tolls rise through the day).
DISPUTE_WINDOW = timedelta(hours=2)


def _when_reported(r: Report) -> datetime | None:
    try:
        return datetime.fromisoformat(r.reported_at) if r.reported_at else None
    except ValueError:
        return None


def disagreements(reports_newest_first: list[Report]) -> list[Report]:
    """The latest value of each source, when values reported within ``DISPUTE_WINDOW``
    of the newest cannot all be true at once."""
    latest: dict[str, Report] = {}
    for r in reports_newest_first:
        latest.setdefault(_source_key(r), r)
    values = list(latest.values())
    times = [t for t in (_when_reported(r) for r in values) if t is not None]
    if times:
        newest = max(times)
        values = [r for r in values if (t := _when_reported(r)) is None or newest - t <= DISPUTE_WINDOW]
    if len(values) < 2:
        return []
    if all(_overlap(a, b) for i, a in enumerate(values) for b in values[i + 1 :]):
        return []
    return values


def _overlap(a: Report, b: Report) -> bool:
    alo = a.low if a.low is not None else float("-inf")
    ahi = a.high if a.high is not None else float("inf")
    blo = b.low if b.low is not None else float("-inf")
    bhi = b.high if b.high is not None else float("inf")
    if a.approx or b.approx:
        # "about 200" and "200" are the same report
        ahi, alo = ahi * 1.1, alo * 0.9
    return alo <= bhi and blo <= ahi


def _entry(row: Any) -> EntryView:
    return EntryView(
        document=row["document"],
        seq=row["seq"],
        reported_at=row["reported_at"],
        time_label=row["time_label"],
        lang=row["lang"],
        text=row["text"] or "",
        change=row["change"],
        ingested_at=row["ingested_at"],
        record=json.loads(row["record"]) if row["record"] else {},
    )


def at(
    store: Store, story_name: str | None, moment: str, by: str = "report", entry_limit: int | None = 50
) -> Snapshot:
    """What was known at a moment of report time (or of ingest time, ``by='ingest'``)."""
    story = store.story(story_name)
    reference = story_clock(store, story)
    dt = parse_moment(moment, reference)
    if by == "ingest":
        # ingest times are UTC text with microseconds: include the whole second asked
        until = to_utc(dt)
        rows = store.latest_versions(story["id"], ingested_until=until + ".999999Z")
        entries = [_entry(r) for r in rows]
        shown = entries[:entry_limit] if entry_limit else entries
        first: dict[str, str] = {}
        for ev in sorted(_events(entries), key=lambda ev: ev["reported_at"] or ""):
            first.setdefault(ev["type"], ev["reported_at"] or "")
        return Snapshot(
            story["name"],
            _show(dt),
            until,
            by,
            len(entries),
            shown,
            _figures_from_entries(entries),
            _events(shown),
            first,
        )
    until = to_utc(dt)
    # "now" includes untimed entries (a lead, a footer); a moment only what is dated by then
    bound = None if until == FAR_FUTURE else until
    entries = [_entry(r) for r in store.latest_versions(story["id"], until_utc=bound, limit=entry_limit)]
    total = (
        store.count_entries(story["id"], bound)
        if entry_limit and len(entries) >= entry_limit
        else len(entries)
    )
    figures = [s for s in (series_at(store, ser, until) for ser in store.series(story["id"])) if s]
    return Snapshot(
        story["name"],
        _show(dt),
        until,
        by,
        total,
        entries,
        _rank(figures),
        _events(entries),
        store.event_types(story["id"], bound),
    )


def _show(dt: datetime) -> str | None:
    return None if dt.year == 9999 else dt.isoformat(timespec="seconds")


def _rank(states: list[SeriesState]) -> list[SeriesState]:
    order = {
        "killed": 0,
        "injured": 1,
        "casualties": 2,
        "hospitalized": 3,
        "critical": 4,
        "missing": 5,
        "arrested": 6,
    }
    return sorted(states, key=lambda s: (order.get(s.measure, 9), s.group, s.place))


def _figures_from_entries(entries: list[EntryView]) -> list[SeriesState]:
    """Series values computed from entry records (used for the ingest-time view)."""
    by_series: dict[tuple[str, str, str], list[Report]] = {}
    for e in sorted(entries, key=lambda e: (e.reported_at or "", -(e.seq or 0))):
        record = e.record
        sources = record.get("sources") or []
        from newsrewind.store.sqlite import primary_source

        source, kind = primary_source(record)
        for f in record.get("figures") or []:
            key = (f["measure"], f["group"], f.get("place") or "")
            start, end = f["span"]
            by_series.setdefault(key, []).append(
                Report(
                    f.get("low"),
                    f.get("high"),
                    bool(f.get("approx")),
                    f.get("unit"),
                    f.get("label"),
                    e.reported_at,
                    e.time_label,
                    source,
                    kind,
                    ", ".join(s["name"] for s in sources),
                    e.document,
                    e.seq,
                    [start, end],
                    e.text[start:end],
                )
            )
    states = []
    for (measure, group, place), reports in by_series.items():
        newest = list(reversed(reports))
        state = SeriesState(measure, group, place, newest[0], earlier=newest[1:])
        if not newest[0].precise:
            state.precise = next((r for r in newest[1:] if r.precise), None)
        state.disagreement = disagreements(newest)
        states.append(state)
    return _rank(states)


def _events(entries: list[EntryView]) -> list[dict[str, Any]]:
    events = []
    for e in entries:
        for ev in e.record.get("events") or []:
            start, end = ev["span"]
            events.append(
                {
                    "type": ev["type"],
                    "reported_at": e.reported_at,
                    "time_label": e.time_label,
                    "document": e.document,
                    "seq": e.seq,
                    "quote": e.text[start:end],
                }
            )
    return events


@dataclass
class Diff:
    story: str
    since: str | None
    until: str | None
    entries: list[EntryView]
    changed: list[dict[str, Any]]  # series whose value changed: before, after

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def diff(store: Store, story_name: str | None, t1: str, t2: str) -> Diff:
    """What became known between two moments of report time."""
    story = store.story(story_name)
    reference = story_clock(store, story)
    d1, d2 = parse_moment(t1, reference), parse_moment(t2, reference)
    if d2 < d1:
        d1, d2 = d2, d1
    u1, u2 = to_utc(d1), to_utc(d2)
    rows = store.latest_versions(story["id"], until_utc=u2)
    new_entries = [_entry(r) for r in rows if r["reported_utc"] and r["reported_utc"] > u1]
    changed = []
    for ser in store.series(story["id"]):
        before = series_at(store, ser, u1)
        after = series_at(store, ser, u2)
        if after is None:
            continue
        if (
            before is None
            or before.current.value_text() != after.current.value_text()
            or (before.current.reported_at != after.current.reported_at)
        ):
            changed.append(
                {
                    "measure": ser["measure"],
                    "group": ser["grp"],
                    "place": ser["place"],
                    "before": asdict(before.current) if before else None,
                    "after": asdict(after.current),
                }
            )
    return Diff(story["name"], _show(d1), _show(d2), new_entries, changed)


@dataclass
class History:
    measure: str
    group: str
    place: str
    reports: list[Report]


def history(
    store: Store, story_name: str | None, measure: str | None = None, group: str | None = None
) -> list[History]:
    """Every reported value of each matching series, oldest first."""
    story = store.story(story_name)
    out = []
    for ser in store.series(story["id"], measure, group):
        reports = [_report(r) for r in store.figure_reports(ser["id"])]
        if reports:
            out.append(History(ser["measure"], ser["grp"], ser["place"], reports))
    if (measure or group) and not out:
        known = sorted({(s["measure"], s["grp"]) for s in store.series(story["id"])})
        listing = ", ".join(f"{m} {g}" for m, g in known[:12]) or "none"
        raise StoreError(
            f"no figure series {measure or ''} {group or ''} in {story['name']} (series: {listing})"
        )
    return out


def conflicts(store: Store, story_name: str | None) -> list[dict[str, Any]]:
    """Series where, at some report time, sources held values that cannot all be true."""
    story = store.story(story_name)
    found = []
    for ser in store.series(story["id"]):
        reports = [_report(r) for r in store.figure_reports(ser["id"])]
        seen: set[tuple[str, ...]] = set()
        for i in range(len(reports)):
            window = list(reversed(reports[: i + 1]))
            held = disagreements(window)
            if not held:
                continue
            key = tuple(sorted(f"{_source_key(r)}={r.value_text()}" for r in held))
            if key in seen:
                continue
            seen.add(key)
            found.append(
                {
                    "measure": ser["measure"],
                    "group": ser["grp"],
                    "place": ser["place"],
                    "at": reports[i].reported_at,
                    "values": [asdict(r) for r in held],
                }
            )
    return found


def window_start(dt: datetime, hours: float) -> datetime:
    return dt - timedelta(hours=hours)
