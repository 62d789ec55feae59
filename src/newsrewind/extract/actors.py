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

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from newsrewind import lang as langdata
from newsrewind.extract import gazetteer, places, prefilter, translit
from newsrewind.extract.context import NAMED_BODIES, POLICE_FORCE, DocContext, EntryText
from newsrewind.extract.normalize import fold_key
from newsrewind.extract.phrases import WORD_GAPS, PhraseIndex, suffix_stripper, token_key
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
    bare: str | None = None  # the name when no place or demonym comes with it
    home: str | None = None  # ISO code it means with no place or demonym, whatever the story ("MApN")
    seat: bool = False  # a state only with its country or capital named ("the authorities in Kyiv")
    local: bool = False  # with no place named, the town the document last named it with ("the district
    # administration" after "the Chandpur district administration")
    below: str | None = (
        None  # the name when the place named with it is below a country ("{city} National Guard")
    )
    state_only: bool = False  # an actor only with its country or demonym named ("Pompierii eleni")
    county: str | None = None  # the name when a county is named with it ("Jandarmeria Ilfov")
    story_county: bool = False  # with no county named, the county named before it ("județului Bihor")
    bare_except: frozenset[str] = frozenset()  # stories where ``bare`` is not used (the country's police
    # are its regions' or ministry's: "полиция" in a Russian story)
    stated: bool = False  # ``home`` is the demonym written inside the name ("Ministerul rus al Apărării")
    # the name in stories about given countries (riot police: "Rosgvardia" in Russia), as (ISO, name)
    by_country: tuple[tuple[str, str], ...] = ()
    unit_of: bool = False  # a unit a body named right after it owns ("спецназ ФСБ"): that body, not this
    acting: bool = False  # an actor only with a verb around it (a hospital is mostly where people are taken)
    home_only: bool = False  # an actor only in a story about ``home`` with no other country named with it
    place_before: bool = False  # its place only written before it, as a title's ("Beaver County Sheriff
    # Ray Dombrowski": the name after it is the holder's)
    renamed_only: bool = False  # an actor only where the country's body has a name of its own (renames):
    # "the disaster agency" is Chile's SENAPRED, and no invented "<country> Disaster Agency" elsewhere
    # (the president's press secretary is the Kremlin's in a Russian story, not in a Kazakh one)


@dataclass(frozen=True)
class _Rules:
    people: PhraseIndex[str]
    people_strip: Callable[[str], tuple[str, ...]] | None
    titles: PhraseIndex[bool]
    name_stop: frozenset[str]
    person_stop: frozenset[str]  # name_stop and the fields of offices: no word of a person's name
    insts: PhraseIndex[_Inst]
    abbr_map: dict[str, _Inst]
    # abbreviations another body bears in stories about given countries ("RSF" in Sudan)
    abbr_local: dict[tuple[str, str], _Inst]
    abbr_all: dict[str, list[_Inst]]  # every body an abbreviation stands for, in the data's order
    links: tuple[tuple[str, ...], ...]
    demonyms: re.Pattern[str] | None
    # a whole word that is a demonym form, not a surname spelt with its stem ("Rusu", "Grecu")
    demonym_words: re.Pattern[str] | None
    demonym_list: tuple[tuple[str, str], ...]
    forces: re.Pattern[str] | None
    force_nouns: re.Pattern[str]  # a word that opens with one of the force nouns ("strikes")
    translit: dict[str, str]
    bare_needs_capital: bool
    agent: re.Pattern[str] | None  # a passive verb's "by" right before a lower-case body ("reținut de")
    offices: dict[str, str]
    split_heads: frozenset[str]  # first words of names a demonym may follow ("Ministerul rus al Apărării")
    split_links: frozenset[str]  # words between that demonym and the rest of the name ("al")
    country_names: dict[str, str]
    place_names: dict[str, str]
    renames: dict[str, str]
    part_of: frozenset[str]
    adjective_bodies: tuple[str, ...] = ()  # forces named by their country's adjective ("Austrian Navy")
    adjective_except: frozenset[str] = frozenset()  # countries whose forces take the country's name
    personnel: re.Pattern[str] | None = None  # force nouns for the men under arms ("troops", "подразделения")
    abbrevs: frozenset[str] = frozenset()  # titles written shortened with a full stop ("Gov.")
    capital_words: frozenset[str] = frozenset()
    county_words: frozenset[str] = frozenset()  # "County" after a county's own name, before a body's
    county_skip: frozenset[str] = (
        frozenset()
    )  # capitalised words that never open a county's name ("In")  # "the Capital" after a body: the story country's capital
    named_before: bool = (
        False  # capitalised words before a body's name make its own name ("Federal Highway Police")
    )
    counties: frozenset[str] = frozenset()  # regions no town is named after, that name bodies ("ISU Timiș")
    county_towns: frozenset[str] = frozenset()  # of those, the ones a town is also called by ("Cluj")
    county_bodies: frozenset[str] = frozenset()  # bodies of a whole county, whatever town it is named by
    lower_levels: frozenset[str] = frozenset()  # words making a bare body a state's or province's ("state")
    lower_after: frozenset[str] = frozenset()  # the same right after the body ("Guvernul statului X")
    home_yields: frozenset[str] = frozenset()  # stories where a home body's bare name is the story country's
    local_police: frozenset[str] = frozenset()  # countries with no national police: "police" is the town's
    name_suffixes: frozenset[str] = frozenset()  # words closing a person's name ("Jr"): no other name
    region_nouns: frozenset[str] = frozenset()  # words after a place naming its region ("Oblast")
    acting_monitors: frozenset[str] = frozenset()  # monitors that act as a verb's subject ("the USGS says")
    other_home: tuple[str, str] | None = None  # (state, instead of): a page told from the other home
    other_shared: frozenset[str] = frozenset()  # bodies both homes have under one name
    other_renames: dict[str, str] = field(default_factory=dict)  # the other home's name of such a body
    county_marks: re.Pattern[str] | None = None  # a county's name after a county body ("IPJ Bihor"), folded
    tally: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None  # count, weapon, verb
    # a state's envoy named by the state's name, folded: the words right before it ("посла ",
    # "the ambassador of ") or right after it ("'s ambassador"); a demonym form ("federatiei ruse")
    envoy_before: re.Pattern[str] | None = None
    envoy_after: re.Pattern[str] | None = None
    envoy_named: re.Pattern[str] | None = None


@cache
def _people() -> PhraseIndex[str]:
    """Spelling → canonical name, from every language's people.toml.

    A language's ``[persons] stem_endings`` ("ий" for Russian) also index a
    surname without that ending, so "Зеленского" finds "Зеленский" through the
    inflection endings.
    """
    index: PhraseIndex[str] = PhraseIndex()
    for code in langdata.available():
        endings = tuple(langdata.section(code, "actors").get("persons", {}).get("stem_endings", []))
        for person in langdata.section(code, "people").get("person", []):
            canonical = person["canonical"]
            for form in [canonical, *person.get("forms", [])]:
                index.add(form, canonical)
                for ending in endings:
                    if form.endswith(ending) and len(form) > len(ending) + 3:
                        index.add(form[: -len(ending)], canonical)
    return index


@cache
def _known_people_names() -> frozenset[str]:
    """The canonical names of every language's people.toml."""
    return frozenset(
        str(person["canonical"])
        for code in langdata.available()
        for person in langdata.section(code, "people").get("person", [])
    )


@cache
def _demonyms(code: str) -> tuple[tuple[str, str], ...]:
    """Demonym stems with their countries, longest first; a stem whose ending alternates in the
    language's inflection (``demonym_endings``: Romanian "iranian" → "iranieni", "armean" → "armene")
    comes with its inflected stem too."""
    section = langdata.section(code, "actors")
    data = {fold_key(k): str(v) for k, v in section.get("demonyms", {}).items()}
    for ending, inflected in section.get("demonym_endings", {}).items():
        for stem, iso in list(data.items()):
            if stem.endswith(fold_key(ending)):
                data.setdefault(stem[: -len(fold_key(ending))] + fold_key(inflected), iso)
    return tuple(sorted(data.items(), key=lambda kv: -len(kv[0])))


def _institution_items(code: str) -> list[dict[str, Any]]:
    """This language's institutions, then the international ones every language knows
    (without their ``home``: a home country belongs to the language that names it)."""
    items = list(langdata.section(code, "institutions").get("institution", []))
    for other in langdata.available():
        if other != code:
            items.extend(
                {k: v for k, v in item.items() if k != "home"}
                for item in langdata.section(other, "institutions").get("institution", [])
                if item.get("everywhere", False)
            )
    return items


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "actors")
    persons = data.get("persons", {})
    titles: PhraseIndex[bool] = PhraseIndex()
    for t in persons.get("titles", []):
        titles.add(t, True)
    insts: PhraseIndex[_Inst] = PhraseIndex()
    abbr_map: dict[str, _Inst] = {}
    abbr_local: dict[tuple[str, str], _Inst] = {}
    abbr_all: dict[str, list[_Inst]] = {}
    for item in _institution_items(code):
        inst = _Inst(
            item["canonical"],
            item.get("kind", "organization"),
            bool(item.get("needs_place", False)),
            item.get("bare"),
            item.get("home"),
            bool(item.get("seat", False)),
            bool(item.get("local", False)),
            item.get("below"),
            bool(item.get("state_only", False)),
            item.get("county"),
            bool(item.get("story_county", False)),
            frozenset(str(x) for x in item.get("bare_except", [])),
            by_country=tuple((str(k), str(v)) for k, v in item.get("by_country", {}).items()),
            unit_of=bool(item.get("unit_of", False)),
            acting=bool(item.get("acting", False)),
            home_only=bool(item.get("home_only", False)),
            place_before=bool(item.get("place_before", False)),
            renamed_only=bool(item.get("renamed_only", False)),
        )
        for form in item.get("forms", []):
            insts.add(form, inst)
        for abbr in item.get("abbr", []):
            abbr_map.setdefault(abbr, inst)
            abbr_all.setdefault(abbr, []).append(inst)
        for abbr in item.get("abbr_where", {}).get("abbr", []):
            abbr_all.setdefault(abbr, []).append(inst)
            for iso in item["abbr_where"].get("countries", []):
                abbr_local.setdefault((abbr, iso), inst)
    dem = _demonyms(code)
    forces = data.get("forces", {})
    nouns = [fold_key(n) for n in forces.get("nouns", [])]
    dem_re = "|".join(re.escape(k) for k, _ in dem)
    endings = data.get("demonym_words", {}).get("inflections")
    inflections = (
        "|".join(re.escape(e) for e in sorted(endings, key=len, reverse=True)) if endings else r"\w*"
    )
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
    tally = forces.get("tally")
    envoy = forces.get("envoy", {})
    return _Rules(
        envoy_before=re.compile(rf"{_WB}(?:{envoy['before']})$") if "before" in envoy else None,
        envoy_after=re.compile(rf"(?:{envoy['after']}){_WE}") if "after" in envoy else None,
        envoy_named=re.compile(rf"{_WB}(?:{envoy['named'].replace('{dem}', rf'(?P<dem>{dem_re})')}){_WE}")
        if "named" in envoy and dem_re
        else None,
        tally=(
            re.compile(rf"(?:{tally['count']})$"),
            re.compile(rf"(?:{tally['weapons']})"),
            re.compile(rf"{_WB}(?:{tally['verbs']})"),
        )
        if tally
        else None,
        people=_people(),
        people_strip=suffix_stripper(persons.get("suffix", "")),
        titles=titles,
        name_stop=frozenset(token_key(w) for w in persons.get("not_names", [])),
        person_stop=frozenset(
            token_key(w) for w in [*persons.get("not_names", []), *persons.get("fields", [])]
        ),
        insts=insts,
        abbr_map=abbr_map,
        abbr_local=abbr_local,
        abbr_all=abbr_all,
        links=tuple(
            tuple(token_key(x).split())
            for x in sorted(data.get("institutions", {}).get("links", []), key=len, reverse=True)
        ),
        demonyms=re.compile(rf"{_WB}(?:{dem_re})\w*{_WE}") if dem_re else None,
        demonym_words=re.compile(rf"(?:{dem_re})(?:{inflections})") if dem_re else None,
        demonym_list=dem,
        forces=force_pat,
        force_nouns=re.compile(rf"(?:{noun_re})" if noun_re else r"(?!)"),
        personnel=re.compile("|".join(re.escape(fold_key(n)) for n in forces["personnel"]))
        if forces.get("personnel")
        else None,
        translit={k: str(v) for k, v in data.get("transliteration", {}).items()},
        bare_needs_capital=bool(data.get("institutions", {}).get("bare_needs_capital", False)),
        agent=re.compile(rf"(?:{agent_re})$")
        if (agent_re := data.get("institutions", {}).get("agent_before"))
        else None,
        offices={token_key(k): str(v) for k, v in data.get("offices", {}).items()},
        split_heads=frozenset(
            token_key(str(x)) for x in data.get("institutions", {}).get("demonym_after", [])
        ),
        split_links=frozenset(
            token_key(str(x)) for x in data.get("institutions", {}).get("demonym_links", [])
        ),
        country_names={str(k): str(v) for k, v in _shared_names("countries").items()},
        place_names={str(k): str(v) for k, v in _shared_names("places").items()},
        renames={str(k).casefold(): str(v) for k, v in _shared_names("renames").items()},
        adjective_bodies=tuple(str(x) for x in _shared_names("adjective").get("bodies", [])),
        adjective_except=frozenset(str(x) for x in _shared_names("adjective").get("except", [])),
        part_of=frozenset(fold_key(x) for x in data.get("institutions", {}).get("part_of", [])),
        abbrevs=frozenset(token_key(str(x)) for x in persons.get("abbreviations", [])),
        capital_words=frozenset(
            token_key(str(x)) for x in data.get("institutions", {}).get("capital_after", [])
        ),
        county_words=frozenset(token_key(str(x)) for x in data.get("institutions", {}).get("county", [])),
        county_skip=frozenset(token_key(str(x)) for x in data.get("institutions", {}).get("county_skip", [])),
        named_before=bool(data.get("institutions", {}).get("named_before", False)),
        counties=frozenset(fold_key(str(x)) for x in data.get("institutions", {}).get("counties", [])),
        county_towns=frozenset(
            fold_key(str(x)) for x in data.get("institutions", {}).get("county_towns", [])
        ),
        county_bodies=frozenset(str(x) for x in data.get("institutions", {}).get("county_bodies", [])),
        lower_levels=frozenset(
            fold_key(str(x)) for x in data.get("institutions", {}).get("lower_levels", [])
        ),
        lower_after=frozenset(fold_key(str(x)) for x in data.get("institutions", {}).get("lower_after", [])),
        home_yields=frozenset(str(x) for x in data.get("institutions", {}).get("home_yields", [])),
        local_police=frozenset(str(x) for x in data.get("institutions", {}).get("local_police", [])),
        name_suffixes=frozenset(token_key(str(x)) for x in persons.get("name_suffixes", [])),
        region_nouns=frozenset(
            token_key(str(x)) for x in data.get("institutions", {}).get("region_nouns", [])
        ),
        acting_monitors=frozenset(str(x) for x in data.get("institutions", {}).get("acting_monitors", [])),
        other_home=(str(oh["country"]), str(oh["instead_of"]))
        if (oh := data.get("institutions", {}).get("other_home"))
        else None,
        other_shared=frozenset(
            str(x) for x in data.get("institutions", {}).get("other_home", {}).get("shared", [])
        ),
        other_renames={
            str(k): str(v)
            for k, v in data.get("institutions", {}).get("other_home", {}).get("renames", {}).items()
        },
        county_marks=re.compile(
            rf"(?<![\w-])(?:{_phrase_alt(marks)})\s+(?=[^\W\d_])([\w]+(?:-[\w]+)?)(?![\w-])"
        )
        if (marks := list(data.get("institutions", {}).get("county_marks", [])))
        else None,
    )


@dataclass(frozen=True)
class _Grammar:
    """Grammar cues of one language (``actors.toml`` [grammar]), compiled once."""

    source_cue: re.Pattern[str] | None  # "according to" (+ a few words) right before a name
    coordination: re.Pattern[str]  # the gap joining two names in a list ("X and Y")
    modifier: re.Pattern[str] | None  # a name qualifying the next word ("Hamas-run")
    verb_after: re.Pattern[str] | None  # a verb right after a name ("said", "a declarat")
    verb_before: re.Pattern[str] | None  # a speech verb right before a name ("said", "заявил")
    morph_verbs: bool  # a verb after a name is known by its part of speech (pymorphy3)
    place_nouns: frozenset[str]  # a name after these is a street's or building's ("улица", "имени")
    given_names: frozenset[str]  # folded given names that open a person's name
    not_name_words: frozenset[str]  # capitalised words never in a person's name found by grammar
    place_preps: frozenset[str]  # one-word prepositions of place ("din", "in", "в"): no subject after them
    appositive_words: frozenset[str]  # words between ", " and a title after a name ("the city's mayor")
    byline: re.Pattern[str] | None  # words before the names of the page's own staff ("edited by")
    locative: re.Pattern[str] | None  # an organisation after these is a place ("towards parliament")
    goal_before: re.Pattern[str] | None  # an organisation in the accusative after these is where one goes
    stormed: re.Pattern[str] | None  # a body other than a force after these is the building stormed
    latin_bodies: bool  # a name in Latin letters acting in this script is an organisation's
    speaking_preps: frozenset[str]  # a sentence opening with these and a body is where it speaks ("В МВД")
    person_clause: frozenset[str]  # after ", " behind a name, words only a person's clause opens with ("who")
    qualified: (
        re.Pattern[str] | None
    )  # nouns after an organisation that make it a qualifier ("police station")
    modifier_before: re.Pattern[str] | None  # a name glued after these qualifies a noun ("pro-government")
    org_heads: frozenset[str] = frozenset()  # words that make a capitalised run an organisation ("Movement")
    name_heads: frozenset[str] = frozenset()  # words no person's name follows ("Centrul de ...")
    org_inner: frozenset[str] = frozenset()  # lower-case words inside such a name ("for", "of", "pentru")
    member_before: re.Pattern[str] | None = None  # words before an organisation one leads or belongs to
    owner_before: re.Pattern[str] | None = None  # "run by" before a name that owns, not acts
    owns_media: re.Pattern[str] | None = None  # "'s television station" after a name that owns an outlet
    sent_from: re.Pattern[str] | None = None  # people sent from a country ("rescue teams from"), or
    # countries listed as acting ("countries, including")
    acronym_names: bool = False  # a body introduced with its initials in brackets goes by them
    byline_line: re.Pattern[str] | None = None  # a line naming the page's own staff ("By A and B, CNN")
    members_after: re.Pattern[str] | None = None  # its people after a body's name ("Party workers")
    name_preps: frozenset[str] = frozenset()  # inner words after which a name starts anew ("Sources in the")
    relative_opens: frozenset[str] = frozenset()  # words opening a clause about a place ("where", "unde")
    age_after: re.Pattern[str] | None = None  # an age in apposition after a name (", 46,")
    age_before: re.Pattern[str] | None = None  # an age before a private person's name ("41-летний житель X")
    names_line: re.Pattern[str] | None = None  # a line holding only names ("Marisol Grant and Tom Winter")
    coordination_words: frozenset[str] = frozenset()  # the words of ``coordination`` ("and", "și")
    articles: frozenset[str] = frozenset()  # "the": after a coordination word it opens a new name
    clause_open: re.Pattern[str] | None = (
        None  # a subordinate clause's opening word ("that"): its subject acts
    )
    located_heads: frozenset[str] = frozenset()  # a body named by where it is ("Police in X" → "X Police")
    org_prefix: re.Pattern[str] | None = None  # a state's initials before a body's name ("U.N. ")
    org_prefixes: dict[str, str] = field(default_factory=dict)  # those initials as the name spells them
    share_after: re.Pattern[str] | None = None  # a vote share right after a party's name ("at 40.9%")
    named_for_before: re.Pattern[str] | None = None  # a street or school a name is given to ("strada")
    named_for_quoted: re.Pattern[str] | None = None  # a body's name, then a name in quotes it bears
    # a body named by its common noun after these is what is acted on, not acting ("thrown at police",
    # "called the police")
    object_before: re.Pattern[str] | None = None
    # a body's staff opening a sentence as its subject ("Polițiștii au reținut"): folded word → (the
    # end of the name of a body the document names, the name with none named)
    staff_subjects: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    staff_not: frozenset[str] = frozenset()  # words right after the staff word that make them another body's
    staff_not_bodies: frozenset[str] = frozenset()  # words in a body's name that make it no such staff's
    named_for_after: re.Pattern[str] | None = None  # ... written after the name ("Street", "High School")
    subject_only: frozenset[str] = frozenset()  # bare bodies that act only as a verb's subject ("government")
    noun_case: re.Pattern[str] | None = None  # a noun's case ending with its article ("Sistemului"): no name
    plural_noun: re.Pattern[str] | None = (
        None  # a plural noun with its article opening a sentence ("Angajații")
    )
    name_particles: frozenset[str] = frozenset()  # lower-case particles hyphened into a name ("al-Fakhri")


# two or three words of a name, with an aside on when they wrote ("Maya Lindgren (now)")
_NAME = r"[^\W\d_][\w'’.]*(?:[ -][^\W\d_][\w'’.]*){1,2}(?:[ \t]*\([^\W\d_]+\))?"
_ASIDE = re.compile(r"\([^()\n]*\)")


def _base_form(text: str) -> str:
    """A phrase as the base text spells it (folded, without diacritics)."""
    from newsrewind.extract.normalize import fold

    return gazetteer.strip_marks(fold(text))


def _phrase_alt(items: list[str], raw: bool = False) -> str:
    keys = sorted(
        {gazetteer.strip_marks(x) if raw else re.escape(_base_form(x)) for x in items if x},
        key=len,
        reverse=True,
    )
    return "|".join(k.replace(r"\ ", r"\s+") for k in keys)


def _byline_line(data: dict[str, Any]) -> re.Pattern[str] | None:
    """A line naming the page's own staff: opening with a byline word ("By A and B, CNN") or a name
    and a staff role alone ("Megan Harker, news reporter", "Ion Pop, corespondent")."""
    alts = []
    if data.get("byline_lines"):
        alts.append(rf"(?:{_phrase_alt(list(data['byline_lines']))})\s[^\n.!?;:]{{3,150}}")
    if data.get("staff_roles"):
        cap = "A-ZÀ-ÖØ-ÞĂÂÎȘȚŞŢА-ЯЁ"
        name = rf"[{cap}][\w'’.-]*(?:[ \t]+[{cap}][\w'’.-]*){{0,3}}"
        alts.append(
            rf"(?-i:{name}(?:[ \t]+(?:and|și|и)[ \t]+{name})?),[ \t]*(?:[^\W\d_][\w-]*[ \t]+){{0,2}}"
            rf"(?:{_phrase_alt(list(data['staff_roles']))})(?:[ \t,]+[\w.'’-]+){{0,3}}[ \t]*"
        )  # (the outlet may follow the role: "Ioana Pop, reporter Digi24")
    return re.compile(rf"(?im)^[ \t]*(?:{'|'.join(alts)})$") if alts else None


