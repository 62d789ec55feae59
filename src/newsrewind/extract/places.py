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

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache, partial
from itertools import accumulate, compress, product
from operator import itemgetter, methodcaller, not_
from typing import Any, NamedTuple

from newsrewind import lang as langdata
from newsrewind.extract import gazetteer, prefilter, translit
from newsrewind.extract.context import DocContext, EntryText
from newsrewind.extract.normalize import fold_key
from newsrewind.extract.numbers import morph_analyzer as _morph
from newsrewind.model import Place

_TOKEN = re.compile(r"[^\W\d_]+")
_JOIN = {" ", "-", "'", " - "}
_SENTENCE_END = set('.!?:;\n"(')
_CYRILLIC = re.compile(r"[а-я]")
MAX_WORDS = 4
#: Gaps before a quoted verb ("Rusia „a lansat"): the words still follow the name.
_QUOTED = frozenset({' "', " '", '"'})


@dataclass(frozen=True)
class Mention:
    """One place name found in an entry."""

    start: int
    end: int
    idx: int  # gazetteer record index
    role: str  # place | actor | name (part of an institution's or outlet's name)
    inflected: bool = False
    sub: str | None = None  # own name of a place below city level
    sub_key: str | None = None
    weak: bool = False  # a sub-place tied to its city only by another name in the entry
    seat: int | None = None  # a government's capital named where it sits ("autoritățile de la X")


@dataclass(frozen=True)
class _Rules:
    aliases: dict[str, list[int]]
    inflection: list[tuple[str, tuple[str, ...]]]
    not_places: frozenset[str]
    # month names: a street named after a date opens with a day and a month ("strada 31 August")
    months: frozenset[str]
    heads: dict[str, str]
    head_first: bool
    # a city's adjective between a head and its name ("cartierul clujean Mănăștur"): its ending →
    # the residents' ending ``_demonym_city`` reads ("clujean" → "clujeni" → Cluj-Napoca)
    head_adjectives: tuple[tuple[str, str], ...]
    # heads of a city's quarters: a quarter the document names with one ("cartierul Mănăștur") is
    # that city's when named alone ("au mers în Mănăștur"), not a village elsewhere of its name
    quarter_heads: tuple[str, ...]
    head_last: bool
    links: tuple[tuple[str, ...], ...]
    place_before: frozenset[str]
    actor_before: frozenset[str]
    place_after: frozenset[str]
    outlets: re.Pattern[str] | None
    russian: bool
    own_script_countries: frozenset[str]
    name_adjunct: bool
    agent_after: frozenset[str]
    capital_before: frozenset[str]
    possessive_place: frozenset[str]
    name_before: frozenset[str]
    name_links: frozenset[str]
    state_words: frozenset[str]
    place_nouns: frozenset[str]
    genitive_name: bool
    region_nouns: frozenset[str]
    district_nouns: frozenset[str]
    county_nouns: frozenset[str]
    county_lists: frozenset[str]
    region_adjectives: tuple[tuple[str, tuple[str, ...]], ...]
    adjective_cities: tuple[tuple[str, int], ...]
    adjective_stem_drops: tuple[str, ...]
    district_seats: tuple[tuple[str, tuple[str, ...]], ...]
    translit_variants: tuple[tuple[str, tuple[str, ...]], ...]
    compound_adjectives: tuple[tuple[str, tuple[str, ...]], ...]
    multi_firsts: dict[str, int]
    conjunctions: frozenset[str]
    oblique_endings: tuple[str, ...]
    oblique_all: bool
    settlement_nouns: frozenset[str]
    village_nouns: frozenset[str]
    comparison_before: frozenset[str]
    outlet_before: frozenset[str]
    outlet_after: frozenset[str]
    name_articles: frozenset[str]
    saint_words: frozenset[str]
    abbreviations: dict[str, str]
    building_heads: frozenset[str]
    hyphen_links: frozenset[str]
    hyphen_tails: frozenset[str]
    hyphen_adjectives: tuple[str, ...]
    spelling_variants: tuple[tuple[str, tuple[str, ...]], ...]
    capital_words: tuple[tuple[str, ...], ...]
    city_words: tuple[tuple[str, ...], ...]
    deixis_stop: frozenset[str]
    not_place_before: frozenset[str]
    not_place_after: frozenset[str]
    outlet_nouns: frozenset[str]
    list_articles: frozenset[str]
    relative_words: frozenset[str]
    together_before: frozenset[str]
    historical: dict[str, frozenset[str]]
    historical_before: frozenset[str]
    seat_words: tuple[tuple[str, ...], ...]
    seat_before: frozenset[str]
    auxiliaries: frozenset[str]
    capital_bare: bool
    # a wire story's credit line ("(Reporting by X in Dhaka; Editing by Y)"): where its staff sat, no place
    credit_line: re.Pattern[str] | None = None
    # letters a name of the language's own towns keeps when it has them ("â", "î"): a word written
    # with one is no town spelt without it ("Clubul Român" is not Roman)
    own_letters: str = ""
    # a city after these words earlier in the sentence holds the sentence's sub-places ("La Timișoara,
    # ... în Piața Victoriei"), unless the word before is one of ``city_not_before`` ("de la")
    city_before: frozenset[str] = frozenset()
    city_not_before: frozenset[str] = frozenset()
    # last words of a local institution's name before its town ("Judecătoria Sibiu", "Spitalul
    # Județean de Urgență Bacău"): the town is where it is, no piece of a longer name
    institution_tails: frozenset[str] = frozenset()
    # a region noun of one state's own division before a name ("județul Alba"): that state's towns only
    national_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a division's name → the name of its seat ("sibiu" → "Sibiu", "harghita" → "Miercurea Ciuc"):
    # a town placed in a division after its name is the namesake nearest that seat
    division_seats: dict[str, str] = field(default_factory=dict)
    # an outlet's first word before the state or town its edition serves ("Sputnik Узбекистан")
    outlet_heads: frozenset[str] = frozenset()
    # a newspaper's title word after the town it is named for ("Houston Chronicle", "Dallas Morning News")
    outlet_tails: frozenset[str] = frozenset()
    # endings of one-word names of streets, squares and buildings ("Schmiedestraße", "Marktkirche")
    site_endings: tuple[str, ...] = ()
    site_openers: frozenset[str] = frozenset()
    site_particles: frozenset[str] = frozenset()
    # capitalised words of age ("Nova", "Veche") before or after a town's name make another town's
    # name of two words: unknown, it is no place ("Chilia Veche" is no Chilia, "Новой Одессе" no Odesa)
    age_before: frozenset[str] = frozenset()
    age_after: frozenset[str] = frozenset()
    # two words after a town's name that make it a longer village's ("Popeștii de Sus", "Vințu de Jos")
    part_after: frozenset[tuple[str, str]] = frozenset()
    # of the not-places, names that a place preposition right before them makes a town of the story's country
    # ("a news conference in Victoria" in a Canadian story; not "Victoria Nuland", "Lake Victoria")
    placed_words: frozenset[str] = frozenset()
    # words after a name that make it a local road's, quarter's or fire's ("Bella Vista Road", "the
    # Bella Vista wildfire"): a far town abroad, no capital, is no town before them
    road_words: frozenset[str] = frozenset()
    # words after a town's name that make it a street's, which runs in another town ("Harlaxton Road")
    street_words: frozenset[str] = frozenset()
    # words before a state that make it a legal note's, no place ("запрещена в России")
    not_state_before: frozenset[str] = frozenset()
    # words opening a byline: the towns on its line are the reporters' posts ("By Ann Lee, Lagos")
    byline_openers: tuple[str, ...] = ()
    # heads of sub-places named after their own town ("Spitalul Municipal Rădăuți")
    own_town_heads: frozenset[str] = frozenset()
    # heads naming a part of a city only with the city linked after them ("the Easton area of Bristol")
    linked_heads: frozenset[str] = frozenset()
    # heads (their canonical forms) of parts of a city that never are a town, whatever town's name
    # they bear ("микрорайон Северный", "Piața Romană"): in the story's city when none is named
    street_heads: frozenset[str] = frozenset()
    # nouns a town's adjective names an institution of the town with ("Всеволожская больница",
    # "Туапсинский НПЗ"), a few lower-case adjectives between
    institution_nouns: frozenset[str] = frozenset()
    # openings of an adjective that makes a body span several regions, named after a river or an
    # area, not a town ("Волжская межрегиональная транспортная прокуратура" is no Volzhsk's)
    wide_adjectives: tuple[str, ...] = ()
    lower_adjectives: tuple[str, ...] = ()  # endings of a town's adjective read in lower case too
    # speech verbs: a town's name right before one is a person's or an outlet's ("Albuquerque said")
    speaker_after: frozenset[str] = frozenset()
    # a person or group, then "din"/"from": where they come from, no place the entry is about
    origin_nouns: frozenset[str] = frozenset()
    origin_links: frozenset[str] = frozenset()
    # a line of its own opening with one of these and holding only names credits the writers ("By
    # Ana Montenegro and Tom Reed"): its names are people, no places
    byline: re.Pattern[str] | None = None
    # a small town far from the story's city, in its country, is a place only after a preposition
    # (uninflected languages: "the Wildwood fire", "his first name, Gary")
    far_home_placed: bool = False
    # a capitalised name after these is a storm's ("Hurricane Kyle", "Ciclonul Daniel", "тайфун Хагибис"),
    # and so is the same name alone anywhere in the document ("Kyle weakened")
    storm_titles: re.Pattern[str] | None = None
    # the outlet's own country: its villages after a preposition are places even in a story told
    # abroad that names it ("au aterizat la Otopeni" in a story of evacuations from Lebanon)
    outlet_country: str = ""


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


def _uncased_names(outlet: dict[str, Any]) -> list[str]:
    """An outlet's names of several words that hide a place whatever their case: its spellings,
    and its own name unless only its cased forms carry it ("India Today": "in India today" names
    India)."""
    name = outlet.get("name", "")
    return outlet.get("spellings", []) + ([name] if name and name not in outlet.get("cased", []) else [])


def _outlet_names() -> list[str]:
    """Fold keys of the outlets' names of several words, longest first (one-word outlets never
    hide a place)."""
    names: set[str] = set()
    for code in langdata.available():
        for outlet in langdata.section(code, "outlets").get("outlet", []):
            for spelling in _uncased_names(outlet):
                key = fold_key(spelling)
                if " " in key and re.search(r"[^\W\d_]", key):
                    names.add(key)
    return sorted(names, key=len, reverse=True)


@cache
def _outlet_words() -> frozenset[str]:
    """Fold keys of the outlets' one-word names: such a word after a bare preposition is the
    outlet, no village ("pe Libertatea", "la Adevărul")."""
    words: set[str] = set()
    for code in langdata.available():
        for outlet in langdata.section(code, "outlets").get("outlet", []):
            for spelling in outlet.get("spellings", []) + [outlet.get("name", "")]:
                key = fold_key(spelling)
                if key and " " not in key:
                    words.add(key)
    return frozenset(words)


def _outlet_alternative(name: str) -> str:
    return re.escape(name).replace(r"\ ", r"[\s'-]+")


@cache
def _outlet_pattern() -> re.Pattern[str] | None:
    names = _outlet_names()
    if not names:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(_outlet_alternative, names))})(?!\w)")


@cache
def _outlet_keys() -> frozenset[str] | None:
    """The word keys an outlet's name opens on (``prefilter``), or None when some name opens
    otherwise."""
    keys: set[str] = set()
    for name in _outlet_names():
        opening = prefilter.pattern_keys(_outlet_alternative(name))
        if opening is None:
            return None
        keys |= opening
    return frozenset(keys)


@cache
def _outlet_openers() -> tuple[frozenset[str], frozenset[str]]:
    """For the outlets' names of several words: the letters opening each name that opens on a
    letter, and the longest run of letters of each other name ("112 ukraine"). Every run of letters
    of a name is a whole token of a text that holds the name, and the first one starts it."""
    firsts: set[str] = set()
    others: set[str] = set()
    for name in _outlet_names():
        opening = _TOKEN.match(name)
        if opening is not None:
            firsts.add(opening.group())
        else:
            others.add(max(_TOKEN.findall(name), key=len))
    return frozenset(firsts), frozenset(others)


def _outlet_tokens(entry: EntryText, toks: list[_Tok], rx: re.Pattern[str]) -> set[int]:
    """Tokens inside an outlet's name, as ``rx.finditer`` over the base text finds them."""
    starts = _layered(entry, "starts")
    firsts, others = _outlet_openers()
    if others.isdisjoint(words(entry)):  # every name there opens on a token that is its first word
        found = _token_matches(entry, rx, map(firsts.__contains__, words(entry)))
    else:
        found = prefilter.scan(rx, _outlet_keys(), base_text(entry), None)
    out: set[int] = set()
    for m in found:
        out.update(_cover(toks, starts, m.start(), m.end()))
    return out


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
    regions = data.get("regions", {})
    small = data.get("small_places", {})
    names = data.get("names", {})
    deixis = data.get("deixis", {})
    return _Rules(
        aliases=_all_aliases(),
        inflection=infl,
        not_places=frozenset(not_places),
        months=frozenset(_keys(list(clock.get("months", {})))),
        placed_words=frozenset(_keys(data.get("not_places", {}).get("placed", []))),
        heads={fold_key(k): fold_key(v) for k, v in sub.get("heads", {}).items()},
        head_first=bool(sub.get("head_first", True)),
        quarter_heads=tuple(fold_key(h) for h in sub.get("quarters", [])),
        head_adjectives=tuple(
            (gazetteer.strip_marks(fold_key(k)), gazetteer.strip_marks(fold_key(v)))
            for k, v in sub.get("city_adjectives", {}).items()
        ),
        head_last=bool(sub.get("head_last", not sub.get("head_first", True))),
        links=tuple(tuple(fold_key(x).split()) for x in sorted(sub.get("links", []), key=len, reverse=True)),
        place_before=frozenset(_keys(roles.get("place_before", []))),
        actor_before=frozenset(_keys(roles.get("actor_before", []))),
        place_after=frozenset(_keys(roles.get("place_after", []))),
        outlets=_outlet_pattern(),
        russian=code == "ru",
        own_script_countries=frozenset(str(c) for c in data.get("own_script_countries", [])),
        name_adjunct=bool(roles.get("name_adjunct", False)),
        agent_after=frozenset(_keys(roles.get("agent_after", []))),
        capital_before=frozenset(_keys(roles.get("capital_before", []))),
        possessive_place=frozenset(_keys(roles.get("possessive_place", []))),
        name_before=frozenset(_keys(roles.get("name_before", []))),
        name_links=frozenset(_keys(roles.get("name_links", []))),
        state_words=frozenset(_keys(roles.get("state_words", []))),
        place_nouns=frozenset(_keys(roles.get("place_nouns", []))),
        genitive_name=bool(roles.get("genitive_name", False)),
        region_nouns=frozenset(_keys(regions.get("nouns", []) + regions.get("district_nouns", []))),
        district_nouns=frozenset(_keys(regions.get("district_nouns", []))),
        county_nouns=frozenset(_keys(regions.get("local_nouns", []))),
        county_lists=frozenset(_keys(regions.get("local_plurals", []))),
        adjective_stem_drops=tuple(fold_key(x) for x in regions.get("stem_drops", [])),
        district_seats=tuple(
            sorted(
                (
                    (fold_key(k), tuple(fold_key(x) for x in v))
                    for k, v in regions.get("district_seats", {}).items()
                ),
                key=lambda kv: -len(kv[0]),
            )
        ),
        adjective_cities=tuple(
            sorted(
                ((fold_key(k), int(v)) for k, v in regions.get("adjective_cities", {}).items()),
                key=lambda kv: -len(kv[0]),
            )
        ),
        region_adjectives=tuple(
            sorted(
                (
                    (fold_key(k), tuple(fold_key(x) if x else "" for x in v))
                    for k, v in regions.get("adjectives", {}).items()
                ),
                key=lambda kv: -len(kv[0]),
            )
        ),
        compound_adjectives=tuple(
            sorted(
                (
                    (fold_key(k), tuple(fold_key(x) for x in v))
                    for k, v in data.get("compound_adjectives", {}).items()
                ),
                key=lambda kv: -len(kv[0]),
            )
        ),
        translit_variants=tuple(
            (str(k), tuple(str(x) for x in v)) for k, v in data.get("transliteration_variants", {}).items()
        ),
        multi_firsts=_multi_firsts(),
        conjunctions=frozenset(_keys(roles.get("conjunctions", []))),
        oblique_endings=tuple(_keys(roles.get("oblique_endings", []))),
        oblique_all=bool(roles.get("oblique_all", False)),
        settlement_nouns=frozenset(_keys(small.get("settlement_nouns", []))),
        outlet_country=str(small.get("outlet_country", "")),
        village_nouns=frozenset(_keys(small.get("village_nouns", []))),
        comparison_before=frozenset(_keys(roles.get("comparison_before", []))),
        outlet_before=frozenset(_keys(roles.get("outlet_before", []))),
        outlet_after=frozenset(_keys(roles.get("outlet_after", []))),
        name_articles=frozenset(_keys(names.get("articles", []))),
        saint_words=frozenset(_keys(names.get("saints", []))),
        abbreviations={fold_key(k): fold_key(str(v)) for k, v in names.get("abbreviations", {}).items()},
        building_heads=frozenset(_keys(names.get("buildings", []))),
        hyphen_links=frozenset(_keys(names.get("hyphen_links", []))),
        hyphen_tails=frozenset(_keys(names.get("hyphen_tails", []))),
        hyphen_adjectives=tuple(_keys(names.get("hyphen_adjective_endings", []))),
        spelling_variants=tuple(
            (str(k), tuple(str(x) for x in v)) for k, v in data.get("spelling_variants", {}).items()
        ),
        capital_words=tuple(tuple(k.split()) for k in _keys(deixis.get("capital", []))),
        city_words=tuple(tuple(k.split()) for k in _keys(deixis.get("city", []))),
        deixis_stop=frozenset(_keys(deixis.get("stop", []))),
        not_place_before=frozenset(_keys(roles.get("not_place_before", []))),
        not_place_after=frozenset(_keys(roles.get("not_place_after", []))),
        outlet_nouns=frozenset(_keys(roles.get("outlet_nouns", []))),
        list_articles=frozenset(_keys(roles.get("list_articles", []))),
        relative_words=frozenset(_keys(roles.get("relative_words", []))),
        together_before=frozenset(_keys(roles.get("together_before", []))),
        historical={
            fold_key(k): frozenset(v) for k, v in data.get("historical_regions", {}).get("names", {}).items()
        },
        seat_words=tuple(tuple(k.split()) for k in _keys(deixis.get("seat", []))),
        seat_before=frozenset(_keys(deixis.get("seat_before", []))),
        auxiliaries=frozenset(_keys(roles.get("auxiliaries", []))),
        capital_bare=bool(deixis.get("capital_bare", False)),
        historical_before=frozenset(_keys(data.get("historical_regions", {}).get("before", []))),
        credit_line=re.compile(rf"\((?:{'|'.join(map(re.escape, data['credit_line']))})\b[^)]*\)")
        if data.get("credit_line")
        else None,
        own_letters=str(data.get("own_letters", "")),
        city_before=frozenset(_keys(sub.get("city_before", []))),
        city_not_before=frozenset(_keys(sub.get("city_not_before", []))),
        institution_tails=frozenset(_keys(names.get("institution_tails", []))),
        outlet_heads=frozenset(_keys(names.get("outlet_heads", []))),
        outlet_tails=frozenset(_keys(names.get("outlet_tails", []))),
        site_endings=tuple(_keys(names.get("site_endings", []))),
        site_openers=frozenset(_keys(names.get("site_openers", []))),
        site_particles=frozenset(_keys(names.get("site_particles", []))),
        road_words=frozenset(_keys(sub.get("roads", []))),
        street_words=frozenset(_keys(sub.get("named_streets", []))),
        not_state_before=frozenset(_keys(roles.get("not_state_before", []))),
        age_before=frozenset(_keys(names.get("age_before", []))),
        age_after=frozenset(_keys(names.get("age_after", []))),
        part_after=frozenset(
            (k.split(" ", 1)[0], k.split(" ", 1)[1]) for k in _keys(names.get("part_after", [])) if " " in k
        ),
        byline_openers=tuple(str(x) for x in names.get("byline_openers", [])),
        national_nouns={
            key: tuple(str(c) for c in states)
            for states, nouns in ((k.split(","), v) for k, v in regions.get("national", {}).items())
            for key in _keys(nouns)
        },
        division_seats={fold_key(k): str(v) for k, v in regions.get("seats", {}).items()},
        own_town_heads=frozenset(_keys(sub.get("own_town", []))),
        linked_heads=frozenset(_keys(sub.get("linked", []))),
        street_heads=frozenset(gazetteer.strip_marks(fold_key(h)) for h in sub.get("streets", [])),
        institution_nouns=frozenset(_keys(regions.get("institution_nouns", []))),
        wide_adjectives=tuple(_keys(regions.get("wide_adjectives", []))),
        lower_adjectives=tuple(_keys(regions.get("lower_adjectives", []))),
        speaker_after=frozenset(_keys(roles.get("speaker_after", []))),
        origin_nouns=frozenset(_keys(roles.get("origin_nouns", []))),
        origin_links=frozenset(_keys(roles.get("origin_links", []))),
        far_home_placed=bool(roles.get("far_home_placed", False)),
        storm_titles=re.compile(
            rf"(?<!\w)(?:{'|'.join(map(re.escape, names['storm_titles']))})[ \t]+([^\W\d_]+)", re.IGNORECASE
        )
        if names.get("storm_titles")
        else None,
        byline=re.compile(
            rf"(?m)^[ \t]*(?i:{'|'.join(map(re.escape, data['byline_lines']))}):?[ \t]+"
            r"(?P<names>[^\W\d_][^\n.!?;:()\d]{2,100})$"
        )
        if data.get("byline_lines")
        else None,
    )


@cache
def _multi_firsts() -> dict[str, int]:
    """First word of every multi-word gazetteer key or alias → its most words."""
    out = dict(gazetteer.load().firsts)
    for key in _all_aliases():
        words = key.split(" ")
        if len(words) > 1 and out.get(words[0], 0) < len(words):
            out[words[0]] = len(words)
    return out


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


@lru_cache(maxsize=65536)
def _nominative(word: str) -> tuple[str, ...]:
    """A Russian word in the nominative of its own number (folded): a plural name keeps its plural
    ("Минеральных Вод" → "минеральные воды", where the normal form is "вода")."""
    try:
        parses = _morph().parse(word)
    except Exception:  # noqa: BLE001 - no analyser: no forms
        return ()
    for p in parses[:1]:
        if p.tag.number == "plur":
            form = p.inflect({"nomn", "plur"})
            if form is not None:
                return (fold_key(form.word),)
    return ()


#: pymorphy3 tags of proper names: a word with one of them may be a place.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr", "Init"})


@lru_cache(maxsize=16384)
def _common_noun(key: str) -> bool:
    """Whether a one-word Russian key is a dictionary word never read as a name ("газ", "мир"): such
    a word opening a sentence is no town ("Газ" is not Gaz, a name of Gaza)."""
    if " " in key:
        return False
    try:
        parses = _morph().parse(key)
    except Exception:  # noqa: BLE001 - no analyser: no dictionary
        return False
    return bool(parses) and all(p.is_known and not (_NAME_TAGS & p.tag.grammemes) for p in parses)


#: pymorphy3 tags of people's names.
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=16384)
def _person_name(word: str) -> bool:
    """Whether a Russian word is only ever a person's name ("Анной", "Ириной"), never a place's."""
    try:
        parses = _morph().parse(word)
    except Exception:  # noqa: BLE001 - no analyser: no dictionary
        return False
    return bool(parses) and all(p.is_known and _PERSON_TAGS & p.tag.grammemes for p in parses)


@cache
def _given_names(code: str) -> frozenset[str]:
    """Fold keys of the given names the language's actors data knows ("Dorel", "Ion")."""
    return frozenset(_keys(langdata.section(code, "actors").get("grammar", {}).get("given_names", [])))


@lru_cache(maxsize=16384)
def _first_name(word: str) -> bool:
    """Whether some reading of a Russian word is a first name ("Наталья", "Виктория")."""
    try:
        parses = _morph().parse(word)
    except Exception:  # noqa: BLE001 - no analyser: no dictionary
        return False
    return any(p.is_known and "Name" in p.tag.grammemes for p in parses)


@lru_cache(maxsize=16384)
def _surname(word: str) -> bool:
    """Whether a Russian word is only ever a surname ("Кудрявцева", "Смирнова")."""
    try:
        parses = _morph().parse(word)
    except Exception:  # noqa: BLE001 - no analyser: no dictionary
        return False
    return bool(parses) and all("Surn" in p.tag.grammemes for p in parses)


@lru_cache(maxsize=16384)
def _may_be_adjective(word: str) -> bool:
    """Whether some reading of a Russian word is an adjective ("Туапсинского", "Всеволожской"; not
    "Одессе", "Харькове")."""
    try:
        parses = _morph().parse(word)
    except Exception:  # noqa: BLE001 - no analyser: no grammar
        return True
    return any(p.tag.POS == "ADJF" for p in parses)


