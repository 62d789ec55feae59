"""Event types of an entry (records.md's table), each with its trigger span.

Triggers are data: ``lang/<code>/events.toml`` lists, per type, ``phrases``
(verbal phrases that report something happening: "au deschis focul asupra
demonstranților", "set fire to") and ``nouns`` ("protestele", "беспорядки").
A noun counts only when it is the news, not the background: near the start of
its sentence ("Protestele s-au amplificat") or next to a happening word ("are
loc o operațiune antiteroristă"); "în timpul protestelor" is background.
``casualty_report`` also comes from the figures already read (killed, injured
... — a count of zero is still a report on casualties).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsrewind import lang as langdata
from newsrewind.extract.context import EntryText
from newsrewind.model import Event, Figure

CASUALTY_MEASURES = frozenset({"killed", "injured", "casualties", "hospitalized", "critical", "missing"})
_WB = r"(?<!\w)"
_WE = r"(?!\w)"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"]\s*|\s-\s)[^.!?:;\n\"]{0,30}$")


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


@dataclass(frozen=True)
class _Type:
    name: str
    phrases: re.Pattern[str] | None
    nouns: re.Pattern[str] | None
    unless: re.Pattern[str] | None  # a trigger inside one of these is no trigger
    overrides: tuple[str, ...]  # dropped when one of these types is found


@dataclass(frozen=True)
class _Rules:
    types: tuple[_Type, ...]
    happening: re.Pattern[str] | None
    background: re.Pattern[str] | None  # words right before a noun that make it background


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile(rf"{_WB}(?:{_alt(patterns)})") if patterns else None


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "events")
    types = []
    for name, row in data.get("types", {}).items():
        types.append(
            _Type(
                name=name,
                phrases=_compile(row.get("phrases", [])),
                nouns=_compile(row.get("nouns", [])),
                unless=_compile(row.get("unless", [])),
                overrides=tuple(row.get("dropped_by", [])),
            )
        )
    background = data.get("background", [])
    return _Rules(
        tuple(types),
        _compile(data.get("happening", [])),
        re.compile(rf"{_WB}(?:{_alt(background)})\s+$") if background else None,
    )


def _is_news(rules: _Rules, folded: str, start: int, end: int) -> bool:
    """A noun trigger is news near the start of its sentence or beside a happening word."""
    if rules.background is not None and rules.background.search(folded, max(0, start - 30), start):
        return False
    if _SENTENCE_START.search(folded, max(0, start - 40), start) is not None:
        return True
    if rules.happening is None:
        return False
    lo = max(0, start - 40)
    window = folded[lo : min(len(folded), end + 40)]
    sentence = re.split(r"[.!?;\n]", window[: start - lo])[-1], re.split(r"[.!?;\n]", window[end - lo :])[0]
    return any(rules.happening.search(part) for part in sentence)


def find(entry: EntryText, figures: list[Figure]) -> list[Event]:
    """The event types of one entry, first trigger span each, in text order."""
    rules = _rules(entry.lang)
    folded = entry.folded
    spans: dict[str, tuple[int, int]] = {}
    for kind in rules.types:
        blocked = [m.span() for m in kind.unless.finditer(folded)] if kind.unless else []

        def free(start: int, end: int, blocked: list[tuple[int, int]] = blocked) -> bool:
            return not any(s <= start and end <= e for s, e in blocked)

        hit: tuple[int, int] | None = None
        if kind.phrases is not None:
            for m in kind.phrases.finditer(folded):
                if free(*m.span()):
                    hit = m.span()
                    break
        if kind.nouns is not None:
            for m in kind.nouns.finditer(folded):
                if (
                    (hit is None or m.start() < hit[0])
                    and free(*m.span())
                    and _is_news(rules, folded, *m.span())
                ):
                    hit = m.span()
                    break
        if hit is not None:
            spans[kind.name] = hit
    counted = [f for f in figures if f.measure in CASUALTY_MEASURES]
    if counted and "casualty_report" not in spans:
        spans["casualty_report"] = counted[0].span
    by_name = {t.name: t for t in rules.types}
    for name in list(spans):
        kind_rules = by_name.get(name)
        if kind_rules and any(other in spans for other in kind_rules.overrides):
            del spans[name]
    events = [Event(name, span) for name, span in spans.items()]
    events.sort(key=lambda e: e.span)
    return events