@cache
def _grammar(code: str) -> _Grammar:
    data = langdata.section(code, "actors").get("grammar", {})
    cues = _phrase_alt(list(data.get("source_cues", [])))
    conj = _phrase_alt(list(data.get("coordination", [])))
    arts = _phrase_alt(list(data.get("articles", [])))
    mods = _phrase_alt(list(data.get("modifiers_after", [])))
    after = _phrase_alt(list(data.get("verbs_after", [])), raw=True)
    before = _phrase_alt(list(data.get("verbs_before", [])))
    byline = _phrase_alt(list(data.get("byline_before", [])))
    locs = _phrase_alt(list(data.get("locative_before", [])))
    objs = _phrase_alt(list(data.get("object_before", [])))
    pre_mods = _phrase_alt(list(data.get("modifiers_before", [])))
    quals = _phrase_alt(list(data.get("qualifying_nouns", [])))
    orgs = langdata.section(code, "actors").get("organisations", {})
    members = _phrase_alt(list(orgs.get("member_before", [])))
    owners = _phrase_alt(list(data.get("owner_before", [])))
    media = _phrase_alt(list(data.get("owned_media", [])))
    senders = _phrase_alt(list(data.get("sent_nouns", [])))
    froms = _phrase_alt(list(data.get("sent_from", [])))
    states = _phrase_alt(list(data.get("states_listed", [])))
    # names listed before the one at hand: "by Ana Pop and ", "Текст: Анна Соколова, "
    conj_list = rf"(?:(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+(?:\s*,|\s+(?:{conj}))\s*){{0,3}}" if conj else ""
    art = rf"(?:(?:{arts})\s+)?" if arts else ""
    conj_re = rf"\s*(?:,|\(|,?\s*(?:{conj}))\s*{art}$" if conj else r"\s*[,(]\s*$"
    givens: set[str] = set()
    for other in langdata.available():
        for person in langdata.section(other, "people").get("person", []):
            words = str(person["canonical"]).split()
            if len(words) >= 2:
                givens.add(token_key(words[0]))
    givens.update(token_key(str(x)) for x in data.get("given_names", []))
    return _Grammar(
        source_cue=re.compile(rf"(?<!\w)(?:{cues})\s+(?:[^\W\d_]+\s+){{0,3}}[\"(«]?\s*$") if cues else None,
        coordination=re.compile(conj_re),
        modifier=re.compile(rf"-(?:{mods})(?!\w)") if mods else None,
        verb_after=re.compile(rf"\s*(?:(?:{data['verb_adverbs']})\s+)?(?:{after})(?!\w)")
        if after and data.get("verb_adverbs")
        else re.compile(rf"\s*(?:{after})(?!\w)")
        if after
        else None,
        verb_before=re.compile(rf"(?<!\w)(?:{before})\s*,?\s*$") if before else None,
        morph_verbs=bool(data.get("morph_verbs", False)),
        latin_bodies=bool(data.get("latin_bodies", False)),
        speaking_preps=frozenset(str(x) for x in data.get("speaking_preps", [])),
        place_nouns=frozenset(token_key(str(x)) for x in data.get("place_nouns", [])),
        given_names=frozenset(givens),
        not_name_words=frozenset(token_key(str(x)) for x in data.get("not_name_words", [])),
        name_particles=frozenset(token_key(str(x)) for x in data.get("name_particles", [])),
        locative=re.compile(rf"(?<!\w)(?:{locs})\s+{art}$") if locs else None,
        stormed=re.compile(rf"(?<!\w)(?:{storms})\s+{art}$")
        if (storms := _phrase_alt(list(data.get("stormed_before", []))))
        else None,
        goal_before=re.compile(rf"(?<!\w)(?:{goals})\s+$")
        if (goals := _phrase_alt(list(data.get("goal_before", []))))
        else None,
        object_before=re.compile(rf"(?<!\w)(?:{objs})\s+{art}$") if objs else None,
        appositive_words=frozenset(token_key(str(x)) for x in data.get("appositive_words", [])),
        byline=re.compile(rf"(?<!\w)(?:{byline})(?:\s+[\w.]+)?\s*[,:]?\s*{conj_list}$") if byline else None,
        qualified=re.compile(rf"\s+(?:{quals})(?!\w)") if quals else None,
        person_clause=frozenset(token_key(str(x)) for x in data.get("person_clause", [])),
        modifier_before=re.compile(rf"(?<!\w)(?:{pre_mods})-$") if pre_mods else None,
        org_heads=frozenset(token_key(str(x)) for x in orgs.get("heads", [])),
        name_heads=frozenset(
            token_key(str(x)) for x in [*orgs.get("heads", []), *orgs.get("name_heads", [])]
        ),
        org_inner=frozenset(token_key(str(x)) for x in orgs.get("inner", [])),
        acronym_names=bool(orgs.get("acronym_names", False)),
        byline_line=_byline_line(data),
        member_before=re.compile(rf"(?<!\w)(?:{members})\s+{art}$") if members else None,
        members_after=re.compile(rf"(?:'s?)?\s+(?:{people})(?!\w)")
        if (people := _phrase_alt(list(orgs.get("members_after", []))))
        else None,
        name_preps=frozenset(token_key(str(x)) for x in orgs.get("name_preps", [])),
        relative_opens=frozenset(str(x) for x in orgs.get("relative_opens", [])),
        age_after=re.compile(str(data["age_after"])) if data.get("age_after") else None,
        age_before=re.compile(str(data["age_before"])) if data.get("age_before") else None,
        noun_case=re.compile(str(data["noun_case"])) if data.get("noun_case") else None,
        plural_noun=re.compile(str(data["plural_noun"])) if data.get("plural_noun") else None,
        names_line=re.compile(
            rf"[ \t]*{_NAME}(?:(?:\s*,\s*|\s+(?:{_phrase_alt(list(data.get('coordination', [])))})\s+){_NAME})"
            r"{0,3}[ \t]*(?P<role>[/|][ \t]*[^\n.!?;:]{2,60})?(?:\n|$)"
        )
        if data.get("coordination")
        else None,
        coordination_words=frozenset(w for x in data.get("coordination", []) for w in _base_form(x).split()),
        articles=frozenset(token_key(str(x)) for x in data.get("articles", [])),
        clause_open=re.compile(rf"(?<!\w)(?:{_phrase_alt(list(data['clause_openers']))})\s+$")
        if data.get("clause_openers")
        else None,
        owner_before=re.compile(rf"(?<!\w)(?:{owners})\s+{art}[«\"„“]?$") if owners else None,
        owns_media=re.compile(rf"'s?\s+(?:[\w-]+\s+){{0,2}}(?:{media})(?!\w)") if media else None,
        org_prefix=re.compile(
            rf"(?<![\w.])({'|'.join(re.escape(k) for k in sorted(prefixes, key=len, reverse=True))})[ \t]$"
        )
        if (prefixes := orgs.get("prefixes"))
        else None,
        org_prefixes={str(k): str(v) for k, v in (prefixes or {}).items()},
        located_heads=frozenset(token_key(str(x)) for x in orgs.get("located_heads", [])),
        subject_only=frozenset(str(x).casefold() for x in data.get("bare_subject_only", [])),
        named_for_before=re.compile(rf"(?<!\w)(?:{nb})\.?\s+[„\"«“]?$")
        if (nb := _phrase_alt(list(data.get("named_for_before", []))))
        else None,
        staff_subjects={
            _base_form(str(w)): (tuple(str(x) for x in v[0]), str(v[1]))
            for w, *v in data.get("staff_subjects", [])
            if len(v) == 2
        },
        staff_not=frozenset(_base_form(str(x)) for x in data.get("staff_not", [])),
        staff_not_bodies=frozenset(str(x) for x in data.get("staff_not_bodies", [])),
        # "Spitalul Municipal de Urgență „Elena Beldiman”": up to six words of the name, then the quote
        named_for_quoted=re.compile(rf"(?<!\w)(?:{nq})(?:\s+[\w.-]+){{0,6}}\s+[„\"«“]$")
        if (nq := _phrase_alt(list(data.get("named_for_quoted", []))))
        else None,
        named_for_after=re.compile(rf"[”\"»]?\s+(?:{na})(?!\w)")
        if (na := _phrase_alt(list(data.get("named_for_after", []))))
        else None,
        share_after=re.compile(
            rf"[\s»\"]*[,:-]?\s*(?:(?:{shares})\s+){{0,2}}\d+(?:[.,]\d+)?\s*(?:%|(?:{units})(?!\w))"
        )
        if (shares := _phrase_alt(list(data.get("share_words", []))))
        and (units := _phrase_alt(list(data.get("share_units", []))))
        else None,
        sent_from=re.compile(
            "|".join(
                [rf"(?<!\w)(?:{senders})\w*\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{froms})\s+{art}$"]
                + ([rf"(?<!\w)(?:{states})\s*(?:{art}\s*)?$"] if states else [])
            )
        )
        if senders and froms
        else None,
        place_preps=frozenset(
            key
            for x in langdata.section(code, "places").get("roles", {}).get("place_before", [])
            if " " not in (key := token_key(str(x)))
        ),
    )


_SPELT = "actors.town_spelt"  # doc memo key: (key, place idx) → the town as an English text spells it
_ENGLISH_TOWN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


@cache
def _town_spelling() -> tuple[frozenset[str], tuple[tuple[re.Pattern[str], str], ...]]:
    """Countries whose towns GeoNames transliterates letter by letter, and the rewrites that give
    their English spelling in a body's name ("Kamensk-Ural'skiy" → "Kamensk-Uralsky")."""
    data = langdata.section("en", "institutions").get("names", {}).get("town_spelling", {})
    return frozenset(data.get("countries", [])), tuple(
        (re.compile(str(k)), str(v)) for k, v in data.get("rewrite", {}).items()
    )


def _town_label(rec: gazetteer.GeoRecord) -> str:
    """A town's name as a body named after it spells it (Romanian comma letters, English endings)."""
    name = rec.name.replace("ţ", "ț").replace("ş", "ș")
    countries, rewrites = _town_spelling()
    if rec.country in countries:
        for pat, repl in rewrites:
            name = pat.sub(repl, name)
    return name


def _shared_names(part: str) -> dict[str, Any]:
    """Canonical-name conventions (``[names.countries]``: "Palestinian Territory" → "Gaza") from en data."""
    return dict(langdata.section("en", "institutions").get("names", {}).get(part, {}))


@cache
def _outlets() -> frozenset[str]:
    """Folded names and spellings of media and monitors (``outlets.toml``): channels, not actors."""
    out: set[str] = set()
    for code in langdata.available():
        for item in langdata.section(code, "outlets").get("outlet", []):
            if item.get("kind", "media") in ("media", "monitor"):
                for name in [item["name"], *item.get("spellings", []), *item.get("cased", [])]:
                    out.add(fold_key(name))
    return frozenset(out)


def _demonym_country(word: str, rules: _Rules) -> str | None:
    for stem, iso in rules.demonym_list:
        if word.startswith(stem):
            return iso
    return None


@cache
def _demonym_name(iso: str) -> str | None:
    """The English adjective of a country ("UA" → "Ukrainian"), from en/actors.toml."""
    for stem, code in langdata.section("en", "actors").get("demonyms", {}).items():
        if code == iso:
            return " ".join(w.capitalize() for w in str(stem).split())
    return None


def _adjective_body(name: str, country: str, iso: str, rules: _Rules) -> str:
    """A country's forces under its adjective, as most English prose and the bodies themselves
    write them ("Italian Air Force", "Swedish Coast Guard"), unless the country's own name is
    the usual one ("Bangladesh Navy") or no adjective is known."""
    adjective = _demonym_name(iso)
    if adjective is None or iso in rules.adjective_except:
        return name
    named = adjective + name[len(country) :]
    return rules.renames.get(named.casefold(), named)


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


@cache
def _foreign_names(code: str) -> dict[str, str]:
    """Nominative Cyrillic given/family names → their usual Latin spelling (``[foreign_names]``)."""
    data = langdata.section(code, "actors").get("foreign_names", {})
    return {str(k).casefold(): str(v) for k, v in data.items()}


_OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})
_SOFT_ENDINGS = {"gent": "я", "accs": "я", "datv": "ю", "loct": "е"}
_CASE_ENDINGS = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}


def _ru_parses(word: str) -> list[Any]:
    from newsrewind.extract.numbers import morph_parses

    return morph_parses(word)


def _ru_common_word(code: str, word: str) -> bool:
    """A Russian word the dictionary knows only as a thing or a quality ("Института", "Южной"),
    never as a name or a person: no surname however it is capitalised."""
    if code != "ru":
        return False
    ps = _ru_parses(word)
    return (
        bool(ps)
        and all(
            p.is_known
            and not ({"Surn", "Name", "Patr", "anim"} & set(str(p.tag).replace(" ", ",").split(",")))
            for p in ps
        )
        and ps[0].tag.POS in ("NOUN", "ADJF")
    )


def _ru_oblique_after(code: str, title: str, word: str) -> bool:
    """A known Russian word in an oblique case only, after a title in the nominative ("Начальник
    Семёновской дистанции"): what the title is of, not its holder's name."""
    if code != "ru":
        return False
    tp, wp = _ru_parses(title), _ru_parses(word)
    if not tp or not wp or tp[0].tag.case != "nomn" or not all(p.is_known for p in wp):
        return False
    return all(p.tag.case not in ("nomn", None) for p in wp)


def _nominative_ru(words: list[str]) -> list[str]:
    """A Russian personal name in the nominative ("Мохамеда Базума" → "Мохамед Базум").

    The case comes from the given name (pymorphy3 ``Name``), or from a man's
    surname pymorphy3 knows only in oblique cases when the given name leaves it
    open; a surname pymorphy3 knows (``Surn``/``Patr``) takes its normal form in
    the same gender, an unknown one loses the ending of that case when the given
    name is unambiguously oblique.
    """
    case: str | None = None
    gender: str | None = None
    out = list(words)
    first = [p for p in _ru_parses(words[0]) if "Name" in p.tag and "sing" in p.tag]
    if len(words) == 2:
        case, gender = _case_from_surname(words, first)
        if case is not None:
            given = [p for p in first if p.tag.case == case and p.tag.gender == gender]
            ending = _CASE_ENDINGS.get(case, "")
            if given:
                out[0] = _cap_like(given[0].normal_form, words[0])
            elif ending and words[0].lower().endswith(ending) and len(words[0]) - len(ending) >= 3:
                out[0] = words[0][: -len(ending)]
    if case is None and first:
        cases = {p.tag.case for p in first}
        gender = first[0].tag.gender
        if "nomn" not in cases and cases <= _OBLIQUE:
            case = first[0].tag.case
            out[0] = _cap_like(first[0].normal_form, words[0])
    if case is None:
        return out
    for k, word in enumerate(words[1:], 1):
        given = [p for p in _ru_parses(word) if "Name" in p.tag and "sing" in p.tag and p.tag.case == case]
        if given and k < len(words) - 1:
            out[k] = _cap_like(given[0].normal_form, word)
            continue
        known = [
            p
            for p in _ru_parses(word)
            if ("Surn" in p.tag or "Patr" in p.tag)
            and p.tag.case == case
            and (gender is None or p.tag.gender == gender)
        ]
        if known:
            form = known[0].inflect({"nomn"})
            out[k] = _cap_like(form.word if form else known[0].normal_form, word)
            continue
        if gender == "masc":
            low = word.lower()
            soft = _SOFT_ENDINGS.get(case, "")
            if soft and low.endswith(soft) and len(low) > 4 and low[-2] in "аеоу":
                out[k] = word[: -len(soft)] + "й"  # "Октая" → "Октай"
                continue
            ending = _CASE_ENDINGS.get(case, "")
            if ending and word.lower().endswith(ending) and len(word) - len(ending) >= 3:
                out[k] = word[: -len(ending)]
    return out


def _case_from_surname(words: list[str], first: list[Any]) -> tuple[str | None, str | None]:
    """The case of "given surname" when only the surname tells it.

    "Арсена Варданяна": "Арсена" is also a woman's name in the nominative, but
    "Варданяна" is a man's surname in the genitive only, so both are genitive.
    An unknown given name ("Ваагну Хачатуряну") follows its surname too.
    """
    surnames = [p for p in _ru_parses(words[1]) if "Surn" in p.tag and "sing" in p.tag]
    if not surnames or any(p.tag.case not in _OBLIQUE for p in surnames):
        return None, None
    if len({p.tag.gender for p in surnames}) != 1 or surnames[0].tag.gender != "masc":
        return None, None
    cases = [p.tag.case for p in surnames]
    shared = [p.tag.case for p in first if p.tag.gender == "masc" and p.tag.case in cases]
    if shared:
        return shared[0], "masc"
    if any(p.tag.gender == "masc" for p in first):  # a man's name, in no case the surname allows
        return None, None
    # A declined "-ян" surname is a man's, so a woman's name pymorphy3 offers
    # ("Ваагну" as "Ваагна") is a man's name it does not know.
    return cases[0], "masc"


def _patronymic_ru(word: str) -> bool:
    """A patronymic ("Ахматович", "Викторовна"), not a surname of that shape ("Абрамович")."""
    parses = _ru_parses(word)
    return any("Patr" in p.tag for p in parses) and not any("Surn" in p.tag for p in parses)


def _cap_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


@lru_cache(maxsize=8192)
def person_name(code: str, written: str) -> str:
    """A person's name as English news spells it, from the name as written in this language."""
    if not re.search(r"[А-Яа-яЁё]", written):
        return written
    names = _foreign_names(code)
    words = written.split()
    if code == "ru":
        parts = [w.split("-") for w in words]
        flat = _nominative_ru([p for ws in parts for p in ws])
        it = iter(flat)
        words = ["-".join(next(it) for _ in ws) for ws in parts]
        if len(words) >= 3:  # "Рамзан Ахматович Кадыров": English news drops the patronymic
            words = [words[0], *(w for w in words[1:-1] if not _patronymic_ru(w)), words[-1]]
    out = []
    for word in words:
        out.append("-".join(names.get(p.casefold()) or translit.latin(p) for p in word.split("-")))
    return " ".join(out)


_ARMY_WORDS = re.compile(r"\b(?:Armed Forces|Army|Military|Defen[cs]e Forces)\b")


class _Found:
    """Actors found so far in one entry, with the spans they took."""

    def __init__(self) -> None:
        self.items: list[Actor] = []
        self.taken: list[tuple[int, int]] = []
        self.weapon_spans: set[tuple[int, int]] = set()  # states read from "<demonym> troops/strikes"
        self.owned: list[tuple[int, int]] = []  # spans whose countries and cities are a body's ("embassy")
        self.generic: dict[tuple[int, int], str] = {}  # bodies named bare, of the story's country: their kind
        self.titled: set[tuple[int, int]] = set()  # people named after their title ("General X")

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.taken)

    def add(self, name: str, kind: str, start: int, end: int, take: bool = True) -> None:
        self.items.append(Actor(name, kind, (start, end)))
        if take:
            self.taken.append((start, end))


def _mention_at(toks: list[places._Tok], k: int, by_start: dict[int, places.Mention]) -> Any:
    return by_start.get(toks[k].start) if k < len(toks) else None


def _place_after(
    toks: list[places._Tok],
    gaps: list[str],
    j: int,
    rules: _Rules,
    by_start: dict[int, places.Mention],
    quoted: bool = False,
) -> tuple[Any, int]:
    """A place mention right after token j, directly or through a link word (and the link's length);
    ``quoted``: token j closes a quoted name, its quote mark in the gap after it."""
    ok = WORD_GAPS | {'" '} if quoted else WORD_GAPS
    hit = _mention_at(toks, j + 1, by_start) if j < len(gaps) and gaps[j] in ok else None
    if hit is not None:
        return hit, 0
    n = len(toks)
    for link in rules.links:
        m = len(link)
        if j + m + 1 < n and all(toks[j + 1 + q].word == link[q] for q in range(m)):
            if gaps[j] in ok and all(gaps[j + q] in WORD_GAPS for q in range(1, m + 1)):
                hit = _mention_at(toks, j + m + 1, by_start)
                if hit is not None:
                    return hit, m
    return None, 0


@dataclass(frozen=True)
class _Scan:
    """Known names in one entry, as token ranges."""

    people: list[tuple[int, int, str]]
    insts: list[tuple[int, int, _Inst]]
    titles: list[tuple[int, int, bool]]


def _scan(entry: EntryText) -> _Scan:
    """People, institutions and titles the data knows, found once per entry."""
    slot = places._slot(entry)
    # the story's country picks an abbreviation's body ("RSF" in Sudan): a scan made before the
    # document's country was known (places asks for the names' spans first) is made again
    key = ("actors", entry.lang, entry.doc.country)
    hit = slot.get(key)
    if hit is not None:
        return hit  # type: ignore[no-any-return]
    rules = _rules(entry.lang)
    toks = places.tokens(entry)
    gaps = places.gaps(entry)
    people, known, titles, abbrs = _known_runs(entry, rules)
    insts = list(known)
    if rules.abbr_map or rules.abbr_local:
        taken = {k for a, b, _ in insts for k in range(a, b + 1)}
        named = {i.canonical for _, _, i in insts}
        for k, abbr in abbrs:
            if k not in taken:
                spelt = [i for i in rules.abbr_all.get(abbr, ()) if i.canonical in named]
                inst = (
                    (spelt[0] if spelt else None)  # "Rapid Support Forces ... RSF": the body spelt out
                    or rules.abbr_local.get((abbr, entry.doc.country or ""))
                    or rules.abbr_map.get(abbr)
                )
                if inst is not None:
                    insts.append((k, k, inst))
        insts.sort(key=lambda h: h[0])
    if rules.split_heads and rules.demonyms is not None:
        insts = _split_names(rules, toks, gaps, insts)
    found = _Scan(people, insts, titles)
    slot[key] = found
    return found


def _known_runs(
    entry: EntryText, rules: _Rules
) -> tuple[
    list[tuple[int, int, str]],
    list[tuple[int, int, _Inst]],
    list[tuple[int, int, bool]],
    list[tuple[int, str]],
]:
    """What ``_scan`` finds before the document's country is read (cached for the entry): the
    people, institutions and titles the phrase tables know, and the capitalised tokens written as
    an abbreviation the data knows (index, as written)."""
    slot = places._slot(entry)
    key = ("actors.known", entry.lang)
    got = slot.get(key)
    if got is None:
        toks = places.tokens(entry)
        gaps = places.gaps(entry)
        text = entry.text
        words = places.words(entry)
        abbrs = [
            (k, abbr)
            for k in places.cap_indexes(entry)
            if (abbr := text[toks[k].start : toks[k].end]) in rules.abbr_all
        ]
        got = slot[key] = (
            rules.people.scan(toks, gaps, cap_first=True, strip_end=rules.people_strip, words=words),
            rules.insts.scan(toks, gaps, words=words),
            rules.titles.scan(toks, gaps, words=words),
            abbrs,
        )
    return got  # type: ignore[no-any-return]


def _split_names(
    rules: _Rules, toks: list[places._Tok], gaps: list[str], insts: list[tuple[int, int, _Inst]]
) -> list[tuple[int, int, _Inst]]:
    """Institutions with a demonym after their first word ("Ministerul rus al Apărării",
    "Ministerului rus de Externe"): the name without it, of the demonym's country."""
    taken = {k for a, b, _ in insts for k in range(a, b + 1)}
    n = len(toks)
    out = list(insts)
    for k in range(n - 2):
        if toks[k].word not in rules.split_heads or k in taken or gaps[k] not in WORD_GAPS:
            continue
        dem = toks[k + 1].word
        if rules.demonyms is None or not rules.demonyms.fullmatch(dem):
            continue
        iso = _demonym_country(dem, rules)
        r = k + 2
        if r < n and toks[r].word in rules.split_links and gaps[k + 1] in WORD_GAPS:
            r += 1
        for last in range(min(n - 1, r + 3), r - 1, -1):
            if any(gaps[q] not in WORD_GAPS for q in range(k + 1, last)):
                continue
            key = " ".join([toks[k].word, *(toks[q].word for q in range(r, last + 1))])
            inst = rules.insts.table.get(key)
            if inst is not None and iso is not None:
                out.append((k, last, replace(inst, home=iso, stated=True)))
                break
    out.sort(key=lambda h: h[0])
    return out


def known_token_spans(entry: EntryText) -> list[tuple[int, int]]:
    """Token ranges of the people and organisations this language's data names (never places)."""
    found = _scan(entry)
    return [(a, b) for a, b, _ in found.people] + [(a, b) for a, b, _ in found.insts]