#: Parts of speech of function words, which no adjective agrees with ("и", "а", "о").
_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})


@lru_cache(maxsize=16384)
def _adjective_of(word: str, noun: str) -> bool:
    """Whether a Russian word is only an adjective, agreeing in case with the common noun after it
    ("Южного автовокзала", "Советской армии"): the noun's attribute, no town."""
    try:
        adj = _morph().parse(word)
        nouns = _morph().parse(noun)
    except Exception:  # noqa: BLE001 - no analyser: no grammar
        return False
    if not adj or not all(p.is_known and p.tag.POS == "ADJF" for p in adj):
        return False
    if any(p.tag.POS in _FUNCTION_POS for p in nouns):
        return False  # a function word after it, a letter's name at most ("в Узловой и узнала")
    cases = {p.tag.case for p in adj}
    return any(p.is_known and p.tag.POS == "NOUN" and p.tag.case in cases for p in nouns)


def _raw(entry: EntryText, tok: _Tok) -> str:
    """A token as written, in lower case (the folded word loses the letters grammar reads: "й")."""
    return entry.text[tok.start : tok.end].lower()


class _Tok(NamedTuple):
    start: int
    end: int
    word: str  # folded, without diacritics
    cap: bool


#: A token from its four fields without a Python-level call (C-level ``tuple.__new__``).
_new_tok = partial(tuple.__new__, _Tok)


_SPLIT = re.compile(r"([^\W\d_]+)")


def base_text(entry: EntryText) -> str:
    """The entry's folded text without diacritics (same length; cached for the entry)."""
    return _layer(entry)[0]


def tokens(entry: EntryText) -> list[_Tok]:
    """Word tokens of the entry (letters only), with their capitalisation (cached for the entry)."""
    return _layer(entry)[1]


def gaps(entry: EntryText) -> list[str]:
    """The folded text between each token and the next (cached for the entry)."""
    return _layer(entry)[2]


#: Most characters of entry text a document keeps per-entry work for (bounds the memo's memory).
MEMO_CHARS = 1_500_000


def _slot(entry: EntryText) -> dict[Any, Any]:
    """The entry's memo: per-entry work shared by the document scan, ``find`` and the actors.

    Kept in the document context under the entry's text, so the scan's views and the
    extraction's views of one entry share it; a document past ``MEMO_CHARS`` keeps only
    the entry being read.
    """
    slot = entry.slot
    if slot is not None:
        return slot
    last = _last.get("slot")
    if last is not None and last[0] is entry and last[1] is entry.text and last[2] is entry.folded:
        return last[3]  # type: ignore[no-any-return]
    memo = entry.doc.memo
    entries = memo.get("entries")
    if entries is None:
        entries = memo["entries"] = {}
        memo["chars"] = 0
    key = (entry.text, entry.folded)
    slot = entries.get(key)
    if slot is None:
        slot = {}
        if memo["chars"] + len(entry.text) > MEMO_CHARS:
            _last["slot"] = (entry, entry.text, entry.folded, slot)  # kept for this view alone
            return slot
        entries[key] = slot
        memo["chars"] += len(entry.text)
    entry.slot = slot  # the view holds what the document memo holds
    return slot


def _layer(entry: EntryText) -> tuple[str, list[_Tok], list[str]]:
    """Base text, tokens and gaps of an entry, built once with C-level passes."""
    slot = entry.slot
    if slot is None:
        slot = _slot(entry)
    layer = slot.get("layer")
    if layer is not None:
        return layer  # type: ignore[no-any-return]
    base = gazetteer.strip_marks(entry.folded)
    parts = _SPLIT.split(base)  # gap, word, gap, word, ..., gap
    offsets = list(accumulate(map(len, parts), initial=0))
    starts = offsets[1:-1:2]
    words = parts[1::2]
    caps = list(map(str.isupper, map(entry.text.__getitem__, starts)))
    toks = list(map(_new_tok, zip(starts, offsets[2::2], words, caps, strict=True)))
    # gaps of the base text are those of the folded text: only letters lose marks
    layer = slot["layer"] = (base, toks, parts[2:-1:2])
    slot["words"] = words
    slot["starts"] = starts
    slot["caps"] = list(compress(range(len(caps)), caps))
    slot["lower"] = list(compress(words, map(not_, caps)))
    return layer


def _layered(entry: EntryText, name: str) -> Any:
    """One of the lists ``_layer`` keeps beside the tokens."""
    slot = entry.slot
    got = slot.get(name) if slot is not None else None
    if got is None:
        _layer(entry)
        got = _slot(entry)[name]
    return got


def words(entry: EntryText) -> list[str]:
    """The words of the entry's tokens, in order (cached for the entry)."""
    return _layered(entry, "words")  # type: ignore[no-any-return]


def cap_indexes(entry: EntryText) -> list[int]:
    """Indexes of the entry's capitalised tokens."""
    return _layered(entry, "caps")  # type: ignore[no-any-return]


def _lower_words(entry: EntryText) -> list[str]:
    """Words of the entry's tokens written in lower case."""
    return _layered(entry, "lower")  # type: ignore[no-any-return]


def _cover(toks: list[_Tok], starts: list[int], start: int, end: int) -> range:
    """Indexes of the tokens lying inside [start, end)."""
    lo = bisect_left(starts, start)
    hi = lo
    while hi < len(toks) and toks[hi].end <= end:
        hi += 1
    return range(lo, hi)


def _token_matches(entry: EntryText, rx: re.Pattern[str], opens: Iterable[bool]) -> list[re.Match[str]]:
    """``list(rx.finditer(base_text(entry)))`` for a pattern every match of which opens on a token
    for which ``opens`` (one flag per token) is true: tried only there, in order."""
    toks = tokens(entry)
    base = base_text(entry)
    out = []
    end = 0
    for k in compress(range(len(toks)), opens):
        at = toks[k].start
        if at < end:
            continue
        m = rx.match(base, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


#: How a token's word may open for a match to open on it: (n, the first n letters it may have).
_Openers = tuple[int, frozenset[str]]


def _openers(keys: Iterable[str]) -> _Openers | None:
    """How the words open that a match of one of ``keys`` at a token's start lies on (its letters
    up to the first other character, as far as the shortest key's), or None when some key opens
    on no letter."""
    firsts = []
    for key in keys:
        m = _TOKEN.match(key)
        if m is None:
            return None
        firsts.append(m.group())
    n = min(map(len, firsts), default=1)
    return n, frozenset(w[:n] for w in firsts)


def _opening(entry: EntryText, opens: _Openers) -> Iterable[bool]:
    """For each token, whether it opens as ``opens`` says."""
    n, heads = opens
    return map(heads.__contains__, map(itemgetter(slice(0, n)), words(entry)))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'„“”«»-–—*•":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == "\n"


def _candidates(key: str, rules: _Rules) -> list[int]:
    return rules.aliases.get(key) or _main_names_first(key)


#: How many times bigger than a town bearing a name as its own a place known by it as an
#: alternate name must be to keep it ("Pekin" is still Beijing; "Southport" is not Kenosha).
ALTERNATE_RATIO = 10


@lru_cache(maxsize=65536)
def _main_names_first(key: str) -> list[int]:
    """Gazetteer records under a key, without those that hold it only as an alternate name while
    a place of like size bears it as its main name: an old or local name of a far-away city is
    often an ordinary word or another town's name ("Victoria" for Hong Kong)."""
    gz = gazetteer.load()
    found = gz.lookup(key)
    if len(found) < 2:
        return found
    # a Cyrillic key is a main name when it spells one ("Ставрополь" is Stavropol, not Tolyatti's old name)
    own = {key, fold_key(translit.latin(key))} if _CYRILLIC.search(key) else {key}
    mains = [gz.record(i).population for i in found if _bare_name_key(gz.record(i).name) in own]
    if not mains:
        return found
    # a name of several words is the place bearing it as its own ("New Delhi" is not Delhi)
    top = max(mains) * (ALTERNATE_RATIO if " " not in key else 10**9)
    return [
        i
        for i in found
        if gz.record(i).is_country
        or gz.record(i).population >= top
        or _bare_name_key(gz.record(i).name) in own
        or _short_form(key, gz.record(i).name)
    ]


def _short_form(key: str, name: str) -> bool:
    """Whether a key says the first words of a town's longer own name, the short form news uses
    ("Newark" for Newark on Trent): no old or foreign name of it, to drop for a bigger namesake."""
    full = _bare_name_key(name)
    return len(full) > len(key) and full.startswith(key) and full[len(key)] in " -"


#: Words GeoNames adds after some towns' own names, which news text leaves out ("Gagarin Shahri",
#: Uzbek for the town of Gagarin, is "Гагарин").
NAME_TAILS = (" shahri",)


def _bare_name_key(name: str) -> str:
    """A town's name key without a word GeoNames adds after it ("Gagarin Shahri" → "gagarin")."""
    key = _name_key(name)
    for tail in NAME_TAILS:
        if key.endswith(tail):
            return key[: -len(tail)]
    return key


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


def _variants(words: list[str], rules: _Rules) -> list[str]:
    """Uninflected forms of a run: endings of its last word, and for Russian the normal forms of
    every word ("Нижнем Новгороде" → "нижнии новгород", "Ростове-на-Дону" → "ростов на дону")."""
    last = words[-1]
    head = " ".join(words[:-1])
    prefix = head + " " if head else ""
    variants: list[str] = []
    last_forms: list[str] = []
    for ending, repls in rules.inflection:
        # a short last word keeps a stem of two letters after a longer head ("Кызыл-Кие" → "Кызыл-Кия")
        if last.endswith(ending) and len(last) - len(ending) >= (2 if len(head) >= 4 else 3):
            stem = last[: -len(ending)]
            variants.extend(prefix + stem + rep for rep in repls)
            last_forms.extend(stem + rep for rep in repls)
    if rules.russian and _CYRILLIC.search(last):
        variants.extend(prefix + norm for norm in normal_forms(last))
        # a plural name in another case ("Лисках", "Лисок" → "Лиски"; "Химках" → "Химки")
        variants.extend(prefix + nom for nom in _nominative(last) if prefix + nom not in variants)
        if len(words) > 1:
            options = [
                (w, *dict.fromkeys(normal_forms(w)[:2] + _nominative(w)))
                if len(w) > 3 and _CYRILLIC.search(w)
                else (w, *_nominative(w))
                if len(w) == 3 and _CYRILLIC.search(w)
                else (w,)
                for w in words
            ]
            # an adjective opening the name, in the nominative of any gender ("Новой Каховке" →
            # "новая каховка"): folding "й" away hides its case from the analyser
            for k, w in enumerate(words[:-1]):
                for ending, repls in rules.compound_adjectives:
                    if w.endswith(ending) and len(w) - len(ending) >= 3:
                        stem = w[: -len(ending)]
                        options[k] = tuple(dict.fromkeys([*options[k], *(stem + r for r in repls)]))
                        options[-1] = tuple(dict.fromkeys([*options[-1], *last_forms]))
                        break
            for combo in product(*options):
                form = " ".join(combo)
                if form not in variants:
                    variants.append(form)
    return variants


def _resolve_uncached(words: list[str], rules: _Rules) -> list[tuple[int, bool]]:
    key = " ".join(words)
    out: list[tuple[int, bool]] = [(i, False) for i in _candidates(key, rules)]
    if not out and len(words) > 1 and words[0] in rules.abbreviations:
        # an abbreviated first word, written out ("St Paul" is Saint Paul, "Ft Lauderdale" Fort Lauderdale)
        full = [rules.abbreviations[words[0]], *words[1:]]
        if full != words:
            return _resolve(full, rules)
    if key in rules.aliases:
        return out  # the language's data names it as written: no guessed ending reads it otherwise
    tried = {key}
    variants = _variants(words, rules)
    seen = {i for i, _ in out}
    for var in variants:
        if var in tried:
            continue
        tried.add(var)
        for i in _candidates(var, rules):
            if i not in seen:
                seen.add(i)
                out.append((i, True))
    if not out and _CYRILLIC.search(key):  # names GeoNames lacks in Cyrillic: their Latin spellings
        for form in [key, *variants]:
            for latin in _latin_forms(form, rules):
                for i in _candidates(latin, rules):
                    rec = gazetteer.load().record(i)
                    if (
                        (form != key or len(key) <= SHORT_KEY)
                        and rec.population < 100_000
                        and _name_key(rec.name) != latin
                    ):
                        # a guessed spelling hitting a minor town's other name ("Ала" → Aalen) or a
                        # guessed ending spelling a minor name abroad ("Дону" → "Dona")
                        continue
                    if i not in seen:
                        seen.add(i)
                        out.append((i, form != key))
    return out


#: A Cyrillic word this short spelt in Latin letters names a small town abroad only under its own
#: name ("Ала" of "Ала-Бель" is no Aalen, though GeoNames lists "Ala" among its names).
SHORT_KEY = 4


def _latin_forms(key: str, rules: _Rules) -> list[str]:
    """Latin fold keys of a Cyrillic key: the news transliteration, then with the data's variants
    ("дж" → "c", "ы" → "i": Пазарджык → Pazarcik)."""
    forms = [fold_key(translit.latin(key))]
    present = [(cyr, latins) for cyr, latins in rules.translit_variants if cyr in key][:3]
    if not present:
        return forms
    marked = key
    for k, (cyr, _) in enumerate(present):
        marked = marked.replace(cyr, chr(1 + k))
    latin = translit.latin(marked)
    for choice in product(*[(None, *latins) for _, latins in present]):
        if all(c is None for c in choice):
            continue
        form = latin
        for k, c in enumerate(choice):
            form = form.replace(chr(1 + k), c if c is not None else translit.latin(present[k][0]))
        form = fold_key(form)
        if form not in forms:
            forms.append(form)
    return forms


@lru_cache(maxsize=16384)
def _spelled(marked: str, code: str) -> tuple[tuple[int, bool], ...]:
    """Records for a run through the language's spelling variants of foreign names, its marks kept
    ("Harkovului" → "kharkov", "Zaporojie" → "zaporozhye", "Donețk" → "donetsk")."""
    rules = _rules(code)
    words = marked.split(" ")
    forms = [marked, *_variants(words, rules)] if rules.inflection else [marked]
    out: list[tuple[int, bool]] = []
    for n, form in enumerate(forms):
        present = [(a, b) for a, b in rules.spelling_variants if a in form][:4]
        if not present:
            continue
        for choice in product(*[(a, *b) for a, b in present]):
            spelled = form
            for (a, _), c in zip(present, choice, strict=True):
                if c != a:
                    spelled = spelled.replace(a, c)
            key = fold_key(spelled)
            for i in _candidates(key, rules):
                rec = gazetteer.load().record(i)
                if rec.population < 100_000 and _name_key(rec.name) != key:
                    continue  # a minor town abroad under one of its other names ("Hârlău" as kharlau is no Harlow)
                if all(i != k for k, _ in out):
                    out.append((i, n > 0))
        if out:
            break
    return tuple(out)


def _small(words: list[str], rules: _Rules, countries: tuple[str, ...]) -> list[tuple[int, bool]]:
    """Villages and small towns of these countries for a run, through its inflection (cached: a
    document asks again for every entry's words once it knows its villages)."""
    cache_key = (id(rules), tuple(words), countries)
    hit = _SMALL.get(cache_key)
    if hit is None:
        if len(_SMALL) > 200_000:
            _SMALL.clear()
        hit = _SMALL[cache_key] = _small_uncached(words, rules, countries)
    return hit


_SMALL: dict[tuple[int, tuple[str, ...], tuple[str, ...]], list[tuple[int, bool]]] = {}


def _small_uncached(words: list[str], rules: _Rules, countries: tuple[str, ...]) -> list[tuple[int, bool]]:
    gz = gazetteer.load()
    key = " ".join(words)
    out: list[tuple[int, bool]] = [(i, False) for i in gz.small_lookup(key, countries)]
    if not out:
        for var in _variants(words, rules):
            out.extend((i, True) for i in gz.small_lookup(var, countries) if all(i != k for k, _ in out))
    if not out and rules.russian and _CYRILLIC.search(key):
        for latin in _latin_forms(key, rules):
            out.extend((i, False) for i in gz.small_lookup(latin, countries))
    return out


def _small_countries(ctx: DocContext, cue: str) -> tuple[str, ...]:
    """Countries whose small places a cue lets in: the story's for a bare preposition, the
    document's main ones after a settlement noun or in a list."""
    if cue in ("preposition", "known"):
        homes = _home_countries(ctx)
        own = _rules(ctx.lang).outlet_country if ctx.lang else ""
        if own and homes and own not in homes and ctx.countries.get(own):
            homes = (*homes, own)
        return homes
    ranked = sorted(ctx.countries, key=lambda c: -ctx.countries[c])[:4]
    if ctx.country and ctx.country not in ranked:
        ranked.insert(0, ctx.country)
    return tuple(ranked)


#: A country named at least this share as often as the story's country is a second home of the
#: story: a border story told from one side ("de la Palanca" in a Moldovan story of strikes on Ukraine).
SECOND_HOME_SHARE = 0.5


def _home_countries(ctx: DocContext) -> tuple[str, ...]:
    """The story's country, and a second one the document names nearly as often."""
    if not ctx.country:
        return ()
    top = ctx.countries.get(ctx.country, 0)
    others = sorted((c for c in ctx.countries if c != ctx.country), key=lambda c: -ctx.countries[c])
    if others and top and ctx.countries[others[0]] >= SECOND_HOME_SHARE * top:
        return (ctx.country, others[0])
    return (ctx.country,)


def _small_cue(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules, prev: int | None
) -> str | None:
    """Why a capitalised word may name a village: a settlement noun or a place preposition before
    it, or a list it continues ("satele A, B și C")."""
    before = _before(toks, base_gaps, i, 3)
    grams = [" ".join(before[-k:]) for k in (3, 2, 1) if len(before) >= k]
    if any(g in rules.settlement_nouns for g in grams):
        return "noun"
    if prev is not None and _coordinated(base_gaps, toks, prev, i, rules):
        return "list"
    if grams and grams[-1] in rules.place_before and not _sentence_initial(entry.text, toks[i].start):
        return "preposition"
    return None


@cache
def _cue_words(code: str) -> frozenset[str]:
    """Last words of every cue that may stand right before a village's name."""
    rules = _rules(code)
    words = rules.settlement_nouns | rules.place_before | rules.conjunctions
    return frozenset(w.split(" ")[-1] for w in words)


@cache
def _saint_pattern(code: str) -> re.Pattern[str] | None:
    saints = _rules(code).saint_words
    if not saints:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(saints))) + r")(?!\w)")


def _fragment(toks: list[_Tok], base_gaps: list[str], i: int, j: int, rules: _Rules) -> bool:
    """Whether a run is a piece of a longer hyphenated name ("Ростове" of "Ростове-на-Дону",
    "Дону", "Петропавловске" of "Петропавловске-Камчатском")."""
    n = len(toks)
    if j + 2 < n and base_gaps[j] == "-" and toks[j + 1].word in rules.hyphen_links:
        if base_gaps[j + 1] == "-" and not toks[j + 1].cap:
            return True
    if i >= 2 and base_gaps[i - 1] == "-" and toks[i - 1].word in rules.hyphen_links:
        if base_gaps[i - 2] == "-" and not toks[i - 1].cap:
            return True
    if (
        i > 0
        and base_gaps[i - 1] == "-"
        and toks[i - 1].cap
        and any(base_gaps[k] == "-" for k in range(i, j))
    ):
        return True  # a hyphenated name ending a longer one ("Saint-Denis" of "Seine-Saint-Denis")
    if rules.hyphen_adjectives:
        if j + 1 < n and base_gaps[j] == "-" and toks[j + 1].cap:
            if toks[j + 1].word.endswith(rules.hyphen_adjectives):
                return True
        if (
            i > 0
            and base_gaps[i - 1] == "-"
            and toks[i - 1].cap
            and toks[i].word.endswith(rules.hyphen_adjectives)
        ):
            return True
    return False


@lru_cache(maxsize=65536)
def _name_key(name: str) -> str:
    return fold_key(name)


def _pick(found: list[tuple[int, bool]], ctx: DocContext | None, key: str) -> tuple[int, bool]:
    """The best record: countries first, then the story's countries, primary names, population."""
    gz = gazetteer.load()
    best, best_score = found[0], -1.0
    home = _doc_city(ctx) if ctx is not None else None
    near = gz.record(home) if home is not None else None
    for idx, inflected in found:
        r = gz.record(idx)
        score = float(max(r.population, 1))
        if r.is_country:
            score *= 1e6
        if ctx is not None:
            if ctx.country and r.country == ctx.country:
                score *= 10
            score *= 1 + ctx.countries.get(r.country, 0)
            if near is not None and r.country == near.country and not r.is_country and _km(near, r) < NEAR_KM:
                score *= 30  # a town near the story's city ("Jacksonville" in a Wilmington story)
                if not gz.is_small(idx) or idx != home:
                    # the nearer of two such towns or villages bearing the name ("San Fernando" near
                    # Baguio, "Dragomirești" by Negrești, not the bigger one by Târgoviște); the
                    # story's own village is no nearer than the town of its name ("raionul Ocnița")
                    score *= NEAR_KM / max(_km(near, r), NEAR_FLOOR_KM)
                if gz.is_small(idx) and _km(near, r) < VILLAGE_NEAR_KM:
                    score *= 10  # a village by the story's village, not its bigger namesake further off
        if _bare_name_key(r.name) == key:
            score *= 3
        if inflected:
            score *= 0.5
        if score > best_score:
            best, best_score = (idx, inflected), score
    return best


#: A town abroad this big, of a state the document never names, gives way to a small town of the
#: story's country bearing its name (``_home_namesakes``).
BIG_NAMESAKE = 100_000
#: ... when that small town has at least this many people.
HOME_NAMESAKE_PEOPLE = 1_000
#: A town abroad this far from the story's city is not meant by another of its names, nor by a
#: name a home town near the story also bears.
FAR_NAMESAKE_KM = 3_000.0

#: Distance within which a town shares the story's area (ranks names many towns bear).
NEAR_KM = 300.0
#: Distance under which nearer is no nearer when ranking the story area's towns.
NEAR_FLOOR_KM = 30.0
#: How near the story's city a village lies to outrank a bigger village of its name.
VILLAGE_NEAR_KM = 20.0


def _km(a: gazetteer.GeoRecord, b: gazetteer.GeoRecord) -> float:
    """Rough distance in kilometres between two records (equirectangular; far when unknown)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 1e9
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y)


_Hit = tuple[int, list[tuple[int, bool]]]


class _Prep(NamedTuple):
    """What an entry's place names need that no document fact changes (built once per entry)."""

    buildings: list[tuple[int, int]]
    masked: set[int]  # tokens no place starts on or runs through (buildings, outlets, known names)
    # capitalised tokens outside ``masked``: (index, the run it opens in the gazetteer or None,
    # whether a village may start there, the run's key); runs that are pieces of longer names
    # are left out
    starts: list[tuple[int, _Hit | None, bool, str]]
    heads: list[int]  # tokens naming a kind of place below city level ("piața", "street")


def _prep(entry: EntryText, rules: _Rules) -> _Prep:
    """The entry's ``_Prep`` (cached in the entry's memo)."""
    slot = _slot(entry)
    key = ("prep", entry.lang)
    prep = slot.get(key)
    if prep is None:
        prep = slot[key] = _prepare(entry, rules)
    return prep  # type: ignore[no-any-return]


def _prepare(entry: EntryText, rules: _Rules) -> _Prep:
    toks = tokens(entry)
    buildings = _buildings(entry, toks, rules)
    masked = {k for a, b in buildings for k in range(a, b + 1)}
    text = entry.text
    base_gaps = gaps(entry)
    if rules.outlets is not None:
        masked.update(_outlet_tokens(entry, toks, rules.outlets))
    from newsrewind.extract import actors  # the names actors knows are no places

    for a, b in actors.known_token_spans(entry):
        masked.update(range(a, b + 1))
    if rules.credit_line is not None and "(" in text:
        for m in prefilter.finditer(rules.credit_line, entry.folded):
            masked.update(k for k, t in enumerate(toks) if m.start() <= t.start < m.end())
    if rules.byline is not None:
        masked.update(_byline_tokens(text, toks, rules))
    if rules.storm_titles is not None:
        masked.update(_storm_tokens(entry, toks, rules))
    not_places = rules.not_places
    all_words = words(entry)
    runs: list[tuple[int, _Hit | None, bool, str]] = []
    gz = gazetteer.load()
    for i in cap_indexes(entry):
        if i in masked:
            continue
        t = toks[i]
        if t.start and text[t.start - 1].isalnum():
            continue  # glued to a digit: a piece of a code or a brand ("G4Media", "3Moscow")
        free = t.word not in not_places and not _is_code(text, t)
        hit = _gazetteer_hit(entry, toks, base_gaps, i, rules, masked, free)
        if hit is None:
            runs.append((i, None, free, ""))
            continue
        j, found = hit
        if _fragment(toks, base_gaps, i, j, rules):
            continue
        if _after_name_article(text, toks, base_gaps, i, rules) and not gz.record(found[0][0]).is_country:
            continue  # the rest of a longer name ("The Hill", "Al Arabiya")
        runs.append((i, hit, free, " ".join(all_words[i : j + 1])))
    if rules.lower_adjectives:
        runs.extend(_lower_adjective_runs(entry, toks, base_gaps, rules, masked))
        runs.sort(key=lambda r: r[0])
    heads = (
        list(compress(range(len(toks)), map(rules.heads.__contains__, words(entry)))) if rules.heads else []
    )
    return _Prep(buildings, masked, runs, heads)


