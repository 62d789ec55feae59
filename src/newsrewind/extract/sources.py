"""Sources named in an entry: the relaying outlet and the original claimant.

Everything language-specific is data: ``lang/<code>/sources.toml`` (attribution
cues, claimant patterns, place complements) and ``lang/<code>/outlets.toml``
(media outlets with their spellings, shared across languages, so "ТАСС" in a
Romanian text is still TASS). Three readings, in this order:

1. known outlets and monitors, anywhere they are named ("scrie Meduza");
2. claimants (institutions, eyewitnesses, "Russian media") — institutions only
   when an attribution cue stands before or after them ("MAI anunță că",
   "по данным МВД", "according to the ministry");
3. an unknown name right after a strong cue ("scrie Digi24", "сообщает
   «Интерфакс-Казахстан»"), kept as written, kind media (or monitor when the
   text calls it a service).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsrewind import lang as langdata
from newsrewind.extract.context import EntryText
from newsrewind.extract.normalize import fold
from newsrewind.model import Source

_WB = r"(?<![\w.-])"  # a name starts at a word boundary (not inside a domain or word)
_WE = r"(?![\w-]|\.\w)"  # ... and ends at one


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


@dataclass(frozen=True)
class _Claimant:
    pattern: re.Pattern[str]
    name: str
    bare: str
    kind: str
    needs_cue: bool
    cased: bool
    generic: bool


@dataclass(frozen=True)
class _Rules:
    outlets: re.Pattern[str] | None  # folded spellings
    outlets_cased: re.Pattern[str] | None  # spellings that must keep their case ("AP", "RT")
    outlet_names: dict[str, tuple[str, str]]  # folded spelling → (canonical, kind)
    claimants: tuple[_Claimant, ...]
    claimants_folded: re.Pattern[str] | None  # all case-free claimants in one pass: group c<i>
    cue_after: re.Pattern[str] | None
    cue_before: re.Pattern[str] | None
    strong_unknown: re.Pattern[str] | None
    unknown_before_verb: re.Pattern[str] | None
    countries: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]  # (after, before, name)
    cities: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]
    country_names: dict[str, str]
    stop_names: frozenset[str]
    monitor_words: re.Pattern[str] | None


def _all_outlets() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for code in langdata.available():
        out.extend(langdata.section(code, "outlets").get("outlet", []))
    return out


def _places(table: dict[str, str]) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Country or city forms: matched right after a claimant ("din Kazahstan",
    "Казахстана") or right before it ("Kazakh", "Almaty")."""
    rows = []
    for form, name in table.items():
        after = re.compile(rf"^\W{{0,3}}(?:(?:din|al|a|ale|of|of the|in|из|в)\s+)?(?:{form}){_WE}")
        before = re.compile(rf"{_WB}(?:{form})(?:'s)?\s+$")
        rows.append((after, before, name))
    return tuple(rows)


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "sources")
    cues = data.get("cues", {})
    names: dict[str, tuple[str, str]] = {}
    folded: list[str] = []
    cased: list[str] = []
    for outlet in _all_outlets():
        canon, kind = outlet["name"], outlet.get("kind", "media")
        for spelling in [canon, *outlet.get("spellings", [])]:
            key = fold(spelling)
            names.setdefault(key, (canon, kind))
            folded.append(re.escape(key))
        for spelling in outlet.get("cased", []):
            names.setdefault(spelling, (canon, kind))
            cased.append(re.escape(spelling))
    claimants = []
    for row in data.get("claimant", []):
        claimants.append(
            _Claimant(
                pattern=re.compile(rf"{_WB}(?:{row['pattern']}){_WE}"),
                name=row["name"],
                bare=row.get("bare", row["name"].replace("{country} ", "").replace("{city} ", "")),
                kind=row.get("kind", "government"),
                needs_cue=row.get("cue", True),
                cased=row.get("cased", False),
                generic=row.get("generic", False),
            )
        )
    after = cues.get("after", [])
    before = cues.get("before_strong", []) + cues.get("before_weak", []) + cues.get("spokesperson", [])
    strong = cues.get("before_strong", [])
    descriptors = cues.get("media_nouns", []) + cues.get("monitor_nouns", [])
    desc = rf"(?:(?:{_alt(descriptors)})\s+)?" if descriptors else ""
    verbs_after = cues.get("unknown_before_verb", [])
    monitor = cues.get("monitor_nouns", [])
    return _Rules(
        outlets=re.compile(rf"{_WB}(?:{_alt(folded)}){_WE}") if folded else None,
        outlets_cased=re.compile(rf"(?<![\w.-])(?:{_alt(cased)})(?![\w-])") if cased else None,
        outlet_names=names,
        claimants=tuple(claimants),
        claimants_folded=re.compile(
            "|".join(f"(?P<c{i}>{c.pattern.pattern})" for i, c in enumerate(claimants) if not c.cased)
        )
        if any(not c.cased for c in claimants)
        else None,
        cue_after=re.compile(rf"[^.;:!?\"\n,]{{0,30}}?{_WB}(?:{_alt(after)}){_WE}") if after else None,
        cue_before=re.compile(rf"{_WB}(?:{_alt(before)})[\s,]+(?:[\w\"'-]+\s+){{0,2}}$") if before else None,
        strong_unknown=re.compile(rf"{_WB}(?:{_alt(strong)})[\s,]+{desc}") if strong else None,
        unknown_before_verb=re.compile(rf"\s+(?:{_alt(verbs_after)}){_WE}") if verbs_after else None,
        countries=_places(data.get("countries", {})),
        cities=_places(data.get("cities", {})),
        country_names=langdata.section("en", "sources").get("country_names", {}),
        stop_names=frozenset(fold(w) for w in data.get("not_names", [])),
        monitor_words=re.compile(rf"(?:{_alt(monitor)})\s+$") if monitor else None,
    )