def known_name_spans(entry: EntryText, base: str = "") -> list[tuple[int, int]]:
    """Character spans of the people and organisations this language's data names."""
    toks = places.tokens(entry)
    return [(toks[a].start, toks[b].end) for a, b in known_token_spans(entry)]


@cache
def _regional_government(code: str) -> tuple[re.Pattern[str], str] | None:
    """A region's own government named with its level ("the Minas Gerais state government", "the
    regional government of Emilia-Romagna"): ``actors.toml`` [regional_government]."""
    data = langdata.section(code, "actors").get("regional_government")
    if not data:
        return None
    return re.compile(str(data["pattern"])), str(data["name"])


def _regional_governments(entry: EntryText, found: _Found) -> None:
    """A region's government: "Government of Uttarakhand" for "the Uttarakhand state government"; a
    name written with its capitals ("the Nasarawa State Government") stays as written. Not a country's or a people's
    word ("the Indian state government": a state the text does not name)."""
    spec = _regional_government(entry.lang)
    if spec is None:
        return
    pattern, template = spec
    gz = gazetteer.load()
    for m in pattern.finditer(entry.text):
        region = re.sub(r"['’]s$", "", m.group("region") or m.group("region2"))
        if found.overlaps(m.start(), m.end()) or fold_key(region) in dict(_demonyms(entry.lang)):
            continue
        if not m.group("own") and re.search(r"(?<!st)(?<!h)an$|ese$|ish$", region):
            continue  # "the Valencian regional government": a people's word, not the region's name
        if any(gz.record(i).is_country for i in gz.lookup(fold_key(region))):
            continue
        written = m.group(0)
        name = written if m.group("own") else template.replace("{region}", region)
        found.add(name, "organization", m.start(), m.end())


def _institutions(
    entry: EntryText, base: str, rules: _Rules, found: _Found, ms: list[places.Mention]
) -> None:
    gz = gazetteer.load()
    toks = places.tokens(entry)
    gaps = places.gaps(entry)
    by_start = {m.start: m for m in ms}
    by_end = {m.end: m for m in ms}
    last_end = -1
    starts = {a: b for a, b, _ in _scan(entry).insts}  # an owner body right after one ends
    named_here: dict[str, str] = {}  # a body named with its state, so its bare name later means it
    for a, b, inst in _scan(entry).insts:
        start, end = toks[a].start, toks[b].end
        if found.overlaps(start, end):
            continue
        written = entry.text[start:end]
        if inst.kind not in ("police", "military") and (storm := _grammar(entry.lang).stormed) is not None:
            if storm.search(base, max(0, start - 30), start):
                found.taken.append((start, end))
                continue  # "штурм Белого дома", "stormed the parliament": the building, no one acting
        default_body = rules.abbr_map.get(written)
        # "RSF" read as the story country's own body, not as the outlet the letters also spell
        local = a == b and default_body is not None and default_body is not inst
        if (
            fold_key(inst.canonical) in _outlets() or (fold_key(written) in _outlets() and not local)
        ) and not (inst.canonical in rules.acting_monitors and _verb_around(entry, base, start, end)):
            found.taken.append((start, end))  # no person's name either ("the U.S. Geological Survey")
            continue  # a channel of information, not an actor ("NetBlocks reported"), unless a body that
            # measures says so itself ("the USGS says the quake ...")
        if (
            last_end >= 0
            and start - last_end < 40
            and _owner_gap(base[last_end:start], rules)
            and not (base[last_end:start].strip() == "" and entry.text[start].isupper())
        ):
            continue  # the body an institution belongs to ("Statul Major al Armatei ucrainene"), not
            # a body of its own named right after ("UN Office for the Coordination of ...")
        if inst.unit_of and b + 1 in starts and gaps[b] in WORD_GAPS:
            continue  # "спецназ Росгвардии", "ОМОН МВД": the body named after it
        own = _own_name_before(entry, rules, found, toks, gaps, a, b, ms) if rules.named_before else None
        if own is not None:
            heads = _grammar(entry.lang).org_heads
            while b + 1 < len(toks) and gaps[b] == " " and toks[b + 1].cap and toks[b + 1].word in heads:
                b += 1  # "the Formed Police Unit"
            end = toks[b].end
            found.add(entry.text[own:end], "organization", own, end)  # "the Minas Gerais Military Police"
            last_end = end
            continue
        country: str | None = None
        city: str | None = None
        span_end, span_start = end, start
        place, _ = _place_after(toks, gaps, b, rules, by_start)
        if inst.place_before:
            place = None
        if place is None and not inst.place_before and (bq := _past_quote(toks, gaps, b)) != b:
            place, _ = _place_after(
                toks, gaps, bq, rules, by_start, quoted=True
            )  # "ISU „Dealul Istrița” al județului Buzău"
        owner = starts.get(b + 1) if place is None and b < len(gaps) and gaps[b] in WORD_GAPS else None
        if owner is not None:
            place, _ = _place_after(
                toks, gaps, owner, rules, by_start
            )  # "Пограничные войска ГКНБ Таджикистана"
        if (
            place is not None
            and "{city}" in inst.canonical
            and gz.record(place.idx).is_country
            and (cap := _capitals().get(place.idx)) is not None
            and _names_capital(entry, place, cap)
        ):
            place = replace(place, idx=cap)  # "Primăria Chișinău anunță", "Мэрия Бишкека сообщила": the
            # capital's own hall
        if place is None:
            j = start - 1
            while j >= 0 and base[j] in " '":
                j -= 1
            if j >= 1 and base[j - 1 : j + 1] == "'s":
                j -= 2
            place = by_end.get(j + 1)
            if place is not None and (joint := _joint_start(entry, rules, place.start, start)) is not None:
                found.add(entry.text[joint:end], "organization", joint, end)  # "Avon and Somerset Police"
                last_end = end
                continue
            if place is not None:
                span_start = place.start
        else:
            span_end = max(end, place.end)
        if (
            place is None
            and a == b
            and toks[a].cap
            and toks[a].word in (gram := _grammar(entry.lang)).located_heads
            and b + 2 < len(toks)
            and gaps[b] == " "
            and toks[b + 1].word in gram.place_preps
            and not toks[b + 1].cap
            and gaps[b + 1] == " "
            and toks[b + 2].cap
            and toks[b + 2].start not in by_start
        ):
            continue  # "Police in Simalungun said": a place the gazetteer lacks, whose force this is
            # (the capitalised run names it, "Simalungun Police"), not the country's police
        iso: str | None = None
        named = None
        if inst.state_only and (
            not gz.record(place.idx).is_country
            if place is not None
            else _adjacent_demonym(base, start, end, rules) is None
        ):
            continue  # "pompierii din Vaslui" are the town's, "Pompierii eleni" Greece's
        if inst.home_only and (
            entry.doc.country != inst.home
            or (place is not None and gz.record(place.idx).country != inst.home)
            or _adjacent_demonym(base, start, end, rules) not in (None, inst.home)
        ):
            continue  # "пресс-секретарь президента Казахстана" is no Kremlin
        if inst.seat and (
            place is None or not (gz.record(place.idx).is_country or gz.capital_of(place.idx) is not None)
        ):
            continue  # "autoritățile din Suceava" are the town's, "Autoritățile de la Chișinău" the state's
        if inst.seat and not _verb_around(entry, base, start, max(end, place.end)):
            continue  # the authorities only named ("a criticat autoritățile de la Minsk")
        if inst.acting and (
            not _verb_around(entry, base, start, max(end, place.end if place else end))
            or (a > 0 and toks[a - 1].word in _grammar(entry.lang).place_preps)
        ):
            continue  # "transportat la Spitalul Județean de Urgență Slobozia": where, not who
        county = (
            _county_after(entry, rules, toks, gaps, b)
            or _county_after(entry, rules, toks, gaps, _past_quote(toks, gaps, b), quoted=True)
            if "{city}" in inst.canonical
            else None
        )  # "ISU Timiș", "ISU „Crișana” Bihor"
        if (
            county is not None
            and fold_key(county[0]) in rules.county_towns
            and inst.county is None
            and "County" not in inst.canonical
            and inst.canonical not in rules.county_bodies
        ):
            county = None  # "Primăria Cluj" is the town's: a town body is never the county's
        if county is not None:
            place = None  # "Consiliul Județean Mureș" is the county's, not Târgu Mureș's
        if place is None and ("{city}" in inst.canonical or inst.needs_place):
            named = _town_after(entry, toks, gaps, b) if county is None and not inst.place_before else None
            if county is not None:
                city, span_end = county  # "ISU Timiș", "Salvamont Argeș": a county named as written
                iso = entry.doc.country
            elif named is not None:
                span_end = named[1]
            else:
                named = _town_before(entry, toks, gaps, a, inst.local)
                if named is not None:
                    span_start = named[1]
                elif b + 1 < len(toks) and toks[b + 1].word in rules.capital_words and gaps[b] in WORD_GAPS:
                    named = _capital_of(entry.doc.country, toks[b + 1].end)  # "Jandarmeria Capitalei"
                    if named is not None:
                        span_end = named[1]
                elif inst.local and not (
                    a > 0
                    and toks[a - 1].cap
                    and gaps[a - 1] in WORD_GAPS
                    and toks[a - 1].word not in rules.name_stop
                    and toks[a - 1].word not in entry.doc.common_words
                    and not places._sentence_initial(entry.text, toks[a - 1].start)
                ):
                    # with no name before it, the town named with it before; "the Chamoli district
                    # administration" names a town the gazetteer lacks, not the last one
                    named = entry.doc.memo.get(("actors", "town", inst.canonical))
            if county is None and named is None and inst.story_county:
                county = _county_earlier(entry, rules, start)
                if county is not None:
                    city, iso = county[0], entry.doc.country
        if inst.local and named is None and place is not None and not gz.record(place.idx).is_country:
            entry.doc.memo[("actors", "town", inst.canonical)] = (place.idx, 0)
        elif inst.local and named is not None:
            entry.doc.memo[("actors", "town", inst.canonical)] = (named[0], 0)
        if (
            place is not None
            and named is None
            and county is None
            and place.start >= end
            and entry.doc.country in rules.local_police
            and place.idx == places._doc_city(entry.doc)
            and (force := entry.doc.memo.get(_FORCE, {}).get(inst.canonical)) is not None
        ):  # "clashed with police in Grantham" on a Grantham page naming "Lincolnshire Police": that
            # force ("Police in Frankfurt" on a Hanover page stay Frankfurt's)
            found.add(force, "organization", start, end)
            last_end = end
            continue
        if city is not None:
            pass  # a county named as written
        elif named is not None:
            rec = gz.record(named[0])
            iso = rec.country
            city = None if rec.is_country else _town_label(rec)
            city = entry.doc.memo.get((_SPELT, named[0]), city)
        elif place is not None:
            rec = gz.record(place.idx)
            iso = rec.country
            city = None if rec.is_country else _town_label(rec)
            if place.sub is None and rec.name in rules.place_names:
                city = rules.place_names[rec.name]
            elif city is not None and place.sub is None and entry.lang == "en":
                written = entry.text[place.start : place.end]
                if _ENGLISH_TOWN.fullmatch(written) and gazetteer.strip_marks(fold_key(written)) != (
                    gazetteer.strip_marks(fold_key(city))
                ):
                    city = written  # "Hanover police", "Police in Frankfurt": as English writes the town
                    # (not "Gdansk": the same name without its marks)
                    entry.doc.memo[(_SPELT, place.idx)] = city
        elif (
            "{city}" in inst.canonical and (county := _county_before(entry, toks, gaps, a, rules)) is not None
        ):
            city, span_start = county  # "Lenoir County emergency officials"
            iso = entry.doc.country
        else:
            home = inst.home if entry.doc.country not in rules.home_yields else None
            stated = _adjacent_demonym(base, start, end, rules)
            iso = stated or home
            if (
                stated is None
                and iso == inst.home
                and not inst.stated
                and (rules.demonyms is None or rules.demonyms.search(base[start:end]) is None)
                and inst.canonical not in named_here
                and inst.canonical in rules.other_shared
                and (other := _other_home(entry.doc, rules)) is not None
            ):
                iso = other  # "Ministerul Apărării anunță" on a page told from Chișinău
            if (
                iso is None
                and inst.bare is not None
                and "{city}" in inst.canonical
                and entry.doc.country in rules.local_police
                and (idx := places._doc_city(entry.doc)) is not None
            ):  # "police said" in a Sacramento story: the city's police, there is no national one
                tail = inst.canonical.split("{city}", 1)[-1]
                if inst.canonical.startswith("{city}") and any(
                    x.kind == "organization" and x.name.endswith(tail) and x.span[1] <= start
                    for x in found.items
                ):
                    continue  # "Simi Valley police arrested ... Police Chief X": the same force
                force = entry.doc.memo.get(_FORCE, {}).get(inst.canonical)
                if force is not None:  # the force the document names ("Avon and Somerset Police")
                    found.add(force, "organization", start, end)
                    last_end = end
                    continue
                iso, city = gz.record(idx).country, gz.record(idx).name
        if (
            iso is None
            and city is None
            and inst.kind == "police"
            and (force := entry.doc.memo.get(POLICE_FORCE))
        ):
            found.add(force, "organization", span_start, span_end)  # "в полиции": the "ДП СКО" named
            last_end = span_end
            continue
        canonical = inst.canonical if inst.below is None or city is None else inst.below
        if county is not None and inst.county is not None:
            canonical = inst.county  # "Jandarmeria Ilfov" → "Ilfov County Gendarmerie"
        if iso is None and city is None and inst.kind == "military" and "military" in named_here:
            iso = named_here["military"]  # "Ministerul rus al Apărării afirmă că armata a atacat": its army
        if (
            iso is None
            and city is None
            and inst.canonical in named_here
            and fold_key(entry.text[start:end]) in fold_key(named_here[inst.canonical])
        ):  # not "the International Committee of the Red Cross" after "the Malian Red Cross"
            found.add(named_here[inst.canonical], "organization", span_start, span_end)
            last_end = span_end
            continue  # "The Afghan Red Crescent Society said ... The Red Crescent says": the same body
        if iso is None and inst.bare is not None and entry.doc.country not in inst.bare_except:
            canonical = inst.bare
        elif iso is None and ("{city}" in canonical or inst.needs_place):
            continue
        default = iso is None  # the story's country: "the navy" is the "Bangladesh Navy"
        if (
            "{country}" in canonical
            and rules.lower_after
            and (after := _FIRST_WORD.match(base, end)) is not None
            and after.group(1) in rules.lower_after
        ):
            continue  # "Guvernul statului Minas Gerais", "Правительство штата": a region's, not a state's
        if default and rules.lower_levels and "{country}" in canonical and _lower_level(base, start, rules):
            continue  # "the state government" is a state's, not the country's
        if iso is None:
            if ("{country}" in canonical or "{demonym}" in canonical) and (
                entry.doc.country is None
                or (
                    rules.bare_needs_capital
                    and not entry.text[start].isupper()
                    and (rules.agent is None or not rules.agent.search(base, max(0, start - 40), start))
                    and not _subject_of_deed(entry, base, end)
                )
            ):
                continue
            iso = entry.doc.home or entry.doc.country  # told from the other home: its bodies
        country = _country_name(iso) if iso else None
        country = rules.country_names.get(country or "", country or "")
        name = (
            canonical.replace("{city}", city or country)
            .replace("{country}", country)
            .replace("{demonym}", (None if default else _demonym_name(iso or "")) or country)
        )
        if inst.renamed_only and name.casefold() not in rules.renames:
            continue
        name = rules.renames.get(name.casefold(), name)
        name = dict(inst.by_country).get(iso or "", name)
        if inst.kind == "military" and iso and name in {f"{country} {b}" for b in rules.adjective_bodies}:
            name = _adjective_body(name, country, iso, rules)  # "Austria Navy" → "Austrian Navy"
        if rules.other_home is not None and iso == rules.other_home[0]:
            name = rules.other_renames.get(name, name)  # "IGSU Moldova"
        found.add(name, "organization", span_start, span_end)
        if (
            place is not None
            and named is None
            and county is None
            and place.start >= end
            and canonical.startswith("{country} ")
            and gz.record(place.idx).is_country
        ):  # "МИД Польши и Литвы", "ministerele de Externe ale Poloniei și Lituaniei": each state's
            for also in _joined_countries(entry, base, place, by_start):
                iso2 = gz.record(also.idx).country
                country2 = rules.country_names.get(_country_name(iso2) or "", _country_name(iso2) or "")
                if not country2:
                    break
                name2 = canonical.replace("{country}", country2)
                name2 = rules.renames.get(name2.casefold(), name2)
                name2 = dict(inst.by_country).get(iso2, name2)
                if inst.kind == "military" and name2 in {f"{country2} {b}" for b in rules.adjective_bodies}:
                    name2 = _adjective_body(name2, country2, iso2, rules)
                found.add(name2, "organization", also.start, also.end)
        if not default and ("{demonym}" in inst.canonical or "{country}" in inst.canonical):
            named_here.setdefault(inst.canonical, name)
            if inst.kind == "military" and iso is not None:
                named_here["military"] = iso
        if default and "{country}" in canonical:
            found.generic[(span_start, span_end)] = (
                canonical.replace("{country}", "").strip().removesuffix(" of")
            )  # "Investigative Committee of {country}" → "Investigative Committee"
        if place is not None or named is not None:
            found.owned.append((span_start, span_end))  # "Ministerul Sănătății de la Chișinău"
        last_end = span_end


def _joined_countries(
    entry: EntryText, base: str, place: places.Mention, by_start: dict[int, places.Mention]
) -> list[places.Mention]:
    """The states named after a body's own state and joined to it ("МИД Польши и Литвы"), in the same
    case as it (not "МИД Польши и Литва заявили")."""
    gz = gazetteer.load()
    joined = _grammar(entry.lang).coordination
    out: list[places.Mention] = []
    last = place
    while True:
        k = last.end
        while k < len(base) and k - last.end < 12 and base[k] not in "(":
            k += 1
            nxt = by_start.get(k)
            if nxt is not None:
                break
        else:
            return out
        gap = base[last.end : nxt.start]
        if (
            joined.fullmatch(gap) is None
            or gap.strip() in ("", "(")
            or not gz.record(nxt.idx).is_country
            or nxt.inflected != place.inflected
        ):
            return out
        out.append(nxt)
        if gap.strip() != ",":
            return out  # the last of the list
        last = nxt


def _other_home(doc: DocContext, rules: _Rules) -> str | None:
    """The language's other home state when a page about a third country names it more often
    than the first (a Romanian-language page from Moldova on strikes in Ukraine), else None."""
    if rules.other_home is None or doc.home is None or doc.home == doc.country:
        return None
    return doc.home  # context.home_country


_JOINT = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]+\s+){1,2})and\s+$")


def _joint_start(entry: EntryText, rules: _Rules, place_start: int, start: int) -> int | None:
    """The start of a body's proper name over two places joined by "and" ("Avon and Somerset
    Police", "Devon and Cornwall Police"): the capitalised body after a place, "X and" before it."""
    if not rules.named_before or not entry.text[start].isupper():
        return None
    m = _JOINT.search(entry.text, max(0, place_start - 40), place_start)
    if m is None:
        return None
    first = token_key(m.group(1).split()[0])
    if first in rules.county_skip or first in rules.name_stop or first in entry.doc.common_words:
        return None
    return m.start(1)


_COMPASS = frozenset({"north", "south", "east", "west"})


def _own_name_before(
    entry: EntryText,
    rules: _Rules,
    found: _Found,
    toks: list[places._Tok],
    gaps: list[str],
    a: int,
    b: int,
    ms: list[places.Mention],
) -> int | None:
    """The start of capitalised words written before a body's capitalised name, making one proper
    name with it ("Minas Gerais Military Police", "Federal Highway Police"): none a place, a
    demonym, a county word, a person's or a title, and no headline in Title Case."""
    text = entry.text
    if not all(text[toks[q].start].isupper() for q in range(a, b + 1) if len(toks[q].word) > 1):
        return None
    k = a
    while k > 0 and a - k < 3 and gaps[k - 1] == " " and toks[k - 1].cap:
        tok = toks[k - 1]
        if (
            tok.word in rules.county_skip
            or tok.word in rules.county_words
            or (tok.word in rules.name_stop and tok.word not in _COMPASS)  # "West Midlands Police"
            or text[tok.start : tok.end].isupper()
            or (rules.demonyms is not None and rules.demonyms.fullmatch(tok.word))
            or rules.titles.table.get(tok.word)
            or found.overlaps(tok.start, tok.end)
            # (the story's own town may open its body's name: "Conway Volunteer Fire Department")
            or any(
                m.start < tok.end
                and tok.start < m.end
                and gazetteer.load().record(m.idx).geonameid != entry.doc.city
                for m in ms
            )
            or _number_word(text[tok.start : tok.end], entry.lang)  # "Two IAF helicopters"
        ):
            if k < a and toks[k].word in rules.region_nouns and any(m.end == tok.end for m in ms):
                k -= 1  # "the Dnipropetrovsk Oblast Prosecutor's Office": a region by its place and noun
            break
        k -= 1
    if (
        a - k == 1
        and k > 1
        and toks[k - 1].word == "and"
        and gaps[k - 2] == gaps[k - 1] == " "
        and toks[k - 2].cap
        and not (k > 2 and gaps[k - 3] == " " and toks[k - 3].cap)
        and toks[k - 2].word not in rules.name_stop
        and toks[k - 2].word not in entry.doc.common_words
        and not found.overlaps(toks[k - 2].start, toks[k - 2].end)
    ):
        k -= 2  # "Avon and Somerset Police": a body over two areas joined by "and"
    while k < a and places._sentence_initial(text, toks[k].start) and toks[k].word in entry.doc.common_words:
        k += 1  # "Yesterday Police said"
    if k == a or _title_case_line(text, toks[a].start):
        return None
    return toks[k].start


def _number_word(word: str, code: str) -> bool:
    from newsrewind.extract.numbers import parse

    return any(q for q in parse(word.lower(), code))


def _past_quote(toks: list[places._Tok], gaps: list[str], b: int) -> int:
    """The last word of a quoted name of up to four words right after token b ("ISU „Crișana”
    Bihor": the body's own nickname before its county), else b."""
    n = len(toks)
    if b + 1 >= n or '"' not in gaps[b]:
        return b
    q = b + 1
    while q < n - 1 and q - b < 5 and '"' not in gaps[q]:
        q += 1
    return q if q < n - 1 and '"' in gaps[q] else b


def _town_after(entry: EntryText, toks: list[places._Tok], gaps: list[str], b: int) -> tuple[int, int] | None:
    """A town or county written right after an institution's name, past a quoted name
    ("ISU Suceava", "Poliția Județeană Bacău", "Inspectoratul „Bucovina” Suceava"):
    (gazetteer record, end), preferring the story's country."""
    n = len(toks)
    k = b + 1
    if k < n and '"' in gaps[b]:
        q = k  # skip the quoted name to the word after its closing quote
        while q < n - 1 and q - b < 5 and '"' not in gaps[q]:
            q += 1
        k = q + 1
    elif k < n and gaps[b] not in WORD_GAPS:
        return None
    if k >= n or not toks[k].cap:
        return None
    gz = gazetteer.load()
    for last in (k + 1, k):
        if last >= n or (last > k and gaps[k] not in WORD_GAPS):
            continue
        key = " ".join(toks[q].word for q in range(k, last + 1))
        hits = gz.lookup(key) or [i for i, _ in places._resolve(key.split(), places._rules(entry.lang))]
        home = [i for i in hits if gz.record(i).country == entry.doc.country]  # "Мэрия Оша": inflected
        if home or (hits and entry.doc.country is None):
            return (home or hits)[0], toks[last].end
    return None