def _lower_adjective_runs(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], rules: _Rules, masked: set[int]
) -> list[tuple[int, _Hit | None, bool, str]]:
    """A town's adjective in lower case right before one of its institutions ("в сызранском
    колледже", "в петербургском метро"): the town, as its capitalised adjective is ("Сызранской ЦГБ")."""
    out: list[tuple[int, _Hit | None, bool, str]] = []
    gz = gazetteer.load()
    for k in range(len(toks) - 1):
        t = toks[k]
        if (
            t.cap
            or k in masked
            or base_gaps[k] != " "
            or toks[k + 1].word not in rules.institution_nouns
            or not t.word.endswith(rules.lower_adjectives)
            or t.word in rules.not_places
        ):
            continue
        found = _region_adjective(toks, base_gaps, k, rules, entry.text)
        found = [f for f in found or [] if not gz.record(f[0]).is_country]
        if found:
            out.append((k, (k, found), True, t.word))
    return out


def _byline_tokens(text: str, toks: list[_Tok], rules: _Rules) -> list[int]:
    """Tokens of the lines that credit the entry's writers ("By Carla Montenegro", "Autor: Ion Vulcan"):
    after the opener, only capitalised names and the words that join them."""
    assert rules.byline is not None
    out: list[int] = []
    starts = [t.start for t in toks]
    for m in rules.byline.finditer(text):
        inside = range(bisect_left(starts, m.start("names")), bisect_left(starts, m.end()))
        if inside and all(toks[k].cap or toks[k].word in rules.conjunctions for k in inside):
            out.extend(inside)
    return out


def _storm_names(text: str, rules: _Rules) -> set[str]:
    """Fold keys of the storms a text names by their title ("Hurricane Kyle" → "kyle")."""
    assert rules.storm_titles is not None
    if not prefilter.may_match(rules.storm_titles, text):
        return set()  # no storm's title (a case-free pattern walks the whole text)
    return {fold_key(m.group(1)) for m in rules.storm_titles.finditer(text) if m.group(1)[0].isupper()}


_STORMS = "places.storms"


def _storm_tokens(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[int]:
    """Capitalised tokens naming a storm: after a storm's title, or a storm the document names so."""
    names = _storm_names(entry.text, rules) | entry.doc.memo.get((_STORMS, entry.lang), set())
    if not names:
        return []
    return [k for k, t in enumerate(toks) if t.cap and t.word in names]


def _after_name_article(text: str, toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules) -> bool:
    """Token i follows a capitalised article opening a longer name ("The Hill", "Al Arabiya"); an
    article capitalised only because it opens the sentence opens no name ("The Dnipropetrovsk
    Oblast prosecutor's office")."""
    if i == 0 or not toks[i - 1].cap or toks[i - 1].word not in rules.name_articles:
        return False
    if base_gaps[i - 1] not in (" ", "-"):
        return False
    return not (toks[i - 1].word in rules.list_articles and _sentence_initial(text, toks[i - 1].start))


def _gazetteer_hit(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    i: int,
    rules: _Rules,
    masked: set[int],
    free: bool,
) -> _Hit | None:
    """The longest run opening at capitalised token i that the gazetteer or the aliases know."""
    text = entry.text
    multi = rules.multi_firsts
    not_places = rules.not_places
    n = len(toks)
    t = toks[i]
    last = i
    longest = max(multi.get(t.word, 1), multi.get(rules.abbreviations.get(t.word, ""), 1))
    if longest == 1 and rules.russian and len(t.word) > 3:
        longest = max([multi.get(nf, 1) for nf in normal_forms(t.word) + _nominative(t.word)] or [1])
        for ending, repls in rules.compound_adjectives if longest == 1 else ():
            if t.word.endswith(ending):
                stem = t.word[: -len(ending)]
                longest = max([longest, *(multi.get(stem + r, 1) for r in repls)])
                break
    while (
        last + 1 < n
        and last - i + 1 < longest
        and (
            base_gaps[last] in _JOIN
            or (
                base_gaps[last] == ". "
                and (toks[last].word in rules.saint_words or toks[last].word in rules.abbreviations)
            )
        )
        and last + 1 not in masked
    ):
        last += 1  # an abbreviation goes on past its dot ("St. Louis", "Ft. Lauderdale")
    all_words = _layered(entry, "words")
    for j in range(last, i - 1, -1):
        if j > i and not toks[j].cap and len(toks[j].word) > 3:
            continue  # a run ends on a capitalised word or a short joiner ("Rostov-na-Donu")
        words = all_words[i : j + 1]
        key = " ".join(words)
        if key in not_places:
            if j == i and key in rules.placed_words and _placed_word(toks, base_gaps, i, rules):
                # a town of the story's country only (see ``_skip``), never a state that
                # other languages call so ("in Columbia" is no Colombia)
                named = [f for f in _resolve(words, rules) if not gazetteer.load().record(f[0]).is_country]
                if named:
                    return j, named
            continue
        if j == i and _is_code(text, t) and key not in rules.aliases:
            continue  # "UN", "SANA": codes and acronyms, not the towns they spell
        found = (
            _region_adjective(toks, base_gaps, i, rules, text, j)
            if rules.region_adjectives and all(base_gaps[k] == "-" for k in range(i, j))
            else []
        )
        if found is None:
            continue  # a region named after no city of today ("Ленинградской области")
        if not found:  # a region's adjective names its city first ("Кемеровской области" → Kemerovo)
            found = _resolve(words, rules)
        if found and j > i and _dash_pair(all_words, base_gaps, i, j, found, rules):
            continue
        if found:
            return j, found
    if rules.spelling_variants and free:
        marked = " ".join(entry.folded[toks[i].start : toks[last].end].replace("-", " ").split())
        for j in range(last, i - 1, -1):
            if j < last:
                marked = marked.rsplit(" ", 1)[0]
            spelled = _spelled(marked, entry.lang)
            if spelled and len(marked.split(" ")) == j - i + 1:
                return j, list(spelled)
    return None


def _placed_word(toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules) -> bool:
    """Whether a place preposition stands right before token i and no capitalised word goes on
    after it ("in Victoria, the premier said"; not "from Victoria Nuland")."""
    if i == 0 or base_gaps[i - 1] != " " or toks[i - 1].cap or toks[i - 1].word not in rules.place_before:
        return False
    return not (i + 1 < len(toks) and base_gaps[i] == " " and toks[i + 1].cap)


def _dash_pair(
    all_words: list[str], base_gaps: list[str], i: int, j: int, found: list[tuple[int, bool]], rules: _Rules
) -> bool:
    """A run across a spaced dash that names what its first part names alone: two places, as in
    "the road Bishkek — Osh" (GeoNames keeps such pairs as a city's alternate names)."""
    for k in range(i, j):
        if base_gaps[k] == " - ":
            head = {f[0] for f in _resolve(all_words[i : k + 1], rules)}
            return any(f[0] in head for f in found)
    return False


def _home_prefix(
    entry: EntryText, all_words: list[str], i: int, j: int, found: list[tuple[int, bool]], rules: _Rules
) -> _Hit | None:
    """A shorter run naming a town of the story's country, when the longer one names only a small
    place abroad: "Bristol City Council" in a British story is Bristol's, not Bristol City, Virginia's."""
    home = entry.doc.country
    if not home:
        return None
    gz = gazetteer.load()
    if any(gz.record(f[0]).country == home or gz.record(f[0]).is_country for f in found):
        return None
    for k in range(j - 1, i - 1, -1):
        shorter = _resolve(all_words[i : k + 1], rules)
        if any(gz.record(f[0]).country == home and not gz.record(f[0]).is_country for f in shorter):
            return k, shorter
    return None


def _home_namesakes(found: list[tuple[int, bool]], ctx: DocContext) -> list[tuple[int, bool]]:
    """Small towns of the story's countries bearing the name of towns abroad that the gazetteer
    found first, when the document never names those towns' states ("Rasht" in a story of
    Tajikistan is its own town, not Iran's bigger one)."""
    named = ctx.memo.get(_NAMED_STATES)
    homes = tuple(iso for iso in _home_countries(ctx) if named and iso in named)
    if not homes or named is None:
        return []
    gz = gazetteer.load()
    recs = [gz.record(f[0]) for f in found]
    if any(r.is_country or r.country in named for r in recs):
        return []
    # a small town abroad is weighed against home towns as it is ("Alba" of Italy), unless it lies
    # across the world from the story's city and the home town near it ("Hernani" in a Samar storm
    # is no Basque town)
    near = None
    if any(r.population < BIG_NAMESAKE for r in recs):
        city = _doc_city(ctx)
        near = gz.record(city) if city is not None else None
        if near is None or any(_km(near, r) <= FAR_NAMESAKE_KM for r in recs):
            return []
    inflected = found[0][1]
    return [
        (k, inflected)
        for k in gz.small_lookup(_name_key(recs[0].name), homes)
        if gz.record(k).population >= HOME_NAMESAKE_PEOPLE  # (no hamlet: "Ho", a family name, is no "Hồ")
        and (near is None or _km(near, gz.record(k)) < NEAR_KM)
    ]


def _match_runs(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], rules: _Rules, prep: _Prep
) -> list[tuple[int, int, int, bool]]:
    """(first token, last token, record index, inflected) for every place-name run."""
    masked = prep.masked
    countries = entry.doc.countries
    all_words = words(entry)
    out: list[tuple[int, int, int, bool]] = []
    choices: dict[int, list[tuple[int, bool]]] = {}  # a run's other villages of its name
    hits = {i: hit for i, hit, _, _ in prep.starts if hit is not None}
    next_free = 0
    for i, hit, free, key in prep.starts:
        if i < next_free:
            continue
        small = False
        if hit is None:
            # a word no place alone may open a village's longer name ("Valea Lupului", "Valea Mare")
            # but not one before a town's own name ("South Townsville" is a part of Townsville; a
            # guessed ending does not count: "Lupului")
            opening = (
                not free
                and i + 1 < len(toks)
                and toks[i + 1].cap
                and base_gaps[i] == " "
                and all(inflected for _, inflected in hits.get(i + 1, (0, []))[1])
            ) or (
                # a common word opening a village's name with a lower-case part ("Luna de Sus")
                toks[i].word in entry.doc.common_words
                and i + 2 < len(toks)
                and base_gaps[i] == " "
                and base_gaps[i + 1] == " "
                and toks[i + 2].cap
                and (toks[i + 1].word, toks[i + 2].word) in rules.part_after
            )
            if not ((free or opening) and countries):
                continue
            hit = _small_hit(entry, toks, base_gaps, i, rules, out[-1][1] if out else None, masked, opening)
            if hit is None and rules.district_seats:
                seat = _district_seat(entry, toks, base_gaps, i, rules)
                hit = (i, seat) if seat else None
            if hit is None:
                continue
            small = True
            j, found = hit
            if _fragment(toks, base_gaps, i, j, rules):
                continue
            if (
                _after_name_article(entry.text, toks, base_gaps, i, rules)
                and not gazetteer.load().record(found[0][0]).is_country
            ):
                continue  # the rest of a longer name ("The Hill", "Al Arabiya")
            key = " ".join(all_words[i : j + 1])
        j, found = hit
        if j > i and (shorter := _home_prefix(entry, all_words, i, j, found, rules)) is not None:
            j, found = shorter
            key = " ".join(all_words[i : j + 1])
        if (
            rules.division_seats
            and (county_seat := _division_seat_after(toks, base_gaps, j, rules)) is not None
        ):
            found = _nearest_namesake(found, county_seat)  # "Cârța, în județul Sibiu": Sibiu's Cârța
        iso = _country_after(toks, base_gaps, j, rules)
        if iso is not None:
            gz = gazetteer.load()
            within = [f for f in found if gz.record(f[0]).is_country or gz.record(f[0]).country == iso]
            if not within:
                next_free = j + 1
                continue  # a town of that name in another state ("Nikopol, în Bulgaria" is no Nikopol in Ukraine)
            found = within
        state = _us_state_after(entry, toks, base_gaps, j) or _list_state_after(
            entry, toks, base_gaps, j, rules
        )
        if state is not None:
            if (
                i > max(next_free, 1) - 1
                and i > 0
                and toks[i - 1].cap
                and base_gaps[i - 1] == " "
                and i - 1 not in masked
                and (wider := _in_us_state([], " ".join(all_words[i - 1 : j + 1]), state)) is not None
            ):
                # a town whose name opens with a word read apart ("East Palestine, Ohio")
                i, found, small = i - 1, [(wider, False)], True
            elif (inside := _in_us_state(found, " ".join(all_words[i : j + 1]), state)) is not None:
                found, small = [(inside, False)], True  # "Conway, Pennsylvania" is no Conway of Arkansas
        states = rules.national_nouns.get(toks[i - 1].word, ()) if i > 0 and base_gaps[i - 1] == " " else ()
        national = bool(states)
        if national:
            gz = gazetteer.load()
            # the state's own town of the county's name ("județul Vaslui"); with none, ``_role`` reads
            # the name as no place ("județul Alba" is no Alba in Italy)
            found = [f for f in found if gz.record(f[0]).country in states] or found
        if not small and (home := _home_namesakes(found, entry.doc)):
            found = home  # "в Раште" in a story of Tajikistan: its town, not Iran's bigger one
        idx, inflected = found[0] if len(found) == 1 else _pick(found, entry.doc, key)
        if state is None and iso is None and not national:
            placed = _in_doc_state(idx, found, " ".join(all_words[i : j + 1]), entry)
            if placed is not None:
                idx, inflected = placed, False
        if not small and not national:  # "raionul Ungheni" is no namesake village near Iași
            namesake = _small_namesake(idx, " ".join(all_words[i : j + 1]), entry.doc)
            if namesake is not None:
                idx, inflected = namesake, False
            elif i == j and (short := _short_home(idx, key, entry.doc)) is not None:
                idx = short
        if (
            not small
            and _village_noun_before(toks, base_gaps, i, rules)
            # "сел Исфаринского района": the villages of a district its town names
            and not (j + 1 < len(toks) and base_gaps[j] == " " and toks[j + 1].word in rules.region_nouns)
        ):
            gz = gazetteer.load()
            if gz.record(idx).population >= VILLAGE_NAME_MAX and not gz.record(idx).is_country:
                # a village named like a city ("satul Galați", "села Брянск") is no such city: the
                # story's own village of that name, or none the gazetteer knows
                local = _small(all_words[i : j + 1], rules, _small_countries(entry.doc, "noun"))
                if not local:
                    next_free = j + 1
                    continue
                found = local
                idx, inflected = _pick(found, entry.doc, key)
                small = True
        shared_noun = (
            # a name of several words before the noun too where districts take no adjective's form
            # ("the Královo Pole district")
            (i == j or not rules.region_adjectives)
            and bool(rules.district_nouns)
            and not gazetteer.load().record(idx).is_country
            and _district_noun_after(toks, base_gaps, j, rules)
        )
        owner = (
            _district_owner(entry, toks, base_gaps, j, rules)
            if rules.district_nouns and (shared_noun or _district(toks, base_gaps, i, j, rules, entry.text))
            else None
        )
        if owner is not None:
            idx, inflected = owner, False  # "в Ленинском районе Екатеринбурга": a district of that city
        elif rules.district_nouns and (shared_noun or _district(toks, base_gaps, i, j, rules, entry.text)):
            section = (
                _section_city(idx, entry.doc) if _district_noun_after(toks, base_gaps, j, rules) else None
            )
            if section is not None:
                idx = section  # a city's district kept as a place of its own ("Shevchenkivskyi district")
            elif rules.region_adjectives and not _near_story(idx, entry.doc):
                continue  # a city's district named after a far town ("Московский район" of Kazan)
        if (
            rules.county_nouns
            and _county(toks, base_gaps, j, rules)
            and not _county_seat(idx, key, entry.doc)
        ):
            next_free = j + 1
            continue  # "Pender County", "Horry and Georgetown counties": no town of that name here
        if (
            not small
            and entry.doc.countries
            and j + 1 < len(toks)
            and toks[j + 1].cap
            and base_gaps[j] in (" ", "-")
        ):
            # a village whose longer name opens with the name of a town across a border ("Chilia
            # Veche" in Romania is no Kiliya in Ukraine)
            longer = _small_hit(entry, toks, base_gaps, i, rules, out[-1][1] if out else None, masked)
            gz = gazetteer.load()
            if (
                longer is not None
                and longer[0] > j
                and (
                    # a hyphen joins one name: the town is only its first part ("Покрово-Пригородное"
                    # is no Pokrov)
                    base_gaps[j] == "-"
                    or all(gz.record(k).country != gz.record(idx).country for k, _ in longer[1])
                )
            ):
                j, found = longer
                idx, inflected = _pick(found, entry.doc, " ".join(all_words[i : j + 1]))
                small = True
        if not small and _skip(entry, toks, base_gaps, i, j, idx, inflected, key, rules, masked):
            if not entry.doc.countries:
                continue
            # a town's name opening a village's longer one ("Slobozia Conachi"), or a village of the
            # same name in another state than the town read apart ("comuna Florești" is no Florești
            # in Moldova)
            longer = _small_hit(entry, toks, base_gaps, i, rules, out[-1][1] if out else None, masked)
            if longer is None or longer[0] < j:
                continue
            skipped = gazetteer.load().record(idx).country
            if longer[0] == j and (
                skipped == entry.doc.country
                or any(gazetteer.load().record(k).country != entry.doc.country for k, _ in longer[1])
                or (
                    _small_cue(entry, toks, base_gaps, i, rules, None) != "noun"
                    and not _home_village_list(entry, toks, base_gaps, out, i, rules)
                )
            ):
                continue  # only a home village its settlement noun names ("comuna Florești")
            j, found = longer
            idx, inflected = _pick(found, entry.doc, " ".join(all_words[i : j + 1]))
            small = True
        if rules.own_letters and entry.doc.countries:
            spelled = _own_spelled(entry, toks[i].start, toks[j].end, idx, found, small, rules)
            if spelled is not None:
                found = spelled
                idx, inflected = _pick(found, entry.doc, key)
                small = True
        shared = _shared_tail(toks, base_gaps, i, j, rules, next_free)
        if shared is not None:
            out.append(shared)
        if small and len(found) > 1:
            choices[len(out)] = found
        out.append((i, j, idx, inflected))
        next_free = j + 1
    return _home_neighbour(_by_neighbours(out, choices), entry.doc.country)


#: A village this near a town its entry names is the one meant, when the picked namesake lies
#: beyond NEIGHBOUR_FAR_KM of every such town.
NEIGHBOUR_KM = 30.0
NEIGHBOUR_FAR_KM = 100.0


def _by_neighbours(
    runs: list[tuple[int, int, int, bool]], choices: dict[int, list[tuple[int, bool]]]
) -> list[tuple[int, int, int, bool]]:
    """A village among several of its name is the one by a town the same entry names ("comuna
    Florești, de lângă Cluj-Napoca" is the Florești by Cluj, not the bigger one in Prahova)."""
    if not choices:
        return runs
    gz = gazetteer.load()
    out = list(runs)
    for pos, found in choices.items():
        i, j, idx, inflected = runs[pos]
        others = [gz.record(r[2]) for k, r in enumerate(runs) if k not in choices and r[2] != idx]
        others = [o for o in others if not o.is_country and o.lat is not None]
        if not others:
            continue
        near = {k: min(_km(gz.record(k), o) for o in others) for k, _ in found}
        if near[idx] < NEIGHBOUR_FAR_KM:
            continue
        best = min(found, key=lambda f: near[f[0]])
        if near[best[0]] < NEIGHBOUR_KM:
            out[pos] = (i, j, best[0], best[1])
    return out


#: A town abroad this big keeps its name even among the story's villages.
HOME_NEIGHBOUR_MAX = 1_000_000


def _home_neighbour(
    runs: list[tuple[int, int, int, bool]], iso: str | None
) -> list[tuple[int, int, int, bool]]:
    """A town read abroad, named among towns of the story's country far from it, is their
    neighbour village of that name ("Hijuelas and Nogales" in a Chilean story is no Nogales in
    Mexico; "Borodianka and Makariv" is no Makariv elsewhere)."""
    if iso is None or len(runs) < 2:
        return runs
    gz = gazetteer.load()
    out = list(runs)
    for pos, (i, j, idx, inflected) in enumerate(runs):
        rec = gz.record(idx)
        if (
            rec.country == iso
            or rec.is_country
            or rec.lat is None
            or idx in gz.capitals
            or idx in gz.divisions
            or rec.population >= HOME_NEIGHBOUR_MAX
        ):
            continue
        others = [gz.record(r[2]) for k, r in enumerate(runs) if k != pos and r[2] != idx]
        others = [o for o in others if not o.is_country and o.lat is not None]
        if not others or any(o.country != iso for o in others):
            continue  # only among the story's own towns
        if min(_km(rec, o) for o in others) < NEIGHBOUR_FAR_KM:
            continue
        near = [
            k
            for k in gz.small_lookup(_name_key(rec.name), (iso,))
            if min(_km(gz.record(k), o) for o in others) < NEIGHBOUR_KM
        ]
        if near:
            out[pos] = (i, j, near[0], inflected)
    return out


def _home_village_list(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    runs: list[tuple[int, int, int, bool]],
    i: int,
    rules: _Rules,
) -> bool:
    """Whether a name continues a list whose last name is a village of the story's country ("satele
    Dobrița și Bâlta": a home village too, not the town abroad its name also is)."""
    if not runs:
        return False
    gz = gazetteer.load()
    last = runs[-1]
    return (
        gz.is_small(last[2])
        and gz.record(last[2]).country == entry.doc.country
        and _coordinated(base_gaps, toks, last[1], i, rules)
    )


def _own_spelled(
    entry: EntryText,
    start: int,
    end: int,
    idx: int,
    found: list[tuple[int, bool]],
    small: bool,
    rules: _Rules,
) -> list[tuple[int, bool]] | None:
    """The places of a name written with the language's own letters whose names keep them, when the
    one read lacks them ("satul Bâlta" is one of the Bâltas, not the village Balta nor Balta in
    Ukraine): the name's namesakes first, else the villages of the document's countries."""
    surface = entry.folded[start:end]
    letters = [c for c in rules.own_letters if c in surface]
    gz = gazetteer.load()
    if not letters or all(c in gz.record(idx).name.lower() for c in letters):
        return None

    def keeps(k: int) -> bool:
        name = gz.record(k).name.lower()
        return all(c in name for c in letters) and fold_key(name) == fold_key(surface)

    got = [f for f in found if keeps(f[0])]
    if not got and not small:
        words = fold_key(surface).split(" ")
        got = [f for f in _small(words, rules, _small_countries(entry.doc, "noun")) if keeps(f[0])]
    return got or None


def _village_noun_before(toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules) -> bool:
    """Whether a village's noun stands right before token i ("satul", "села", "the village of")."""
    if not rules.village_nouns or i == 0 or base_gaps[i - 1] not in _JOIN:
        return False
    last = toks[i - 1].word  # the one or two words ``_before`` would give
    if last in rules.village_nouns:
        return True
    return i > 1 and base_gaps[i - 2] in _JOIN and f"{toks[i - 2].word} {last}" in rules.village_nouns


def _division_seat_after(
    toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules
) -> gazetteer.GeoRecord | None:
    """The seat of the division a town is placed in right after its name ("Cârța, în județul
    Sibiu", "Racovița din județul Sibiu", "Cârța (jud. Sibiu)"), from ``[regions.seats]``."""
    n = len(toks)
    k = j + 1
    if k >= n or base_gaps[j] not in (", ", " ", " (", "("):
        return None
    if toks[k].word in rules.place_before and not toks[k].cap and k + 1 < n and base_gaps[k] == " ":
        k += 1
    if k >= n or toks[k].word not in rules.national_nouns or k + 1 >= n:
        return None
    name = toks[k + 1].word
    if k + 2 < n and base_gaps[k + 1] in ("-", " ") and f"{name} {toks[k + 2].word}" in rules.division_seats:
        name = f"{name} {toks[k + 2].word}"  # "Bistrița-Năsăud", "Satu Mare"
    seat = rules.division_seats.get(name)
    if seat is None:
        return None
    gz = gazetteer.load()
    states = rules.national_nouns[toks[k].word]
    homes = [gz.record(i) for i, _ in _resolve(seat.split(), rules)]
    homes = [r for r in homes if not r.is_country and r.country in states]
    return max(homes, key=lambda r: r.population) if homes else None