def _place_near(
    table: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...], folded: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """The place named right after or before a claimant, with the span it widens to."""
    after = folded[end : end + 40]
    lo = max(0, start - 30)
    before = folded[lo:start]
    for pat_after, pat_before, name in table:
        hit = pat_after.search(after)
        if hit:
            return name, start, end + hit.end()
        hit = pat_before.search(before)
        if hit:
            return name, lo + hit.start(), end
    return None


_NAME = re.compile(
    r"\"([^\"\n]{1,40})\""  # quoted: «Хабар 24», "Nur Otan"
    r"|((?:[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ][\w.&'-]*)(?:[ -](?:[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ0-9][\w.&'-]*)){0,3})"
    r"|([a-zа-я0-9-]+\.(?:[a-z]{2,6}|рф))(?!\w)"  # a domain: orda.kz
)


def find(entry: EntryText) -> list[Source]:
    """Every source the entry names, one per canonical name, in text order."""
    rules = _rules(entry.lang)
    text, folded = entry.text, entry.folded
    found: list[Source] = []
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []

    def add(name: str, kind: str, start: int, end: int) -> None:
        taken.append((start, end))
        if name not in seen:
            seen.add(name)
            found.append(Source(name, kind, (start, end)))

    def is_taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in taken)

    # 1. outlets
    if rules.outlets is not None:
        for m in rules.outlets.finditer(folded):
            canon, kind = rules.outlet_names[m.group()]
            if kind in ("media", "monitor") or _has_cue(rules, folded, m.start(), m.end()):
                add(canon, kind, m.start(), m.end())
    if rules.outlets_cased is not None:
        for m in rules.outlets_cased.finditer(text):
            canon, kind = rules.outlet_names[m.group()]
            if not is_taken(m.start(), m.end()) and (
                kind in ("media", "monitor") or _has_cue(rules, folded, m.start(), m.end())
            ):
                add(canon, kind, m.start(), m.end())

    # 2. claimants
    last_specific: dict[str, str] = {}
    hits: list[tuple[_Claimant, int, int]] = []
    if rules.claimants_folded is not None:
        for m in rules.claimants_folded.finditer(folded):
            hits.append((rules.claimants[int(str(m.lastgroup)[1:])], m.start(), m.end()))
    for claimant in rules.claimants:
        if claimant.cased:
            hits.extend((claimant, m.start(), m.end()) for m in claimant.pattern.finditer(text))
    hits.sort(key=lambda h: h[1])
    for claimant, start, end in hits:
        if is_taken(start, end):
            continue
        if claimant.needs_cue and not _has_cue(rules, folded, start, end):
            continue
        name, start, end = _fill(claimant, rules, entry, start, end)
        if claimant.generic:
            # "the ministry" after "the Ministry of Health" is the same claimant
            name = last_specific.get(claimant.kind, name)
        else:
            last_specific[claimant.kind] = name
        add(name, claimant.kind, start, end)

    # 3. unknown names after a strong cue ("scrie Digi24"), or before "reports"
    if rules.strong_unknown is not None:
        for m in rules.strong_unknown.finditer(folded):
            hit = _NAME.match(text, m.end())
            if hit is None:
                continue
            _add_unknown(rules, add, is_taken, text, folded, hit, m.start())
    if rules.unknown_before_verb is not None:
        for m in rules.unknown_before_verb.finditer(folded):
            head = text[max(0, m.start() - 40) : m.start()]
            cand = re.search(r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.&'-]*)(?: [A-ZÀ-ÖØ-ÞА-ЯЁ0-9][\w.&'-]*){0,3}$", head)
            if cand is None:
                continue
            start = m.start() - len(cand.group())
            if not is_taken(start, m.start()) and fold(cand.group()) not in rules.stop_names:
                add(cand.group(), "media", start, m.start())
    found.sort(key=lambda s: s.span[0])
    return found