def _county_after(
    entry: EntryText, rules: _Rules, toks: list[places._Tok], gaps: list[str], b: int, quoted: bool = False
) -> tuple[str, int] | None:
    """A county of the language's list written right after a body's name ("ISU Timiș", "Consiliul
    Județean Satu Mare"): (its name as written, end); ``quoted`` as in ``_place_after``."""
    ok = WORD_GAPS | {'" '} if quoted else WORD_GAPS
    if not rules.counties or b + 1 >= len(toks) or gaps[b] not in ok or not toks[b + 1].cap:
        return None
    text = entry.text
    for last in (b + 2, b + 1):
        if last >= len(toks) or (last > b + 1 and gaps[b + 1] not in WORD_GAPS):
            continue
        written = text[toks[b + 1].start : toks[last].end]
        if fold_key(written) in rules.counties:
            return written.replace("ţ", "ț").replace("ş", "ș"), toks[last].end
    return None


def _county_earlier(entry: EntryText, rules: _Rules, start: int) -> tuple[str, int] | None:
    """For a county body named alone, the county named last before it in the entry after a county
    body or "județul" ("Prefectul județului Bihor a convocat Comitetul Județean ..."): (name, start)."""
    if rules.county_marks is None:
        return None
    last = None
    for m in rules.county_marks.finditer(places.base_text(entry), 0, start):
        if entry.text[m.start(1)].isupper():
            last = m
    if last is None:
        return None
    return entry.text[last.start(1) : last.end(1)].replace("ţ", "ț").replace("ş", "ș"), start


def _county_before(
    entry: EntryText, toks: list[places._Tok], gaps: list[str], a: int, rules: _Rules
) -> tuple[str, int] | None:
    """A county written right before an institution's name, as written ("New Hanover County"):
    (name, start); counties are no gazetteer places."""
    k = a - 1
    if k < 1 or toks[k].word not in rules.county_words or not toks[k].cap or gaps[k] not in WORD_GAPS:
        return None
    first = k
    while first > 0 and k - first < 3 and toks[first - 1].cap and gaps[first - 1] in WORD_GAPS:
        if toks[first - 1].word in rules.county_skip:
            break
        first -= 1
    if first == k:
        return None
    return entry.text[toks[first].start : toks[k].end], toks[first].start


def _capital_of(iso: str | None, end: int) -> tuple[int, int] | None:
    """The capital city of a country: (gazetteer record, end)."""
    if iso is None:
        return None
    country = gazetteer.load().country_index(iso)
    idx = _capitals().get(country) if country is not None else None
    return (idx, end) if idx is not None else None


@cache
def _capitals() -> dict[int, int]:
    """Country record → its capital city's record."""
    return {country: city for city, country in gazetteer.load().capitals.items()}


def _names_capital(entry: EntryText, place: places.Mention, cap: int) -> bool:
    """Whether the words a country was read from name its capital, in any case ("Chișinău",
    "Бишкека"): the town, not the state it stands for."""
    gz = gazetteer.load()
    written = entry.text[place.start : place.end]
    keys = [fold_key(written)]
    if entry.lang == "ru" and " " not in written:
        keys += places.normal_forms(written)
    return any(cap in gz.lookup(key) for key in keys)


def _town_before(
    entry: EntryText, toks: list[places._Tok], gaps: list[str], a: int, local: bool = False
) -> tuple[int, int] | None:
    """A town of the story's country written as the first word of an institution's name
    ("Raleigh Fire Department", "Wilmington Police Department"): (gazetteer record, start)."""
    k = a - 1
    if k < 0 or not toks[k].cap or gaps[k] not in WORD_GAPS or entry.doc.country is None:
        return None
    if not local and not entry.text[toks[a].start : toks[a].start + 1].isupper():
        return None  # "Raleigh police": the place reading already had its chance
    gz = gazetteer.load()
    home = [i for i in gz.lookup(toks[k].word) if gz.record(i).country == entry.doc.country]
    if not home or gz.record(home[0]).is_country:
        return None
    return home[0], toks[k].start


def _lower_level(base: str, start: int, rules: _Rules) -> bool:
    """Whether the word right before a body's name makes it a lower level's ("state", "provincial")."""
    m = _LAST_WORD.search(base, max(0, start - 20), start)
    return m is not None and m.group(1) in rules.lower_levels


_LAST_WORD = re.compile(r"(\w+)\s+$")
_FIRST_WORD = re.compile(r"\s+(\w+)")


def _owner_gap(gap: str, rules: _Rules) -> bool:
    """Only a genitive link (and a demonym) between two institutions: the second owns the first."""
    key = fold_key(gap)
    if rules.demonyms is not None:
        key = " ".join(rules.demonyms.sub("", key).split())
    return key in rules.part_of


def _adjacent_demonym(base: str, start: int, end: int, rules: _Rules) -> str | None:
    if rules.demonyms is None:
        return None
    m = rules.demonyms.match(base, end + 1) if base[end : end + 1] == " " else None
    if m:
        return _demonym_country(m.group(), rules)
    before = base[max(0, start - 30) : start]
    mb = re.search(r"(\w+)[ \t]+$", before)  # on the same line: a headline's last word qualifies nothing
    if mb and rules.demonyms.fullmatch(mb.group(1)):
        return _demonym_country(mb.group(1), rules)
    return None


def _known_people(entry: EntryText, rules: _Rules, found: _Found) -> None:
    toks = places.tokens(entry)
    gaps = places.gaps(entry)
    titles = {k for a, b, _ in _scan(entry).titles for k in range(a, b + 1)}
    for a, b, name in _scan(entry).people:
        start, end = toks[a].start, toks[b].end
        if a == b and " " in name and _in_other_name(entry, rules, toks, gaps, a, titles, name):
            continue  # "Abbas Haddad" is not Mahmoud Abbas
        if a == b and " " in name and (given := _given_before(entry, toks, gaps, a, name)) is not None:
            start = given  # "Касым-Жомарту Токаеву": the given name is the person's too
        if not found.overlaps(start, end):
            found.add(name, "person", start, end)
            last = toks[b].word
            if (
                b > a
                and " " in name
                and (not last.isascii() or f" {fold_key(last)} " in f" {fold_key(name)} ")
            ):
                # "Айсен Николаев": a later "Николаев" alone is him; not the last word of an
                # office the person is also known by ("UN Secretary-General": a later "General")
                entry.doc.names.setdefault(_latin_key(entry.lang, last), name)


def _given_before(
    entry: EntryText, toks: list[places._Tok], gaps: list[str], k: int, canonical: str
) -> int | None:
    """The start of a hyphenated given name right before a known surname that spells the known
    person's own ("Касым-Жомарту Токаеву"), in any case: same first letters in Latin."""
    if k == 0 or gaps[k - 1] != " " or not toks[k - 1].cap:
        return None
    q = k - 1
    while q > 0 and gaps[q - 1] == "-" and toks[q - 1].cap:
        q -= 1
    if q == k - 1:
        return None
    first = fold_key(canonical.split()[0])
    written = _latin_key(entry.lang, entry.text[toks[q].start : toks[q].end])
    return toks[q].start if written[:2] == first[:2] else None


def _is_name_word(text: str, tok: places._Tok, titled: bool, rules: _Rules) -> bool:
    """A capitalised word that may be part of a person's name (no title, acronym or demonym)."""
    return (
        tok.cap
        and not titled
        and tok.word not in rules.person_stop
        and not text[tok.start : tok.end].isupper()
        and (rules.demonym_words is None or not rules.demonym_words.fullmatch(tok.word))
    )


def _in_other_name(
    entry: EntryText,
    rules: _Rules,
    toks: list[places._Tok],
    gaps: list[str],
    k: int,
    titles: set[int],
    canonical: str,
) -> bool:
    """A known surname written next to another capitalised name word: someone else's name
    ("Abbas Haddad"), unless the word before can be this person's given name in some case or
    spelling: same initial ("Владимиру Зеленскому", "Карима Масимова")."""

    def name_word(q: int) -> bool:
        return _is_name_word(entry.text, toks[q], q in titles, rules)

    if _title_case_line(entry.text, toks[k].start):
        return False  # "PM Modi Announces Ex Gratia": a headline capitalises every word
    if (
        k + 1 < len(toks)
        and gaps[k] == " "
        and name_word(k + 1)
        and toks[k + 1].word not in rules.name_suffixes
    ):
        return True
    if k > 1 and _middle_initial(entry.text, toks, gaps, k - 2, k - 1):
        k -= 1  # "Ferdinand R. Marcos": the given name before the initial
    if k == 0 or gaps[k - 1] != " " or not name_word(k - 1):
        return False
    if places._sentence_initial(entry.text, toks[k - 1].start):
        return False
    if toks[k - 1].word in rules.abbrevs:
        return False  # "spoke with Mr Dbeibah": a courtesy title, no given name
    q = k - 1
    while q > 0 and gaps[q - 1] == "-" and toks[q - 1].cap:
        q -= 1  # "Касым-Жомарту Токаеву": a hyphenated given name by its first part
    prev = toks[q]
    given = _latin_key(entry.lang, entry.text[prev.start : prev.end])
    return given[:1] != fold_key(canonical.split()[0])[:1]


def _name_runs(entry: EntryText, toks: list[places._Tok]) -> list[tuple[int, int]]:
    """Runs of capitalised words joined by a space or hyphen (token index ranges), a lower-case
    particle hyphened to the next capitalised word inside ("Mahmoud al-Fakhri")."""
    runs = _org_runs(entry, toks, frozenset())
    particles = _grammar(entry.lang).name_particles
    if not particles:
        return runs
    gaps = places.gaps(entry)
    ends = {i: j for i, j in runs}
    out: list[tuple[int, int]] = []
    for i, j in runs:
        if out and i <= out[-1][1]:
            continue  # joined to the run before
        while _particle_at(entry, toks, gaps, j + 1, particles) and gaps[j] == " ":
            j = ends.get(j + 2, j + 2)
        out.append((i, j))
    return out


def _particle_at(
    entry: EntryText, toks: list[places._Tok], gaps: list[str], k: int, particles: frozenset[str]
) -> bool:
    """A lower-case name particle at token ``k``, hyphened to a capitalised word ("al-Mansouri")."""
    return (
        k + 1 < len(toks)
        and not toks[k].cap
        and toks[k].word in particles
        and gaps[k] == "-"
        and toks[k + 1].cap
        and entry.text[toks[k].start : toks[k].end].islower()
    )


#: ``DocContext.memo`` key: the people the document names after a title (no witness named with an age).
_TITLED = "actors.titled"


def _register(entry: EntryText, name: str, titled: bool = False) -> None:
    """Remember a newly named person for the rest of the document, by surname (``DocContext.names``);
    one named after a title ("Gov. Roy Cooper") takes the surname from one the grammar guessed."""
    words = name.split()
    if len(words) >= 2:
        key = fold_key(words[-1])
        if titled:
            entry.doc.names[key] = name
            entry.doc.memo.setdefault(_TITLED, set()).add(name)
        else:
            entry.doc.names.setdefault(key, name)


def _titled_people(
    entry: EntryText,
    rules: _Rules,
    found: _Found,
    ms: list[places.Mention],
    toks: list[places._Tok],
) -> None:
    """Title word, then a capitalised name: a person, named as written; else an office of a place."""
    titles = _scan(entry).titles
    if not titles:
        return
    place_spans = [(m.start, m.end) for m in ms]
    runs = _name_runs(entry, toks)
    gaps = places.gaps(entry)
    by_start = {m.start: m for m in ms}
    gz = gazetteer.load()
    title_tok = {k for a, b, _ in titles for k in range(a, b + 1)}
    place_nouns = _grammar(entry.lang).place_nouns
    org_inner = _grammar(entry.lang).org_inner
    for ta, tb, _ in titles:
        t_end = toks[tb].end
        if toks[tb].word in rules.abbrevs and entry.text.startswith(".", t_end):
            t_end += 1  # "Gov. Roy Cooper"
        named = False
        # a title opening a capitalised run ("Президент Нигера Мохамед Базум" at a sentence start)
        after = [(max(r[0], tb + 1), r[1]) for r in runs if r[1] > tb and r[0] >= ta]
        for i, j in after[:4]:
            start, end = toks[i].start, toks[j].end
            gap = entry.text[t_end:start]
            if _SENT_END.search(gap) or len(gap) > 60 or len(_GAP_WORD.findall(gap)) > 4:
                break  # "struck on the head and is being treated at Kumasi South Hospital": no title
            direct = gap.strip(" ,") == ""
            # a qualifier before the name ("Минздрава России Михаил Мурашко", "Deputy
            # Commissioner Kamrun Nahar", "Губернатор Кузбасса Илья Середюк"): keep the words after it
            cut = i - 1
            for k in range(i, j + 1):
                ts, te = toks[k].start, toks[k].end
                if (
                    toks[k].word in rules.person_stop
                    or k in title_tok
                    or (
                        any(s < te and ts < e for s, e in place_spans)
                        and not (
                            k == i < j
                            and (direct or "," in gap)
                            and _given_name(entry, toks[k])
                            and not _given_name(entry, toks[k + 1])
                        )
                    )  # "Primarul din Novi Sad, Milan Đurić": a given name that is also a town's (not
                    # "Аким Алматы Ерболат Досаев": the town's name, then the given name)
                    or found.overlaps(ts, te)
                ):
                    cut = k
            if (
                cut < i
                and j - i >= 2
                and _given_name(entry, toks[i + 1])
                and toks[i].word not in _grammar(entry.lang).given_names  # "President Hassan Sheikh Mohamud"
                and (
                    gz.lookup(toks[i].word)
                    or places._resolve([toks[i].word], places._rules(entry.lang))
                    or (
                        (prep := _LAST_WORD.search(places.base_text(entry), max(0, start - 12), start))
                        is not None
                        and prep.group(1) in _grammar(entry.lang).place_preps
                    )  # "Consilierul local din Aiud Dorel Pârvu": a town too small for the places
                )
            ):
                cut = i  # "Аким Алматы Ерболат Досаев": a town's name the places left unread, then the name
            given = next((k for k in range(max(i, cut + 1), j) if _given_name(entry, toks[k])), None)
            if (
                given is not None
                and given > max(i, cut + 1)
                and not _given_name(entry, toks[max(i, cut + 1)])
            ):
                cut = given - 1
            headline = _title_case_line(entry.text, start)
            link = _LAST_WORD.search(places.base_text(entry), max(0, start - 12), start)
            if cut < i and not direct and link is not None and link.group(1) in org_inner:
                continue  # "chief executive of Mineração Serra do Ouro": the body the title is of
            if cut >= i:
                if headline and any(found.overlaps(toks[k].start, toks[k].end) for k in range(i, cut + 1)):
                    break  # "PM Modi Announces Relief For Victims": a headline, every word capitalised
                if headline:
                    j = min(j, cut + (2 if _given_name(entry, toks[cut + 1]) else 1)) if cut < j else j
                    end = toks[j].end  # "Deputy CM Eknath Shinde Visits Site"
                if j - cut < 2:
                    if direct and cut == j and found.overlaps(toks[j].start, toks[j].end):
                        break  # the title belongs to a known person ("President Macron")
                    continue
                i, start, direct = cut + 1, toks[cut + 1].start, True
            elif direct and j > i and headline:
                j = i + 1 if _given_name(entry, toks[i]) else i  # "Mayor Kevin McCarty Speaks", "CM Fadnavis
                end = toks[j].end  # Announces Rs 5 Lakh": the name, not the headline's verb
            if j == i and not direct:
                continue
            if j + 1 < len(toks) and gaps[j] == " " and toks[j + 1].word in place_nouns:
                continue  # a place's own name before its noun ("Глава Туапсинского района Сергей Бойко")
            if j - i > 3:
                continue
            if places._sentence_initial(entry.text, start) and j == i:
                continue
            if j == i and entry.text[start:end].isupper():
                continue  # "Глава ЧВК «Вагнер»": initials, no name
            if j == i and direct and j + 1 < len(toks) and gaps[j] in (", ", ",") and toks[j + 1].cap:
                continue  # "Primarul Timișoarei, Dominic Fritz": the word qualifies the title
            if fold_key(entry.text[start:end]) in _outlets() or entry.text[end : end + 1].isdigit():
                break  # "told Al Jazeera", "corespondentul Digi24"
            if j > i and toks[j].word in _grammar(entry.lang).org_heads:
                break  # "a spokesperson for London Fire Brigade": the body's own name, no person
            if j == i and (case := _grammar(entry.lang).noun_case) is not None and case.search(toks[i].word):
                continue  # "directorul Sistemului de Gospodărire a Apelor": a body's name, no person
            if j == i and (
                toks[i].word in _grammar(entry.lang).name_heads
                or _ru_common_word(entry.lang, entry.text[toks[i].start : toks[i].end].lower())
                or _ru_oblique_after(
                    entry.lang,
                    entry.text[toks[ta].start : toks[ta].end].lower(),
                    entry.text[toks[i].start : toks[i].end].lower(),
                )
            ):
                continue  # "Директор Института сейсмологии", "Начальник Южной дистанции": a body's name
            n = len(toks)
            if j + 1 < n and gaps[j] == "'" and not toks[j + 1].cap and toks[j + 1].word not in ("s", "t"):
                end = toks[j + 1].end  # "Wetang'ula"
            if (
                j - i >= 2
                and gaps[i] == " "
                and len(toks[i].word) > 1
                and entry.text[toks[i].start : toks[i].end].isupper()
                and not entry.text[toks[i + 1].start : toks[i + 1].end].isupper()
            ):
                start = toks[i + 1].start  # "ASP Kwame Fosu-Agyei": a rank's initials before the name
            if (reg := _regions(entry.lang)) is not None and (
                (r := reg.region.match(entry.folded, start)) is not None and r.end() >= end
            ):
                break  # "Глава Кабардино-Балкарии": a region's head, no name
            name = person_name(entry.lang, entry.text[start:end])
            found.add(name, "person", start, end)
            found.titled.add((start, end))
            _register(entry, name, titled=True)
            named = True
            break
        if named:
            continue
        office = rules.offices.get(" ".join(toks[k].word for k in range(ta, tb + 1)))
        if office is None:
            continue
        if any(
            a.kind == "person"
            and 0 <= a.span[0] - t_end <= 60
            and not _SENT_END.search(entry.text, t_end, a.span[0])
            for a in found.items
        ):
            continue  # "Губернатор Белгородской области Вячеслав Гладков": the office has its holder
        place, _ = _place_after(toks, gaps, tb, rules, by_start)
        owner = _possessor(toks, gaps, ta, ms) if place is None else None
        if owner is not None:  # "Faenza's mayor": the office of the place owning it
            rec = gz.record(owner.idx)
            if (
                not rec.is_country
                and owner.sub is None
                and not found.overlaps(owner.start, t_end)
                and _verb_around(entry, places.base_text(entry), owner.start, t_end)
            ):  # the office acting ("Kharkiv's mayor said"), not one spoken with
                found.add(office.replace("{place}", rec.name), "government", owner.start, t_end)
            continue
        if place is None or gz.record(place.idx).is_country or place.sub is not None:
            continue
        holder = _surname_holder(entry, rules, toks, place)
        if holder is not None:
            found.add(holder, "person", place.start, place.end)  # "губернатор Гусев": the governor
            found.titled.add((place.start, place.end))  # the document named in full, not Gusev town's
            continue
        start, end = toks[ta].start, max(t_end, place.end)
        if not found.overlaps(start, end):
            found.add(office.replace("{place}", gz.record(place.idx).name), "government", start, end)


def _possessor(
    toks: list[places._Tok], gaps: list[str], ta: int, ms: list[places.Mention]
) -> places.Mention | None:
    """The place written in the possessive right before a title ("Tredozio's mayor"), else None."""
    if ta < 2 or toks[ta - 1].word != "s" or gaps[ta - 2] not in ("'", "’"):
        return None
    return next((m for m in ms if m.end == toks[ta - 2].end), None)


def _surname_holder(
    entry: EntryText, rules: _Rules, toks: list[places._Tok], place: places.Mention
) -> str | None:
    """The person the document named in full whose surname is the one word a title is followed
    by, though a town spells it too ("губернатор Гусев" after "Александр Гусев")."""
    words = [t for t in toks if place.start <= t.start and t.end <= place.end]
    if len(words) != 1 or not entry.doc.names:
        return None
    word = words[0].word
    forms = [word, *(rules.people_strip(word) if rules.translit and rules.people_strip else ())]
    for form in forms:
        name = entry.doc.names.get(form) or entry.doc.names.get(_latin_key(entry.lang, form))
        if name is not None:
            got = _registered_kind(entry.lang, name)
            return got[0] if got is not None and got[1] == "person" else None
    return None


_GAP_WORD = re.compile(r"[^\W\d_]+")


def _given_name(entry: EntryText, tok: places._Tok) -> bool:
    """Whether a word is a given name the language knows (its list, known people's first
    names, pymorphy3 ``Name`` for Russian)."""
    gram = _grammar(entry.lang)
    if tok.word in gram.given_names:
        return True
    if tok.word in gram.name_particles and not tok.cap:
        return False  # "аль" in "Али аль-Джабер"
    return gram.morph_verbs and _ru_word(entry.text[tok.start : tok.end].lower())[0]


def _subject_of_deed(entry: EntryText, base: str, end: int) -> bool:
    """A verb right after a body written in lower case: it does something ("poliția a instalat
    garduri", "poliția a blocat circulația"), no mere mention ("acuză poliția că")."""
    gram = _grammar(entry.lang)
    return gram.verb_after is not None and gram.verb_after.match(base, end) is not None


def _verb_after(entry: EntryText, base: str, end: int) -> bool:
    """A verb right after the words ending at ``end``: they are a clause's subject."""
    gram = _grammar(entry.lang)
    if gram.verb_after is not None and gram.verb_after.match(base, end):
        return True
    if gram.morph_verbs:
        m = re.match(r"\s+(\w+)", entry.text[end : end + 40])
        return bool(m and _ru_word(m.group(1).lower())[2])
    return False


def _verb_around(entry: EntryText, base: str, start: int, end: int) -> bool:
    """A verb right after the words at [start, end) or a speech verb right before them:
    they are the subject ("Autoritățile de la Chișinău au trimis", "власти Украины заявили")."""
    gram = _grammar(entry.lang)
    if gram.verb_after is not None and gram.verb_after.match(base, end):
        return True
    if gram.morph_verbs:
        m = re.match(r",?\s+(\w+)", entry.text[end : end + 40])
        if m and _ru_word(m.group(1).lower())[2]:
            return True
    return bool(gram.verb_before is not None and gram.verb_before.search(base, max(0, start - 40), start))


@lru_cache(maxsize=16384)
def _latin_key(code: str, word: str) -> str:
    """Fold key of a Cyrillic word in Latin letters (cached)."""
    return fold_key(person_name(code, word))


