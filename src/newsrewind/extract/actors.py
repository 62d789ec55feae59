"""Actors in an entry: people, organisations and states acting, canonical English names.

Everything language-specific is data in ``lang/<code>/``:

- ``people.toml``: well-known people and their spellings (all languages' forms
  are matched in every text: "Tokayev" may appear in a Romanian blog);
- ``institutions.toml``: institutions and organisations with canonical
  templates ("Government of {country}", "{city} police"), filled from the place
  named with them ("Guvernul Kazahstanului", "Poliția din Almaty", "Guvernul
  rus") or else the story's country;
- ``actors.toml``: title words that introduce a person ("președintele",
  "губернатор"), words never part of a name, demonyms with the nouns for troops
  ("trupele ruse" → Russia), and, for Russian, the transliteration table.

Countries acting ("Rusia trimite trupe", "a cerut Rusiei") come from
``places.mentions`` with role ``actor``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsrewind import lang as langdata
from newsrewind.extract import gazetteer, places
from newsrewind.extract.context import EntryText
from newsrewind.extract.normalize import fold_key
from newsrewind.model import Actor

_WB = r"(?<![\w])"
_WE = r"(?![\w])"
_NAME_GAPS = {" ", "-"}
_SENT_END = re.compile(r"[.!?;:\n]")


def _words_re(key: str) -> str:
    """A folded key as a regex over the base text (spaces match spaces or hyphens)."""
    return r"[\s-]+".join(re.escape(w) for w in key.split())


def _alt(keys: list[str]) -> str:
    return "|".join(_words_re(k) for k in sorted(set(keys), key=len, reverse=True) if k)


@dataclass(frozen=True)
class _Inst:
    canonical: str
    kind: str
    needs_place: bool


@dataclass(frozen=True)
class _Rules:
    people: re.Pattern[str] | None
    people_map: dict[str, str]
    person_suffix: str
    titles: re.Pattern[str] | None
    name_stop: frozenset[str]
    insts: re.Pattern[str] | None
    inst_map: dict[str, _Inst]
    abbrs: re.Pattern[str] | None
    abbr_map: dict[str, _Inst]
    links: tuple[tuple[str, ...], ...]
    demonyms: re.Pattern[str] | None
    demonym_list: tuple[tuple[str, str], ...]
    forces: re.Pattern[str] | None
    translit: dict[str, str]
    bare_needs_capital: bool


@cache
def _people() -> tuple[dict[str, str], list[str]]:
    """Folded spelling → canonical name, from every language's people.toml."""
    mapping: dict[str, str] = {}
    for code in langdata.available():
        for person in langdata.section(code, "people").get("person", []):
            canonical = person["canonical"]
            for form in [canonical, *person.get("forms", [])]:
                key = fold_key(form)
                if key:
                    mapping.setdefault(key, canonical)
    return mapping, list(mapping)


@cache
def _demonyms(code: str) -> tuple[tuple[str, str], ...]:
    data = langdata.section(code, "actors").get("demonyms", {})
    return tuple(sorted(((fold_key(k), str(v)) for k, v in data.items()), key=lambda kv: -len(kv[0])))


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "actors")
    people_map, people_keys = _people()
    persons = data.get("persons", {})
    titles = [fold_key(t) for t in persons.get("titles", [])]
    inst_map: dict[str, _Inst] = {}
    abbr_map: dict[str, _Inst] = {}
    for item in langdata.section(code, "institutions").get("institution", []):
        inst = _Inst(
            item["canonical"], item.get("kind", "organization"), bool(item.get("needs_place", False))
        )
        for form in item.get("forms", []):
            inst_map.setdefault(fold_key(form), inst)
        for abbr in item.get("abbr", []):
            abbr_map.setdefault(abbr, inst)
    dem = _demonyms(code)
    forces = data.get("forces", {})
    nouns = [fold_key(n) for n in forces.get("nouns", [])]
    dem_re = "|".join(re.escape(k) for k, _ in dem)
    noun_re = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    force_pat = None
    if dem_re and noun_re:
        adj = rf"(?P<dem>{dem_re})\w*"
        noun = rf"(?:{noun_re})\w*"
        parts = []
        if forces.get("noun_first", False):
            parts.append(rf"{_WB}{noun}\s+(?:{adj.replace('?P<dem>', '?P<dem1>')}){_WE}")
        if forces.get("adj_first", True):
            parts.append(rf"{_WB}{adj}\s+{noun}{_WE}")
        force_pat = re.compile("|".join(parts))
    abbrs = sorted(abbr_map, key=len, reverse=True)
    return _Rules(
        people=re.compile(rf"{_WB}(?:{_alt(people_keys)})(?P<suf>{persons.get('suffix', '')}){_WE}")
        if people_keys
        else None,
        people_map=people_map,
        person_suffix=persons.get("suffix", ""),
        titles=re.compile(rf"{_WB}(?:{_alt(titles)}){_WE}") if titles else None,
        name_stop=frozenset(fold_key(w) for w in persons.get("not_names", [])),
        insts=re.compile(rf"{_WB}(?:{_alt(list(inst_map))}){_WE}") if inst_map else None,
        inst_map=inst_map,
        abbrs=re.compile(rf"{_WB}(?:{'|'.join(re.escape(a) for a in abbrs)}){_WE}") if abbrs else None,
        abbr_map=abbr_map,
        links=tuple(
            tuple(fold_key(x).split())
            for x in sorted(data.get("institutions", {}).get("links", []), key=len, reverse=True)
        ),
        demonyms=re.compile(rf"{_WB}(?:{dem_re})\w*{_WE}") if dem_re else None,
        demonym_list=dem,
        forces=force_pat,
        translit={k: str(v) for k, v in data.get("transliteration", {}).items()},
        bare_needs_capital=bool(data.get("institutions", {}).get("bare_needs_capital", False)),
    )