def _nearest_namesake(found: list[tuple[int, bool]], seat: gazetteer.GeoRecord) -> list[tuple[int, bool]]:
    """Of a name's towns, and the small towns of the seat's country bearing it, the one nearest the
    seat of the division the text places it in (none farther than ``DIVISION_KM``: then as found)."""
    gz = gazetteer.load()
    first = gz.record(found[0][0])
    if first.is_country:
        return found
    pool = list(found) + [(i, found[0][1]) for i in gz.small_lookup(_name_key(first.name), (seat.country,))]
    near = min(pool, key=lambda f: _km(seat, gz.record(f[0])))
    return [near] if _km(seat, gz.record(near[0])) < DIVISION_KM else found


#: How far from its division's seat a town the text places in that division may lie.
DIVISION_KM = 120.0


def _country_after(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> str | None:
    """The state a town's name is placed in right after it ("Nikopol, în Bulgaria", "Paris, Texas"
    is a state too: only countries count), as an ISO code."""
    k = j + 1
    if k >= len(toks) or base_gaps[j] not in (", ", " "):
        return None
    if toks[k].word in rules.place_before and not toks[k].cap:
        if k + 1 >= len(toks) or base_gaps[k] != " ":
            return None
        k += 1
    elif base_gaps[j] != ", ":
        return None
    if not toks[k].cap:
        return None
    if k + 1 < len(toks) and base_gaps[k] == " " and toks[k + 1].cap:
        return None  # a longer name the state's opens ("Suleja, Niger State": a Nigerian state)
    if toks[k].word in gazetteer.us_state_codes():
        return None  # "Columbus, Georgia": a US state's name ("Batumi, Georgia" keeps its own town)
    gz = gazetteer.load()
    for idx, _ in _resolve([toks[k].word], rules):
        rec = gz.record(idx)
        if rec.is_country:
            return rec.country
    return None


@cache
def _state_abbreviations(code: str) -> dict[str, str]:
    """Fold key of a US state's short form ("pa" of "Pa.") → its postal code."""
    table = langdata.section(code, "places").get("state_abbreviations", {})
    return {fold_key(k): str(v) for k, v in table.items()}


def _us_state_after(entry: EntryText, toks: list[_Tok], base_gaps: list[str], j: int) -> str | None:
    """The US state a town's name is placed in right after a comma ("Conway, Pennsylvania",
    "East Rochester, Pa.", "Freedom, PA"), as its postal code."""
    k = j + 1
    if k >= len(toks) or base_gaps[j] != ", " or not toks[k].cap:
        return None
    codes = gazetteer.us_state_codes()
    if k + 1 < len(toks) and base_gaps[k] == " " and toks[k + 1].cap:
        two = codes.get(toks[k].word + " " + toks[k + 1].word)
        if two is not None:
            return two
    one = codes.get(toks[k].word)
    if one is not None:
        return one
    raw = entry.text[toks[k].start : toks[k].end]
    if len(raw) == 2 and raw.isupper() and raw in codes.values():
        return raw
    if entry.text[toks[k].end : toks[k].end + 1] == ".":
        return _state_abbreviations(entry.lang).get(toks[k].word)
    return None


def _list_state_after(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules
) -> str | None:
    """The US state written after the last of two towns it places both ("Lebanon and Paris,
    Tennessee", "Moore and Norman, Okla."), for the first."""
    k = j + 1
    if k + 1 >= len(toks) or base_gaps[j] != " " or toks[k].word not in rules.conjunctions or toks[k].cap:
        return None
    if base_gaps[k] != " " or not toks[k + 1].cap:
        return None
    last = k + 1
    while last - k < 3 and last + 1 < len(toks) and base_gaps[last] == " " and toks[last + 1].cap:
        last += 1
    return _us_state_after(entry, toks, base_gaps, last)


def _in_us_state(found: list[tuple[int, bool]], key: str, state: str) -> int | None:
    """The biggest town of a name lying in a US state, among the run's records and the state's
    small places."""
    gz = gazetteer.load()
    where = gazetteer.us_states()
    pool = [i for i, _ in found if gz.record(i).country == "US"] + gz.small_lookup(key, ("US",))
    inside = [i for i in pool if where.get(gz.record(i).geonameid) == state]
    return max(inside, key=lambda i: gz.record(i).population) if inside else None


#: A town this big keeps its name against a namesake in the document's US state ("Columbus" in a
#: Pennsylvania story is still Ohio's capital).
STATE_NAMESAKE_MAX = 300_000

#: ``DocContext.memo`` key: the US state the document writes after its towns most ("Conway,
#: Pennsylvania"), as its postal code.
_DOC_STATE = "places.us_state"

#: ``DocContext.memo`` key: the towns the document placed in a US state ("Princeton, Kentucky"), by
#: the words of their name → their record.
_DOC_PLACED = "places.us_placed"


def _entry_state(entry: EntryText) -> str | None:
    """The one US state an entry names by a name no town or country holds first ("Mississippi",
    "North Carolina"; not "Washington", "Georgia", "New York"), as its postal code (cached for the
    entry)."""
    slot = _slot(entry)
    if "us_state" not in slot:
        slot["us_state"] = _entry_state_uncached(entry)
    got: str | None = slot["us_state"]
    return got


def _entry_state_uncached(entry: EntryText) -> str | None:
    _, toks, base_gaps = _layer(entry)
    codes = gazetteer.us_state_codes()
    gz = gazetteer.load()
    named: set[str] = set()
    for k, tok in enumerate(toks):
        if not tok.cap:
            continue
        two = tok.word + " " + toks[k + 1].word if k + 1 < len(toks) and base_gaps[k] == " " else ""
        for key in (two, tok.word):
            code = codes.get(key) if key else None
            if key and code is not None:
                first = gz.lookup(key)
                if first and first[0] in gz.divisions:
                    named.add(code)
                break
    return next(iter(named)) if len(named) == 1 else None


def _in_doc_state(idx: int, found: list[tuple[int, bool]], key: str, entry: EntryText) -> int | None:
    """The namesake in the document's US state of a town read without a state ("Conway", "Freedom",
    "Rochester" in a story that placed "Conway, Pennsylvania"), unless the town read is a big city.
    A town the document itself placed in a state ("Dresden, Tennessee") is that town wherever it
    stands alone, whatever its size or the state the story names most."""
    ctx = entry.doc
    state = ctx.memo.get(_DOC_STATE)
    if state is None or ctx.country != "US":
        return None
    gz = gazetteer.load()
    rec = gz.record(idx)
    if rec.is_country or idx in gz.divisions:
        return None
    placed = ctx.memo.get(_DOC_PLACED, {}).get(key)
    if placed is not None:
        return placed if placed != idx else None
    # the one state the entry names wins over the one the story names most ("Okolona" in an entry
    # on Mississippi's toll is no Okolona of Kentucky)
    state = _entry_state(entry) or state
    if rec.population >= STATE_NAMESAKE_MAX:
        return None
    where = gazetteer.us_states()
    if rec.country == "US" and where.get(rec.geonameid) == state:
        return None
    inside = _in_us_state(found, key, state)
    return inside if inside is not None and inside != idx else None


def _placed_states(entry: EntryText) -> list[str]:
    """The US states an entry writes after a town's name ("Conway, Pennsylvania", "Freedom, Pa.")."""
    _, toks, base_gaps = _layer(entry)
    out: list[str] = []
    for k in cap_indexes(entry):
        if k + 1 < len(toks) and base_gaps[k] == ", " and not _sentence_initial(entry.text, toks[k].start):
            state = _us_state_after(entry, toks, base_gaps, k)
            if state is not None and _resolve([toks[k].word], _rules(entry.lang)):
                out.append(state)
    return out


def _placed_towns(entry: EntryText) -> dict[str, int]:
    """The towns an entry places in a US state ("Princeton, Kentucky", "Paris, Tenn."): the words of
    each one's name → its record."""
    _, toks, base_gaps = _layer(entry)
    where = gazetteer.us_states()
    gz = gazetteer.load()
    ends = {t.end: k for k, t in enumerate(toks)}
    out: dict[str, int] = {}
    for m in mentions(entry):
        j = ends.get(m.end)
        rec = gz.record(m.idx)
        if j is None or m.sub or rec.is_country or rec.country != "US" or m.idx in gz.divisions:
            continue
        state = _us_state_after(entry, toks, base_gaps, j)
        if state is not None and where.get(rec.geonameid) == state:
            key = " ".join(t.word for t in toks if t.start >= m.start and t.end <= m.end)
            out.setdefault(key, m.idx)
    return out


def _shared_tail(
    toks: list[_Tok], base_gaps: list[str], i: int, j: int, rules: _Rules, free: int
) -> tuple[int, int, int, bool] | None:
    """The first of two names sharing their last words ("North and South Carolina", "North or
    South Korea"): the word before the conjunction with the second name's tail."""
    if j == i or i < 2 or i - 2 < free or not toks[i - 2].cap:
        return None
    if toks[i - 1].word not in rules.conjunctions or base_gaps[i - 2] != " " or base_gaps[i - 1] != " ":
        return None
    words = [toks[i - 2].word] + [toks[k].word for k in range(i + 1, j + 1)]
    found = [(k, f) for k, f in _resolve(words, rules) if not f]
    if not found or " ".join(words) in rules.not_places:
        return None
    return i - 2, i - 2, found[0][0], False


def _county(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> bool:
    """Whether a name ending at token j names a county: "County" right after it, or "counties"
    after a list it opens ("Pender, Onslow and Carteret counties")."""
    n = len(toks)
    k = j + 1
    if k < n and base_gaps[j] == " " and toks[k].word in rules.county_nouns:
        return True
    steps = 0
    while k < n and steps < 12:
        gap = base_gaps[k - 1]
        if toks[k].word in rules.county_lists and gap == " ":
            return True
        if gap not in (" ", ", ", "-") or not (toks[k].cap or toks[k].word in rules.conjunctions):
            return False
        k += 1
        steps += 1
    return False


def _district(toks: list[_Tok], base_gaps: list[str], i: int, j: int, rules: _Rules, text: str) -> bool:
    """Whether a one-word name is a district's adjective ("Исфаринском районе") or an institution's
    ("Всеволожской клинической больнице"): a far town's only in the story's area."""
    if i != j or j + 1 >= len(toks) or base_gaps[j] != " ":
        return False
    return toks[j + 1].word in rules.district_nouns or _institution_adjective(toks, base_gaps, i, rules, text)


#: A city named right after a district's noun owns that district when at least this big.
DISTRICT_OWNER_MIN = 100_000


def _district_owner(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules
) -> int | None:
    """The city named right after the district noun a name shares, which holds that district ("в
    Ленинском и Кировском районах Екатеринбурга", "Кировского района Махачкалы"); none for a region
    after it ("в Шебекинском районе Белгородской области" is Shebekino's district)."""
    k = j + 1
    if k >= len(toks) or base_gaps[j] != " ":
        return None
    if toks[k].word not in rules.district_nouns:
        if not _coordinated_region(toks, base_gaps, j, rules) or toks[j + 3].word not in rules.district_nouns:
            return None
        k = j + 3
    c = k + 1
    if c >= len(toks) or base_gaps[k] != " " or not toks[c].cap:
        return None
    if c + 1 < len(toks) and base_gaps[c] == " " and toks[c + 1].word in rules.region_nouns:
        return None
    two = c + 1 < len(toks) and base_gaps[c] == " " and toks[c + 1].cap
    got = _resolve([toks[c].word, toks[c + 1].word], rules) if two else []  # "Нижнего Новгорода"
    if not got:
        if two:
            return None  # a person after the district ("главы Каякентского района Камиля Абакарова")
        if rules.russian and _may_be_adjective(entry.text[toks[c].start : toks[c].end].lower()):
            return None
        got = _resolve([toks[c].word], rules)
    gz = gazetteer.load()
    for idx, _ in got[:1]:
        rec = gz.record(idx)
        if not rec.is_country and idx not in gz.divisions and rec.population >= DISTRICT_OWNER_MIN:
            return idx
    return None


def _district_noun_after(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> bool:
    """Whether a district's noun follows a name, its own or shared with the next name ("the Podil
    district", "Kyiv's Obolon and Darnytskyi districts")."""
    if j + 1 >= len(toks) or base_gaps[j] != " ":
        return False
    if toks[j + 1].word in rules.district_nouns:
        return True
    if _coordinated_region(toks, base_gaps, j, rules) and toks[j + 3].word in rules.district_nouns:
        return True
    # the next name of two words ("the Žabovřesky and Královo Pole districts")
    k = _shared_noun_at(toks, base_gaps, j, rules, words=2)
    return k is not None and toks[k].word in rules.district_nouns


#: How many lower-case adjectives may stand between a town's adjective and its institution's noun.
INSTITUTION_GAP = 2


def _institution_adjective(toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules, text: str) -> bool:
    """Whether a capitalised word is a town's adjective naming one of its institutions
    ("Всеволожскую КМБ", "Всеволожской клинической межрайонной больнице", "Туапсинского НПЗ"); a
    town's own name is none ("в Одессе поврежден порт")."""
    if not rules.institution_nouns:
        return False
    if rules.russian and not _may_be_adjective(text[toks[i].start : toks[i].end].lower()):
        return False
    k = i + 1
    while k < len(toks) and k <= i + 1 + INSTITUTION_GAP and base_gaps[k - 1] == " ":
        if toks[k].word in rules.institution_nouns:
            return True
        if toks[k].cap or (toks[k].word in rules.region_nouns and toks[k].word not in rules.district_nouns):
            return False  # a region's adjective, whatever follows ("В Бухарской области закрыты школы")
        if rules.russian and not _may_be_adjective(text[toks[k].start : toks[k].end].lower()):
            return False  # no adjective of the institution's between ("области закрыты школы")
        if toks[k].word.startswith(rules.wide_adjectives or ("\0",)):
            return False  # a body over several regions ("Волжской межрегиональной прокуратуре")
        k += 1
    return False


#: How far from the story's city the town a district is named after may lie.
DISTRICT_KM = 150.0
#: A small town of the story's country gives its name to a rural district around it, in the story's
#: region: it may lie this far (a city's own districts are named after big or far-away towns).
DISTRICT_TOWN_KM = 300.0
DISTRICT_TOWN_MAX = 100_000


def _near_story(idx: int, ctx: DocContext) -> bool:
    """Whether a town lies in the story's area: near its city, or in its country when it has none."""
    gz = gazetteer.load()
    rec = gz.record(idx)
    home = _doc_city(ctx)
    if home is not None:
        if rec.country == ctx.country and rec.population < DISTRICT_TOWN_MAX:
            return _km(gz.record(home), rec) < DISTRICT_TOWN_KM
        return _km(gz.record(home), rec) < DISTRICT_KM
    return ctx.country is None or rec.country in ctx.countries


#: How close to a bigger city's centre a record lies when it is one of that city's districts.
SECTION_KM = 8.0
#: How many times bigger than one of its districts' records a city is.
SECTION_RATIO = 3


def _section_city(idx: int, ctx: DocContext) -> int | None:
    """The city a district bearing a city district's name lies in: the story's city when that
    district's own city is far from the story ("the city's Shevchenkivskyi district" in a Dnipro
    story is not Kyiv's), else the district's own city; None for a record that is no district."""
    gz = gazetteer.load()
    parent = gz.section_of(idx, SECTION_KM)
    if parent is None or gz.record(parent).population < SECTION_RATIO * gz.record(idx).population:
        return None
    home = _doc_city(ctx)
    if home is not None and not _near_story(parent, ctx):
        return home
    return parent


def _home_section(idx: int, ctx: DocContext) -> int | None:
    """The story's city when a name's record is one of its districts the document calls a district
    somewhere, named alone ("in Sykhiv" in a Lviv story naming "the Sykhiv district" is in Lviv; a
    town by the city, "Bor" by Nizhny Novgorod, is no district); None otherwise."""
    home = _doc_city(ctx)
    if home is None or idx == home:
        return None
    gz = gazetteer.load()
    rec = gz.record(idx)
    if rec.geonameid not in ctx.memo.get(_DISTRICTS, ()) or gz.section_of(idx, SECTION_KM) != home:
        return None
    if gz.record(home).population < SECTION_RATIO * rec.population:
        return None
    return home


def _district_names(views: list[EntryText], rules: _Rules) -> frozenset[int]:
    """GeoNames ids of the names a document calls a city's district or quarter: before a district's
    noun or a quarter's head ("the Sykhiv district", "the Tafo neighbourhood") or after the head
    ("cartierul Mănăștur", "микрорайон Сихов")."""
    heads = rules.district_nouns | frozenset(rules.quarter_heads)
    if not heads:
        return frozenset()
    gz = gazetteer.load()
    out: set[int] = set()
    for view in views:
        _, toks, base_gaps = _layer(view)
        for k, tok in enumerate(toks):
            if tok.word not in heads:
                continue
            for q in (k - 1, k + 1):
                if 0 <= q < len(toks) and toks[q].cap and base_gaps[min(k, q)] == " ":
                    word = toks[q].word
                    keys = (word, *normal_forms(word)) if rules.russian else (word,)
                    out.update(gz.record(i).geonameid for key in keys for i in gz.lookup(key))
    return frozenset(out)


#: ``DocContext.memo`` key: the GeoNames ids of the names the document calls a city's district.
_DISTRICTS = "places.districts"


def _county_seat(idx: int, key: str, ctx: DocContext) -> bool:
    """Whether a county's name may stand for a town of that name: the story's own city ("Sacramento
    County" in a Sacramento story); else no county GeoNames lists as one ("Ventura County" in a Thousand
    Oaks story is no town), and a big town of the story's country in its area ("Kisumu County" in a
    Kenyan story; counties elsewhere often bear the names of far-away towns)."""
    gz = gazetteer.load()
    rec = gz.record(idx)
    if rec.is_country or idx in gz.divisions:
        return False
    home = _doc_city(ctx)
    if home is not None and _km(gz.record(home), rec) < OWN_COUNTY_KM:
        return True
    if any(key in names for names in gazetteer.counties().values()):
        return False
    if rec.population < COUNTY_MIN_POPULATION:
        return False
    if ctx.country is not None and rec.country != ctx.country:
        # a county abroad named after its seat, in a state the story names ("Romania's Tulcea county")
        return ctx.countries.get(rec.country, 0) >= COUNTY_ABROAD_NAMED
    return home is None or _km(gz.record(home), rec) < COUNTY_KM


#: How near the story's city a town lies to be that city, whose county is named after it.
OWN_COUNTY_KM = 10.0
#: How far from the story's city a town may lie to stand for the county named like it.
COUNTY_KM = 400.0
#: A county named like a smaller town is rarely meant as that town ("Lenoir County").
COUNTY_MIN_POPULATION = 50_000
#: How often (a country counting twice) the story names a state abroad for a county of it to stand
#: for its seat: the state itself, or two of its towns.
COUNTY_ABROAD_NAMED = 2


def _small_namesake(idx: int, key: str, ctx: DocContext) -> int | None:
    """A small town near the story's city bearing the name read as a far-away town ("Newport" in a
    Wilmington story is no Newport of another state); capitals and big cities keep their name."""
    home = _doc_city(ctx)
    if home is None:
        return None
    gz = gazetteer.load()
    rec = gz.record(idx)
    near = gz.record(home)
    if (
        gz.is_small(home)
        and near.country != rec.country
        and key != _name_key(rec.name)
        and _name_key(near.name) in _written_forms(key)
    ):
        return home  # the story's own town, which a big town abroad bears as another name ("Susa")
    if rec.is_country or idx in gz.divisions or idx in gz.capitals or rec.population >= NAMESAKE_MAX:
        return None
    if rec.country == near.country and _km(near, rec) < NEAR_KM:
        return None
    keys = dict.fromkeys((key, _name_key(rec.name)))  # an inflected word asks under the town's own name
    got = next(
        (
            k
            for one in keys
            for k in gz.small_lookup(one, (near.country,))
            if _km(near, gz.record(k)) < NAMESAKE_KM
        ),
        None,
    )
    if got is None and ctx.lang in langdata.available():
        # the word's case read back to the village's own name ("в Знаменке" near Kotovsk is no
        # Znamianka in Ukraine)
        near_ones = [k for k, _ in _small(key.split(), _rules(ctx.lang), (near.country,))]
        got = next((k for k in near_ones if _km(near, gz.record(k)) < NAMESAKE_KM), None)
    return got


#: Letters an ending may add to the first word of the story city's name said alone.
SHORT_HOME_ENDING = 3


def _short_home(idx: int, key: str, ctx: DocContext) -> int | None:
    """The story's city when a word says the first part of its longer name ("Петропавловска" in a
    story of Petropavlovsk-Kamchatsky, not Petropavl; "Rostov" for Rostov-on-Don)."""
    home = _doc_city(ctx)
    if home is None or home == idx:
        return None
    gz = gazetteer.load()
    words = _name_key(gz.record(home).name).split(" ")
    if len(words) < 2 or len(words[0]) < 5:
        return None
    spelled = fold_key(translit.latin(key)) if _CYRILLIC.search(key) else key
    first = words[0]
    return home if spelled.startswith(first) and len(spelled) - len(first) <= SHORT_HOME_ENDING else None


#: A place this big after a village's noun is no village: the name is another village's.
VILLAGE_NAME_MAX = 50_000
#: A town this big is meant under its name even when a small namesake lies near the story.
NAMESAKE_MAX = 200_000
#: How near the story's city a small namesake lies to be meant.
NAMESAKE_KM = 60.0


def _small_hit(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    i: int,
    rules: _Rules,
    prev: int | None,
    masked: set[int],
    longer_only: bool = False,
) -> tuple[int, list[tuple[int, bool]]] | None:
    """A village or small town at token i, when a cue places it and the word is no common one
    (``longer_only``: a name of several words opening with a common one)."""
    tok = toks[i]
    if (tok.word in entry.doc.common_words and not longer_only) or (
        len(tok.word) < 3 and (i + 1 >= len(toks) or base_gaps[i] != "-")
    ):
        return None  # a short word opens only a hyphenated name ("Уч-Коргон")
    cue: str | None = None
    if i > 0 and (toks[i - 1].word in _cue_words(entry.lang) or base_gaps[i - 1] in (", ", ",")):
        cue = _small_cue(entry, toks, base_gaps, i, rules, prev)
    known = _known_villages(entry.doc)
    if cue is None and known:
        cue = "known"  # perhaps a village the document placed before, named again
    if cue is None:
        return None
    if cue != "noun" and tok.word in _outlet_words():
        return None  # an outlet's one-word name, no village ("urmăriți pe Libertatea")
    if (
        rules.region_adjectives
        and i + 1 < len(toks)
        and toks[i + 1].word in rules.region_nouns
        and _region_adjective(toks, base_gaps, i, rules, entry.text) is None
    ):
        return None  # a region named after no city, no village ("в Забайкальском крае")
    countries = _small_countries(entry.doc, cue)
    if not countries:
        return None
    gz = gazetteer.load()
    longest = max(gz.small_firsts(tok.word, countries), 1)
    for ending, repls in rules.compound_adjectives:
        # an adjective opening a name of several words, in an oblique case ("в Нижнем Цасучее")
        if tok.word.endswith(ending) and len(tok.word) - len(ending) >= 3:
            stem = tok.word[: -len(ending)]
            longest = max(longest, *(gz.small_firsts(stem + r, countries) for r in repls))
            break
    last = i
    n = len(toks)
    while last + 1 < n and last - i + 1 < longest and base_gaps[last] in _JOIN and last + 1 not in masked:
        last += 1
    for j in range(last, i if longer_only else i - 1, -1):
        if j > i and not toks[j].cap and len(toks[j].word) > 3:
            continue
        found = _small([toks[k].word for k in range(i, j + 1)], rules, countries)
        if found and cue == "known":
            found = [f for f in found if _name_key(gz.record(f[0]).name) in known]
            if found and j + 1 < n and toks[j + 1].cap and base_gaps[j] in _JOIN:
                return None  # the start of a longer name
        if found and cue == "preposition":
            # a village a mere preposition places lies near the story's town ("до Двинской" in a
            # Volgograd story is a street, no village by the White Sea)
            found = [
                f
                for f in found
                if not _far_from_home(rec := gz.record(f[0]), entry.doc)
                or (
                    rec.country == rules.outlet_country
                    and rec.country != entry.doc.country
                    and not (j + 1 < n and toks[j + 1].cap and base_gaps[j] == " ")  # "din Haret Hreik"
                )
            ]
        if found and cue == "noun" and toks[i - 1].word in rules.own_town_heads:
            # a station bears its town's name ("stația Călimănești"), but one in the story's own city
            # is named for a quarter of it ("stația Berceni" in a Bucharest story)
            if any(_near_home(gz.record(f[0]), entry.doc) for f in found):
                return None
        if found and j + 1 < n and base_gaps[j] == " " and toks[j + 1].word in rules.street_words:
            return None  # a street named for a village runs elsewhere ("a hotel on Harlaxton Road")
        if found:
            if (
                cue == "list"
                and base_gaps[i - 1] in (", ", ",")
                and not _list_goes_on(toks, base_gaps, j, rules)
            ):
                return None  # "After Brumadinho, Congress banned", "Salvamont Sibiu, Cristian Mureșan"
            return j, found
    return None


def _list_goes_on(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> bool:
    """Whether a list of names goes on after a name ending at token j: a comma, a conjunction or
    the end of the sentence."""
    if j + 1 >= len(toks):
        return True
    gap = base_gaps[j]
    if gap.strip(" ") in (",", ".", ";", ")") or "\n" in gap:
        return True
    return gap == " " and toks[j + 1].word in rules.conjunctions


def _shared_noun_at(
    toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules, words: int = 1
) -> int | None:
    """Where the noun stands that a name shares with the next name of ``words`` capitalised words,
    after a conjunction ("Курской и Белгородской областях", "the Žabovřesky and Královo Pole
    districts"); None when no such name follows."""
    k = i + 2 + words
    if k >= len(toks) or toks[i + 1].word not in rules.conjunctions:
        return None
    if any(base_gaps[m] != " " for m in range(i, k)) or not all(toks[m].cap for m in range(i + 2, k)):
        return None
    return k


def _coordinated_region(toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules) -> bool:
    """Whether an adjective shares the region noun of the next one ("Оренбургской и Челябинской
    областей", "Курской и Белгородской областях")."""
    k = _shared_noun_at(toks, base_gaps, i, rules)
    return k is not None and toks[k].word in rules.region_nouns


#: How far in its sentence an adjective standing alone looks for the region noun it shares.
ELLIPSIS_TOKENS = 16


def _elliptic_region(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> bool:
    """Whether an adjective with no noun of its own shares a region noun said elsewhere in its
    sentence ("18 над Ярославской областью, 11 над Брянской, девять над Тверской")."""
    if j + 1 < len(toks) and base_gaps[j].strip() == "" and toks[j + 1].word not in rules.conjunctions:
        return False  # a word follows: the adjective's own noun ("Тверской улице")
    for step in (-1, 1):
        k = j
        for _ in range(ELLIPSIS_TOKENS):
            at = k - 1 if step < 0 else k  # the gap crossed on the way to the next token
            k += step
            if k < 0 or k >= len(toks) or at >= len(base_gaps) or any(c in base_gaps[at] for c in ".!?\n;:"):
                break
            if toks[k].word in rules.region_nouns:
                return True
    return False


def _region_adjective(
    toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules, text: str, j: int | None = None
) -> list[tuple[int, bool]] | None:
    """The city a region's adjective names, next to a region noun ("Белгородской области" → Belgorod;
    a hyphenated one from token i to j: "Джалал-Абадской области" → Jalal-Abad); None when the
    adjective names a city only by an old name ("Ленинградской", "Свердловской")."""
    if not rules.region_adjectives:
        return []
    j = i if j is None else j
    near = (
        (j + 1 < len(toks) and base_gaps[j] == " " and toks[j + 1].word in rules.region_nouns)
        or (i > 0 and base_gaps[i - 1] == " " and toks[i - 1].word in rules.region_nouns)
        or _institution_adjective(toks, base_gaps, j, rules, text)
        or _coordinated_region(toks, base_gaps, j, rules)
        or _elliptic_region(toks, base_gaps, j, rules)
    )
    if not near:
        return []
    word = " ".join(t.word for t in toks[i : j + 1])
    gz = gazetteer.load()
    for stem, geonameid in rules.adjective_cities:
        if word.startswith(stem) and not geonameid:
            return None  # a region named after no city ("Забайкальского края" is no Zabaykalsk)
        if word.startswith(stem) and (idx := gz.by_geonameid(geonameid)) is not None:
            return [
                (idx, True)
            ]  # an adjective its city's name does not spell ("Нижегородской" → Nizhny Novgorod)
    old_name = False
    exact: list[tuple[int, bool]] = []
    guessed: list[tuple[int, bool]] = []
    for repls, stem in _adjective_stems(word, rules):
        for rep in repls:
            # a city known by the adjective's name only as an old one: its Latin name opens
            # otherwise ("Ленинград" is Saint Petersburg, "Свердловск" Yekaterinburg)
            spelled = _sound_key(fold_key(translit.latin(stem + rep)))[:2]
            hits = []
            named = stem + rep in rules.aliases  # the data's own name for a city is no old one
            for k, f in _resolve([stem + rep], rules):
                if gz.record(k).is_country:
                    continue
                if (
                    _sound_key(_name_key(gz.record(k).name))[:2] != spelled
                    and not named
                    and not _own_spelling(gz.record(k).name, stem + rep, REGION_SPELLING_RATIO)
                ):
                    old_name = True  # not another spelling of the name ("Николаев" for Mykolaiv)
                    continue
                hits.append((k, f))
            # a city's own name wins over an ending guessed on it ("Кемерово", not "Кемер"); every
            # ending's own names are kept, the story ranks them ("Шахтинской": Shakhtinsk, Shakhty)
            exact.extend((k, True) for k, f in hits if not f and all(k != e for e, _ in exact))
            if exact and j > i:
                return exact  # a hyphenated name: its first own name ("Петропавловске-Камчатском")
            guessed = guessed or [(k, True) for k, _ in hits]
    if exact:
        return exact
    if guessed:
        return guessed
    return None if old_name else []


def _district_seat(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules
) -> list[tuple[int, bool]]:
    """The village or small town a rural district's adjective is named after, when its name is no
    plain stem of the adjective ("Тарумовском районе" → Тарумовка, "Шелковского района" →
    Шелковская, "Юрьянского района" → Юрья): a place of the story's country in its area, the
    nearest to the story's city."""
    if i + 1 >= len(toks) or base_gaps[i] != " " or toks[i + 1].word not in rules.district_nouns:
        return []
    ctx = entry.doc
    if not ctx.country:
        return []
    gz = gazetteer.load()
    word = toks[i].word
    home = _doc_city(ctx)
    seen: list[int] = []
    for ending, forms in rules.district_seats:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        for form in forms:
            name = stem + form
            for k, _ in [*_resolve([name], rules), *_small([name], rules, (ctx.country,))]:
                rec = gz.record(k)
                if k not in seen and not rec.is_country and rec.country == ctx.country:
                    seen.append(k)
    near = [k for k in seen if home is None or _km(gz.record(home), gz.record(k)) < DISTRICT_TOWN_KM]
    if home is not None:
        near.sort(key=lambda k: _km(gz.record(home), gz.record(k)))
    return [(k, True) for k in near[:1]]


def _sound_key(latin: str) -> str:
    """A Latin spelling with the letters that spell one sound otherwise in other romanisations made
    one ("Джизак" as dzhizak is Jizzax, "Карши" as karshi is Qarshi, "Хива" as khiva is Xiva)."""
    for a, b in SOUND_SPELLINGS:
        latin = latin.replace(a, b)
    return latin


#: Spellings of one sound in the romanisations GeoNames mixes (Russian, Uzbek, Kazakh, Tajik Latin).
SOUND_SPELLINGS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "x"), ("q", "k"))


#: How alike a region's town and the city GeoNames names are to be two spellings of one name
#: ("Николаев", Mykolaiv), not a city's old name ("Свердловск" is Yekaterinburg, and Dovzhansk).
REGION_SPELLING_RATIO = 0.6


def _adjective_stems(word: str, rules: _Rules) -> Iterator[tuple[tuple[str, ...], str]]:
    """(forms of the town to try, stem) for a region's adjective: the stem as each ending leaves it,
    then without a letter the adjective adds ("Токтогульский" → "Токтогул")."""
    tried = [
        (repls, word[: -len(ending)])
        for ending, repls in rules.region_adjectives
        if word.endswith(ending) and len(word) - len(ending) >= 3
    ]
    yield from tried
    for repls, stem in tried:
        for drop in rules.adjective_stem_drops:
            if stem.endswith(drop) and len(stem) - len(drop) >= 3:
                yield repls, stem[: -len(drop)]


#: A model code right before a name: the name is the model's ("C-130 Hercules", "F-16 Fighting Falcon",
#: "Су-25 Грач"), no place.
_MODEL_CODE = re.compile(r"(?<![\w-])[^\W\d_]{1,3}-\d{2,4}[^\W_]{0,3} $")


def _skip(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    i: int,
    j: int,
    idx: int,
    inflected: bool,
    key: str,
    rules: _Rules,
    masked: set[int],
) -> bool:
    """Whether a resolved run is no place after all (a common word, part of a longer name)."""
    text = entry.text
    rec = gazetteer.load().record(idx)
    n = len(toks)
    prev_cap = (
        i > 0
        and toks[i - 1].cap
        and base_gaps[i - 1] == " "
        and not _sentence_initial(text, toks[i - 1].start)
    )
    ctx = entry.doc
    if (
        not prev_cap
        and i > 0
        and toks[i - 1].cap
        and base_gaps[i - 1] == " "
        and not rec.is_country
        and toks[i - 1].word not in ctx.common_words
        and toks[i - 1].word not in rules.not_places
        and toks[i - 1].word not in _cue_words(entry.lang)
        and toks[i - 1].word not in rules.place_nouns  # "Primarul Oradiei", "Locuitorii Clujului"
        and not (rules.russian and _common_noun(text[toks[i - 1].start : toks[i - 1].end].lower()))
    ):
        prev_cap = True  # a name opening the sentence ("Ricardo Albuquerque, chief executive"; not "Мэрия")
    if key in rules.placed_words and rec.country != ctx.country:
        return True  # "in Victoria" names a town of the story's own country only
    if not rec.is_country and _MODEL_CODE.search(text, max(0, toks[i].start - 14), toks[i].start):
        return True  # an aircraft's or a weapon's name after its model code ("C-130 Hercules")
    if (
        rules.russian
        and i == j
        and toks[i].word in _outlet_words()
        and not re.search(r"[а-яё]", text[toks[i].start : toks[i].end], re.IGNORECASE)
    ):
        return True  # an outlet's one-word name in Latin letters in a Russian text ("видео публикует Baza")
    next_cap = j + 1 < n and toks[j + 1].cap and base_gaps[j] == " "
    glued = j + 1 < n and base_gaps[j] == "-" and toks[j + 1].cap
    if (next_cap or glued) and toks[j + 1].word in rules.age_after:
        return True  # the first word of another town's name ("Chilia Veche" is no Chilia)
    if (
        j + 2 < n
        and base_gaps[j] == " "
        and base_gaps[j + 1] == " "
        and toks[j + 2].cap
        and (toks[j + 1].word, toks[j + 2].word) in rules.part_after
    ):
        return True  # the first word of a village's longer name ("Popeștii de Sus" is no Popești)
    if (
        i >= 2
        and base_gaps[i - 1] == " "
        and base_gaps[i - 2] == " "
        and toks[i - 2].cap
        and (toks[i - 1].word, toks[i].word) in rules.part_after
    ):
        return True  # the last word of a village's longer name ("Vințu de Jos" is no Jos in Nigeria)
    if (
        i > 0
        and toks[i - 1].cap
        and base_gaps[i - 1] in (" ", "-")
        and toks[i - 1].word in rules.age_before
        and not rec.is_country
    ):
        return True  # the last word of another town's name ("Nova Odesa", "Новой Каховке" unknown)
    if next_cap and j + 2 < n and base_gaps[j + 1] == " " and toks[j + 2].word in rules.region_nouns:
        next_cap = False  # the town's region after it ("в Киселёвске Кемеровской области")
    regional = (
        j + 1 < n
        and base_gaps[j] == " "
        and (
            toks[j + 1].word in rules.region_nouns
            or (i == j and _institution_adjective(toks, base_gaps, i, rules, text))
            or _coordinated_region(toks, base_gaps, j, rules)
        )
    )
    if next_cap and rules.name_adjunct and rec.country == ctx.country and _is_code(text, toks[j + 1]):
        next_cap = False  # a local office by its town's name ("Etawah SSP", "Bristol NHS")
    if regional:
        prev_cap = next_cap = False  # a region named by its town ("Kisumu County", "Кемеровской области")
        if not rec.is_country and ctx.country and rec.country != ctx.country and _far_abroad(rec, ctx):
            return True  # a far town's name on a region of the story's own ("La Union province")
        if (
            rec.is_country
            and i == j
            and rec.country != ctx.country
            and toks[j + 1].word in rules.region_nouns
        ):
            return True  # a state's name on a province of another ("Gaza province" in Mozambique)
    if next_cap and inflected and j + 2 < n and base_gaps[j + 1] == " " and toks[j + 2].cap:
        next_cap = False  # a person's name after an office's place ("глава Белгорода Валентин Демидов")
    if (
        rules.russian
        and i >= 2
        and base_gaps[i - 1] == "-"
        and toks[i - 1].cap
        and base_gaps[i - 2] == " "
        and toks[i - 2].cap
        and _person_name(text[toks[i - 2].start : toks[i - 2].end].lower())
    ):
        return True  # the second half of a double surname ("Мария Львова-Белова" is not Belovo)
    if (
        next_cap
        and i == j
        and rules.russian
        and _first_name(text[toks[i].start : toks[i].end].lower())
        and _surname(text[toks[j + 1].start : toks[j + 1].end].lower())
    ):
        return True  # a first name before a surname ("Наталья Кудрявцева" is not Natal, at any size)
    if (
        next_cap
        and (inflected or not prev_cap)
        and rules.russian
        and _person_name(text[toks[j + 1].start : toks[j + 1].end].lower())
    ):
        next_cap = False  # a person's first name after their town ("жительница Шахтинска Гульнара")
    if (
        next_cap
        and j + 2 < n
        and base_gaps[j + 1] == " "
        and toks[j + 2].cap
        and toks[j + 1].word in _given_names(entry.lang)
        and " ".join(_before(toks, base_gaps, i, 1)) in rules.place_before
    ):
        next_cap = False  # a person named in full after their town ("consilierul local din Aiud Dorel Pârvu")
    if (
        prev_cap
        and (
            rec.country == ctx.country
            or (toks[i - 1].word in rules.institution_tails and rec.country in ctx.countries)
        )
        and (_is_code(text, toks[i - 1]) or toks[i - 1].word in rules.institution_tails)
    ):
        prev_cap = False  # a local service by its town ("ISU Suceava", "Judecătoria Sibiu"): see ``_role``
    if (
        j > i
        and not rec.is_country
        and rec.country != ctx.country
        and rec.population < ALTERNATE_ABROAD
        and not inflected
        and not _own_spelling(rec.name, key)
        and idx not in rules.aliases.get(key, [])
    ):
        return True  # a small town abroad under another name of several words ("Black River" for Lorain)
    if (
        j > i
        and next_cap
        and not rec.is_country
        and rec.country != ctx.country
        and not inflected
        and not _own_spelling(rec.name, key)
        and idx not in rules.aliases.get(key, [])
    ):
        return True  # a town abroad under another name, opening a longer one ("the New Town Hall")
    if (
        not rec.is_country
        and ctx.country
        and rec.country != ctx.country
        and j + 1 < n
        and base_gaps[j] == " "
        and toks[j + 1].word in rules.road_words
        and idx not in gazetteer.load().capitals
        and _far_abroad(rec, ctx)
    ):
        return True  # a far town's name on a part of the story's town ("the Bella Vista neighbourhood")
    if j == i and not rec.is_country and idx not in rules.aliases.get(key, []):
        initial = _sentence_initial(text, toks[i].start)
        if (
            initial
            and not regional
            and rec.geonameid != ctx.city  # the story's own city opens sentences ("Mackay and ... airports")
            and not (_local(idx, ctx) and key not in ctx.common_words)  # and its neighbours do
            and (
                rec.population < 100_000
                or inflected
                or key in ctx.common_words
                or (rules.russian and _common_noun(text[toks[i].start : toks[i].end].lower()))
            )
        ):
            return True  # "Dacă", "Man", "Газ": a common word opening a sentence (not "Балаковский суд")
        if (
            initial
            and rules.far_home_placed
            and not regional
            and rec.country != ctx.country
            and rec.population < 1_000_000
            and idx not in gazetteer.load().capitals
            and j + 1 < n
            and base_gaps[j] == " "
            and not toks[j + 1].cap
            and _far_abroad(rec, ctx)
        ):
            return True  # a far town's name opening a sentence before a lower-case word ("Mobile internet")
        if _state_adjective_before(toks, base_gaps, i, rec.country, entry.lang):
            return False  # its state's adjective places it ("the Ukrainian port of Izmail", "portul ucrainean Reni")
        lonely = bool(ctx.country) and rec.country != ctx.country and _lonely(rec.country, ctx)
        foreign = ctx.countries and (ctx.countries.get(rec.country, 0) <= 1 or lonely)
        if (
            foreign
            and rec.population < FAR_ABROAD_MAX
            and idx not in gazetteer.load().capitals
            and _far_abroad(rec, ctx)
        ):
            return True  # a far town of a state named nowhere else: a region's namesake ("Cornwall", "Delta")
        if inflected and not regional and rec.population < 100_000 and ctx.countries.get(rec.country, 0) <= 1:
            return True  # a guessed ending spelling a small town abroad ("на Дону" → Donna)
        if (
            foreign
            and not regional  # a region's adjective is no other name of its town ("Запорожской области")
            and rec.country not in rules.own_script_countries  # "Горловка" is Horlivka's own Russian name
            and _name_key(rec.name) != key
            and (rec.population < 1_000_000 or initial)
            and not (rules.russian and _own_spelling(rec.name, key, CYRILLIC_SPELLING_RATIO))
            and not (idx in gazetteer.load().capitals and not initial)  # "в Риге", "в Дохе"
            and not (
                # a big town's exonym declined after a preposition ("в Гааге", "по Газе"): the
                # language's own word for it (an undeclined one may be a local place: "at Turi")
                inflected
                and rules.russian
                and rec.population >= EXONYM_MIN
                and " ".join(_before(toks, base_gaps, i, 1)) in rules.place_before
            )
        ):
            return True  # a minor alternate name of a town abroad ("Baza" for Basel)
        if (
            rec.country != ctx.country
            and rec.population < ALTERNATE_ABROAD
            and not inflected
            and not _own_spelling(rec.name, key)
        ):
            return True  # a small town abroad under another's name ("Marathon" in a Greek story)
        if (
            foreign
            and rec.population < 100_000
            and " ".join(_before(toks, base_gaps, i, 1)) not in rules.place_before
            and " ".join(_before(toks, base_gaps, i, 1)) not in rules.own_town_heads
            and " ".join(_before(toks, base_gaps, i, 1)) not in rules.region_nouns  # "raionul Cahul"
        ):
            return True  # a small town abroad no preposition places ("C-130 Hercules")
        if (
            rules.far_home_placed
            and not inflected
            and rec.country == ctx.country
            and rec.population < 100_000
            and _far_from_home(rec, ctx)
            and " ".join(_before(toks, base_gaps, i, 1)) not in rules.place_before | rules.conjunctions
        ):
            return True  # a far small town of the story's country no preposition places ("the Wildwood fire")
        if (
            next_cap
            and rules.name_adjunct
            and not prev_cap
            and rec.country == ctx.country
            and toks[j + 1].word in ctx.common_words
            and not _sentence_initial(text, toks[i].start)
            and _own_spelling(rec.name, key)  # not under another name it holds ("Wilbur Road")
            and (ctx.city is None or _local(idx, ctx))  # not a far town's ("Norfolk Southern" by Pittsburgh)
            and toks[j + 1].word not in rules.street_words  # a road named for it runs elsewhere
        ):
            next_cap = (
                False  # a home town's event or body, named by common words ("Bristol Harbour Festival")
            )
        if (
            next_cap
            and rules.name_adjunct
            and not (i > 0 and toks[i - 1].cap and base_gaps[i - 1] == " ")
            and _local(idx, ctx)
            and not _title_case_line(text, toks[i].start)
            and toks[j + 1].word not in rules.street_words  # "Harlaxton Road" runs in the next town
        ):
            next_cap = False  # a body of a town near the story's city ("Moorpark Unified", "Camarillo High")
        if ((prev_cap or next_cap) and rec.population < 1_000_000) or (prev_cap and next_cap):
            return True  # one word inside a longer name ("Sadyr Japarov", "Nur Otan", "Aden Duale")
        if (
            next_cap
            and not rules.name_adjunct
            and toks[j + 1].word not in ctx.common_words
            and not _starts_place(toks, j + 1, rules)
            and not _sentence_initial(text, toks[i].start)
        ):
            return True  # a big city's name as a first name, where places are not named first ("Milan Đurić")
        if (
            rules.russian
            and rec.population < 100_000
            and _person_name(text[toks[i].start : toks[i].end].lower())
            and not (
                " ".join(_before(toks, base_gaps, i, 1)) in SURNAME_TOWN_BEFORE
                and not _first_name(text[toks[i].start : toks[i].end].lower())
            )
            and " ".join(_before(toks, base_gaps, i, 1)) not in TOWN_NAME_NOUNS
        ):
            return True  # a person's first name ("назвалась Анной" is not the town Anna)
        if (
            rules.russian
            and inflected
            and rec.population < 100_000
            and not regional
            and j + 1 < n
            and base_gaps[j] == " "
            and not toks[j + 1].cap
            and _adjective_of(
                text[toks[i].start : toks[i].end].lower(), text[toks[j + 1].start : toks[j + 1].end].lower()
            )
        ):
            return True  # an adjective before its noun ("у Южного автовокзала" is no town Yuzhny)
        if (prev_cap or next_cap) and not inflected and not _own_spelling(rec.name, key):
            return True  # a big city's other name inside a person's ("Sam Whitlock" is not Damascus)
        if (
            j + 2 < n
            and base_gaps[j + 1] == "-"
            and base_gaps[j] in (" ", "-")
            and not toks[j + 1].cap
            and len(toks[j + 1].word) <= 3
            and toks[j + 2].cap
        ):
            return True  # the head of a longer name ("Bab al-Hawa")
        if (
            j + 2 < n
            and base_gaps[j] == "-"
            and toks[j + 1].cap
            and base_gaps[j + 1] == " "
            and toks[j + 2].cap
            and toks[j + 1].word not in rules.not_places
            and toks[j + 2].word not in ctx.common_words
            and not _resolve([toks[j + 1].word], rules)
            and not _resolve([toks[j + 2].word], rules)
        ):
            return (
                True  # a hyphenated first name before a surname ("Касым-Жомарт Токаев", "Jean-Marc Ayrault")
            )
    if (
        rules.russian
        and rec.is_country
        and inflected
        and i == j
        and _sentence_initial(text, toks[i].start)
        and _common_noun(text[toks[i].start : toks[i].end].lower())
    ):
        return True  # a dictionary word opening a sentence, by a guessed ending ("Самой": no Samoa)
    if (
        rules.name_adjunct
        and rec.is_country
        and not inflected
        and next_cap
        and not _starts_place(toks, j + 1, rules)
        and not _title_case_line(text, toks[i].start)
    ):
        return True  # a country opening a longer name ("Israel Defense Forces")
    return False


#: How near the story's city a town lies to be one of its neighbours, whose bodies the story names.
LOCAL_KM = 60.0


def _local(idx: int, ctx: DocContext) -> bool:
    """Whether a town lies near the story's city (a neighbour whose schools and services it names)."""
    home = _doc_city(ctx)
    if home is None:
        return False
    gz = gazetteer.load()
    return _km(gz.record(home), gz.record(idx)) < LOCAL_KM


#: How far from the story's city a small town of its country lies to need a preposition to be a place.
FAR_HOME_KM = 1000.0


def _far_from_home(rec: gazetteer.GeoRecord, ctx: DocContext) -> bool:
    """Whether a town lies far from the story's city (False when the story has none)."""
    home = _doc_city(ctx)
    return home is not None and _km(gazetteer.load().record(home), rec) > FAR_HOME_KM


def _near_home(rec: gazetteer.GeoRecord, ctx: DocContext) -> bool:
    """Whether a village lies by the story's city, where a quarter may bear its name."""
    home = _doc_city(ctx)
    return home is not None and _km(gazetteer.load().record(home), rec) < QUARTER_KM


#: How near the story's city a village lies for a station of that name to be the city's quarter's.
QUARTER_KM = 25.0


#: How far from the story's city (or capital) a town abroad lies to be no region's namesake.
FAR_ABROAD_KM = 2500.0
#: A town that far, of a state the document names nowhere else, is meant only when it is this big:
#: smaller ones share their names with regions and common words ("Cornwall" in Ontario, "Kent").
FAR_ABROAD_MAX = 150_000


def _far_abroad(rec: gazetteer.GeoRecord, ctx: DocContext) -> bool:
    """Whether a town lies far from the story's city, or from its country's capital."""
    home = _doc_city(ctx)
    if home is None:
        home = _capital_index(ctx.country)
    if home is None:
        return False
    return _km(gazetteer.load().record(home), rec) > FAR_ABROAD_KM


#: Words a line needs, and the share of them capitalised, to be a headline in title case.
TITLE_CASE_WORDS = 5
TITLE_CASE_SHARE = 0.7
_LINE_WORD = re.compile(r"[^\W\d_]+")


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in title case, where capitals open no name
    ("Philippines Earthquake: Death Toll Passes 60")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = _LINE_WORD.findall(text, start, end if end != -1 else len(text))
    long = [w for w in words if len(w) > 3]
    if len(long) < TITLE_CASE_WORDS:
        return False
    return sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


#: How many lower-case words (a settlement noun and its link) may stand between a state's adjective
#: and a town it places ("the Ukrainian port of Izmail", "в украинском порту Рени").
STATE_ADJECTIVE_GAP = 2


def _state_adjective_before(toks: list[_Tok], base_gaps: list[str], i: int, iso: str, code: str) -> bool:
    """Whether the adjective of the town's own state stands right before it, or before the lower-case
    settlement noun that leads to it: the state is named there ("portul ucrainean Reni")."""
    for k in range(i - 1, max(i - 2 - STATE_ADJECTIVE_GAP, -1), -1):
        if base_gaps[k] != " ":
            return False
        word = toks[k].word
        if word.startswith(_state_stems(code, iso)):
            return k < i - 1 or not toks[k].cap or code != "en"  # "Ukrainian Izmail" is no phrase
        if toks[k].cap:
            return False
    return False


#: Prepositions that put a surname-like word in a place ("в Семёнове", "из Пугачёва"): none
#: of them governs a person ("о Семёнове", "к Семёнову" do).
SURNAME_TOWN_BEFORE = frozenset({"в", "во", "из", "под"})
#: Nouns a town's name follows as the name of its station or of the town itself, whatever
#: person's name it could also spell ("станции Семёнов", "города Семёнов").
TOWN_NAME_NOUNS = frozenset(
    {"станция", "станции", "станцию", "станцией", "город", "города", "городе", "городу", "городом"}
)


#: A town abroad smaller than this is read under its own name only (or a spelling of it).
ALTERNATE_ABROAD = 100_000
#: A town abroad this big is read under any other name of it declined after a preposition
#: ("в Гааге"): its exonym is no minor alternate name.
EXONYM_MIN = 200_000

#: A town abroad smaller than this, the only one of its state a story names (and not the state
#: itself), is a namesake of a place of the story's own: a county, a district, a range
#: ("Alba" in a Romanian story is the county, not the Italian town).
LONELY_MAX = 50_000
#: How alike a name and a town's own name are to be spellings of one name ("Herson", "Kherson").
OWN_SPELLING_RATIO = 0.5


#: How alike a Cyrillic name and a foreign town's own name are when the one spells the other
#: letter by letter ("Нэмуро" for Nemuro, "Сендай" for Sendai).
CYRILLIC_SPELLING_RATIO = 0.8


def _own_spelling(name: str, key: str, ratio: float = 0.5) -> bool:
    """Whether a key spells a town's own name, in its script or another ("Исфара" for Isfara,
    "Herson" for Kherson), not another name it also holds ("Marathon" for Saint-Maximin)."""
    own = _name_key(name)
    if own == key:
        return True
    cyrillic = bool(_CYRILLIC.search(key))
    if not cyrillic and ratio > OWN_SPELLING_RATIO:
        return False  # a Latin word asked to spell a name closely: only its own name
    spelled = fold_key(translit.latin(key)) if cyrillic else key
    return SequenceMatcher(None, spelled, own).ratio() >= ratio


def _is_code(text: str, tok: _Tok) -> bool:
    word = text[tok.start : tok.end]
    return len(word) <= 5 and word.isupper()


def _starts_place(toks: list[_Tok], k: int, rules: _Rules) -> bool:
    if k >= len(toks):
        return False
    return bool(_resolve([toks[k].word], rules))


def _before(toks: list[_Tok], base_gaps: list[str], i: int, size: int) -> list[str]:
    """Up to ``size`` words right before token i, within one clause."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and len(out) < size and base_gaps[k] in _JOIN:
        out.insert(0, toks[k].word)
        k -= 1
    return out


def _after(toks: list[_Tok], base_gaps: list[str], j: int, size: int) -> list[str]:
    """Up to ``size`` words right after token j, within one clause."""
    out: list[str] = []
    k = j + 1
    while k < len(toks) and len(out) < size and (base_gaps[k - 1] in _JOIN or base_gaps[k - 1] in _QUOTED):
        out.append(toks[k].word)
        k += 1
    return out


#: A channel's number right after a name: one or two digits, no clock time, decimal or date after.
_CHANNEL_NUMBER = re.compile(
    r"[ \t]?[-\u2011]?[ \t]?\d{1,2}(?![\d.,:/]?\d)(?P<rest>[ \t]*[^\W\d_]+|[^\w\n]?)"
)


def _channel_number(text: str, end: int, rules: _Rules) -> bool:
    """Whether a number after a name at ``end`` makes it a broadcaster's name ("Gabon 24,", "«Россия
    24»", "Moldova 1 transmite"): nothing or a capitalised word (no month) follows the number, never
    a word in lower case ("în Gabon 24 de persoane", "в Дагестане 12 человек")."""
    m = _CHANNEL_NUMBER.match(text, end)
    if m is None or m.end() == end:
        return False
    rest = m.group("rest").strip()
    if not rest:
        return True
    if rest.isalpha():
        return rest[0].isupper() and fold_key(rest) not in rules.not_places
    return rest in ",;)»\"”'’.:!?…"


def _lonely_namesake(
    entry: EntryText, toks: list[_Tok], base_gaps: list[str], i: int, j: int, idx: int, rules: _Rules
) -> bool:
    """Whether a one-word name is a small town of a state the document names nowhere else, in a
    story of another state: a namesake of the story's own county or district; a body after it
    keeps it as its name ("ISU Alba")."""
    rec = gazetteer.load().record(idx)
    return (
        i == j
        and not rec.is_country
        and rec.population < LONELY_MAX
        and bool(entry.doc.country)
        and rec.country != entry.doc.country
        and _lonely(rec.country, entry.doc)
        and idx not in gazetteer.load().capitals
        and not _state_adjective_before(toks, base_gaps, i, rec.country, entry.lang)
        # a division only that state has places it there ("raionul Ungheni" in a Romanian story)
        and not (i > 0 and rec.country in rules.national_nouns.get(toks[i - 1].word, ()))
    )


class _RunText(NamedTuple):
    """What the text alone says of a run's role (``_run_text``)."""

    verdict: str | None  # "name" or "actor" when the text decides, unless the story does first
    lead: int  # the first token of the name with the state words opening it
    inflected: bool  # inflected, or a genitive by its state word
    before: list[str]  # the words before ``lead``
    grams_before: list[str]  # their last 5, 4, 3, 2 and 1 words joined


def _run_text(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    i: int,
    j: int,
    idx: int,
    inflected: bool,
    rules: _Rules,
) -> _RunText:
    """The part of ``_role`` that reads no document fact, once per run of the entry.

    Every test of the text up to the partner words returns a name, as do the few that read the
    story (``_role``), so the text's verdict keeps their order: "name" wins over the story's
    tests, "actor" (a partner) and the quoted names come after them.
    """
    slot = entry.slot if entry.slot is not None else _slot(entry)
    memo = slot.get(("run text", entry.lang))
    if memo is None:
        memo = slot[("run text", entry.lang)] = {}
    key = (i, j, idx, inflected)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _read_run(entry, toks, base_gaps, i, j, idx, inflected, rules)
    return got  # type: ignore[no-any-return]


def _read_run(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    i: int,
    j: int,
    idx: int,
    inflected: bool,
    rules: _Rules,
) -> _RunText:
    rec = gazetteer.load().record(idx)
    text = entry.text
    # a state word before the name is part of it, and its case is the name's ("pe teritoriul
    # Republicii Moldova și al României": a genitive, no subject)
    lead = i
    while lead > 0 and toks[lead - 1].word in rules.state_words and base_gaps[lead - 1] == " ":
        lead -= 1
    genitive = inflected
    if lead < i and rules.oblique_endings and toks[lead].word.endswith(rules.oblique_endings):
        genitive = True
    before = _before(toks, base_gaps, lead, 6)
    if before and before[-1] in rules.list_articles:
        before = before[:-1]  # "a request from the United States"
    before = before[-5:]
    grams_before = [" ".join(before[-k:]) for k in (5, 4, 3, 2, 1) if len(before) >= k]

    def named() -> bool:
        if not inflected and _channel_number(text, toks[j].end, rules):
            return True  # a broadcaster named by its country and number ("Gabon 24", "Россия-24")
        if rules.byline_openers and _byline(text, toks[i].start, rules):
            return True  # a reporter's post in a byline ("By Ann Lee, Lafia, and Bola Ade, Abuja")
        if i > 0 and base_gaps[i - 1] == " " and toks[i - 1].cap and toks[i - 1].word in rules.outlet_heads:
            return True  # an outlet's edition for a state ("Sputnik Узбекистан", "Sputnik Moldova")
        if (
            not rec.is_country
            and j + 1 < len(toks)
            and base_gaps[j] == " "
            and toks[j + 1].cap
            and toks[j + 1].word in rules.outlet_tails
        ):
            return True  # a newspaper named for its town ("the Houston Chronicle", "Dallas Morning News")
        if i > 0 and base_gaps[i - 1] == " " and (states := rules.national_nouns.get(toks[i - 1].word)):
            if rec.country not in states:
                return True  # a county named like a town abroad ("județul Alba" is no Alba in Italy)
        if j + 1 < len(toks) and base_gaps[j] == "-" and toks[j + 1].word in rules.hyphen_tails:
            return True  # where a train goes ("the Delhi-bound express", "a Moscow-bound flight")
        if rules.own_letters and not rec.is_country:
            surface = entry.folded[toks[i].start : toks[j].end]
            name = rec.name.lower()
            if any(c in surface and c not in name for c in rules.own_letters) and (
                fold_key(name) == fold_key(surface)
                or (inflected and fold_key(surface).startswith(fold_key(name)))
            ):
                return True  # "Român", "Poliția Română" are not the town Roman
        if any(g in rules.comparison_before or g in rules.not_place_before for g in grams_before):
            return True  # a yardstick or a river, not where it happens ("as large as Hiroshima")
        if rec.is_country and any(g in rules.not_state_before for g in grams_before):
            return True  # the legal note after a banned group ("(организация запрещена в России)")
        if rules.not_place_after and j + 1 < len(toks) and base_gaps[j] == " ":
            after = _after(toks, base_gaps, j, 2)
            if any(" ".join(after[:k]) in rules.not_place_after for k in (1, 2) if len(after) >= k):
                return True  # a clock named after the town ("10:50 p.m. Kyiv time")
        if not rec.is_country and any(g in rules.outlet_nouns for g in grams_before):
            return True  # an outlet named like a city ("the state news agency Sana")
        return False

    verdict: str | None = None
    if named():
        verdict = "name"
    elif rec.is_country and any(g in rules.together_before for g in grams_before):
        verdict = "actor"  # a partner acting with another ("alongside Egypt", "împreună cu Franța")
    elif _quoted_name(entry.folded, toks[i].start, toks[j].end) and (
        not rec.is_country or _quoted_title(entry.text, entry.folded, toks[j].end)
    ):
        # a brand, a mall, a ship in quotes («Степная», «Северное сияние»); a party or movement
        # a country's name opens («Moldova Suverană», "Georgia First"), not a slogan («Россия победит»)
        verdict = "quoted"
    elif _quoted_tail(entry.text, entry.folded, toks[i].start, toks[j].end):
        verdict = "quoted"  # the last word of a quoted name (the party «Единая Армения»)
    return _RunText(verdict, lead, genitive, before, grams_before)


def _role(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    i: int,
    j: int,
    idx: int,
    inflected: bool,
    rules: _Rules,
) -> tuple[str, int]:
    """Whether a mention is a place the entry is about, a state acting, or part of a name.

    Returns the role (place | actor | name) and the record: a capital that acts
    ("Moscova a anunțat") stands for its country.
    """
    read = _run_text(entry, toks, base_gaps, i, j, idx, inflected, rules)
    if read.verdict == "name":
        return "name", idx
    gz = gazetteer.load()
    rec = gz.record(idx)
    text = entry.text
    if _lonely_namesake(entry, toks, base_gaps, i, j, idx, rules):
        return "name", idx  # "în Alba, Sibiu și Argeș": the county, no Alba in Italy
    # a place after an acronym is part of its name ("УК РФ", "NBC New York"), but a local
    # service's town is where it acts ("ISU Suceava" in a Romanian story)
    if (
        not inflected
        and (rec.is_country or rec.country != entry.doc.country)
        and i > 0
        and base_gaps[i - 1] == " "
        and _is_code(text, toks[i - 1])
        and toks[i - 1].word not in rules.aliases
        and not _sentence_initial(text, toks[i - 1].start)
    ):
        return "name", idx
    lead, inflected, before, grams_before = read.lead, read.inflected, read.before, read.grams_before
    if (
        len(before) >= 2
        and before[-1] in rules.origin_links
        and before[-2] in rules.origin_nouns
        and _far_origin(idx, entry.doc)
    ):
        return "name", idx  # where people come from ("o femeie din Constanța", "protestatarii din ...")
    if read.verdict == "actor":
        return "actor", idx
    if read.verdict == "quoted":
        return "name", idx
    if (
        rec.is_country
        and lead == i  # not with its state word ("sudul Republicii Moldova")
        and before
        and before[-1] in rules.historical_before
        and entry.doc.country in rules.historical.get(" ".join(t.word for t in toks[i : j + 1]), ())
    ):
        return "name", idx  # a region of the story's country named like a state ("nordul Moldovei")
    capital = None if rec.is_country else gz.capital_of(idx)
    if not rec.is_country and capital is None:
        placed = bool(grams_before) and grams_before[-1] in rules.place_before
        if not placed and len(before) >= 2 and not toks[lead - 1].cap:
            # a place word before the town's lower-case epithet ("officials in occupied Zaporizhzhia said")
            placed = before[-2] in rules.place_before
        if any(g in rules.outlet_before for g in grams_before) or (
            not placed
            and j + 1 < len(toks)
            and toks[j + 1].word in rules.outlet_after
            and base_gaps[j] in _JOIN
        ):
            return "name", idx  # an outlet named like a town ("told Al Mayadeen", "Hill TV")
        named = i > 0 and toks[i - 1].cap and base_gaps[i - 1] == " "  # "ISU Suceava precizează"
        if not placed and not inflected and not named and rules.speaker_after and j < len(base_gaps):
            after = _after(toks, base_gaps, j, 2) if base_gaps[j] == " " else []
            if any(" ".join(after[:k]) in rules.speaker_after for k in (2, 1) if len(after) >= k):
                return "name", idx  # a town does not speak: a person's name ("Albuquerque said")
        return "place", idx
    grams_after = _grams_after(toks, base_gaps, j, rules)
    possessive = j + 1 < len(toks) and base_gaps[j] == "'" and toks[j + 1].word == "s"
    if capital is not None:  # a capital is its government when it acts
        # after a place preposition the capital is where a subject sits ("the embassy in Dhaka said")
        placed = bool(grams_before) and grams_before[-1] in rules.place_before
        if not possessive and not placed and not any(g in rules.agent_after for g in grams_after):
            end = _list_end(toks, base_gaps, j, rules)
            if end > j:  # the verb after the list the capital opens ("Paris and Berlin condemned")
                grams_after = _grams_after(toks, base_gaps, end, rules)
        seated = [g for g in grams_before if g in rules.capital_before]
        if any(" ".join(g.split()[-k:]) in rules.place_before for g in seated for k in (2, 1)):
            return "seat", capital  # the government, and its capital named as the place it sits in
        if seated or (not possessive and not placed and any(g in rules.agent_after for g in grams_after)):
            return "actor", capital
        return "place", idx
    home = rec.country == entry.doc.country
    if _in_name(toks, base_gaps, i, rules, text, links=not home):
        return "name", idx
    oblique = inflected and (rules.oblique_all or toks[j].word.endswith(rules.oblique_endings))
    qualifier = bool(before) and (
        before[-1] in rules.name_links
        or (toks[lead - 1].cap and not _sentence_initial(text, toks[lead - 1].start))
    )
    if not possessive and not oblique and not qualifier and any(g in rules.agent_after for g in grams_after):
        if not any(g in rules.place_before for g in grams_before[-1:]) or not home:
            return "actor", idx
    if home:
        return "place", idx
    for g in grams_before:
        if g in rules.actor_before:
            return "actor", idx
        if g in rules.place_before:
            return "place", idx
        if g in rules.name_before:
            return "name", idx
    if possessive:
        nxt = _after(toks, base_gaps, j + 1, 1)
        if nxt and (nxt[0] in rules.possessive_place or (toks[j + 2].cap and base_gaps[j + 1] == " ")):
            return "place", idx  # its head or a person of it ("Kenya's president", "Hungary's Orbán")
        return "actor", idx
    if inflected:
        if (
            rules.genitive_name
            and before
            and (not toks[i - 1].cap or _sentence_initial(text, toks[i - 1].start))
            and not _part_of(before, rules)
        ):
            return "name", idx  # a genitive qualifying a noun ("ora României", "службы США")
        return "place", idx
    if j + 1 >= len(toks):
        return "place", idx
    nxt_tok = toks[j + 1]
    if base_gaps[j] == " " and not nxt_tok.cap and nxt_tok.word not in rules.place_after:
        return "actor", idx
    return "place", idx


def _part_of(before: list[str], rules: _Rules) -> bool:
    """Whether the words before a genitive name a part of the place: a place noun right before it
    ("nordul Ucrainei"), or behind its genitive article and an adjective ("spațiul aerian al
    României", "partea de nord a Siriei")."""
    if not before:
        return False
    if before[-1] in rules.place_nouns:
        return True
    return before[-1] in rules.name_links and any(w in rules.place_nouns for w in before[-3:-1])


#: The most characters a quoted name holds after a place's name within its quotes.
QUOTED_NAME_TAIL = 30


#: How far from the story's city a person's home town lies to be only where they come from.
ORIGIN_KM = 80.0


def _far_origin(idx: int, ctx: DocContext) -> bool:
    """Whether a place after "a person from" is only their origin: the story's own country, or a town
    away from the story's city (a village of the story's area is where things happen to them)."""
    gz = gazetteer.load()
    rec = gz.record(idx)
    if rec.is_country:
        return rec.country == ctx.country
    home = _doc_city(ctx)
    return home is not None and home != idx and _km(gz.record(home), rec) > ORIGIN_KM


def _quoted_name(folded: str, start: int, end: int) -> bool:
    """Whether a name opens a short quoted name (a brand, a mall, a ship): a quote right before
    it and the closing one within a few words after, in the same sentence."""
    if start < 1 or folded[start - 1] != '"' or (start >= 2 and folded[start - 2] not in " (\n"):
        return False
    tail = folded[end : end + QUOTED_NAME_TAIL]
    close = tail.find('"')
    return close >= 0 and not any(c in ".!?\n" for c in tail[:close]) and tail[:close].count(" ") <= 2


def _quoted_title(text: str, folded: str, end: int) -> bool:
    """Whether the words between a name and the closing quote after it are all capitalised."""
    close = folded.find('"', end, end + QUOTED_NAME_TAIL)
    words = text[end:close].split() if close >= 0 else []
    return bool(words) and all(w[:1].isupper() for w in words)


#: The most words a quoted name holds before the place's name that closes it.
QUOTED_NAME_HEAD = 3


def _quoted_tail(text: str, folded: str, start: int, end: int) -> bool:
    """Whether a name closes a short quoted name of capitalised words («Единой Армении», „Uniunea
    Salvați România”): the closing quote right after it, the opening one a few words before."""
    if folded[end : end + 1] != '"' or start < 2:
        return False
    head = folded[max(0, start - QUOTED_NAME_HEAD * 16) : start]
    opening = head.rfind('"')
    if opening < 0 or opening == len(head) - 1:
        return False
    inside = head[opening + 1 :]
    begin = start - len(inside)
    if not inside.strip() or any(c in inside for c in ".!?:;,\n"):
        return False
    if begin >= 2 and folded[begin - 2] not in " (\n":
        return False  # a closing quote, not an opening one
    words = text[begin:start].split()
    return len(words) <= QUOTED_NAME_HEAD and all(w[:1].isupper() for w in words)


def _in_name(toks: list[_Tok], base_gaps: list[str], i: int, rules: _Rules, text: str, links: bool) -> bool:
    """A country closing an institution's or outlet's name ("the Times of Israel", "Consulatul
    General al României", "Amnesty International Kenya")."""
    k = i - 1
    while k >= 0 and toks[k].word in rules.state_words and base_gaps[k] == " ":
        k -= 1  # "al Republicii Moldova"
    if k < 0 or base_gaps[k] not in (" ", "-"):
        return False
    if toks[k].cap and toks[k].word in rules.name_before and k == i - 1:
        return True  # "Amnesty International Kenya"
    if links and toks[k].word in rules.name_links and k > 0 and base_gaps[k - 1] == " ":
        head = toks[k - 1]
        return head.cap and head.word not in rules.state_words and not _sentence_initial(text, head.start)
    return False


class _Demonyms(NamedTuple):
    pattern: re.Pattern[str]
    endings: tuple[tuple[str, tuple[str, ...]], ...]
    min_population: int
    capitalised: bool
    last: tuple[str, ...] | None  # the endings, when each is letters: a match is a token ending so


@cache
def _demonyms(code: str) -> _Demonyms | None:
    """The language's endings of a city's residents' name ("белгородцы", "bucureștenii", "Kyivans")."""
    data = langdata.section(code, "places").get("demonyms", {})
    endings = tuple(
        sorted(
            (
                (fold_key(k), tuple(fold_key(x) if x else "" for x in v))
                for k, v in data.get("endings", {}).items()
            ),
            key=lambda kv: -len(kv[0]),
        )
    )
    if not endings:
        return None
    stripped = [gazetteer.strip_marks(e) for e, _ in endings]
    alts = "|".join(map(re.escape, stripped))
    return _Demonyms(
        re.compile(rf"(?<![^\W\d_])[^\W\d_]{{3,}}(?:{alts})(?![^\W\d_])"),
        tuple((gazetteer.strip_marks(e), tuple(map(gazetteer.strip_marks, r))) for e, r in endings),
        int(data.get("min_population", 200_000)),
        bool(data.get("capitalised", False)),
        tuple(stripped) if all(map(_TOKEN.fullmatch, stripped)) else None,
    )


@lru_cache(maxsize=20_000)
def _demonym_city(word: str, code: str, home: str | None) -> int | None:
    """The city a residents' name names: a big city of the story's country, or a very big one."""
    dem = _demonyms(code)
    if dem is None:
        return None
    rules = _rules(code)
    gz = gazetteer.load()
    for ending, repls in dem.endings:
        if not word.endswith(ending) or len(word) - len(ending) < 4:
            continue
        for rep in repls:
            for idx, inflected in _resolve([word[: -len(ending)] + rep], rules):
                rec = gz.record(idx)
                if inflected or rec.is_country or rec.population < dem.min_population:
                    continue
                if rec.country == home or rec.population >= 1_000_000:
                    return idx
    return None


@cache
def _country_deixis(code: str) -> re.Pattern[str] | None:
    """Phrases naming the story's whole country ("across the country", "în toată țara")."""
    phrases = langdata.section(code, "places").get("deixis", {}).get("country", [])
    if not phrases:
        return None
    alts = "|".join(re.escape(gazetteer.strip_marks(fold_key(p))).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])")


def _country_mention(entry: EntryText, found: list[Mention]) -> list[Mention]:
    """The story's country for "across the country", when the entry names no other country."""
    rx = _country_deixis(entry.lang)
    iso = entry.doc.country
    if rx is None or iso is None:
        return []
    gz = gazetteer.load()
    if any(gz.record(m.idx).is_country for m in found):
        return []
    slot = _slot(entry)
    key = ("country deixis", entry.lang)
    span = slot.get(key, _UNSEEN)
    if span is _UNSEEN:  # the phrase depends on the text alone: looked for once per entry
        m = rx.search(base_text(entry))
        span = slot[key] = m.span() if m is not None else None
    idx = gz.country_index(iso) if span is not None else None
    if span is None or idx is None:
        return []
    return [Mention(span[0], span[1], idx, "place")]


_UNSEEN: Any = object()


def _text_matches(
    entry: EntryText, name: str, rx: re.Pattern[str], opens: _Openers | None
) -> list[tuple[int, int, str]]:
    """(start, end, text) of every match of ``rx`` in the entry's base text, found once per entry.
    ``opens``: what the word every match opens on starts with (``_openers``), None when unknown."""
    slot = _slot(entry)
    key = (name, entry.lang)
    got = slot.get(key)
    if got is None:
        matches = (
            rx.finditer(base_text(entry))
            if opens is None
            else _token_matches(entry, rx, _opening(entry, opens))
        )
        got = slot[key] = [(m.start(), m.end(), m.group()) for m in matches]
    return got  # type: ignore[no-any-return]


def _demonym_mentions(entry: EntryText, taken: list[Mention]) -> list[Mention]:
    """Places named by their residents ("пятерых белгородцев" → Belgorod), outside other names."""
    dem = _demonyms(entry.lang)
    if dem is None:
        return []
    slot = _slot(entry)
    key = ("demonyms", entry.lang)
    found = slot.get(key)
    if found is None:  # the words depend on the text alone: found once per entry
        matches = (
            dem.pattern.finditer(base_text(entry))
            if dem.last is None
            else _token_matches(entry, dem.pattern, map(methodcaller("endswith", dem.last), words(entry)))
        )
        found = slot[key] = [
            (m.start(), m.end(), m.group())
            for m in matches
            if not dem.capitalised or entry.text[m.start()].isupper()
        ]
    out: list[Mention] = []
    for start, end, word in found:
        idx = _demonym_city(word, entry.lang, entry.doc.country)
        if idx is not None and not any(t.start < end and start < t.end for t in taken):
            out.append(Mention(start, end, idx, "place"))
    return out


@cache
def _groups(code: str) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]] | None:
    """Names of several places at once ("the Carolinas", "the Baltic states"): fold key → records."""
    data = langdata.section(code, "places").get("groups", {})
    gz = gazetteer.load()
    table: dict[str, tuple[int, ...]] = {}
    for name, targets in data.items():
        found = [gz.country_index(t) if isinstance(t, str) else gz.by_geonameid(int(t)) for t in targets]
        table[gazetteer.strip_marks(fold_key(name))] = tuple(i for i in found if i is not None)
    if not table:
        return None
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])"), table