def _registered_people(
    entry: EntryText, rules: _Rules, found: _Found, toks: list[places._Tok], ms: list[places.Mention]
) -> None:
    """People named in full earlier in the document, now by surname alone."""
    names = entry.doc.names
    if not names:
        return
    cyrillic = bool(rules.translit)
    gram = _grammar(entry.lang)
    base = places.base_text(entry)
    text = entry.text
    gaps = places.gaps(entry)
    for k in places.cap_indexes(entry):
        tok = toks[k]
        word = tok.word
        name = names.get(word)
        if name is None and cyrillic and not word.isascii():
            forms = [word, *(rules.people_strip(word) if rules.people_strip else ())]
            for form in forms:
                name = names.get(_latin_key(entry.lang, form))
                if name is not None:
                    break
        if name is None or found.overlaps(tok.start, tok.end):
            continue
        if any(m.start <= tok.start < m.end for m in ms) and not (
            name in _known_people_names() and _verb_around(entry, base, tok.start, tok.end)
        ):
            continue  # "в Николаеве" is the town; "сообщил Николаев" the man the document named in full
        if any(p < k <= q for p, q in _headed_runs(entry, toks)):
            continue  # a word inside a body's name ("... și Combaterea Dezinformării")
        if word in entry.doc.common_words and places._sentence_initial(text, tok.start):
            continue  # "One of them" is not "Division One"
        got = _registered_kind(entry.lang, name)
        if got is None:
            continue  # "North Carolina", "Prefectura Brașov", an outlet
        name, kind = got
        if cyrillic and _ru_place_word(text[tok.start : tok.end].lower()):
            continue  # "властей Кузбасса": a region, whatever "Минздраве Кузбасса" registered
        start = _same_name_start(entry, toks, gaps, k, name)
        if kind == "organization" and start == tok.start and _body_word(entry.lang, word):
            continue  # "Brunswick County" is not "Onslow County"
        if (
            kind == "organization"
            and start == tok.start
            and (word in rules.counties or gazetteer.load().has(word))
        ):
            continue  # "ISU București-Ilfov" is not "Jandarmeria Ilfov": a county or town names many bodies
        if start is None or word in rules.name_suffixes:
            continue  # "Tajul Islam Chowdhury" is not "Rafiqul Islam", "Craven County" not "Onslow County";
            # "Marcos Jr." is the known "Marcos" already
        before = _LAST_WORD.search(base, max(0, start - 20), start)
        if (
            kind == "person"
            and start < tok.start
            and before is not None
            and before.group(1) in gram.place_preps
        ):
            continue  # "her house in Vila Esperança": a place the document named like a person
        if gram.byline is not None:
            first = k - 1 if k > 0 and toks[k - 1].cap and gaps[k - 1] == " " else k
            if gram.byline.search(base, max(0, toks[first].start - 40), toks[first].start):
                continue  # "our correspondent Nino Kapanadze"
        if kind == "organization" and not (
            _verb_around(entry, base, start, tok.end)
            or (text[tok.end : tok.end + 2] == ", " and _verb_around(entry, base, start, tok.end + 1))
        ):
            continue  # "Onslow County said" acts; "in eastern Ventura County", "the Ventura County Fire
            # Department" name a place or another body
        found.add(name, kind, start, tok.end)


@lru_cache(maxsize=4096)
def _registered_kind(code: str, name: str) -> tuple[str, str] | None:
    """A name the document registered by surname (``DocContext.names``) as an actor: a person
    (titles before it dropped: "Gov. Henry McMaster" → "Henry McMaster") or a body whose name
    has a body's word ("Inițiativa Civică Strada", "Onslow County"); None for places and
    outlets ("North Carolina", "Prothom Alo")."""
    rules = _rules(code)
    words = name.split()
    while len(words) > 2 and (words[0].endswith(".") or rules.titles.table.get(token_key(words[0]))):
        words = words[1:]
    keys = [token_key(w) for w in words]
    if len(keys) < 2 or fold_key(" ".join(words)) in _outlets():
        return None
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return None  # "the Home Ministry's Khadka": an owner and its man, no one's full name
    if gazetteer.load().has(" ".join(keys)):
        return None
    if any(_body_word(code, k) for k in keys) or rules.insts.table.get(keys[0]):
        return " ".join(words), "organization"
    return " ".join(words), "person"


def _body_word(code: str, key: str) -> bool:
    """A word that names a kind of body or place, not one body ("County", "Division")."""
    rules, gram = _rules(code), _grammar(code)
    return (
        key in rules.name_stop
        or key in gram.not_name_words
        or key in gram.name_heads
        or key in gram.place_nouns
        or bool(rules.titles.table.get(key))
    )


def _ru_place_word(word: str) -> bool:
    """A Russian word pymorphy3 reads only as a place's or organisation's name ("Кузбасса")."""
    parses = _ru_parses(word)
    return bool(parses) and all(("Geox" in p.tag or "Orgn" in p.tag) for p in parses)


def _same_name_start(
    entry: EntryText, toks: list[places._Tok], gaps: list[str], k: int, name: str
) -> int | None:
    """Where the registered name found at token k starts: the words before it that repeat the
    name's own ("Sujit Kumar Das"), else the token itself; None when another capitalised
    name word is glued to it ("Tajul Islam Chowdhury" for "Mohammad Rafiqul Islam")."""
    rules = _rules(entry.lang)
    text = entry.text
    words = [fold_key(w) for w in name.split()[:-1]]
    q = k
    while words and q > 0 and gaps[q - 1] == " " and _latin_key(entry.lang, toks[q - 1].word) == words[-1]:
        words.pop()
        q -= 1
    if q < k:
        if entry.lang == "ru" and _ru_place_word(toks[q].word):
            return None  # "Минздраве Кузбасса"
        return toks[q].start
    titles = {t for a, b, _ in _scan(entry).titles for t in range(a, b + 1)}

    def name_word(t: int) -> bool:
        return _is_name_word(text, toks[t], t in titles, rules)

    if k + 1 < len(toks) and gaps[k] == " " and name_word(k + 1):
        return None
    if (
        k > 0
        and gaps[k - 1] == " "
        and name_word(k - 1)
        and not (
            places._sentence_initial(text, toks[k - 1].start)
            and (
                toks[k - 1].word in entry.doc.common_words
                or toks[k - 1].word in _grammar(entry.lang).not_name_words
            )
        )  # "Marihot Sinaga, a fisherman, said" is not the "Hadrianus Sinaga" named before ("Later Sinaga")
    ):
        return None
    return toks[k].start


@dataclass(frozen=True)
class _Embassy:
    """How this language names an embassy (``actors.toml`` [embassies]), compiled once."""

    word: re.Pattern[str] | None  # a folded token that is the word for an embassy
    country_links: tuple[tuple[str, ...], ...]  # words between it and its country ("of the")
    city_links: tuple[tuple[str, ...], ...]  # words between it and its city ("in", "la", "de la", "в")
    codes: re.Pattern[str] | None  # a country's abbreviation right before it ("U.S.")
    code_iso: dict[str, str]
    adjectives: dict[str, str]  # English country name → the adjective its embassy takes ("US")
    kinds: dict[str, str] = field(default_factory=dict)  # word → "Embassy", "Consulate", "Consulate General"
    general: frozenset[str] = frozenset()  # a word making a consulate a consulate general ("general")


@cache
def _the_countries() -> frozenset[str]:
    """English country names that take "the" after "of" ("Consulate General of the United States")."""
    return frozenset(
        str(x) for x in langdata.section("en", "actors").get("embassies", {}).get("the_countries", [])
    )


@cache
def _embassy(code: str) -> _Embassy:
    data = langdata.section(code, "actors").get("embassies", {})
    kinds = {token_key(str(w)): "Embassy" for w in data.get("words", [])}
    kinds.update({token_key(str(w)): "Consulate" for w in data.get("consulates", [])})
    kinds.update({token_key(str(w)): "Consulate General" for w in data.get("consulates_general", [])})
    words = list(kinds)
    codes = {str(k): str(v) for k, v in data.get("country_codes", {}).items()}
    code_re = "|".join(re.escape(k) for k in sorted(codes, key=len, reverse=True))
    adjectives = {str(k): str(v) for k, v in langdata.section("en", "sources").get("demonyms", {}).items()}
    return _Embassy(
        word=re.compile("|".join(re.escape(w) for w in words)) if words else None,
        country_links=tuple(
            tuple(token_key(str(x)).split())
            for x in sorted(data.get("country_links", []), key=len, reverse=True)
        ),
        city_links=tuple(
            tuple(token_key(str(x)).split())
            for x in sorted(data.get("city_links", []), key=lambda x: -len(str(x).split()))
        ),
        codes=re.compile(rf"(?<![\w.])({code_re})\s+$") if code_re else None,
        code_iso=codes,
        adjectives=adjectives,
        kinds=kinds,
        general=frozenset(token_key(str(w)) for w in data.get("general", [])),
    )


def _city_of(entry: EntryText, m: places.Mention, rules: _Rules) -> str | None:
    """The English name of the city a mention names, also when it stands for its country
    ("București" read as Romania's seat)."""
    gz = gazetteer.load()
    rec = gz.record(m.idx)
    if rec.is_country:
        key = gazetteer.strip_marks(fold_key(entry.text[m.start : m.end]))
        hits = [
            i for i in gz.lookup(key) if not gz.record(i).is_country and gz.record(i).country == rec.country
        ]
        if not hits:
            return None
        rec = gz.record(hits[0])
    name = str(rec.name).replace("ţ", "ț").replace("ş", "ș")
    return rules.place_names.get(name, name)


_APOSTROPHES = frozenset({"'", "’"})  # a country's possessive before its embassy ("China's")


def _embassies(entry: EntryText, base: str, rules: _Rules, found: _Found, ms: list[places.Mention]) -> None:
    """Embassies, by the country named at the word and the city after it ("the U.S. embassy in
    Dhaka", "Ambasada Germaniei la București", "посольство США в Москве") → "US Embassy in
    Dhaka": the country and the city are the embassy's, not actors of their own."""
    emb = _embassy(entry.lang)
    if emb.word is None or emb.word.search(base) is None:
        return
    toks = places.tokens(entry)
    gaps = places.gaps(entry)
    n = len(toks)
    gz = gazetteer.load()
    by_start = {m.start: m for m in ms}
    by_end = {m.end: m for m in ms}
    after_end = {t.end: q + 1 for q, t in enumerate(toks)}

    def country_at(m: places.Mention | None) -> str | None:
        if m is None or m.sub is not None or not gz.record(m.idx).is_country:
            return None
        return str(gz.record(m.idx).country)

    named: tuple[str, str] | None = None  # the embassy last named in full, and its kind
    for k, tok in enumerate(toks):
        if not emb.word.fullmatch(tok.word) or found.overlaps(tok.start, tok.end):
            continue
        start, end, nxt = tok.start, tok.end, k + 1
        kind = emb.kinds.get(tok.word, "Embassy")
        iso: str | None = None
        p = k - 1
        if kind == "Consulate" and nxt < n and toks[nxt].word in emb.general and gaps[k] in WORD_GAPS:
            kind, end, nxt = (
                "Consulate General",
                toks[nxt].end,
                nxt + 1,
            )  # "consulate general", "consulatul general"
        elif kind == "Consulate" and p >= 0 and toks[p].word in emb.general and gaps[p] in WORD_GAPS:
            kind, start, p = "Consulate General", toks[p].start, p - 1  # "генеральное консульство"
        if p >= 0 and gaps[p] in WORD_GAPS:
            prev = toks[p]
            pair = f"{toks[p - 1].word} {prev.word}" if p > 0 and gaps[p - 1] == " " else ""
            if rules.demonyms is not None and pair and rules.demonyms.fullmatch(pair):
                iso, start = _demonym_country(pair, rules), toks[p - 1].start  # "the South Korean Embassy"
            elif rules.demonyms is not None and rules.demonyms.fullmatch(prev.word):
                iso, start = _demonym_country(prev.word, rules), prev.start
            elif (iso := country_at(by_end.get(prev.end))) is not None:
                start = by_end[prev.end].start
        if (
            iso is None
            and p >= 1
            and toks[p].word == "s"
            and gaps[p - 1] in _APOSTROPHES
            and gaps[p] in WORD_GAPS
            and (iso := country_at(by_end.get(toks[p - 1].end))) is not None
        ):
            start = by_end[toks[p - 1].end].start  # "China's embassy in Kathmandu"
        if iso is None and emb.codes is not None:
            mc = emb.codes.search(entry.text, max(0, start - 8), start)
            if mc is not None:
                iso, start = emb.code_iso[mc.group(1)], mc.start()
        if iso is None and nxt < n and gaps[nxt - 1] in WORD_GAPS:
            q = nxt
            for link in emb.country_links:
                if all(q + i < n and toks[q + i].word == w for i, w in enumerate(link)):
                    q += len(link)
                    break
            m = by_start.get(toks[q].start) if q < n else None
            if (iso := country_at(m)) is not None and m is not None:
                end, nxt = m.end, after_end.get(m.end, n)
            elif q == nxt and rules.demonyms is not None and rules.demonyms.fullmatch(toks[q].word):
                iso, end, nxt = _demonym_country(toks[q].word, rules), toks[q].end, q + 1
        if iso is None:
            if named is not None and named[1] == kind and nxt < n and not toks[nxt].cap:
                found.add(named[0], "organization", start, end)  # "the embassy said": the one named before
            continue
        city = None
        for link in emb.city_links:  # "in", "la", "de la" ("Ambasada SUA de la Libreville")
            q = nxt + len(link)
            if q < n and all(
                toks[nxt + i].word == w and gaps[nxt + i] in WORD_GAPS for i, w in enumerate(link)
            ):
                m = by_start.get(toks[q].start)
                if m is not None and m.sub is None and (city := _city_of(entry, m, rules)) is not None:
                    end = m.end
                break
        country = _country_name(iso) or iso
        country = rules.country_names.get(country, country)
        adjective = emb.adjectives.get(country) or _demonym_name(iso) or country
        name = f"{adjective} {kind} in {city}" if city else f"{adjective} {kind}"
        if kind == "Consulate General":  # "Consulate General of Russia in Oral", as the sources name it
            the = "the " if country in _the_countries() else ""
            name = f"{kind} of {the}{country}" + (f" in {city}" if city else "")
        found.add(name, "organization", start, end)
        found.owned.append((start, end))
        named = (name, kind)


@dataclass(frozen=True)
class _Regions:
    """Regions and the regional branches of federal bodies (``actors.toml`` [regions]), compiled once."""

    body: re.Pattern[str]  # a body, its branch word before it; the region follows at its end
    region: re.Pattern[str]  # a region: an adjective stem with its noun, or a second name
    regional: re.Pattern[str] | None  # "региональный минздрав": the region named last
    alone: re.Pattern[str] | None  # a regional body by a word of its own ("облздрав", "акимат области")
    names: tuple[str, ...]  # the regional name of each body (group b<i>)
    police: frozenset[int]  # the bodies that are a region's police (group b<i>)
    stems: dict[str, str]
    nicknames: dict[str, str]
    nouns: dict[str, str]
    translit: dict[str, str]
    cue: re.Pattern[str]  # a word any region or regional body needs (a cheap first look)
    before: re.Pattern[str] | None = None  # a region's adjective before the body ("дагестанское МЧС")
    republics: frozenset[str] = frozenset()  # regions that are republics (English names)
    republic_names: tuple[
        str | None, ...
    ] = ()  # a body's name in a republic, when its own ("Ministry of ...")


def _unfold_short_i(pattern: str) -> str:
    """A pattern built from folded keys, made to match the entry's text, which keeps "й" ("забаикаль"
    finds "Забайкалье")."""
    return pattern.replace("и", "[ий]")


@cache
def _regions(code: str) -> _Regions | None:
    data = langdata.section(code, "actors")
    reg = data.get("regions")
    if not reg or not reg.get("body"):
        return None
    bodies = "|".join(f"(?P<b{i}>{b['pattern']})" for i, b in enumerate(reg["body"]))
    branch = reg.get("branch")
    lead = rf"(?:(?:{branch})\s+)?" if branch else ""
    nouns = {fold_key(k): str(v) for k, v in reg.get("nouns", {}).items()}
    nicks = {fold_key(k): str(v) for k, v in reg.get("names", {}).items()}
    noun_re = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    initials = {fold_key(x) for x in reg.get("initials", [])}
    nick_re = (
        "|".join(
            _unfold_short_i(re.escape(n).replace(r"\ ", r"[\s-]")) + (r"(?!\w)" if n in initials else "")
            for n in sorted(nicks, key=len, reverse=True)
        )
        or "(?!)"
    )  # "карачаево-черкеси", "марий эл"; initials whole: "ско" is no "скорой"
    region = (
        rf"{_WB}(?:(?P<adj>(?:\w+-)?\w+?(?:ск|цк))(?:ой|ому|ая|ую|ого|ом|ий|ое)\s+(?P<noun>{noun_re})\w*"
        rf"|(?P<nick>{nick_re})\w*){_WE}"
    )
    regional = reg.get("regional")
    alone = "|".join(f"(?P<b{i}>{b['alone']})" for i, b in enumerate(reg["body"]) if b.get("alone"))
    return _Regions(
        body=re.compile(rf"{_WB}{lead}(?:{bodies}){_WE}{reg.get('tail', '')}"),
        region=re.compile(region),
        regional=re.compile(rf"{_WB}(?:{regional})\s+(?:{bodies}){_WE}") if regional else None,
        alone=re.compile(rf"{_WB}(?:{alone}){_WE}") if alone else None,
        before=re.compile(
            rf"{_WB}(?P<adj>\w{{4,}}?)(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их){_WE}\s+(?:{bodies}){_WE}"
        ),
        names=tuple(str(b["name"]) for b in reg["body"]),
        police=frozenset(i for i, b in enumerate(reg["body"]) if b.get("police")),
        republics=frozenset(str(x) for x in reg.get("republics", [])),
        republic_names=tuple(b.get("republic") for b in reg["body"]),
        stems={fold_key(k): str(v) for k, v in reg.get("stems", {}).items()},
        nicknames=nicks,
        nouns=nouns,
        translit={k: str(v) for k, v in data.get("transliteration", {}).items()},
        cue=re.compile(
            "|".join(
                [
                    *(_unfold_short_i(re.escape(n).replace(r"\ ", r"[\s-]")) for n in [*nouns, *nicks]),
                    *([regional] if regional else []),
                    *([alone] if alone else []),
                ]
            )
        ),
    )


def _region_name(m: re.Match[str], reg: _Regions) -> str:
    """The English name of a region matched by ``_Regions.region`` ("Kemerovo Oblast")."""
    if m.group("nick"):
        return reg.nicknames[fold_key(m.group("nick").replace("-", " "))]
    adj, noun = fold_key(m.group("adj")), fold_key(m.group("noun"))  # the entry keeps "й"; the keys fold it
    if adj in reg.nicknames:  # "карагандинской области": Karaganda Region, as Kazakhstan names it
        return reg.nicknames[adj]
    stem = reg.stems.get(adj) or "-".join(
        word.capitalize() for word in transliterate(adj[:-2], reg.translit).split()
    )  # "иссык-кульской" → Issyk-Kul
    return f"{stem} {reg.nouns[noun]}"


def _bodies_with_region(text: str, reg: _Regions, found: _Found) -> None:
    """Federal bodies with their region written at them: after ("Минздрав Дагестана", "ГУ МВД по
    Ростовской области") or as an adjective before ("дагестанское МЧС")."""
    for m in reg.body.finditer(text):
        r = reg.region.match(text, m.end())
        if r is None or found.overlaps(m.start(), r.end()):
            continue
        body, where = int(str(m.lastgroup)[1:]), _region_name(r, reg)
        republic = reg.republic_names[body] if where in reg.republics else None
        name = (republic or reg.names[body]).replace("{region}", where)  # "МВД по Республике Дагестан"
        found.add(name, "organization", m.start(), r.end())
        found.owned.append((m.start(), r.end()))
    for m in reg.before.finditer(text) if reg.before is not None else ():
        adj = m.group("adj")
        nick = reg.nicknames.get(adj) or next(
            (v for k, v in reg.nicknames.items() if len(k) > 4 and k.startswith(adj)), None
        )  # "дагестанское МЧС": Dagestan's; "российское МЧС" names no region
        if nick is None or found.overlaps(m.start(), m.end()):
            continue
        found.add(
            reg.names[int(str(m.lastgroup)[1:])].replace("{region}", nick), "organization", m.start(), m.end()
        )
        found.owned.append((m.start(), m.end()))


def bodies_by_place(entry: EntryText) -> list[Actor]:
    """Bodies named with the region or place they serve ("Минздрава Дагестана", "the Kisumu county
    government"), whether they act or are only quoted ("по данным ...", "according to ..."): a
    source names them so too, never as the country's body."""
    regional = _Found()
    reg = _regions(entry.lang)
    if reg is not None:
        text = entry.folded.replace("ё", "е")
        if reg.cue.search(text) is not None:
            _bodies_with_region(text, reg, regional)
    described = _described(entry.lang)
    if described is None or described.search(entry.text) is None:
        return regional.items  # no body described by its owner: nothing more to read
    found = _Found()
    base, ms, rules = places.base_text(entry), places.mentions(entry), _rules(entry.lang)
    _institutions(entry, base, rules, found, ms)  # the bodies the data knows, which a description skips
    known = list(found.items)
    _described_bodies(entry, base, rules, found, ms, acting_only=False)
    return regional.items + [a for a in found.items if a not in known]


def _regional_bodies(entry: EntryText, found: _Found) -> None:
    """Regional branches of federal bodies, named by their region ("ГУ МВД по Ростовской области"
    → "Rostov Oblast Interior Ministry directorate"); "региональный минздрав" is the region's
    named last in the document."""
    reg = _regions(entry.lang)
    if reg is None:
        return
    text = entry.folded.replace("ё", "е")
    if reg.cue.search(text) is None:
        return
    key = ("actors", "region")
    named = [(r.end(), _region_name(r, reg)) for r in reg.region.finditer(text)]
    if not named and key not in entry.doc.memo and _MAIN_REGION not in entry.doc.memo:
        return
    _bodies_with_region(text, reg, found)
    for pat in (reg.regional, reg.alone):
        if pat is None:
            continue
        for m in prefilter.finditer(pat, text):
            before = [n for e, n in named if e <= m.start()]
            region = before[-1] if before else entry.doc.memo.get(_MAIN_REGION) or entry.doc.memo.get(key)
            if region is None or found.overlaps(m.start(), m.end()):
                continue
            name = reg.names[int(str(m.lastgroup)[1:])].replace("{region}", region)
            own = set(name.removeprefix(region).split())
            if any(
                a.name.startswith(f"{region} ") and own & set(a.name.removeprefix(region).split())
                for a in found.items
            ):
                continue  # "облздрав" after "комитет здравоохранения Волгоградской области": that body
            found.add(name, "organization", m.start(), m.end())
    if named:
        entry.doc.memo[key] = named[-1][1]


@dataclass(frozen=True)
class _LocalAdmin:
    """A town's or a district's administration (``actors.toml`` [local_admin]), compiled once."""

    word: re.Pattern[str]  # the body's word, up to its place
    district: re.Pattern[str]  # a district by its adjective, right after the word
    not_after: re.Pattern[str]  # after a place: a region's or a district's word, no town's body
    title_before: re.Pattern[str] | None  # a head's title before the word: the body is no actor
    city: str
    district_name: str
    near_km: float


@cache
def _local_admin(code: str) -> _LocalAdmin | None:
    data = langdata.section(code, "actors").get("local_admin")
    if not data:
        return None
    return _LocalAdmin(
        word=re.compile(str(data["word"])),
        district=re.compile(str(data["district"])),
        not_after=re.compile(str(data["not_after"]), re.IGNORECASE),
        city=str(data["city"]),
        district_name=str(data["district_name"]),
        near_km=float(data.get("near_km", 150)),
        title_before=re.compile(str(data["title_before"])) if data.get("title_before") else None,
    )


def _km(a: gazetteer.GeoRecord, b: gazetteer.GeoRecord) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return float("inf")
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def _district_label(entry: EntryText, la: _LocalAdmin, word: str, stem: str) -> str:
    """A district's English name: the town its adjective is made from when that town lies near the
    story's city ("Балаковского района": Balakovo), else the adjective ("Дзержинского": Dzerzhinsky)."""
    gz = gazetteer.load()
    home = places._doc_city(entry.doc)
    if home is not None:
        rules = places._rules(entry.lang)
        for repls, st in places._adjective_stems(word.lower(), rules):
            recs = [gz.record(k) for rep in repls for k, _ in places._resolve([st + rep], rules)]
            near = [r for r in recs if not r.is_country and _km(r, gz.record(home)) <= la.near_km]
            if near:
                return _town_label(max(near, key=lambda r: r.population))
            if recs:
                break
    table = _regions(entry.lang)
    latin = transliterate(stem, table.translit if table is not None else {})
    return latin[:1].upper() + latin[1:] + "y"


