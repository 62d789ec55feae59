"""Places named in an entry, resolved to GeoNames offline.

Capitalised word runs (up to four words) are looked up in the gazetteer
(``gazetteer.py``) and in the language's ``places.toml`` aliases, through the
language's inflection rules ("Kazahstanului" → "Kazahstan", "Rusiei" →
"Rusia") and, for Russian, pymorphy3 normal forms ("Казахстана"). Filters keep
capitalised common words out: ``not_places`` data, months and weekdays,
outlet names ("Sputnik Kazahstan"), and small towns read from a sentence-initial
word or from inside a longer capitalised name.

Places below city level ("Piața Republicii din Almaty") keep their own name and
resolve to their city; ``scan_document`` remembers them so a bare "Piața
Republicii" elsewhere in the document resolves too. It also sets the story
country (the most-mentioned one), which ranks ambiguous names.

A country that *acts* ("Rusia trimite trupe", "a cerut Rusiei") is an actor,
not a place: ``mentions`` gives each country mention a role that ``actors.py``
reads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from newsrewind import lang as langdata
from newsrewind.extract import gazetteer
from newsrewind.extract.context import DocContext, EntryText
from newsrewind.extract.normalize import fold_key
from newsrewind.model import Place

_TOKEN = re.compile(r"[^\W\d_]+")
_JOIN = {" ", "-", "'", " - "}
_SENTENCE_END = set('.!?:;\n"(')
_CYRILLIC = re.compile(r"[а-я]")
MAX_WORDS = 4


@dataclass(frozen=True)
class Mention:
    """One place name found in an entry."""

    start: int
    end: int
    idx: int  # gazetteer record index
    role: str  # place | actor
    inflected: bool = False
    sub: str | None = None  # own name of a place below city level
    sub_key: str | None = None


@dataclass(frozen=True)
class _Rules:
    aliases: dict[str, list[int]]
    inflection: list[tuple[str, tuple[str, ...]]]
    not_places: frozenset[str]
    heads: dict[str, str]
    head_first: bool
    head_last: bool
    links: tuple[tuple[str, ...], ...]
    place_before: frozenset[str]
    actor_before: frozenset[str]
    place_after: frozenset[str]
    outlets: re.Pattern[str] | None
    russian: bool
    name_adjunct: bool


def _keys(words: list[Any]) -> list[str]:
    return [k for k in (fold_key(str(w)) for w in words) if k]


@cache
def _all_aliases() -> dict[str, list[int]]:
    """Alias keys of every language (a Romanian text may use an English name)."""
    gz = gazetteer.load()
    out: dict[str, list[int]] = {}
    for code in langdata.available():
        for name, target in langdata.section(code, "places").get("aliases", {}).items():
            idx = gz.country_index(target) if isinstance(target, str) else gz.by_geonameid(int(target))
            if idx is not None:
                out.setdefault(fold_key(name), []).append(idx)
    return out


@cache
def _outlet_pattern() -> re.Pattern[str] | None:
    names: set[str] = set()
    for code in langdata.available():
        for outlet in langdata.section(code, "outlets").get("outlet", []):
            for spelling in outlet.get("spellings", []) + [outlet.get("name", "")]:
                key = fold_key(spelling)
                if " " in key and re.search(r"[^\W\d_]", key):  # one-word outlets never hide a place
                    names.add(key)
    if not names:
        return None
    alts = "|".join(re.escape(n).replace(r"\ ", r"[\s'-]+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "places")
    clock = langdata.section(code, "clock")
    infl = sorted(
        (
            (fold_key(k), tuple(fold_key(x) if x else "" for x in v))
            for k, v in data.get("inflection", {}).items()
        ),
        key=lambda kv: -len(kv[0]),
    )
    not_places = set(_keys(data.get("not_places", {}).get("words", [])))
    not_places |= set(_keys(list(clock.get("months", {})))) | set(_keys(list(clock.get("weekdays", {}))))
    sub = data.get("subplaces", {})
    roles = data.get("roles", {})
    return _Rules(
        aliases=_all_aliases(),
        inflection=infl,
        not_places=frozenset(not_places),
        heads={fold_key(k): fold_key(v) for k, v in sub.get("heads", {}).items()},
        head_first=bool(sub.get("head_first", True)),
        head_last=bool(sub.get("head_last", not sub.get("head_first", True))),
        links=tuple(tuple(fold_key(x).split()) for x in sorted(sub.get("links", []), key=len, reverse=True)),
        place_before=frozenset(_keys(roles.get("place_before", []))),
        actor_before=frozenset(_keys(roles.get("actor_before", []))),
        place_after=frozenset(_keys(roles.get("place_after", []))),
        outlets=_outlet_pattern(),
        russian=code == "ru",
        name_adjunct=bool(roles.get("name_adjunct", False)),
    )


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def normal_forms(word: str) -> tuple[str, ...]:
    """pymorphy3 normal forms of a Russian word (folded keys), best first."""
    try:
        parses = _morph().parse(word)
    except Exception:  # noqa: BLE001 - no analyser: no normal forms
        return ()
    out: list[str] = []
    for p in parses[:4]:
        key = fold_key(p.normal_form)
        if key and key not in out:
            out.append(key)
    return tuple(out)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    word: str  # folded, without diacritics
    cap: bool


def base_text(entry: EntryText) -> str:
    """The entry's folded text without diacritics (same length; cached for the entry)."""
    hit = _last.get("base")
    if hit is not None and hit[0] is entry and hit[1] == entry.folded:
        return str(hit[2])
    base = gazetteer.strip_marks(entry.folded)
    _last["base"] = (entry, entry.folded, base)
    return base


