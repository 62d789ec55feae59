"""Plain data passed from stage to stage: read → split → clock → extract → store.

Every stage takes and returns these dataclasses; none reaches back.
Spans are ``(start, end)`` character offsets into the entry's ``text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

Span = tuple[int, int]


@dataclass
class Document:
    """One input as read: its text plus what the page said about itself."""

    name: str
    text: str
    kind: str = "text"  # text | html | rss | atom | jsonld
    path: str | None = None
    url: str | None = None
    lang: str | None = None
    outlet: str | None = None
    published: date | None = None
    tz: str | None = None  # IANA name or "+02:00"
    # Entries already cut by the page's own markup (JSON-LD, <time>, feed items).
    blocks: list[Block] | None = None


@dataclass
class Stamp:
    """What a time label says: any of date, time, zone; all optional."""

    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    tz: str | None = None  # offset "+02:00" or IANA name, when the label names one
    iso: str | None = None  # an exact machine timestamp (datetime attribute, feed date)

    @property
    def has_time(self) -> bool:
        return self.hour is not None


@dataclass
class Block:
    """One entry as cut from the document, before the clock runs."""

    seq: int
    text: str
    label: str | None = None
    stamp: Stamp | None = None
    # date heading the block (a date line above it), if any
    date_context: date | None = None
    start: int = 0  # offset of the entry text in the document text
    headline: str | None = None
    url: str | None = None
    modified: str | None = None


@dataclass
class Entry:
    """A block with its report time settled."""

    seq: int
    text: str
    label: str | None
    reported_at: datetime | None
    start: int = 0
    time_basis: str | None = None  # label | stamp | iso | none
    date_basis: str | None = None  # option | text | date-line | label | metadata | ingest
    headline: str | None = None
    url: str | None = None


@dataclass
class Source:
    name: str
    kind: str
    span: Span


@dataclass
class Actor:
    name: str
    kind: str
    span: Span


@dataclass
class Place:
    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    span: Span
    within: str | None = None


@dataclass
class Event:
    type: str
    span: Span
    event_time: str | None = None


@dataclass
class Figure:
    measure: str
    group: str
    low: int | float | None
    high: int | float | None
    span: Span
    label: str = ""
    approx: bool = False
    unit: str | None = None
    place: str | None = None
    event_time: str | None = None


@dataclass
class Record:
    """The entry record of the evaluation contract (records.md), one per entry."""

    document: str
    seq: int
    reported_at: str | None
    time_label: str | None
    lang: str | None
    text: str
    sources: list[Source] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    event_times: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("sources", "actors", "places", "events", "figures"):
            for item in data[key]:
                item["span"] = list(item["span"])
        return data