def _local_admins(entry: EntryText, found: _Found, ms: list[places.Mention]) -> None:
    """Town and district administrations ("администрации Саратова" → "Saratov city administration",
    "Администрация Дзержинского района" → "Dzerzhinsky district administration")."""
    la = _local_admin(entry.lang)
    if la is None:
        return
    gz = gazetteer.load()
    by_start = {m.start: m for m in ms}
    text = entry.text
    for m in la.word.finditer(text):
        if la.title_before is not None and la.title_before.search(text, max(0, m.start() - 30), m.start()):
            continue  # "заместитель главы администрации Орска Игорь Вершинин": the person, in the title
        d = la.district.match(text, m.end())
        if d is not None:
            if not found.overlaps(m.start(), d.end()):
                word = text[d.start() : d.end()].split()[0]
                name = la.district_name.replace(
                    "{district}", _district_label(entry, la, word, d.group("adj"))
                )
                found.add(name, "organization", m.start(), d.end())
                found.owned.append((m.start(), d.end()))
            continue
        place = by_start.get(m.end())
        if place is None or found.overlaps(m.start(), place.end) or la.not_after.match(text, place.end):
            continue
        rec = gz.record(place.idx)
        if rec.is_country:
            continue
        found.add(la.city.replace("{city}", _town_label(rec)), "organization", m.start(), place.end)
        found.owned.append((m.start(), place.end))


@cache
def _court_speaker(code: str) -> re.Pattern[str] | None:
    """Who speaks for a court, right before its name ("пресс-секретарь Сызранского городского суда")."""
    speaker = langdata.section(code, "actors").get("courts", {}).get("speaker")
    return re.compile(rf"{_WB}(?:{speaker})\s+$") if speaker else None


@cache
def _court_rules(code: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]] | None:
    """Courts named by a town's adjective ("Балаковский районный суд"): the pattern, the kind word
    stems with their English names, the transliteration table."""
    data = langdata.section(code, "actors")
    courts = data.get("courts")
    if not courts:
        return None
    kinds = {str(k): str(v) for k, v in courts.get("kinds", {}).items()}
    kind_re = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    pat = re.compile(
        rf"{_WB}(?P<adj>[^\W\d_]+?(?:ск|цк))(?:ий|ого|ому|им|ом)\s+(?P<kind>{kind_re})\w*"
        rf"(?:\s+{courts.get('between', '(?!)')})?\s+{courts['noun']}{_WE}"
    )
    return pat, kinds, {k: str(v) for k, v in data.get("transliteration", {}).items()}


def _courts(entry: EntryText, found: _Found, ms: list[places.Mention]) -> None:
    """Courts named by a town's adjective, acting ("Балаковский районный суд арестовал" → "Balakovo
    District Court"; "Ленинский районный суд Оренбурга" → "Leninsky District Court of Orenburg")."""
    rules = _court_rules(entry.lang)
    if rules is None:
        return
    pat, kinds, table = rules
    text = entry.folded.replace("ё", "е")
    gz = gazetteer.load()
    base = places.base_text(entry)
    for m in pat.finditer(text):
        start, end = m.start(), m.end()
        if found.overlaps(start, end):
            continue
        town = next((q for q in ms if q.start <= start < q.end and q.sub is None), None)
        after = next((q for q in ms if 0 < q.start - end <= 1 and q.sub is None), None)
        if town is not None:
            name = f"{_town_label(gz.record(town.idx))} {kinds[m.group('kind')]}"
        else:
            name = f"{transliterate(m.group('adj'), table).capitalize()}y {kinds[m.group('kind')]}"
            if after is not None and not gz.record(after.idx).is_country:
                name, end = f"{name} of {_town_label(gz.record(after.idx))}", after.end
        speaker = _court_speaker(entry.lang)
        said = speaker.search(text, max(0, start - 40), start) if speaker is not None else None
        if _verb_around(entry, base, start, end) or (
            said is not None and _verb_around(entry, base, said.start(), end)
        ):  # "Суд арестовал", "как сообщила пресс-секретарь Сызранского городского суда"
            found.add(name, "organization", start, end)
            found.owned.append((start, end))


@cache
def _companies(code: str) -> tuple[re.Pattern[str], re.Pattern[str] | None, bool] | None:
    """The company pattern, the cue that must be in the folded text for it to run, and whether
    the company must act (a verb around its name: ``acting``)."""
    data = langdata.section(code, "actors").get("companies", {})
    if not data.get("pattern"):
        return None
    cue = re.compile(data["cue"]) if data.get("cue") else None
    return re.compile(data["pattern"]), cue, bool(data.get("acting", False))


@cache
def _described(code: str) -> re.Pattern[str] | None:
    """A body described in lower case after its owner's capitalised name ("the Ashanti regional police
    command", "Poland's maritime search and rescue service"): ``[organisations] described_heads``."""
    orgs = langdata.section(code, "actors").get("organisations", {})
    heads = _phrase_alt(list(orgs.get("described_heads", [])), raw=True)
    if not heads:
        return None
    stops = "|".join(re.escape(str(w)) for w in orgs.get("described_stops", []))
    word = rf"(?!(?:{stops})\b)[a-z][\w’'-]*" if stops else r"[a-z][\w’'-]*"
    return re.compile(
        r"(?P<owner>[A-Z][\w-]*(?:[ -][A-Z][\w-]*){0,2})(?P<poss>['’]s)?"
        rf"(?: {word}){{0,5}}? (?:{heads})(?![\w-])"
    )


def _described_bodies(
    entry: EntryText,
    base: str,
    rules: _Rules,
    found: _Found,
    ms: list[places.Mention],
    acting_only: bool = True,
) -> None:
    """A body its owner's name and lower-case words describe, acting ("the Benguet provincial police
    said", "the Pomeranian voivode's office said"): the name as written. The owner is a place, a
    state's adjective, or any capitalised name after "the"; with ``acting_only`` false, acting or not."""
    pattern = _described(entry.lang)
    if pattern is None:
        return
    text = entry.text
    starts = {m.start: m for m in ms}
    gram = _grammar(entry.lang)
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        words = m.group("owner").split()
        if len(words) > 1 and token_key(words[0]) in gram.articles:
            start += len(words[0]) + 1  # "The Benguet provincial police said"
            words = words[1:]
        owner_end = start + len(" ".join(words)) + len(m.group("poss") or "")
        if re.search(r"[\w.]['’]s?\s+$", text[max(0, start - 4) : start]):
            continue  # "the FBI's Sacramento field office said": the owner's unit, the owner acts
        after_the = any(base.endswith(f"{a} ", 0, start) for a in gram.articles)
        place = starts.get(start)
        demonym = rules.demonyms is not None and rules.demonyms.fullmatch(_base_form(words[-1])) is not None
        if place is None and not demonym and not after_the:
            continue
        if place is None and not after_the and places._sentence_initial(text, start) and not demonym:
            continue
        inner = [a for a in found.items if start <= a.span[0] and a.span[1] <= end]
        if any(base[owner_end : a.span[0]].strip() == "" or a.span[0] < owner_end for a in inner):
            continue  # "the Israeli health ministry", "the Sylhet district administration": a body the
            # data knows, named by its owner
        if any(a not in inner and a.span[0] < end and start < a.span[1] for a in found.items):
            continue
        if acting_only and not _verb_around(entry, base, start, end):
            continue
        if fold_key(" ".join(words)) in _outlets():
            continue  # "the BBC's Afrique service": an outlet's
        for a in inner:  # "the Benguet provincial police": the province's police, not the country's
            found.items.remove(a)
            if a.span in found.taken:
                found.taken.remove(a.span)
        found.add(text[start:end], "organization", start, end)


#: A company's legal form right after its name ("„Petrolnord-Trans” SRL", "Apavital SA").
_LEGAL_AFTER = re.compile(r"[”\"»]?\s+(?:S\.?R\.?L|S\.?A|LLC|Ltd|Inc|PLC|GmbH)\.?(?!\w)")


@cache
def _de_facto(code: str) -> tuple[re.Pattern[str], dict[str, str], dict[str, str]] | None:
    """Bodies of breakaway regions that act as states but are no GeoNames country ("ministerul
    sănătății de la Tiraspol", "Минздрав Приднестровья", "Transnistrian authorities"): one pattern
    with the body before or after the region's name, the body names by group, and the region by its
    matched name. The regions' names are the ones sources read (``[countries]`` of sources data),
    kept for the regions ``[de_facto] adjectives`` (en actors data) lists, and the inflected names
    this language's ``[de_facto] regions`` adds."""
    adjectives = {
        str(k): str(v)
        for k, v in langdata.section("en", "actors").get("de_facto", {}).get("adjectives", {}).items()
    }
    data = langdata.section(code, "actors").get("de_facto", {})
    bodies = {str(k): str(v) for k, v in data.get("bodies", {}).items()}
    known = {**langdata.section(code, "sources").get("countries", {}), **data.get("regions", {})}
    regions = [str(k) for k, v in known.items() if str(v) in adjectives]
    if not adjectives or not bodies or not regions:
        return None
    names: dict[str, str] = {}
    alts = []
    for i, words in enumerate(bodies):
        names[f"b{i}"] = bodies[words]
        alts.append(f"(?P<b{i}>{words})")
    body = "|".join(alts)
    body2 = body.replace("(?P<b", "(?P<c")
    region = "|".join(f"(?:{r})" for r in regions)
    gap = str(data.get("gap", r"\s+"))
    pattern = re.compile(
        rf"(?<![\w-])(?:(?:{body})(?:{gap})(?P<r1>{region})|(?P<r2>{region})(?:['’]s)?(?:{gap})(?:{body2}))(?![\w-])",
        re.IGNORECASE,
    )
    by_region: dict[str, str] = {}
    for k, v in known.items():
        if str(v) in adjectives:
            by_region[str(k)] = adjectives[str(v)]
    return pattern, names, by_region


def _de_facto_bodies(entry: EntryText, found: _Found) -> None:
    """A breakaway region's de facto bodies, named by the region's adjective ("Transnistrian Ministry
    of Health", "Abkhaz authorities"), not as the recognised state's."""
    rule = _de_facto(entry.lang)
    if rule is None:
        return
    pattern, names, by_region = rule
    for m in pattern.finditer(entry.text):
        group = next((g for g, v in m.groupdict().items() if v and g[0] in "bc"), None)
        where = m.group("r1") or m.group("r2")
        if group is None or where is None or found.overlaps(m.start(), m.end()):
            continue
        adj = next((a for r, a in by_region.items() if re.fullmatch(r, where, re.IGNORECASE)), None)
        if adj is None:
            continue
        found.add(f"{adj} {names['b' + group[1:]]}", "organization", m.start(), m.end())
        found.owned.append((m.start(), m.end()))


def _legal_companies(entry: EntryText, found: _Found) -> None:
    """A company introduced by its legal form and quoted name ("ООО «Ромашка»"): the name as written."""
    rule = _companies(entry.lang)
    if rule is None or (
        rule[1] is not None
        and (not prefilter.may_match(rule[1], entry.folded) or rule[1].search(entry.folded) is None)
    ):
        return
    for m in prefilter.finditer(rule[0], entry.text):
        group = next((g for g in ("name", "name2") if m.groupdict().get(g)), None)
        if group is None:
            continue
        start, end = m.start(group), m.end(group)
        if (
            rule[2]
            and group == "name2"
            and not _LEGAL_AFTER.match(entry.text, end)
            and not _verb_around(entry, places.base_text(entry), m.start(), m.end())
        ):
            continue  # "a poll carried out by the firm Gorbi": named, not acting; "anunță distribuitorul
            # Delgaz Grid" acts; a legal form names the firm itself ("SC Apavital SA a oprit",
            # "depozitul companiei „Petrolnord-Trans” SRL")
        if not found.overlaps(m.start(), m.end()):  # "АО «Казселезащита»" → "Kazselezashchita"
            found.add(_company_name(entry.lang, m.group(group)), "organization", start, end)


def _company_name(code: str, written: str) -> str:
    """A company's or a movement's quoted name as English news writes it."""
    name = written.strip()
    known = _rules(code).insts.table.get(token_key(name))
    if known is not None and "{" not in known.canonical:
        return known.canonical  # "госкорпорация «Ростех»": the name the body goes by (Rostec)
    if all(w[:1].isupper() for w in name.split()):
        return translit.latin(name)  # a proper name ("Казселезащита"), not a described one
        # ("Кузбасская горная компания": English news translates those)
    return name


_QUOTED_BODIES = ("actors", "quoted bodies")  # memo key: the quoted names the document gives bodies
_QUOTED = re.compile(r"[«\"„“]([^»\"”\n]{2,60})[»\"”]")


def _quoted_names(ctx: DocContext, code: str, texts: list[str]) -> None:
    """The quoted names the document introduces with a trade, movement or party noun ("движение
    «Бирге»"), for the entries that name the body by them alone."""
    pattern = langdata.section(code, "actors").get("companies", {}).get("introduced")
    if not pattern:
        return
    names = {
        m.group("name").strip()
        for text in texts
        for m in re.finditer(pattern, text)
        if all(w[:1].isupper() for w in m.group("name").split())
    }
    ctx.memo[_QUOTED_BODIES] = names


def _quoted_bodies(entry: EntryText, base: str, found: _Found) -> None:
    """A body the document introduced by its quoted name, named by it alone and acting ("«Бирге»
    объявило", "В «Бирге» называют")."""
    names = entry.doc.memo.get(_QUOTED_BODIES)
    if not names:
        return
    for m in _QUOTED.finditer(entry.text):
        start, end = m.span(1)
        if (
            m.group(1).strip() in names
            and _opens_sentence(entry, m.start(), _grammar(entry.lang).speaking_preps, 6)
            and not found.overlaps(start, end)
            and _verb_after(entry, base, m.end())
        ):
            found.add(_company_name(entry.lang, m.group(1)), "organization", start, end)


def _forces(entry: EntryText, base: str, rules: _Rules, found: _Found) -> None:
    if rules.forces is None:
        return
    toks = places.tokens(entry)
    named = [(toks[a].start, toks[b].end) for a, b, _ in _scan(entry).insts]
    matches = list(rules.forces.finditer(base))
    if rules.envoy_named is not None:
        matches += rules.envoy_named.finditer(base)  # "ambasadorul Federației Ruse"
    for m in matches:
        if found.overlaps(m.start(), m.end()):
            continue  # "Российское посольство": an embassy, read before, not an envoy
        if any(s <= m.start() and m.end() <= e for s, e in named):
            continue  # "the Israeli military": a body's own name (the Israel Defense Forces)
        dem = m.groupdict().get("dem") or m.groupdict().get("dem1")
        iso = _demonym_country(dem, rules) if dem else None
        name = _country_name(iso) if iso else None
        name = rules.country_names.get(name, name) if name else None
        if name and not _tallied(base, m.start(), m.end(), rules):
            words = [fold_key(w) for w in m.group(0).split()]
            if (
                iso
                and rules.personnel is not None
                and any(rules.personnel.match(w) for w in words[1:] + words[:1])
            ):
                army = _armed_forces(name, iso, rules)  # "Azerbaijani troops": its armed forces
                found.add(army, "country" if army == name else "organization", m.start(), m.end())
                continue
            found.add(name, "country", m.start(), m.end())
            found.weapon_spans.add((m.start(), m.end()))


def _armed_forces(country: str, iso: str, rules: _Rules) -> str:
    """A country's armed forces by the name the institutions' conventions give them ("Armenia" →
    "Armenian Armed Forces", "Thailand" → "Royal Thai Army"; Russia's forces are Russia acting)."""
    name = f"{country} Armed Forces"
    named = rules.renames.get(name.casefold(), name)
    if named != name:
        return named
    return _adjective_body(name, country, iso, rules)


def _tallied(base: str, start: int, end: int, rules: _Rules) -> bool:
    """A count of a country's weapons that were brought down ("41 Ukrainian drones were destroyed",
    "43 украинских беспилотника сбиты"): the tally of the side that downed them, in which the side
    that launched them is only named by its adjective."""
    if rules.tally is None:
        return False
    count, weapons, verbs = rules.tally
    if count.search(base, max(0, start - 24), start) is None or weapons.search(base, start, end) is None:
        return False
    a = max((m.end() for m in _SENT_END.finditer(base, 0, start)), default=0)
    b = m.start() if (m := _SENT_END.search(base, end)) else len(base)
    return verbs.search(base, a, b) is not None


def _storm_words(entry: EntryText) -> set[str]:
    """Fold keys of the storm names the document gives ("Hurricane Kyle" → "kyle")."""
    rules = places._rules(entry.lang)
    if rules.storm_titles is None:
        return set()
    names = set(entry.doc.memo.get((places._STORMS, entry.lang), ()))
    return names | places._storm_names(entry.text, rules)


@cache
def _storm_titles(code: str) -> frozenset[str]:
    names = langdata.section(code, "places").get("names", {})
    return frozenset(fold_key(t) for t in names.get("storm_titles", []))


def _is_storm(entry: EntryText, span: tuple[int, int], storms: set[str]) -> bool:
    """Whether the words at ``span`` name a storm: its title and name ("Ciclonul Boris") or the
    name alone ("Kyle weakened"); "the National Hurricane Center" is no storm."""
    words = [fold_key(w) for w in entry.text[span[0] : span[1]].split()]
    if not words:
        return False
    if len(words) == 1:
        return words[0] in storms
    return words[0] in _storm_titles(entry.lang) and words[1] in storms


def find(entry: EntryText) -> list[Actor]:
    """People, organisations and states acting in the entry."""
    rules = _rules(entry.lang)
    base = places.base_text(entry)
    ms = places.mentions(entry)
    toks = places.tokens(entry)
    found = _Found()
    _known_people(entry, rules, found)
    known = {a.name for a in found.items}
    _embassies(entry, base, rules, found, ms)
    _forces(entry, base, rules, found)
    _regional_bodies(entry, found)
    _regional_governments(entry, found)
    _local_admins(entry, found, ms)
    _legal_companies(entry, found)
    _de_facto_bodies(entry, found)
    _courts(entry, found, ms)
    _institutions(entry, base, rules, found, ms)
    _described_bodies(entry, base, rules, found, ms)
    _titled_people(entry, rules, found, ms, toks)
    _grammar_people(entry, rules, found, ms, toks)
    _registered_people(entry, rules, found, toks, ms)
    _named_organisations(entry, rules, found, ms, toks)
    _latin_bodies(entry, base, found, ms)
    _quoted_bodies(entry, base, found)
    _acronym_mentions(entry, found, toks)
    _named_body_nouns(entry, base, found)
    _staff_subjects(entry, base, rules, found)
    gz = gazetteer.load()
    sent_end = -1
    gram = _grammar(entry.lang)
    listed = _listed_subjects(entry, base, ms, [a.span for a in found.items if a.kind == "organization"])
    for m in ms:
        if any(s <= m.start and m.end <= e for s, e in found.owned):
            continue  # "Ambasada SUA la București": the embassy's country and city
        country = rules.country_names.get(gz.record(m.idx).name, gz.record(m.idx).name)
        if m.role == "actor" and not _possessive_qualifier(base, m.end, rules):
            found.add(country, "country", m.start, m.end, take=False)
        elif m.role == "place" and m.sub is None and gz.record(m.idx).is_country:
            if (
                m.start in listed
                or _envoy_of(base, m, rules)
                or _country_acts(entry, base, m)
                or (
                    gram.sent_from is not None
                    and (
                        gram.sent_from.search(base, max(0, m.start - 60), m.start)
                        or (0 <= sent_end <= m.start and gram.coordination.match(base, sent_end, m.start))
                    )
                )
            ):
                found.add(country, "country", m.start, m.end, take=False)
                sent_end = m.end
    armies = {a.name for a in found.items if a.kind == "organization" and _ARMY_WORDS.search(a.name)}
    bylines = (
        [(m.start(), m.end()) for m in gram.byline_line.finditer(entry.text)]
        if gram.byline_line is not None
        else []
    )
    out: list[Actor] = []
    seen: set[str] = set()
    fuller = {w for a in found.items if a.kind == "person" for w in a.name.split()[:-1] + a.name.split()[1:]}
    storms = _storm_words(entry)
    org_spans = [a.span for a in found.items if a.kind == "organization"]
    for actor in _acting(entry, base, sorted(found.items, key=lambda a: a.span)):
        if storms and _is_storm(entry, actor.span, storms):
            continue  # "Ciclonul Boris", "Kyle weakened": a storm, no one acting
        if actor.kind == "organization" and _owns_body(entry.text, actor.span, org_spans):
            continue  # "the UN Office for the Coordination ...", "the UN's humanitarian office, OCHA":
            # the body another belongs to, named as its qualifier
        if actor.span in found.weapon_spans and any(actor.name in army for army in armies):
            continue  # "Israeli shelling" beside the Israel Defense Forces: the army acts
        if actor.kind == "person" and (
            (
                gram.named_for_before is not None
                and gram.named_for_before.search(base, max(0, actor.span[0] - 40), actor.span[0])
            )
            or (
                gram.named_for_quoted is not None
                and gram.named_for_quoted.search(base, max(0, actor.span[0] - 90), actor.span[0])
            )
            or (gram.named_for_after is not None and gram.named_for_after.match(base, actor.span[1]))
        ):
            continue  # "strada Mihail Sadoveanu", "Colegiul Național „Mihail Sadoveanu”", "Martin Luther
            # King Jr Boulevard": a street or a school named after someone, no one acting
        if actor.kind == "person" and any(s <= actor.span[0] < e for s, e in bylines):
            continue  # "By Helena Prado and Kevin Marsh, CNN": the page's own staff
        if actor.kind == "person" and actor.name not in known and _outlet_staff(entry.text, actor.span[0]):
            continue  # "Sky's Niamh Castell reports", "the BBC's chief correspondent Tom Carver": a reporter
        if (
            actor.kind == "person"
            and actor.name not in known
            and _names_only_line(entry, gram, actor.span[0])
        ):
            continue  # "Marisol Grant and Tom Winter" on a line of its own: a byline, no one acting
        if (
            actor.kind == "person"
            and gram.age_after is not None
            and actor.name not in known
            and actor.span not in found.titled
            and actor.name not in entry.doc.memo.get(_TITLED, ())  # "Oligui Nguema, 51, won the
            # election": the president the document named with his title
            and (
                gram.age_after.match(entry.text, actor.span[1])
                or (
                    gram.age_before is not None
                    and gram.age_before.search(entry.text, max(0, actor.span[0] - 60), actor.span[0])
                )
            )
        ):
            continue  # "Tom Reyes, 52, told reporters": a witness or a victim, named with an age (an
            # officer is named so too: "General Adoum Senoussi, 58, was named president")
        kind = found.generic.get(actor.span)
        core = (
            actor.name.split(" ", 1)[-1] if kind else ""
        )  # "Russian Emergencies Ministry" → "Emergencies ..."
        if kind and any(
            a.kind == "organization"
            and a.name != actor.name
            and (kind in a.name or (core[:1].isupper() and f"{core} " in f"{a.name} "))
            for a in found.items
        ):
            continue  # "Минздрав: 12 погибших" above "министерство здравоохранения Оренбургской области"
        if (
            kind
            and kind.casefold() in gram.subject_only
            and not _verb_around(entry, base, actor.span[0], actor.span[1])
        ):
            continue  # "accusing the government of", "the government's count": named, not acting
        if actor.kind == "person" and " " not in actor.name and actor.name in fuller:
            continue  # "CM Yogi" beside "Yogi Adityanath": the same person, by one word
        if (
            actor.kind != "person"
            and gram.share_after is not None
            and gram.share_after.match(base, actor.span[1])
        ):
            continue  # "Georgian Dream at 40.9%", "«Гражданский договор» набрала 52,1%": a result, no one acting
        if actor.name not in seen:
            seen.add(actor.name)
            out.append(actor)
    bodies: dict[str, int] = entry.doc.memo.setdefault(_BODIES, {})
    for actor in out:
        if actor.kind == "organization":
            bodies[actor.name] = bodies.get(actor.name, 0) + 1
    return out