def tokens(entry: EntryText) -> list[_Tok]:
    """Word tokens of the entry (letters only), with their capitalisation (cached for the entry)."""
    hit = _last.get("toks")
    if hit is not None and hit[0] is entry and hit[1] == entry.text:
        return hit[2]  # type: ignore[no-any-return]
    text = entry.text
    toks = [
        _Tok(m.start(), m.end(), m.group(), text[m.start()].isupper())
        for m in _TOKEN.finditer(base_text(entry))
    ]
    _last["toks"] = (entry, entry.text, toks)
    return toks


def gaps(entry: EntryText) -> list[str]:
    """The folded text between each token and the next (cached for the entry)."""
    hit = _last.get("gaps")
    if hit is not None and hit[0] is entry and hit[1] == entry.text:
        return hit[2]  # type: ignore[no-any-return]
    toks = tokens(entry)
    folded = entry.folded
    out = [folded[toks[k].end : toks[k + 1].start] for k in range(len(toks) - 1)]
    _last["gaps"] = (entry, entry.text, out)
    return out


def _cover(toks: list[_Tok], starts: list[int], start: int, end: int) -> range:
    """Indexes of the tokens lying inside [start, end)."""
    lo = bisect_left(starts, start)
    hi = lo
    while hi < len(toks) and toks[hi].end <= end:
        hi += 1
    return range(lo, hi)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'„“”«»-–—*•":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == "\n"


def _candidates(key: str, rules: _Rules) -> list[int]:
    return rules.aliases.get(key) or gazetteer.load().lookup(key)


def _resolve(words: list[str], rules: _Rules) -> list[tuple[int, bool]]:
    """Records for a run of words, directly or through inflection of its last word (cached)."""
    cache_key = (id(rules), tuple(words))
    hit = _RESOLVED.get(cache_key)
    if hit is None:
        if len(_RESOLVED) > 200_000:
            _RESOLVED.clear()
        hit = _RESOLVED[cache_key] = _resolve_uncached(words, rules)
    return hit


_RESOLVED: dict[tuple[int, tuple[str, ...]], list[tuple[int, bool]]] = {}


def _resolve_uncached(words: list[str], rules: _Rules) -> list[tuple[int, bool]]:
    key = " ".join(words)
    out: list[tuple[int, bool]] = [(i, False) for i in _candidates(key, rules)]
    last = words[-1]
    head = " ".join(words[:-1])
    prefix = head + " " if head else ""
    tried = {key}
    variants: list[str] = []
    for ending, repls in rules.inflection:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            stem = last[: -len(ending)]
            variants.extend(prefix + stem + rep for rep in repls)
    if rules.russian and _CYRILLIC.search(last):
        variants.extend(prefix + norm for norm in normal_forms(last))
    seen = {i for i, _ in out}
    for var in variants:
        if var in tried:
            continue
        tried.add(var)
        for i in _candidates(var, rules):
            if i not in seen:
                seen.add(i)
                out.append((i, True))
    return out


@lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    return fold_key(name)


def _pick(found: list[tuple[int, bool]], ctx: DocContext | None, key: str) -> tuple[int, bool]:
    """The best record: countries first, then the story's countries, primary names, population."""
    gz = gazetteer.load()
    best, best_score = found[0], -1.0
    for idx, inflected in found:
        r = gz.record(idx)
        score = float(max(r.population, 1))
        if r.is_country:
            score *= 1e6
        if ctx is not None:
            if ctx.country and r.country == ctx.country:
                score *= 10
            score *= 1 + ctx.countries.get(r.country, 0)
        if _name_key(r.name) == key:
            score *= 3
        if inflected:
            score *= 0.5
        if score > best_score:
            best, best_score = (idx, inflected), score
    return best