def _group_mentions(entry: EntryText, taken: list[Mention]) -> list[Mention]:
    """Every place a group's name names ("across the Carolinas" → North and South Carolina)."""
    got = _groups(entry.lang)
    if got is None:
        return []
    rx, table = got
    out: list[Mention] = []
    for start, end, word in _text_matches(entry, "groups", rx, None):
        if any(t.start < end and start < t.end for t in taken):
            continue
        key = " ".join(word.split())
        out.extend(Mention(start, end, idx, "place") for idx in table.get(key, ()))
    return out


@cache
def _demonym_stems(code: str) -> tuple[tuple[str, str], ...]:
    """The actors' people adjectives (folded stem, ISO country), longest first."""
    return tuple(
        sorted(
            (
                (gazetteer.strip_marks(fold_key(k)), str(v))
                for k, v in langdata.section(code, "actors").get("demonyms", {}).items()
            ),
            key=lambda kv: -len(kv[0]),
        )
    )


@cache
def _state_stems(code: str, iso: str) -> tuple[str, ...]:
    """The stems of one state's people adjectives (``_demonym_stems`` of that state)."""
    return tuple(stem for stem, c in _demonym_stems(code) if c == iso)


@cache
def _title_pattern(
    code: str,
) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...], bool, _Openers | None] | None:
    """A country named by its people's adjective before a head's or a minister's title ("Indian
    Prime Minister", "французский президент"): the adjectives are the actors' data."""
    data = langdata.section(code, "places").get("title_demonyms", {})
    titles = [gazetteer.strip_marks(fold_key(t)) for t in data.get("titles", [])]
    stems = _demonym_stems(code)
    if not titles or not stems:
        return None
    dem_re = "|".join(re.escape(k) for k, _ in stems)
    title_re = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    rx = re.compile(rf"(?<![^\W\d_])(?:{dem_re})[^\W\d_]*\s+(?:{title_re})[^\W\d_]*(?![^\W\d_])")
    return rx, stems, bool(data.get("capitalised", False)), _openers(k for k, _ in stems)