_BODIES = ("actors", "bodies")  # memo key: the organisations the entries read so far name, with counts


def _staff_subjects(entry: EntryText, base: str, rules: _Rules, found: _Found) -> None:
    """A body's staff opening a sentence as its subject ("Jandarmii au folosit gaze", "Polițiștii
    au reținut doi bărbați"): the body of that kind the entry names, else the one the document names
    most (not when the sentence names one itself), else the story country's."""
    gram = _grammar(entry.lang)
    if not gram.staff_subjects:
        return
    for word, (tails, bare) in gram.staff_subjects.items():
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", base):
            start, end = m.start(), m.end()
            if not entry.text[start].isupper() or not places._sentence_initial(entry.text, start):
                continue
            nxt = _FIRST_WORD.match(base, end)
            if nxt is None or nxt.group(1) in gram.staff_not or found.overlaps(start, end):
                continue  # "Polițiștii de frontieră": another body, read as such
            stop = _SENT_END.search(entry.text, end)
            sent_end = stop.start() if stop else len(entry.text)
            if any(
                a.kind == "organization" and a.name.endswith(tails) and start <= a.span[0] < sent_end
                for a in found.items
            ):
                continue  # "Polițiștii IPJ Prahova au ridicat": the sentence names the body
            named = {
                n: c
                for n, c in (entry.doc.memo.get(_BODIES) or {}).items()
                if n.endswith(tails) and not gram.staff_not_bodies.intersection(n.split())
            }
            here = [a.name for a in found.items if a.kind == "organization" and a.name.endswith(tails)]
            if here:
                name = here[0]  # "Poliția Română a transmis un bilanț. Polițiștii au aplicat 212 amenzi"
            elif named:
                name = max(named, key=lambda n: named[n])
            else:
                iso = entry.doc.home or entry.doc.country
                country = _country_name(iso) if iso else None
                if country is None:
                    continue
                country = rules.country_names.get(country, country)
                name = bare.replace("{country}", country)
                name = rules.renames.get(name.casefold(), name)
                if rules.other_home is not None and iso == rules.other_home[0]:
                    name = rules.other_renames.get(name, name)
            found.add(name, "organization", start, end)


_OWNER_GLUE = re.compile(r"(?:['’]s?)?[ \t]+")
_OWNER_APPOSITION = re.compile(
    r"['’]s?[ \t]+(?:[^\W\d_A-ZĂÂÎȘȚА-ЯЁ][\w-]*[ \t]+){0,3}[^\W\d_A-ZĂÂÎȘȚА-ЯЁ][\w-]*,[ \t]+"
)
_DESCRIBED_BEFORE = re.compile(r",[ \t]+the[ \t]+$")
_MODIFIED_NOUN = re.compile(r"[ \t]+([a-z][\w-]*)")
_LIST_WORDS = frozenset({"and", "or", "as"})  # "the navy, the coast guard and the fire service": a list


def _owns_body(text: str, span: tuple[int, int], orgs: list[tuple[int, int]]) -> bool:
    """A body named only as what another one belongs to: right before that one's name ("UN
    Office for the Coordination of Humanitarian Affairs", "the Taliban's Ministry of State for
    Disaster Management"), as the owner in an apposition naming it
    ("the UN's humanitarian office, OCHA,"), or inside the words describing a body just named
    ("Unifil, the UN peacekeeping force in southern Lebanon")."""
    start, end = span
    starts = {a for a, _ in orgs if a >= end}
    for pat in (_OWNER_GLUE, _OWNER_APPOSITION):
        m = pat.match(text, end)
        if m is not None and m.end() in starts:
            return True
    d = _DESCRIBED_BEFORE.search(text, max(0, start - 8), start)
    if d is None or not any(b == d.start() for _, b in orgs):
        return False
    m = _MODIFIED_NOUN.match(text, end)  # "the UN peacekeeping force": it qualifies the noun after it
    return m is not None and m.group(1) not in _LIST_WORDS


_OUTLET_OWNER = re.compile(
    r"((?:[^\W\d_][\w.-]*[ \t]+){0,2}[^\W\d_][\w.-]*)['’]s?[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}$"
)


def _outlet_staff(text: str, at: int) -> bool:
    """Whether the person named at ``at`` is written as an outlet's own ("Sky's Niamh Castell",
    "Al Jazeera's correspondent Ali Hashem"): its staff, reporting, no one acting."""
    m = _OUTLET_OWNER.search(text, max(0, at - 60), at)
    if m is None:
        return False
    words = m.group(1).split()
    if any(fold_key(" ".join(words[k:])) in _outlets() for k in range(len(words))):
        return True
    last = fold_key(words[-1])  # "Sky's": the first word of an outlet's name, no place's ("Israel's")
    return not gazetteer.load().lookup(words[-1]) and any(o.startswith(f"{last} ") for o in _outlets())


def _names_only_line(entry: EntryText, gram: _Grammar, at: int) -> bool:
    """Whether the line holding ``at`` is only names, each written with capitals: a byline."""
    if gram.names_line is None:
        return False
    text = entry.text
    start = text.rfind("\n", 0, at) + 1
    m = gram.names_line.match(places.base_text(entry), start)
    if m is None:
        return False
    end = m.start("role") if m.group("role") else m.end()  # "Chloe Barnard / Live page editor": the
    # names, then their role on the page
    words = _GAP_WORD.findall(_ASIDE.sub("", text[start:end]))
    return all(w[:1].isupper() or _base_form(w) in gram.coordination_words for w in words)


