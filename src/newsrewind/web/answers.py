"""The ``/api/at`` answer as JSON-ready data, lean by default.

A lean answer carries each series' current value with its quote, the earlier
precise value and disagreeing sources without quotes, and only the newest few
earlier values (``earlier_more`` says when there are more); ``detail=full``
gives every report with its quote, as ``query.at`` does. Entries come newest
first, a page at a time (``limit``, ``offset``).

Report-time answers are built here from the store's indexed look-ups with
``newsrewind.query``'s own helpers (the same values as ``rewind at``), so that a
lean answer reads fewer rows per series.
"""

from __future__ import annotations

from typing import Any

from newsrewind import query
from newsrewind.store.sqlite import Store

#: earlier values a lean answer lists per series (the page shows them under "earlier values")
EARLIER = 3
#: reports read per series: the full answer reads as many as ``query.at``; a lean one fewer
PER_SERIES_FULL = 20
PER_SERIES_LEAN = 8

_LEAN_FIELDS = (
    "low",
    "high",
    "approx",
    "unit",
    "label",
    "reported_at",
    "time_label",
    "source",
    "source_kind",
    "document",
    "seq",
)


def report_data(r: query.Report, quote: bool = True) -> dict[str, Any]:
    """One report: every field with ``quote``, else the value, who and when (no quote, no span)."""
    if quote:
        return dict(r.__dict__)
    d = r.__dict__
    return {k: d[k] for k in _LEAN_FIELDS}


def series_data(state: query.SeriesState, full: bool, earlier: int = EARLIER) -> dict[str, Any]:
    """One series at a moment: its current value and, lean or full, what came before."""
    if full:
        return {
            "measure": state.measure,
            "group": state.group,
            "place": state.place,
            "current": report_data(state.current),
            "precise": report_data(state.precise) if state.precise else None,
            "earlier": [report_data(r) for r in state.earlier],
            "disagreement": [report_data(r) for r in state.disagreement],
        }
    return {
        "measure": state.measure,
        "group": state.group,
        "place": state.place,
        "current": report_data(state.current),
        "precise": report_data(state.precise, False) if state.precise else None,
        "earlier": [report_data(r, False) for r in state.earlier[:earlier]],
        "earlier_more": len(state.earlier) > earlier,
        "disagreement": [report_data(r, False) for r in state.disagreement],
    }


def entry_data(e: query.EntryView) -> dict[str, Any]:
    return dict(e.__dict__)


def series_at(store: Store, series: Any, until_utc: str, per_series: int) -> query.SeriesState | None:
    """``query.series_at`` reading ``per_series`` reports (newest first) instead of its fixed 20."""
    rows = store.latest_reports(series["id"], until_utc, limit=per_series)
    if not rows:
        return None
    reports = [query._report(r) for r in rows]
    current = reports[0]
    state = query.SeriesState(series["measure"], series["grp"], series["place"], current, earlier=reports[1:])
    if not current.precise:
        state.precise = next((r for r in reports[1:] if r.precise), None)
    state.disagreement = query.disagreements(reports)
    return state


def at_report(
    store: Store,
    story_name: str | None,
    moment: str,
    limit: int | None,
    offset: int = 0,
    full: bool = False,
    earlier: int = EARLIER,
    figures: bool = True,
) -> dict[str, Any]:
    """What was known at a moment of report time: ``query.at``'s answer, one page of entries."""
    story = store.story(story_name)
    dt = query.parse_moment(moment, query.story_clock(store, story))
    until = query.to_utc(dt)
    # "now" includes untimed entries (a lead, a footer); a moment only what is dated by then
    bound = None if until == query.FAR_FUTURE else until
    want = limit + offset if limit else None
    rows = store.latest_versions(story["id"], until_utc=bound, limit=want)
    total = store.count_entries(story["id"], bound) if want and len(rows) >= want else len(rows)
    entries = [query._entry(r) for r in rows[offset:]]
    states: list[query.SeriesState] = []
    if figures:
        per_series = PER_SERIES_FULL if full else max(PER_SERIES_LEAN, earlier + 1)
        for ser in store.series(story["id"]):
            state = series_at(store, ser, until, per_series)
            if state is not None:
                states.append(state)
    return {
        "story": story["name"],
        "at": query._show(dt),
        "at_utc": until,
        "by": "report",
        "entries_total": total,
        "entries_offset": offset,
        "entries_next": offset + len(entries) if offset + len(entries) < total else None,
        "entries": [entry_data(e) for e in entries],
        "figures": [series_data(s, full, earlier) for s in query._rank(states)],
        "events": query._events(entries),
        "event_types": store.event_types(story["id"], bound) if figures else {},
        "detail": "full" if full else "lean",
    }


def snapshot_data(
    snap: query.Snapshot, limit: int | None, offset: int = 0, full: bool = False, earlier: int = EARLIER
) -> dict[str, Any]:
    """A whole ``query.Snapshot`` (all entries) as an answer with one page of entries."""
    page = snap.entries[offset:]
    if limit:
        page = page[:limit]
    total = snap.entries_total
    return {
        "story": snap.story,
        "at": snap.at,
        "at_utc": snap.at_utc,
        "by": snap.by,
        "entries_total": total,
        "entries_offset": offset,
        "entries_next": offset + len(page) if offset + len(page) < total else None,
        "entries": [entry_data(e) for e in page],
        "figures": [series_data(s, full, earlier) for s in snap.figures],
        "events": query._events(page),
        "event_types": snap.event_types,
        "detail": "full" if full else "lean",
    }
