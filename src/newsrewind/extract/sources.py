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
   text calls it a service);
4. speakers: a proper name next to a speech verb or after "according to" — an
   official ("said President William Ruto", "заявил губернатор Вячеслав
   Гладков"), an organisation named as written ("the Law Society of Kenya
   said"), or a country that itself states something. People get their known
   English name (``people.toml`` of every language), else the full name the
   document gives them elsewhere (``DocContext.names``, filled by
   ``scan_document``), transliterated when Cyrillic.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from newsrewind import lang as langdata
from newsrewind.extract import actors, gazetteer, places, prefilter
from newsrewind.extract.context import NAMED_BODIES, POLICE_FORCE, DocContext, EntryText, told_from_other_home
from newsrewind.extract.normalize import fold, fold_key
from newsrewind.extract.numbers import morph_parses, ru_parse
from newsrewind.extract.prefilter import Keyed, keyed, may_match, pattern_keys, scan, scan_keyed, word_keys
from newsrewind.extract.translit import latin
from newsrewind.model import Actor, Source

_WB = r"(?<![\w.-])"  # a name starts at a word boundary (not inside a domain or word)
_WE = r"(?![\w-]|\.\w)"  # ... and ends at one
_NOT_AFTER = ".-"  # what _WB forbids before a name besides word characters
_UP = "A-ZÀ-ÖØ-ÞĂÂÎȘȚŞŢА-ЯЁІЇЄҐ"  # capital letters that start a name


def _ends_on(text: str, start: int, end: int, last: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]``, white space after it left out, ends with one of ``last``: what a
    pattern ending in "\\s*$" searched there needs."""
    return text[start:end].rstrip().endswith(last)


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


@dataclass(frozen=True)
class _Claimant:
    source: str  # its pattern, compiled when first read alone (``pattern``): most are read joined
    name: str
    kind: str
    needs_cue: bool
    cased: bool
    generic: bool
    bare: str | None  # the name when its place cannot be settled (None: no source then)
    home: str | None  # the country meant when the text names none ("MApN" is Romania's)
    fallback: str | None  # the template when no city is named ("{country} police")
    keys: frozenset[str] | None = None  # the word keys a match starts with (see ``prefilter``)
    near: bool = False  # its country only from words right around it ("US officials"), never the story's
    own: bool = False  # its country is the story's, never one named near it (a border police's neighbour)
    same_word: bool = False  # generic: only an organisation whose name holds its noun ("the service")
    # ... that noun in English when the words are not ("conducerea spitalului": a "Hospital")
    noun: str | None = None
    private: bool = False  # private people: telling an outlet later in the sentence makes them speak
    descriptor: bool = False  # a generic media name ("state news agency") that may only describe an outlet
    # a generic service ("serviciul de ambulanță") that may only describe the body named right after it
    describes: bool = False
    place_from: re.Pattern[str] | None = None  # where else in the entry {1} may be read ("regiunea Herson")
    city_anywhere: bool = False  # its {city} may be any city the entry names ("the local police")
    city_in_sentence: bool = False  # ... or a city its own sentence names ("in Wilmington, police said")
    city_before: bool = False  # ... or the town written right before it ("the Paris prosecutor's office")
    city_from_doc: bool = False  # ... else the story's main city ("областной Минздрав" in a Belgorod story)
    city_from_doc_in: frozenset[str] = frozenset()  # ... only in stories of these countries (US police)
    # its country from the story's only for the countries en/sources.toml names: a bare "police" or
    # "army" elsewhere is most often a force with a name of its own the text has not given
    named_countries_only: bool = False
    small_only: bool = False  # written small only: "Nepal Television" is a broadcaster's own name
    city_tail: re.Pattern[str] | None = (
        None  # words after the city that are still the name ("городского округа")
    )
    unless_after: re.Pattern[str] | None = (
        None  # no claimant right after these words ("his Telegram channel")
    )
    last_resort: bool = False  # a claimant only where no other claimant reads any of its words

    @property
    def pattern(self) -> re.Pattern[str]:
        return _rx(self.source)


@dataclass(frozen=True)
class _Rules:
    outlets_cased: re.Pattern[str] | None  # spellings that must keep their case ("AP", "RT")
    outlet_names: dict[str, tuple[str, str]]  # folded spelling → (canonical, kind)
    claimants: tuple[_Claimant, ...]
    cue_after: re.Pattern[str] | None
    # "a spokesperson for Sutter Health said": an unknown name after these is an organisation
    spokes_for: re.Pattern[str] | None
    # a private person telling an outlet what they saw, anywhere later in the sentence
    # ("Una dintre ei, o femeie din Constanța, a declarat pentru News.ro", "в беседе с «Медузой»")
    interview_after: re.Pattern[str] | None
    cue_before: re.Pattern[str] | None
    unknown_before_verb: re.Pattern[str] | None
    countries: tuple[tuple[str, str, str], ...]  # (after, before, name): patterns for ``_rx``
    cities: tuple[tuple[str, str, str], ...]
    country_names: dict[str, str]
    stop_names: frozenset[str]
    # words written before a force that name no town ("Federal police", "University police")
    not_towns: frozenset[str]
    route_cues: frozenset[str]  # cues that may also lead to a place ("via"): a place after them is no outlet
    monitor_words: re.Pattern[str] | None
    regions: tuple[tuple[re.Pattern[str], str], ...]  # region after an office → its English name
    presidency: dict[str, str]  # country → the name its presidency goes by ("Kremlin")
    demonyms: dict[str, str]  # country → its adjective ("Syrian state television")
    # a person with such a title right before (or after) the name speaks for the institution
    # (one pass each: group t<i> names ``title_names[i]``)
    titles_before: re.Pattern[str] | None
    titles_after: re.Pattern[str] | None
    title_names: tuple[str, ...]
    # the word keys each pattern's matches start with (see ``_scan``); None: try everywhere
    outlets_keyed: Keyed | None = None
    claimants_keyed: Keyed | None = None
    strong_keyed: Keyed | None = None
    strong_not_after: re.Pattern[str] | None = None  # words that make a strong cue no cue ("pe care scrie")
    # words that make a cue before a name no cue: a passive ("dosarul a fost preluat de DIICOT")
    cue_not_after: re.Pattern[str] | None = None
    outlets_cased_keys: frozenset[str] | None = None
    renames: dict[str, str] = dataclasses.field(
        default_factory=dict
    )  # filled name (casefolded) → how news names it
    country_inside: re.Pattern[str] | None = None  # a country form as a whole word (group k<i>)
    country_inside_names: tuple[str, ...] = ()
    cities_any: re.Pattern[str] | None = None  # a city form anywhere (group k<i>)
    relay: re.Pattern[str] | None = None  # "citing": the claimant after it is relayed by an outlet before
    country_ref: re.Pattern[str] | None = None  # "the country's" right before a claimant
    cities_names: tuple[str, ...] = ()
    cue_outlets: frozenset[str] = frozenset()  # outlets named by a common word: a source only after a cue
    cue_inverted: re.Pattern[str] | None = None  # "said X" counts only when X ends the clause
    inverted_follow: re.Pattern[str] | None = None  # what may follow X then
    # "a survey by X for Y TV": named as written; with the word keys of the folded words a match
    # opens on (None: try it everywhere)
    media_patterns: tuple[tuple[re.Pattern[str], str, frozenset[str] | None], ...] = ()
    cased_claimants: tuple[_Claimant, ...] = ()  # the claimants matched on the text as written
    unverified: re.Pattern[str] | None = None  # "The BBC has not been able to verify": no source
    # a claimant a speech verb follows must be able to be its subject: one of these grammatical
    # cases ("пришел в полицию и заявил": the police is where he went, not who spoke); empty: any
    subject_cases: frozenset[str] = frozenset()
    # an outlet with these right before or after it presents its own blog, no claim
    # ("Urmăriți pe Libertatea", "(Reuters) -")
    publisher_before: re.Pattern[str] | None = None
    publisher_after: re.Pattern[str] | None = None
    byline: re.Pattern[str] | None = None  # a short line that credits writers ("From CNN's X")
    # a picture's credit on the outlet's line ("Foto: Acoperișuri smulse / Vremea Nouă", "Фото: AKIpress")
    credit_line: re.Pattern[str] | None = None
    # "'s office", "'s spokesman" right after a person: the person speaks through them
    possessive_office: re.Pattern[str] | None = None
    # a police force named in full ("Avon and Somerset Police", "Greater Manchester Police")
    police_forces: re.Pattern[str] | None = None
    # cues before a name that make it the addressee, not the claimant ("told the National Assembly")
    addressee_before: re.Pattern[str] | None = None
    # one unnamed source told as one ("a police source"): the name keeps the number the text gives
    singular_source: re.Pattern[str] | None = None
    # "a source in the SBU", "surse din CNAIR": an unnamed insider of the body named next, told
    # apart from the body's own word (group "many" when the text says sources)
    insider_before: re.Pattern[str] | None = None
    # "agenția", "the broadcaster": a word that may open an outlet's mention
    media_nouns: frozenset[str] = frozenset()
    # what a verb of saying declares as an act, no claim ("declared a state of emergency")
    acts: re.Pattern[str] | None = None
    # a private person told by a longer phrase before the verb ("A woman who lives next to the
    # station said", "O vânzătoare dintr-un magazin din apropiere a spus"): the phrase opens on these
    private_gap: re.Pattern[str] | None = None
    partitive: frozenset[str] = frozenset()  # "из" in "один из горняков": the part before it speaks


def _all_outlets() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for code in langdata.available():
        out.extend(langdata.section(code, "outlets").get("outlet", []))
    return out


def _places(table: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Country or city forms: matched right after a claimant ("din Kazahstan",
    "Казахстана") or right before it ("Kazakh", "Almaty"). The rows hold pattern sources,
    compiled by ``_rx`` when first tried: most never are (``_near_any`` tries them all at once)."""
    rows = []
    for form, name in table.items():
        # not after a comma: "IGSU, Ciprian Ene," names a person, not a Cypriot body
        after = rf"^[^\w,]{{0,3}}(?:(?:din|de la|al|a|ale|of|of the|in|из|в)\s+)?(?:{form}){_WE}"
        before = rf"{_WB}(?:{form})(?:'s)?\s+$"
        rows.append((after, before, name))
    return tuple(rows)


@cache
def _rx(source: str) -> re.Pattern[str]:
    """``re.compile`` kept for good (``re``'s own cache is too small for the place tables)."""
    return re.compile(source)


_PLACE_AFTER = (r"^[^\w,]{0,3}(?:(?:din|de la|al|a|ale|of|of the|in|из|в)\s+)?(?:", rf"){_WE}")
_PLACE_BEFORE = (rf"{_WB}(?:", r")(?:'s)?\s+$")
#: Per table of ``_places`` (by id, the table kept beside): its rows' after-forms as one pattern,
#: and their before-forms as another (None when a form cannot join the others).
_NEAR_ANY: dict[int, tuple[object, re.Pattern[str] | None, re.Pattern[str] | None]] = {}


def _joined(patterns: list[str], head: str, tail: str) -> re.Pattern[str] | None:
    """Patterns ``head + form + tail`` as one: ``head`` (any form) ``tail``; None when one is not."""
    if not all(p.startswith(head) and p.endswith(tail) for p in patterns):
        return None
    try:
        return re.compile(
            head + "|".join(f"(?:{p[len(head) : len(p) - len(tail)]})" for p in patterns) + tail
        )
    except re.error:
        return None


def _near_any(
    table: tuple[tuple[str, str, str], ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """One pattern matching where any row's after-form does, one where any before-form does."""
    got = _NEAR_ANY.get(id(table))
    if got is None or got[0] is not table:
        after = _joined([row[0] for row in table], *_PLACE_AFTER)
        before = _joined([row[1] for row in table], *_PLACE_BEFORE)
        if after is None or before is None:
            after = before = None
        got = _NEAR_ANY[id(table)] = (table, after, before)
    return got[1], got[2]


def _with_demonyms(table: dict[str, str], code: str) -> dict[str, str]:
    """The country forms, plus the forms the table lacks: the language's demonyms (the stems
    of ``actors.toml``: "elen-", "греческ-", "Hungarian") and its CLDR country names with their
    case endings ("Grecia", "Greciei", "Греции"), each for the country's English name."""
    known = set(table.values())
    extra: dict[str, str] = {}
    english = _english_country_names()
    stems = langdata.section(code, "actors").get("demonyms", {})
    for stem, iso in stems.items():
        country = english.get(str(iso))
        if country and str(stem).replace(" ", "").isalpha():  # also a known country's other forms ("turci")
            extra[re.escape(str(stem).lower()) + (r"\w{0,5}" if code != "en" else "")] = country
            if code == "ro" and str(stem).endswith(("ean", "ian")):
                # the -ean/-ian adjectives' feminine plural and genitive drop the a ("armatei
                # egiptene", "autoritățile siriene")
                base = str(stem).lower()[: -3 if str(stem).endswith("ean") else -2]
                extra.setdefault(re.escape(base) + r"en(?:e|ei|ilor)\b", country)
    if code == "en":
        # every country by its English name ("South Korea's foreign ministry")
        for country in set(english.values()):
            if country not in known and country.replace(" ", "").isalpha():
                extra.setdefault(re.escape(country.lower()), country)
    if code != "en":
        territories: dict[str, str] = {}
        try:
            from babel import Locale

            territories = dict(Locale.parse(code).territories)
        except Exception:  # noqa: BLE001 - no CLDR names for this language: the table alone
            pass
        for iso in set(map(str, stems.values())):
            country, local = english.get(iso), territories.get(iso)
            if not country or country in known or not local or not local.isalpha():
                continue
            local = local.lower()
            # a case ending on the stem: "Grecia" → "Greciei", "Греция" → "Греции", "Egipt" → "Egiptului"
            form = (
                re.escape(local[:-1]) + r"\w{1,3}"
                if local[-1] in "aăeiouяаьй"
                else re.escape(local) + r"\w{0,4}"
            )
            extra[form] = country
    return {**table, **extra}


@cache
def _named_countries() -> frozenset[str]:
    """The ISO codes en/sources.toml names a country by."""
    return frozenset(langdata.section("en", "sources").get("country_names", {}))


@cache
def _english_country_names() -> dict[str, str]:
    """ISO code → the English name news uses: ``country_names`` of en/sources.toml, else GeoNames."""
    names = dict(langdata.section("en", "sources").get("country_names", {}))
    gz = gazetteer.load()
    for iso in gz.country_codes():
        if iso not in names:
            record = gz.country(iso)
            if record is not None:
                names[iso] = str(record.name)
    return names


@cache
def _english_demonyms() -> dict[str, str]:
    """English country name → its adjective: ``demonyms`` of en/sources.toml, else the first
    stem en/actors.toml gives the country ("greek" → "Greek")."""
    adjectives = dict(langdata.section("en", "sources").get("demonyms", {}))
    english = _english_country_names()
    for stem, iso in langdata.section("en", "actors").get("demonyms", {}).items():
        country = english.get(str(iso))
        if country and country not in adjectives and str(stem).replace(" ", "").isalpha():
            adjectives[country] = str(stem).title()  # "south korean" → "South Korean"
    return adjectives


def _trie(words: list[str]) -> str:
    """A regex matching any of the literal words, shaped as a trie (Python's re does not
    factor a long alternation of literals; a trie tries each letter once)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(root)


def _first_gate(patterns: list[str]) -> str:
    """A lookahead on the letters the patterns can start with (a cheap gate before a long
    alternation), or nothing when a pattern starts with anything but a plain letter."""
    chars: set[str] = set()
    for pattern in patterns:
        for branch in re.split(r"\|(?![^(]*\))", pattern):
            if branch.startswith("[") and "]" in branch:
                chars.update(c for c in branch[1 : branch.index("]")] if c.isalpha())
                continue
            if not branch[:1].isalpha():
                return ""
            chars.add(branch[0])
            chars.add(branch[0].upper())
    return f"(?=[{''.join(sorted(chars))}])" if chars else ""


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "sources")
    cues = data.get("cues", {})
    names: dict[str, tuple[str, str]] = {}
    folded_keys: list[str] = []
    cased: list[str] = []
    cue_outlets: set[str] = set()
    endings = {str(k): list(v) for k, v in cues.get("outlet_endings", {}).items()}
    first_endings = {str(k): list(v) for k, v in cues.get("outlet_first_endings", {}).items()}
    for outlet in _all_outlets():
        canon, kind = outlet["name"], outlet.get("kind", "media")
        if outlet.get("cue"):
            cue_outlets.add(canon)
        # an outlet known only by cased spellings ("SHOT") is never matched case-free
        # ... nor one whose canonical name is itself a cased spelling ("ANSA", "The Times")
        cased_only = outlet.get("cased") and (not outlet.get("spellings") or canon in outlet["cased"])
        plain = [] if cased_only else [canon]
        for spelling in [*plain, *outlet.get("spellings", [])]:
            forms = (
                _declined(fold(spelling), endings) if endings and not spelling.isupper() else [fold(spelling)]
            )
            if first_endings and not spelling.isupper():
                forms = [*forms, *_first_declined(fold(spelling), first_endings)]
            for key in forms:
                names.setdefault(key, (canon, kind))
                folded_keys.append(key)
        for spelling in outlet.get("cased", []):
            names.setdefault(spelling, (canon, kind))
            cased.append(re.escape(spelling))
    claimants = []
    for row in data.get("claimant", []):
        claimants.append(
            _Claimant(
                source=rf"{_WB}(?:{row['pattern']}){_WE}",
                name=row["name"],
                bare=row.get("bare"),
                home=row.get("home"),
                fallback=row.get("fallback"),
                kind=row.get("kind", "government"),
                needs_cue=row.get("cue", True),
                cased=row.get("cased", False),
                keys=pattern_keys(row["pattern"]) if row.get("cased") else None,
                generic=row.get("generic", False),
                same_word=row.get("same_word", False),
                noun=row.get("noun"),
                private=row.get("private", False),
                near=row.get("near", False),
                own=row.get("own", False),
                descriptor=row.get("descriptor", False),
                describes=row.get("describes", False),
                place_from=re.compile(row["place_from"]) if row.get("place_from") else None,
                city_anywhere=row.get("city_anywhere", False),
                city_in_sentence=row.get("city_in_sentence", False),
                city_before=row.get("city_before", False),
                city_from_doc=row.get("city_from_doc", False) or bool(row.get("city_from_doc_in")),
                city_from_doc_in=frozenset(row.get("city_from_doc_in", [])),
                named_countries_only=row.get("named_countries_only", False),
                small_only=row.get("small_only", False),
                last_resort=row.get("last_resort", False),
                city_tail=re.compile(rf"\s+(?:{row['city_tail']}){_WE}") if row.get("city_tail") else None,
                unless_after=re.compile(rf"{_WB}(?:{row['unless_after']})\s+$")
                if row.get("unless_after")
                else None,
            )
        )
    after = [c for c in cues.get("after", []) if not c.startswith("'")]
    apposed = cues.get("apposition_opens", [])
    tight = cues.get("apposition_verb_next", [])
    possessed = [c for c in cues.get("after", []) if c.startswith("'")]
    before = cues.get("before_strong", []) + cues.get("before_weak", []) + cues.get("spokesperson", [])
    strong = cues.get("before_strong", [])
    descriptors = cues.get("media_nouns", []) + cues.get("monitor_nouns", [])
    # "told the Swedish tabloid Aftonbladet": up to three words may stand before the media noun
    desc = rf"(?P<desc>(?:(?P<fill>(?:[\w-]+\s+){{0,3}}?)(?:{_alt(descriptors)})\s+)?)" if descriptors else ""
    verbs_after = cues.get("unknown_before_verb", [])
    monitor = cues.get("monitor_nouns", [])
    outlet_spellings = sorted(set(folded_keys))
    folded_claimants = [i for i, c in enumerate(claimants) if not c.cased]
    rows = data.get("claimant", [])

    def claimant_source(chosen: list[int]) -> str:
        picked = [folded_claimants[i] for i in chosen]
        # generic names ("ministerul") last: a specific one at the same place wins
        order = sorted(picked, key=lambda i: claimants[i].generic)
        return (
            rf"{_WB}{_first_gate([rows[i]['pattern'] for i in picked])}(?:"
            + "|".join(f"(?P<c{i}>{rows[i]['pattern']})" for i in order)
            + rf"){_WE}"
        )

    outlets_keyed = (
        keyed(
            [re.escape(k) for k in outlet_spellings],
            lambda chosen: rf"{_WB}(?:{_trie([outlet_spellings[i] for i in chosen])}){_WE}",
        )
        if folded_keys
        else None
    )
    claimants_keyed = (
        keyed([rows[i]["pattern"] for i in folded_claimants], claimant_source) if folded_claimants else None
    )
    strong_keyed = (
        keyed(strong, lambda chosen: rf"{_WB}(?:{_alt([strong[i] for i in chosen])})[^\S\n]*,?[^\S\n]+{desc}")
        if strong
        else None
    )
    title_table = data.get("title_institutions", {})
    title_alt = "|".join(f"(?P<t{i}>{k})" for i, k in enumerate(title_table))
    return _Rules(
        outlets_cased=re.compile(rf"(?<![\w.-])(?:{_alt(cased)})(?![\w-])") if cased else None,
        outlet_names=names,
        claimants=tuple(claimants),
        # a quoted name may stand between ("Читатели «Фонтанки» присылают"), a quoted word in
        # a clause of its own may not ('called parliament "treasonous" and said')
        cue_after=re.compile(
            # what a body put out, right at its possessive: "the bureau's latest advice"
            (rf"(?:{_alt(possessed)}){_WE}|" if possessed else "")
            # (past the closing quote of a quoted name: "«Вот Так» пишет")
            + r"\"?(?:\s*\"[^\"\n]{1,30}\")?"
            # an apposition that opens with these words ("His brother, reached by phone, told ...")
            + (
                rf"(?:,\s*(?:{_alt(apposed)}){_WE}[^.;:!?\"\n,]{{1,100}},"
                # (these only with the verb right after: "UNIFIL, the UN force in Lebanon, says"; not
                # "ordered the navy, the coast guard and the fire service to ..., her office said")
                + (
                    rf"|,\s*(?:{_alt(tight)}){_WE}[^.;:!?\"\n,]{{1,100}},(?=\s*(?:{_alt(after)}){_WE})"
                    if tight
                    else ""
                )
                + ")?"
                if apposed or tight
                else ""
            )
            + r"[^.;:!?\"\n,]{0,30}?"
            + "".join(rf"(?<!\s{re.escape(w)}\s)" for w in data.get("speakers", {}).get("and", []))
            # a negated cue is no claim ("МЧС число пропавших не называет", "Poliția nu a confirmat")
            + "".join(_not_negated(w) for w in cues.get("negations", []))
            + rf"{_WB}(?:{_alt(after)}){_WE}"
        )
        if after
        else None,
        private_gap=re.compile(
            # (no clause of its own in between: "A man died after police said" is the police's claim)
            rf"\s+(?:{_alt(cues['private_gap'])}){_WE}"
            + rf"(?:(?!{_WB}(?:{_alt(cues.get('private_gap_stop', ['$^']))}){_WE})[^.;:!?\"\n,]){{0,80}}?"
            + "".join(rf"(?<!\s{re.escape(w)}\s)" for w in data.get("speakers", {}).get("and", []))
            + rf"{_WB}(?:{_alt(after)}){_WE}"
        )
        if cues.get("private_gap") and after
        else None,
        spokes_for=re.compile(
            rf"{_WB}(?:{_alt([*cues['spokesperson_for'], *cues.get('spokesperson', [])])})\s+"
        )
        if cues.get("spokesperson_for")
        else None,
        interview_after=re.compile(rf"[^.!?;\n\"]{{0,160}}?{_WB}(?P<cue>{_alt(cues['interview'])}){_WE}")
        if cues.get("interview")
        else None,
        cue_before=_cue_before(before, cues.get("complementizers", [])) if before else None,
        unknown_before_verb=re.compile(rf"\s+(?:{_alt(verbs_after)}){_WE}") if verbs_after else None,
        countries=_places(_with_demonyms(data.get("countries", {}), code)),
        cities=_places(data.get("cities", {})),
        country_names=_english_country_names(),
        stop_names=frozenset(fold(w) for w in [*data.get("not_names", []), *cues.get("not_names", [])]),
        not_towns=frozenset(fold(w) for w in [*cues.get("not_towns", []), *cues.get("police_units", [])]),
        route_cues=frozenset(fold(w) for w in cues.get("route_cues", [])),
        monitor_words=re.compile(rf"(?:{_alt(monitor)})\s+$") if monitor else None,
        regions=tuple((re.compile(rf"\s*(?:{k}){_WE}"), str(v)) for k, v in data.get("regions", {}).items()),
        presidency=langdata.section("en", "sources").get("presidency", {}),
        demonyms=_english_demonyms(),
        titles_before=re.compile(rf"{_WB}(?:{title_alt})(?:\s*,)?\s*$") if title_alt else None,
        titles_after=re.compile(rf"\s*,\s*(?:the\s+|a\s+)?(?:{title_alt}){_WE}") if title_alt else None,
        title_names=tuple(str(v) for v in title_table.values()),
        outlets_keyed=outlets_keyed,
        claimants_keyed=claimants_keyed,
        strong_keyed=strong_keyed,
        strong_not_after=_ends_with(cues.get("strong_not_after", [])),
        cue_not_after=_ends_with(cues.get("cue_not_after", [])),
        outlets_cased_keys=pattern_keys(_alt(cased)) if cased else None,
        cue_outlets=frozenset(cue_outlets),
        renames={
            str(k).casefold(): str(v)
            for table in (
                langdata.section("en", "institutions").get("names", {}).get("renames", {}),
                langdata.section("en", "sources").get("renames", {}),
            )
            for k, v in table.items()
        },
        country_inside=re.compile(
            "|".join(rf"{_WB}(?P<k{i}>{form}){_WE}" for i, form in enumerate(data.get("countries", {})))
        )
        if data.get("countries")
        else None,
        country_inside_names=tuple(str(v) for v in data.get("countries", {}).values()),
        cities_any=re.compile(
            "|".join(rf"{_WB}(?P<k{i}>{form}){_WE}" for i, form in enumerate(data.get("cities", {})))
        )
        if data.get("cities")
        else None,
        cities_names=tuple(str(v) for v in data.get("cities", {}).values()),
        relay=re.compile(rf"{_WB}(?:{_alt(cues['relay'])}){_WE}") if cues.get("relay") else None,
        country_ref=re.compile(rf"{_WB}(?:{_alt(cues['country_ref'])})\s+(?:\w+\s+)?$")
        if cues.get("country_ref")
        else None,
        cue_inverted=re.compile(rf"{_WB}(?:{_alt(cues['before_inverted'])})[\s,]+(?:[\w\"'-]+\s+){{0,2}}$")
        if cues.get("before_inverted")
        else None,
        media_patterns=tuple(
            (
                re.compile(row["pattern"].replace("{NAME}", _MEDIA_NAME)),
                row.get("kind", "media"),
                _opening_keys(row["pattern"]),
            )
            for row in data.get("media_pattern", [])
        ),
        cased_claimants=tuple(c for c in claimants if c.cased),
        unverified=re.compile(rf"\"?\s+(?:{_alt(cues['unverified'])}){_WE}")
        if cues.get("unverified")
        else None,
        subject_cases=frozenset(cues.get("subject_cases", [])),
        partitive=frozenset(cues.get("partitive", [])),
        byline=re.compile(rf"(?:{_alt(cues['byline'])})\s[^.!?\n]{{0,100}}$") if cues.get("byline") else None,
        credit_line=re.compile(
            rf"(?<![\w-])(?:{_alt(cues['credit_line'])})\s*(?::|\.{{2,3}}|…)[^\n]{{0,150}}$"
        )
        if cues.get("credit_line")
        else None,
        publisher_before=re.compile(rf"(?:{_alt(cues['publisher_before'])})\"?$")
        if cues.get("publisher_before")
        else None,
        publisher_after=re.compile(rf"\"?(?:{_alt(cues['publisher_after'])})")
        if cues.get("publisher_after")
        else None,
        addressee_before=_cue_before(cues["addressee"]) if cues.get("addressee") else None,
        possessive_office=re.compile(rf"['’]s\s+(?:{_alt(cues['possessive_office'])})\b")
        if cues.get("possessive_office")
        else None,
        police_forces=re.compile(
            rf"(?<![\w-])(?:{_CAP_WORD}[ \t]+(?:(?:and|&)[ \t]+)?){{1,3}}(?:{_alt(cues['police_forces'])})(?![\w-]|[ \t]+[{_UP}])"
        )
        if cues.get("police_forces")
        else None,
        inverted_follow=re.compile(
            rf"\s*(?:$|[.,;:!?)\n\"«»“”—–-]|(?:{_alt(cues.get('inverted_follow', []))}){_WE})"
        ),
        media_nouns=frozenset(fold(n) for n in cues.get("media_nouns", [])),
        acts=re.compile(rf"\s+(?:{_alt([re.escape(fold(a)) for a in data['speakers']['act_objects']])}){_WE}")
        if data.get("speakers", {}).get("act_objects")
        else None,
        singular_source=re.compile(rf"{_WB}(?:{_alt(cues['singular_source'])}){_WE}")
        if cues.get("singular_source")
        else None,
        insider_before=re.compile(rf"{_WB}(?:{cues['insider_before']})\s*$")
        if cues.get("insider_before")
        else None,
    )


def _opening_keys(pattern: str) -> frozenset[str] | None:
    """The word keys of the folded words a match of ``pattern`` opens on, when it opens on a
    case-free group of plain words ("(?i:survey|poll)..."); else None."""
    if not pattern.startswith("(?i:"):
        return None
    depth = 0
    for i, ch in enumerate(pattern):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            head = pattern[4:i]
            return None if "\\" in head else pattern_keys(head.lower())
    return None


# a media outlet's or pollster's name: capitalised words ("Formula TV", "TV Pirveli", «Дождь»)
_MEDIA_NAME = (
    r"(?:\"[^\"\n]{1,40}\"|[«„“][^«»„“”\n]{1,40}[»”]"
    r"|[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ](?:[\w&'-]|\.(?=\w))*(?:\s+(?:[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ0-9](?:[\w&'-]|\.(?=\w))*)){0,2})"
)


def _place_near(
    table: tuple[tuple[str, str, str], ...], folded: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """The place named right after or before a claimant, with the span it widens to."""
    after = folded[end : end + 40].split("\n", 1)[0]
    lo = max(0, start - 30, folded.rfind("\n", 0, start) + 1)  # not across a line: a headline is no place
    before = folded[lo:start]
    any_after, any_before = _near_any(table)
    if (
        any_after is not None
        and any_before is not None
        and not any_after.match(after)
        and not any_before.search(before)
    ):
        return None  # no row's form is there: the rows need not be tried one by one
    for pat_after, pat_before, name in table:
        hit = _rx(pat_after).search(after)
        if hit:
            return name, start, end + hit.end()
        hit = _rx(pat_before).search(before)
        if hit:
            return name, lo + hit.start(), end
    return None


# capitalised words that close a stretch of text ("the Czech ", "Bulgarian National ")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ][\w'’-]*\s+)+$")

_NAME = re.compile(
    r"[\"«„“]([^\"«»„“”,.!?\n]{1,40})[\"»“”]"  # quoted: «Хабар 24», "Nur Otan" (a slogan has commas)
    r"|((?:[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ](?:[\w&'-]|\.(?=\w))*)"  # a dot only inside a word ("Inc.", not "X. Then")
    r"(?:(?:[ -]|\s(?:de|din|pentru|of|for|the)\s)(?:[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ0-9](?:[\w&'-]|\.(?=\w))*)){0,4})"
    r"|([a-zа-я0-9-]+\.(?:[a-z]{2,6}|[A-Z]{2,6}|рф|РФ))(?!\w)"  # a domain: orda.kz, 66.RU
)


_OWNER_S = re.compile(r"\w['’]s ")  # matched 3 characters before a word: right after a possessive
_TITLE_RUNS_ON = re.compile(r" [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _common_title_runs_on(key: str, text: str, end: int) -> bool:
    """An outlet titled "the" and one word, run on by a capitalised word, is a longer name that
    holds the title: "the Hindu Kush", "the Guardian Council", "the Sun Belt"."""
    words = key.split()
    return len(words) == 2 and words[0] == "the" and _TITLE_RUNS_ON.match(text, end) is not None


def find(entry: EntryText, acting: Sequence[Actor] = ()) -> list[Source]:
    """Every source the entry names, one per canonical name, in text order. ``acting``: the
    entry's actors; an organisation among them next to an attribution cue is a source too,
    and "the ministry", "the company" with a cue is the organisation named last before it."""
    rules = _rules(entry.lang)
    text, folded = entry.text, entry.folded
    found: list[Source] = []
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []

    def add(name: str, kind: str, start: int, end: int) -> None:
        taken.append((start, end))
        name = _named_as_news_names(rules, name)  # also the actors' names ("Thai Armed Forces")
        if name not in seen:
            seen.add(name)
            found.append(Source(name, kind, (start, end)))

    def is_taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in taken)

    present = word_keys(folded)
    present_cased = word_keys(text)
    # an organisation's initials inside a longer body's name the actors know ("the UN children's
    # agency" is UNICEF): that body, named in step 5, not the initials' own
    bodies = [a.span for a in acting if a.kind in _ORGANISATIONS]

    def inside_body(start: int, end: int) -> bool:
        return any(s <= start and end <= e and e - s > end - start for s, e in bodies)

    # letters the actors read as another body ("RSF" in a Sudan story is the Rapid Support
    # Forces, not the press-freedom group the same letters spell), or that stand in brackets
    # after a body's name ("the Rapid Support Forces (RSF)")
    read_as = {a.span: a.name for a in acting if a.kind in _ORGANISATIONS}

    def other_body(start: int, end: int, canon: str) -> bool:
        def other(name: str) -> bool:  # (the actors may call the same body by another spelling)
            return name != canon and rules.outlet_names.get(fold(name), (name,))[0] != canon

        if other(read_as.get((start, end), canon)):
            return True
        return any(
            other(name) and text[e:start].strip() == "(" for (_, e), name in read_as.items() if e < start
        )

    hits: list[tuple[_Claimant, int, int]] = []
    if rules.claimants_keyed is not None:
        for m in scan_keyed(rules.claimants_keyed, folded, present, _NOT_AFTER):
            claimant = rules.claimants[int(str(m.lastgroup)[1:])]
            hits.append((claimant, m.start(), m.end()))
            if claimant.generic and _NAME_GOES_ON.match(text, m.end()):
                # "according to the Ministry of Health": the generic "the ministry" took the words
                # a longer claimant starts with (and is dropped below); look for one at its noun
                noun_at = folded.rfind(" ", m.start(), m.end()) + 1 or m.start()
                again = scan_keyed(
                    rules.claimants_keyed, " " * noun_at + folded[noun_at:], present, _NOT_AFTER
                )
                hits.extend(
                    (rules.claimants[int(str(n.lastgroup)[1:])], n.start(), n.end())
                    for n in again[:1]
                    if n.start() == noun_at and n.end() > m.end()
                )
    for claimant in rules.cased_claimants:
        hits.extend(
            (claimant, m.start(), m.end())
            for m in scan(claimant.pattern, claimant.keys, text, present_cased, _NOT_AFTER)
        )
    hits.sort(key=lambda h: (h[1], h[1] - h[2]))  # at one place, the longest name first
    hits = [
        h
        for h in hits
        if not h[0].last_resort or not any(o is not h and o[1] < h[2] and h[1] < o[2] for o in hits)
    ]
    # an organisation inside an unnamed member's words ("Un oficial NATO a declarat", "a NATO
    # official said"): the member speaks, not the organisation
    unnamed = [(s, e) for c, s, e in hits if c.kind == "other"]
    # a generic noun that only describes the body named right after it ("anunță serviciul de
    # ambulanță Magen David Adom"): the cue before the noun is the body's
    described = [(s, e) for c, s, e in hits if c.describes]

    def cued(start: int, end: int) -> bool:
        if _has_cue(rules, folded, start, end):
            return True
        lead = next((s for s, e in described if e < start and not text[e:start].strip(" ,")), None)
        return lead is not None and _has_cue(rules, folded, lead, start - 1)

    # 1. outlets
    if rules.outlets_keyed is not None:
        for m in scan_keyed(rules.outlets_keyed, folded, present, _NOT_AFTER):
            canon, kind = rules.outlet_names[m.group()]
            if _common_title_runs_on(m.group(), text, m.end()):
                continue
            if (own := _own_name_after(text, m.start(), m.end())) is not None:
                canon, end = own  # "РИА «Воронеж»": a regional agency of its own, not RIA Novosti
                if _has_cue(rules, folded, m.start(), end) or not _presents(rules, folded, m.start(), end):
                    add(canon, "media", m.start(), end)
                continue
            if kind == "media" and _presents(rules, folded, m.start(), m.end()):
                continue  # its byline or dateline: the same outlet may still relay a claim further on
            if kind == "organization" and (
                inside_body(m.start(), m.end())
                or other_body(m.start(), m.end(), canon)
                or any(s <= m.start() and m.end() <= e for s, e in unnamed)
            ):
                continue
            if (kind in ("media", "monitor") and canon not in rules.cue_outlets) or cued(m.start(), m.end()):
                add(canon, kind, m.start(), m.end())
    if rules.outlets_cased is not None:
        # few cased spellings: looking each one up beats walking the text
        for m in scan(rules.outlets_cased, rules.outlets_cased_keys, text, present_cased, _NOT_AFTER):
            canon, kind = rules.outlet_names[m.group()]
            if _common_title_runs_on(fold(m.group()), text, m.end()):
                continue
            if kind == "media" and _presents(rules, folded, m.start(), m.end()):
                continue
            if kind == "organization" and (
                inside_body(m.start(), m.end())
                or other_body(m.start(), m.end(), canon)
                or any(s <= m.start() and m.end() <= e for s, e in unnamed)
            ):
                continue
            if not is_taken(m.start(), m.end()) and (
                (kind in ("media", "monitor") and canon not in rules.cue_outlets) or cued(m.start(), m.end())
            ):
                add(canon, kind, m.start(), m.end())

    # 2. claimants (their places found before the outlets': see ``unnamed`` below)
    last_specific: dict[str, str] = {}
    descriptors: set[str] = set()
    # a claimant inside a longer organisation's name ("National Police Service", "Пограничная
    # служба ГКНБ Киргизии") is that organisation, named in step 5
    wider = [a.span for a in acting if a.kind in _ORGANISATIONS]
    # (but an owner's words the actors' reading kept as written, "Afghanistan's disaster ministry",
    # are named by the country's body the claimant right after the possessive names)
    raw_owned = [a.span for a in acting if a.kind in _ORGANISATIONS and a.name == text[slice(*a.span)]]
    placed = [a for a in actors.bodies_by_place(entry) if a.kind in _ORGANISATIONS]
    for claimant, start, end in hits:
        if is_taken(start, end):
            continue
        if claimant.last_resort and any(s < end and start < e for s, e in wider):
            continue  # "the national disaster agency, the NDRRMC, says": a body the actors know, named in step 5
        if any(s < start and end <= e for s, e in wider) and not (
            "{country}" in claimant.name
            and _OWNER_S.match(text, max(0, start - 3))
            and any(s < start and end <= e for s, e in raw_owned)
        ):
            continue
        if claimant.needs_cue and not (
            _has_cue(rules, folded, start, _tail_end(claimant, entry, end))
            or (claimant.kind == "eyewitness" and _interviewed(rules, folded, end))
            # (relatives only when nothing but their own words stands before "told": not "with her sister, told")
            or (claimant.private and _interviewed(rules, folded, end, clause=True))
            or (
                claimant.kind == "eyewitness"
                and rules.private_gap is not None
                and (pm := rules.private_gap.match(folded, end)) is not None
                and not (rules.acts is not None and rules.acts.match(folded, pm.end()))
            )
        ):
            continue
        if claimant.unless_after is not None and claimant.unless_after.search(
            folded, max(0, start - 20), start
        ):
            continue
        if claimant.kind == "eyewitness" and claimant.needs_cue and _spoken_of(rules, folded, start, end):
            continue
        if claimant.small_only and not text[start:end].islower():
            continue
        if claimant.generic and _NAME_GOES_ON.match(text, end):
            continue  # "the Office of Civil Defense said": the noun opens a longer name, read as a whole
        if text[start : start + 1].isupper() and (
            (longer := _NAME_OF_BEFORE.search(text, max(0, start - 40), start)) is not None
            and _key(longer.group(1)) in _speakers(entry.lang).org_words
        ):
            continue  # "the Office of Civil Defense": the tail of a longer name, read as a whole
        if claimant.generic:
            # "the ministry" after "the Ministry of Health" is the same claimant; alone it is no name
            if claimant.kind in last_specific:
                add(last_specific[claimant.kind], claimant.kind, start, end)
            else:
                before = [a for a in acting if a.kind in _ORGANISATIONS and a.span[1] <= start]
                # (a noun may have siblings: "hospital|medical center" for "a hospital spokesperson said")
                nouns = (claimant.noun or folded[start:end].split()[-1]).split("|")
                noun = nouns[0]
                named = [a for a in before if any(n in a.name.lower() for n in nouns)]
                prior = [x for x in found if x.span[1] <= start and x.kind not in _NOT_INSTITUTION]
                if named:
                    add(named[-1].name, claimant.kind, start, end)
                elif prior and not claimant.same_word:
                    # "сообщили в пресс-службе Росгвардии ... в сообщении ведомства": the body that
                    # spoke, not one named acting in between ("при поддержке ФСБ")
                    add(prior[-1].name, prior[-1].kind, start, end)
                elif before and not claimant.same_word:
                    add(before[-1].name, claimant.kind, start, end)
                elif claimant.same_word and (whole := entry.doc.memo.get(NAMED_BODIES, {}).get(noun)):
                    add(whole, claimant.kind, start, end)  # "the bureau said": the one the page names
            continue
        bare_at = (start, end)
        name, start, end = _fill(claimant, rules, entry, *bare_at)
        # a body named with its region or place, wider than the claimant's own reading ("по данным
        # Минздрава Дагестана", "the Kisumu county government said"): that body, not the country's
        body = next((a for a in placed if a.span[0] <= bare_at[0] and bare_at[1] <= a.span[1]), None)
        if (
            body is not None
            and (body.span[0] < start or body.span[1] > end)
            and not (claimant.descriptor or claimant.describes)
        ):
            add(body.name, claimant.kind, *body.span)
            continue
        if (
            name is not None
            and claimant.name == "{country} Armed Forces"
            and (start, end) == bare_at
            and not (rules.country_inside and rules.country_inside.search(folded, start, end))
        ):
            # "Armata israeliană a lovit ... Potrivit armatei, ...": the bare army is the one the
            # entry named acting before, not the story country's
            armies = [
                a for a in acting if a.kind in _ORGANISATIONS and a.span[1] <= start and _ARMY.search(a.name)
            ]
            if armies:
                name = armies[-1].name
        if (
            "{region}" in claimant.name
            and claimant.bare is not None
            and name == claimant.bare
            and (region := entry.doc.memo.get("sources.region"))
        ):
            name = claimant.name.replace("{region}", region)  # "в оперштабе": the document's region's
        if name is None and entry.lang == "ru" and "{city} Oblast" in claimant.name:
            # no city to name the region by, but the document's region is known
            region = _region_in(rules, entry) or entry.doc.memo.get("sources.region")
            if region:
                name = claimant.name.replace("{city} Oblast", region)
        if name is not None and not claimant.descriptor:
            # the actors' reading named the same words, maybe with the region that follows
            # ("министерстве здравоохранения Оренбургской области"): one name for both
            same = next((a for a in acting if a.kind in _ORGANISATIONS and a.span[0] == start), None)
            inner = next(
                (
                    a
                    for a in acting
                    if a.kind in _ORGANISATIONS
                    and start <= a.span[0]
                    and a.span[1] <= end
                    and text[slice(*a.span)] == name
                ),
                None,
            )
            if same is not None and (same.span[1] > end or (same.span[1] == end and name == claimant.bare)):
                name, end = same.name, same.span[1]
            elif inner is not None:
                name = inner.name  # "an NDRF officer": the body the actors' reading names in full
            elif name.isupper() and len(name) > 1:
                # an acronym whose full name the entry gives ("National Disaster Response Force (NDRF)")
                full = next(
                    (a for a in acting if a.kind in _ORGANISATIONS and _initials(a.name) == name), None
                )
                if full is not None:
                    name = full.name
            elif entry.lang == "ru" and "{city}" in claimant.name:
                # a regional body the actors' reading named with its region ("региональный
                # минздрав" in an Orsk story is Orenburg Oblast's), not with the city around it
                same = next((a for a in acting if a.kind in _ORGANISATIONS and a.span == (start, end)), None)
                if same is not None:
                    name = same.name
                elif "{city} Oblast" in claimant.name and (
                    region := _region_in(rules, entry) or entry.doc.memo.get("sources.region")
                ):
                    name = claimant.name.replace("{city} Oblast", region)
        if name is not None:
            if (
                name.endswith(" sources")
                and rules.singular_source is not None
                and rules.singular_source.search(folded, start, end)
            ):
                name = name.removesuffix("s")  # "a security source told AFP": one source
            if claimant.descriptor or claimant.describes:
                descriptors.add(name)
            else:
                last_specific[claimant.kind] = name
            add(name, claimant.kind, start, end)

    # 3. unknown names after a strong cue ("scrie Digi24"), or before "reports"
    if rules.strong_keyed is not None:
        for m in scan_keyed(rules.strong_keyed, folded, present, _NOT_AFTER):
            if rules.strong_not_after is not None and rules.strong_not_after.search(
                folded, max(0, m.start() - 20), m.start()
            ):
                continue  # "pancarte pe care scrie «...»": a placard's words, no outlet
            hit = _NAME.match(text, m.end())
            d0 = m.end("fill") if "desc" in m.re.groupindex and m.group("desc") else -1
            if d0 >= 0 and text[d0 : d0 + 1].isupper():
                # "told Czech Television", "told Bulgarian National Television": the capitalised
                # words right before a capitalised media noun open the outlet's own name too
                caps = _CAPITALISED_RUN.search(text, m.start("fill"), d0)
                if caps is not None:
                    d0 = caps.start()
            if d0 >= 0 and text[d0 : d0 + 1].isupper():
                # "citat de Ziarul de Iași": a capitalised media noun opens the outlet's own name
                whole = _NAME.match(text, d0)
                if (
                    whole is not None
                    # ("Telegram-канал Astra": a platform's name read as a claimant already opens no outlet's)
                    and not is_taken(d0, d0 + 1)
                    and (hit is None or fold(whole.group()) not in rules.stop_names)
                ):
                    inner_key = fold(hit.group()) if hit is not None else ""
                    if hit is None or inner_key not in rules.outlet_names:
                        hit = whole
            if hit is None or any(s <= hit.start() < e for s, e in wider):
                continue  # the name opens an organisation the actors know: step 5 names it whole
            _add_unknown(rules, add, is_taken, text, folded, hit, m.start(), lang=entry.lang)
    if rules.spokes_for is not None:
        for m in prefilter.finditer(rules.spokes_for, folded):
            hit = _NAME.match(text, m.end())
            if hit is not None and hit.group(2) and _claims(rules, folded, m.start(), hit.end()):
                if _LOWER_NEXT.match(text, hit.end()) and _city_word(rules, hit.group(2)) is not None:
                    continue  # "a spokesman for Bremen police": the town's force, named in step 4
                _add_unknown(rules, add, is_taken, text, folded, hit, m.start(), "organization", entry.lang)
    if rules.unknown_before_verb is not None:
        for m in rules.unknown_before_verb.finditer(folded):
            head = text[max(0, m.start() - 40) : m.start()]
            cand = re.search(r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.&'-]*)(?: [A-ZÀ-ÖØ-ÞА-ЯЁ0-9][\w.&'-]*){0,3}$", head)
            if cand is None:
                continue
            start = m.start() - len(cand.group())
            prev = text[max(0, start - 30) : start].split()
            if prev and _key(prev[-1]) in _speakers(entry.lang).where_words:
                continue  # "Al Jazeera's correspondent in Asadabad reported": where, not who
            if not is_taken(start, m.start()) and fold(cand.group()) not in rules.stop_names:
                add(cand.group(), "media", start, m.start())
    # 3b. outlets and pollsters by a pattern of their own ("a survey by X for Y TV")
    for pattern, kind, opens in rules.media_patterns:
        if (opens is not None and opens.isdisjoint(present)) or not may_match(pattern, text):
            continue
        for m in prefilter.finditer(pattern, text):
            for group in ("name", "name2"):
                if group not in pattern.groupindex or m.group(group) is None:
                    continue
                start, end = m.span(group)
                raw = text[start:end].strip(' "«»„“”')
                if (
                    not raw
                    or is_taken(start, end)
                    or fold(raw) in rules.stop_names
                    or _key(raw) in _people_map()
                    or _country_of(rules, fold(raw)) is not None  # "the Swedish news agency"
                ):
                    continue
                canon, k = rules.outlet_names.get(fold(raw), (_as_latin(raw), kind))
                add(canon, k, start, end)
    # 4. speakers next to a speech verb or "according to"; an official speaks for the
    # institution the title names ("Kremlin spokesman Dmitry Peskov" → the Kremlin)
    speaks_for: dict[str, str] = entry.doc.memo.setdefault(_SPEAKS_FOR, {})
    sp_rules = _speakers(entry.lang)
    for name, kind, start, end, person in speakers(entry):
        # an organisation named as written that the actors' reading knows, or the tail of one read
        # as a name ("... МЧС по Республике Татарстан сообщило"): its canonical name
        known = next(
            (a for a in acting if a.kind in _ORGANISATIONS and a.span[0] <= start and end <= a.span[1]),
            None,
        )
        # (a run the speakers' reading took for a person's name the actors know as an organisation's:
        # "Оперштаб Кубани сообщает")
        if known is not None:
            name, kind, person, (start, end) = known.name, "organization", False, known.span
        if person:
            # the actors' reading named the same person: one spelling for both ("Alexander", not
            # "Aleksandr", when people.toml or the actors' transliteration knows it)
            same = next(
                (a for a in acting if a.kind == "person" and a.span[0] < end and start < a.span[1]), None
            )
            if same is not None:
                name = same.name
            # "Пресс-секретарь Кремля Дмитрий Песков": the institution opens the run, the person follows
            for s0, s1 in taken:
                if s0 <= start < s1 < end:
                    start = s1 + len(text[s1:end]) - len(text[s1:end].lstrip())
        if is_taken(start, end):
            continue
        if person and any(
            x.kind == "eyewitness"
            and x.span[1] <= start
            and _names_the_witness(entry.lang, text[x.span[1] : start])
            for x in found
        ):
            continue  # "Пассажирка Анастасия рассказала": the passenger named, an eyewitness already
        if person:
            surname = _key(name.split()[-1])
            inst = _institution_of(rules, entry, found, start, end)
            # a named spokesperson is a source twice over: the institution they speak for and
            # themselves (the person quoted); a principal (minister, mayor) speaks for themselves
            if inst is not None:
                iname, ikind, istart, iend = inst
                speaks_for[surname] = iname
                if iname not in seen:
                    add(iname, ikind, istart, iend)
            elif surname in speaks_for:
                iname = speaks_for[surname]
                if iname not in seen:
                    add(iname, _KIND_OF.get(iname, "government"), start, end)
            else:
                lead = folded[max(0, start - 40) : start]
                if sp_rules.own_reporter is not None and sp_rules.own_reporter.search(lead):
                    continue  # "our correspondent X says": the blog's own reporter
                if sp_rules.spokes_before is not None and sp_rules.spokes_before.search(lead):
                    # "Ministry spokeswoman X said": the institution the entry last named
                    prior = [x for x in found if x.span[1] <= start and x.kind not in _NOT_INSTITUTION]
                    if prior:
                        speaks_for[surname] = prior[-1].name
                        continue
                    # "BC Wildfire Service fire information officer X said": the body right before
                    # the title, known to the actors' reading though it claims nothing itself
                    body = next(
                        (
                            a
                            for a in acting
                            if a.kind in _ORGANISATIONS
                            and a.span[1] <= start
                            and sp_rules.spokes_before.fullmatch(folded[a.span[1] : start].lstrip())
                        ),
                        None,
                    )
                    if body is not None:
                        speaks_for[surname] = body.name
                        if body.name not in seen:
                            add(body.name, _SOURCE_KIND.get(body.kind, "other"), *body.span)
                        add(name, kind, start, end)
                        continue
                _drop_owner(entry, found, seen, start)
                if _private(sp_rules, text, folded, start, end):
                    if sp_rules.kin is not None and sp_rules.kin.match(folded, end):
                        add("relatives", "other", start, end)  # "Ana, 38, whose husband is missing"
                    else:
                        add("eyewitnesses", "eyewitness", start, end)  # a private person quoted
                    continue
            if inst is not None or surname in speaks_for:
                continue
        add(name, kind, start, end)
    # 4b. whoever a post is by: a forwarded channel post's header ("Forwarded from X") and an
    # embedded post's signature ("— X (@handle) date") name the author whose words the entry carries
    for name, kind, start, end in _posted_by(rules, entry, acting):
        if not is_taken(start, end):
            add(name, kind, start, end)
    # 5. organisations the actors' reading knows, next to a cue ("по данным «Белых касок»"), and
    # people speaking through their office ("Gov. Roy Cooper's office said")
    for actor in acting:
        if actor.kind == "person" and rules.possessive_office is not None and actor.name not in seen:
            office = rules.possessive_office.match(text, actor.span[1])
            if office is not None and _claims(rules, folded, actor.span[0], office.end()):
                add(actor.name, "other", *actor.span)
        if (
            actor.kind in _ORGANISATIONS
            and actor.name not in seen
            and not is_taken(*actor.span)
            and _claims(rules, folded, *actor.span)
        ):
            add(actor.name, _SOURCE_KIND.get(actor.kind, "other"), *actor.span)
    found.sort(key=lambda s: s.span[0])
    if rules.publisher_before is not None or rules.publisher_after is not None:
        # an outlet presenting its own blog ("Urmăriți pe Libertatea", «Медуза» собирает главное)
        # or in its wire dateline ("DHAKA, April 20 (Reuters) -") is its publisher, no source there
        found = [s for s in found if s.kind != "media" or not _presents(rules, folded, *s.span)]
    if rules.unverified is not None:
        # "The BBC has not been able to verify it", "«Медуза» пока не называет": no source
        found = [
            s
            for s in found
            if s.kind not in ("media", "monitor") or not rules.unverified.match(folded, s.span[1])
        ]
    if descriptors:
        # "the state news agency Sana": the generic name only describes the outlet named next
        found = [
            s
            for i, s in enumerate(found)
            if not (
                s.name in descriptors
                and i + 1 < len(found)
                and (found[i + 1].kind == "media" or s.kind != "media")
                and found[i + 1].name not in descriptors
                and not text[s.span[1] : found[i + 1].span[0]].strip(' ,"«»“”„')
            )
        ]
    found = _private_tellers(entry, found)
    found = _qualifiers_dropped(text, found)
    found = _country_over_its_bodies(text, found)
    found = _shortened_names(found)
    found = _insiders(rules, folded, found)
    found = _branches_over_national(entry.lang, found)
    return _actors_state_names(found, acting)


_TELLER_END = re.compile(r"[.!?…](?=\s|$)|\n")
_BODY_KINDS = frozenset({"government", "police", "military", "organization", "monitor"})
_TELLER_REACH = (
    90  # how far after the verb its speaker may stand ("a povestit pentru X, de pe un pat…, o femeie")
)


def _private_tellers(entry: EntryText, found: list[Source]) -> list[Source]:
    """'„…”, spune o bătrână', '«…», — рассказала 41-летняя Гулчехра': a private person, told by
    an ordinary noun, an age or kin words soon after the verb that closes a quote, is an
    eyewitness; a victim's relative where kin words tell so or the entry told before of relatives
    waiting. An untitled name read there is that person, no source of its own."""
    sp = _speakers(entry.lang)
    if sp.quote_verb is None:
        return found
    text, folded = entry.text, entry.folded
    for verb in sp.quote_verb.finditer(folded):
        stop = _TELLER_END.search(text, verb.end())
        end = min(stop.start() if stop else len(text), verb.end() + _TELLER_REACH)
        if sp.reported_clause is not None and (opens := sp.reported_clause.search(folded, verb.end(), end)):
            end = opens.start()  # '", a spus că o femeie…': spoken of, not speaking
        keys = [_key(w).strip(",") for w in folded[verb.end() : end].split()]
        if any(k in sp.titles or " ".join(keys[i : i + 2]) in sp.titles for i, k in enumerate(keys)):
            continue  # "…, a spus ministrul": an official
        if sp.participant is not None and sp.participant.search(folded, verb.end(), end):
            continue  # "сказала участница акции": a protester speaks for the protest, no witness
        inside = [s for s in found if verb.end() <= s.span[0] and s.span[1] <= end]
        if any(s.kind in _BODY_KINDS for s in inside):
            continue
        kin = sp.kin.search(folded, verb.end(), end) if sp.kin is not None else None
        marker = next(
            (m for p in (sp.private_noun, sp.teller_age) if p and (m := p.search(folded, verb.end(), end))),
            kin,
        )
        if marker is None:
            continue
        if (
            marker is kin  # "Светлана, жена одного из инспекторов"
            or any(s.name == "relatives" and s.span[1] <= end for s in found)  # already told so
            or (sp.kin_scene is not None and sp.kin_scene.search(folded, 0, verb.start()))
        ):
            name, kind = "relatives", "other"
        else:
            name, kind = "eyewitnesses", "eyewitness"
            if any(s.kind == "eyewitness" for s in inside):
                continue  # ("povestește un localnic": told already, as a local resident)
        found = [s for s in found if s not in inside or s.kind == "media"]
        if all(s.name != name for s in found):
            start = marker.start() + len(marker.group()) - len(marker.group().lstrip())
            found.append(Source(name, kind, (start, marker.end())))
    found.sort(key=lambda s: s.span[0])
    return found


def _actors_state_names(found: list[Source], acting: Sequence[Actor]) -> list[Source]:
    """A body the actors name, at the same words, with its state where the source name has none
    or another ("National Disaster Management Authority" → "Pakistan National Disaster Management
    Authority"; "IGSU" in a Moldovan story is Moldova's, as the actors read the story's state)."""
    states = _state_names()
    out: list[Source] = []
    for src in found:
        for act in acting:
            if act.kind not in _ORGANISATIONS or act.name == src.name:
                continue
            if not (act.span[0] < src.span[1] and src.span[0] < act.span[1]):
                continue
            state, _, body = act.name.partition(" ")
            src_state, _, src_body = src.name.partition(" ")
            # the same body with the state added, or with the state changed
            if state in states and (body == src.name or (body == src_body and src_state in states)):
                src = Source(act.name, src.kind, src.span)
                break
        if all(o.name != src.name for o in out):
            out.append(src)
    return out


@cache
def _state_names() -> frozenset[str]:
    """Countries' names as the canonical names of bodies open with them ("Moldova", "Pakistan")."""
    gz = gazetteer.load()
    return frozenset(rec.name for iso in gz.country_codes() if (rec := gz.country(iso)) is not None)


#: a body known by its letters ("SBU", "CNAIR", "FSIN"): its unnamed insiders are named by them
_LETTERS = re.compile(r"[A-ZĂÂÎȘȚ]{2,7}")


@cache
def _police_letters() -> frozenset[str]:
    """The letters police forces go by in the institutions' data ("IGPR", "IGP", "RCMP")."""
    return frozenset(
        str(a)
        for code in ("en", "ro", "ru")
        for row in langdata.section(code, "institutions").get("institution", [])
        if row.get("kind") == "police"
        for a in row.get("abbr", [])
    )


def _insiders(rules: _Rules, folded: str, found: list[Source]) -> list[Source]:
    """An unnamed source inside a body known by its letters ("a source in the SBU told",
    "citând surse din CNAIR", "источник в ФСБ") is that body's insider ("SBU source"), not the
    body speaking; a body with a longer name, or a police force, keeps it."""
    if rules.insider_before is None:
        return found
    out: list[Source] = []
    for s in found:
        m = rules.insider_before.search(folded, max(0, s.span[0] - 60), s.span[0])
        # (a police force's insiders keep the force: "surse din IGPR" is the police speaking)
        if (
            m is not None
            and _LETTERS.fullmatch(s.name)
            and s.kind != "police"
            and s.name not in _police_letters()
        ):
            name = f"{s.name} {'sources' if m.group('many') else 'source'}"
            s = Source(name, "other", s.span)
        out.append(s)
    return out


_ARMY = re.compile(r"\b(?:Armed Forces|Army|Defen[cs]e Forces?|Military)\b")
_POSTED_BY = re.compile(
    r"^[ \t]*(?:Forwarded from|Переслано от|Пересланное сообщение от|Redirecționat de la)[ \t]+(?P<a>[^\n]{2,60}?)[ \t]*$"
    r"|(?:^|\s)[—–][ \t]*(?P<b>[^\n()—–]{2,60}?)[ \t]*\(@\w{1,30}\)",
    re.MULTILINE,
)
_PERSON_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĂÂÎȘȚА-ЯЁ][\w'’.-]*")


def _posted_by(rules: _Rules, entry: EntryText, acting: Sequence[Actor]) -> list[tuple[str, str, int, int]]:
    """The authors a post header or an embedded post's signature names: an outlet or a channel by
    its canonical name, a body the actors' reading knows, or a person's name (2-4 capitalised words)."""
    text = entry.text
    if "(@" not in text and not _POSTED_BY_WORDS.search(text):
        return []
    out: list[tuple[str, str, int, int]] = []
    for m in _POSTED_BY.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        start, end = m.span(group)
        written = text[start:end].strip(' \t"«»„“”')
        if not written:
            continue
        start = text.index(written, start)
        end = start + len(written)
        key = written if written in rules.outlet_names else fold(written)
        if key in rules.outlet_names:
            canon, kind = rules.outlet_names[key]
            out.append((canon, kind, start, end))
            continue
        known = next((a for a in acting if a.span[0] < end and start < a.span[1]), None)
        if known is not None:
            kind = "other" if known.kind == "person" else _SOURCE_KIND.get(known.kind, "other")
            out.append((known.name, kind, start, end))
            continue
        words = written.split()
        if not 2 <= len(words) <= 4 or not all(_PERSON_WORD.fullmatch(w) for w in words):
            continue
        person = _people_map().get(_key(written))
        if person is None:
            person = actors.person_name(entry.lang, written) if _CYR_ANY.search(written) else latin(written)
        out.append((person, "other", start, end))
    return out


_POSTED_BY_WORDS = re.compile(r"Forwarded from|Переслано|Пересланное|Redirecționat")


# between a body and the next one: its possessive and a few lower-case words ("the UN's", "UN agency")
_QUALIFIES = re.compile(r"(?:['’]s)?(?:\s+(?!and\b|or\b|și\b|sau\b|и\b|или\b)[a-zăâîșțа-яё'’-]+){0,3}\s+")


def _qualifiers_dropped(text: str, found: list[Source]) -> list[Source]:
    """An organisation named only to say what the next one belongs to ("UN agency UNICEF said",
    "the UN's World Food Programme said") is no source of its own: the body that speaks is."""
    return [
        s
        for i, s in enumerate(found)
        if not (
            s.kind == "organization"
            and i + 1 < len(found)
            and found[i + 1].name != s.name
            and found[i + 1].kind in ("organization", "monitor", "government", "other")
            and _QUALIFIES.fullmatch(text, s.span[1], found[i + 1].span[0])
        )
    ]


def _shortened_names(found: list[Source]) -> list[Source]:
    """A bare name that ends another source's fuller name in the same entry is that source named
    again ("Оперативный штаб Белгородской области уточнил ..., предупредили в штабе")"""
    if len(found) < 2:
        return found
    full = [s.name.casefold() for s in found]
    return [
        s
        for s in found
        if not any(f != s.name.casefold() and f.endswith(" " + s.name.casefold()) for f in full)
    ]


#: the short forms a body's name may give its country by ("UK Foreign Office", "US Embassy")
_SHORT_FORMS = {
    "United Kingdom": ("UK", "British", "Britain"),
    "United States": ("US", "U.S.", "American", "USA"),
}


def _country_over_its_bodies(text: str, found: list[Source]) -> list[Source]:
    """A country a headline says spoke ("China says two citizens injured") is the body of that
    country the post below names (its embassy, its foreign ministry): the headline shortens it."""
    line_end = text.find("\n")
    if line_end < 0 or text[:line_end].rstrip().endswith((".", "!", "?")) or not text[line_end:].strip():
        return found  # no headline line
    countries = set(_english_country_names().values())
    demonyms = _english_demonyms()
    drop = set()
    for s in found:
        if s.name not in countries or s.span[1] > line_end:
            continue
        forms = {s.name, demonyms.get(s.name, s.name), *_SHORT_FORMS.get(s.name, ())}
        own = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b")
        if any(o.name != s.name and o.kind != "media" and own.search(o.name) for o in found):
            drop.add(s.name)
    return [s for s in found if s.name not in drop] if drop else found


#: words that make a body's name a region's branch ("Sverdlovsk Oblast Emergencies Ministry directorate")
_BRANCH_WORDS = re.compile(r"\b(?:Oblast|Region|Krai|Republic|County|Province|Governorate|directorate)\b")


def _branches_over_national(lang: str, found: list[Source]) -> list[Source]:
    """A national body beside its own regional branch in one entry is that branch: "МЧС:" over a
    post that names "ГУ МЧС по Свердловской области" (the headline shortens the branch's name);
    the bare national police beside a county's or a city's force is that force."""
    if len(found) < 2:
        return found
    national = _national_words(lang)
    if any(s.kind == "police" and not national.search(s.name) for s in found):
        # "IPJ Vaslui announced ..., the police added": the bare police is the force of the place
        found = [
            s
            for s in found
            if not (s.kind == "police" and national.sub("", s.name).strip().lower() == "police")
        ]
    branches = [s.name for s in found if _BRANCH_WORDS.search(s.name)]
    if not branches:
        return found

    def national_core(name: str) -> str | None:
        core = _national_words(lang).sub(" ", name)
        core = " ".join(core.split())
        return core if core != name and len(core) > 6 else None

    keep = []
    for s in found:
        core = national_core(s.name) if s.name not in branches else None
        if core is not None and any(core in b for b in branches):
            continue
        keep.append(s)
    return keep


@cache
def _national_words(lang: str) -> re.Pattern[str]:
    """Country names and their English adjectives, as they stand in a national body's name."""
    names = {*_rules(lang).country_names.values(), *_english_demonyms().values(), *_english_demonyms()}
    alt = "|".join(map(re.escape, sorted((n for n in names if n), key=len, reverse=True)))
    return re.compile(rf"\b(?:of (?:the )?)?(?:{alt})\b")


_CREDIT_END = re.compile(r"[ \t.]*(?:\n|$)")


def _presents(rules: _Rules, folded: str, start: int, end: int) -> bool:
    """Whether the outlet at [start, end) presents the blog itself rather than a claim, or
    credits its writers in a byline ("By Ana Dias and Tom Reed, CNN", "From CNN's Ana Dias") or
    a picture ("Photo: Ana Dias/Reuters")."""
    line = folded.rfind("\n", 0, start) + 1
    stop = folded.find("\n", end)
    if rules.byline is not None and rules.byline.match(folded, line, len(folded) if stop < 0 else stop):
        return True
    if rules.credit_line is not None and rules.credit_line.search(folded, line, start):
        return True
    # a caption's credit at the line's end: the photographer, a slash, the agency ("Ana Lee/Reuters")
    if _CREDIT_END.match(folded, end) and folded[max(0, start - 2) : start].strip().endswith("/"):
        return True
    if rules.publisher_after is not None and rules.publisher_after.match(folded, end):
        return True
    return rules.publisher_before is not None and bool(
        rules.publisher_before.search(folded, max(0, start - 50), start)
    )


def _private(sp: _Speakers, text: str, folded: str, start: int, end: int) -> bool:
    """A person told by their age right at the name ("X, a 34-year-old trader", "Ana M., profesoară
    de 38 de ani", "34-year-old X"): a private person, no official ("Governor Roy Cooper, 64,")."""
    keys = [_key(w).rstrip(".") for w in folded[max(0, start - 60) : start].split()[-sp.title_max :]]
    if any(" ".join(keys[j:]) in sp.titles for j in range(len(keys))):
        return False
    if sp.private_after is not None and sp.private_after.match(folded, end, min(len(folded), end + 60)):
        return True
    return sp.private_before is not None and bool(sp.private_before.search(folded, max(0, start - 40), start))


def _drop_owner(entry: EntryText, found: list[Source], seen: set[str], start: int) -> None:
    """ "Директор ФСБ Александр Бортников доложил": the head speaks in their own right, so the
    institution in their title, right before the name, is no source of its own."""
    sp = _speakers(entry.lang)
    for src in found:
        s0, s1 = src.span
        if s1 > start or src.kind in ("media", "monitor", "eyewitness"):
            continue
        gap = " ".join(entry.folded[s1:start].replace("-", " ").split())
        if gap:
            # "NATO Secretary General Mark Rutte wrote": a head's title between the body and the name
            words = gap.split()
            if (
                len(words) > 3
                or gap in sp.spokes_titles
                or not (gap in sp.titles or all(w in sp.titles for w in words))
                or any(w in sp.spokes_titles for w in words)
            ):
                continue
            found.remove(src)
            seen.discard(src.name)
            return
        lead = [_key(w) for w in entry.folded[max(0, s0 - 40) : s0].split()]
        if any(" ".join(lead[-n:]) in sp.titles for n in range(1, min(3, len(lead)) + 1)):
            found.remove(src)
            seen.discard(src.name)
        return


_NOT_INSTITUTION = ("media", "monitor", "eyewitness", "other")
_ORGANISATIONS = ("organization", "government")  # actor kinds that can be claimants by name
_SOURCE_KIND = {"organization": "other", "government": "government"}
_SPEAKS_FOR = ("sources", "speaks_for")  # memo key: surname → the institution that person speaks for
_KIND_OF: dict[str, str] = {}  # institution name → its source kind, as last added
_GAP = re.compile(r"[\s,]*")


def _institution_of(
    rules: _Rules, entry: EntryText, found: list[Source], start: int, end: int
) -> tuple[str, str, int, int] | None:
    """The institution a titled speaker at [start, end) speaks for, with its span: one named
    right before the name behind a spokesperson's title ("purtătorul de cuvânt al Băncii
    Naționale, Olzhas Ramazanov", "FSB director X"), or one the title itself implies ("health
    minister X", "X, the foreign minister"). None: the person speaks for themselves."""
    folded = entry.folded
    sp = _speakers(entry.lang)
    for src in reversed(found):
        s0, s1 = src.span
        if src.kind in ("media", "monitor", "eyewitness", "other") or s1 > start or start - s1 > 40:
            continue
        gap = folded[s1:start]
        if _OWNS.fullmatch(gap):
            pass  # "the Home Ministry's Khadka": the body's own official
        elif _GAP.fullmatch(gap):
            lead = folded[max(0, s0 - 60) : s0]
            if sp.lead_title is None or not sp.lead_title.search(lead):
                continue
        elif " ".join(gap.strip(" ,").split()) not in sp.spokes_titles:
            continue
        _KIND_OF[src.name] = src.kind
        return src.name, src.kind, s0, s1
    if rules.titles_before is None or rules.titles_after is None:
        return None
    m = rules.titles_before.search(folded, max(0, start - 60), start)
    if m is None:
        m = rules.titles_after.match(folded, end, min(len(folded), end + 140))
    if m is None:
        return None
    group = str(m.lastgroup)
    return _title_institution(rules, entry, rules.title_names[int(group[1:])], *m.span(group))


def _title_institution(
    rules: _Rules, entry: EntryText, template: str, start: int, end: int
) -> tuple[str, str, int, int] | None:
    """A title's institution with its country filled in (from the words around, else the story's)."""
    force = "police" in template or "Armed Forces" in template  # a force's own name is often not in the text
    claimant = _Claimant(
        "",
        template,
        "government",
        False,
        False,
        False,
        None,
        None,
        None,
        named_countries_only=force,
    )
    name, start, end = _fill(claimant, rules, entry, start, end)
    if name is None:
        return None
    kind = "military" if "Armed Forces" in name else "police" if name.endswith("police") else "government"
    _KIND_OF[name] = kind
    return name, kind, start, end


def _initials(name: str) -> str:
    """The capitals opening a name's words ("National Disaster Response Force" → "NDRF")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _add_unknown(
    rules: _Rules,
    add: Any,
    is_taken: Any,
    text: str,
    folded: str,
    hit: re.Match[str],
    cue: int,
    kind: str = "media",
    lang: str = "en",
) -> None:
    start, end = hit.span(1) if hit.group(1) else hit.span(2) if hit.group(2) else hit.span(3)
    if is_taken(start, end):
        return
    raw = text[start:end].strip(" .,-")
    if not raw or fold(raw) in rules.stop_names:
        return
    words = raw.split()
    if fold(words[0]) in rules.stop_names:
        sp = _speakers(lang)
        if not _body_of_named(sp, words, [_key(w) for w in words]):
            return
        kind = "organization"  # "relatează Inspectoratul Școlar Județean": a body's name, as written
    if re.search(r"\w['’]s\b", raw) and _PROGRAMME_NEXT.match(text, end):
        return  # "BBC Radio 4's Today programme": a broadcaster's programme, the broadcaster named apart
    key = fold(raw)
    if _key(raw) in _people_map():  # "told Putin": a person told, no outlet
        return
    if _MODIFIES_NEXT.match(text, end) and _country_of(rules, _POSSESSIVE.sub("", key)) is not None:
        return  # "citing South Korea's foreign ministry": the country qualifies the body named next
    if key in rules.outlet_names:
        canon, kind = rules.outlet_names[key]
        add(canon, kind, start, end)
        return
    if (
        " ".join(folded[cue:start].split()) in rules.route_cues
        and text[cue:start].strip()[:1].isupper()
        and text[:cue].rstrip()[-1:].islower()
    ):
        return  # "taken off his balcony on Via Renaccio by boat": a street's name, no route
    if " ".join(folded[cue:start].split()) in rules.route_cues and gazetteer.load().has(
        gazetteer.strip_marks(fold(raw.split()[0]))
    ):
        return  # "diverted via Agra Fort": a route, no outlet
    if _PLACE_PREP_END.search(folded, cue, start) and _where_said(raw):
        return  # "a declarat la New York", "a declarat la Bruxelles Kaja Kallas": where it was said
    if kind == "media" and rules.monitor_words is not None and rules.monitor_words.search(folded[cue:start]):
        kind = "monitor"
    add(_as_latin(raw), kind, start, start + len(raw))


_PROGRAMME_NEXT = re.compile(r"\s+(?:programme|program|show|podcast|bulletin)\b")


# a cue that ends on a preposition of place ("a declarat la"): the name after it may be where
# something was said, not the outlet it was said to
_PLACE_PREP_END = re.compile(r"(?<!\w)(?:la|în|in|at|в|во)\s*$")


# buildings and grounds a statement is made at ("told reporters at Kabul airport")
_FACILITIES = frozenset(
    fold(w)
    for w in (
        "hospital",
        "airport",
        "hotel",
        "square",
        "stadium",
        "station",
        "camp",
        "clinic",
        "palace",
        "port",
        "spitalul",
        "spitalului",
        "aeroportul",
        "aeroportului",
        "hotelul",
        "hotelului",
        "piața",
        "stadionul",
        "gara",
        "больнице",
        "аэропорту",
        "гостинице",
        "площади",
        "вокзале",
        "стадионе",
        "лагере",
    )
)


def _where_said(raw: str) -> bool:
    """A place's name, alone or right before a person's ("Bruxelles Kaja Kallas")."""
    gz = gazetteer.load()
    words = raw.split()
    if gz.has(gazetteer.strip_marks(fold(raw))):
        return True
    if any(fold(w) in _FACILITIES for w in words):
        return True  # "told reporters at El Obeid Teaching Hospital": a building, where it was said
    for n in range(min(3, len(words) - 2), 0, -1):
        rest = words[n:]
        if gz.has(gazetteer.strip_marks(fold(" ".join(words[:n])))) and all(
            w[:1].isupper() and not w.isupper() for w in rest
        ):
            return True
    return False


_QUOTED_AFTER = re.compile(r"\s*[«\"„“]([^»\"“”\n]{2,40})[»\"“”]")


def _own_name_after(text: str, start: int, end: int) -> tuple[str, int] | None:
    """An agency's short name in capitals with a quoted name right after it ("РИА «Воронеж»",
    "ИА «Регнум»"): that other outlet's name in Latin letters, and where it ends."""
    short = text[start:end]
    if not (short.isupper() and len(short) <= 4):
        return None
    m = _QUOTED_AFTER.match(text, end)
    if m is None:
        return None
    return f"{_as_latin(short).upper()} {_as_latin(m.group(1).strip())}", m.end()


def _as_latin(name: str) -> str:
    """An unknown outlet's name in Latin letters, as English news writes it ("Ховар" → "Khovar")."""
    return latin(name) if _CYR_ANY.match(name) else name


_NAME_OF_BEFORE = re.compile(
    r"(?<![\w-])([A-ZĂÂÎȘȚ][\w-]+) (?:of|for) (?:the )?$"
)  # "Office of |Civil Defense"
_LOCATED = re.compile(r"\W{0,3}(?:din|în|in|из|в|from)\s")  # a place after a body says where it acts
_OWNS = re.compile(r"['’]s\s+")
_STEM = 7  # letters that tell one title from another ("președint", "presiden", "министр")
_OWNER = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?=[A-ZА-ЯЁ])")  # a body's possessive before a person's name
_POSSESSIVE = re.compile(r"['’]s$")
_MODIFIES_NEXT = re.compile(r"(?:['’]s)?[ \t]+[a-zа-яăâîșț]")  # a lower-case word right after a name
_HEADLINE_COLON = re.compile(r"(?:\s+[^\s:.,;!?]+){0,2}\s*:\s")
_LINE_LEAD = re.compile(r"(?:^|\n)[\s\"*•-]*$")


def _interviewed(rules: _Rules, folded: str, end: int, clause: bool = False) -> bool:
    """A private person ("a woman", "медсестра") who, later in the same sentence, tells an
    outlet what they saw: "... told the BBC", "... a declarat pentru News.ro", "в беседе с". Not when
    a subject of its own stands after a comma before the verb: "a 71-year-old woman was killed ...,
    county officials told WRAL" (the officials told)."""
    if rules.interview_after is None:
        return False
    m = rules.interview_after.match(folded, end)
    if m is None:
        return False
    between = folded[end : m.start("cue")]
    if clause:
        return "," not in between  # ``clause``: no comma at all between the person and the verb
    return "," not in between or not between.rsplit(",", 1)[1].strip()


def _ends_with(words: list[str]) -> re.Pattern[str] | None:
    """A pattern for text that ends with one of ``words`` and a space (None for no words)."""
    return re.compile(rf"{_WB}(?:{_alt(words)})\s+$") if words else None


def _tail_end(claimant: _Claimant, entry: EntryText, end: int) -> int:
    """Where a claimant's name ends when a city and its tail follow the words matched
    ("администрации | Петропавловск-Камчатского городского округа | сообщили")."""
    if claimant.city_tail is None:
        return end
    m = _CITY_AFTER.match(entry.text, end, min(len(entry.text), end + 40))
    tail = claimant.city_tail.match(entry.folded, m.end()) if m is not None else None
    return tail.end() if tail is not None else end


def _has_cue(rules: _Rules, folded: str, start: int, end: int) -> bool:
    # a line that opens with the claimant and a colon: "AFAD: 912 morți", "Минздрав Сирии: ..."
    if _HEADLINE_COLON.match(folded, end) and _LINE_LEAD.search(folded, max(0, start - 6), start):
        return True
    if rules.cue_after is not None and (m := rules.cue_after.match(folded, end, min(len(folded), end + 140))):
        if (not rules.subject_cases or _can_be_subject(rules, folded[start:end])) and not (
            rules.acts is not None and rules.acts.match(folded, m.end())
        ):
            return True  # (not "au declarat stare de urgență": an act, no claim)
    if rules.cue_before is not None:
        window = folded[max(0, start - 70) : start]
        m = rules.cue_before.search(window)
        if (
            m is None
            and (near := _place_near(rules.countries, folded, start, end)) is not None
            and near[1] < start
        ):
            # "citing the South Korean foreign ministry": the country's name or adjective opens the name
            window = folded[max(0, near[1] - 70) : near[1]]
            m = rules.cue_before.search(window)
        if m is not None and not (
            rules.cue_not_after is not None and rules.cue_not_after.search(window, 0, m.start())
        ):
            return True
    if rules.cue_inverted is not None and rules.inverted_follow is not None:
        window = folded[max(0, start - 70) : start]
        if rules.cue_inverted.search(window):
            if rules.inverted_follow.match(folded, end):
                return True
            # "au anunțat Pompierii eleni, ...": the country's adjective may close the name
            near = _place_near(rules.countries, folded, start, end)
            if near is not None and near[2] > end and rules.inverted_follow.match(folded, near[2]):
                return True
    return False


def _first_declined(name: str, endings: dict[str, list[str]]) -> list[str]:
    """The case forms of a name whose FIRST word declines (``outlet_first_endings``: "ziarul de
    gardă" → "ziarului de gardă", "adevărul" → "adevărului"); none when it ends otherwise."""
    first, sep, rest = name.partition(" ")
    for ending, forms in endings.items():
        if first.endswith(ending) and len(first) > len(ending) + 2:
            return [first[: -len(ending)] + e + sep + rest for e in forms]
    return []


def _declined(name: str, endings: dict[str, list[str]]) -> list[str]:
    """An outlet name with the case forms of its last word, by the language's ending table
    (``outlet_endings``: "медиазона" → "медиазоне", "коммерсант" → "коммерсанта"; key "" for a
    final consonant); names ending otherwise as they are."""
    last = name[-1:] if name else ""
    if last in endings:
        return [name, *(name[:-1] + e for e in endings[last])]
    if last.isalpha() and last not in _VOWELS and "" in endings and _same_script(last, endings[""]):
        return [name, *(name + e for e in endings[""])]
    return [name]


_VOWELS = frozenset("аеёиоуыэюяьъaeiouyăâî")


def _same_script(letter: str, endings: list[str]) -> bool:
    """Endings of one script are added to words of that script only ("Reuters" takes no "-а")."""
    cyrillic = bool(_CYR_ANY.match(letter))
    return all(bool(_CYR_ANY.match(e[:1])) == cyrillic for e in endings if e)


def _cue_before(cues: list[str], complementizers: Sequence[str] = ()) -> re.Pattern[str]:
    """A cue, then up to two words, right before a name (or its opening quote: «Белых касок»), on
    one line; never across "that" ("said that a man ..." names who spoke of, not who spoke)."""
    word = r"[\w\"'-]+[^\S\n]+"
    if complementizers:
        word = rf"(?!(?:{_alt(list(complementizers))})[^\S\n]){word}"
    return re.compile(rf"{_WB}(?:{_alt(cues)})[^\S\n]*,?[^\S\n]+(?:{word}){{0,2}}\"?$")


def _not_negated(word: str) -> str:
    """A lookbehind that fails when ``word`` (a whole word when it opens with a letter) stands
    right before: "не называет", "nu a confirmat", "have not confirmed", "hasn't commented"."""
    edge = r"\W" if word[:1].isalpha() else ""
    return rf"(?<!{edge}{re.escape(word)}\s)"


def _claims(rules: _Rules, folded: str, start: int, end: int) -> bool:
    """A cue makes the name at [start, end) the claimant, and a telling verb right before it
    does not make it the addressee ("told the National Assembly")."""
    if rules.subject_cases and not _can_be_subject(rules, folded[start:end]):
        return False
    if rules.addressee_before is not None and rules.addressee_before.search(
        folded[max(0, start - 70) : start]
    ):
        return False
    return _has_cue(rules, folded, start, end)


def _spoken_of(rules: _Rules, folded: str, start: int, end: int) -> bool:
    """People named in a case no verb's subject takes ("подтвердил гибель трех горняков", "вывели 12
    горняков, ..., сообщили в штабе"): counted or spoken of, unless a cue that governs that case
    stands right before them ("по словам горняков", "со ссылкой на пассажиров")."""
    words = folded[start:end].split()
    if not rules.subject_cases or not words or _in_cases(words[0], _NOMINATIVE):
        return False
    before = folded[max(0, start - 30) : start].split()
    if before and before[-1] in rules.partitive:
        before = before[:-1]  # "один из горняков": the part is the subject
    if before and before[-1].isalpha() and _in_cases(before[-1], _NOMINATIVE):
        return False  # "трое горняков", "один из пассажиров"
    m = rules.cue_before.search(folded, max(0, start - 70), start) if rules.cue_before is not None else None
    return m is None or any(p.tag.POS == "VERB" for p in morph_parses(m.group().split()[0]))


_NOMINATIVE = frozenset({"nomn"})


def _can_be_subject(rules: _Rules, name: str) -> bool:
    """Whether the first word of a claimant can stand in one of the subject cases."""
    words = name.split(maxsplit=1)
    return bool(words) and _in_cases(words[0], rules.subject_cases)


@lru_cache(maxsize=8192)
def _in_cases(word: str, cases: frozenset[str]) -> bool:
    parses = morph_parses(word) if word.isalpha() else []
    # a word the analyser gives no case at all (Latin letters, "Air Astana") may be anything
    return not any(_CASES & p.tag.grammemes for p in parses) or any(cases & p.tag.grammemes for p in parses)


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


# a city right after a claimant, maybe past the country's name ("Ambasada SUA la București")
_CITY_AFTER = re.compile(
    rf"\s*(?:[{_UP}][\w.]*\s+(?=(?:in|din|la|of|from|в|во)\s))?(?:(?:in|din|la|of|from|в|во)\s+)?([{_UP}][\w-]+)"
)

_LOWER_NEXT = re.compile(r"[ \t]+[a-zăâîșțа-яё]")
# a town written right before a claimant, maybe in the genitive ("Bremen police", "Hanover's police")
_CITY_BEFORE = re.compile(rf"(?<![\w'’-])([{_UP}][\w-]+)(?:'s|’s)?[ \t]+(?:the[ \t]+)?$")


@lru_cache(maxsize=4096)
def _place_name(written: str) -> str:
    """A place as English news spells it when the gazetteer knows a close spelling
    ("Herson" → "Kherson", "Harkov" → "Kharkiv"), else as written ("Hatay" stays: a province,
    not its capital Antakya)."""
    gz = gazetteer.load()
    key = gazetteer.strip_marks(fold(written))
    hits = gz.lookup(key) if key else []
    if not hits:
        # a Romanian genitive ("Primarul Galațiului", "prefectul Constanței"): the place it inflects
        for end, base in (("ului", ""), ("ei", "a")):
            if written.endswith(end) and len(written) > len(end) + 2:
                stem = written[: -len(end)] + base
                if gz.lookup(gazetteer.strip_marks(fold(stem))):
                    return _place_name(stem)
        return written
    name = str(gz.record(hits[0]).name)
    other = gazetteer.strip_marks(fold(name))
    if other != key and difflib.SequenceMatcher(None, key, other).ratio() >= 0.6:
        return name
    return written


_OPENER = re.compile(r"[\s\"«„*-]*")
_LOCATIVE = re.compile(r"[\s\"«„*-]*(?:in|în|в|во)\s+")
_SENTENCE_END = re.compile(r"[.!?\n][^.!?\n]*$")


def _sentence_country(rules: _Rules, folded: str, start: int) -> str | None:
    """The country the sentence around a claimant is about, when the claimant names none:
    one the sentence opens on ("In Syria, ... the health ministry"), the relaying outlet's
    ("Syrian state media reported ..., citing the health ministry"), or the last one named
    before "the country's"."""
    if rules.country_inside is None:
        return None
    end = _SENTENCE_END.search(folded, 0, start)
    s0 = end.start() + 1 if end else 0
    names = rules.country_inside_names

    def named(m: re.Match[str] | None) -> str | None:
        return names[int(str(m.lastgroup)[1:])] if m is not None else None

    loc = _LOCATIVE.match(folded, s0, start)
    if loc is not None:
        got = named(rules.country_inside.match(folded, loc.end(), start))
        if got is not None:
            return got
    if rules.relay is not None and rules.relay.search(folded, s0, start):
        got = named(rules.country_inside.search(folded, s0, start))
        if got is not None:
            return got
    opener = _OPENER.match(folded, s0, start)
    at = opener.end() if opener else s0
    subject = _place_near(rules.countries, folded, at, at)
    if (
        subject is not None
        and subject[2] < start
        and rules.cue_after is not None
        and rules.cue_after.match(folded, subject[2], start)
    ):
        # "Cambodia says ..., according to a defence ministry statement": the country speaking
        return subject[0]
    if rules.country_ref is not None and rules.country_ref.search(folded, max(0, start - 20), start):
        last = None
        for m in rules.country_inside.finditer(folded, 0, start):
            last = m
        return named(last)
    return None


def _city_in(rules: _Rules, entry: EntryText) -> str | None:
    """The first city the entry names ("În Almaty ...", "В Актобе ..."), for "the local police"."""
    if rules.cities_any is not None:
        m = rules.cities_any.search(entry.folded)
        if m is not None:
            return rules.cities_names[int(str(m.lastgroup)[1:])]
    for m in _CITY_IN.finditer(entry.text):
        city = _city_word(rules, m.group(1))
        if city is not None:
            return city
    return None


_FROM_CITY = re.compile(rf"\s*(?:de la|din|from|in|în|в|во|из)\s+([{_UP}][\w-]+)")


def _capital_after(rules: _Rules, text: str, end: int) -> tuple[str, int] | None:
    """The country whose capital is named right after a claimant ("... de la Chișinău"), with
    the end of the capital's name."""
    m = _FROM_CITY.match(text, end)
    if m is None:
        return None
    gz = gazetteer.load()
    for form in {fold(m.group(1)), *(places.normal_forms(m.group(1)) if _CYR_ANY.match(m.group(1)) else ())}:
        for idx in gz.lookup(gazetteer.strip_marks(form))[:1]:
            country = gz.capital_of(idx)
            if country is not None:
                name = str(gz.record(country).name)
                return rules.country_names.get(gz.record(country).country, name), m.end()
    return None


def _city_in_sentence(rules: _Rules, entry: EntryText, start: int, end: int) -> str | None:
    """A city named in the sentence around [start, end) ("in Wilmington, police said")."""
    text = entry.text
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    for m in _CITY_IN.finditer(text, lo, hi):
        city = _city_word(rules, m.group(1))
        if city is not None:
            return city
    return None


def _city_word(rules: _Rules, word: str) -> str | None:
    """The English name of the city a capitalised word names, in any case ("Шебекине" →
    "Shebekino", "Петербурга" → "Saint Petersburg"); None for a country or no place."""
    if _country_of(rules, fold(word)) is not None:
        return None
    return _city_of(word)


def _small_town(entry: EntryText, word: str) -> str | None:
    """A town too small for the main index, in the story's country, by a Latin word written
    right before its force ("Rudraprayag police said"): the town as written."""
    country = entry.doc.country
    if country is None or _CYR_ANY.match(word) or len(word) < 4:
        return None
    key = gazetteer.strip_marks(fold(word))
    return _place_name(latin(word)) if gazetteer.load().small_lookup(key, (country,)) else None


@lru_cache(maxsize=4096)
def _city_of(word: str) -> str | None:
    gz = gazetteer.load()
    key = gazetteer.strip_marks(fold(word))
    cyrillic = _CYR_ANY.match(word) is not None
    if gz.has(key):
        return str(gz.record(gz.lookup(key)[0]).name) if cyrillic else _place_name(latin(word))
    if not cyrillic:
        return None
    for form in places.normal_forms(word):
        hits = gz.lookup(gazetteer.strip_marks(form))
        if hits and not gz.record(hits[0]).is_country and gz.record(hits[0]).population >= 1000:
            return str(gz.record(hits[0]).name)
    return None


_CITY_IN = re.compile(rf"(?:^|[\s(])(?:[Ii]n|[Îî]n|[Dd]in|[Ll]a|[Вв]о?|[Ии]з)\s+([{_UP}][\w-]+)")


def _region_in(rules: _Rules, entry: EntryText) -> str | None:
    """The first region the entry names ("в Тамбовской области" → Tambov Oblast)."""
    for pattern, template in rules.regions:
        m = pattern.search(entry.folded) if may_match(pattern, entry.folded) else None
        if m is not None:
            return _region_name(entry, m, template)
    return None


def _region_name(entry: EntryText, m: re.Match[str], template: str) -> str:
    """A region's English name as the actors' reading knows it: a whole name ("карагандинск" →
    Karaganda Region), else its stem in the template ("кемеровск" → Kemerovo Oblast), else the
    stem transliterated."""
    if "stem" not in m.re.groupindex:
        return template  # a region known by a name of its own ("Кубани": Krasnodar Krai)
    stems, whole = _region_stems(entry.lang)
    key = m.group("stem") + "ск"
    if key in whole:
        return whole[key]
    stem = stems.get(key) or latin(entry.text[m.start("stem") : m.end("stem")]).capitalize()
    return template.replace("{stem}", stem)


@cache
def _region_stems(code: str) -> tuple[dict[str, str], dict[str, str]]:
    regions = langdata.section(code, "actors").get("regions", {})
    return dict(regions.get("stems", {})), dict(regions.get("names", {}))


@lru_cache(maxsize=2048)
@cache
def _district_adjectives(lang: str) -> frozenset[str]:
    """City districts' adjectives that name no town ("дзержинский", "советский"), nominative."""
    return frozenset(str(x) for x in langdata.section(lang, "sources").get("district_adjectives", []))


def _town_of_adjective(word: str, lang: str) -> str | None:
    """The English name of the town a (Russian) adjective is made from ("туапсинского" → Tuapse),
    the most populous one when several fit; None when no town fits."""
    rules = places._rules(lang)
    gz = gazetteer.load()
    best = None
    for repls, stem in places._adjective_stems(word, rules):
        for rep in repls:
            for k, _ in places._resolve([stem + rep], rules):
                rec = gz.record(k)
                if not rec.is_country and (best is None or rec.population > best.population):
                    best = rec
        if best is not None:
            return str(best.name)
    return None


def _fill(
    claimant: _Claimant, rules: _Rules, entry: EntryText, start: int, end: int
) -> tuple[str | None, int, int]:
    """The claimant's canonical name with its country, city or region filled in, and its
    span; no name when a place it needs cannot be settled and it has no `bare` name."""
    name = claimant.name
    force = entry.doc.memo.get("sources.police") or entry.doc.memo.get(POLICE_FORCE)
    if name in ("{city} police", "{country} police") and force is not None:
        return force, start, end  # "police spokeswoman X": the force the document names
    if name == "{named_force}":
        return force, start, end  # "a spokesman for the force": only a force named in full
    if "{town_of}" in name:
        # a district named by its town's adjective: "администрации Туапсинского района" → Tuapse
        m = claimant.pattern.match(entry.text if claimant.cased else entry.folded, start)
        word = m.group(1).lower() if m is not None and m.group(1) else ""
        nominative = re.sub(r"(?:ого|ий|ой|ом|ому|им)$", "ий", word)
        if nominative in _district_adjectives(entry.lang) or nominative[:-2] + "ой" in _district_adjectives(
            entry.lang
        ):
            # "администрация Дзержинского района": a city district's own name, no town's
            own = nominative if nominative in _district_adjectives(entry.lang) else nominative[:-2] + "ой"
            return name.replace("{town_of}", latin(own.capitalize())), start, end
        town = _town_of_adjective(word, entry.lang) if word else None
        if town is None:
            return claimant.bare, start, end
        name = name.replace("{town_of}", town)
    if "{1}" in name:
        # the name as written: "the governor of Malatya" → "Governor of Malatya"
        m = claimant.pattern.match(entry.text if claimant.cased else entry.folded, start)
        if m is None:
            return claimant.bare, start, end
        for i in range(1, (m.re.groups or 0) + 1):
            slot = "{" + str(i) + "}"
            if slot in name:
                got: tuple[str, int, int] | None = None
                # the first group that matched (a pattern may offer the place in two spots)
                for g in range(i, (m.re.groups or 0) + 1):
                    if m.group(g):
                        got = (entry.text, m.start(g), m.end(g))
                        break
                if got is None and claimant.place_from is not None:
                    # the place named last before the claimant ("In Obion County, ..., a sheriff's
                    # deputy said" after Weakley County), else the first one after it
                    before = [x for x in claimant.place_from.finditer(entry.text) if x.end() <= start]
                    other = before[-1] if before else claimant.place_from.search(entry.text)
                    if other is not None:
                        got = (entry.text, other.start(1), other.end(1))
                if got is None:
                    return claimant.bare, start, end
                written = _place_name(latin(got[0][got[1] : got[2]]))
                written = " ".join(w[:1].upper() + w[1:] for w in written.split())
                name = name.replace(slot, written)
    if "{city}" in name:
        near = _place_near(rules.cities, entry.folded, start, end)
        city = None
        if near is not None:
            city, start, end = near
        else:
            m = _CITY_AFTER.match(entry.text, end, min(len(entry.text), end + 40))
            if m is not None:
                city = _city_word(rules, m.group(1))
                if city is not None:
                    end = m.end()
                    tail = claimant.city_tail.match(entry.folded, end) if claimant.city_tail else None
                    if tail is not None:
                        end = tail.end()
            if city is None and (claimant.city_in_sentence or claimant.city_before):
                m = _CITY_BEFORE.search(entry.text, max(0, start - 40), start)
                if m is not None and fold(m.group(1)) not in rules.not_towns:
                    # "Bremen police said", "Hanover's police": the town written before the force
                    city = _city_word(rules, m.group(1)) or _small_town(entry, m.group(1))
                    if city is not None:
                        start = m.start(1)
            if city is None and claimant.city_in_sentence:
                city = _city_in_sentence(rules, entry, start, end)
            if city is None and claimant.city_anywhere:
                city = _city_in(rules, entry)
            if (
                city is None
                and claimant.city_from_doc
                and entry.doc.city is not None
                and (not claimant.city_from_doc_in or entry.doc.country in claimant.city_from_doc_in)
            ):
                idx = gazetteer.load().by_geonameid(entry.doc.city)
                if idx is not None:
                    city = str(gazetteer.load().record(idx).name)
        if city is not None:
            name = name.replace("{city}", city)
        elif claimant.fallback:
            name = claimant.fallback
        else:
            return claimant.bare, start, end
    if "{region}" in name:
        found = None
        for pattern, template in rules.regions:
            m = pattern.match(entry.folded, end, min(len(entry.folded), end + 60))
            if m:
                found = _region_name(entry, m, template)
                end = m.end()
                break
        if found is None:
            return claimant.bare, start, end
        name = name.replace("{region}", found)
    if "{country}" in name or "{presidency}" in name or "{demonym}" in name:
        near = _place_near(rules.countries, entry.folded, start, end)
        if (
            near is not None
            and near[2] > end
            and any(
                (m := pattern.match(entry.folded, end)) is not None and m.end() >= near[2]
                for pattern, _ in rules.regions
            )
        ):
            # a region known by a name of its own right after ("минздрав Кубани": Kuban, not Cuba)
            near = None
        if (
            claimant.descriptor
            and near is not None
            and near[2] > end
            and _NAME_GOES_ON.match(entry.text, near[2])
        ):
            near = None  # "state broadcaster Nepal Television": the country opens the outlet's own name
        country = None
        inside = rules.country_inside.search(entry.folded, start, end) if rules.country_inside else None
        if claimant.own and entry.doc.country:
            # "citând Poliția de Frontieră", by Hungary: the story country's, unless the name itself
            # says whose ("Poliția de Frontieră Română", "... a Republicii Moldova")
            if inside is not None:
                country = rules.country_inside_names[int(str(inside.lastgroup)[1:])]
            elif near is not None and near[2] > end and not _LOCATED.match(entry.folded, end):
                country, start, end = near
            else:
                country = rules.country_names.get(entry.doc.home or entry.doc.country)
        elif inside is not None:
            # "Ministerul rus al Apărării": the country's adjective inside the name
            country = rules.country_inside_names[int(str(inside.lastgroup)[1:])]
        elif near is not None:
            country, start, end = near
        elif (capital := _capital_after(rules, entry.text, end)) is not None:
            country, end = capital  # "Ministerul Sănătății de la Chișinău": Moldova's
        elif claimant.near:
            return claimant.bare, start, end
        else:
            country = _sentence_country(rules, entry.folded, start)
            if country is None and claimant.home:
                teller = told_from_other_home(entry.doc, claimant.name)
                country = rules.country_names.get(teller, claimant.home) if teller else claimant.home
            elif country is None and (home := entry.doc.home or entry.doc.country):
                if not claimant.named_countries_only or home in _named_countries():
                    country = rules.country_names.get(home)  # told from the other home: its bodies
        if country is None:
            return claimant.bare, start, end
        if "{presidency}" in name:
            name = name.replace("{presidency}", rules.presidency.get(country, f"{country} presidency"))
        name = name.replace("{country}", country).replace("{demonym}", rules.demonyms.get(country, country))
    return _named_as_news_names(rules, name), start, end


@cache
def _adjective_forces() -> tuple[dict[str, str], tuple[str, ...]]:
    """English country name → its adjective, for the forces named by it ("Austria Armed Forces"
    → "Austrian Armed Forces"), and the bodies so named; from the shared ``names.adjective`` of
    en/institutions.toml (its ``except``: countries whose forces keep the country's name)."""
    shared = langdata.section("en", "institutions").get("names", {}).get("adjective", {})
    skip = {_english_country_names().get(str(iso)) for iso in shared.get("except", [])}
    adjectives = {k: v for k, v in _english_demonyms().items() if k not in skip}
    return adjectives, tuple(str(b) for b in shared.get("bodies", []))


def _named_as_news_names(rules: _Rules, name: str) -> str:
    """A filled name as news names it: a rename, else a country's forces under its adjective
    ("Thailand Armed Forces" → "Thai Armed Forces"), renamed in turn ("Royal Thai Army")."""
    renamed = rules.renames.get(name.casefold())
    if renamed is not None:
        return renamed
    adjectives, bodies = _adjective_forces()
    for body in bodies:
        country = name[: -len(body) - 1] if name.endswith(" " + body) else ""
        if country in adjectives:
            named = f"{adjectives[country]} {body}"
            return rules.renames.get(named.casefold(), named)
    return name


# --- 4. speakers: officials, organisations and countries next to a speech verb ---

_fold = lru_cache(maxsize=8192)(fold)  # names recur from entry to entry
_key = lru_cache(maxsize=8192)(fold_key)

_CAP_WORD = rf"[{_UP}](?:[\w'’]|[.-](?=\w))*"
_ABBREV_DOT = re.compile(r"(\w+)\.")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n\"«»“”„]|\s[-–—]\s|,")
# a comma right before a name, maybe with an abbreviated title between ("Managerul spitalului, dr. X, a declarat")
_TITLE_WORD_BEFORE = re.compile(r",\s*([^\W\d_]{3,})\s+$")
_OPEN_QUOTE_TAIL = re.compile(r"\s[„«\"“]$")
_COMMA_BEFORE = re.compile(r",\s*(?:[^\W\d_]{1,4}\.\s*)?$")
#: a proper name going on after a generic noun ("Office | of Civil Defense", "Ministerul | Afacerilor")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:of|for|on|de|din|al|pentru)[ \t]+(?:the[ \t]+)?)?[A-ZĂÂÎȘȚА-ЯЁ]")
# an apposition never runs across a quote mark: a name before one stood inside the quote
_APPOSITION = re.compile(r",[^,.;:!?\n\"«»“”„]{1,60},\s*")
_PAREN = re.compile(r"\s*\(([^()\n]{1,40})\)")


@dataclass(frozen=True)
class _Speakers:
    after_verbs: frozenset[str]  # folded verbs that follow a name ("X said")
    before_verbs: frozenset[str]  # folded verbs that precede a name ("said X.")
    preps: frozenset[str]  # folded words that introduce a name ("according to X")
    oblique_re: re.Pattern[str] | None  # preps after which names stand in an oblique case
    # preps whose very next word stands in an oblique case ("potrivit Elenei Lasconi"; not after
    # "potrivit lui", nor a name in apposition to a title: "potrivit ministrei, Simona X")
    oblique_next: re.Pattern[str] | None
    # a preposition that opens a sentence and so a run of capitals ("According to John Smith",
    # "Potrivit Elenei Lasconi"): the name starts after it
    prep_lead: re.Pattern[str] | None
    runs: re.Pattern[str]  # capitalised runs over the text
    titles: frozenset[str]  # folded title words and phrases
    title_max: int  # longest title in words
    org_words: frozenset[str]  # fold_key words that make a run an organisation
    not_names: frozenset[str]  # fold_key words never in a person's name
    skip_lead: frozenset[str]  # leading words dropped from a run ("The")
    # a run opening on these tells a resident, no name ("Жительница Покрово-Пригородного Валентина")
    resident_lead: frozenset[str]
    follow_ok: re.Pattern[str]  # what may follow an inverted speaker ("said X in a statement")
    list_sep: re.Pattern[str]  # "A, B and C said": the separator before a run
    cases: tuple[tuple[str, str], ...]  # oblique endings → nominative (Russian)
    adjective_cases: tuple[tuple[str, str], ...]  # ... of the adjectives after a body's noun (Romanian)
    people: dict[str, str]  # fold_key form → canonical English name
    cues_keyed: Keyed  # ``cues`` split by the word the cue starts with (see ``prefilter``)
    lead_title: re.Pattern[str] | None  # a spokesperson's title right before an institution
    list_and: re.Pattern[str]  # the separator before the last of coordinated names ("and")
    list_intro: re.Pattern[str] | None  # a word that opens a list in apposition ("including")
    # a word that opens a new clause, so ", iar ..., a precizat" is no apposition to the name before
    clause_open: re.Pattern[str] | None
    gap_ok: frozenset[str] | None  # words that may stand between "said" and its speaker (with titles)
    # a name right after one of these is where it was said ("... on a briefing in Washington")
    place_preps: frozenset[str]
    where_words: frozenset[str]
    # a street's common noun opening its name ("Corso Saffi", "Calea Victoriei") or closing it ("Main Street")
    street_leads: frozenset[str]
    street_tails: frozenset[str]
    target_words: frozenset[str]
    given_names: frozenset[str]
    spokes_before: re.Pattern[str] | None  # a spokesperson's title right before a name
    statement: re.Pattern[str] | None  # a verb with "in a statement" ("said in a statement")
    act_after: re.Pattern[str] | None  # "объявили эвакуацию": the verb is an act, no claim
    own_reporter: re.Pattern[str] | None  # "our correspondent" right before a name
    spokes_titles: frozenset[str] = frozenset()  # folded titles of people who speak for an institution
    legal_forms: frozenset[str] = frozenset()  # legal forms before a quoted name ("ТОО", "ГУ")
    addressee: re.Pattern[str] | None = None  # "pentru": the outlet told, right after the verb
    region_word: re.Pattern[str] | None = None  # a region in the genitive ("Якутии") before a name
    aux_tail: re.Pattern[str] | None = None  # auxiliaries and adverbs between a subject and its verb ("has")
    appos_tail: re.Pattern[str] | None = None  # appositions between a subject and its verb (", the ... ,")
    pronoun: re.Pattern[str] | None = None  # "he said", "and said": the speaker is a person named before
    # the last words of the auxiliaries and of the pronouns: a text before a verb ends on one
    # (white space aside) for ``aux_tail`` or ``pronoun`` to match there
    aux_last: tuple[str, ...] = ()
    pronoun_last: tuple[str, ...] = ()
    # "according to him", "по его словам": the person last named before in the entry
    pronoun_preps: re.Pattern[str] | None = None
    one_leads: frozenset[str] = frozenset()  # words that open a noun phrase of one ("a", "one", "o", "un")
    # common nouns that open an organisation's name as written and are no part of it ("Compania
    # Egeli Tanker Shipping", "Firma Delgaz Grid")
    name_leads: frozenset[str] = frozenset()
    media_leads: frozenset[str] = frozenset()  # media nouns that open an outlet's name as written
    name_leads_kept: frozenset[str] = (
        frozenset()
    )  # words after which the noun is the name's ("Compania Națională")
    of_org: re.Pattern[str] | None = None  # "X of the Y Party": a person named with their organisation
    and_words: frozenset[str] = frozenset()  # fold_key forms of "and"
    # the two words an "and" joins inside one name ("Fire and Rescue"): "fire rescue"
    and_names: frozenset[str] = frozenset()
    org_nouns: frozenset[str] = frozenset()  # fold_key nouns that name a company next ("the operator X")
    connector_words: frozenset[str] = frozenset()  # fold_key words inside a name ("of", "de")
    # a private person, told by their age next to the name ("X, a 34-year-old trader"): an eyewitness
    private_after: re.Pattern[str] | None = None
    # a bare title after the verb points back to the person named with it ("..., сообщил министр.")
    title_ref: re.Pattern[str] | None = None
    title_before: re.Pattern[str] | None = None  # "the mayor said": the same titles before the verb
    # a title after the verb -> the stems of the titles it points back to ("șeful statului" → "președint")
    ref_titles: tuple[tuple[str, frozenset[str]], ...] = ()
    private_before: re.Pattern[str] | None = None
    kin: re.Pattern[str] | None = None  # "whose husband": a private speaker is a victim's relative
    # the verb that closes a quote or a reported clause, the speaker after it ('", spune o bătrână')
    quote_verb: re.Pattern[str] | None = None
    private_noun: re.Pattern[str] | None = None  # an ordinary person ("o femeie", "жительница")
    teller_age: re.Pattern[str] | None = None  # a person's age ("de 45 de ani", "44-летний")
    reported_clause: re.Pattern[str] | None = None  # "că", "что", "that": the reported clause opens
    # the entry tells of a victim's relatives waiting ("Rudele pacienților s-au adunat"): whoever
    # private speaks after it is one of them
    kin_scene: re.Pattern[str] | None = None
    participant: re.Pattern[str] | None = None  # "участница акции", "un protestatar": of the protest
    # a lower-case place noun right after a run: the run names a place ("Губернатор Ленинградской
    # области", "Kherson region governor"), not a person
    place_after: re.Pattern[str] | None = None


@cache
def _people_map() -> dict[str, str]:
    mapping: dict[str, str] = {}
    for code in langdata.available():
        for person in langdata.section(code, "people").get("person", []):
            canonical = person["canonical"]
            for form in [canonical, *person.get("forms", [])]:
                key = _key(form)
                if key:
                    mapping.setdefault(key, canonical)
    return mapping


@cache
def _given_names(code: str) -> frozenset[str]:
    """Given names that open a person's name: the actors' grammar's list and the first words of
    the people every language's data knows."""
    givens = {
        _key(str(w)) for w in langdata.section(code, "actors").get("grammar", {}).get("given_names", [])
    }
    for other in langdata.available():
        for person in langdata.section(other, "people").get("person", []):
            words = str(person["canonical"]).split()
            if len(words) >= 2:
                givens.add(_key(words[0]))
    return frozenset(givens)


@cache
def _speakers(code: str) -> _Speakers:
    data = langdata.section(code, "sources").get("speakers", {})
    complementizers = langdata.section(code, "sources").get("cues", {}).get("complementizers", [])
    actors = langdata.section(code, "actors").get("persons", {})

    def words(xs: list[str]) -> str:
        return _alt([r"\s+".join(re.escape(w) for w in _fold(x).split()) for x in xs])

    titles = {_key(t) for t in [*actors.get("titles", []), *data.get("titles", [])]}
    conn = data.get("connectors", [])
    # a name never runs across a line: "May Pen" closing a headline is no part of the name below
    conn_re = rf"|[^\S\n](?:{words(conn)})[^\S\n]{_CAP_WORD}" if conn else ""
    # a run starts at a capital not preceded by a word character, ' ’ or -; the capital comes
    # first in the pattern (and the look back after it) so the engine jumps from capital to capital
    first = rf"[{_UP}](?<![\w'’-].)(?:[\w'’]|[.-](?=\w))*"
    # "Dr. Sujit Kumar Das", "Lt. Col. X": a title's abbreviation keeps its dot inside a run
    abbrev = "|".join(rf"(?<=\b{re.escape(a)})" for a in data.get("abbreviations", []))
    dot = rf"(?:{abbrev})\.\s|" if abbrev else ""
    dot += rf"(?<=\s[{_UP}])\.\s(?=[{_UP}]\w)|"  # a middle initial: "Ferdinand R. Marcos"
    runs = re.compile(rf"{first}(?:(?:{dot}[^\S\n]|-){_CAP_WORD}{conn_re})*(?:[^\S\n]{_CAP_WORD})?")
    every = [*data.get("after", []), *data.get("before", []), *data.get("preps", [])]
    cues_keyed = keyed(
        [words([x]) for x in every], lambda chosen: rf"{_WB}(?:{words([every[i] for i in chosen])}){_WE}"
    )
    follow = data.get("follow", [])
    spokes = langdata.section(code, "sources").get("cues", {}).get("spokesperson", [])
    skip = rf"(?:(?:{words(data['skip_lead'])})\s+)?" if data.get("skip_lead") else ""
    spokes_titles = data.get("spokes_titles", [])
    regions = [k.replace("(?P<stem>", "(?:") for k in langdata.section(code, "sources").get("regions", {})]
    lead = words([*spokes, *spokes_titles])
    openers = words([*data.get("appos_open", []), *actors.get("titles", []), *data.get("titles", [])])
    return _Speakers(
        after_verbs=frozenset(" ".join(_fold(x).split()) for x in data.get("after", [])),
        before_verbs=frozenset(" ".join(_fold(x).split()) for x in data.get("before", [])),
        preps=frozenset(" ".join(_fold(x).split()) for x in data.get("preps", [])),
        oblique_re=re.compile(rf"{_WB}(?:{words(data['oblique_preps'])}){_WE}")
        if data.get("oblique_preps")
        else None,
        prep_lead=re.compile(rf"(?:{words(data['preps'])})\s+") if data.get("preps") else None,
        oblique_next=re.compile(rf"{_WB}(?:{words(data['oblique_next'])})\s+")
        if data.get("oblique_next")
        else None,
        runs=runs,
        titles=frozenset(titles),
        title_max=max((len(t.split()) for t in titles), default=1),
        org_words=frozenset(_key(w) for w in data.get("org_words", [])),
        name_leads=frozenset(_key(w) for w in data.get("name_leads", [])),
        media_leads=frozenset(_key(w) for w in data.get("media_leads", [])),
        name_leads_kept=frozenset(_key(w) for w in data.get("name_leads_kept", [])),
        not_names=frozenset(_key(w) for w in [*actors.get("not_names", []), *data.get("not_names", [])]),
        skip_lead=frozenset(_key(w) for w in data.get("skip_lead", [])),
        resident_lead=frozenset(_key(w) for w in data.get("resident_lead", [])),
        follow_ok=re.compile(
            rf"\s*(?:$|[.,;:!?)\n\"«»“”—–-]|(?:{words(follow)}){_WE})" if follow else r"\s*(?:$|\W)"
        ),
        list_sep=re.compile(
            rf"(?:\s*,\s*(?:(?:{words(data.get('and', ['and']))})\s+)?|\s+(?:{words(data.get('and', ['and']))})\s+)"
            + skip
        ),
        statement=re.compile(rf"[\w\s]{{0,25}}?{_WB}(?:{words(data['statement'])}){_WE}")
        if data.get("statement")
        else None,
        act_after=re.compile(rf"\s+(?:{words(data['act_objects'])})") if data.get("act_objects") else None,
        # "coast guard spokesman Lieutenant Commander X": ranks may stand between the title and the name
        spokes_before=re.compile(
            rf"{_WB}(?:{words(spokes_titles)})[\s,]*(?:(?:{words(sorted(titles))})\.?\s+){{0,2}}$"
        )
        if spokes_titles
        else None,
        own_reporter=re.compile(rf"{_WB}(?:{words(data['own_reporter'])})[\s,]*$")
        if data.get("own_reporter")
        else None,
        # "..., написал глава региона в своём телеграм-канале", "— написал он": a title or a pronoun
        # after the verb, then a word that may follow the speaker
        title_ref=re.compile(
            rf"\s+(?:{words([*data['title_refs'], *(w for w in data.get('pronouns', []) if w not in data.get('and', []))])})"
            rf"(?=\s*[.,;:!?\n]|\s*$" + (rf"|\s+(?:{words(follow)}){_WE})" if follow else ")")
        )
        if data.get("title_refs")
        else None,
        title_before=re.compile(rf"(?:^|[\s,;:\"])(?:{words(data['title_refs'])})\s+$")
        if data.get("title_refs")
        else None,
        ref_titles=tuple(
            (
                " ".join(_fold(r).split()),
                frozenset(
                    w[:_STEM]
                    for t in data.get("ref_titles", {}).get(r, [r])
                    for w in _fold(t).split()
                    if len(w) > 3
                ),
            )
            for r in data.get("title_refs", [])
        ),
        private_after=re.compile(rf"\s*,\s*(?:[^\W\d]+\s+){{0,3}}?(?:{'|'.join(data['private_age'])})")
        if data.get("private_age")
        else None,
        private_before=re.compile(rf"(?:{'|'.join(data['private_age'])})\s+(?:[^\W\d]+\s+){{0,2}}$")
        if data.get("private_age")
        else None,
        kin=re.compile(rf"[^.!?\n]{{0,60}}?{_WB}(?:{'|'.join(data['kin'])}){_WE}")
        if data.get("kin")
        else None,
        # (a quotation closes on its punctuation: «Жиззах тезкор» пишет is a channel's name)
        quote_verb=re.compile(rf"(?:[,!?.]\"|\"\s*[,-])\s*(?:-\s*)?(?:{words(data['quote_verbs'])}){_WE}")
        if data.get("quote_verbs")
        else None,
        private_noun=re.compile(rf"{_WB}(?:{'|'.join(data['private_nouns'])}){_WE}")
        if data.get("private_nouns")
        else None,
        teller_age=re.compile(rf"{_WB}(?:{'|'.join(data['teller_age'])})")
        if data.get("teller_age")
        else None,
        reported_clause=re.compile(rf"{_WB}(?:{words(complementizers)}){_WE}") if complementizers else None,
        kin_scene=re.compile(rf"{_WB}(?:{'|'.join(data['kin_scene'])}){_WE}")
        if data.get("kin_scene")
        else None,
        participant=re.compile(rf"{_WB}(?:{'|'.join(data['participants'])})")
        if data.get("participants")
        else None,
        place_after=re.compile(rf"\s+(?:{words(data['place_nouns'])}){_WE}", re.IGNORECASE)
        if data.get("place_nouns")
        else None,
        gap_ok=frozenset([*(_key(w) for w in data["gap_ok"]), *(w for t in titles for w in t.split())])
        if data.get("gap_ok")
        else None,
        place_preps=frozenset(_key(w) for w in data.get("place_preps", [])),
        where_words=frozenset(_key(w) for w in data.get("where_words", [])),
        street_leads=frozenset(_key(w) for w in data.get("street_leads", [])),
        street_tails=frozenset(_key(w) for w in data.get("street_tails", [])),
        target_words=frozenset(_key(w) for w in data.get("target_words", [])),
        given_names=_given_names(code),
        list_and=re.compile(rf"\s*,?\s+(?:{words(data.get('and', ['and']))})\s+" + skip),
        list_intro=re.compile(rf"{_WB}(?:{words(data['list_intro'])})[\s:]+{skip}$")
        if data.get("list_intro")
        else None,
        clause_open=re.compile(rf",\s*(?:{words(data['clause_open'])})\s", re.IGNORECASE)
        if data.get("clause_open")
        else None,
        cases=tuple((str(a), str(b)) for a, b in data.get("oblique_endings", [])),
        adjective_cases=tuple((str(a), str(b)) for a, b in data.get("oblique_adjective_endings", [])),
        people=_people_map(),
        cues_keyed=cues_keyed,
        lead_title=re.compile(rf"{_WB}(?:{lead})(?:\s+(?:{words(conn)}))?[\s,]*$") if lead else None,
        spokes_titles=frozenset(" ".join(_fold(x).split()) for x in spokes_titles),
        legal_forms=frozenset(_fold(x) for x in data.get("legal_forms", [])),
        addressee=re.compile(rf"\s+(?:{words(data['addressee'])})\s+") if data.get("addressee") else None,
        region_word=re.compile("|".join(f"(?:{k})" for k in regions)) if regions else None,
        aux_tail=re.compile(rf"(?:\s+(?:{words(data['aux'])}))+\s*$") if data.get("aux") else None,
        appos_tail=re.compile(
            rf"(?:\s*\([^()\n]{{1,60}}\))?(?:\s*,\s*(?:{openers}){_WE}[^,.;:!?\n\"«»“”„]{{0,160}})+\s*,\s*$"
        )
        if openers
        else None,
        pronoun=re.compile(rf"(?:^|[\s,;])(?P<w>{words(data['pronouns'])})\s+$")
        if data.get("pronouns")
        else None,
        aux_last=tuple(_fold(x).split()[-1] for x in data.get("aux", []) if _fold(x).split()),
        pronoun_last=tuple(_fold(x).split()[-1] for x in data.get("pronouns", []) if _fold(x).split()),
        one_leads=frozenset(_key(w) for w in data.get("one_leads", [])),
        pronoun_preps=re.compile(rf"{_WB}(?:{words(data['pronoun_preps'])}){_WE}")
        if data.get("pronoun_preps")
        else None,
        and_words=frozenset(_key(w) for w in data.get("and", ["and"])),
        and_names=frozenset(
            " ".join(_key(w) for w in (x.split()[0], x.split()[-1])) for x in data.get("and_names", [])
        ),
        org_nouns=frozenset(_key(w) for w in data.get("org_nouns", [])),
        connector_words=frozenset(w for c in conn for w in _key(c).split()),
        of_org=re.compile(rf"\s(?:{words(data['of_org'])})\s") if data.get("of_org") else None,
    )


@dataclass
class _Run:
    start: int
    end: int
    words: list[str]  # as written
    titled: bool
    article: bool = False  # a leading "The" was dropped: no person's name


def _joins_org(sp: _Speakers, left: str, right: str) -> bool:
    """Whether "<left> and <right>" is one organisation's name: the right part ends on an
    organisation word ("Forum", "Commission") and the left part is plain words, no name of its own."""
    lkeys = [_key(w) for w in left.split()]
    rkeys = [_key(w) for w in right.split()]
    if not rkeys or rkeys[-1] not in sp.org_words or any(k in sp.org_words for k in lkeys):
        return False
    return not any(_key(w) in sp.people or w.isupper() for w in left.split()) and " and " not in right


def _strip(sp: _Speakers, text: str, start: int, end: int, titled: bool) -> _Run | None:
    """A capitalised run without leading "The" and leading titles ("President William Ruto")."""
    raw = text[start:end]
    words = raw.split()
    offs = []
    pos = 0
    for w in words:
        pos = raw.index(w, pos)
        offs.append(pos)
        pos += len(w)
    keys = [_key(w).rstrip(".") for w in words]  # "Dr." is the title "dr"
    i = 0
    while i < len(words) - 1 and keys[i] in sp.skip_lead:
        i += 1
    if keys[i] in sp.resident_lead:
        return None  # a resident told by their town, then perhaps a first name: an eyewitness
    last_title = -1
    for j in range(i, len(words)):
        if len(words[j]) > 2 and words[j].isupper():
            continue  # an acronym, not a title written small ("MRS Logística" is no "Mrs")
        for n in range(min(sp.title_max, len(words) - j), 0, -1):
            if " ".join(keys[j : j + n]) in sp.titles:
                last_title = j + n - 1
                break
    if last_title >= i:
        if last_title + 1 >= len(words):
            return None
        i, titled = last_title + 1, True
    if sp.region_word is not None and len(words) - i >= 3 and sp.region_word.fullmatch(keys[i]):
        i += 1  # "замминистра здравоохранения Якутии Василий Охлопков": the title's region, then the name
    # (a town dropped is no article: the name after it may still be a person's)
    article = i > 0 and not titled
    if (
        len(words) - i >= 3
        and _FROM_BEFORE.search(text, max(0, start - 8), start + offs[i])
        and _city_of(words[i]) is not None
    ):
        i += 1  # "Consilierul local din Aiud Dorel Pârvu": the title's town, then the name
    elif (
        len(words) - i == 2
        and _CYR_ANY.match(words[i])
        and gazetteer.load().has(gazetteer.strip_marks(_fold(words[i])))
        and any("Name" in p.tag for p in morph_parses(words[i + 1]))
        and not any("Name" in p.tag or "Surn" in p.tag for p in morph_parses(words[i]))
    ):
        i += 1  # "слесарь депо Лиски Сергей": the town, then a first name alone
    if sp.place_after is not None and sp.place_after.match(text, end):
        return None
    # a middle initial is left out ("Ferdinand R. Marcos Jr." is "Ferdinand Marcos Jr")
    words = [w for k, w in enumerate(words[i:]) if not (0 < k < len(words) - i - 1 and _INITIAL.fullmatch(w))]
    return _Run(start + offs[i], end, words, titled, article)


_INITIAL = re.compile(rf"[{_UP}]\.?")
_FROM_BEFORE = re.compile(r"(?<!\w)(?:din|de la|from|of|из|в|во)\s+$", re.IGNORECASE)


# the oblique cases, the likeliest first ("по словам", "со ссылкой на"), and a man's surname's
# hard and soft endings in each
_OBLIQUE_NAME_CASES = ("gent", "accs", "datv", "ablt", "loct")
_NAME_CASE_ENDINGS = {
    "gent": ("а", "я"),
    "accs": ("а", "я"),
    "datv": ("у", "ю"),
    "ablt": ("ом", "ем"),
    "loct": ("е", "е"),
}


def _oblique_name_ru(words: list[str]) -> list[str] | None:
    """A Russian personal name known to stand in an oblique case ("по словам Александра
    Богомаза") in the nominative ("Александр Богомаз"), or None when its first word is no given
    name in such a case. The given name settles case and gender, even one that is also a
    nominative of its own ("Александра"); a surname pymorphy3 knows takes its normal form in
    that case and gender, an unknown man's surname loses the case's ending ("Кулика" → "Кулик",
    "Кабанца" → "Кабанец")."""
    if len(words) < 2 or not _CYR_ANY.match(words[0]):
        return None
    given = [p for p in morph_parses(words[0]) if "Name" in p.tag and "sing" in p.tag]
    reading = next((p for c in _OBLIQUE_NAME_CASES for p in given if p.tag.case == c), None)
    if reading is None:
        return None
    case, gender = reading.tag.case, reading.tag.gender
    out = [_like(reading.normal_form, words[0])]
    for k, word in enumerate(words[1:], 1):
        parses = morph_parses(word)
        named = [p for p in parses if "Name" in p.tag and "sing" in p.tag and p.tag.case == case]
        if named and k < len(words) - 1:
            out.append(_like(named[0].normal_form, word))  # a second given name or a patronymic
            continue
        known = [
            p
            for p in parses
            if ("Surn" in p.tag or "Patr" in p.tag) and p.tag.case == case and p.tag.gender == gender
        ]
        if known:
            form = known[0].inflect({"nomn"})
            out.append(_like(form.word if form else known[0].normal_form, word))
            continue
        low = word.lower()
        hard, soft = _NAME_CASE_ENDINGS[case]
        if gender != "masc" or len(low) < 5:
            out.append(word)
        elif low.endswith("ца" if case in ("gent", "accs") else "цу") and low[-3] not in _VOWELS:
            out.append(word[:-2] + "ец")  # "Кабанца" → "Кабанец"
        elif low.endswith(soft) and low[-2] in "аеоу":
            out.append(word[: -len(soft)] + "й")  # "Октая" → "Октай"
        elif low.endswith(hard) and low[-len(hard) - 1] not in _VOWELS:
            out.append(word[: -len(hard)])
        else:
            out.append(word)
    return out


def _like(word: str, model: str) -> str:
    """``word`` cased as ``model``, keeping the "е" ``model`` writes for a dictionary's "ё"."""
    if "ё" not in model.lower():
        word = word.replace("ё", "е")
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _nominative(sp: _Speakers, word: str) -> str:
    low = word.lower()
    for ending, repl in sp.cases:
        if low.endswith(ending) and len(low) >= len(ending) + 2:
            return word[: len(word) - len(ending)] + repl
    return word


def _classify(
    sp: _Speakers, rules: _Rules, names: _Names, run: _Run, oblique: bool, initial: bool, subject: bool
) -> tuple[str, str] | None:
    """(name, kind) for a run next to a speech cue, or None when it names no source.

    ``names``: the people the document names in full, by surname.
    ``subject``: the run stands right before the verb (a country may speak there)."""
    words = run.words
    written = " ".join(words)
    if _fold(written) in rules.outlet_names:
        return rules.outlet_names[_fold(written)]
    if (
        len(words) >= 2
        and _fold(words[0]) in rules.outlet_names
        and gazetteer.load().has(fold_key(" ".join(words[1:])))
    ):
        return rules.outlet_names[_fold(words[0])]  # "Suspilne Odesa": the outlet's regional newsroom
    if oblique and sp.cases:
        if _CYR_ANY.match(words[0]):
            words = _oblique_name_ru(words) or [_nominative(sp, w) for w in words]
        else:  # (a Romanian woman's given name declines, her surname does not: "Elenei Lasconi")
            head = _nominative(sp, words[0])
            if head != words[0] and _key(head) in sp.org_words:
                # "Agenției Naționale pentru Pescuit": a body's name, its adjectives agreeing
                words = [head, *_agreeing(sp, words[1:])]
            else:
                words = [head, *words[1:]]
            written = " ".join(words)
    keys = [_key(w) for w in words]
    kind_person = "government" if run.titled else "other"
    # a place in front of a name: "Kazahstanului Kassîm-Jomart Tokaev" (not "Georgian Dream")
    while (len(keys) > 2 or (len(keys) == 2 and " ".join(keys[1:]) in sp.people)) and _country_of(
        rules, _fold(words[0])
    ) is not None:
        words, keys = words[1:], keys[1:]
    if (
        run.titled
        and len(words) >= 3
        and _CYR_ANY.match(words[0])
        and "Geox" in ru_parse(words[0].lower())[1]
    ):
        words, keys = words[1:], keys[1:]  # "Губернатор Петербурга Георгий Полтавченко"
    if run.titled and len(words) == 1 and _CYR_ANY.match(words[0]):
        tags = ru_parse(words[0].lower())[1]
        if "Geox" in tags and "gent" in tags and not tags & {"Surn", "Name", "Patr"}:
            return None  # "сказал глава Дагестана": the title's region, no one's name
    if (
        len(words) >= 2
        and _country_of(rules, _fold(words[0])) is not None
        and " ".join(keys) not in sp.people
        and not (len(words) == 2 and keys[0] in sp.given_names)  # "Elena Lasconi": no Greek ("elenă")
    ):
        return written, "organization"  # "Georgian Dream": a country's adjective opens no person's name
    # an institution's acronym before a person's name: "ФСБ Александр Бортников", "IDF Daniel Hagari"
    while len(words) > 2 and words[0].isupper() and len(words[0]) > 1 and not words[1].isupper():
        words, keys = words[1:], keys[1:]
    for i in range(len(keys)):
        person = sp.people.get(" ".join(keys[i:]))
        if person is not None and (i == 0 or len(keys) - i >= 1):
            return person, kind_person
    if len(keys) == 1:
        known = names.get(_key(latin(words[0])))
        if known is not None:
            return known, kind_person
    if (
        len(words) >= 2
        and keys[0] in sp.name_leads
        and keys[1] not in sp.name_leads_kept
        and all(w[:1].isupper() or _key(w) in sp.connector_words for w in words[1:])
        and words[-1][:1].isupper()
    ):
        return " ".join(words[1:]), "organization"  # "Compania Egeli Tanker Shipping"
    if len(words) >= 2 and keys[0] in sp.media_leads and all(w[:1].isupper() for w in words[1:]):
        # "Портал News.am пишет", "Publicația Telex.hu scrie": the outlet, without its media noun
        rest = " ".join(words[1:])
        return rules.outlet_names.get(_fold(rest), (rest, "media"))
    if len(keys) == 1 and keys[0] in sp.org_words and not words[0].isupper():
        return None  # "Компания пообещала", "The ministry said": a common noun points back, names nothing
    if any(k in sp.org_words for k in keys) or (
        len(words) == 1
        and words[0].isupper()
        and len(words[0]) > 1
        and _country_of(rules, _fold(words[0])) is None  # "the UK said": the country, below
    ):
        if len(words) == 1 and _fold(words[0]) in rules.stop_names:
            return None
        if (
            any(k in sp.not_names for k in keys)
            and not any(k in sp.org_words for k in keys[1:])
            and not _body_of_named(sp, words, keys)
        ):
            return None
        return written, "organization"
    country = _country_of(rules, _fold(" ".join(words)))
    if country is not None:
        return (country, "government") if subject else None
    if run.article and subject and not any(k in sp.not_names or k in rules.stop_names for k in keys[:1]):
        # "The Georgian Charter of Journalistic Ethics says": no person goes by "the"
        if all(w[:1].isupper() or _key(w) in sp.connector_words for w in words) and words[-1][:1].isupper():
            return written, "organization"
    barred = [k for k in keys if k in sp.not_names or k in rules.stop_names]
    if (barred and not _given_then_surname(sp, keys, barred)) or len(words) > 4:
        return None
    if (
        len(words) == 2
        and words[0].isupper()
        and len(words[0]) > 1
        and not words[1].isupper()
        and names.get(_key(latin(words[1]))) is None
        and _country_of(rules, _fold(words[1])) is None
    ):
        return written, "organization"  # "MRS Logística": an acronym opening a company's name
    inner = words[1:-1]
    if any(
        not part[:1].isupper() or part.isupper()
        for w in words
        if not (w in inner and _key(w) in sp.connector_words)  # "Ursula von der Leyen"
        for part in w.split("-")
        if part
    ):
        return None
    gz = gazetteer.load()
    if len(words) == 1:
        if not run.titled and (initial or _CYR_ANY.search(words[0]) or gz.has(fold_key(words[0]))):
            return None
    elif not run.titled and gz.has(fold_key(" ".join(words))):
        return None  # (the gazetteer's own key: "N'Djamena" is "n djamena" there)
    if _CYR_ANY.match(words[0]):
        # the given names as English news spells them, as the actors' reading does ("Alexander")
        return actors.person_name("ru", " ".join(words)), kind_person
    return latin(" ".join(words)), kind_person


def _agreeing(sp: _Speakers, words: list[str]) -> list[str]:
    """The capitalised adjectives right after a body's noun brought back from the genitive, up
    to the first small word ("Naționale pentru Pescuit" → "Națională pentru Pescuit")."""
    out = list(words)
    for i, word in enumerate(words):
        if not word[:1].isupper() or _key(word) in sp.connector_words:
            break
        for ending, repl in sp.adjective_cases:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                out[i] = word[: len(word) - len(ending)] + repl
                break
    return out


def _body_of_named(sp: _Speakers, words: list[str], keys: list[str]) -> bool:
    """A body's noun opening three or more capitalised words (small ones inside): "Ministry of
    Mines", "Agenția Națională pentru Pescuit" name a body, though "ministry" alone names none."""
    return (
        len(keys) >= 3
        and keys[0] in sp.org_words
        and words[0][:1].isupper()
        and _nominative(sp, words[0]) == words[0]  # ("șeful Administrației ...": whose chief, not who)
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or k in sp.connector_words for w, k in zip(words[1:], keys[1:], strict=True))
        and not any(k in sp.titles or k in sp.given_names or k in sp.people for k in keys[1:])
    )