def _org_runs(entry: EntryText, toks: list[places._Tok], inner: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words, with lower-case linking words inside ("Coalition for Change")."""
    gaps = places.gaps(entry)
    gram = _grammar(entry.lang)
    runs: list[tuple[int, int]] = []
    n = len(toks)
    # a run opens on a capitalised token: go from one to the next
    caps = (
        places.cap_indexes(entry)
        if toks is places.tokens(entry)
        else [k for k, t in enumerate(toks) if t.cap]
    )
    for i in caps:
        if runs and i <= runs[-1][1]:
            continue  # inside the last run
        j = i
        while True:
            while j + 1 < n and (
                gaps[j] in _NAME_GAPS
                or _middle_initial(entry.text, toks, gaps, i, j)
                or _listed_in_name(toks, gaps, i, j, inner, gram)
            ):
                if toks[j + 1].cap:
                    j += 1
                    continue
                q = j + 1  # linking words, then a capitalised word
                while (
                    q < n and not toks[q].cap and toks[q].word in inner and gaps[q - 1] == " " and q - j <= 2
                ):
                    q += 1
                if (
                    q == j + 3
                    and toks[j + 1].word in gram.coordination_words
                    and toks[j + 2].word in gram.articles
                ):
                    break  # "the NDRF and the Thane Disaster Response Force": two names
                if (
                    q == j + 2
                    and toks[j + 1].word in gram.coordination_words
                    and toks[q].word in gram.name_heads
                    and not (
                        q + 1 < n
                        and gaps[q] == " "
                        and toks[q + 1].cap
                        and toks[q + 1].word in gram.name_heads
                    )  # "Mackay Hospital and Health Service": the head word qualifies the next, one name
                ):
                    break  # "Inspectoratul ... Hunedoara și Agenția Națională ...": two names
                if q < n and q > j + 1 and toks[q].cap and gaps[q - 1] == " ":
                    j = q
                    continue
                break
            if (
                inner
                and j + 1 < n
                and gaps[j] in ("' ", "’ ")
                and toks[j].word.endswith("s")
                and toks[j + 1].cap
                and toks[j + 1].word in gram.org_heads
            ):
                j += 1  # "Lakeside Teachers' Union": a plural owner inside the name
                continue
            if not (
                inner
                and j + 2 < n
                and gaps[j] == "'"
                and toks[j + 1].word == "s"
                and gaps[j + 1] == " "
                and toks[j + 2].cap
                and toks[j].word not in gram.org_heads
            ):
                break
            j += 2  # "Craven County Sheriff's Office" (not "the Home Ministry's Khadka": a body's own man),
            # "Britain's Foreign, Commonwealth and Development Office": the name goes on as before it
        runs.append((i, j))
    return runs


def _listed_in_name(
    toks: list[places._Tok], gaps: list[str], i: int, j: int, inner: frozenset[str], gram: _Grammar
) -> bool:
    """A comma inside a body's name that lists its fields ("Ministry of Culture, Tourism and Civil
    Aviation", "Foreign, Commonwealth and Development Office"): capitalised words after it reach
    "and" and a capitalised word, and the name so far has a linking word ("of") or ends, past the
    list, on a body's head word."""
    if gaps[j] != ", " or not toks[j + 1].cap:
        return False
    n = len(toks)
    k = j + 1
    while k + 1 < n and toks[k].cap and gaps[k] in (" ", ", "):
        k += 1
    if k + 1 >= n or toks[k].word not in gram.coordination_words or not toks[k + 1].cap or gaps[k] != " ":
        return False
    if any(toks[q].word in inner and not toks[q].cap for q in range(i, j)):
        return True  # "Ministry of Culture, Tourism and ..."
    q = k + 1
    while q + 1 < n and gaps[q] == " " and toks[q + 1].cap:
        q += 1
    return toks[q].word in gram.org_heads  # "Foreign, Commonwealth and Development Office"


def _middle_initial(text: str, toks: list[places._Tok], gaps: list[str], i: int, j: int) -> bool:
    """Whether token j is a middle initial inside a name run ("Ferdinand R. Marcos", "John F. Kennedy"):
    one capital letter and its full stop after a word of the run, a capitalised word next."""
    return (
        i < j
        and gaps[j] == ". "
        and len(toks[j].word) == 1
        and text[toks[j].start].isupper()
        and gaps[j - 1] == " "
        and j + 1 < len(toks)
        and toks[j + 1].cap
    )


def _title_case_line(text: str, start: int) -> bool:
    """Whether the line around ``start`` capitalises most of its words (a headline in Title Case).
    A line closed by a full stop is a sentence: a short one may capitalise most of its words
    ("Minister Ruth Kamau resigned on Friday.")."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    line = text[a : b if b >= 0 else len(text)]
    if line.rstrip().endswith("."):
        return False
    words = re.findall(r"[^\W\d_]{4,}", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _named_organisations(
    entry: EntryText, rules: _Rules, found: _Found, ms: list[places.Mention], toks: list[places._Tok]
) -> None:
    """Organisations the data does not know, named by their own words: a capitalised run with
    an organisation's head word ("Coalition for Change", "United National Movement",
    "Partidul Verde"), acting: a verb after it (past an abbreviation in brackets), a speech verb
    before it, the subject opening a sentence, or the body a named person leads or belongs to
    ("Nika Gvaramia of the Coalition for Change", "who chairs the ...")."""
    gram = _grammar(entry.lang)
    if not gram.org_heads:
        return
    text, base = entry.text, places.base_text(entry)
    place_spans = [(m.start, m.end) for m in ms]
    arts = {"the"} if entry.lang == "en" else set()
    acronyms: dict[str, str] = entry.doc.memo.setdefault(_ACRONYMS, {})
    for i, j in _org_runs(entry, toks, gram.org_inner):
        for k in range(i, j + 1):
            if found.overlaps(toks[k].start, toks[k].end):
                i = k + 1  # "Nika Gvaramia of the Coalition for Change": the name after the person's
        while i < j and (toks[i].word in arts or toks[i].word in gram.org_inner or not toks[i].cap):
            i += 1
        if (
            i + 2 < j
            and places.gaps(entry)[i] == "'"
            and toks[i + 1].word == "s"
            and any(s <= toks[i].start and toks[i].end <= e for s, e in place_spans)
        ):
            i += 2  # "Britain's Foreign, Commonwealth and Development Office": the owner, no part of the name
        p = next((k for k in range(i + 1, j) if not toks[k].cap and toks[k].word in gram.org_inner), None)
        if p is not None and not any(toks[k].word in gram.org_heads for k in range(i, p)):
            if toks[p].word in gram.name_preps:
                continue  # "Sources in the Railway Board told": the sources speak, not the board
            if (
                places._sentence_initial(text, toks[i].start)
                and (toks[i].word in entry.doc.common_words or p == i + 1)
                and any(toks[k].word in gram.org_heads for k in range(p + 1, j + 1))
            ):
                i = p + 1  # "Dozens of Samajwadi Party workers": the name starts after "of"
                while i < j and (toks[i].word in arts or not toks[i].cap):
                    i += 1
            elif toks[j].word in gram.org_heads and any(
                i <= ta and tb + 1 == p for ta, tb, _ in _scan(entry).titles
            ):
                i = p + 1  # "The Director of the Nasarawa State Fire Service": the title's body
                while i < j and (toks[i].word in arts or not toks[i].cap):
                    i += 1
        if j - i < 1:
            continue
        start, end = toks[i].start, toks[j].end
        short = _ACRONYM.match(text, end)
        if short is not None and short.group(1)[0] != text[start]:
            short = None  # "(ISCIR)" after "Inspectoratul de Stat ...", not after any run
        if short is None and not any(toks[k].word in gram.org_heads for k in range(i, j + 1)):
            continue
        if found.overlaps(start, end) or fold_key(text[start:end]) in _outlets():
            continue
        if (dash := _UNIT_DASH.search(entry.folded, max(0, start - 4), start)) is not None and any(
            x.kind == "organization" and x.span[1] == dash.start() for x in found.items
        ):
            continue  # "DIICOT – Serviciul Teritorial Oradea": the body's own unit, no actor of its own
        if any(s <= start and end <= e for s, e in place_spans) and toks[j].word not in gram.org_heads:
            continue  # a place's own name ("Independence Square"), not a body's ("X Teaching Hospital")
        if _title_case_line(text, start):
            continue
        after = end
        m = re.match(r"\s*\([A-ZА-Я][\w.-]{1,12}\)", text[end : end + 16])
        if m:
            after = end + m.end()
        lead = toks[i - 1].start if i > 0 and toks[i - 1].word in arts else start
        m = _APPOSITIVE.match(text, after)
        if m is not None and m.group(1).split(" ", 1)[0].lower() in gram.relative_opens:
            m = None  # ", unde fusese transferată," is about the place, not the body's apposition
        acting = (m is not None and _verb_around(entry, base, start, m.end())) or _org_acts(
            entry, base, found, start, after, lead
        )
        if not acting:
            continue
        name = person_name(entry.lang, text[start:end]) if entry.lang != "ru" else text[start:end]
        if (
            j >= i + 2
            and toks[i].word in gram.located_heads
            and toks[i + 1].word in gram.place_preps
            and not toks[i + 1].cap
        ):
            name = f"{text[toks[i + 2].start : end]} {text[toks[i].start : toks[i].end]}"  # "Police in
            # Simalungun said": the force of the place it is in, by that place's name ("Simalungun Police")
        pre = gram.org_prefix.search(text, max(0, start - 8), start) if gram.org_prefix is not None else None
        if pre is not None:
            name, start = f"{gram.org_prefixes[pre.group(1)]} {name}", pre.start()  # "UN Human Rights ..."
        if short is not None:
            if gram.acronym_names:
                name = short.group(1)  # a body with no English name goes by its initials
            acronyms[short.group(1)] = name
        found.add(name, "organization", start, end)


_LATIN_RUN = re.compile(r"(?<![\w-])[A-Z][A-Za-z&'-]{2,}(?: [A-Z][A-Za-z&'-]+){0,2}(?![\w-])")


def _latin_bodies(entry: EntryText, base: str, found: _Found, ms: list[places.Mention]) -> None:
    """A name in Latin letters opening its sentence and acting in a text of another script
    ("Qarmet подтвердил гибель", "В Qarmet подтвердили"): a company or a body, as written; not an
    outlet, nor a name already read, nor a brand or a platform inside a sentence ("автобус марки
    Yutong", "на странице в Facebook")."""
    if not _grammar(entry.lang).latin_bodies:
        return
    for m in _LATIN_RUN.finditer(entry.text):
        start, end = m.span()
        if (
            not _opens_sentence(entry, start, _grammar(entry.lang).speaking_preps, 6)
            or found.overlaps(start, end)
            or any(p.start < end and start < p.end for p in ms)
            or fold_key(m.group()) in _outlets()
            or not _verb_after(entry, base, end)
        ):
            continue
        found.add(m.group(), "organization", start, end)


def _org_acts(entry: EntryText, base: str, found: _Found, start: int, after: int, lead: int) -> bool:
    """Whether a body named at [start, after) acts: a verb around it, the body someone leads
    or belongs to ("teams of the NDRF", "Nika Gvaramia of the ..."), its named speaker after it, or
    its people acting ("Party workers staged", "a TDRF official said")."""
    gram = _grammar(entry.lang)
    return bool(
        _verb_around(entry, base, start, after)
        or (gram.member_before is not None and gram.member_before.search(base, max(0, lead - 40), lead))
        or _member_of(found, base, lead)
        or _speaks_for(entry, base, found, after)
        or (
            gram.members_after is not None
            and (w := gram.members_after.match(base, after)) is not None
            and _verb_around(entry, base, w.end(), w.end())
        )
    )


_UNIT_DASH = re.compile(r"\s+-\s+$")  # "<body> – <its unit>" (the folded text writes dashes as "-")
_ACRONYM = re.compile(r"\s*\(([A-ZĂÂÎȘȚ]{2,8})\)")  # "(BIWTA)" after the name it shortens
_ARTICLES = frozenset({"the"})
_ACRONYMS = ("actors", "acronyms")  # memo key: initials → the name they were introduced with


_INTRO = re.compile(r"\(([A-ZĂÂÎȘȚА-ЯЁ]{2,8})\)")  # initials in brackets: their name is before them
_CAPS = re.compile(r"(?<![\w-])[A-ZĂÂÎȘȚА-ЯЁ]{3,8}(?![\w-])")  # initials written alone


def scan_document(ctx: DocContext, texts: list[str]) -> None:
    """Initials the document explains anywhere, so entries written before their explanation
    (a blog with the newest entry first) read them too: "Thane Disaster Response Force (TDRF)",
    and initials of a body's name written in full ("Bhiwandi-Nizampur Municipal Corporation" for
    a bare "BNMC"). Fills the memo ``_named_organisations`` fills entry by entry. A region's police
    department the document names ("ДП СКО") is its bare police (``POLICE_FORCE``)."""
    code = ctx.lang if ctx.lang in langdata.available() else "en"
    gram, rules = _grammar(code), _rules(code)
    _regional_police(ctx, code, texts)
    _city_police(ctx, code, texts)
    _quoted_names(ctx, code, texts)
    if ctx.country in rules.local_police:
        _named_forces(ctx, rules, texts)
    if not gram.org_heads:
        return
    acronyms: dict[str, str] = ctx.memo.setdefault(_ACRONYMS, {})
    joined = "\n".join(texts)
    used = {m.group() for m in _CAPS.finditer(joined)} - set(rules.abbr_map) - _outlets()
    for m in _INTRO.finditer(joined):
        name = _initials_name(joined, m.start(), m.group(1), gram)
        if name is not None:
            acronyms.setdefault(m.group(1), _org_name(code, gram, name, m.group(1)))
    if not used:
        return
    for m in _HEADED.finditer(joined):
        words = m.group().split()
        if token_key(words[-1]) not in gram.org_heads or len(words) < 2:
            continue
        for k in range(len(words) - 1):  # "The Bhiwandi-Nizampur Municipal Corporation"
            short = "".join(p[0] for w in words[k:] for p in w.split("-") if p)
            if short in used and short not in acronyms:
                acronyms[short] = _org_name(code, gram, " ".join(words[k:]), short)
                break


_FORCE = "actors.named_force"


_MAIN_REGION = ("actors", "main region")  # memo key: the region the document names most


def _regional_police(ctx: DocContext, code: str, texts: list[str]) -> None:
    """The regional police department the document names most ("ДП СКО" → "North Kazakhstan
    Region Police Department"), as ``POLICE_FORCE``; the region it names most, for a "regional
    ministry" named with no region (``_MAIN_REGION``)."""
    reg = _regions(code)
    if reg is None:
        return
    regions: dict[str, int] = {}
    named: list[str] = []
    for text in texts:
        folded = ctx.fold(text).replace("ё", "е")
        if reg.cue.search(folded) is None:
            continue  # no region, so no regional body either
        for hit in reg.region.finditer(folded):
            name = _region_name(hit, reg)
            regions[name] = regions.get(name, 0) + 1
        if reg.police:
            for m in reg.body.finditer(folded):
                i = int(str(m.lastgroup)[1:])
                if i in reg.police and (r := reg.region.match(folded, m.end())) is not None:
                    named.append(reg.names[i].replace("{region}", _region_name(r, reg)))
    if regions:
        ctx.memo[_MAIN_REGION] = max(regions, key=lambda n: regions[n])
    if named:
        ctx.memo[POLICE_FORCE] = max(set(named), key=named.count)


def _city_police(ctx: DocContext, code: str, texts: list[str]) -> None:
    """The town police directorate the document names most ("ГУВД Бишкека" → "Bishkek police"),
    as ``POLICE_FORCE`` when no regional department is named."""
    pattern = langdata.section(code, "actors").get("institutions", {}).get("city_police")
    if not pattern or POLICE_FORCE in ctx.memo or ctx.country is None:
        return
    gz = gazetteer.load()
    named: list[str] = []
    for text in texts:
        hits = list(re.finditer(pattern, text))
        if not hits:
            continue
        view = EntryText(text, code, DocContext(lang=code, country=ctx.country))
        at = {m.start: m for m in places.mentions(view)}
        for hit in hits:
            town = at.get(hit.start("town"))
            if town is None:
                continue
            rec = gz.record(town.idx)
            if (
                rec.is_country
                and (cap := _capitals().get(town.idx)) is not None
                and _names_capital(view, town, cap)
            ):
                rec = gz.record(cap)  # "ГУВД Бишкека": the capital, not the state it may stand for
            if rec is not None and not rec.is_country and rec.country == ctx.country:
                named.append(f"{_town_label(rec)} police")
    if named:
        ctx.memo[POLICE_FORCE] = max(set(named), key=named.count)


@cache
def _force_heads(code: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per town-police body (canonical with {city} and a bare name), a pattern for a proper name
    written with it ("West Midlands Police", "Avon and Somerset Police", "the Sacramento Police
    Department")."""
    out = []
    for item in _institution_items(code):
        if "{city}" not in item["canonical"] or not item.get("bare") or item.get("kind") != "police":
            continue
        forms = sorted({f.title() for f in item.get("forms", []) if f.isascii()}, key=len, reverse=True)
        # the head in lower case too, as British papers write it ("Merseyside police said")
        forms += [f.lower() for f in forms if f.lower() != f]
        if forms:
            alt = "|".join(re.escape(f) for f in forms)
            # one line: a heading above "Queensland Police" is no part of its name
            name = r"[A-Z][\w'’-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]+){0,2}"
            # not a building or a thing of the force's ("the Shanti Nagar police station")
            things = r"(?![ \t]+(?:stations?|posts?|outposts?|chowki|headquarters|cordon|cars?|vans?|tape|lines?|custody|cells?)\b)"
            out.append(
                (item["canonical"], re.compile(rf"(?<![\w-])({name})[ \t]+(?:{alt})(?![\w-]){things}"))
            )
    return tuple(out)


def _named_forces(ctx: DocContext, rules: _Rules, texts: list[str]) -> None:
    """The police force a document names ("Avon and Somerset Police"), for a bare "police" in a
    country whose police are local: one named with the document's city, else the one named most."""
    gram = _grammar(ctx.lang if ctx.lang in langdata.available() else "en")
    gz = gazetteer.load()
    city = gz.record(idx).name if (idx := places._doc_city(ctx)) is not None else None
    joined = "\n".join(texts)
    forces: dict[str, str] = {}
    for canonical, pat in _force_heads(ctx.lang if ctx.lang in langdata.available() else "en"):
        counts: dict[str, int] = {}
        for m in pat.finditer(joined):
            words = m.group(1).split()
            while words and token_key(words[0]) in rules.county_skip:
                words = words[1:]  # "The"
            if (
                not words
                or words[0] == "and"
                or token_key(words[0]) in ctx.common_words  # "Armed Police"
                or token_key(words[0]) in rules.name_stop  # "State Reserve Police": a kind of force
                or any(token_key(w) in gram.not_name_words for w in words)  # "On Sunday police said"
                or rules.titles.table.get(token_key(words[0]))
                or (rules.demonyms and rules.demonyms.fullmatch(words[0].lower()))
            ):
                continue
            name = " ".join(words) + m.group()[len(m.group(1)) :].title()
            counts[name] = counts.get(name, 0) + 1
        if not counts or (city is not None and any(city in n for n in counts)):
            continue  # "the Sacramento Police Department": the city's police already
        forces[canonical] = max(counts, key=lambda n: (counts[n], -len(n)))
    ctx.memo[_FORCE] = forces


_HEADED = re.compile(r"(?<![\w-])[A-Z][\w]+(?:-[A-Z]\w+)?(?: [A-Z][\w]+(?:-[A-Z]\w+)?){1,5}(?![\w-])")


def _org_name(code: str, gram: _Grammar, written: str, short: str) -> str:
    """The name an organisation introduced with initials goes by (as ``_named_organisations``)."""
    if gram.acronym_names:
        return short
    return person_name(code, written) if code != "ru" else written


def _initials_name(text: str, at: int, short: str, gram: _Grammar) -> str | None:
    """The capitalised words before ``at`` whose initials spell ``short`` (linking words such
    as "of", "pentru" skipped): "National Disaster Response Force" before "(NDRF)"."""
    words = list(re.finditer(r"[^\W\d_][\w-]*", text[max(0, at - 160) : at]))
    letters: list[str] = []
    first = None
    for w in reversed(words):
        word = w.group()
        if not word[0].isupper():
            if token_key(word) in gram.org_inner and letters:
                continue
            break
        letters[:0] = [p[0] for p in word.split("-") if p]
        first = w
        joined = "".join(letters)
        if joined == short:
            start = max(0, at - 160) + first.start()
            return text[start:at].strip()
        if not short.endswith(joined):
            break
    return None


def _acronym_mentions(entry: EntryText, found: _Found, toks: list[places._Tok]) -> None:
    """Initials the document introduced in brackets after a name, used alone later
    ("The Inland Water Transport Authority (BIWTA) said ... A BIWTA official"): that name."""
    acronyms: dict[str, str] = entry.doc.memo.get(_ACRONYMS) or {}
    if not acronyms:
        return
    text = entry.text
    base = places.base_text(entry)
    for k in places.cap_indexes(entry):
        tok = toks[k]
        name = acronyms.get(text[tok.start : tok.end])
        if name is not None and not found.overlaps(tok.start, tok.end):
            if text[tok.start - 1 : tok.start] == "(":
                continue  # the brackets that introduced it
            lead = toks[k - 1].start if k > 0 and toks[k - 1].word in _ARTICLES else tok.start
            gram = _grammar(entry.lang)
            if not (
                _org_acts(entry, base, found, tok.start, tok.end, lead)
                or (gram.members_after is not None and gram.members_after.match(base, tok.end))
            ):
                continue  # "visited the injured at UPUMS Saifai": named, not acting ("NADMO officials" act)
            found.add(name, "organization", tok.start, tok.end)


@lru_cache(maxsize=64)
def _body_noun_re(nouns: frozenset[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)the\s+({alt})(?!\w)")


def _named_body_nouns(entry: EntryText, base: str, found: _Found) -> None:
    """ "The bureau said" on a page naming one "Bureau of Meteorology": that body, acting."""
    bodies: dict[str, str] = entry.doc.memo.get(NAMED_BODIES) or {}
    if not bodies:
        return
    for m in _body_noun_re(frozenset(bodies)).finditer(base):
        start, end = m.start(), m.end()
        name = re.sub(r"^[\w-]+['’]s\s+", "", bodies[m.group(1)])  # "Brazil's National Mining Agency"
        if found.overlaps(start, end) or fold_key(name) in _outlets():
            continue
        if any(
            a.kind != "person" and (name in a.name or a.name in name or a.span[1] <= start)
            for a in found.items
        ):
            continue  # the entry names the body in full itself ("The State Emergency Service (SES) said"), or
            # "the agency" is the body it named just before ("the Minas Gerais Civil Defense said ... The agency")
        if _verb_around(entry, base, start, end):
            found.add(person_name(entry.lang, name), "organization", start, end)


_APPOSITIVE = re.compile(r", ([^,.;:!?\n]{3,90}),")  # ", the party founded by ...,"


_LEADER_GAP = re.compile(r"(?:'s?)?(?:,?\s+(?:[^\W\d_]+\.?|[^\W\d_]+-[^\W\d_]+)){0,6},?\s+$")


def _speaks_for(entry: EntryText, base: str, found: _Found, end: int) -> bool:
    """A named person acting right after the body's name, past lower-case titles, speaks for
    it ("North Central Railway general manager A. K. Mehrotra told reporters", "X's spokesman Y said")."""
    for a in found.items:
        if a.kind != "person" or not 0 < a.span[0] - end <= 70:
            continue
        gap = entry.text[end : a.span[0]]
        if any(c.isupper() for c in gap.split("'")[-1]) or _LEADER_GAP.fullmatch(gap) is None:
            continue
        if _verb_around(entry, base, a.span[0], a.span[1]):
            return True
    return False


def _member_of(found: _Found, base: str, start: int) -> bool:
    """A named person right before "of (the)" this name: the body they belong to."""
    m = re.search(r"\s+of(?:\s+the)?\s+$|\s+(?:de la|din partea|din)\s+$", base[max(0, start - 20) : start])
    if m is None:
        return False
    cut = start - (len(base[max(0, start - 20) : start]) - m.start())
    return any(a.kind == "person" and a.span[1] == cut for a in found.items)


def _listed_subjects(
    entry: EntryText, base: str, ms: list[places.Mention], orgs: list[tuple[int, int]] | None = None
) -> set[int]:
    """Starts of countries listed as the subject opening a sentence ("Austria, Germania și Olanda
    au oferit", "France and Germany said"): a list of two or more, then a verb. Blocs and bodies
    may stand in the list ("India, Iran, China, the EU and the UK have pledged aid")."""
    gz = gazetteer.load()
    gram = _grammar(entry.lang)
    out: set[int] = set()
    items = sorted(
        [(m.start, m.end, True) for m in ms if m.sub is None and gz.record(m.idx).is_country]
        + [(a, b, False) for a, b in orgs or []]
    )
    k, n = 0, len(items)
    while k < n:
        a, b, is_country = items[k]
        if not is_country or not _opens_sentence(entry, a):
            k += 1
            continue
        last = k
        while (
            last + 1 < n
            and items[last + 1][0] >= items[last][1]
            and gram.coordination.match(base, items[last][1], items[last + 1][0]) is not None
        ):
            last += 1
        if last > k and _verb_around(entry, base, a, items[last][1]):
            out.update(items[q][0] for q in range(k, last + 1) if items[q][2])
        k = last + 1
    return out


def _opens_sentence(
    entry: EntryText, start: int, past: frozenset[str] | None = None, reach: int = 12
) -> bool:
    """Whether a name opens its sentence, alone or past one word of ``past`` within ``reach``
    letters: the language's articles by default ("The US and Britain struck"), or the
    prepositions of where one speaks ("В Qarmet подтвердили")."""
    if places._sentence_initial(entry.text, start):
        return True
    words = _grammar(entry.lang).articles if past is None else past
    m = _WORD_BEFORE.search(entry.text, max(0, start - reach), start)
    return (
        m is not None and m.group(1).casefold() in words and places._sentence_initial(entry.text, m.start())
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _envoy_of(base: str, m: places.Mention, rules: _Rules) -> bool:
    """A country named as the state an envoy speaks for, summoned or speaking ("Russia's
    ambassador was summoned", "посла России вызвали в МИД"): the state is a party, as with
    its adjective ("the Russian ambassador")."""
    if rules.envoy_before is not None and rules.envoy_before.search(base, max(0, m.start - 40), m.start):
        return True
    return rules.envoy_after is not None and rules.envoy_after.match(base, m.end) is not None


def _country_acts(entry: EntryText, base: str, m: places.Mention) -> bool:
    """A country opening a sentence as the subject of a verb, past a clause set off by commas
    ("Greece, whose relations with Turkey are strained, said it would send rescuers")."""
    if not places._sentence_initial(entry.text, m.start):
        gram = _grammar(entry.lang)
        if gram.clause_open is not None and gram.clause_open.search(base, max(0, m.start - 12), m.start):
            return _verb_around(entry, base, m.start, m.end)  # "shows that Russia is not looking for peace"
        return False  # "președintele Kazahstanului, Kassîm-Jomart Tokaev, a cerut": a qualifier
    if _verb_around(entry, base, m.start, m.end):
        return True  # "Россия запросила", "Greece said"
    a = _APPOSITIVE.match(entry.text, m.end)
    return a is not None and _verb_around(entry, base, m.start, a.end())


def _possessive_qualifier(base: str, end: int, rules: _Rules) -> bool:
    """A country in the possessive before what it owns ("Turkey's death toll", "Syria's health
    ministry", "Hungary's Orbán"): the owner, not one acting, unless its forces act ("Russia's
    strikes")."""
    if not base.startswith("'", end):
        return False
    m = _POSSESSIVE_WORDS.match(base, end)
    if m is None:
        return False
    words = m.group(1).split()
    return rules.forces is None or not any(rules.force_nouns.match(w) for w in words)  # "Russia's deliberate
    # attacks": its forces act


_POSSESSIVE_WORDS = re.compile(r"'s?\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")


def _acting(entry: EntryText, base: str, items: list[Actor]) -> list[Actor]:
    """The mentions that act: not those only cited ("according to X", "X and Y" after it)
    nor those qualifying a noun ("Hamas-run")."""
    gram = _grammar(entry.lang)
    out: list[Actor] = []
    cited_end = -1
    for actor in items:
        start, end = actor.span
        if gram.modifier is not None and gram.modifier.match(base, end):
            continue
        if gram.modifier_before is not None and gram.modifier_before.search(base, max(0, start - 6), start):
            continue
        if gram.owner_before is not None and gram.owner_before.search(base, max(0, start - 20), start):
            continue  # "a school run by the UN"
        if actor.kind != "person" and gram.owns_media is not None and gram.owns_media.match(base, end):
            continue  # "Hezbollah's television station, Al-Manar, said": the outlet speaks, not its owner
        if gram.source_cue is not None and (
            gram.source_cue.search(base, max(0, start - 80), start)
            or (
                0 <= cited_end <= start
                and gram.coordination.match(base, cited_end, start)
                and not (base[cited_end:start].strip() == "," and _verb_after(entry, base, end))
            )  # not "По словам Пескова, Владимир Путин направил": the clause's own subject after it
        ):
            cited_end = end
            continue
        if actor.kind == "organization" and (
            (gram.locative is not None and gram.locative.search(base, max(0, start - 30), start))
            or _goal_of_motion(entry, base, start)
            or (gram.qualified is not None and gram.qualified.match(base, end))
            or (
                gram.object_before is not None
                and entry.text[start].islower()
                and gram.object_before.search(base, max(0, start - 30), start)
            )
        ):
            continue
        out.append(actor)
    return out


def _goal_of_motion(entry: EntryText, base: str, start: int) -> bool:
    """An organisation in the accusative after "в" or "на" ("ворвались в Белый дом"): where one
    goes, not who acts; a name that keeps one form in every case ("в МВД заявили") or that the
    dictionary does not know ("в Минцифры сообщили") may act."""
    gram = _grammar(entry.lang)
    if gram.goal_before is None or not gram.goal_before.search(base, max(0, start - 4), start):
        return False
    first = re.match(r"\w+", entry.text[start:])
    if first is None:
        return False
    parses = _ru_parses(first.group().lower())
    cases = {p.tag.case for p in parses if p.tag.POS in ("NOUN", "ADJF") and p.is_known}
    return "accs" in cases and not cases & {"loct", "loc2"}


@lru_cache(maxsize=32768)
def _ru_word(word: str) -> tuple[bool, bool, bool, bool]:
    """Whether a Russian word can be a given name, a patronymic, whether it is most likely a
    verb, and whether it is a dictionary word that is no name at all."""
    parses = _ru_parses(word)
    given = any("Name" in p.tag for p in parses)
    patr = any("Patr" in p.tag for p in parses)
    verb = bool(parses) and parses[0].tag.POS in ("VERB", "PRTS")
    proper = given or patr or any(("Surn" in p.tag or "Geox" in p.tag or "Orgn" in p.tag) for p in parses)
    common = not proper and any(p.is_known for p in parses)
    return given, patr, verb, common


def _mixed_acronym(word: str) -> bool:
    """An abbreviation written in mixed case ("УлГТУ", "МосГорСуд", "NaftoGaz" is no such):
    three capitals or more, or two with the last letter a capital; a name's inner capital
    ("McDonald", "DeSantis") keeps a lower-case ending."""
    caps = sum(c.isupper() for c in word)
    return caps >= 3 or (caps >= 2 and word[-1].isupper())


def _grammar_people(
    entry: EntryText, rules: _Rules, found: _Found, ms: list[places.Mention], toks: list[places._Tok]
) -> None:
    """People the data does not know, by the grammar around their names.

    Two to four capitalised name words (no title, institution word, place, acronym or
    word the document writes in lower case) make a person when a verb follows
    ("John Mercer said", "Ion Popescu a declarat", "Иван Петров заявил"), a speech verb
    comes before ("said John Mercer", "заявил Иван Петров"), a title follows after a
    comma ("John Mercer, the city's mayor"), or the first word is a given name
    (known people's given names, the language's list, pymorphy3 ``Name``; a Russian
    patronymic).
    """
    gram = _grammar(entry.lang)
    text, base = entry.text, places.base_text(entry)
    gaps = places.gaps(entry)
    common = entry.doc.common_words
    scan = _scan(entry)
    title_tok = {k for a, b, _ in scan.titles for k in range(a, b + 1)}
    title_start = {a: b for a, b, _ in scan.titles}
    place_spans = [(m.start, m.end) for m in ms]
    n = len(toks)

    def after_given(k: int) -> bool:
        """A word right after a given name is a surname even when it also spells a common
        word ("Андрей Сомов", "Виктор Лапин")."""
        prev = toks[k - 1] if k > 0 and gaps[k - 1] == " " else None
        return prev is not None and prev.cap and _ru_word(text[prev.start : prev.end].lower())[0]

    def name_word(k: int) -> bool:
        tok = toks[k]
        written = text[tok.start : tok.end]
        if k > 0 and gaps[k - 1] == " " and _particle_at(entry, toks, gaps, k, gram.name_particles):
            return not found.overlaps(tok.start, tok.end)  # "Tawfiq al-Mansouri"
        return (
            len(tok.word) >= 2
            and k not in title_tok
            and tok.word not in rules.person_stop
            and tok.word not in gram.not_name_words
            and tok.word not in gram.org_heads
            and tok.word not in common
            and not (k + 1 < n and gaps[k] == " " and tok.word in _outlets())  # "pentru Reuters Ion Popa"
            and not (written.isupper() and len(written) > 1)
            and not (written.endswith("s") and written[:-1].isupper() and len(written) > 2)  # "MPs"
            and not _mixed_acronym(written)  # "ректор УлГТУ Андрей Волков": the body, not a name
            and (
                rules.demonym_words is None
                or not rules.demonym_words.fullmatch(tok.word)
                or (tok.word in gram.given_names and written[:1].isupper())
            )  # "Elena Popa": a given name a people's adjective (Romanian "elen") may begin
            and not found.overlaps(tok.start, tok.end)
            and (not any(s < tok.end and tok.start < e for s, e in place_spans) or double_surname(k))
            and not (gram.morph_verbs and _ru_word(written.lower())[3] and not after_given(k))
            and not (
                gram.plural_noun is not None
                and gram.plural_noun.search(tok.word)
                and places._sentence_initial(text, tok.start)
            )  # "Reprezentanții Distrigaz au spus": the people of a body, no one's name
        )

    def double_surname(k: int) -> bool:
        """The second half of a hyphenated surname, even when it also spells a town
        ("Анна Петрова-Белова"): joined by a hyphen to a capitalised word that is no place."""
        if k == 0 or gaps[k - 1] != "-" or not toks[k - 1].cap:
            return False
        prev = toks[k - 1]
        return not any(s < prev.end and prev.start < e for s, e in place_spans) and not found.overlaps(
            prev.start, prev.end
        )

    headed = _headed_runs(entry, toks)
    for i, j in _name_runs(entry, toks):
        if j == i:
            continue
        if any(p < i <= q for p, q in headed):
            continue  # inside a body's name ("Centrul pentru Comunicare Strategică și Combaterea Dezinformării")
        while j >= i and not name_word(j):
            j -= 1
        a = j
        while a - 1 >= i and (
            name_word(a - 1)
            or (a - 2 >= i and name_word(a - 2) and _middle_initial(text, toks, gaps, i, a - 1))
        ):
            a -= 1  # "John F. Doherty": a middle initial inside the name
        if (
            gram.plural_noun is not None
            and a == j == i + 1
            and gram.plural_noun.search(toks[i].word)
            and places._sentence_initial(text, toks[i].start)
            and name_word(a)
            and (gram.noun_case is None or not gram.noun_case.search(toks[a].word))
            and _verb_around(entry, base, toks[a].start, toks[a].end)
        ):
            found.add(text[toks[a].start : toks[a].end], "organization", toks[a].start, toks[a].end)
            continue  # "Echipele Salvamin au reintrat": the body whose people act
        if j - a < 1 or j - a > 3 or not name_word(a):
            continue
        if a > 0 and toks[a - 1].word in gram.place_preps:
            continue  # "din Alma-Ata"
        if a > 0 and toks[a - 1].word in gram.place_nouns and not _named_place_noun(entry, toks, gaps, a - 1):
            continue  # "улица Ивана Петрова", "Spitalul Sfântul Ioan", not "Кемеровской области Анна Ефимова"
        if a > 0 and (
            toks[a - 1].word in gram.name_heads
            or (a > 1 and toks[a - 1].word in gram.org_inner and toks[a - 2].word in gram.name_heads)
        ):
            continue  # an organisation's name ("Centrul de Drepturile Omului Viasna")
        if j + 1 < n and gaps[j] == " " and toks[j + 1].word in gram.place_nouns:
            continue  # a place's own name before its noun ("ГУВД Джалал-Абадской области")
        if (
            a > 0
            and gaps[a - 1] == " "
            and not _given_name(entry, toks[a])
            and a - 1 not in title_tok  # "Hopkins County Sheriff Matt Sanders": the office's holder
            and any(x.kind == "organization" and x.span[1] == toks[a - 1].end for x in found.items)
        ):
            continue  # a body's unit ("Counter Terrorism Policing South West says")
        start, end = toks[a].start, toks[j].end
        last = j
        if j + 1 < n and gaps[j] == "'" and not toks[j + 1].cap and toks[j + 1].word not in ("s", "t"):
            last, end = j + 1, toks[j + 1].end  # "Wetang'ula"
        if fold_key(text[start:end]) in _outlets() or text[end : end + 1].isdigit():
            continue  # an outlet ("Digi24")
        if gram.byline is not None and gram.byline.search(base, max(0, start - 100), start):
            continue  # "Edited by Anna Holt", "Edited by Laura Pennington and Omar Haddad": the page's staff
        if not _person_evidence(entry, gram, toks, gaps, base, a, last, title_start):
            continue
        if (reg := _regions(entry.lang)) is not None and (
            (r := reg.region.match(entry.folded, start)) is not None and r.end() >= end
        ):
            continue  # "Глава Кабардино-Балкарии выразил": a region, no name
        name = person_name(entry.lang, text[start:end])
        fuller = entry.doc.names.get(fold_key(name.split()[-1]))
        if (
            fuller is not None
            and len(fuller.split()) > len(name.split())
            and fold_key(fuller).endswith(" " + fold_key(name))
        ):
            found.add(fuller, "person", start, end)  # "Oligui Nguema" after "Brice Clotaire Oligui Nguema"
            continue
        found.add(name, "person", start, end)
        _register(entry, name)


def _headed_runs(entry: EntryText, toks: list[places._Tok]) -> list[tuple[int, int]]:
    """Token ranges of names opening with a body's head word ("Centrul pentru ..."), once per entry."""
    slot = places._slot(entry)
    key = ("actors", "headed", entry.lang)
    got = slot.get(key)
    if got is None:
        gram = _grammar(entry.lang)
        got = slot[key] = (
            [(p, q) for p, q in _org_runs(entry, toks, gram.org_inner) if toks[p].word in gram.name_heads]
            if gram.name_heads
            else []
        )
    return got  # type: ignore[no-any-return]


def _named_place_noun(entry: EntryText, toks: list[places._Tok], gaps: list[str], k: int) -> bool:
    """A lower-case place noun with its own name written before it ("Тверской области"): it
    names no person after it."""
    if k < 1 or toks[k].cap or not toks[k - 1].cap or gaps[k - 1] != " ":
        return False
    return not places._sentence_initial(entry.text, toks[k - 1].start)


def _person_evidence(
    entry: EntryText,
    gram: _Grammar,
    toks: list[places._Tok],
    gaps: list[str],
    base: str,
    a: int,
    j: int,
    title_start: dict[int, int],
) -> bool:
    """Whether the grammar around name words a..j says they name a person."""
    n = len(toks)
    start, end = toks[a].start, toks[j].end
    text = entry.text
    if toks[a].word in gram.given_names:
        return True
    if any(_middle_initial(text, toks, gaps, a, q) for q in range(a + 1, j)):
        return True  # "Linda K. Moreno": only people's names carry a middle initial
    if gram.morph_verbs:
        if _ru_word(text[start : toks[a].end].lower())[0]:
            return True
        if j > a and _ru_word(text[toks[a + 1].start : toks[a + 1].end].lower())[1]:
            return True
    if j + 1 < n and gaps[j] in (", ", ","):
        if toks[j + 1].word in gram.person_clause:
            return True
        for t in range(j + 1, min(n, j + 5)):
            if t in title_start:
                b = title_start[t]  # a name after the title is its holder's ("X, SSP Vinod Rana said")
                return not (b + 1 < n and gaps[b] == " " and toks[b + 1].cap)
            if toks[t].word not in gram.appositive_words or (t > j + 1 and gaps[t - 1] not in WORD_GAPS):
                break
    # a verb around the words is weaker: places and bodies act too ("Slobozia Conachi a fost
    # inundată"), so no word may also name a place
    gz = gazetteer.load()
    if any(gz.has(toks[q].word) for q in range(a, j + 1)):
        return False
    if gram.verb_after is not None and gram.verb_after.match(base, end):
        return True
    if gram.morph_verbs and j + 1 < n and gaps[j] in (" ", ", ") and not toks[j + 1].cap:
        if _ru_word(text[toks[j + 1].start : toks[j + 1].end].lower())[2]:
            return True
    return bool(gram.verb_before is not None and gram.verb_before.search(base, max(0, start - 40), start))