def _title_mentions(entry: EntryText, taken: list[Mention]) -> list[Mention]:
    """Countries named by an adjective before a head's title ("Chilean President Gabriel Boric")."""
    got = _title_pattern(entry.lang)
    if got is None:
        return []
    rx, stems, capitalised, opens = got
    gz = gazetteer.load()
    out: list[Mention] = []
    for start, _, word in _text_matches(entry, "title demonyms", rx, opens):
        if capitalised and not entry.text[start].isupper():
            continue
        iso = next((v for k, v in stems if word.startswith(k)), None)
        idx = gz.country_index(iso) if iso else None
        if idx is None or iso == entry.doc.country:
            continue  # the story's own head names no place ("Brazilian President Lula" in Brazil)
        end = start + len(word.split()[0])  # the adjective itself
        if not any(t.start < end and start < t.end for t in taken):
            out.append(Mention(start, end, idx, "place"))
    return out


@cache
def _capital_pattern(code: str) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...], bool] | None:
    """A state's capital named by its people's adjective and the word for a capital ("the Ukrainian
    capital", "capitala rusă", "в российской столице"): the adjectives are the actors' data."""
    data = langdata.section(code, "places").get("capital_demonyms", {})
    words = [gazetteer.strip_marks(fold_key(w)) for w in data.get("words", [])]
    stems = _demonym_stems(code)
    if not words or not stems:
        return None
    dem = "(?P<dem>(?:" + "|".join(re.escape(k) for k, _ in stems) + r")[^\W\d_]*)"
    cap = (
        "(?P<cap>(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")[^\W\d_]*)"
    )
    body = rf"{cap}\s+{dem}" if data.get("capital_first", False) else rf"{dem}\s+{cap}"
    before = data.get("before", [])
    if before:  # "the Ukrainian capital", not "Russian capital markets"
        lead = "|".join(re.escape(gazetteer.strip_marks(fold_key(w))) for w in before)
        body = rf"(?<![^\W\d_])(?:{lead})\s+{body}"
    rx = re.compile(rf"(?<![^\W\d_]){body}(?![^\W\d_])")
    return rx, stems, bool(data.get("capitalised", False))