def _given_then_surname(sp: _Speakers, keys: list[str], barred: list[str]) -> bool:
    """A given name, then a surname that is also a common word: "Andrei Roman", "Ion Mare"."""
    return len(keys) in (2, 3) and keys[0] in sp.given_names and keys[0] not in barred and barred == keys[-1:]


_CYR_ANY = re.compile(r"[А-Яа-яЁё]")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_SMALL_GAP = re.compile(r"\s+(?:[a-zăâîșțа-яё]{1,4}\s+){1,2}")  # "on", "and", "for the" inside a name


@cache
def _country_forms(code: str) -> re.Pattern[str] | None:
    forms = list(langdata.section(code, "sources").get("countries", {}))
    return re.compile("|".join(f"(?:{f})" for f in forms)) if forms else None


_COUNTRY_OF: dict[tuple[int, str], str | None] = {}  # (id of the rules, key) → country
_COUNTRY_GZ: list[Any] = [None]  # the gazetteer those answers come from
_MISSING: Any = object()


def _country_of(rules: _Rules, key: str) -> str | None:
    """The English name of the country a folded word names ("rusiei", "france"), if any."""
    gz = gazetteer.load()
    if _COUNTRY_GZ[0] is not gz or len(_COUNTRY_OF) > 50_000:
        _COUNTRY_OF.clear()
        _COUNTRY_GZ[0] = gz
    got = _COUNTRY_OF.get((id(rules), key), _MISSING)
    if got is _MISSING:
        got = _COUNTRY_OF[(id(rules), key)] = _country_lookup(rules, gz, key)
    return got