def _add_unknown(
    rules: _Rules, add: Any, is_taken: Any, text: str, folded: str, hit: re.Match[str], cue: int
) -> None:
    start, end = hit.span(1) if hit.group(1) else hit.span(2) if hit.group(2) else hit.span(3)
    if is_taken(start, end):
        return
    raw = text[start:end].strip(" .,-")
    if not raw or fold(raw) in rules.stop_names or fold(raw.split()[0]) in rules.stop_names:
        return
    key = fold(raw)
    if key in rules.outlet_names:
        canon, kind = rules.outlet_names[key]
        add(canon, kind, start, end)
        return
    kind = "media"
    if rules.monitor_words is not None and rules.monitor_words.search(folded[cue:start]):
        kind = "monitor"
    add(raw, kind, start, start + len(raw))


def _has_cue(rules: _Rules, folded: str, start: int, end: int) -> bool:
    if rules.cue_after is not None and rules.cue_after.match(folded, end, min(len(folded), end + 80)):
        return True
    if rules.cue_before is not None:
        window = folded[max(0, start - 70) : start]
        if rules.cue_before.search(window):
            return True
    return False


def _fill(claimant: _Claimant, rules: _Rules, entry: EntryText, start: int, end: int) -> tuple[str, int, int]:
    """The claimant's canonical name with its country or city filled in, and its span."""
    name = claimant.name
    if "{country}" in name:
        near = _place_near(rules.countries, entry.folded, start, end)
        country = None
        if near is not None:
            country, start, end = near
        elif entry.doc.country:
            country = rules.country_names.get(entry.doc.country)
        name = name.replace("{country}", country) if country else claimant.bare
    if "{city}" in name:
        near = _place_near(rules.cities, entry.folded, start, end)
        if near is not None:
            name, start, end = name.replace("{city}", near[0]), near[1], near[2]
        else:
            name = claimant.bare
    return name, start, end