def _capital_mentions(entry: EntryText, taken: list[Mention]) -> list[Mention]:
    """Capitals named by their state's adjective ("explosions in the Ukrainian capital" → Kyiv)."""
    got = _capital_pattern(entry.lang)
    if got is None:
        return []
    slot = _slot(entry)
    key = ("capitals", entry.lang)
    found = slot.get(key)
    if found is None:  # the phrases depend on the text alone: found once per entry
        rx, stems, capitalised = got
        found = slot[key] = []
        for m in rx.finditer(base_text(entry)):
            start, end = min(m.start("dem"), m.start("cap")), m.end()
            at = m.start("dem")
            if entry.text[at].isupper() != capitalised and not (
                not capitalised and at == start and _sentence_initial(entry.text, at)
            ):
                continue  # a state's name, no adjective ("capitala Rusiei"), or a lower-case word in English
            iso = next((v for k, v in stems if m.group("dem").startswith(k)), None)
            idx = _capital_index(iso)
            if idx is not None:
                found.append((start, end, idx))
    return [
        Mention(start, end, idx, "place")
        for start, end, idx in found
        if not any(t.start < end and start < t.end for t in taken)
    ]


def _grams_after(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> list[str]:
    """The two words and the word after token j, and past an auxiliary its verb ("Washington has
    pledged", "Moscow had warned")."""
    after = _after(toks, base_gaps, j, 3)
    grams = [" ".join(after[:k]) for k in (2, 1) if len(after) >= k]
    if len(after) >= 2 and after[0] in rules.auxiliaries:
        grams += [" ".join(after[1:k]) for k in (3, 2) if len(after) >= k]
    return grams


#: How many capitalised words a list opening after a name may hold ("Paris, Berlin and Warsaw").
LIST_WORDS = 8


def _list_end(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules) -> int:
    """The last token of a list of capitalised names a name ending at token j opens ("Paris and
    Berlin", "Paris, Berlin and Warsaw"); j when none follows."""
    n = len(toks)
    k, end = j, j
    while k + 2 < n and k - j < LIST_WORDS:
        if base_gaps[k] in (", ", ",") and toks[k + 1].cap:
            k += 1
        elif base_gaps[k] == " " and toks[k + 1].word in rules.conjunctions and toks[k + 2].cap:
            if base_gaps[k + 1] != " ":
                break
            k += 2
        elif base_gaps[k] == " " and toks[k + 1].cap and k > j:
            k += 1  # a name of two words in the list ("Washington and New Delhi")
        else:
            break
        end = k
    return end if any(toks[m].word in rules.conjunctions for m in range(j + 1, end)) else j


def _coordinated(base_gaps: list[str], toks: list[_Tok], prev_last: int, i: int, rules: _Rules) -> bool:
    """Whether a name follows the previous one in a list ("X, Y și Z", "X and the Y")."""
    if i > prev_last + 1 and toks[i - 1].word in rules.list_articles and base_gaps[i - 2] == " ":
        i -= 1  # "Egypt and the United States"
    elif (
        i > prev_last + 2
        and toks[i - 1].word in rules.name_links
        and toks[i - 2].word in rules.conjunctions
        and base_gaps[i - 2] == " "
    ):
        i -= 1  # "teritoriul Republicii Moldova și al României"
    if i == prev_last + 1:
        return base_gaps[prev_last] in (", ", ",")
    if i == prev_last + 2:
        return toks[prev_last + 1].word in rules.conjunctions and base_gaps[prev_last] in (" ", ", ")
    return False


def _agent_after_clause(toks: list[_Tok], base_gaps: list[str], j: int, rules: _Rules, listed: bool) -> bool:
    """A name the verb after a comma has for subject: the end of a list ("the US, Britain and
    Germany, said") or a name before a relative clause ("Greece, whose ties ..., said it would")."""
    n = len(toks)
    if j + 1 >= n or base_gaps[j] not in (", ", ","):
        return False
    k = j
    if toks[j + 1].word in rules.relative_words:
        k = j + 2
        while k < n and k < j + 25 and base_gaps[k] not in (", ", ","):
            if any(ch in base_gaps[k] for ch in ".;:!?()\n"):
                return False
            k += 1
        if k >= n - 1 or k >= j + 25 or base_gaps[k] not in (", ", ","):
            return False
    elif not listed:
        return False
    after = [toks[k + 1].word] + _after(toks, base_gaps, k + 1, 1)
    return any(" ".join(after[:m]) in rules.agent_after for m in (2, 1) if len(after) >= m)


def _sub_key(head: str, words: list[str], rules: _Rules) -> str:
    if rules.russian:
        words = [(normal_forms(w) or (w,))[0] if _CYRILLIC.search(w) else w for w in words]
    return head + " " + " ".join(words)


def _date_name(toks: list[_Tok], k: int, folded: str, rules: _Rules, name: list[int]) -> int:
    """A name opening with a date at token k, after its head ("strada 31 August 1989", "улица 8
    Марта", "bulevardul 1 Mai"): the month joins ``name`` (the day is no token of its own); the
    token after it."""
    if (
        0 < k < len(toks)
        and toks[k].cap
        and toks[k].word in rules.months
        and _DAY_GAP.fullmatch(folded[toks[k - 1].end : toks[k].start])
    ):
        name.append(k)
        return k + 1
    return k


#: The gap between a street's head and the month of the date it is named after: the day.
_DAY_GAP = re.compile(r" \d{1,2} ")


def _subplaces(
    entry: EntryText,
    toks: list[_Tok],
    runs: list[tuple[int, int, int, bool]],
    rules: _Rules,
    head_tokens: list[int],
    looked: list[tuple[str, Any]],
) -> tuple[list[Mention], set[int]]:
    """Places below city level, and the token indexes they consume (``looked`` collects the
    names asked of ``DocContext.subplaces``)."""
    if not rules.heads or not head_tokens:
        return [], set()
    starts = {r[0]: r for r in runs}
    out: list[Mention] = []
    used: set[int] = set()
    gz = gazetteer.load()
    n = len(toks)
    heads = rules.heads
    heads_at = _head_names(toks, head_tokens, rules)
    for h in head_tokens:
        head = heads[toks[h].word]
        name: list[int] = []
        quoted = False
        adjective_city: int | None = None
        if rules.head_first:
            k = h + 1
            if (
                rules.head_adjectives
                and k + 1 < n
                and not toks[k].cap
                and toks[k + 1].cap
                and entry.folded[toks[h].end : toks[k].start] == " "
                and entry.folded[toks[k].end : toks[k + 1].start] == " "
            ):
                word = gazetteer.strip_marks(toks[k].word)
                for ending, residents in rules.head_adjectives:
                    if word.endswith(ending):
                        adjective_city = _demonym_city(
                            word[: -len(ending)] + residents, entry.lang, entry.doc.country
                        )
                        break
                if adjective_city is not None:
                    k += 1  # "cartierul clujean Mănăștur": the name after the city's adjective
            if k < n and toks[k].cap and entry.folded[toks[h].end : toks[k].start] in _QUOTED:
                # a quoted name, lower-case words too ("станции «Технологический институт»")
                quoted = True
                name.append(k)
                k += 1
                while k < n and len(name) < 4 and entry.folded[toks[k - 1].end : toks[k].start] in _JOIN:
                    name.append(k)
                    k += 1
                if k < n and '"' not in entry.folded[toks[k - 1].end : toks[k].start]:
                    name = []  # no closing quote: not one name
            if not quoted:
                k = _date_name(toks, k, entry.folded, rules, name)
            while (
                not quoted
                and k < n
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
                and toks[k].word not in rules.list_articles
                and toks[k].word not in rules.place_before  # "На улице", "В районе" open a sentence
                and len(name) < 3
                and entry.folded[toks[k].end : toks[k + 1].start] == " "
            ):
                name.insert(0, k)
                k -= 1
            if name and not toks[h].cap and entry.lang == "en" and toks[h].word not in rules.linked_heads:
                name = []
            if (
                rules.russian
                and len(name) > 1
                and toks[h].word in rules.district_nouns
                and _adjective_of(_raw(entry, toks[name[-1]]), _raw(entry, toks[h]))
                and not _may_be_adjective(_raw(entry, toks[name[-2]]))
            ):
                # a village before its district's adjective is a place of its own ("в посёлке
                # Мурыгино Юрьянского района"), no part of a district named by both words
                continue
        if not name or (name[0] in starts and gz.record(starts[name[0]][2]).is_country):
            continue
        if (
            rules.russian
            and name[0] > h
            and len(name) > 1
            and toks[h].word in rules.district_nouns
            and _person_name(entry.text[toks[name[0]].start : toks[name[0]].end].lower())
        ):
            # a district's head after it ("аким района Ержан Калиев"), no name of the place (a street
            # keeps a person's name: "улица Ивана Франко")
            continue
        if name[0] in starts and starts[name[0]][1] > name[-1]:
            continue  # the name runs on into a place's own ("в районе Джалал-Абадской области")
        if name[-1] == h - 1 and h - 1 in starts and toks[h].word in rules.district_nouns:
            continue  # a district named after its town is the town ("Исфаринском районе" → Isfara)
        if (
            rules.russian
            and name[0] > h
            and name[0] in starts
            and starts[name[0]][1] == name[-1]
            and starts[name[0]][3]
            and toks[h].word in rules.district_nouns
            and not gz.record(starts[name[0]][2]).is_country
        ):
            continue  # a town's area by the town in the genitive is that town ("в районе Джермука")
        span_toks = sorted(name + [h])
        first, lastt = span_toks[0], span_toks[-1]
        key = _sub_key(head, [toks[k].word for k in name], rules)
        city: int | None = None
        if toks[h].word in rules.own_town_heads and name[0] < h:  # "Chandpur General Hospital"
            opener = starts.get(name[0])
            if opener is not None and opener[1] < h:
                rec = gz.record(opener[2])
                city = opener[2] if not rec.is_country and rec.country == entry.doc.country else None
        elif toks[h].word in rules.own_town_heads:  # "Spitalul Județean de Urgență Sibiu"
            city = _own_town(entry, toks, gaps(entry), starts, name[0], lastt)
            named = starts.get(name[0])
            if city is None and named is not None and named[1] == name[-1] and h < name[0]:
                city = None if gz.record(named[2]).is_country else named[2]  # its own name: "в порту Нэмуро"
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
            city = adjective_city
        if city is None:  # a town closing the name is where it stands ("stația Salvamin Petroșani")
            city = next(
                (starts[k][2] for k in name[1:] if k in starts and not gz.record(starts[k][2]).is_country),
                None,
            )
        if (
            city is None
            and toks[h].word in rules.linked_heads
            and not (name[0] not in starts and head in rules.street_heads)
        ):
            continue  # "the Bristol area": the name itself is the place (an unknown one is a city's part)
        if city is None and rules.city_before:
            city = _sentence_city(entry, toks, runs, first, rules, heads_at)
        if city is None:
            known = entry.doc.subplaces.get(key)
            looked.append((key, known))
            city = gz.by_geonameid(int(known)) if isinstance(known, int) else None
        weak = city is None  # no link, no name, no sentence, no document ties it to its city
        if city is None:  # the city the entry names, if it names one (not another place's own name)
            city = next(
                (
                    r[2]
                    for r in runs
                    if not gz.record(r[2]).is_country
                    and r[2] not in gz.divisions  # a state is no street's town
                    and r[0] not in name
                    and not _named_by_head(r, heads_at)
                    and _role(entry, toks, gaps(entry), r[0], r[1], r[2], r[3], rules)[0] == "place"
                ),
                None,
            )
            home = _doc_city(entry.doc)
            if (
                city is not None
                and home is not None
                and gz.record(city).country != gz.record(home).country
                and head in rules.street_heads
            ):
                # a street or quarter lies in a town of the story's country the entry names ("un
                # cititor din Galați ... cartierul Țiglina" after Reni), else in the story's city
                # ("sectorul Ciocana ... bani de la Moscova" is no Moscow quarter)
                city = next(
                    (
                        r[2]
                        for r in runs
                        if gz.record(r[2]).country == gz.record(home).country
                        and not gz.record(r[2]).is_country
                        and r[2] not in gz.divisions
                        and r[0] not in name
                        and not _named_by_head(r, heads_at)
                        and _role(entry, toks, gaps(entry), r[0], r[1], r[2], r[3], rules)[0] == "place"
                    ),
                    home,
                )
        if city is None and name[0] < h and name[0] not in starts:  # "Chandpur General Hospital"
            own: list[tuple[int, bool]] = [
                (k, f)
                for k, f in _resolve([toks[name[0]].word], rules)
                if not f
                and not gz.record(k).is_country
                and k not in gz.divisions
                and gz.record(k).country in (entry.doc.country, None)
            ]
            if own and toks[name[0]].word not in rules.not_places:
                city = _pick(own, entry.doc, toks[name[0]].word)[0]
        if city is None and (quoted or _guessed(starts.get(name[0]), toks[name[0]].word, rules)):
            city = _doc_city(entry.doc)  # the story's city ("на Московском проспекте")
        if city is None and head in rules.street_heads and name[0] in starts:
            city = _doc_city(
                entry.doc
            )  # a town's name on a street of the story's city ("микрорайон Северный")
        if city is None:
            continue  # "в районе Пазарджыка": the name itself is the place
        used.update(range(first, lastt + 1))
        start, end = toks[first].start, toks[lastt].end
        if quoted and entry.folded[end : end + 1] == '"':
            end += 1
        out.append(Mention(start, end, city, "place", sub=entry.text[start:end], sub_key=key, weak=weak))
    return out, used


#: How many words past a sub-place's name its own town may stand ("Spitalul Clinic Județean de
#: Urgență Sibiu": "de Urgență Sibiu").
OWN_TOWN_WORDS = 4


def _own_town(
    entry: EntryText,
    toks: list[_Tok],
    base_gaps: list[str],
    starts: dict[int, tuple[int, int, int, bool]],
    first: int,
    last: int,
) -> int | None:
    """The story country's town closing an institution's name after its head ("Spitalul Municipal
    Rădăuți", "Aeroportul Internațional Sibiu"): where the institution is."""
    gz = gazetteer.load()
    k = first + 1
    while k < len(toks) and k <= last + OWN_TOWN_WORDS and base_gaps[k - 1] == " ":
        run = starts.get(k)
        if run is not None:
            rec = gz.record(run[2])
            return run[2] if not rec.is_country and rec.country == entry.doc.country else None
        if not toks[k].cap and len(toks[k].word) > 3:
            return None
        k += 1
    return None


def _sentence_city(
    entry: EntryText,
    toks: list[_Tok],
    runs: list[tuple[int, int, int, bool]],
    first: int,
    rules: _Rules,
    heads_at: tuple[set[int], set[int]],
) -> int | None:
    """The city named after a place preposition earlier in the sub-place's sentence, nearest first
    ("La Timișoara, mii de oameni s-au strâns în Piața Victoriei")."""
    gz = gazetteer.load()
    for i, j, idx, _ in reversed(runs):
        if j >= first:
            continue
        if any(c in _SENTENCE_END for c in entry.text[toks[j].end : toks[first].start]):
            return None
        if i == 0 or gz.record(idx).is_country or toks[i - 1].word not in rules.city_before:
            continue
        if _named_by_head((i, j, idx, False), heads_at):
            continue
        if i >= 2 and toks[i - 2].word in rules.city_not_before:
            continue
        return idx
    return None


def _head_names(toks: list[_Tok], head_tokens: list[int], rules: _Rules) -> tuple[set[int], set[int]]:
    """First tokens of the names heads open, and last tokens of those they close (a head takes the
    capitalised word after it, else the one before it where heads close names)."""
    after: set[int] = set()
    before: set[int] = set()
    for h in head_tokens:
        if rules.head_first and h + 1 < len(toks) and toks[h + 1].cap:
            after.add(h + 1)
        elif rules.head_last and h > 0 and toks[h - 1].cap:
            before.add(h - 1)
    return after, before


def _named_by_head(run: tuple[int, int, int, bool], heads_at: tuple[set[int], set[int]]) -> bool:
    """Whether a run is the own name of a place below city level ("Piața Victoriei")."""
    return run[0] in heads_at[0] or run[1] in heads_at[1]


def _guessed(run: tuple[int, int, int, bool] | None, word: str, rules: _Rules) -> bool:
    """Whether a name after a sub-city head is no town of its own: no gazetteer name, or an
    adjective read as a small town through its ending ("Московском проспекте" → Moskovskiy)."""
    if run is None:
        return True
    return (
        run[3]
        and word.endswith(rules.hyphen_adjectives)
        and gazetteer.load().record(run[2]).population < 100_000
    )


def mentions(entry: EntryText) -> list[Mention]:
    """Every place name in the entry, with its role (cached for the entry being read)."""
    slot = _slot(entry)
    key = ("m", entry.lang)
    cached = slot.get(key)
    if cached is not None and _same_facts(cached[0], entry.doc):
        return list(cached[1])
    rules = _rules(entry.lang)
    _, toks, base_gaps = _layer(entry)
    prep = _prep(entry, rules)
    buildings = prep.buildings
    runs = _match_runs(entry, toks, base_gaps, rules, prep)
    looked: list[tuple[str, Any]] = []
    subs, used = _subplaces(entry, toks, runs, rules, prep.heads, looked)
    found: list[Mention] = list(subs)
    gz = gazetteer.load()
    city = next((r[2] for r in runs if not gz.record(r[2]).is_country), None)
    for a, b in buildings:
        home = city if city is not None else _doc_city(entry.doc)
        if home is not None and not any(m.start <= toks[a].start < m.end for m in subs):
            start, end = toks[a].start, toks[b].end
            found.append(Mention(start, end, home, "place", sub=entry.text[start:end], sub_key=None))
    if not buildings:
        dx = _deixis(entry, toks, rules)
        if city is not None:
            # the capital written as a name after a place preposition ("aflat în Capitală") is the
            # story's capital whatever other town the entry names (not "Centura Capitalei")
            capital = _capital_index(entry.doc.country)
            dx = [
                m
                for m in dx
                if m.idx == capital
                and entry.text[m.start].isupper()
                and not _sentence_initial(entry.text, m.start)
                and not any(s.start <= m.start < s.end for s in subs)
                and _placed_at(entry, toks, base_gaps, m.start, rules)
            ]
        found.extend(dx)
    prev: tuple[int, str] | None = None  # last token and role of the previous name
    prev_namesake = False  # whether the previous name is a home county's, named like a town abroad
    group: list[int] = []  # indexes in ``found`` of the names listed with the current one
    opener = 0  # first token of the list's first name
    roles = slot.get(("roles", entry.lang))
    if roles is None:
        roles = slot[("roles", entry.lang)] = {}
    for i, j, idx, inflected in runs:
        if i in used:
            continue
        # the role reads two document facts: the story's country and city
        role_key = (i, j, idx, inflected, entry.doc.country, entry.doc.city)
        got = roles.get(role_key)
        if got is None:
            got = roles[role_key] = _role(entry, toks, base_gaps, i, j, idx, inflected, rules)
        role, target = got
        seat = None
        if role == "seat":
            role, seat = "actor", idx
        is_country = gz.record(target).is_country
        listed = prev is not None and is_country and _coordinated(base_gaps, toks, prev[0], i, rules)
        if prev is not None and is_country and i == prev[0] + 1 and base_gaps[prev[0]] == "-":
            role = prev[1]  # two states joined by a hyphen share their role ("the Poland-Sweden ferry")
        if (
            prev is not None
            and not is_country
            and prev[1] == "name"
            and not prev_namesake  # "în Alba, Sibiu și Argeș": a county's name lists no people's towns
            and role == "place"
            and _coordinated(base_gaps, toks, prev[0], i, rules)
        ):
            role = "name"  # a list goes on where people come from ("o femeie din Brașov, București și Cluj")
        if listed:
            assert prev is not None
            role = prev[1]  # "în Turcia și Siria", "Israel and Hamas said"
            group.append(len(found))
        else:
            group = [len(found)]
            opener = i
        if is_country and role == "place" and not inflected and rules.relative_words:
            placed = " ".join(_before(toks, base_gaps, opener, 1)) in rules.place_before
            if not placed and _agent_after_clause(toks, base_gaps, j, rules, listed):
                role = "actor"  # the list or the name is the subject of the verb after it
                for g in group[:-1]:
                    if found[g].role == "place":
                        found[g] = replace(found[g], role="actor")
        if (
            role == "place"
            and i == j
            and not is_country
            and rules.russian
            and not _surname_keys(entry, toks[i]).isdisjoint(entry.doc.memo.get(_SURNAMES, ()))
            and " ".join(_before(toks, base_gaps, i, 1)) not in rules.place_before
        ):
            role = "name"  # the surname of a person the document names in full ("сообщил Николаев")
        quarter = (
            _quarter_city(entry, toks, i, j, target, rules, looked)
            if role == "place" and not is_country and rules.quarter_heads
            else None
        )
        if quarter is None and role == "place" and not is_country:
            quarter = _home_section(target, entry.doc)
        if quarter is not None:
            sub = entry.text[toks[i].start : toks[j].end]
            found.append(Mention(toks[i].start, toks[j].end, quarter, role, inflected, sub=sub))
        else:
            found.append(Mention(toks[i].start, toks[j].end, target, role, inflected, seat=seat))
        prev = (j, role)
        prev_namesake = role == "name" and _lonely_namesake(entry, toks, base_gaps, i, j, idx, rules)
    found = [_dateline(entry.text, m) for m in found]
    found.extend(_demonym_mentions(entry, found))
    found.extend(_title_mentions(entry, found))
    found.extend(_capital_mentions(entry, found))
    found.extend(_group_mentions(entry, found))
    found.extend(_country_mention(entry, found))
    found.sort(key=lambda m: m.start)
    slot[key] = (_facts(entry.doc, looked), found)
    return list(found)


def _quarter_city(
    entry: EntryText,
    toks: list[_Tok],
    i: int,
    j: int,
    idx: int,
    rules: _Rules,
    looked: list[tuple[str, Any]],
) -> int | None:
    """The city whose quarter the document names after a quarter's head ("cartierul Mănăștur"),
    for that name alone, read as a village elsewhere ("au mers direct în Mănăștur")."""
    gz = gazetteer.load()
    if gz.record(idx).population >= VILLAGE_NAME_MAX:
        return None
    names = [toks[k].word for k in range(i, j + 1)]
    for head in rules.quarter_heads:
        key = _sub_key(head, names, rules)
        known = entry.doc.subplaces.get(key)
        looked.append((key, known))
        if isinstance(known, int) and known != gz.record(idx).geonameid:
            return gz.by_geonameid(known)
    return None


#: What follows a dateline's town up to its dash: a region or date, an agency ("DHAKA, April 20
#: (Reuters) - ", "Бишкек. 16 июня. ИНТЕРФАКС - ", "WILMINGTON, N.C. (AP) — ").
_DATELINE = re.compile(r"[.,][^\n]{1,40}?\s[-—–]\s")
#: A paragraph opening "Town, day month." or "TOWN, 22 Oct —": the dateline of an agency's report.
_DATELINE_DATE = re.compile(r",[ \t]*\d{1,2}[ \t]+[^\W\d_]{3,10}\.?(?:[ \t]+\d{4})?[ \t]*(?:\.|[-—–])[ \t]")
_DATELINE_MARK = re.compile(r"\d|\(|/|(?<![^\W\d_])[^\W\d_a-zа-я]{2,}(?![^\W\d_])")


def _dateline(text: str, m: Mention) -> Mention:
    """A town opening the entry as its dateline is where the report was filed, no place the entry
    is about (named again in the entry, it is listed there)."""
    if m.role != "place" or m.sub:
        return m
    before = text[: m.start].rstrip(" \t\"'«*")
    if before and not before.endswith("\n"):
        return m
    tail = _DATELINE.match(text, m.end)
    if (tail is None or not _DATELINE_MARK.search(tail.group())) and not _DATELINE_DATE.match(text, m.end):
        return m
    return replace(m, role="name")


#: The entry memo last used, by the view that asked (see ``_slot``).
_last: dict[str, Any] = {}


_Facts = tuple[
    str | None,
    int | None,
    dict[str, int],
    frozenset[str],
    tuple[tuple[str, Any], ...],
    frozenset[str],
    dict[str, int] | None,
]


def _facts(ctx: DocContext, looked: list[tuple[str, Any]]) -> _Facts:
    """The document facts an entry's mentions were found with (``looked``: sub-place names asked)."""
    placed = ctx.memo.get(_DOC_PLACED)
    return (
        ctx.country,
        ctx.city,
        dict(ctx.countries),
        ctx.common_words,
        tuple(looked),
        _known_villages(ctx),
        placed,
    )


def _known_villages(ctx: DocContext) -> frozenset[str]:
    """Names (fold keys) of the villages of the story's country some entry places with a cue."""
    got: frozenset[str] = ctx.memo.get(_VILLAGES, frozenset())
    return got


#: A capitalised word right after a name: the name is the start of a longer one ("Palazzo Chigi").
_NAME_GOES_ON = re.compile(r"[ \t]+[^\W\d_a-zа-я]", re.UNICODE)

#: ``DocContext.memo`` key: the names of the story country's villages a cue placed somewhere in
#: the document ("în satul Tătărani"): named again without a cue ("Tătărani a rămas fără curent"),
#: they are that village.
_VILLAGES = "places.villages"


def _same_facts(facts: _Facts, ctx: DocContext) -> bool:
    """Whether the document still holds the facts some mentions were found with."""
    country, city, countries, common, looked, villages, placed = facts
    return (
        country == ctx.country
        and placed is ctx.memo.get(_DOC_PLACED)
        and villages == _known_villages(ctx)
        and city == ctx.city
        and countries == ctx.countries
        and (common is ctx.common_words or common == ctx.common_words)
        and all(ctx.subplaces.get(k) == v for k, v in looked)
    )


def _buildings(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[tuple[int, int]]:
    """Token ranges of buildings named after a saint ("St George hospital", "Spitalul Sfântul
    Ioan", "больница Святого Луки"): never the town the saint's name also spells; and streets,
    squares and buildings named in one word by their ending ("Schmiedestraße", "the Holzmarkt")."""
    sites = _sites(entry, toks, rules)
    saints = _saint_buildings(entry, toks, rules)
    return sorted(saints + [s for s in sites if not any(a <= s[0] <= b for a, b in saints)])


def _sites(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[tuple[int, int]]:
    """One-word names of streets, squares and buildings, by an ending such names share in their own
    language ("Schmiedestraße", "Marktkirche", "Alexanderplatz" in an English text)."""
    if not rules.site_endings and not rules.site_openers:
        return []
    base_gaps = gaps(entry)
    out: list[tuple[int, int]] = []
    n = len(toks)
    for k in cap_indexes(entry):
        word = toks[k].word
        if word in rules.site_openers and k + 1 < n and base_gaps[k] == " ":
            # a street or square named in its own language, its word first ("Rue Gabriel-Péri",
            # "Rue de la Paix", "Via del Corso", "Avenida Paulista"): the capitalised words and
            # particles after it, up to its last capitalised word
            end = k
            while (
                end + 1 < n
                and end - k < SITE_WORDS
                and base_gaps[end] in (" ", "-", "'")
                and (toks[end + 1].cap or toks[end + 1].word in rules.site_particles)
            ):
                end += 1
            while end > k and not toks[end].cap:
                end -= 1
            if end == k:
                continue
            out.append((k, end))
            continue
        if not rules.site_endings:
            continue
        if not word.endswith(rules.site_endings) or (k > 0 and base_gaps[k - 1] == "-"):
            continue
        if any(word.endswith(e) and len(word) - len(e) >= SITE_STEM for e in rules.site_endings):
            out.append((k, k))
    return out


def _byline(text: str, start: int, rules: _Rules) -> bool:
    """Whether a position lies on a byline: a short line opening with a byline word and a
    capitalised name, no sentence ("By Ann Lee, Lafia | 25 November 2026"; not "By Monday, Kyiv
    had fallen.")."""
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", start)
    line = text[head : tail if tail >= 0 else len(text)].strip()
    if len(line) > BYLINE_MAX or line.endswith((".", "!", "?", ":", '"', "”")):
        return False
    for opener in rules.byline_openers:
        if not line.startswith(opener + " "):
            continue
        # the name: two to four capitalised words up to a comma, " in " or a bar
        name = re.split(r",| in | and |\|", line[len(opener) + 1 :], maxsplit=1)[0].split()
        return 2 <= len(name) <= 4 and all(w[:1].isupper() for w in name)
    return False


#: The longest byline line, in characters.
BYLINE_MAX = 160


#: The most words of a street's name opened by its own language's word for a street.
SITE_WORDS = 5


#: The fewest letters before a site's ending ("Holzmarkt", not "Markt" alone).
SITE_STEM = 3


def _saint_buildings(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[tuple[int, int]]:
    """Token ranges of buildings named after a saint (see ``_buildings``)."""
    rx = _saint_pattern(entry.lang)
    if rx is None or rules.saint_words.isdisjoint([toks[k].word for k in cap_indexes(entry)]):
        return []  # no capitalised saint's name
    if rx.search(base_text(entry)) is None:
        return []
    out: list[tuple[int, int]] = []
    base_gaps = gaps(entry)
    n = len(toks)
    for k, tok in enumerate(toks):
        if tok.word not in rules.saint_words or not tok.cap:
            continue
        end = k + 1
        while end < n and toks[end].cap and base_gaps[end - 1] in (" ", ". ", "-") and end - k <= 3:
            end += 1
        if end == k + 1:
            continue
        head_after = end < n and base_gaps[end - 1] == " " and toks[end].word in rules.building_heads
        head_before = k > 0 and base_gaps[k - 1] == " " and toks[k - 1].word in rules.building_heads
        if head_after:
            out.append((k, end))
        elif head_before:
            out.append((k - 1, end - 1))
    return out


def _doc_city(ctx: DocContext) -> int | None:
    """Record index of the document's main city, if it has one."""
    if ctx.city is None:
        return None
    return gazetteer.load().by_geonameid(ctx.city)


def _capital_index(iso: str | None) -> int | None:
    """Record index of a country's capital."""
    if not iso:
        return None
    gz = gazetteer.load()
    country = gz.country_index(iso)
    return gz.capital_city(country) if country is not None else None


def _placed_at(entry: EntryText, toks: list[_Tok], base_gaps: list[str], start: int, rules: _Rules) -> bool:
    """Whether the word opening at ``start`` follows a place preposition ("în Capitală")."""
    k = next((q for q, t in enumerate(toks) if t.start == start), None)
    return k is not None and " ".join(_before(toks, base_gaps, k, 1)) in rules.place_before


@cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases (as word tuples) by their first word, each word's in their order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return out


def _deixis(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[Mention]:
    """ "In the capital", "în oraș", "в столице": the story's capital or main city, when the entry
    names no city itself and the phrase names none after it."""
    if not (rules.capital_words or rules.city_words) or entry.doc.country is None:
        return []
    slot = _slot(entry)
    key = ("deixis", entry.lang)
    phrases = slot.get(key)
    if phrases is None:  # the phrases depend on the text alone: found once per entry
        phrases = slot[key] = _deixis_phrases(entry, toks, rules)
    out: list[Mention] = []
    for start, end, kind in phrases:
        target = _capital_index(entry.doc.country) if kind != "city" else None
        if target is None:
            target = _doc_city(entry.doc)
        if target is not None:
            out.append(Mention(start, end, target, "place"))
    return out


def _deixis_phrases(entry: EntryText, toks: list[_Tok], rules: _Rules) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every phrase ``_deixis`` reads: "capital", "city" or "seat"."""
    base = base_text(entry)
    out: list[tuple[int, int, str]] = []
    base_gaps = gaps(entry)
    n = len(toks)
    kinds = ((rules.capital_words, "capital"), (rules.city_words, "city"), (rules.seat_words, "seat"))
    for phrases, kind in kinds:
        if not any(p[-1] in base for p in phrases):
            continue
        firsts = _by_first_word(phrases)
        for k in compress(range(n), map(firsts.__contains__, words(entry))):
            for p in firsts[toks[k].word]:
                m = len(p)
                if k + m > n or any(toks[k + q].word != p[q] for q in range(1, m)):
                    continue
                if any(base_gaps[k + q] != " " for q in range(m - 1)):
                    continue
                last = k + m - 1
                if (
                    last + 1 < n
                    and base_gaps[last] in (" ", "-")
                    and (
                        toks[last + 1].cap
                        or (
                            toks[last + 1].word in rules.deixis_stop
                            and not (toks[k].cap and not _sentence_initial(entry.text, toks[k].start))
                        )
                    )
                ):
                    continue  # the name follows ("capitala Kievului", "the city of Kharkiv")
                before = _before(toks, base_gaps, k, 2)
                if kind == "seat":  # a state's seat is in its capital ("outside parliament")
                    if not any(" ".join(before[-q:]) in rules.seat_before for q in (1, 2)):
                        continue
                elif " ".join(before[-1:]) not in rules.place_before and not (
                    kind == "capital"
                    and (
                        rules.capital_bare
                        or (toks[k].cap and not _sentence_initial(entry.text, toks[k].start))
                    )
                ):
                    continue  # "Jandarmeria Capitalei": the capital written as a name needs no preposition
                out.append((toks[k].start, toks[last].end, kind))
                break
    return out


def _national_divisions(entry: EntryText, rules: _Rules, named: set[int]) -> list[str]:
    """The state of each division only that state has which the entry names by a name no place
    read holds ("județul Vrancea" is in Romania though no town bears its name): a vote for the
    story's country (a county named after its town already counts through the town)."""
    _, toks, base_gaps = _layer(entry)
    out: list[str] = []
    for i in range(len(toks) - 1):
        states = rules.national_nouns.get(toks[i].word)
        if (
            states is not None
            and len(states) == 1
            and base_gaps[i] == " "
            and toks[i + 1].cap
            and toks[i + 1].start not in named
        ):
            out.append(states[0])
    return out


def scan_document(ctx: DocContext, texts: list[str]) -> None:
    """Fill the document context: story country, sub-city places."""
    code = ctx.lang if ctx.lang in langdata.available() else "en"
    gz = gazetteer.load()
    counts: Counter[str] = Counter()
    ctx.country = None
    views = [EntryText(t, code, ctx) for t in texts]
    rules = _rules(code)
    if rules.storm_titles is not None:
        ctx.memo[(_STORMS, code)] = set().union(*(_storm_names(t, rules) for t in texts))
    common: set[str] = set()
    for view in views:
        common.update(_lower_words(view))
    ctx.common_words = frozenset(common)
    if rules.russian:
        ctx.memo[_SURNAMES] = frozenset().union(*(_surnames(view) for view in views))
    ctx.memo[_DISTRICTS] = _district_names(views, rules)
    cities: Counter[int] = Counter()
    ctx.city = None
    towns: dict[str, set[int]] = {}
    named_states: set[str] = set()
    for view in views:
        found = mentions(view)
        named = {m.idx for m in found if not m.sub}
        for m in found:
            if m.sub and m.idx in named:
                continue  # a part of a town the entry names counts with the town ("the Lido beach in ...")
            rec = gz.record(m.idx)
            counts[rec.country] += 2 if rec.is_country else 1
            if rec.is_country or m.idx in gz.capitals:
                named_states.add(rec.country)
            else:
                towns.setdefault(rec.country, set()).add(m.idx)
        if rules.national_nouns:
            counts.update(_national_divisions(view, rules, {m.start for m in found}))
    ctx.memo[_NAMED_STATES] = frozenset(named_states)
    if counts:
        ctx.country = counts.most_common(1)[0][0]
        ctx.countries = dict(counts)
    ctx.memo[_LONELY] = frozenset(
        iso for iso, got in towns.items() if len(got) == 1 and iso not in named_states and iso != ctx.country
    )
    ctx.memo.pop(_DOC_STATE, None)
    ctx.memo.pop(_DOC_PLACED, None)
    if ctx.country == "US":
        # the state the story's towns are placed in: its namesakes win in entries naming no state
        states = Counter(state for view in views for state in _placed_states(view))
        if states:
            ctx.memo[_DOC_STATE] = states.most_common(1)[0][0]
            placed: dict[str, int] = {}
            for view in views:
                for name, idx in _placed_towns(view).items():
                    placed.setdefault(name, idx)
            ctx.memo[_DOC_PLACED] = placed
    # the story's city, read once its country is known: names the country's towns take only in
    # their own story ("в Лисках", a dictionary word's case) count as well
    villages: set[str] = set()
    written: dict[int, set[str]] = {}
    homes = _home_countries(ctx)
    for view in views:
        for m in mentions(view):
            rec = gz.record(m.idx)
            if (
                not rec.is_country
                and m.role == "place"
                and not m.sub
                and m.idx not in gz.divisions
                # (a town of a state the page never names is no story's city, however often it is
                # read: "Samar", an island of the Philippines, is another name of Samara in Russia)
                and (rec.country == ctx.country or rec.country in named_states)
            ):
                cities[rec.geonameid] += 1
                written.setdefault(rec.geonameid, set()).add(fold_key(view.text[m.start : m.end]))
                if gz.is_small(m.idx) and rec.country in homes and not _NAME_GOES_ON.match(view.text, m.end):
                    villages.add(_name_key(rec.name))
    ctx.city = None
    ctx.memo[_VILLAGES] = frozenset(villages)
    if cities:
        best, times = cities.most_common(1)[0]
        if times >= 2:
            home = _home_namesake(best, ctx.country, frozenset(written.get(best, ())))
            ctx.city = _village_among_namesakes(home, cities)
    heads = rules.heads
    votes: dict[str, Counter[int]] = {}
    for view in views:
        if not heads or not _prep(view, rules).heads:
            continue  # no sub-place named: no name to remember
        for m in mentions(view):
            if m.sub_key:
                # a city the entry merely names elsewhere counts for less than one tied to the name
                votes.setdefault(m.sub_key, Counter())[gz.record(m.idx).geonameid] += 1 if m.weak else 2
    for key, counted in votes.items():
        ctx.subplaces.setdefault(key, counted.most_common(1)[0][0])
    _last.clear()


#: ``DocContext.memo`` key: the states the document names by their own name or capital.
_NAMED_STATES = "places.named_states"

#: ``DocContext.memo`` key: the countries the document names only by one town of theirs, never by
#: their own name or capital: however often that town is named, it is no sign of its country
#: ("Turi", a prison by Cuenca, is no sign of Italy by being Turin's other name).
_LONELY = "places.lonely"


def _lonely(iso: str, ctx: DocContext) -> bool:
    """Whether the document names a country only by one town of its (see ``_LONELY``)."""
    got: frozenset[str] = ctx.memo.get(_LONELY, frozenset())
    return iso in got


#: ``DocContext.memo`` key: keys of the surnames the document writes after a first name ("Айсен
#: Николаев"), which alone name that person, no town ("сообщил Николаев").
_SURNAMES = "places.surnames"


def _surname_keys(entry: EntryText, tok: _Tok) -> frozenset[str]:
    """A Russian word's keys: its own and its normal forms' ("Николаева" → "николаев")."""
    surface = entry.text[tok.start : tok.end].lower()
    return frozenset({tok.word, *(gazetteer.strip_marks(k) for k in normal_forms(surface))})


def _surnames(entry: EntryText) -> set[str]:
    """Keys of the capitalised words right after a person's first name or patronymic in an entry."""
    _, toks, base_gaps = _layer(entry)
    heads = _rules(entry.lang).place_nouns  # a town's head is no first name ("Аким Алматы")
    out: set[str] = set()
    for k in cap_indexes(entry):
        if k + 1 < len(toks) and toks[k + 1].cap and base_gaps[k] == " " and toks[k].word not in heads:
            if _person_name(entry.text[toks[k].start : toks[k].end].lower()):
                out |= _surname_keys(entry, toks[k + 1])
    return out


def _written_forms(key: str) -> tuple[str, ...]:
    """A Latin name as written and as GeoNames spells Arabic names ending in a tāʾ marbūṭa
    ("Susa" → Sūsah, "Darna" → Darnah)."""
    return (key, key + "h") if key.endswith("a") and key.isascii() else (key,)


def _home_namesake(geonameid: int, iso: str | None, written: frozenset[str] = frozenset()) -> int:
    """The story country's town of the same name, when the main city was read before the story's
    country was known ("Valencia" in a Spanish story is not the Venezuelan one); a village of the
    story's country, when the city was written under another name of a town abroad ("Susa" in a
    Libyan story is Sūsah, not Sousse)."""
    gz = gazetteer.load()
    idx = gz.by_geonameid(geonameid)
    if idx is None or iso is None or gz.record(idx).country == iso:
        return geonameid
    rec = gz.record(idx)
    key = _name_key(rec.name)
    for form in (f for w in sorted(written) if w != key for f in _written_forms(w)):
        village = gz.small_lookup(form, (iso,))
        if village:
            return gz.record(village[0]).geonameid
    home = [gz.record(i) for i in gz.lookup(key) if gz.record(i).country == iso]
    if not home and not (rec.is_country or idx in gz.capitals or rec.population >= NAMESAKE_MAX):
        # a village of the story's country named like a town abroad ("Tuzla" in a story of the
        # Romanian coast is no Tuzla in Bosnia): its mentions then read as the village
        home = [gz.record(i) for i in gz.small_lookup(key, (iso,))]
    return home[0].geonameid if home else geonameid


#: Beyond this distance a town named in the story counts as far as this from a village.
ANCHOR_KM = 500.0


def _village_among_namesakes(geonameid: int, cities: Counter[int]) -> int:
    """The story's village among its country's villages of that name: the one lying nearest the
    other towns the story names ("Tătărani" near Ploiești, not the bigger one by Târgoviște)."""
    gz = gazetteer.load()
    idx = gz.by_geonameid(geonameid)
    if idx is None or not gz.is_small(idx):
        return geonameid
    rec = gz.record(idx)
    names = [gz.record(k) for k in gz.small_lookup(_name_key(rec.name), (rec.country,))]
    if len(names) < 2:
        return geonameid
    others: list[tuple[gazetteer.GeoRecord, int]] = []
    for gid, times in cities.items():
        k = gz.by_geonameid(gid)
        if k is None or gid in {r.geonameid for r in names}:
            continue
        other = gz.record(k)
        if other.country == rec.country and not other.is_country:
            others.append((other, times))
    if not others:
        return geonameid

    def spread(r: gazetteer.GeoRecord) -> float:
        return sum(times * min(_km(r, o), ANCHOR_KM) for o, times in others)

    return min(names, key=spread).geonameid


def to_place(m: Mention) -> Place:
    """The record's place for one mention."""
    rec = gazetteer.load().record(m.idx)
    if m.sub:
        return Place(m.sub, rec.geonameid, rec.country, rec.lat, rec.lon, (m.start, m.end), within=rec.name)
    return Place(rec.name, rec.geonameid, rec.country, rec.lat, rec.lon, (m.start, m.end))


@lru_cache(maxsize=8)
def _teaser_pattern(code: str) -> re.Pattern[str] | None:
    """A line linking another article ("Citește și: ...", "Read more: ...") up to its end."""
    words = langdata.section(code, "places").get("teasers", {}).get("lines", [])
    if not words:
        return None
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?im)^[ \t]*(?:{alts})[ \t]*:[^\n]*")


def _far_alias(entry: EntryText, m: Mention) -> bool:
    """A town abroad, of a state the page never names, written under another of its names and lying
    far from the story's city: that word names something else ("Samar", an island of the
    Philippines, is also one of Samara's names; "Mayon", a volcano there, one of Megion's)."""
    home = _doc_city(entry.doc)
    if home is None or m.sub or m.inflected:
        return False
    gz = gazetteer.load()
    rec = gz.record(m.idx)
    named = entry.doc.memo.get(_NAMED_STATES, frozenset())
    if rec.is_country or rec.country == entry.doc.country or rec.country in named:
        return False
    written = fold_key(entry.text[m.start : m.end]).split()
    own = _name_key(rec.name).split()
    # (its own name's first words are its name: "New York" of "New York City")
    return own[: len(written)] != written and _km(rec, gz.record(home)) > FAR_NAMESAKE_KM


def find(entry: EntryText) -> list[Place]:
    """Places the entry is about (countries that act are left to the actors)."""
    out: list[Place] = []
    seen: set[tuple[int, str | None]] = set()
    teaser = _teaser_pattern(entry.lang)
    links = [m.span() for m in teaser.finditer(entry.text)] if teaser is not None else []
    for m in mentions(entry):
        if m.seat is not None and m.role == "actor":
            m = replace(m, idx=m.seat, role="place")
        if m.role != "place" or any(a <= m.start < b for a, b in links) or _far_alias(entry, m):
            continue
        place = to_place(m)
        key = (place.geonameid or 0, m.sub)
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out