def _country_lookup(rules: _Rules, gz: Any, key: str) -> str | None:
    """``_country_of`` without the cache."""
    any_after, _ = _near_any(rules.countries)
    if any_after is None or any_after.match(key):  # else no row's form is there
        for pat_after, _, name in rules.countries:
            m = _rx(pat_after).match(key)
            if m and m.end() == len(key):
                return name
    hits = gz.lookup(gazetteer.strip_marks(key))
    if hits:
        rec = gz.record(hits[0])
        if rec.is_country:
            return _COUNTRY_NAMES.get(rec.name, rec.name)
    return None


# GeoNames names that English news writes otherwise
_COUNTRY_NAMES = {"Türkiye": "Turkey", "Republic of Moldova": "Moldova", "Russian Federation": "Russia"}


# a quotation closed right before a name ('"...," Hadja Lahbib, the EU commissioner, wrote')
_QUOTE_BEFORE = re.compile(r"[,.!?…]\s*[\"”»’']\s*$")


def _is_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'„“”«»-–—*•(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


_Speaker = tuple[str, str, int, int, bool]


class _Names:
    """The document's people by surname (``DocContext.names``) as one entry reads them,
    remembering the surnames asked for that were not (yet) known."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.missed: set[str] = set()

    def get(self, key: str) -> str | None:
        got = self.names.get(key)
        if got is None:
            self.missed.add(key)
        return got


def speakers(entry: EntryText) -> list[_Speaker]:
    """(name, kind, start, end, is_person) for every speaker next to a speech cue.

    Found once per entry (the document scan and ``find`` both ask); found again only when
    the document has since learnt a surname the entry asked about."""
    slot = places._slot(entry)
    key = ("sources.speakers", entry.lang)
    hit = slot.get(key)
    if hit is not None and not any(k in entry.doc.names for k in hit[1]):
        return hit[0]  # type: ignore[no-any-return]
    names = _Names(entry.doc.names)
    out = _find_speakers(entry, names)
    slot[key] = (out, tuple(names.missed))
    return out


_QUOTED_NEXT = re.compile(r"[^\S\n]*[«\"„“]([^«»\"„“”\n]{2,60})[»\"“”]")


def _quoted_after_form(sp: _Speakers, text: str, s: int, e: int) -> tuple[int, int]:
    """The run at [s, e), or the quoted name right after it when the run is a legal form ("ГУ")."""
    if _fold(text[s:e]) in sp.legal_forms and (m := _QUOTED_NEXT.match(text, e)) is not None:
        return m.span(1)
    return s, e


def _of_and_joined(sp: _Speakers, text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs with "<body> of A and B" made one: "Ministry of Foreign and Diaspora Affairs" is one
    name, its "and" inside the ministry's "of", not two speakers; so are the words of
    ``and_names`` ("Fire and Rescue")."""
    out: list[tuple[int, int]] = []
    for s, e in runs:
        if out and sp.and_words and text[out[-1][1] : s].strip().lower() in sp.and_words:
            words = text[out[-1][0] : out[-1][1]].split()
            keys = [_key(w) for w in words]
            # the left part ends on "<body> of <word>", that word no place: "Law Society of Kenya and
            # Amnesty International" are two
            if (
                len(keys) >= 3
                and keys[-2] == "of"
                and any(k in sp.org_words for k in keys[:-2])
                and not gazetteer.load().has(fold_key(words[-1]))
            ):
                out[-1] = (out[-1][0], e)
                continue
            # "Lincolnshire Fire and Rescue", "Maritime Search and Rescue": one service's name
            if f"{keys[-1]} {_key(text[s:e].split()[0])}" in sp.and_names:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _one_person(code: str, sp: _Speakers, words: str) -> bool:
    """The words tell of one person ("a local shopkeeper", "o vânzătoare", "местная жительница"),
    not of many ("survivors")."""
    first = words.split()[0] if words.split() else ""
    if first in sp.one_leads:
        return True
    if code == "ru":
        return "sing" in ru_parse(words.split()[-1])[1]
    return False