def _demonym_country(word: str, rules: _Rules) -> str | None:
    for stem, iso in rules.demonym_list:
        if word.startswith(stem):
            return iso
    return None


def _country_name(iso: str) -> str | None:
    rec = gazetteer.load().country(iso)
    return rec.name if rec else None


def transliterate(name: str, table: dict[str, str]) -> str:
    """A Cyrillic name in Latin letters ("Вячеслав Гладков" → "Vyacheslav Gladkov")."""
    if not table or not re.search(r"[А-Яа-яЁё]", name):
        return name
    out = []
    for ch in name:
        low = ch.lower()
        if low in table:
            rep = table[low]
            out.append(rep.capitalize() if ch != low else rep)
        else:
            out.append(ch)
    return "".join(out)


class _Found:
    """Actors found so far in one entry, with the spans they took."""

    def __init__(self) -> None:
        self.items: list[Actor] = []
        self.taken: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def add(self, name: str, kind: str, start: int, end: int, take: bool = True) -> None:
        self.items.append(Actor(name, kind, (start, end)))
        if take:
            self.taken.append((start, end))


def _place_after(entry: EntryText, base: str, end: int, rules: _Rules, by_start: dict[int, Any]) -> Any:
    """A place mention right after an institution, directly or through a link word."""
    i = end
    while i < len(base) and base[i] == " ":
        i += 1
    if i in by_start:
        return by_start[i]
    for link in rules.links:
        pat = r"[\s-]+".join(re.escape(w) for w in link)
        m = re.compile(pat + r"\s+").match(base, i)
        if m and m.end() in by_start:
            return by_start[m.end()]
    return None


def _institutions(
    entry: EntryText, base: str, rules: _Rules, found: _Found, ms: list[places.Mention]
) -> None:
    gz = gazetteer.load()
    by_start = {m.start: m for m in ms}
    by_end = {m.end: m for m in ms}
    hits: list[tuple[int, int, _Inst]] = []
    if rules.insts is not None:
        for m in rules.insts.finditer(base):
            inst = rules.inst_map.get(fold_key(m.group()))
            if inst is not None:
                hits.append((m.start(), m.end(), inst))
    if rules.abbrs is not None:
        for m in rules.abbrs.finditer(entry.text):
            hits.append((m.start(), m.end(), rules.abbr_map[m.group()]))
    hits.sort(key=lambda h: (h[0], -h[1]))
    last_end = -1
    for start, end, inst in hits:
        if start < last_end or found.overlaps(start, end):
            continue
        last_end = end
        country: str | None = None
        city: str | None = None
        span_end, span_start = end, start
        place = _place_after(entry, base, end, rules, by_start)
        if place is None:
            j = start - 1
            while j >= 0 and base[j] in " '":
                j -= 1
            if base[j - 1 : j + 1] == "'s" if j >= 1 else False:
                j -= 2
            place = by_end.get(j + 1)
            if place is not None:
                span_start = place.start
        else:
            span_end = max(end, place.end)
        if place is not None:
            rec = gz.record(place.idx)
            country = rec.name if rec.is_country else (_country_name(rec.country) or None)
            city = None if rec.is_country else rec.name
        else:
            adj = _adjacent_demonym(base, start, end, rules)
            if adj is not None:
                country = _country_name(adj)
        if "{city}" in inst.canonical:
            if city is None and country is None:
                continue
            name = inst.canonical.replace("{city}", city or country or "")
        else:
            if country is None:
                if rules.bare_needs_capital and not entry.text[start].isupper():
                    continue
                if inst.needs_place or (entry.doc.country is None and "{country}" in inst.canonical):
                    continue
                country = _country_name(entry.doc.country) if entry.doc.country else ""
            name = inst.canonical.replace("{country}", country or "")
        found.add(name, "organization", span_start, span_end)