def _match_runs(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[tuple[int, int, int, bool]]:
    """(first token, last token, record index, inflected) for every place-name run."""
    text = entry.text
    base_gaps = gaps(entry)
    masked: set[int] = set()
    base = base_text(entry)
    starts = [t.start for t in toks]
    if rules.outlets is not None:
        for m in rules.outlets.finditer(base):
            masked.update(_cover(toks, starts, m.start(), m.end()))
    from newsrewind.extract import actors  # the names actors knows are no places

    for a, b in actors.known_token_spans(entry):
        masked.update(range(a, b + 1))
    gz = gazetteer.load()
    out: list[tuple[int, int, int, bool]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or i in masked:
            i += 1
            continue
        last = i
        while (
            last + 1 < n and last - i + 1 < MAX_WORDS and base_gaps[last] in _JOIN and last + 1 not in masked
        ):
            last += 1
        hit = None
        for j in range(last, i - 1, -1):
            if j > i and not toks[j].cap and len(toks[j].word) > 3:
                continue  # a run ends on a capitalised word or a short joiner ("Rostov-na-Donu")
            words = [toks[k].word for k in range(i, j + 1)]
            key = " ".join(words)
            if key in rules.not_places:
                continue
            if j == i and _is_code(text, t) and key not in rules.aliases:
                continue  # "UN", "SANA": codes and acronyms, not the towns they spell
            found = _resolve(words, rules)
            if found:
                hit = (j, found)
                break
        if hit is None:
            i += 1
            continue
        j, found = hit
        key = " ".join(toks[k].word for k in range(i, j + 1))
        idx, inflected = _pick(found, entry.doc, key)
        rec = gz.record(idx)
        prev_cap = (
            i > 0
            and toks[i - 1].cap
            and base_gaps[i - 1] == " "
            and not _sentence_initial(text, toks[i - 1].start)
        )
        next_cap = j + 1 < n and toks[j + 1].cap and base_gaps[j] == " "
        if j == i and not rec.is_country and idx not in rules.aliases.get(key, []):
            initial = _sentence_initial(text, t.start)
            if initial and (rec.population < 100_000 or inflected):
                i += 1
                continue
            ctx = entry.doc
            if (
                _name_key(rec.name) != key
                and rec.population < 1_000_000
                and ctx.countries
                and ctx.countries.get(rec.country, 0) <= 1
            ):
                i += 1  # a minor alternate name of a town abroad ("Baza" for Basel)
                continue
            if (prev_cap or next_cap) and rec.population < 1_000_000:
                i += 1  # one word inside a longer name ("Sadyr Japarov", "Nur Otan")
                continue
        if (
            rules.name_adjunct
            and rec.is_country
            and not inflected
            and next_cap
            and j + 1 not in masked
            and not _starts_place(toks, j + 1, rules)
        ):
            i = j + 1  # a country opening a longer name ("Israel Defense Forces")
            continue
        out.append((i, j, idx, inflected))
        i = j + 1
    return out


def _is_code(text: str, tok: _Tok) -> bool:
    word = text[tok.start : tok.end]
    return len(word) <= 5 and word.isupper()


def _starts_place(toks: list[_Tok], k: int, rules: _Rules) -> bool:
    if k >= len(toks):
        return False
    return bool(_resolve([toks[k].word], rules))


def _role(
    entry: EntryText, toks: list[_Tok], i: int, j: int, idx: int, inflected: bool, rules: _Rules
) -> str:
    """Whether a country mention is a place the entry is about or a state acting."""
    gz = gazetteer.load()
    rec = gz.record(idx)
    if not rec.is_country or rec.country == entry.doc.country:
        return "place"
    before = [toks[k].word for k in range(max(0, i - 2), i)]
    prev1 = before[-1:]
    prev2 = before[-2:]
    for gram in (" ".join(prev1), " ".join(prev2)):
        if gram in rules.place_before:
            return "place"
    for gram in (" ".join(prev1), " ".join(prev2)):
        if gram in rules.actor_before:
            return "actor"
    if inflected or j + 1 >= len(toks):
        return "place"
    nxt = toks[j + 1]
    gap = entry.folded[toks[j].end : nxt.start]
    if gap == " " and not nxt.cap and nxt.word not in rules.place_after:
        return "actor"
    return "place"


def _sub_key(head: str, words: list[str], rules: _Rules) -> str:
    if rules.russian:
        words = [(normal_forms(w) or (w,))[0] if _CYRILLIC.search(w) else w for w in words]
    return head + " " + " ".join(words)


def _subplaces(
    entry: EntryText, toks: list[_Tok], runs: list[tuple[int, int, int, bool]], rules: _Rules
) -> tuple[list[Mention], set[int]]:
    """Places below city level, and the token indexes they consume."""
    if not rules.heads:
        return [], set()
    starts = {r[0]: r for r in runs}
    out: list[Mention] = []
    used: set[int] = set()
    gz = gazetteer.load()
    n = len(toks)
    heads = rules.heads
    for h in [k for k, tok in enumerate(toks) if tok.word in heads]:
        head = heads[toks[h].word]
        name: list[int] = []
        if rules.head_first:
            k = h + 1
            while (
                k < n
                and toks[k].cap
                and len(name) < 3
                and entry.folded[toks[k - 1].end : toks[k].start] == " "
            ):
                name.append(k)
                k += 1
        if not name and rules.head_last:
            k = h - 1
            while (
                k >= 0
                and toks[k].cap
                and len(name) < 3
                and entry.folded[toks[k].end : toks[k + 1].start] == " "
            ):
                name.insert(0, k)
                k -= 1
            if name and not toks[h].cap and entry.lang == "en":
                name = []
        if not name or (name[0] in starts and gz.record(starts[name[0]][2]).is_country):
            continue
        span_toks = sorted(name + [h])
        first, lastt = span_toks[0], span_toks[-1]
        key = _sub_key(head, [toks[k].word for k in name], rules)
        city: int | None = None
        # "... din (orașul) Almaty"
        after = lastt + 1
        for link in rules.links:
            m = len(link)
            if after + m < n and tuple(toks[after + q].word for q in range(m)) == link:
                run = starts.get(after + m)
                if run is not None and not gz.record(run[2]).is_country:
                    city = run[2]
                    used.update(range(run[0], run[1] + 1))
                    break
        if city is None:
            known = entry.doc.subplaces.get(key)
            city = gz.by_geonameid(int(known)) if isinstance(known, int) else None
        if city is None:  # the city the entry names, if it names one
            city = next((r[2] for r in runs if not gz.record(r[2]).is_country and r[0] not in name), None)
        used.update(range(first, lastt + 1))
        if city is None:
            continue
        start, end = toks[first].start, toks[lastt].end
        out.append(Mention(start, end, city, "place", sub=entry.text[start:end], sub_key=key))
    return out, used


def mentions(entry: EntryText) -> list[Mention]:
    """Every place name in the entry, with its role (cached for the entry being read)."""
    cached = _last.get("m")
    if (
        cached is not None
        and cached[0] is entry
        and cached[1] == entry.text
        and cached[2] == entry.doc.country
    ):
        return list(cached[3])
    rules = _rules(entry.lang)
    toks = tokens(entry)
    runs = _match_runs(entry, toks, rules)
    subs, used = _subplaces(entry, toks, runs, rules)
    found: list[Mention] = list(subs)
    for i, j, idx, inflected in runs:
        if i in used:
            continue
        role = _role(entry, toks, i, j, idx, inflected, rules)
        found.append(Mention(toks[i].start, toks[j].end, idx, role, inflected))
    found.sort(key=lambda m: m.start)
    _last["m"] = (entry, entry.text, entry.doc.country, found)
    return list(found)


_last: dict[str, Any] = {}


def scan_document(ctx: DocContext, texts: list[str]) -> None:
    """Fill the document context: story country, sub-city places."""
    code = ctx.lang if ctx.lang in langdata.available() else "en"
    gz = gazetteer.load()
    counts: Counter[str] = Counter()
    ctx.country = None
    views = [EntryText(t, code, ctx) for t in texts]
    for view in views:
        for m in mentions(view):
            rec = gz.record(m.idx)
            counts[rec.country] += 2 if rec.is_country else 1
    if counts:
        ctx.country = counts.most_common(1)[0][0]
        ctx.countries = dict(counts)
    rules = _rules(code)
    heads = rules.heads
    for view in views:
        if not heads or not any(h in base_text(view) for h in heads):
            continue
        _last.clear()
        for m in mentions(view):
            if m.sub_key and m.sub_key not in ctx.subplaces:
                ctx.subplaces[m.sub_key] = gz.record(m.idx).geonameid
    _last.clear()


def to_place(m: Mention) -> Place:
    """The record's place for one mention."""
    rec = gazetteer.load().record(m.idx)
    if m.sub:
        return Place(m.sub, rec.geonameid, rec.country, rec.lat, rec.lon, (m.start, m.end), within=rec.name)
    return Place(rec.name, rec.geonameid, rec.country, rec.lat, rec.lon, (m.start, m.end))


def find(entry: EntryText) -> list[Place]:
    """Places the entry is about (countries that act are left to the actors)."""
    out: list[Place] = []
    seen: set[tuple[int, str | None]] = set()
    for m in mentions(entry):
        if m.role != "place":
            continue
        place = to_place(m)
        key = (place.geonameid or 0, m.sub)
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out