_WHERE_FROM = re.compile(r"\s+(?:[^\W\d_]+\s+){1,2}")


def _names_the_witness(code: str, gap: str) -> bool:
    """What stands between an eyewitness's noun and a name lets the name be that witness's: nothing,
    or where they live, in up to two small words ("жительница поселка Анна Петрова")."""
    if not gap.strip(" ,"):
        return True
    return (
        bool(_WHERE_FROM.fullmatch(gap)) and gap.islower() and code == "ru" and not _finite_verb_in(code, gap)
    )


def _finite_verb_in(code: str, words: str) -> bool:
    """The words hold a finite verb (Russian, where the analyser tells): a clause, not a noun phrase."""
    if code != "ru":
        return False
    return any("VERB" in ru_parse(w)[1] for w in re.findall(r"[а-яё]+", words.lower()))


def _after_prep(prep_lead: re.Pattern[str], text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """A run without the preposition that opened it ("According to John Smith" is "John Smith")."""
    m = prep_lead.match(folded, start, end)
    if m is None or m.end() >= end or not text[m.end()].isupper():
        return start, end
    return m.end(), end


def _find_speakers(entry: EntryText, names: _Names) -> list[_Speaker]:
    """``speakers`` without the memo; ``names`` records the surnames looked up."""
    sp = _speakers(entry.lang)
    rules = _rules(entry.lang)
    text, folded = entry.text, entry.folded
    cues = scan_keyed(sp.cues_keyed, folded, word_keys(folded), _NOT_AFTER)
    refs = list(sp.pronoun_preps.finditer(folded)) if sp.pronoun_preps is not None else []
    if not cues and not refs and ":" not in text:
        return []
    runs = _of_and_joined(sp, text, [(m.start(), m.end()) for m in sp.runs.finditer(text)])
    if sp.legal_forms:
        # "сообщили в ГУ «Казселезащита»", "ТОО «Астана Энергия»": a legal form's letters before a
        # quoted name are no name; the name in the quotes is
        runs = [_quoted_after_form(sp, text, s, e) for s, e in runs]
    # (a name right after a sentence-opening preposition is read as one opening the sentence: a
    # single capitalised word there may be any noun, "Potrivit Constituției")
    opened: set[int] = set()
    if sp.prep_lead is not None:
        cut = [_after_prep(sp.prep_lead, text, folded, s, e) for s, e in runs]
        opened = {c[0] for c, r in zip(cut, runs, strict=True) if c[0] != r[0]}
        runs = cut
    if not runs:
        return []
    out: list[tuple[str, str, int, int, bool]] = []

    statement = [False]  # the verb ahead says "in a statement": a one-word subject is an organisation
    org_appos = [False]  # the subject's apposition names a kind of body ("X, a police union, said")

    def take(start: int, end: int, oblique: bool, titled: bool, subject: bool = False) -> bool:
        owner = _OWNER.search(text, start, end)
        if owner is not None and owner.start() > start:
            written = text[start : owner.start()]
            if written in rules.outlet_names or fold(written) in rules.outlet_names:
                return False  # "CBC's Anna Lee says": the outlet's reporter, the outlet speaks
        if owner is not None and any(_key(w) in sp.org_words for w in text[start : owner.start()].split()):
            if not any(_key(w) in sp.org_words for w in text[owner.end() : end].split()):
                start = owner.end()  # "the Home Ministry's Khadka said": the person, spoken for by the body
        run = _strip(sp, text, start, end, titled)
        if run is None:
            return False
        if run.words[-1][-2:] in ("'s", "’s") and _fold(" ".join(run.words)) not in rules.outlet_names:
            return False  # "citing Kunar's provincial information department": the owner, not who speaks
        got = _classify(
            sp, rules, names, run, oblique, _is_initial(text, run.start) or run.start in opened, subject
        )
        if (
            got is None
            and len(run.words) == 1
            and run.words[0][:1].isupper()
            and not run.words[0].isupper()
            and _key(run.words[0]) not in sp.not_names
            and _fold(run.words[0]) not in rules.stop_names
            and sp.private_after is not None
            and sp.private_after.match(folded, run.end, min(len(folded), run.end + 60))
        ):
            got = (run.words[0], "other")  # "Valentina, o pensionară de 63 de ani, spune": a first name
        if got is None and subject and (statement[0] or org_appos[0]) and len(run.words) == 1:
            # "Safaricom said in a statement", "Alliance, a police union, said": no person, no
            # place, an organisation
            word = run.words[0]
            key = _key(word)
            if (
                word[:1].isupper()
                and key not in sp.not_names
                and _fold(word) not in rules.stop_names
                and _country_of(rules, _fold(word)) is None
                and not gazetteer.load().has(gazetteer.strip_marks(_fold(word)))
            ):
                got = (word, "organization")
        if got is None:
            return False
        name, kind = got
        prev = text[max(0, run.start - 20) : run.start].split()
        if prev and _key(prev[-1]) in sp.target_words:
            return False  # "подтвердил удар по НПЗ. «...», — говорится": what was hit, not who speaks
        if (
            prev
            and _key(prev[-1]) in _PLACE_PREPS
            and _body_of_named(sp, run.words, [_key(w) for w in run.words])
        ):
            return False  # "a murit la Spitalul Clinic Județean ..., informează IGSU": where, not who
        if (kind in ("other", "government") or _is_street(sp, run)) and _after_place_word(
            sp, rules, names, text, start, run
        ):
            return False  # "the correspondent in Asadabad reported", "aflat la Tătăruși transmite": where
        out.append((name, kind, run.start, run.end, kind in ("other", "government") and name[:1].isupper()))
        return True

    def before_verb(head_end: int) -> bool:
        """Name(s) right before the verb: "X said", "X (ABBR) said", "X, the chief of Y, said",
        "X has also said"."""
        if sp.aux_tail is not None and _ends_on(folded, max(0, head_end - 60), head_end, sp.aux_last):
            aux = sp.aux_tail.search(folded, max(0, head_end - 60), head_end)
            if aux is not None:
                head_end = aux.start() + 1
        if (quote := _OPEN_QUOTE_TAIL.search(text, max(0, head_end - 3), head_end)) is not None:
            head_end = quote.start() + 1  # 'X „condamnă ferm” atacul': the verb opens the quote
        if subject_at(head_end):
            return True
        if sp.appos_tail is not None and _ends_on(folded, max(0, head_end - 400), head_end, (",",)):
            # "X, the party founded by Y, says": the apposition may name others; X speaks
            app = sp.appos_tail.search(folded, max(0, head_end - 400), head_end)
            if app is not None:
                org_appos[0] = any(
                    _key(w) in sp.org_nouns for w in re.findall(r"\w+", folded[app.start() : head_end])
                )
                try:
                    return subject_at(app.start(), appos=True)
                finally:
                    org_appos[0] = False
        return False

    def chain_start(k: int) -> int:
        """The first run of a name broken by small words ("Commission on Human Rights")."""
        while k > 0 and _SMALL_GAP.fullmatch(text, runs[k - 1][1], runs[k][0]):
            k -= 1
        return k

    def subject_at(head_end: int, appos: bool = False) -> bool:
        for k in range(len(runs) - 1, -1, -1):
            s, e = runs[k]
            if e > head_end:
                continue
            gap = text[e:head_end]
            if text[s - 1 : s] == "(" and gap.startswith(")") and text[s:e].isupper():
                # "The Kenya National Commission on Human Rights (KNCHR) says": the full name
                # when it is one run, else the abbreviation
                if k > 0 and not text[runs[k - 1][1] : s - 1].strip():
                    first = chain_start(k - 1)
                    if first == k - 1:
                        s, e = runs[k - 1]
                        gap = text[e:head_end]
                        k -= 1
                    elif appos and not _is_initial(text, runs[first][0]):
                        return False
                    else:
                        gap = gap[1:]
            elif appos and not (_is_initial(text, s) or _QUOTE_BEFORE.search(text, max(0, s - 8), s)):
                return False
            pm = _PAREN.match(gap)
            rest = gap[pm.end() :] if pm else gap
            lead = text[max(0, s - 40) : s].rstrip(' "«„“').split()
            if not appos and lead and _key(lead[-1]) in sp.org_nouns and not rest.strip(' »"”'):
                # "Компания «Нордлайн» сообщила", "The operator Nordline said": the company as written
                return company(s, e)
            art = re.match(r"(?:An?|an?)\s+", text[s:e])
            if (
                not appos
                and (art is not None or (lead and _key(lead[-1]) in ("a", "an")))
                and " ".join(_fold(rest).split()) in sp.spokes_titles
                and _key(text[s + (art.end() if art else 0) : e]) not in sp.people
                and not gazetteer.load().has(
                    gazetteer.strip_marks(_fold(text[s + (art.end() if art else 0) : e]))
                )
            ):
                # "A Heathrow Airport spokesperson said": the body the spokesperson speaks for
                return company(s + (art.end() if art else 0), e)
            if rest.strip(" ,") and (not _APPOSITION.fullmatch(rest) or _finite_verb_in(entry.lang, rest)):
                return False  # (", снайперы заняли позиции," is a clause of its own, no apposition)
            if sp.clause_open is not None and sp.clause_open.match(rest):
                return False  # "X, iar viața nu îi este în pericol, a precizat Y": Y speaks
            if (
                "," in rest
                and rest.strip() == ","
                and not appos
                and not _COMMA_BEFORE.search(text, max(0, s - 12), s)
                and not (
                    # "Ministrul Apărării, generalul X, a declarat": a title word after the comma
                    (tw := _TITLE_WORD_BEFORE.search(text, max(0, s - 30), s)) is not None
                    and _key(tw.group(1)) in sp.titles
                    # (a person's name after the title, not a body's: "X, șeful DSU, a declarat")
                    and len(text[s:e].split()) >= 2
                    and not text[s:e].split()[0].isupper()
                )
            ):
                # "X, scrie TASS": the verb belongs to what follows; but "N countries, including
                # A, B and C, said": the list in apposition speaks
                return listed(k, s, e)
            titled = bool(pm and _key(pm.group(1)) in sp.titles)
            if sp.of_org is not None:
                # "Nika Gvaramia of the Coalition for Change urged": the person speaks
                inner = sp.of_org.search(text, s, e)
                lead_words = text[s : inner.start()].split() if inner is not None else []
                if len(lead_words) < 2 or _key(lead_words[0]) in sp.skip_lead:
                    inner = None
                if inner is not None and take(s, inner.start(), False, titled, subject=False):
                    if out[-1][4]:
                        return True
                    out.pop()
            if not take(s, e, False, titled, subject=not rest.strip() or appos):
                return False
            coordinated(k, s)
            return True
        return False

    def coordinated(k: int, s: int) -> int:
        """Speakers coordinated with run k: "A, B and C said" (the last two joined by "and");
        the start of the leftmost one taken."""
        j, left = k, s
        while j > 0:
            ps, pe = runs[j - 1]
            if j > 1 and text[ps - 1 : ps] == "(" and text[pe : pe + 1] == ")":
                # "the Kenya Medical Association (KMA), the Law Society ...": the abbreviation
                # is part of the name before it
                ps, pe = runs[j - 2]
                j -= 1
            between = text[pe:left]
            pm = _PAREN.match(between)
            between = between[pm.end() :] if pm else between
            sep = sp.list_and if j == k else sp.list_sep
            if not sep.fullmatch(between):
                break
            if (
                j == k
                and out
                and not re.search(r"\s(?:the|a|an)\s", between)
                and _country_of(rules, _fold(text[ps:pe])) is None
                and _joins_org(sp, text[ps:pe], out[-1][0])
            ):
                # "the Hostages and Missing Families Forum": one organisation, not two speakers
                name, kind, _, e0, person = out[-1]
                out[-1] = (
                    text[ps:pe].removeprefix("The ") + between.rstrip(" ,").replace(",", "") + " " + name,
                    kind,
                    ps,
                    e0,
                    person,
                )
                j, left = j - 1, ps
                continue
            if not take(ps, pe, False, False, True):
                break
            j, left = j - 1, ps
        return left

    def listed(k: int, s: int, e: int) -> bool:
        """Run k ends a list that a word like "including" opens, in apposition before the verb."""
        if sp.list_intro is None:
            return False
        mark = len(out)
        if not take(s, e, False, False, True):
            return False
        left = coordinated(k, s)
        if len(out) - mark < 2 or not sp.list_intro.search(folded, max(0, left - 30), left):
            del out[mark:]
            return False
        return True
        return False

    def pronoun_subject(head_end: int, plain: bool) -> bool:
        """ "He told reporters", "... and said": the person last named before, in the sentence
        for "and", in the entry for a pronoun. "And" takes only a plain speech verb (``plain``):
        "met X and promised help" leaves X no speaker."""
        if sp.pronoun is None:
            return False
        if sp.aux_tail is not None and _ends_on(folded, max(0, head_end - 60), head_end, sp.aux_last):
            aux = sp.aux_tail.search(folded, max(0, head_end - 60), head_end)
            if aux is not None:
                head_end = aux.start() + 1
        if not _ends_on(folded, max(0, head_end - 30), head_end, sp.pronoun_last):
            return False
        m = sp.pronoun.search(folded, max(0, head_end - 30), head_end)
        if m is None:
            return False
        joined = _key(m.group("w")) in sp.and_words
        if joined and not plain:
            return False
        return person_before(m.start("w"), joined) or (not joined and witness_before(m.start("w")))

    def witness_before(at: int) -> bool:
        """'A local shopkeeper watched the water rise. "We lost everything," she said': with no
        person named before, the pronoun is the private person the entry told of last, in this
        sentence or the one before."""
        window = max(0, at - 300)
        if len(_SENTENCE_BREAK.findall(text, window, at)) > 2:
            window = [b.end() for b in _SENTENCE_BREAK.finditer(text, window, at)][-3]
        last = None
        for claimant in rules.claimants:
            if claimant.kind != "eyewitness":
                continue
            for w in claimant.pattern.finditer(folded, window, at):
                if last is None or w.start() > last[1]:
                    last = (claimant.name, w.start(), w.end())
        if last is None or not _one_person(entry.lang, sp, folded[last[1] : last[2]]):
            return False  # ("survivors", "passengers": no "he")
        if sp.kin is not None and sp.kin.match(folded, last[2]):
            return False  # "One woman, whose husband was on board": a relative
        if any(last[2] <= s0 and e0 <= at and len(text[s0:e0].split()) >= 2 for s0, e0 in runs):
            return False  # a person named since ("Al Jazeera's Bikash Thapa ... he said")
        out.append(("eyewitnesses", "eyewitness", last[1], last[2], True))
        return True

    def person_before(
        at: int, same_sentence: bool, only: bool = False, private: bool = True, ref: str = ""
    ) -> bool:
        """The titled or known person last named before ``at`` speaks (``only``: when the entry
        names one such person before it, no other — or, of several, the one whose title the words
        ``ref`` after the verb point back to; ``private``: or a private person, or one named by a
        surname looked up)."""
        chosen: list[tuple[str, str, int, int]] = []
        for s, e in reversed(runs):
            if e > at:
                continue
            if same_sentence and _SENTENCE_BREAK.search(text, e, at):
                break
            before = folded[max(0, s - 12) : s].split()
            if before and before[-1] in _PLACE_PREPS:
                continue  # "her house in Vila Esperança ... she told CNN": a place, no speaker
            run = _strip(sp, text, s, e, False)
            if run is None:
                continue
            got = _classify(sp, rules, names, run, False, False, False)
            if got is None or got[1] not in ("other", "government") or not got[0][:1].isupper():
                continue
            known = _key(got[0]) in sp.people or (private and names.get(_key(got[0].split()[-1])) is not None)
            if not (
                run.titled
                or known
                or any(o[0] == got[0] for o in out)
                or (
                    private and _private(sp, text, folded, run.start, run.end)
                )  # "Maria Ferreira, 58, ... she told CNN"
            ):
                continue
            chosen.append((got[0], got[1], run.start, run.end))
            if not only:
                break
        if len({c[0] for c in chosen}) > 1 and ref:
            # "Președintele X a vorbit cu secretarul general al NATO, Y. „...”, a transmis șeful
            # statului": the one whose title the words after the verb name
            stems = next((t for r, t in sp.ref_titles if r == " ".join(ref.split())), frozenset())
            chosen = [
                c
                for c in chosen
                if stems
                & {w[:_STEM] for w in folded[max(0, c[2] - 40) : c[2]].replace(",", " ").split()[-3:]}
            ]
        if not chosen or len({c[0] for c in chosen}) > 1:
            return False
        out.append((*chosen[0], True))
        return True

    def company(s: int, e: int) -> bool:
        """The run at [s, e) right after a company noun: the company, as written."""
        run = _strip(sp, text, s, e, False)
        if run is None:
            return False
        name = " ".join(run.words)
        if _fold(name) in rules.stop_names or _country_of(rules, _fold(name)) is not None:
            return False
        known = rules.outlet_names.get(_fold(name))
        out.append((*(known or (_as_latin(name), "organization")), run.start, run.end, False))
        return True

    def after_cue(cue_start: int, start: int, inverted: bool) -> None:
        """The first name after the cue in its clause: "said President William Ruto.", "according to X"."""
        tried = 0
        if inverted and sp.addressee is not None:
            # "a declarat pentru Antena 3 X": the outlet told stands between the verb and the speaker
            told = sp.addressee.match(folded, start)
            if told is not None:
                at = told.end()
            elif sp.addressee.search(" " + folded[cue_start:start] + " ") is not None:
                at = start + len(text[start:]) - len(text[start:].lstrip())  # the cue ends "pentru"
            else:
                at = -1
            told_end = _outlet_at(rules, folded, at, text) if at >= 0 else None
            if told_end is not None:
                start = told_end
                # "pentru Digi24 Viorel Hanță": one run of capitals, the outlet first, the speaker next
                inside = next(((s, e) for s, e in runs if s < told_end < e), None)
                if inside is not None:
                    rest = told_end + len(text[told_end:]) - len(text[told_end:].lstrip())
                    if take(rest, inside[1], False, False):
                        return
        if inverted:
            # "рассказал «Коммерсанту» глава округа X": the outlet told, in quotes, before the speaker
            qpos = start + len(text[start:]) - len(text[start:].lstrip())
            if text[qpos : qpos + 1] in ('"', "«", "„", "“"):
                start = _outlet_at(rules, folded, qpos, text) or start
        for s, e in runs:
            if s < start:
                continue
            gap = text[start:s]
            if len(gap) > 80:
                return
            words = gap.split()
            titled_lead = False
            # an honorific's dot ("dr.", "prof.") breaks no clause
            brk = _CLAUSE_BREAK.search(
                _ABBREV_DOT.sub(
                    lambda m: m.group(1) + " " if _key(m.group()) in sp.titles else m.group(), gap
                )
            )
            if brk is not None:
                # "a anunțat prefectul județului, Liviu Scripcaru": a title, a comma, the name (with
                # its honorific: "managerul spitalului, dr. X"); "anunță compania «Nord Trans»": a
                # company noun, a quote, the name
                lead = gap[: brk.start()].split()
                quoted = brk.group() in '"«„“' and lead and _key(lead[-1]) in sp.org_nouns
                # (after a preposition too, the name closing its clause: "potrivit ministrului Sănătății,
                # Alexandru Rafila, 14 ..."; not "по словам главы республики, Терек вышел")
                titled_comma = (
                    brk.group() == ","
                    and any(_key(w) in sp.titles for w in lead)
                    and (inverted or _CLAUSE_END.match(text, e) is not None)
                )
                if not (quoted or titled_comma) or any(
                    _key(w) not in sp.titles for w in gap[brk.end() :].split()
                ):
                    return
                titled_lead = titled_comma
                words = [] if titled_comma else lead
            if any(_key(w) in sp.titles for w in words) and (
                _titled_next(sp, text, runs, e) or _named_next(text, runs, e)
            ):
                # "șeful stației Salvamin Petroșani, inginerul X", "primarul comunei Zorleni, Ion
                # Buzdugan": the title's body or place first, the speaker after the comma
                continue
            if inverted and sp.gap_ok is not None and any(_key(w) not in sp.gap_ok for w in words[:-1]):
                return  # "said police fired tear gas on Moi Avenue": no speaker after the verb
            if words and _key(words[-1]) in sp.org_nouns:
                # "anunță distribuitorul Delgaz Grid", "the operator Nordline said": a company as written
                if company(s, e):
                    return
            if inverted and sp.gap_ok is not None and words and _key(words[-1]) not in sp.gap_ok:
                return
            if inverted and len(words) > 1 and _key(words[-1]) in sp.place_preps:
                # "заявил представитель ведомства на брифинге в Вашингтоне": where, not who (but
                # "сообщили в Минздраве": the body where it was said)
                tried += 1
                if tried > 2:
                    return
                continue
            titled = titled_lead or any(_key(w) in sp.titles for w in words)
            oblique = (sp.oblique_re is not None and bool(sp.oblique_re.search(folded, cue_start, s))) or (
                sp.oblique_next is not None and bool(sp.oblique_next.fullmatch(folded, cue_start, s))
            )
            if (not inverted or sp.follow_ok.match(text, e)) and take(s, e, oblique, titled):
                if not inverted:
                    # "according to Santee Cooper and Dominion Energy": every coordinated name
                    for s2, e2 in runs:
                        if s2 >= e and sp.list_and.fullmatch(text, e, s2):
                            take(s2, e2, oblique, False)
                            break
                return
            tried += 1
            if tried > 2:
                return

    for s0, e0 in runs:
        # "Министр здравоохранения Вероника Скворцова: ...": a titled name opening a line speaks
        if text[e0 : e0 + 1] == ":" and _titled_line_lead(sp, text, folded, s0):
            take(s0, e0, False, True)

    for cue in cues:
        if sp.act_after is not None and sp.act_after.match(folded, cue.end()):
            continue  # "В Японии объявили эвакуацию": an act, not a claim
        key = " ".join(cue.group().split())
        statement[0] = sp.statement is not None and bool(
            sp.statement.match(folded, cue.start(), cue.end() + 40)
        )
        if key in sp.after_verbs and (
            before_verb(cue.start()) or pronoun_subject(cue.start(), key in sp.before_verbs)
        ):
            continue
        if (
            key in sp.after_verbs
            and sp.title_before is not None
            and (tb := sp.title_before.search(folded, max(0, cue.start() - 40), cue.start())) is not None
            and person_before(cue.start(), False, only=True, ref=tb.group().strip(' ,;:"\n\t'))
        ):
            continue  # '"...," the mayor said': the mayor named before
        if key in sp.before_verbs:
            ref = sp.title_ref.match(folded, cue.end()) if sp.title_ref is not None else None
            if ref is not None and person_before(cue.start(), False, only=True, ref=ref.group().strip()):
                continue  # "..., сообщил министр": the minister named before
            if ref is not None and ref.group().split()[-1] in sp.pronoun_last and witness_before(cue.start()):
                continue  # "„Am pierdut tot”, a spus ea": the private person told of before
            after_cue(cue.start(), cue.end(), True)
        elif key in sp.preps:
            after_cue(cue.start(), cue.end(), False)
    for ref in refs:
        person_before(ref.start(), False, private=False)  # a resident quoted is an eyewitness
    return out


def _outlet_at(rules: _Rules, folded: str, at: int, text: str = "") -> int | None:
    """The end of a known outlet's name written at ``at`` ("Antena 3 CNN", "Digi24", a name kept in
    capitals: "BTA"), maybe after a media noun ("agenția BTA"), if any."""
    for _ in range(2):
        words = list(re.finditer(r"[^\s,.;:]+", folded[at : at + 60]))[:4]
        for k in range(len(words), 0, -1):
            if words[0].start() == 0 and any(
                written[at : at + words[k - 1].end()].strip('"„“”«»') in rules.outlet_names
                for written in (folded, text)
                if written
            ):
                return at + words[k - 1].end()
        if not words or words[0].start() != 0 or words[0].group() not in rules.media_nouns:
            return None
        at += words[0].end()
        at += len(folded[at:]) - len(folded[at:].lstrip())
    return None


def _titled_next(sp: _Speakers, text: str, runs: list[tuple[int, int]], end: int) -> bool:
    """Whether a comma and title words alone lead from ``end`` to the next name ("..., inginerul X")."""
    nxt = next((s for s, _ in runs if s >= end), None)
    if nxt is None:
        return False
    between = text[end:nxt].strip()
    titles = between[1:].split()
    return between.startswith(",") and bool(titles) and all(_key(w) in sp.titles for w in titles)


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\n]|$)")