def _adjacent_demonym(base: str, start: int, end: int, rules: _Rules) -> str | None:
    if rules.demonyms is None:
        return None
    m = rules.demonyms.match(base, end + 1) if base[end : end + 1] == " " else None
    if m:
        return _demonym_country(m.group(), rules)
    before = base[max(0, start - 30) : start]
    mb = re.search(r"(\w+)\s+$", before)
    if mb and rules.demonyms.fullmatch(mb.group(1)):
        return _demonym_country(mb.group(1), rules)
    return None


def _known_people(entry: EntryText, base: str, rules: _Rules, found: _Found) -> None:
    if rules.people is None:
        return
    for m in rules.people.finditer(base):
        if not entry.text[m.start()].isupper():
            continue
        core = base[m.start() : m.end() - len(m.group("suf") or "")]
        name = rules.people_map.get(fold_key(core))
        if name is not None and not found.overlaps(m.start(), m.end()):
            found.add(name, "person", m.start(), m.end())


def _name_runs(entry: EntryText, toks: list[places._Tok]) -> list[tuple[int, int]]:
    """Runs of capitalised words joined by a space or hyphen (token index ranges)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not toks[i].cap:
            i += 1
            continue
        j = i
        while j + 1 < n and toks[j + 1].cap and entry.text[toks[j].end : toks[j + 1].start] in _NAME_GAPS:
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def _titled_people(
    entry: EntryText,
    base: str,
    rules: _Rules,
    found: _Found,
    ms: list[places.Mention],
    toks: list[places._Tok],
) -> None:
    """Title word, then a capitalised name: a person, named as written."""
    if rules.titles is None:
        return
    place_spans = [(m.start, m.end) for m in ms]
    runs = _name_runs(entry, toks)
    for t in rules.titles.finditer(base):
        after = [r for r in runs if toks[r[0]].start >= t.end()]
        for i, j in after[:4]:
            start, end = toks[i].start, toks[j].end
            gap = entry.text[t.end() : start]
            if _SENT_END.search(gap) or len(gap) > 60:
                break
            words = [toks[k].word for k in range(i, j + 1)]
            if any(w in rules.name_stop for w in words):
                continue
            if any(s < end and start < e for s, e in place_spans) or found.overlaps(start, end):
                continue
            direct = gap.strip(" ,") == ""
            if j == i and not direct:
                continue
            if j - i > 3:
                continue
            if places._sentence_initial(entry.text, start) and j == i:
                continue
            name = transliterate(entry.text[start:end], rules.translit)
            found.add(name, "person", start, end)
            break


def _forces(entry: EntryText, base: str, rules: _Rules, found: _Found) -> None:
    if rules.forces is None:
        return
    for m in rules.forces.finditer(base):
        dem = m.groupdict().get("dem") or m.groupdict().get("dem1")
        iso = _demonym_country(dem, rules) if dem else None
        name = _country_name(iso) if iso else None
        if name:
            found.add(name, "country", m.start(), m.end())


def known_name_spans(entry: EntryText, base: str) -> list[tuple[int, int]]:
    """Spans of the people and organisations this language's data names (never places)."""
    rules = _rules(entry.lang)
    spans: list[tuple[int, int]] = []
    if rules.people is not None:
        spans.extend(m.span() for m in rules.people.finditer(base) if entry.text[m.start()].isupper())
    if rules.insts is not None:
        spans.extend(m.span() for m in rules.insts.finditer(base))
    if rules.abbrs is not None:
        spans.extend(m.span() for m in rules.abbrs.finditer(entry.text))
    return spans


def find(entry: EntryText) -> list[Actor]:
    """People, organisations and states acting in the entry."""
    rules = _rules(entry.lang)
    base = places.base_text(entry)
    ms = places.mentions(entry)
    toks = places.tokens(entry)
    found = _Found()
    _known_people(entry, base, rules, found)
    _forces(entry, base, rules, found)
    _institutions(entry, base, rules, found, ms)
    _titled_people(entry, base, rules, found, ms, toks)
    gz = gazetteer.load()
    for m in ms:
        if m.role == "actor":
            found.add(gz.record(m.idx).name, "country", m.start, m.end, take=False)
    out: list[Actor] = []
    seen: set[str] = set()
    for actor in sorted(found.items, key=lambda a: a.span):
        if actor.name not in seen:
            seen.add(actor.name)
            out.append(actor)
    return out