def _named_next(text: str, runs: list[tuple[int, int]], end: int) -> bool:
    """Whether a comma alone leads from ``end`` to a name of two words or more that ends the
    clause ("..., Ion Buzdugan.")."""
    nxt = next(((s, e) for s, e in runs if s >= end), None)
    if nxt is None or text[end : nxt[0]].strip() != ",":
        return False
    return len(text[nxt[0] : nxt[1]].split()) > 1 and bool(_CLAUSE_END.match(text, nxt[1]))


def scan_document(ctx: DocContext, texts: list[str]) -> None:
    """Register the people the document names in full, by surname (``ctx.names``)."""
    code = ctx.lang or "en"
    if code not in langdata.available():
        return
    for text in texts:
        entry = EntryText(text, code, ctx)
        for name, _kind, _s, _e, is_person in speakers(entry):
            parts = name.split()
            if is_person and len(parts) >= 2 and _fold(parts[0]) not in _rules(code).outlet_names:
                ctx.names.setdefault(_key(parts[-1]), name)
        for name in _titled_people(entry):
            ctx.names.setdefault(_key(name.split()[-1]), name)
    ctx.memo[NAMED_BODIES] = _named_bodies(code, texts)
    forces = _rules(code).police_forces
    if forces is not None:
        # the police force the document names in full ("Avon and Somerset Police"): its bare
        # "police" is that force, not the story town's
        named = [re.sub(r"^(?:The|A)\s+", "", m.group()) for t in texts for m in forces.finditer(t)]
        units = _police_units(code)
        if units is not None:
            # a reserve, armed or border unit ("State Reserve Police Force") is no town's police
            named = [n for n in named if not units.search(n)]
        if named:
            ctx.memo["sources.police"] = max(set(named), key=named.count)
    regions = [r for r in (_region_in(_rules(code), EntryText(t, code, ctx)) for t in texts) if r]
    if regions:
        # the region the document names most: "региональный минздрав" in an entry naming none
        ctx.memo["sources.region"] = max(set(regions), key=regions.count)


@cache
def _police_units(code: str) -> re.Pattern[str] | None:
    """Words that make a named police force a special unit (``police_units`` in sources.toml)."""
    words = langdata.section(code, "sources").get("cues", {}).get("police_units", [])
    return re.compile(rf"\b(?:{_alt(words)})\b") if words else None


_BODY_RUN = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+)*[A-Z][\w'’-]*)*"
)  # "Bureau of Meteorology", "National Disaster Risk Reduction and Management Council's"


@cache
def _generic_nouns(code: str) -> frozenset[str]:
    """The nouns of the generic names that stand only for a body named with them ("the bureau")."""
    return frozenset(
        alt.split()[-1]
        for row in langdata.section(code, "sources").get("claimant", [])
        if row.get("same_word") and not row.get("noun")  # an English noun names no page's body here
        for alt in row["pattern"].split("|")
        if alt.split()
    )


def _named_bodies(code: str, texts: list[str]) -> dict[str, str]:
    """Per generic noun, the body the document names with it in capitals when it names just one
    ("the bureau said" on a page naming the "Bureau of Meteorology" alone)."""
    nouns = _generic_nouns(code)
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in prefilter.finditer(_BODY_RUN, text):
            words = re.sub(r"['’]s$", "", m.group()).split()
            while words and words[0] in ("The", "A", "An"):
                words = words[1:]
            head = 0  # "Grace Wambui of the Kenya National Commission": the body opens after "of the"
            for i, word in enumerate(words):
                noun = word.lower()
                if noun in ("of", "for", "on") and not any(w.lower() in nouns for w in words[head:i]):
                    head = i + 1 + (i + 1 < len(words) and words[i + 1] == "the")
                elif noun in nouns and len(words) - head > 1 and (i > head or words[head + 1] == "of"):
                    found.setdefault(noun, set()).add(" ".join(words[head:]))
                    break
    return {noun: next(iter(names)) for noun, names in found.items() if len(names) == 1}


def _titled_line_lead(sp: _Speakers, text: str, folded: str, start: int) -> bool:
    """Whether the line before ``start`` holds only a title ("Ministrul Sănătății, ")."""
    line = text.rfind("\n", 0, start) + 1
    lead = folded[line:start].strip(' ,"*•-')
    if not lead:
        return False
    keys = [_key(w) for w in lead.split()]
    if len(keys) > 4:
        return False
    return any(" ".join(keys[:n]) in sp.titles for n in range(1, min(sp.title_max, len(keys)) + 1))


def _after_place_word(sp: _Speakers, rules: _Rules, names: _Names, text: str, start: int, run: _Run) -> bool:
    """The run names where, not who: a preposition or a place noun stands right before it ("the
    correspondent in Asadabad reported", "locuitori din cartierul Gară spun") and it is no person
    the document or the data knows, and, when of many words, a place the gazetteer knows."""
    before = text[max(0, start - 30) : start].split()
    if not before or _key(before[-1]) not in sp.where_words:
        return False
    if _is_street(sp, run):
        return True  # "a shopkeeper on Corso Saffi told", "a waiter on Main Street said"
    keys = [_key(w) for w in run.words]
    if " ".join(keys) in sp.people or (len(keys) > 1 and " ".join(keys[1:]) in sp.people):
        return False
    if len(keys) == 1:
        return names.get(_key(latin(run.words[0]))) is None
    return gazetteer.load().has(fold_key(" ".join(run.words)))


def _is_street(sp: _Speakers, run: _Run) -> bool:
    """The run, of two words or more, opens or closes on a street's common noun."""
    keys = [_key(w) for w in run.words]
    return len(keys) > 1 and (keys[0] in sp.street_leads or keys[-1] in sp.street_tails)


# words that put a place, not a person, after a title ("a judge in", "procurorul din")
_PLACE_PREPS = frozenset({"in", "at", "from", "near", "across", "din", "la"})


def _titled_people(entry: EntryText) -> list[str]:
    """People named in full after a title, speech verb or not ("Ministrul de Interne, Cătălin
    Predoiu, a ajuns"), so a later "Predoiu a anunțat" finds them."""
    sp = _speakers(entry.lang)
    rules = _rules(entry.lang)
    text, folded = entry.text, entry.folded
    out = []
    for m in sp.runs.finditer(text):
        if len(m.group().split(None, 1)) < 2:
            continue  # one word: no full name
        run = _strip(sp, text, m.start(), m.end(), False)
        if run is None or len(run.words) < 2 or len(run.words) > 4:
            continue
        if not run.titled:
            keys = [_key(w) for w in folded[max(0, m.start() - 50) : m.start()].rstrip(" ,").split()[-4:]]
            if keys and keys[-1] in _PLACE_PREPS:
                continue  # "a state judge in Minas Gerais": the place of the title, no name
            run.titled = any(
                " ".join(keys[j : j + n]) in sp.titles
                for j in range(len(keys))
                for n in range(1, sp.title_max + 1)
            )
        if not run.titled:
            continue
        got = _classify(sp, rules, _Names(entry.doc.names), run, False, False, False)
        if got is not None and got[1] in ("other", "government") and got[0][:1].isupper():
            out.append(got[0])
    return out
