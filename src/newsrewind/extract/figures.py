"""Counted quantities: who was killed, injured, arrested ... and how many.

The number reader (``numbers``) finds every quantity; this module decides what
each one counts from the words around it, all listed per language in
``lang/<code>/figures.toml``:

- the noun after the number ("18 polițiști", "1.651 de morți", "12 человек");
- a casualty word after it in the same clause ("... au fost răniți", "were
  killed") or just before it ("погибли 12", "the death toll rose to 1,651");
- the group of an earlier count for "12 dintre ei", "из них 12", "ранены 353";
- "nimeni nu a fost rănit" / "no one was hurt" / "пострадавших нет" → 0..0.

Ages, magnitudes, durations, dates, percentages and hedged counts ("could
rise to 10,000") are not figures.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress
from operator import itemgetter
from typing import Any, Literal, NamedTuple

from newsrewind import lang as langdata
from newsrewind.extract import numbers, prefilter
from newsrewind.extract.context import EntryText
from newsrewind.extract.events import UNREST
from newsrewind.extract.numbers import Quantity, Token, strip_marks
from newsrewind.model import Figure

_SENTENCE_END = {".", "!", "?", ";", "…"}
_QUOTES = {'"', "'", "(", ")", "[", "]"}
_SYNTAX = (
    "ordinal",
    "carrying",
    "counted_only",
    "operation",
    "areas",
    "genitive",
    "body",
    "body_links",
    "links",
    "aux",
    "bridge",
    "partitive",
    "conjunctions",
    "stops",
    "among",
    "negation",
    "modal",
    "units",
    "before_units",
    "pre_noun",
    "rise",
    "rate",
    "more",
    "prepositions",
    "articles",
    "agent",
    "rubble",
    "singular",
    "linking",
    "object_of",
    "from_value",
    "determiners",
    "payment",
    "pronouns",
    "toll_of",
    "delta",
    "crowd",
    "relative",
    "clinic",
    "dated",
    "months",
    "recent",
    "years",
    "towards",
    "accusative",
    "origin",
    "last_year",
    "set_of",
    "false_claim",
    "withdrawn",
    "presumed",
    "alternative",
    "owner_place",
    "neutralised",
    "body_found",
    "headline_verb",
    "back",
    "possessives",
    "intercepted",
    "counterfactual",
    "admits",
    "tally",
    "toll_noun",
    "ages_of",
    "dated_when",
    "country_name",
    "beside",
    "bereft",
    "verb_object",
    "intransitive",
    "speech",
    "death_verb",
    "identified",
    "toll_value",
)
# Measures a count can hold as the number of someone hurt (vs. present, shots, price).
_FORWARD_WINDOW = 12
# What became of people already counted as hurt: the more specific word wins.
_STATES = ("critical", "hospitalized", "killed")
_BARE_WINDOW = 4
# Measures of people hurt or dead that a person named among them is one of.
_HURT = frozenset({"killed", "injured", "casualties", "hospitalized", "critical"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})  # punctuation that ends a clause
# After a denial, a colon or an opening quote gives the denier's own words ("denied it: ...").
_ANSWER_MARKS = frozenset({":", "«", "“", "„"})
_DASHES = frozenset({"—", "–", "-", ":"})
# "есть": "there is" between a set and the one named in it ("среди погибших есть гражданин")
_THERE_IS = frozenset({"есть", "оказался", "оказалась", "был", "была"})
# Measures that count no people: their groups name what is counted plainly.
_NOT_PEOPLE = frozenset({"present", "shots", "price"})
# Words that end a count's apposition after a dash: the count is told on its own
_NOT_IN_APPOSITION = frozenset({"measure", "weak", "negation", "modal", "stops"})
# Words a place phrase between a verb and its count may hold besides plain nouns.
_PHRASE_WORDS = frozenset({"articles", "pre_noun", "thing", "institution", "qualified", "group", "units"})
# the kinds of word a phrase between a verb and its count may not hold: those that end or
# turn a clause, hedge, or start another count ("from the homes, and 12 more")
_NOT_IN_PHRASE = frozenset(
    {
        "conjunctions", "stops", "negation", "modal", "rise", "relative", "pronouns", "among",
        "partitive", "aux", "more", "false_claim", "counterfactual", "withdrawn", "presumed",
        "alternative", "headline_verb", "tally", "toll_noun", "delta", "dated_when", "last_year",
    }
)  # fmt: skip
# Measures one person named with a singular verb is no count of ("the suspect is sought").
_NOT_ONE = frozenset({"discharged", "sought", "found"})
# Russian numerals in their genitive-accusative form ("троих", "четверых", "двух"): the count is an object.
_OBLIQUE_NUMERAL = ("их", "ых", "ух", "ех", "ёх")
# What takes people out of a toll: sent home from hospital, the missing found alive (no figure).
_GONE = frozenset({"discharged", "found"})
# What may become of the missing: found alive (gone from the toll) or dead.
_FOUND = frozenset({"found", "killed"})
# Measures a "no one" phrase may join by "or" ("no one was killed or injured").
_ZERO_JOINED = frozenset({"killed", "injured", "casualties", "arrested", "missing", "hospitalized"})
# What may befall people named one by one after the verb, no number said ("arrested the owner").
_NAMED_MEASURES = frozenset({"arrested", "killed", "injured", "missing", "hospitalized"})


class _Plan(NamedTuple):
    """What one token text brings to ``annotate``."""

    single: dict[str, tuple[Any, int]]  # kind → (value, 1): the one-word entries, first of each kind
    multi: tuple[
        tuple[tuple[str, ...], str, Any, int, bool], ...
    ]  # (other stems, kind, value, size, trigger)
    seconds: frozenset[str]  # the second stems of ``multi``
    useful: bool  # a one-word entry is a casualty or presence word
    acronym: bool  # the key of an acronym: the original spelling decides


@dataclass
class Lexicon:
    """One language's figure words, keyed by first stem for fast matching."""

    suffixes: tuple[str, ...]
    max_suffix: int
    lemma_based: bool
    adjective_skip: bool
    has_determiners: bool = False  # "the", "his": a language that marks a noun before it
    definite: tuple[str, ...] = ()  # endings of a definite singular noun ("polițistul", "mama")
    genitive_one: tuple[str, ...] = ()  # endings of a singular genitive object ("bărbatului")
    plural_ends: frozenset[str] = frozenset()  # last letters no bare singular object ends in
    victim_one: frozenset[str] = frozenset()  # "the victim", "victima": one person, not said who
    headline_words: frozenset[str] = frozenset()  # a headline's verb as listed, uninflected ("rănit")
    # first stem → [(stems, kind, value)]
    index: dict[str, list[tuple[tuple[str, ...], str, Any]]] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    default_groups: dict[str, str] = field(default_factory=dict)
    munitions: set[str] = field(default_factory=set)  # things fired or launched: their count is shots
    things: frozenset[str] = frozenset()  # groups of things counted (vehicles, houses): no people
    immobile: frozenset[str] = frozenset()  # things that stand where they are (houses, flats): never present
    # measure ("*": every count of people) → {group found → group reported}
    regroup: dict[str, dict[str, str]] = field(default_factory=dict)
    qualified_default: str = "people"
    zero_re: re.Pattern[str] | None = None
    # a cheap first look: does the text hold any word that could make a figure?
    trigger_re: re.Pattern[str] | None = None
    zero_measures: list[str] = field(default_factory=list)
    zero_keys: frozenset[str] | None = None  # the word keys "no one was hurt" phrases start with
    acronym_keys: frozenset[str] = frozenset()
    # (key, lemma) → entries whose first stem the token may stand for
    cache: dict[tuple[str, str], list[tuple[tuple[str, ...], str, Any]]] = field(default_factory=dict)
    # token text → what ``annotate`` does with it (None: nothing)
    plans: dict[str, _Plan | None] = field(default_factory=dict)
    # words around a bare year that say whose story it is (``_past_year``) and the small words
    # that never stack before a noun (``_modifier_noun``): exact word keys or dictionary forms,
    # kept apart from the marks so they change no other reading
    # the words of each syntax list by their first word ("last" → ("last", "year"), ("last", "week"))
    year_words: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(default_factory=dict)
    # token text → every stem it stands for in a longer entry (see ``_token_matches``)
    forms: dict[str, frozenset[str]] = field(default_factory=dict)

    def forms_of(self, tok: Token) -> frozenset[str]:
        """The stems ``_token_matches`` accepts for this token (cached by text)."""
        key = tok.key
        got = frozenset(
            [
                key,
                tok.lemma,
                *(key[: len(key) - len(suffix)] for suffix in self.suffixes if key.endswith(suffix)),
            ]
        )
        if len(self.forms) > 100_000:
            self.forms.clear()
        self.forms[tok.text] = got
        return got

    def plan(self, tok: Token) -> _Plan | None:
        """The marks a token's text brings on its own and the longer entries it may start."""
        cands: list[tuple[tuple[str, ...], str, Any]] = []
        if tok.is_word or tok.text in _SYMBOLS:
            cands = self.candidates(tok)
        acronym = tok.key in self.acronym_keys
        if not cands and not acronym:
            got = None
        else:
            single: dict[str, tuple[Any, int]] = {}
            multi = []
            useful = False
            for stems, kind, value in cands:
                if len(stems) == 1:
                    single.setdefault(kind, (value, 1))
                    useful = useful or kind in _TRIGGERS
                else:
                    multi.append((stems[1:], kind, value, len(stems), kind in _TRIGGERS))
            got = _Plan(single, tuple(multi), frozenset(m[0][0] for m in multi), useful, acronym)
        if len(self.plans) > 100_000:
            self.plans.clear()
        self.plans[tok.text] = got
        return got

    def candidates(self, tok: Token) -> list[tuple[tuple[str, ...], str, Any]]:
        """Lexicon entries whose first word this token may be (cached)."""
        got = self.cache.get((tok.key, tok.lemma))
        if got is None:
            got = []
            seen = set()
            for stem in _stems(self, tok):
                for entry in self.index.get(stem, ()):
                    if (entry[0], entry[1]) not in seen:
                        seen.add((entry[0], entry[1]))
                        got.append(entry)
            if len(self.cache) > 100_000:
                self.cache.clear()
            self.cache[(tok.key, tok.lemma)] = got
        return got

    def add(self, phrase: str, kind: str, value: Any) -> None:
        stems = tuple(strip_marks(phrase).split())
        if stems:
            self.index.setdefault(stems[0], []).append((stems, kind, value))


@cache
def _genitive_noun(word: str) -> bool:
    """A Russian word that may be a noun in the genitive ("шахты", "завода")."""
    return any({"NOUN", "gent"} <= p.tag.grammemes for p in numbers.morph_parses(word))


@cache
def _animate(code: str) -> tuple[str, frozenset[str]]:
    """The group of a person noun no list names (a noun the morphology calls animate), and the
    animals it must leave out."""
    data = langdata.section(code, "figures").get("animate", {})
    return data.get("group", ""), frozenset(strip_marks(w) for w in data.get("animals", []))


_NOT_PERSON_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})


@cache
def lexicon(code: str) -> Lexicon:
    """The figure words of a language (``figures.toml``), built once."""
    data = langdata.section(code, "figures")
    suffixes = tuple(
        sorted({strip_marks(s) for s in data.get("inflection", {}).get("suffixes", [""])}, key=len)
    )
    lex = Lexicon(
        suffixes=suffixes,
        max_suffix=max((len(s) for s in suffixes), default=0),
        lemma_based=code == "ru",
        adjective_skip=code in ("en", "ru"),
        definite=tuple(strip_marks(x) for x in data.get("inflection", {}).get("definite", [])),
        genitive_one=tuple(strip_marks(x) for x in data.get("inflection", {}).get("genitive_one", [])),
        plural_ends=frozenset(strip_marks(x) for x in data.get("inflection", {}).get("plural_ends", [])),
    )
    verb_forms = _verb_forms(data.get("inflection", {}))
    for measure, words in data.get("measures", {}).items():
        for w in verb_forms(words):
            lex.add(w, "measure", measure)
    for measure, words in data.get("weak_measures", {}).items():
        for w in verb_forms(words):
            lex.add(w, "weak", measure)
    for group, words in data.get("groups", {}).items():
        for w in words:
            lex.add(w, "group", group)
    qualified = data.get("qualified", {})
    workers = set(qualified.get("workers", []))  # of no institution named: workers, not just people
    for w in qualified.get("nouns", []):
        lex.add(w, "qualified", "workers" if w in workers else qualified.get("default", "people"))
    for w in qualified.get("volunteers", []):
        lex.add(w, "qualified", "volunteers")  # of no institution named: volunteers (see [regroup])
    lex.qualified_default = qualified.get("default", "people")
    for group, words in data.get("institutions", {}).items():
        for w in words:
            lex.add(w, "institution", group)
    for w in data.get("institutions", {}).get("protesters", []):
        lex.add(w, "protest_talk", True)  # a crowd in an entry about a protest is counted
    lex.things = frozenset(data.get("things", {}))
    lex.immobile = frozenset(data.get("immobile", []))
    for thing, words in data.get("things", {}).items():
        for w in words:
            lex.add(w, "thing", thing)
    for thing, words in data.get("munitions", {}).items():
        lex.munitions.add(thing)
        for w in words:
            lex.add(w, "thing", thing)
            lex.add(w, "munition", True)
    presence = data.get("presence", {})
    protest = verb_forms(presence.get("protest_words", []))
    protest_set = set(protest)
    # verbs of a crowd gathering or waiting where it happened: a crowd of anyone is on the scene
    gathering = verb_forms(presence.get("gathering", []))
    gathering_set = set(gathering)
    for w in verb_forms(presence.get("words", [])) + gathering:
        if w not in protest_set:
            lex.add(w, "presence", "gathered" if w in gathering_set else "people")
    for w in protest:
        lex.add(w, "presence", "protesters")
    price = data.get("price", {})
    for table, kind in (("currencies", "currency"), ("per_units", "per"), ("goods", "goods")):
        for w, value in price.get(table, {}).items():
            lex.add(w, kind, value)
    for w in price.get("context", []):
        lex.add(w, "price_context", True)
    for w in price.get("range_words", []):
        lex.add(w, "price_range", True)
    syntax = data.get("syntax", {})
    lex.has_determiners = bool(syntax.get("determiners"))
    # as written, marks and all: "victimă" (a victim) is not "victima" (the victim)
    lex.victim_one = frozenset(w.lower() for w in syntax.get("victim_one", []))
    lex.headline_words = frozenset(strip_marks(w) for w in syntax.get("headline_verb", []))
    for name in ("year_of", "year_since", "year_like", "not_modifiers", "past_time", "past_not"):
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in dict.fromkeys(tuple(strip_marks(w).split()) for w in syntax.get(name, [])):
            if phrase:
                by_first.setdefault(phrase[0], []).append(phrase)
        lex.year_words[name] = {first: tuple(phrases) for first, phrases in by_first.items()}
    for name in _SYNTAX:
        for w in syntax.get(name, []):
            lex.add(w, name, True)
    for w, value in langdata.section(code, "numbers").get("ordinals", {}).items():
        lex.add(w, "ordinal_value", value)  # "a sixth victim", "тело восьмого погибшего"
    lex.acronyms = dict(data.get("acronyms", {}))
    lex.default_groups = dict(data.get("default_groups", {}))
    lex.regroup = {m: dict(table) for m, table in data.get("regroup", {}).items()}
    zero = list(data.get("zero", {}).items())
    lex.zero_measures = [measure for _, measure in zero]
    if zero:
        alternatives = "|".join(f"(?P<z{i}>{pattern})" for i, (pattern, _) in enumerate(zero))
        lex.zero_re = re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")
        lex.zero_keys = prefilter.pattern_keys("|".join(f"(?:{pattern})" for pattern, _ in zero))
    lex.acronym_keys = frozenset(strip_marks(a) for a in lex.acronyms)
    triggers = [
        w
        for table in ("measures", "weak_measures")
        for ws in data.get(table, {}).values()
        for w in verb_forms(ws)
    ]
    triggers += verb_forms(presence.get("words", [])) + protest + price.get("context", [])
    triggers += data.get("institutions", {}).get("protesters", []) + syntax.get("crowd", [])
    triggers += syntax.get("unharmed", [])  # "the hostages were unharmed": a zero with no casualty word
    triggers += verb_forms(syntax.get("bereft", []))  # "lost eleven relatives": a toll with no casualty word
    triggers += [w for ws in data.get("munitions", {}).values() for w in ws]
    lex.trigger_re = _prefix_regex(triggers, lex.lemma_based)
    return lex


def _verb_forms(inflection: dict[str, Any]) -> Any:
    """A function giving a word list plus the other forms of its verbs: ``[inflection] verb_forms``
    maps the ending a verb is listed by to the endings of its other forms ("evacua" →
    "evacuează", "evacuau", "evacuând"), applied to the first word of a phrase."""
    table = {strip_marks(k): [strip_marks(x) for x in v] for k, v in inflection.get("verb_forms", {}).items()}

    def forms(words: list[str]) -> list[str]:
        if not table:
            return list(words)
        out = list(words)
        for w in words:
            first, _, rest = strip_marks(w).partition(" ")
            for ending, others in table.items():
                if len(first) >= 5 and first.endswith(ending):
                    stem = first[: len(first) - len(ending)]
                    out += [" ".join(filter(None, (stem + other, rest))) for other in others]
        return out

    return forms


def _prefix_regex(words: list[str], lemma_based: bool) -> re.Pattern[str]:
    """One regex finding any word that starts like one of ``words`` (diacritics
    optional); for dictionary forms, their stem without the ending."""
    prefixes = set()
    for word in words:
        first = word.lower().split()[0] if word.split() else ""
        if lemma_based:
            first = first[: max(3, len(first) - 4)]
        if first:
            prefixes.add(first)
    parts = []
    for prefix in sorted(prefixes, key=len, reverse=True):
        chars = []
        for ch in prefix:
            bare = strip_marks(ch)
            chars.append(f"[{re.escape(ch)}{re.escape(bare)}]" if bare != ch else re.escape(ch))
        parts.append("".join(chars))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")


def _stems(lex: Lexicon, tok: Token) -> list[str]:
    """The stems a token may stand for (itself, its lemma, it minus a suffix)."""
    key = tok.key
    out = [key]
    if tok.lemma != key:
        out.append(tok.lemma)

    def cuts(k: str) -> None:
        if len(lex.suffixes) > 1:
            for cut in range(1, min(lex.max_suffix, len(k) - 2) + 1):
                if k[-cut:] in lex.suffixes:
                    out.append(k[:-cut])

    cuts(key)  # (the whole compound first: "hostage-takers" before "hostage")
    head, dash, tail = key.partition("-")
    if dash and len(head) >= 4 and len(tail) >= 4:
        out.append(head)  # "pompieri-salvatori", "soldier-medics": the first noun names the group
        cuts(head)
    return out


def _token_matches(lex: Lexicon, tok: Token, stem: str) -> bool:
    if tok.key == stem or tok.lemma == stem:
        return True
    if tok.key.startswith(stem):
        return tok.key[len(stem) :] in lex.suffixes
    return False


Marks = dict[str, tuple[Any, int]]


_EMPTY: Marks = {}
_TOKEN_TEXT = itemgetter(0)
_SYMBOLS = frozenset(("%", "№", "$", "€", "£", "₹", "₽", "-"))
_NUMBER_SIGNS = frozenset(("№", "#"))
_TRIGGERS = frozenset(
    {"measure", "weak", "presence", "price_context", "protest_talk", "crowd", "munition", "bereft"}
)
_UNSEEN: Any = object()
# What a count of things (houses, vehicles) may say befell them: all read as "affected".
_THING_HARM = frozenset({"affected", "injured", "casualties"})
# What befalls one more of those just counted ("third was arrested").
_ONE_MORE = frozenset({"killed", "injured", "hospitalized", "critical", "arrested", "missing", "evacuated"})
# Words that end a noun phrase: what follows them is no longer about the noun.
# Words that open the verb of one person's fate after its subject ("a murit", "was killed", "died").
_ONE_VERB = frozenset({"singular", "aux", "intransitive"})
_CLAUSE_WORDS = frozenset(
    {"measure", "weak", "singular", "aux", "negation", "modal", "stops", "conjunctions", "group", "partitive"}
)


def annotate(lex: Lexicon, toks: list[Token], text: str) -> tuple[list[Marks], list[Marks], bool]:
    """For each token, the lexicon entries starting at it and ending at it:
    kind → (value, length in tokens); the longest entry of each kind wins.
    The flag says whether any word could make a figure (a casualty or presence word).
    Marks are shared between tokens: read them, never change them."""
    n = len(toks)
    starts: list[Marks] = [_EMPTY] * n
    ends: list[Marks] = [_EMPTY] * n
    useful = False
    get_plan = lex.plans.get
    get_forms = lex.forms.get
    for i, tok in enumerate(toks):
        plan = get_plan(tok.text, _UNSEEN)
        if plan is _UNSEEN:
            plan = lex.plan(tok)
        if plan is None:
            continue
        single = plan.single
        if plan.acronym:
            original = text[tok.start : tok.end]
            if original in lex.acronyms and "institution" not in single:
                single = {**single, "institution": (lex.acronyms[original], 1)}
        here = single or _EMPTY
        if plan.useful:
            useful = True
        if plan.multi and i + 1 < n:
            nxt = toks[i + 1]
            forms = get_forms(nxt.text) or lex.forms_of(nxt)
            if not forms.isdisjoint(plan.seconds):
                for rest, kind, value, size, trigger in plan.multi:
                    if i + size > n or rest[0] not in forms:
                        continue
                    if size > 2 and not all(
                        stem in (get_forms(toks[i + k].text) or lex.forms_of(toks[i + k]))
                        for k, stem in enumerate(rest[1:], 2)
                    ):
                        continue
                    if trigger:
                        useful = True
                    if here is single or here is _EMPTY:
                        here = dict(single)
                    if kind not in here or here[kind][1] < size:
                        here[kind] = (value, size)
                    last = i + size - 1
                    there = ends[last]
                    if there is _EMPTY:
                        there = ends[last] = {}
                    if kind not in there or there[kind][1] < size:
                        there[kind] = (value, size)
        starts[i] = here
        if single:
            there = ends[i]
            if there is _EMPTY:
                ends[i] = single
            else:
                for kind, mark in single.items():
                    there.setdefault(kind, mark)
    return starts, ends, useful


def _sentences(toks: list[Token], text: str) -> list[int]:
    """Sentence number of each token: a sentence ends at . ! ? ; (not before a
    lower-case word: "3 тыс. человек") and at line breaks."""
    n = len(toks)
    step = [0] * n  # 1 where a new sentence starts at the token
    for i in compress(range(n - 1), map(_SENTENCE_END.__contains__, map(_TOKEN_TEXT, toks))):
        if not (toks[i].text == "." and text[toks[i + 1].start].islower()):
            step[i + 1] = 1
    if "\n" in text:
        starts = [tok.start for tok in toks]
        last = -1
        at = text.find("\n")
        while at >= 0:
            k = bisect_right(starts, at)  # the first token after the break
            if k < n and k != last:
                step[k] += 1
                last = k
            at = text.find("\n", at + 1)
    return list(accumulate(step))


@dataclass
class _Found:
    measure: str
    group: str
    q: Quantity
    start: int
    end: int
    label: str
    subset: bool = False  # "în care 2 copii", "в том числе двое детей"
    last: int = 0  # token index after the figure's words
    unit: str | None = None
    breakdown: bool = False  # one part of a total split after a colon ("783: 371 ... și 412 ...")
    carried: bool = False  # one more of a group counted before ("ещё один задержан"), not a lone one
    hidden: bool = False  # read, for the counts after it to refer back to, but no figure of its own


class _Reader:
    """The figures of one entry."""

    def __init__(self, entry: EntryText) -> None:
        self.entry = entry
        self.code = entry.lang
        self.lex = lexicon(entry.lang)
        trigger = self.lex.trigger_re
        self.toks = (
            numbers.tokenize(entry.folded, entry.lang) if trigger and trigger.search(entry.folded) else []
        )
        self.starts, self.ends, self.useful = annotate(self.lex, self.toks, entry.text)
        self.sent = _sentences(self.toks, entry.text) if self.toks else []
        if self._admissions():
            self.useful = True
        # no casualty or presence word: nothing to count but "no one was hurt"
        self.qs = numbers.read(self.toks, entry.lang) if self.useful else []
        self.tok_starts = [tok.start for tok in self.toks]
        self.q_at = {q.first: q for q in self.qs}
        self.q_cover: dict[int, Quantity] = {}
        for q in self.qs:
            for k in range(q.first, q.last):
                self.q_cover[k] = q
        self.found: list[_Found] = []
        # quantities that may be counts (not ages, units, dates): first token → head
        self.heads: dict[int, dict[str, Any] | None] = {q.first: self.head(q) for q in self.qs}
        # "rose by 7 to 62": the change after "by" is no count; the toll reads past it
        # "rose from 10 to 15", "a crescut de la 11 la 16": the value it left is no count either
        # ("a revizuit bilanțul răniților din județ de la 11 la 16": the toll's noun may stand
        # between when the new value follows)
        self.deltas = {
            q.first
            for q in self.qs
            for kind, reach in (("delta", 1), ("from_value", 7 if self._to_value(q) else 1))
            if q.first >= 2
            and kind in self.ends[q.first - 1]
            and any(
                "rise" in self.ends[j] and self.sent[j] == self.sent[q.first]
                for j in range(
                    max(q.first - self.ends[q.first - 1][kind][1] - reach, 0),
                    q.first - self.ends[q.first - 1][kind][1],
                )
            )
        }
        for k in self.deltas:
            self.heads[k] = None
        self.live = {k for k, h in self.heads.items() if h is not None}
        self.appositions: set[int] = set()
        self.asides: set[int] = set()  # tokens of an aside between dashes that names those counted
        self.aside_groups: dict[int, str] = {}  # a count → the group its aside between commas names
        self._protest: bool | None = None
        self._kind_sents: dict[str, set[int]] = {}  # kind → the sentences holding a word of it
        self._titles: dict[int, bool] = {}  # sentence → whether it is a headline in title case

    def _to_value(self, q: Quantity) -> bool:
        """A count right after ``q``, joined by "to", "la", "до" ("from 11 to 16")."""
        k = q.last
        if k >= len(self.toks) or "bridge" not in self.starts[k] or self.toks[k].is_num:
            return False
        nxt = k + self.starts[k]["bridge"][1]
        return nxt in self.q_at and self.sent[nxt] == self.sent[q.first]

    def _admissions(self) -> bool:
        """A hospital as the subject of "admitted" a few words on ("The teaching hospital in the
        city has admitted 12 survivors"): those it took in are hospitalised. Marks the verb as
        such a measure; True when one was marked."""
        starts, ends, sent, toks = self.starts, self.ends, self.sent, self.toks
        marked = False
        for i, marks in enumerate(starts):
            if "admits" not in marks or "measure" in marks:
                continue
            size = marks["admits"][1]
            # "Jennie Stuart Health admitted 23 storm patients", "it had received three patients": a
            # count of patients taken in, whoever took them
            taken_in = any(
                sent[j] == sent[i] and starts[j].get("group", ("",))[0] == "patients"
                for j in range(i + size + 1, min(i + size + 4, len(toks)))
            )
            for j in range(i - 1, max(i - 7, -1), -1):
                if taken_in or sent[j] != sent[i] or toks[j].text in (",", ";", ":", "(", ")"):
                    break
                if "clinic" in starts[j]:
                    taken_in = True
                    break
            if taken_in:
                starts[i] = {**marks, "measure": ("hospitalized", size)}
                last = i + size - 1
                ends[last] = {**ends[last], "measure": ("hospitalized", size)}
                marked = True
        return marked

    # -- small helpers -------------------------------------------------
    def has(self, i: int, kind: str) -> bool:
        return 0 <= i < len(self.toks) and kind in self.starts[i]

    def _original(self, i: int) -> str:
        tok = self.toks[i]
        return self.entry.text[tok.start : tok.end]

    def _is_name(self, i: int) -> bool:
        word = self._original(i)
        return self.toks[i].is_word and word[:1].isupper() and not self.starts[i] and not self._title(i)

    def _title(self, i: int) -> bool:
        """Token i stands in a headline in title case ("Civic Body Suspends 2 Officials"), where a
        capital letter names nothing."""
        sid = self.sent[i]
        got = self._titles.get(sid)
        if got is None:
            lo, hi = bisect_left(self.sent, sid), bisect_right(self.sent, sid)  # the sentence's tokens
            words = [
                self._original(k)
                for k in range(lo, hi)
                if self.toks[k].is_word and len(self.toks[k].text) >= 4
            ]
            got = self._titles[sid] = len(words) >= 3 and all(w[:1].isupper() for w in words)
        return got

    def _adjective(self, i: int) -> bool:
        tok = self.toks[i]
        if not tok.is_word or self.starts[i]:
            return False
        if self.code == "ru":
            grams = numbers.ru_parse(tok.text)[1]
            return bool(grams & {"ADJF", "PRTF"})
        word = self._original(i)
        return word[:1].isupper() or tok.key.endswith(("ed", "ian", "ish", "ese", "i"))

    def _group_at(self, i: int, limit: int) -> tuple[str | None, int]:
        """The group named at token i (a qualified noun looks for its institution)."""
        marks = self.starts[i]
        if "group" in marks and ("qualified" not in marks or marks["group"][1] >= marks["qualified"][1]):
            return marks["group"][0], marks["group"][1]
        if "qualified" in marks:
            size = marks["qualified"][1]
            k = i + size
            while k < min(limit, i + size + 7) and self.sent[k] == self.sent[i]:
                if self.toks[k].text == "," or self.toks[k].is_num:
                    break
                if "institution" in self.starts[k]:
                    return self.starts[k]["institution"][0], size
                k += 1
            if self._owner_after(i + size):
                return marks["qualified"][0], size  # "двух работников шахты": staff of a plant, named
            # "Rioters stormed the TV station. Several employees were hurt": the institution before
            # (staff only: "police detained 300 supporters" are no police)
            sid = self.sent[i]
            back = marks["qualified"][0] == "workers" or (
                marks["qualified"][0] == "volunteers" and self.ends[i - 1].keys() & {"possessives"}
            )  # ("the Red Cross said two of its volunteers were hurt": whose they are)
            for k in range(i - 1, max(i - 40, -1) if back else i - 1, -1):
                if self.sent[k] < sid - 1:
                    break
                marks_k = self.starts[k]
                if "institution" in marks_k and "units" not in marks_k:
                    return marks_k["institution"][0], size
            if back and marks["qualified"][0] == "volunteers":
                # "None of its volunteers was hurt, the Red Cross said": whose they are, named after
                for k in range(i + size, min(i + size + 20, len(self.toks))):
                    if self.sent[k] != sid:
                        break
                    if (
                        "institution" in self.starts[k]
                        and "units" not in self.starts[k]
                        and any("speech" in self.starts[j] for j in range(k + 1, min(k + 6, len(self.toks))))
                    ):
                        return self.starts[k]["institution"][0], size  # (the one that says so)
            return marks["qualified"][0], size
        return None, 0

    def _owner_after(self, j: int) -> bool:
        """Token j names, in the genitive, the place the staff just counted belong to, no
        institution ("работников шахты", "angajați ai fabricii")."""
        toks, n = self.toks, len(self.toks)
        if j >= n or self.sent[j] != self.sent[j - 1]:
            return False
        link = self.starts[j].get("genitive") or self.starts[j].get("links")
        if link:
            j += link[1]
            if j < n and self.starts[j].keys() & {"articles", "determiners"}:
                j += 1  # "an employee of the plant"
            return j < n and toks[j].is_word and self.sent[j] == self.sent[j - 1] and not self.starts[j]
        for _ in range(2):
            if self.code == "ru" and j + 1 < n and not self.starts[j] and self._ru_adjective(j):
                j += 1  # "сотрудник ночной смены завода": past an adjective
        return self.code == "ru" and toks[j].is_word and not self.starts[j] and _genitive_noun(toks[j].text)

    # -- the noun after a number ---------------------------------------
    def head(self, q: Quantity) -> dict[str, Any] | None:
        """What the words right after a quantity say it counts; None: not a count."""
        toks, n = self.toks, len(self.toks)
        k = q.last
        if k < n and self.has(k, "toll_of") and self._after_rise(q):
            k += self.starts[k]["toll_of"][1]  # "bringing to 59 the number of soldiers killed"
        if k < n and self.has(k, "partitive"):
            return {"kind": "partitive", "end": k + self.starts[k]["partitive"][1]}
        if k < n and self.has(k, "set_of") and not self._after_preposition(q):
            # "five of the six attackers", "three of the attackers" (not "the names of three of the
            # five people killed")
            of_end = k + self.starts[k]["set_of"][1]
            if self._people_set_at(of_end) or (self.has(of_end, "articles") and self._people_noun_at(of_end)):
                return {"kind": "partitive", "end": of_end}
            if q.low == q.high and of_end < n and of_end not in self.q_at:
                group, size = self._group_at(of_end, n)
                after = of_end + size
                told = after + 1 < n and self.toks[after].text == "," and self.has(after + 1, "relative")
                if group and not told:
                    # "один из полицейских", "двое из сотрудников колонии" (not "одна из женщин,
                    # которую считали пропавшей, жива": the set told by a relative clause)
                    return {"kind": "partitive", "end": of_end}

        if k + 1 < n and self.toks[k].text in _QUOTES and self.has(k + 1, "links"):
            k += 1  # „peste 60.000” de participanți: a count quoted, its noun after the quote
        if k < n and self.has(k, "links"):
            k += 1
        skipped = 0
        owner = None
        pre: tuple[str, int, int] | None = None  # a casualty word before the noun
        sid = self.sent[q.first]
        while k < n:
            tok = toks[k]
            marks = self.starts[k]
            if self.sent[k] != sid:
                return {"kind": "bare", "end": k}
            # an age or size before the noun: "a 22-year-old man"
            if tok.is_num and k + 2 < n and toks[k + 1].text == "-" and toks[k + 1].start == tok.end:
                k += 3
                skipped += 1
                if (
                    q.article
                    and self.has(k - 1, "years")
                    and (
                        k >= n
                        or not toks[k].is_word
                        or self.starts[k].keys() & {"aux", "measure", "singular"}
                    )
                ):
                    # "A 17-year-old was shot dead": one person named by age alone
                    return {"kind": "group", "group": "civilians", "end": k, "at": k - 1, "pre": None}
                continue
            if tok.text in _QUOTES or tok.text in ("-",):
                if tok.text == "-" and k > q.last:
                    return {"kind": "bare", "end": k}
                k += 1
                continue
            if "units" in marks:
                return None
            if "partitive" in marks:
                return {"kind": "partitive", "end": k + marks["partitive"][1]}
            if "possessives" in marks and skipped < 2 and k + marks["possessives"][1] < n:
                k += marks["possessives"][1]  # "более 300 его сторонников": whose they are, then who
                skipped += 1
                continue
            longer = max((marks[s][1] for s in ("group", "measure", "qualified") if s in marks), default=0)
            if (
                "pre_noun" in marks
                and longer <= marks["pre_noun"][1]
                and self._nounlike(k + marks["pre_noun"][1])
            ):
                if "measure" in marks and pre is None and marks["measure"][1] == marks["pre_noun"][1]:
                    pre = (marks["measure"][0], k, k + marks["measure"][1])  # "nine injured persons"
                k += marks["pre_noun"][1]
                continue
            if "measure" in marks:
                size = marks["measure"][1]
                if q.value == 0 and self.has(k + size, "tally"):
                    return None  # "No casualty figures were given": no number told, not none hurt
                return {"kind": "measure", "measure": marks["measure"][0], "end": k + size, "at": k}
            if k == q.last and not q.article and q.value != 0 and marks.get("weak", ("",))[0] == "killed":
                size = marks["weak"][1]  # "claimed 12 lives": a weak word for the dead, right after its count
                return {"kind": "measure", "measure": "killed", "end": k + size, "at": k}
            if "more" in marks and "group" not in marks:  # "three others were wounded"
                return {"kind": "bare", "end": k + marks["more"][1], "more": True}
            if (
                "institution" in marks
                and not marks.keys() & {"group", "qualified"}
                and self._nounlike(k + marks["institution"][1])
            ):
                owner = marks["institution"][0]  # "opposition supporters", "hospital staff"
                k += marks["institution"][1]
                continue
            group, size = self._group_at(k, n)
            if group and self.code == "ru" and self._case_mismatch(q, k):
                return {"kind": "bare", "end": k}  # "состояние шестерых врачи оценивают": the doctors judge
            if group:
                if owner and "qualified" in marks and "group" not in marks:
                    group = owner
                return {"kind": "group", "group": group, "end": k + size, "at": k, "pre": pre}
            if "thing" in marks:
                return {"kind": "thing", "group": marks["thing"][0], "end": k + marks["thing"][1], "at": k}
            if not tok.is_word or tok.is_num or k in self.q_cover:
                return {"kind": "bare", "end": k}
            if any(
                s in marks
                for s in (
                    "aux",
                    "negation",
                    "modal",
                    "stops",
                    "conjunctions",
                    "bridge",
                    "presence",
                    "prepositions",
                )
            ):
                return {"kind": "bare", "end": k}
            tags = numbers.ru_parse(tok.text)[1] if self.code == "ru" else frozenset()
            if tags & {"VERB", "PRTS", "INFN"} or ("ADJS" in tags and "masc" not in tags):
                # (a short adjective is a predicate: "судьба еще восьми неизвестна"; not a noun's
                # genitive read as one: "200 тысяч сомов")
                return {"kind": "bare", "end": k}
            if self.lex.adjective_skip and skipped < 2 and self._adjective(k):
                skipped += 1
                k += 1
                continue
            if not q.vague and self._modifier_noun(k) and skipped < 2:
                skipped += 1  # "three port workers", "two border guards": a noun that says which
                k += 1
                continue
            if k == q.last and self._after_rise(q):
                return {"kind": "bare", "end": k}  # "Death toll climbs to 158 as rescuers ..."
            if self.code == "ru" and (person := self._person_noun(q, k)):
                return {"kind": "group", "group": person, "end": k + 1, "at": k}  # "двух продавщиц"
            return None
        return {"kind": "bare", "end": k}

    def _modifier_noun(self, k: int) -> bool:
        """A plain lower-case word right before a person noun, where nouns stack before their head
        (English): it says which of them ("port workers", "aid workers", "border guards")."""
        if self.code == "ru" or not self.lex.adjective_skip or k + 1 >= len(self.toks):
            return False
        tok = self.toks[k]
        if not tok.is_word or self.starts[k] or not self._original(k).islower():
            return False
        if self._year_word(k, "not_modifiers"):
            return False  # "Death Toll Passes 60 as Rescuers Search": a clause, no compound
        nxt = self.starts[k + 1]
        return "group" in nxt or "qualified" in nxt

    def _person_noun(self, q: Quantity, k: int) -> str | None:
        """The group of a person noun no list names ("продавщиц", "курьеров"): an animate noun
        that is no name and no animal."""
        group, animals = _animate(self.code)
        if not group:
            return None
        lemma, tags = numbers.ru_parse(self.toks[k].text)
        if "NOUN" not in tags or "anim" not in tags or tags & _NOT_PERSON_TAGS:
            return None
        return None if strip_marks(lemma) in animals or self._case_mismatch(q, k) else group

    def _animate_noun(self, k: int) -> str | None:
        """The group of a person noun no list names, any case ("механик", "машиниста")."""
        group, animals = _animate(self.code)
        tok = self.toks[k]
        if not group or not tok.is_word:
            return None
        lemma, tags = numbers.ru_parse(tok.text)
        if "NOUN" not in tags or "anim" not in tags or tags & _NOT_PERSON_TAGS:
            return None
        return None if strip_marks(lemma) in animals else group

    def _listed_with(self, k: int, group: str) -> bool:
        """The noun list starting at k (", jandarmi și militari") names ``group``."""
        toks, n = self.toks, len(self.toks)
        j = k
        while j < min(k + 8, n) and self.sent[j] == self.sent[k - 1]:
            if toks[j].text == "," or "conjunctions" in self.starts[j]:
                j += self.starts[j]["conjunctions"][1] if "conjunctions" in self.starts[j] else 1
                if j < n and self._group_at(j, n)[0] == group:
                    return True
                continue
            if j > k:
                return False
            j += 1
        return False

    def _described_set(self, k: int) -> tuple[int, str] | None:
        """Where the set some are picked from ends, when it is told by a noun and the casualty word
        that describes it ("dintre pasagerii răniți", "dintre minerii aflați în stare critică", "из
        раненых сотрудников"): those already counted as hurt, whose word is no new state of the
        ones picked, and the group its noun names. None when the set is no such noun phrase."""
        toks, n = self.toks, len(self.toks)
        if k >= n or k == 0:
            return None
        sid = self.sent[k - 1]
        j, noun, hurt, named = k, False, False, ""
        # where a describing word stands: before its noun ("the injured passengers", "раненых
        # сотрудников") or after it ("pasagerii răniți"); on the other side it is the verb
        first = self.lex.adjective_skip
        for _ in range(3):
            if j >= n or self.sent[j] != sid:
                break
            marks = self.starts[j]
            if not hurt and noun != first and "measure" in marks and marks["measure"][0] in _HURT:
                hurt = True
                j += marks["measure"][1]
                continue
            group, size = self._group_at(j, n)
            if not noun and group and size:
                noun, named = True, group
                j += size
                continue
            if noun and not hurt and toks[j].is_word and not marks and j + 1 < n:
                if "measure" in self.starts[j + 1] and self.starts[j + 1]["measure"][0] in _HURT:
                    j += 1  # "minerii aflați în stare critică": a participle before the state
                    continue
            break
        return (j, named) if noun and hurt else None

    def _after_rise(self, q: Quantity) -> bool:
        """A verb that sets a toll ("rose to", "a ajuns la", "возросло до") just before q."""
        return any("rise" in self.ends[j] for j in range(max(0, q.first - 3), q.first))

    def _toll_group(self, q: Quantity) -> str | None:
        """The group named after the toll word of a count a verb sets: "Numărul protestatarilor
        a scăzut la câteva mii", "Число погибших пограничников возросло до трех"."""
        if (
            not self._after_rise(q)
            and not any("toll_noun" in self.ends[j] for j in range(max(0, q.first - 3), q.first))
            and not self._set_at(q)
        ):
            return None  # (a toll word just before: "raised its civilian death toll to 12")
        sid = self.sent[q.first]
        for k in range(q.first - 1, max(q.first - 12, -1), -1):
            if self.sent[k] != sid:
                return None
            if "toll_noun" in self.starts[k] and k > 0 and self.sent[k - 1] == sid:
                # "its civilian death toll rose to 12": the group said as the toll's adjective
                group, size = self._group_at(k - 1, k)
                if group and size == 1:
                    return group
            if "toll_of" not in self.starts[k]:
                continue
            j = k + self.starts[k]["toll_of"][1]
            for _ in range(4):
                if j >= q.first:
                    return None
                group = self._group_at(j, q.first)[0]
                if group:
                    return group
                marks = self.starts[j]
                if marks.keys() & {"measure", "links", "articles", "pre_noun"} or self._adjective(j):
                    j += max(v[1] for v in marks.values()) if marks else 1
                    continue
                return None
            return None
        return None

    def _set_at(self, q: Quantity) -> bool:
        """A verb sets the number of a group at the value after a preposition ("put the number of
        protesters at 20,000", "estimează numărul protestatarilor la 5.000")."""
        sid = self.sent[q.first]
        if q.first < 2 or "prepositions" not in self.ends[q.first - 1] or self.sent[q.first - 1] != sid:
            return False
        for k in range(q.first - 2, max(q.first - 8, 0), -1):
            if self.sent[k] != sid or k in self.live:
                return False
            if "toll_of" in self.starts[k]:
                return any("rise" in self.ends[j] for j in range(max(k - 2, 0), k))
        return False

    def _case_mismatch(self, q: Quantity, k: int) -> bool:
        """A number word in an oblique case before a plural noun in the nominative: the noun is
        the subject of the clause, not what the number counts."""
        last = self.toks[q.last - 1]
        if last.is_num or not last.is_word:
            return False
        num = numbers.ru_parse(last.text)[1]
        noun = numbers.ru_parse(self.toks[k].text)[1]
        return "NUMR" in num and "nomn" not in num and "nomn" in noun and "plur" in noun

    def _plain_noun(self, k: int) -> bool:
        """A word the lexicon does not know, a noun (Russian) or a lower-case word: no people."""
        tok = self.toks[k]
        if not tok.is_word or self.starts[k] or k in self.q_cover:
            return False
        if self.code == "ru":
            return "NOUN" in numbers.ru_parse(tok.text)[1]
        return self._original(k)[:1].islower() and not self._adjective(k)

    def _no_person_after(self, k: int) -> bool:
        """Past an adjective or two, a hospital, a thing or a plain noun, no person ("одной из
        городских больниц", "one of the hospitals")."""
        n, j = len(self.toks), k
        for _ in range(2):
            if j < n and self.sent[j] == self.sent[k] and not self.starts[j] and self._adjective(j):
                j += 1
        if j >= n or self.sent[j] != self.sent[k]:
            return False
        marks = self.starts[j]
        if marks.keys() & {"group", "qualified"}:
            return False
        return bool(marks.keys() & {"clinic", "thing"}) or (j > k and self._plain_noun(j))

    def _units_after(self, k: int) -> bool:
        """Past a word or two ("its", "the"), a unit or a counted thing that is no one ("of its
        shelters", "din cele trei secții"), before any person."""
        n = len(self.toks)
        for j in range(k, min(k + 3, n)):
            if self.sent[j] != self.sent[k - 1] or self.starts[j].keys() & {"group", "qualified", "measure"}:
                return False
            if "units" in self.starts[j]:
                return True
        return False

    def _nounlike(self, k: int) -> bool:
        if k >= len(self.toks):
            return False
        marks = self.starts[k]
        return any(s in marks for s in ("group", "qualified", "measure", "thing"))

    # -- a casualty word before the number -----------------------------
    def _past_correction(self, first: int) -> int:
        """The token to read back from before the count at ``first``: past a count it corrects
        ("не двое, а пятеро", "nu doi, ci cinci", "not two but five"), whose negation belongs to
        the count taken back, not to the one that stands."""
        j = first - 1
        if j < 1 or not self.toks[j].is_word or not self.starts[j].keys() & {"conjunctions", "stops"}:
            return first - 1
        j -= 1
        if self.toks[j].text == ",":
            j -= 1
        other = self.q_cover.get(j)
        if other is None or other.first < 1 or "negation" not in self.ends[other.first - 1]:
            return first - 1
        return other.first - 2

    def before(self, q: Quantity) -> tuple[str, int] | None | Literal[False]:
        """A casualty word shortly before the number ("погибли 12", "toll rose to 1,651").
        False when a hedge or a negation stands in between (not a count).

        The verb may stand a phrase or two away ("эвакуировали из подтопленных домов 27
        человек", "evacuated overnight from the low-lying districts 300 residents"), a
        phrase whose own words may describe harm ("transportați la spital cu arsuri 5
        oameni": taken to hospital, the burns only say why); when no verb stands before
        such phrases, the nearer reading holds."""
        if self._age_of_subject(q):
            return None
        head = self.heads.get(q.first)
        if head is not None and head.get("kind") == "group":  # (a bare number so far off: a label)
            wide = self._before(q, True)
            if isinstance(wide, tuple):
                return None if self._one_after_counted_only(q, wide) else wide
        found = self._before(q, False)
        if found is None and head is not None and head.get("group") == "people" and not q.article:
            return self._dash_apposition(q)
        return None if isinstance(found, tuple) and self._one_after_counted_only(q, found) else found

    def _dash_apposition(self, q: Quantity) -> tuple[str, int] | None:
        """A count of people after a dash that says how many were those a casualty word named
        without a count just before it ("evacuated the residents of two streets - about 400
        people", "жителей соседних улиц выводят из домов - по оценке, около 200 человек"): the
        casualty word and where it starts, None otherwise."""
        toks, sid = self.toks, self.sent[q.first]
        dash = next(
            (j for j in range(q.first - 1, max(q.first - 7, -1), -1) if toks[j].text == "-"),
            None,
        )
        if dash is None or any(
            self.sent[j] != sid or j in self.live or self.ends[j].keys() & _NOT_IN_APPOSITION
            for j in range(dash + 1, q.first)
        ):
            return None
        measure: tuple[str, int] | None = None
        named = False  # the people themselves, told by a noun with no count of its own
        for j in range(dash - 1, max(dash - 15, -1), -1):
            if self.sent[j] != sid or toks[j].text in ("-", ":"):
                break
            ends = self.ends[j]
            if ends.keys() & _NOT_IN_APPOSITION - {"measure", "weak"}:
                return None
            if j in self.q_cover:
                head = self.heads.get(self.q_cover[j].first)
                if head is not None and head["kind"] != "thing":
                    return None  # ("эвакуировали 300 жителей - около 300 человек": counted already)
            if ends.keys() & {"group", "qualified"}:
                named = True
            if "measure" in ends and measure is None:
                measure = ends["measure"][0], j - ends["measure"][1] + 1
            if measure and named:
                return measure if measure[0] not in _NOT_PEOPLE else None
        return None

    def _one_after_counted_only(self, q: Quantity, found: tuple[str, int]) -> bool:
        """One person after a verb that counts only numbers ("pulled an injured woman behind the
        counter"): one helped, no count of the rescued."""
        return q.article and self.has(found[1], "counted_only")

    def _age_listed(self, k: int) -> bool:
        """The number at k is one of the ages a word of age opens ("aged 34 and 41", "ages 19,
        20 and 22", "в возрасте 19 и 20 лет"), read back over the numbers, commas and "and"s
        of its list."""
        sid = self.sent[k]
        j = k - 1
        for _ in range(12):
            if j < 0 or self.sent[j] != sid:
                return False
            if "ages_of" in self.ends[j]:
                return True
            tok = self.toks[j]
            if not (tok.is_num or tok.text in (",", "-", "–") or "conjunctions" in self.ends[j]):
                return False
            j -= 1
        return False

    def _age_of_noun(self, q: Quantity) -> bool:
        """The number opens a list of ages closed by a word of years, right after a noun of people
        ("двое мужчин 34 и 41 года", "doi bărbați de 34 și 41 de ani"): ages, no count."""
        k = q.first - 1
        if self.has(k, "links") and self.toks[k].text.lower() == "de":
            k -= 1
        if k < 0 or self.sent[k] != self.sent[q.first] or not self.ends[k].keys() & {"group", "qualified"}:
            return False
        return self._age_after(k + 1) > 0

    def _age_of_subject(self, q: Quantity) -> bool:
        """A bare number said of one described by a clause of its fate: an age, no count
        ("The sailor who died | was | 34", "the man who was killed was 52, police said")."""
        toks, n, k = self.toks, len(self.toks), q.first
        if q.last < n and toks[q.last].is_word or k < 3 or "aux" not in self.ends[k - 1]:
            return False
        end = k - self.ends[k - 1]["aux"][1]  # the word before the copula
        if end < 1 or "measure" not in self.ends[end - 1]:
            return False
        at = end - self.ends[end - 1]["measure"][1]
        rel = next((j for j in range(at - 1, max(0, at - 3) - 1, -1) if self.has(j, "relative")), None)
        if rel is None or rel < 1 or not toks[rel - 1].is_word or self.has(rel - 1, "pronouns"):
            return False  # ("those who died were 12")
        # a toll before it is counted ("the number of people who died was 34")
        sid = self.sent[k]
        return not any(
            self.has(j, "toll_noun") or self.has(j, "toll_of") for j in range(rel) if self.sent[j] == sid
        )

    def _before(self, q: Quantity, wide: bool) -> tuple[str, int] | None | Literal[False]:
        k = self._past_correction(q.first)
        names = 0
        steps = 0
        # "salvați de pe acoperișuri 13 persoane": a place phrase may stand between (three when wide)
        places = 3 if wide else 1
        adverbs = 1  # "evacuate preventiv 200 de persoane": one word may follow the verb
        risen = 5 if "rise" in self.starts[q.first] else 0  # after "rose to", "a crescut la"
        if (rise := self._rise_across_comma(q)) is not None:
            k, risen = rise, 20  # "the toll has risen, officials said, to 12": the verb before an aside
        if (
            k >= 1
            and "agent" in self.ends[k]
            and self.ends[k - self.ends[k]["agent"][1]].keys() & {"measure", "weak"}
        ):
            return None  # "lovit de un bărbat", "killed by a sniper": the doer, not the victim
        while k >= 0 and self.sent[k] == self.sent[q.first] and steps < 7 + risen:
            tok = self.toks[k]
            ends = self.ends[k]
            if "modal" in ends or "negation" in ends:
                return False
            if wide and places and tok.is_word and (phrase := self._harm_phrase(k)) is not None:
                places -= 1  # "cu arsuri", "из подтопленных домов": why, not the verb; read on
                steps += 1
                k = phrase
                continue
            if "rise" in ends and not risen:
                # "the toll given by ... in the north-west stands at 1,444": a verb that sets a
                # toll right before its number reaches back to the toll however long its subject
                risen = 20 if k >= q.first - 3 and names == 0 else 5
            if risen > 5 and steps > 10 and "stops" in ends:
                return None
            for strength in ("measure", "weak"):
                if strength in ends:
                    at = k - ends[strength][1] + 1
                    noun_of = at - 2 if at >= 2 and "links" in self.ends[at - 1] else at - 1
                    # "printre cei 28 de răniți se numără trei copii": part of a set named with its count
                    of_set = (
                        noun_of >= 0
                        and noun_of in self.q_cover
                        and any(
                            self.has(j, "among") for j in range(max(0, self.q_cover[noun_of].first - 2), at)
                        )
                    )
                    if (
                        noun_of >= 0
                        and noun_of in self.q_cover
                        and self.sent[noun_of] == self.sent[at]  # (not a headline's count above)
                        and q.first - at > 1
                        and not of_set
                        and not (self.q_cover[noun_of].article and self.has(at, "toll_noun"))
                    ):
                        return None  # "2.379 de morți și 14.483": the noun of the count before
                    for j in (at - 1, at - 2):
                        if j < 0 or self.toks[j].text in _CLAUSE_MARKS:
                            break  # "Погибших нет, ранены двое": the negation ends at the comma
                        if self.sent[j] == self.sent[at] and self.ends[j].keys() & {"modal", "negation"}:
                            return False
                    here = self.toks[at].start
                    if (
                        not risen
                        and not of_set
                        and any(f.q.first < at and f.start <= here < f.end for f in self.found)
                    ):
                        return None  # "восемь из них госпитализированы, трое — в реанимации": their verb
                    grave = self.ends[at - 1].get("measure") if at >= 1 else None
                    if ends[strength][0] == "injured" and grave and grave[0] == "critical":
                        return "critical", at - grave[1]  # "the number of seriously injured fell to 15"
                    return ends[strength][0], at
            if k in self.q_cover:
                other = self.q_cover[k]
                if other.first in self.deltas:
                    back = self.ends[other.first - 1]
                    k = other.first - 1 - (back.get("delta") or back["from_value"])[1]
                    steps += 1
                    continue
                if risen > 5 and other.first not in self.live:
                    k = other.first - 1  # "in the three provinces": no count, read on
                    steps += 1
                    continue
                if other.first >= 1 and self.toks[other.first - 1].text in _NUMBER_SIGNS:
                    k = other.first - 2  # "в больнице № 2 остаются 11": a number that names, read on
                    continue
                return None
            if tok.text in _QUOTES or tok.text in ("-", ":"):
                k -= 1
                continue
            link = ends.get("bridge") or ends.get("aux") or ends.get("links") or ends.get("more")
            if link:  # "a rănit alți 40", "ранены еще 12"
                k -= link[1]
                steps += 1
                continue
            if self._is_name(k) and names < 2 + risen:
                names += 1
                k -= 1
                continue
            if tok.text == "," and names and k >= 1 and self._is_name(k - 1):
                names -= 1  # "în spitalele din Brașov, Sibiu și Iași se află 17": a list of names
                k -= 1
                continue
            if tok.text == "," and (opening := self._aside_before(k)) is not None:
                k = opening - 1  # "В реанимации, по данным ведомств, трое": an aside between commas
                steps += 1
                continue
            if (
                adverbs
                and 1 <= k
                and (k == q.first - 1 and not q.article or wide and not self._is_name(k))
                and tok.is_word
                and not ends
                and "measure" in self.ends[k - 1]
                and not self._title(k)
            ):
                adverbs -= 1
                k -= 1
                continue
            if (
                self.code == "ru"
                and adverbs
                and tok.is_word
                and not ends
                and k >= 1
                and "measure" in self.ends[k - 1]
                and {"NOUN", "gent"} <= numbers.ru_parse(tok.text)[1]
            ):
                adverbs -= 1  # "жертвами нападения стали четыре человека": whose victims
                k -= 1
                continue
            phrase = self._place_phrase(k, wide) if places and tok.is_word else None
            if phrase is not None:
                places -= 1
                steps += 1
                k = phrase
                continue
            if risen and (tok.is_word or tok.text == ","):
                steps += 1
                k -= 1
                continue
            if tok.is_word and not ends and k >= 1 and "rise" in self.ends[k - 1]:
                k -= 1  # "a urcat astfel la trei", "rose again to 12": an adverb after the verb
                continue
            return None
        return None

    def _rise_across_comma(self, q: Quantity) -> int | None:
        """The verb that sets a toll, before a comma that parts it from "to"/"la"/"до" and the
        number ("has risen, officials said, to 12", "rămâne neschimbat, la nouă", "возросло, по
        данным МЧС, до девяти"): its index, None otherwise."""
        toks, sid = self.toks, self.sent[q.first]
        p = q.first - 1
        if p < 1 or "toll_value" not in self.ends[p] or toks[p - 1].text != "," or self.sent[p - 1] != sid:
            return None
        for k in range(p - 2, max(p - 11, -1), -1):
            if self.sent[k] != sid or k in self.q_cover or toks[k].text in _SENTENCE_END:
                return None
            if "rise" in self.ends[k]:
                return k
        return None

    def _aside_before(self, comma: int) -> int | None:
        """The comma opening a short aside that ends at ``comma`` (no count, no casualty word
        in it, a casualty word just before it): its index, None otherwise."""
        sid = self.sent[comma]
        for j in range(comma - 1, max(comma - 7, -1), -1):
            if self.sent[j] != sid or j in self.live or self.ends[j].keys() & {"measure", "weak"}:
                return None
            if self.toks[j].text == ",":
                return j if j < comma - 1 and j >= 1 and "measure" in self.ends[j - 1] else None
        return None

    def _harm_phrase(self, k: int) -> int | None:
        """Token k ends a phrase after a preposition that a verb before it reads past: its
        words may name harm after the preposition ("cu arsuri", "из подтопленных домов",
        "with burns"), but the preposition may not open a casualty phrase itself ("в
        больницы", "la spital"). The index before the preposition, None otherwise."""
        before = self._place_phrase(k, True)
        if before is None:
            return None
        inner = [
            j - self.ends[j][kind][1] + 1
            for j in range(before + 1, k + 1)
            for kind in ("measure", "weak")
            if kind in self.ends[j]
        ]
        if self.code == "ru" and any(
            numbers.ru_parse(self.toks[j].text)[1] & {"VERB", "PRTS"} for j in range(before + 1, k + 1)
        ):
            return None  # "из Херсона эвакуировали 27": the verb itself, no phrase before it
        return before if not inner or min(inner) > before + 1 else None

    def _place_phrase(self, k: int, wide: bool = False) -> int | None:
        """Token k ends a short phrase after a preposition ("de pe acoperișuri",
        "from the roofs"): the index before the preposition, None otherwise. When wide, the
        phrase may hold four words ("in the overnight drone attack") and its words may name harm ("из подтопленных домов",
        "cu arsuri", "with burns")."""
        for j in range(k, k - (5 if wide else 3), -1):
            if j < 0 or self.sent[j] != self.sent[k] or not self.toks[j].is_word:
                return None
            if j in self.q_cover and not self.q_cover[j].article:  # "de pe un bloc"
                return None
            ends = self.ends[j]
            if j < k and ("prepositions" in ends or "agent" in ends):
                return j - max(ends[kind][1] for kind in ("prepositions", "agent") if kind in ends)
            if (ends.keys() & _NOT_IN_PHRASE) if wide else not ends.keys() <= _PHRASE_WORDS:
                return None
        return None

    # -- a casualty word after the noun --------------------------------
    def after(self, q: Quantity, start: int, bare: bool) -> tuple[str, int, int] | None | Literal[False]:
        """The first casualty word after the noun in the same clause:
        (measure, start, end); False when hedged or negated; None when none."""
        toks, n = self.toks, len(self.toks)
        k = start
        words = 0
        window = _BARE_WINDOW if bare else _FORWARD_WINDOW
        if not bare and k < n and self.has(k, "relative"):
            window += 8  # "a woman who had been on a ventilator at the ... hospital died": a clause runs long
        weak: tuple[str, int, int] | None = None
        hedged = False
        believed = False
        negated_at = -10
        # "din zonele afectate", "from the affected areas", "lucrează în zonele afectate":
        # "affected" names the places, not the counted
        place_at = -10
        present = False
        present_end = -1
        inner: tuple[str, int, int] | None = None  # what an aside between commas says befell them
        sid = self.sent[q.first]
        while k < n and self.sent[k] == sid and words < window:
            tok = toks[k]
            marks = self.starts[k]
            if "ages_of" in marks and (age := self._age_after(k)):
                k = age  # "Two men aged 34 and 41 were arrested": their ages, told between
                continue
            if k == start and not bare and (age := self._age_after(k)):
                k = age  # "Двое мужчин 34 и 41 года задержаны", "doi bărbați de 34 și 41 de ani"
                continue
            if tok.text == ",":
                skip = self._parenthesis(k)
                if skip:
                    if (
                        k == start
                        and (self.heads.get(q.first) or {}).get("kind") in ("bare", "partitive")
                        and (who := self._described_aside(k, skip))
                    ):
                        # "Two of them, a 14-year-old boy and a woman, died": who they are
                        self.aside_groups[q.first] = who
                        self.asides.update(range(k, skip))
                    k = skip
                    continue
                if inner is None and not bare and (hurt := self._hurt_aside(k)):
                    inner, k = hurt  # "un protestatar, lovit la cap, a fost internat": read on to the verb
                    continue
                if self._has_before(q, "among", 2):
                    break  # "moved 46 patients, including nine babies, to hospitals": the aside ends here
                nxt = k + 1
                if not bare and self.has(nxt, "partitive") and self._part_told(nxt):
                    break  # "40 patients were flown out, including several from intensive care": a part
                said = self.starts[nxt].get("measure") if nxt < n and not bare else None
                if said and said[0] == "missing" and self.has(nxt + said[1], "pronouns"):
                    k = nxt  # "21 miners remain below, contact with them is lost": what befell them
                    continue
                new_count = nxt in self.live or (
                    nxt + 1 < n and nxt + 1 in self.live and self.has(nxt, "conjunctions")
                )
                if nxt >= n or new_count or self._nounlike(nxt) or self.has(nxt, "stops") or bare:
                    break
                if (
                    self.has(nxt, "conjunctions")
                    and nxt + 1 < n
                    and toks[nxt + 1].is_word
                    and (
                        self.starts[nxt + 1].keys() & {"determiners", "articles"}
                        or (self.has(nxt + 1, "pronouns") and not self.has(nxt + 1, "relative"))
                    )
                ):
                    break  # "two patients were reclassified, and the number of seriously injured fell": a new clause
                if (
                    self.has(nxt, "pronouns")
                    and not self.has(nxt, "relative")
                    and toks[nxt].is_word
                    and any(
                        "measure" in self.ends[j] and self.sent[j] == sid
                        for j in range(max(q.first - 3, 0), q.first)
                    )
                ):
                    break  # "пострадал 1 человек, он госпитализирован": the count has its verb; a new clause tells what came next
                k += 1
                continue
            if tok.text == ":" or (tok.text == "-" and self._after_dash(q)):
                break  # (" - trei bărbați și două femei - ": an aside between dashes ends at the second)
            if tok.text == "-" and k == start and not bare and (past := self._dash_aside(k)):
                self.asides.update(range(k, past))  # the counts inside name the same people
                k = past  # "Două cadre medicale – un medic și o asistentă – au suferit arsuri"
                continue
            if k in self.q_at and k not in self.live:
                k = self.q_at[k].last
                continue
            if k in self.q_at and self.q_at[k].article and self.has(k - 1, "prepositions"):
                k += 1  # "in a serious condition", "at a hospital": an article, no new count
                continue
            if k in self.q_at and self.q_at[k].value == 1 and self._member_of(k - 1):
                k = self.q_at[k].last  # "three members of one family were hospitalized"
                continue
            if k in self.q_at and k != q.first:
                prev = k - 1
                if not (
                    self.has(prev, "conjunctions")
                    or self.has(prev, "partitive")
                    or toks[prev].text == ","
                    or (self._place_before(prev) and (self.heads.get(k) or {}).get("kind") == "thing")
                ):
                    break
                k = self.q_at[k].last  # (and "din cinci gospodării": where they are from, read past it)
                continue
            if ("stops" in marks and marks.get("measure", (None, 0))[1] <= marks["stops"][1]) or (
                k > start and toks[k - 1].text == "," and self._new_subject(k)
            ):
                break  # (not "told to leave": a measure of its own)
            if "modal" in marks:
                if "presumed" in marks:
                    believed = True  # "feared trapped": the missing are missing on belief alone
                else:
                    hedged = True
            if "negation" in marks and marks.get("measure", (None, 0))[1] <= marks["negation"][1]:
                negated_at = words  # (not "without power", "fără adăpost": a measure of its own)
            if "prepositions" in marks:
                place_at = k
            if "presence" in marks and marks.get("measure", (None, 0))[1] <= marks["presence"][1]:
                present = True  # (not "rămas captivi": a longer measure starting here says more)
                present_end = k + marks["presence"][1]
            if (
                "measure" in marks
                and marks["measure"][0] in ("affected", "destroyed")
                # "remain without power", "rămân izolați": the state of those counted
                and ((present and k != present_end) or k - place_at <= 3 or self._attributive(k))
            ):
                k += marks["measure"][1]
                continue
            if (
                "measure" in marks
                and k > start
                and not self.lex.adjective_skip  # (a participle that follows its noun)
                and "thing" in self.ends[k - 1]
                and "munition" not in self.ends[k - 1]
            ):
                k += marks["measure"][1]  # "locatarii blocului lovit": what befell the building, not them
                continue
            if (
                "measure" in marks
                and (nxt := k + marks["measure"][1]) < n
                and self.sent[nxt] == sid
                and "thing" in self.starts[nxt]
                and "munition" not in self.starts[nxt]
                and self._attributive(k)
            ):
                k = nxt  # "жильцов пострадавшего дома": a participle that tells what befell the house
                continue
            if "measure" in marks and marks["measure"][0] == "present" and "carrying" in marks:
                # "two officers carrying shields were hurt": what they carry, not where they were
                k += marks["measure"][1]
                continue
            if "measure" in marks and marks["measure"][0] in _HURT and self._beside_before(k):
                break  # "stayed beside the wounded", "lângă răniți": by them, not of them; the clause has its verb
            if "measure" in marks:
                size = marks["measure"][1]
                if hedged or (words - negated_at <= 3 and q.value != 0):
                    return False
                if believed and (
                    marks["measure"][0] not in ("missing", "killed") or (q.vague and q.high is None)
                ):
                    return False  # ("many more feared trapped": too vague to count; "feared dead": a toll all the same)
                # an active verb with its own object: "au ucis 5 protestatari"
                obj = k + size
                if (
                    obj < n
                    and self.sent[obj] == sid
                    and (obj in self.q_at or "group" in self.starts[obj] or self._age_word(obj))
                ):
                    if not (self.code == "ru" and "ablt" in numbers.ru_parse(toks[obj].text)[1]):
                        return None  # (not "ликвидированы бойцами спецназа": the doers, instrumental)
                if marks["measure"][0] == "present" and (then := self._fate_after(obj)):
                    return then  # "five of the six passengers on the flight died": where they were, then what befell them
                if marks["measure"][0] == "hospitalized" and (crit := self._critical_after(obj)):
                    return (
                        "critical",
                        k,
                        crit,
                    )  # "internat la Terapie Intensivă", "госпитализирован в реанимацию"
                return marks["measure"][0], k, k + size
            # (not "a woman who lives on the third floor": a verb after a relative pronoun)
            if (
                "weak" in marks
                and weak is None
                and "owner_place" not in marks
                and not self._from_before(k)
                and not self.has(k - 1, "relative")
            ):
                weak = (marks["weak"][0], k, k + marks["weak"][1])
            if tok.is_word:
                words += 1
            k += max(1, max((v[1] for v in marks.values()), default=1))
        if inner and not hedged:
            return inner
        if weak and not hedged:
            return weak
        return None

    def _died_after(self) -> None:
        """One person told hurt, then dead by the verb of the same clause ("a woman who had been
        wounded in the strike died overnight", "un bărbat, adus în stare critică, a murit"): one dead,
        the state before is no figure of its own."""
        toks, n = self.toks, len(self.toks)
        for f in list(self.found):
            if (
                f.q.low != 1
                or f.q.high != 1
                or f.subset
                or f.measure not in ("injured", "critical", "hospitalized")
            ):
                continue
            sid = self.sent[f.q.first]
            k = max(f.last, f.q.last)
            while k < n and self.sent[k] == sid and k - f.last < 14:
                if "death_verb" in self.starts[k]:
                    if any(g.measure == "killed" and self.sent[g.q.first] == sid for g in self.found):
                        self.found.remove(f)
                    else:
                        f.measure = "killed"
                        f.end = toks[k + self.starts[k]["death_verb"][1] - 1].end
                    break
                if (
                    k in self.live
                    or toks[k].text in (";", ":")
                    or self.starts[k].keys() & {"conjunctions", "stops", "group"}
                ):
                    break  # another count, clause or person: "a man was injured and his wife died"
                k += 1

    def _speaker(self, q: Quantity, k: int) -> bool:
        """A count of a set ("one of them", "one of the doctors") is who speaks, not one counted: a
        speech verb follows once the set is read, or stands just before it and the clause ends there
        ("a declarat unul dintre ei.", "сообщил один из них.")."""
        toks, n = self.toks, len(self.toks)
        before = (
            q.first > 0
            and self.sent[q.first - 1] == self.sent[q.first]
            and "speech" in self.ends[q.first - 1]
        )
        if k < 1 or self.sent[min(k, n - 1)] != self.sent[k - 1] or k >= n:
            return before  # the sentence ends with the set
        for _ in range(6):
            if k >= n or not toks[k].is_word:
                return before and (k >= n or toks[k].text in _CLAUSE_MARKS or toks[k].text in _SENTENCE_END)
            marks = self.starts[k]
            if "speech" in marks:
                return True
            if marks.keys() & {"measure", "weak", "negation", "modal"}:
                return False
            step = max(
                (
                    marks[m][1]
                    for m in (
                        "partitive",
                        "origin",
                        "set_of",
                        "articles",
                        "possessives",
                        "group",
                        "qualified",
                    )
                    if m in marks
                ),
                default=0,
            )
            if not step:
                return False
            k += step
        return False

    def _fate_after(self, k: int) -> tuple[str, int, int] | None:
        """A casualty word right after a place on board ("on the flight died", "на борту погибли"),
        past auxiliaries only: (measure, start, end) or None."""
        toks, n = self.toks, len(self.toks)
        for _ in range(4):
            if k >= n or self.sent[k] != self.sent[k - 1] or not toks[k].is_word:
                return None
            marks = self.starts[k]
            if "measure" in marks and marks["measure"][0] in (*_HURT, "missing", "evacuated"):
                return marks["measure"][0], k, k + marks["measure"][1]
            if "aux" not in marks:
                return None
            k += marks["aux"][1]
        return None

    def _part_told(self, k: int) -> bool:
        """The aside that opens at k with "including", "among them" says what befell its part
        (a casualty word before its closing comma) or runs to the sentence's end."""
        toks, n, sid = self.toks, len(self.toks), self.sent[k]
        while k < n and self.sent[k] == sid:
            if toks[k].text == ",":
                return False
            if "measure" in self.starts[k]:
                return True
            k += 1
        return True

    def _dash_aside(self, dash: int) -> int | None:
        """The index past the closing dash of a short aside that opens at ``dash`` and names the
        counted one by one, with no word of what befell them; None otherwise."""
        toks, n, sid = self.toks, len(self.toks), self.sent[dash]
        if dash + 1 >= n or not (dash + 1 in self.q_at or self._group_at(dash + 1, n)[0]):
            return None  # ("6 из них — на месте, двое — в больнице": where, not who)
        for j in range(dash + 1, min(dash + 10, n)):
            if self.sent[j] != sid or self.starts[j].keys() & {
                "measure",
                "weak",
                "stops",
                "modal",
                "negation",
            }:
                return None
            if toks[j].text == "-":
                return j + 1 if j > dash + 1 else None
        return None

    def _after_dash(self, q: Quantity) -> bool:
        """The quantity stands a few words after a dash of its sentence, no other dash between
        ("decedați - trei bărbați și două femei - ")."""
        sid = self.sent[q.first]
        for j in range(q.first - 1, max(q.first - 6, 0) - 1, -1):
            if self.sent[j] != sid or "measure" in self.starts[j]:
                return False
            if self.toks[j].text == "-":
                return True
        return False

    def _new_subject(self, k: int) -> bool:
        """A conjunction after a comma with a group noun of its own: "120 de pompieri, polițiști și
        paramedici, iar ultimii pasageri au fost scoși" opens a clause about others."""
        n = len(self.toks)
        return self.has(k, "conjunctions") and any(
            "group" in self.starts[j] for j in range(k + 1, min(k + 3, n))
        )

    def _copula_group(self, k: int) -> str | None:
        """The group a set named by a casualty noun is said to be: "victime | sunt copii",
        "the victims | are children", "пострадавших | — дети"."""
        toks, n = self.toks, len(self.toks)
        marks = self.starts[k] if k < n else {}
        if "measure" not in marks:
            return None
        j = k + marks["measure"][1]
        if j < n and (toks[j].text == "-" or self.has(j, "aux")) and self.sent[j] == self.sent[k]:
            j += 1 if toks[j].text == "-" else self.starts[j]["aux"][1]
            if j < n and self.sent[j] == self.sent[k] and j not in self.q_cover:
                return self._group_at(j, n)[0]
        return None

    def _number_put_at(self, q: Quantity) -> _Found | None:
        """A number a verb puts a bare "number"/"figure" at ("Czech Television puts the number at
        seven", "local media put the figure at six", "СМИ оценивают их число в семь"): another
        account of the last whole toll the entry told, of its measure and group."""
        toks, sid = self.toks, self.sent[q.first]
        p = q.first - 1
        if p < 2 or "toll_value" not in self.ends[p] or self.sent[p - 1] != sid:
            return None
        noun = p - 1
        if not self.ends[noun].keys() & {"toll_of", "tally"}:
            return None
        if noun + 1 < len(toks) and "toll_of" in self.starts[noun + 1]:
            return None
        at = noun - max(self.ends[noun][kind][1] for kind in ("toll_of", "tally") if kind in self.ends[noun])
        if not any(
            "rise" in self.ends[j] for j in range(max(at - 2, 0), at + 1) if self.sent[j] == sid and j >= 0
        ):
            return None
        for f in reversed(self.found):
            if f.q.first < q.first and not f.subset and not f.hidden and f.measure in _HURT:
                return f
        return None

    def _part_said_to_be(self, end: int) -> str | None:
        """A part said by a copula to be of a group, the group ending its clause ("seven of whom
        were civilians", "dintre care trei erau polițiști", "трое из них были полицейскими")."""
        toks, n = self.toks, len(self.toks)
        j = end
        if j >= n or "aux" not in self.starts[j] or self.sent[j] != self.sent[end - 1]:
            return None
        j += self.starts[j]["aux"][1]
        if j >= n or self.sent[j] != self.sent[end - 1] or j in self.q_cover:
            return None
        group, size = self._group_at(j, n)
        k = j + size
        if not group or (
            k < n and self.sent[k] == self.sent[j] and toks[k].text not in (*_CLAUSE_MARKS, *_SENTENCE_END)
        ):
            return None  # ("three of them were police officers on patrol": read no further)
        return group

    def _hurt_aside(self, comma: int) -> tuple[tuple[str, int, int], int] | None:
        """ ", lovit la cap,", ", injured in the blast,": a short aside between commas that says
        what befell those counted, no other count in it; (its measure, start, end) and the index
        past the closing comma."""
        toks, n, sid = self.toks, len(self.toks), self.sent[comma]
        found: tuple[str, int, int] | None = None
        for k in range(comma + 1, min(comma + 8, n)):
            marks = self.starts[k]
            if self.sent[k] != sid or k in self.live or marks.keys() & {"stops", "modal", "negation"}:
                return None
            if toks[k].text == ",":
                return (found, k + 1) if found else None
            if "measure" in marks and found is None:
                if marks["measure"][0] not in ("injured", "casualties"):
                    return None
                found = (marks["measure"][0], k, k + marks["measure"][1])
        return None

    def _critical_after(self, k: int) -> int | None:
        """The end of an intensive-care word right after a hospital word, over a preposition
        ("internat la ATI", "admitted to intensive care"); None when there is none."""
        n = len(self.toks)
        for j in range(k, min(k + 3, n)):
            marks = self.starts[j]
            if marks.get("measure", ("",))[0] == "critical" and self.sent[j] == self.sent[k - 1]:
                return j + marks["measure"][1]
            if "prepositions" not in marks and "articles" not in marks and not self.has(j, "determiners"):
                return None
        return None

    def _place_before(self, j: int) -> bool:
        """Token j is a preposition, or an article right after one ("din cele două blocuri", "from
        the two buildings"): the number after it counts where they are from."""
        if j >= 1 and self.has(j, "articles") and self.sent[j - 1] == self.sent[j]:
            j -= 1
        return self.has(j, "prepositions")

    def _attributive(self, k: int) -> bool:
        """A full participle ("жителей поврежденных домов"): it describes a noun, not the count."""
        return self.code == "ru" and "PRTF" in numbers.ru_parse(self.toks[k].text)[1]

    def _described_aside(self, comma: int, past: int) -> str | None:
        """The one group of the persons an aside between commas names, each with an article or a
        number ("a 14-year-old boy and a woman in her thirties"); None otherwise."""
        toks = self.toks
        first = comma + 1
        if first >= past or not (first in self.q_at and self.q_at[first].value in (1, 2, 3, 4, 5)):
            return None
        groups = set()
        for k in range(first, past - 1):
            if "group" in self.starts[k] and (group := self._group_at(k, len(toks))[0]):
                groups.add(self._regroup("killed one", group))
        if len(groups) != 1:
            return None
        group = groups.pop()
        return group if group in ("civilians", "security", "medics", "journalists") else None

    def _parenthesis(self, comma: int) -> int | None:
        """After a comma: the index past a closing comma when what stands
        between holds no casualty word ("500 civilians, including 130 women,
        were beaten"); None otherwise."""
        toks, n = self.toks, len(self.toks)
        sid = self.sent[comma]
        # a relative clause may run longer: ", care făcea parte din primul echipaj ajuns la stație,"
        # (an age and a home town: ", un bărbat de 54 de ani din județul Dolj,")
        reach = 20 if comma + 1 < n and "relative" in self.starts[comma + 1] else 16
        of_set = False  # ", rudă a unuia dintre minerii decedați,": a word after "of them" tells of others
        for k in range(comma + 1, min(comma + reach, n)):
            if self.sent[k] != sid:
                return None
            marks = self.starts[k]
            if "partitive" in marks and k > comma + 1:
                # a set named after it ("dintre minerii"), not "of them" (those counted)
                after_of = k + marks["partitive"][1]
                of_set = after_of < n and self._group_at(after_of, n)[0] is not None
            if ("measure" in marks and not of_set) or "stops" in marks:
                return None
            if toks[k].text == ",":
                return k + 1 if k > comma + 1 else None
        return None

    def presence(self, q: Quantity, start: int) -> tuple[str, int] | None:
        """A word that puts the counted people or things on the scene."""
        lo = q.first - 4
        hi = start + 8
        aside = start
        if start < len(self.toks) and self.toks[start].text == ",":
            aside = self._parenthesis(start) or start  # "sute de oameni, mulți cu steaguri, stau"
            hi += aside - start
        hi += self._bracketed(start, hi)
        sid = self.sent[q.first]
        comma = False  # a comma passed after the noun: a hedge past it is another clause's
        for k in list(range(start, min(hi, len(self.toks)))) + list(range(q.first - 1, max(lo, 0) - 1, -1)):
            if self.sent[k] != sid:
                continue
            if start < k < aside:
                continue
            if k >= aside and self.toks[k].text == ",":
                comma = True
            if k >= start and k in self.live:
                if k == start + 1 and "conjunctions" in self.starts[start]:
                    hi += 4  # "120 de pompieri și 35 de autospeciale au luptat": one verb for both
                    continue
                hi = k  # "112 человек, 84 из них удалось выйти": the verb of the next count
            if k >= hi:
                continue
            if "presence" in self.starts[k]:
                who = self.starts[k]["presence"][0]
                if who == "protesters" and self.code == "en" and k > start and self._put_there(k):
                    who = "people"  # "line workers were staged to start repairs": put there, no protest
                return who, k
            if "modal" in self.starts[k] and k >= start:
                if not comma:
                    return None
                hi = k  # "s-au strâns peste o mie de oameni, în timp ce Jandarmeria estimează ..."
        return None

    def _bracketed(self, start: int, hi: int) -> int:
        """How many tokens from start to hi stand in brackets ("of the Military Emergencies Unit
        (UME) were deployed"): an aside the reach to the verb does not count."""
        toks, n, extra, k = self.toks, len(self.toks), 0, start
        while k < min(hi + extra, n):
            if toks[k].text == "(":
                close = next((j for j in range(k + 1, min(k + 8, n)) if toks[j].text == ")"), None)
                if close is not None:
                    extra += close - k + 1
                    k = close
            k += 1
        return extra

    def _mentioned_group(self, q: Quantity) -> str | None:
        """ "... said the officers had been attacked, and that two of them ...": the group noun
        a pronoun points back to, when no count of the sentence names one."""
        sid = self.sent[q.first]
        sids = {sid}
        if q.first == bisect_left(self.sent, sid) and sid > 0:
            # "Three gunmen barricaded themselves in a house. One of them was wounded.": the sentence
            # opens with the count, them are named in the sentence before
            sids.add(sid - 1)
        if any(self.sent[f.q.first] in sids and f.q.first < q.first for f in self.found):
            return None
        for k in range(q.first - 1, -1, -1):
            if self.sent[k] not in sids:
                return None
            if "group" in self.starts[k] and k not in self.q_cover and not self._agent_before(k):
                if self.sent[k] != sid and not (
                    k >= 1 and self.sent[k - 1] == self.sent[k] and k - 1 in self.q_cover
                ):
                    continue  # in the sentence before, only a counted group ("Three gunmen"; not "told reporters")
                return self.starts[k]["group"][0]
        return None

    def _agent_before(self, k: int) -> bool:
        return k > 0 and "agent" in self.ends[k - 1]

    def _previous_group(self, q: Quantity, same_sentence: bool = False, whole: bool = False) -> str | None:
        """The group of an earlier figure (``whole``: not a subset like "including 2 children")."""
        sid = self.sent[q.first]
        sids = {sid}
        if same_sentence:
            opening = bisect_left(self.sent, sid)  # "186 de mineri se aflau în subteran; 176 au fost scoși"
            if opening > 0 and self.toks[opening - 1].text == ";":
                sids.add(sid - 1)
        for f in reversed(self.found):
            if same_sentence and (self.sent[f.q.first] not in sids or f.subset):
                continue
            if whole and f.subset:
                continue
            if f.q.first < q.first and f.measure not in ("shots", "price"):
                if f.measure == "present" and (f.group in self.lex.things or f.q.vague):
                    continue  # ("186 de mineri se aflau în subteran; 176 au fost scoși": the same men)
                return f.group
        return None

    def _age_word(self, k: int) -> bool:
        """An age made one word with a dash at k ("17-year-old"): a person named by age."""
        toks = self.toks
        return k + 2 < len(toks) and toks[k].is_num and toks[k + 1].text == "-" and self.has(k + 2, "years")

    def _told_before(self, q: Quantity, measure: str) -> bool:
        """An earlier count of the sentence is of ``measure``."""
        sid = self.sent[q.first]
        return any(
            f.measure == measure and f.q.first < q.first and self.sent[f.q.first] == sid for f in self.found
        )

    def _partitive_before(self, q: Quantity) -> bool:
        k = q.first - 1
        while k >= 0 and self.toks[k].text in (",", "-", ":"):
            k -= 1
        return k >= 0 and "partitive" in self.ends[k]

    def _conj_before(self, q: Quantity) -> bool:
        k = q.first - 1
        steps = 0
        while k >= 0 and steps < 2:
            if "conjunctions" in self.ends[k]:
                return True
            if self.toks[k].text != ",":
                steps += 1
            k -= 1
        return False

    def _has_before(self, q: Quantity, kind: str, reach: int = 2) -> bool:
        """A word of ``kind`` ends within ``reach`` tokens before the quantity."""
        for k in range(q.first - 1, max(q.first - 1 - reach, -1), -1):
            if kind in self.ends[k]:
                return True
            if self.toks[k].text not in (",", "-", ":"):
                if self.toks[k].is_word and not self.ends[k]:
                    return False
        return False

    def _people_set_at(self, k: int) -> bool:
        """A number of people named by their group starts at ``k`` ("шести нападавших", "the six
        attackers"): after "five of", it names the set the five are taken from."""
        if self.has(k, "articles"):
            k += self.starts[k]["articles"][1]
        set_q = self.q_at.get(k)
        if set_q is None:
            return False
        h = self.head(set_q)
        return h is not None and h["kind"] in ("group", "measure")  # ("two of the 12 injured")

    def _people_noun_at(self, k: int) -> bool:
        """Past an article, a noun for a group of people and no number: "the attackers"."""
        k += self.starts[k]["articles"][1]
        if k >= len(self.toks) or k in self.q_at:
            return False
        return self._group_at(k, len(self.toks))[0] is not None

    def _after_preposition(self, q: Quantity) -> bool:
        """A preposition or "of" stands right before the quantity ("the names of three of ...")."""
        return q.first > 0 and bool(self.ends[q.first - 1].keys() & {"set_of", "prepositions"})

    def _part_before(self, k: int) -> bool:
        """A count that is the subject ends right before the "of" that ends at ``k``: "one of",
        "пятеро из" (not "the names of three of")."""
        part = self.q_cover.get(k - self.ends[k]["set_of"][1])
        return part is not None and not self._after_preposition(part)

    def _counted_set_group(self, q: Quantity, end: int) -> str | None:
        """ "Șase dintre răniți", "six of the injured", "трое из раненых": the set is named by what
        befell it; its group is that of the count told of it before (not of the last count)."""
        n = len(self.toks)
        k = end
        if k < n and self.starts[k].keys() & {"articles", "determiners"}:
            k += max(
                self.starts[k][kind][1] for kind in ("articles", "determiners") if kind in self.starts[k]
            )
        if k >= n or self.sent[k] != self.sent[q.first] or "measure" not in self.starts[k]:
            return None
        measure = self.starts[k]["measure"][0]
        whole = next(
            (
                f
                for f in reversed(self.found)
                if f.measure == measure and not f.subset and f.q.first < q.first
            ),
            None,
        )
        return whole.group if whole else None

    def _name_number(self, q: Quantity) -> bool:
        """Digits alone after a capitalised word inside a sentence, with nothing counted after
        them: the number ends a name (a channel, a unit), no count ("France 24", "Россия 24")."""
        toks, k = self.toks, q.first
        sid = self.sent[k]
        if q.last != k + 1 or q.approx or q.vague or not toks[k].text.isdigit():
            return False
        prev = toks[k - 1]
        written = self.entry.text[prev.start : prev.end]
        if not prev.is_word or not written[:1].isupper() or written.isupper():
            return False
        if k < 2 or self.sent[k - 2] != self.sent[k - 1] or not toks[k - 2].is_word:
            return False  # the first word of a sentence, or after a colon or a dash
        if self._title(k - 1) or self.ends[k - 1].keys() & {"prepositions", "bridge", "rise", "links"}:
            return False  # "Toll Rises To 14": a headline's words, a toll's own words
        if any(
            self.ends[j].keys() & {"measure", "weak", "toll_of"}
            for j in range(max(k - 5, 0), k - 1)
            if self.sent[j] == sid
        ):
            return False  # "Число погибших в Белгороде 5", "Deaths in Texas 20": a toll told by place
        if (self.heads.get(k) or {}).get("kind") == "group":
            return False  # "la Chișinău 25 de manifestanți": people counted after a linking word
        nxt = q.last
        if nxt < len(toks) and self.sent[nxt] == self.sent[k] and toks[nxt].is_word:
            counted = {"group", "measure", "weak", "units", "qualified", "presence"}
            if self.starts[nxt].keys() & counted or self.ends[nxt].keys() & counted:
                return False
        return True

    def _reference_set(self, q: Quantity) -> bool:
        """ "unuia dintre cei doi", "one of the two": the number names a set (a set that opens
        its sentence, "Dintre cei 30 de răniți, opt ...", is the count itself)."""
        k = q.first - 1
        if k >= 1 and "set_of" in self.ends[k] and self._part_before(k) and self._people_set_at(q.first):
            return True  # "пятеро из шести нападавших": the five are counted, not the six
        if not (k >= 1 and "articles" in self.ends[k]):
            return False
        p = k - self.ends[k]["articles"][1]
        if "set_of" in self.ends[p] and self._part_before(p):
            return True  # "one of the two injured": those two are counted elsewhere
        if "partitive" not in self.ends[p]:
            return False
        first = p - self.ends[p]["partitive"][1] + 1
        return first > 0 and self.sent[first - 1] == self.sent[first] and self.toks[first - 1].text != ","

    def _previous_close(self, q: Quantity, gap: int = 3) -> _Found | None:
        """The figure just before this one in the same sentence (coordination)."""
        if self.found:
            last = self.found[-1]
            if self.sent[last.q.first] == self.sent[q.first] and q.first - last.last <= gap:
                return last
        return None

    def _breakdown(self, q: Quantity, marks: tuple[str, ...] = (":",)) -> _Found | None:
        """The total a bare number breaks down: "783 de morți: 371 în ..., și 412 în ..."
        (``marks``: the signs that may open the parts; a dash too for counts with a noun:
        "гибель 14 человек — 11 горняков и троих горноспасателей")."""
        if not self.found:
            return None
        prev = self.found[-1]
        if self.sent[prev.q.first] != self.sent[q.first]:
            return None
        k = q.first - 1
        if k >= 0 and self.toks[k].text in marks and k in (prev.q.last, prev.last):
            return prev
        if prev.breakdown and k >= 0 and ("conjunctions" in self.ends[k] or self.toks[k].text == ","):
            return prev
        if "-" in marks and k >= 0 and self.toks[k].text in (":", ",") and self._sums_to(prev, q, k):
            return prev  # "41 au primit îngrijiri medicale de la începutul serii, 19 jandarmi și 22 de ..."
        return None

    def _own_count_clause(self, q: Quantity, after: tuple[Any, ...]) -> bool:
        """A comma or semicolon between a count and a state word, and a number of its own in the
        state's clause: the state counts someone else ("…14 человек, в стационарах остаются десять")."""
        toks, n = self.toks, len(self.toks)
        marks = [i for i in range(q.last, after[1]) if toks[i].text in (",", ";")]
        if not marks:
            return False
        return any(
            marks[-1] < other.first <= after[2] + 2
            # (or a part of them before an aside: "ранены четверо, один из них, 30-летний сержант, в
            # тяжелом состоянии")
            or (
                marks[0] < other.first < marks[-1]
                and other.last < n
                and "partitive" in self.starts[other.last]
            )
            for other in self.qs
            if other is not q
        )

    def _sums_to(self, prev: _Found, q: Quantity, k: int) -> bool:
        """The counts from ``q`` on in its sentence add up to the total found before it, a few words
        (no number among them) before the sign at ``k``: the parts of that total."""
        total = prev.q.value
        if total is None or prev.q.low != prev.q.high or not prev.q.low == total or prev.q.approx:
            return False
        if not 0 <= k - max(prev.q.last, prev.last) <= 6 or any(
            tok.is_num for tok in self.toks[max(prev.q.last, prev.last) : k]
        ):
            return False
        sid, parts = self.sent[q.first], 0
        acc: float = 0
        for other in self.qs:
            if other.first < q.first or self.sent[other.first] != sid:
                continue
            if other.value is None or other.low != other.high:
                return False
            acc, parts = acc + other.value, parts + 1
            if acc >= total:
                return acc == total and parts >= 2
        return False

    def _denied(self, q: Quantity) -> bool:
        """A denial in the quantity's sentence speaks of it: not one that a colon or a quote then
        answers with a count of its own ("в минздраве опровергли: «В реанимации трое»")."""
        toks, sid = self.toks, self.sent[q.first]
        for k, marks in enumerate(self.starts):
            if self.sent[k] != sid or "false_claim" not in marks:
                continue
            if k < q.first and any(toks[j].text in _ANSWER_MARKS for j in range(k, q.first)):
                continue
            return True
        return False

    def _evacuated_before(self, q: Quantity) -> str | None:
        """The sentence before the count's own tells an evacuation and counts no one, and the
        count's sentence tells nothing that befell anyone: the count is of those evacuated. The
        group the evacuation names ("evacuarea locatarilor", "эвакуация туристов"), or "" when
        it names none; None when the count is no such thing."""
        sid = self.sent[q.first]
        if not sid or q.vague and q.high is None:
            return None
        n = len(self.toks)
        if any(
            self.sent[k] == sid and marks.keys() & {"measure", "weak", "negation", "modal", "presence"}
            for k, marks in enumerate(self.starts)
        ):
            return None
        if any(self.sent[k] == sid - 1 for k in self.live):
            return None
        for k, marks in enumerate(self.starts):
            if self.sent[k] != sid - 1 or marks.get("measure", ("",))[0] != "evacuated":
                continue
            for j in range(k + marks["measure"][1], min(k + marks["measure"][1] + 4, n)):
                if self.sent[j] != sid - 1:
                    break
                group = self._group_at(j, n)[0]
                if group:
                    return group
            return ""
        return None

    def _in_sentence(self, q: Quantity, kind: str) -> bool:
        """A word of ``kind`` stands in the quantity's sentence."""
        sents = self._kind_sents.get(kind)
        if sents is None:
            sent = self.sent
            sents = self._kind_sents[kind] = {sent[k] for k, marks in enumerate(self.starts) if kind in marks}
        return self.sent[q.first] in sents

    def _crowd_at_place(self, q: Quantity, end: int) -> bool:
        """A crowd ("hundreds", "thousands of people", 200 or more) standing somewhere in an entry
        about a protest: "... are now on the avenue", "... remain near the church"."""
        if not (q.vague or (q.value or 0) >= 200) or (q.low or 0) < 20 or not self._protest_talk():
            return False
        toks, n, sid = self.toks, len(self.toks), self.sent[q.first]
        k = end
        for _ in range(3):
            if k >= n or self.sent[k] != sid:
                return False
            marks = self.starts[k]
            if "prepositions" in marks:
                return True
            if not toks[k].is_word or marks.keys() & {"measure", "weak", "negation", "modal", "stops"}:
                return False
            if "aux" not in marks and "bridge" not in marks and "presence" not in marks:
                if not (self.code != "ru" and self._adverb(k)):
                    return False
            k += 1
        return False

    @staticmethod
    def _crowd_size(q: Quantity) -> bool:
        """A count the size of a crowd: hundreds or more, or vague ("dozens", "mii")."""
        return (q.low or 0) >= 100 or (q.vague and (q.low or 0) >= 20)

    def _adverb(self, k: int) -> bool:
        key = self.toks[k].key
        return key.endswith(("ly", "mente")) or key in ("now", "still", "acum", "încă", "înca")

    def _protest_talk(self) -> bool:
        """The entry speaks of a protest, rally or riot (a crowd there is its protesters)."""
        if self._protest is None:
            self._protest = any(
                "units" not in m
                and (
                    "protest_talk" in m
                    or m.get("group", ("",))[0] == "protesters"
                    # "..., where they are protesting" (one word: "au ieșit în stradă" may be a quake's crowd)
                    or (m.get("presence", ("", 0)) == ("protesters", 1) and not self._put_there(k))
                )
                for k, m in enumerate(self.starts)
                if m
            )
        return self._protest

    def _put_there(self, k: int) -> bool:
        """A protest verb in the passive ("line workers were staged", "Проспект перекрыт"): put
        there or closed off by others, no protest."""
        if self.code == "ru":
            return "pssv" in numbers.ru_parse(self.toks[k].text)[1]
        return self.code == "en" and k > 0 and self.has(k - 1, "aux") and not self.toks[k].key.endswith("ing")

    def _gapped(self, q: Quantity) -> tuple[str, str] | None:
        """ "погибли двое, в Харькове — трое", "3.000 de morți în Turcia, în Siria - 1.200": a
        bare number after a place phrase repeats the count before it for another place."""
        if not self.found:
            return None
        toks, sid = self.toks, self.sent[q.first]
        k = q.first - 1
        while k >= 0 and toks[k].text in ("-", ":"):
            k -= 1
        words = 0
        while k >= 0 and self.sent[k] == sid and words < 4 and "prepositions" not in self.ends[k]:
            if not toks[k].is_word or k in self.q_cover or self.ends[k].keys() & _CLAUSE_WORDS:
                return None
            words += 1
            k -= 1
        if k < 1 or words == 0 or "prepositions" not in self.ends[k]:
            return None
        comma = k - self.ends[k]["prepositions"][1]
        prev = self.found[-1]
        if comma < 0 or toks[comma].text != "," or prev.last != comma or self.sent[prev.q.first] != sid:
            return None
        return prev.measure, prev.group

    def _gapped_after(self, q: Quantity) -> tuple[str, str] | None:
        """ "Three people were killed in Odesa and two in Kharkiv", "trei au murit la Odesa și doi la
        Harkov": a bare number joined to a count, a place phrase after it and nothing more in its
        clause, repeats that count for another place."""
        if not self.found:
            return None
        toks, n, sid = self.toks, len(self.toks), self.sent[q.first]
        k = q.first - 1
        prev = self.found[-1]
        if k < 1 or not (self.has(k, "conjunctions") or toks[k].text == ","):
            return None
        if prev.subset or self.sent[prev.q.first] != sid or prev.measure in _NOT_PEOPLE:
            return None
        first = bisect_left(self.sent, sid)
        told = self.entry.text[toks[first].start : toks[q.first].start]
        cut = min((at for mark in (":", " – ", " — ", " - ") if (at := told.find(mark)) >= 0), default=-1)
        if cut >= 0 and any(
            self.sent[k] == sid and toks[k].start < toks[first].start + cut for k in self.live
        ):
            return None  # "19 răniți – 17 la Ismail și doi la Reni": parts of a total, told after it
        # (not "Răniții au fost duși la spital: 11 la Kecskemét, opt la Szeged": no total before)
        j = q.last
        if j >= n or "prepositions" not in self.starts[j] or "beside" in self.starts[j]:
            return None
        j += self.starts[j]["prepositions"][1]
        at = j
        while at < n and self.sent[at] == sid and self.starts[at].keys() & {"articles", "determiners"}:
            at += 1  # "two to a hospital in York", "two to the general hospital in York"
        if at < n and not self.has(at, "clinic") and self.sent[at] == sid and self._plain_word(at):
            at += 1
        if at < n and self.has(at, "clinic") and self.sent[at] == sid:
            j = at
            # "șapte la clinica universitară din Szeged": a hospital of a place named
            j += self.starts[j]["clinic"][1]
            for _ in range(4):
                if j >= n or self.sent[j] != sid or not toks[j].is_word or j in self.q_cover:
                    return None
                if self._original(j)[:1].isupper():
                    break
                if self.starts[j].keys() & _CLAUSE_WORDS:
                    return None
                j += 1
        if j >= n or not toks[j].is_word or not self._original(j)[:1].isupper():
            return None  # a place named ("in Kharkiv"), not a state ("two in hospital")
        j += 1
        while j < n and self.sent[j] == sid and toks[j].is_word and self._original(j)[:1].isupper():
            j += 1
        if (
            j < n
            and self.sent[j] == sid
            and toks[j].text not in (",", ";", *_SENTENCE_END)
            and not self.has(j, "conjunctions")
        ):
            return None  # (the clause goes on: its own verb may tell what befell them)
        # the count before named its place the same way ("killed in Odesa")
        if not any(
            "prepositions" in self.starts[i] and i + 1 < n and self._original(i + 1)[:1].isupper()
            for i in range(prev.q.first, k)
        ):
            return None
        return prev.measure, prev.group

    def _whole_measure(self, q: Quantity) -> str | None:
        """The measure of the last whole (not subset) figure of the quantity's sentence."""
        for f in reversed(self.found):
            if self.sent[f.q.first] != self.sent[q.first]:
                return None
            if not f.subset:
                return f.measure
        return None

    def _list_item(self, q: Quantity) -> _Found | None:
        """ "11 из них — на месте взрыва, двое — в больницах": one more item of a list of
        counts split by place, after a comma and before a dash."""
        toks, n = self.toks, len(self.toks)
        if (
            not self.found
            or q.first == 0
            or not (toks[q.first - 1].text == "," or self.has(q.first - 1, "conjunctions"))
        ):
            return None
        if q.last + 1 >= n or toks[q.last].text != "-" or not self.has(q.last + 1, "prepositions"):
            return None
        j = q.last + 1 + self.starts[q.last + 1]["prepositions"][1]
        if j < n and self.starts[j].get("measure", ("",))[0] == "critical":
            return None  # "трое — в реанимации": the item says what befell it
        prev = self.found[-1]
        if self.sent[prev.q.first] != self.sent[q.first] or prev.q.last + 1 >= n:
            return None
        if toks[q.first - 1].text == "," and (toks[prev.q.last].text == "-" or prev.subset):
            return prev
        # "Погибли пять человек в Херсоне, трое — в Николаеве": the count before named its place too
        named = j < n and toks[j].is_word and self._original(j)[:1].isupper()
        return (
            prev
            if named
            and any(
                "prepositions" in self.starts[i] and i + 1 < n and self._original(i + 1)[:1].isupper()
                for i in range(bisect_left(self.sent, self.sent[q.first]), q.first)
            )
            else None
        )

    def _parallel_part(self, q: Quantity) -> tuple[str, str] | None:
        """ "Nine of the dead were children and five were paramedics": after a part of a toll
        said by its group, a bare number joined to it whose verb names a group is one more part
        of the same toll."""
        toks = self.toks
        k = q.first - 1
        if not self.found or k < 1 or "conjunctions" not in self.ends[k]:
            return None
        prev = self.found[-1]
        if (
            not (
                self.starts[prev.q.last].keys() & {"partitive", "links"}
                or self._fronted_set(prev.q, prev.q.last)  # "Of the dead, nine were children and ..."
            )
            or self.sent[prev.q.first] != self.sent[q.first]
        ):
            return None  # (the part told as one "of" the whole: "Nine of the dead")
        if prev.group == "people" or not 0 < q.first - prev.last <= 5:
            return None
        if any(j in self.q_cover for j in range(prev.last, q.first)):
            return None
        j = q.last
        while j < len(toks) and self.sent[j] == self.sent[q.first]:
            if self.has(j, "aux"):
                j += self.starts[j]["aux"][1]
            elif toks[j].text in ("—", "–"):
                j += 1  # "а двое — медики"
            else:
                break
        if j == q.last or j >= len(toks) or self.sent[j] != self.sent[q.first]:
            return None  # (a copula first: "and five were paramedics")
        group = self._group_at(j, j + 4)[0]
        return (prev.measure, group) if group else None

    def _second_of_pair(self, q: Quantity) -> tuple[str, str] | None:
        """ "2.379 de morți și 14.483.": a bare number closing a toll after "and" counts the
        wounded (or the other measure the sentence named before the dead: "bilanțul morților
        și al răniților: ...")."""
        toks, n = self.toks, len(self.toks)
        k = q.first - 1
        if not self.found or k < 1 or "conjunctions" not in self.ends[k]:
            return None
        prev = self.found[-1]
        if prev.measure != "killed" or prev.last != k or self.sent[prev.q.first] != self.sent[q.first]:
            return None
        if q.last < n and self.sent[q.last] == self.sent[q.first]:
            nxt = toks[q.last]
            if nxt.text not in (",", ")", *_SENTENCE_END) and not self.has(q.last, "stops"):
                return None
        sid = self.sent[q.first]
        j = prev.q.first - 1
        while j >= 0 and self.sent[j] == sid:
            marks = self.ends[j]
            if "measure" in marks and marks["measure"][0] not in ("killed", "casualties"):
                return marks["measure"][0], prev.group
            if j in self.q_cover:
                break
            j -= 1
        return "injured", prev.group

    def _opening_set(self, k: int) -> Quantity | None:
        """The set the sentence of token k opens with ("Of the 118 miners", "Из 118 горняков",
        "Din cei 40 de pasageri"): a whole whose part the sentence goes on to count."""
        n, sid = len(self.toks), self.sent[k]
        first = bisect_left(self.sent, sid)
        marks = self.starts[first]
        opener = max((marks[kind][1] for kind in ("set_of", "partitive") if kind in marks), default=0)
        if not opener:
            return None
        j = first + opener
        if j < n and "articles" in self.starts[j]:
            j += self.starts[j]["articles"][1]
        return self.q_at.get(j)

    def _opening_set_group(self, q: Quantity) -> str | None:
        """The group of the set a sentence opens with, of which a bare count is a part ("Of the 118
        miners, 97 were rescued", "Из 118 горняков 97 подняты", "Din cei 40 de pasageri, 12 ...")."""
        n = len(self.toks)
        whole = self._opening_set(q.first)
        if whole is None or whole is q or whole.last >= q.first:
            return None
        j = whole.last
        if j < n and "links" in self.starts[j]:
            j += self.starts[j]["links"][1]
        group, _ = self._group_at(j, n) if j < q.first else (None, 0)
        return group

    def _part_opening_sentence(self, q: Quantity) -> _Found | None:
        """The count of the sentence before, when "among them" opens this one and leads straight to
        the quantity ("Среди них 31 полицейский", "Among them are 31 officers", "Printre ei se află
        31 de polițiști"): the quantity is a part of those people."""
        if not self.found:
            return None
        toks, sid = self.toks, self.sent[q.first]
        first = q.first
        while first > 0 and self.sent[first - 1] == sid:
            first -= 1
        if first == 0 or "partitive" not in self.starts[first]:
            return None
        k = first + self.starts[first]["partitive"][1]
        between = 0
        while k < q.first and (toks[k].text in (",", ":") or self.starts[k].keys() & {"aux", "bridge"}):
            between += 1
            k += 1
        whole = self.found[-1]
        if (
            k != q.first
            or between > 2
            or whole.subset
            or whole.measure in _NOT_PEOPLE
            or self.sent[whole.q.first] != self.sent[first - 1]
        ):
            return None
        return whole

    def _previous_live(self, q: Quantity) -> int | None:
        """First token of the nearest count before this one in its sentence."""
        for k in range(q.first - 1, -1, -1):
            if self.sent[k] != self.sent[q.first]:
                return None
            if k in self.live and self.q_at[k] is not q:
                return k
        return None

    def _apposition(self, q: Quantity) -> bool:
        """ ", a cameraman and a reporter," after "Two of them": the same people again."""
        tok = self.toks[q.first]
        if tok.is_num or q.value != 1 or q.first == 0:
            return False
        head = self.heads.get(q.first)
        if head and head["kind"] == "partitive":
            return False  # ", один из них скончался", ", one of them died": a part, not the same people
        if head and head["kind"] in ("bare", "measure") and not q.article:
            return False  # ", one was taken to hospital", ", один госпитализирован": one of them, no noun
        prev = self._previous_live(q)
        if prev is None:
            return False
        own = self.starts[head["end"]].get("measure") if head and head["end"] < len(self.toks) else None
        if head and own is None:
            # past an auxiliary: "Two people were hurt, a man was killed" (a clause of its own)
            k = head["end"]
            while k < min(head["end"] + 3, len(self.toks)) and "aux" in self.starts[k]:
                k += self.starts[k]["aux"][1]
            if k > head["end"] and k < len(self.toks):
                own = self.starts[k].get("measure")
        if own and any(f.q.first == prev and f.measure != own[0] for f in self.found):
            return False  # "doi morți, o persoană dispărută și ...": a count of its own in a list of a toll
        before = self.toks[q.first - 1]
        if before.text == "-" and head and not self._list_goes_on(head["end"], q.first):
            return False  # "Two people died - a woman was also hurt": a clause of its own
        if before.text in (",", "-"):  # (" - a 31-year-old man and a 29-year-old woman - ")
            found = q.first - self.q_at[prev].last <= 5
        else:  # "..., a cameraman and a reporter,"
            found = "conjunctions" in self.ends[q.first - 1] and prev in self.appositions
            found = found and q.first - self.q_at[prev].last <= 3
        if found:
            self.appositions.add(q.first)
        return found

    def _list_goes_on(self, k: int, first: int) -> bool:
        """After a noun at k: the list of people it stands in goes on or closes (",", "and", a
        dash, the sentence's end), no verb of its own."""
        n = len(self.toks)
        for j in range(k, min(k + 6, n)):  # past an age ("un bărbat de 40 de ani și ...")
            marks = self.starts[j]
            if self.sent[j] != self.sent[first] or self.toks[j].text in (",", "-", ")"):
                return True
            if "conjunctions" in marks:
                return True
            if marks.keys() & {"measure", "aux", "singular", "negation", "modal"}:
                return False
        return False

    # -- prices --------------------------------------------------------
    def _goods(self, q: Quantity) -> tuple[str | None, bool]:
        """The priced goods of a sum of money, and whether it is a price: the goods its sentence
        names nearest before it (or after it); with none there, the goods the entry names first,
        when the sentence talks of prices. A sentence of aid or payments prices nothing ("un
        ajutor de urgență de 5.000 de lei pentru fiecare familie")."""
        sid = self.sent[q.first]
        if self._in_sentence(q, "payment"):
            return None, False
        before = after = first = None
        context = False
        for k, marks in enumerate(self.starts):
            if "goods" in marks:
                if first is None:
                    first = marks["goods"][0]
                if self.sent[k] == sid:
                    if k < q.first:
                        before = marks["goods"][0]
                    elif after is None:
                        after = marks["goods"][0]
            context = context or ("price_context" in marks and self.sent[k] == sid)
        near = before or after
        if near is not None:
            return near, True
        return first, context

    def price(self, q: Quantity) -> bool:
        """ "50-65 tenge per litru", "со 120 до 50 тенге за литр": a price of named goods."""
        toks, n = self.toks, len(self.toks)
        k = q.last
        if k < n and self.has(k, "links"):
            k += 1
        if k + 1 < n and "price_range" in self.starts[k] and k + 1 in self.q_at:
            k = self.q_at[k + 1].last  # the currency after the other end of the change
            if k < n and self.has(k, "links"):
                k += 1
        if k >= n or "currency" not in self.starts[k]:
            return False
        goods, context = self._goods(q)
        if goods is None or not context:
            return True  # a sum of money, not a figure we keep
        currency, size = self.starts[k]["currency"]
        unit = currency
        for j in range(k + size, min(k + size + 4, n)):
            if "per" in self.starts[j]:
                unit = f"{currency}/{self.starts[j]['per'][0]}"
                break
        end = toks[min(k + size, n) - 1].end
        self.found.append(_Found("price", goods, q, q.span[0], end, "", False, k + size, unit))
        return True

    # -- one quantity ----------------------------------------------------
    def read(self, q: Quantity) -> None:
        toks = self.toks
        if q.low is None and q.high is None:
            return
        if self.price(q):
            return
        # the word before the number, if in its sentence ("gate" ending a headline line above
        # "Dozens of relatives gathered" names no gate number)
        joined = q.first > 0 and self.sent[q.first - 1] == self.sent[q.first]
        if joined and "currency" in self.ends[q.first - 1]:
            return  # "Rs 50,000 for the injured", "$2 million": a sum of money, no count
        for bound in (q.low, q.high):
            if isinstance(bound, float) and not bound.is_integer():
                return
        if joined and self.toks[q.first - 1].text in _NUMBER_SIGNS:
            return  # "больница № 1", "школа №10": a number that names, no count
        if joined and self._age_listed(q.first):
            return  # "two men aged 34 and 41 were held", "в возрасте 19 и 20 лет": ages, no count
        if joined and self._age_of_noun(q):
            return  # "двое мужчин 34 и 41 года", "doi bărbați de 34 și 41 de ani": their ages
        if joined and "before_units" in (marks := self.ends[q.first - 1]):
            head = self.heads.get(q.first)
            if "thing" in marks and head is not None and head.get("kind") == "group":
                pass  # "из подтопленных домов 27 человек": houses, then people counted, no address
            elif (
                not q.article
                and q.first >= 3
                and self.sent[q.first - 3] == self.sent[q.first]
                and ("rise" in self.ends[q.first - 2] or "toll_of" in self.starts[q.first - 3])
            ) or self._number_put_at(q) is not None:
                # "число протестующих оценивается в 5 тысяч", "оценивают число собравшихся в 3 тысячи":
                # the value a verb sets or a number of those named, no unit
                pass
            elif marks.get("measure", (None, 0))[1] <= marks["before_units"][1]:
                return  # (a measure that ends in a preposition reads on: "связи с 28 горняками нет")
        if self._reference_set(q) or self._apposition(q) or q.first in self.asides:
            return
        if joined and self._name_number(q):
            return  # "a vorbit la France 24, ...", "told Channel 4 the toll": a number in a name
        if joined and "ordinal" in self.ends[q.first - 1]:
            return  # "primii doi pacienți", "первые двое": some of those counted, told by order
        if q.or_more and q.value == 2:
            return  # "смерть двух и более лиц", "two or more persons": a legal category, no count
        if q.value == 1 and self._member_of(q.first - 1):
            return  # "three members of one family", "trei membri ai unei familii": whose they are
        if q.value == 1 and not q.vague and self._kin_of(q.first - 1):
            return  # "relatives of one of the hostages", "отец одного из погибших": whose kin speak

        h = self.heads.get(q.first)
        if h is None:
            return
        if self._counterfactual(q):
            return  # "we would be talking about dozens of children hurt": what did not happen
        if self._in_sentence(q, "false_claim") and self._denied(q):
            return  # "un mesaj fals, potrivit căruia ar fi murit peste 30 de oameni": a debunked count
        kind = h["kind"]
        bare = kind in ("bare", "partitive")
        if kind == "bare" and self._in_sentence(q, "payment") and self._in_sentence(q, "currency"):
            return  # "families will be paid a million roubles, the injured 300 to 600 thousand"
        if bare and q.value is not None and 1900 <= q.value <= 2100 and not q.vague:
            return
        if bare and q.vague and q.high is None and (q.low or 0) <= 1:
            return  # "some of the wounded"
        if q.vague and q.high is None and q.low == 2:
            return  # "many passengers are still trapped", "много пострадавших": no count at all
        if kind == "partitive" and q.vague and q.high is None:
            return  # "many of those missing had since been traced": no size of its own
        if bare and q.article:
            return  # "o", "a" standing alone: an article or a pronoun, not "one"
        if q.article and h.get("measure") in ("affected", "destroyed"):
            return  # "a flooded road", "o casă avariată": an article before a word that describes
        if q.article and kind == "measure" and "at" in h and self.has(h["at"], "toll_noun"):
            return  # "gave a death toll of 97", "an official gave a higher toll": a toll, no one named
        if q.article and kind == "measure" and "at" in h and self._article_of_thing(h["at"], h["end"]):
            return  # "an evacuation order for 640 properties", "an evacuated home": no one counted
        end = h["end"]
        if end < len(toks) and "rate" in self.starts[end]:
            return  # "500 trucks a day"
        group: str | None = h.get("group")
        measure: str | None = h.get("measure")
        label = ""
        if "at" in h:
            label = self.entry.text[toks[h["at"]].start : toks[end - 1].end]
        if kind == "thing" and group in self.lex.munitions:
            # "67 de drone", "launched 30 missiles": shots; those shot down or jammed ("air defences
            # downed 40 drones", "сбиты 20 беспилотников") are no count of what struck
            if self._searching(q):
                return  # "rescuers searched with two drones and dogs": tools of a search, no strike
            if q.value == 0 or (q.first >= 1 and self.has(q.first - 1, "negation")):
                return  # "no drone entered the airspace", "ни один беспилотник": none, no count of shots
            if not q.article and not (q.vague and q.high is None) and not self._intercepted(q, end):
                nxt = end + 1
                if end < len(toks) and "conjunctions" in self.starts[end] and nxt < len(toks):
                    other = self.starts[nxt].get("thing", (None, 0))
                    if other[0] in self.lex.munitions and other[0] != group:  # "40 de rachete și drone"
                        group, end = f"{group} and {other[0]}", nxt + other[1]
                self.found.append(_Found("shots", group, q, q.span[0], toks[end - 1].end, label, False, end))
            return
        span_start, span_end = q.span[0], toks[end - 1].end if end > q.first else q.span[1]
        past_set = 0  # where a set told by its noun and casualty word ends ("один из раненых сотрудников")
        if kind == "bare" and end < len(toks) and "origin" in self.starts[end]:
            of = end + self.starts[end]["origin"][1]
            if self._no_person_after(of):
                return  # "медсестра одной из городских больниц": one of the hospitals, no people
            if not toks[q.first].is_num and of < len(toks) and self.sent[of] == self.sent[q.first]:
                named, _ = self._group_at(of, len(toks))
                if named and self.before(q):  # (a casualty word before it: the verb of the one)
                    group, bare = named, False  # "скончался один из горняков": one of the miners
                elif not self.before(q) and (described := self._described_set(of)):
                    # "один из раненых сотрудников скончался": one of those counted hurt, the verb after
                    past_set, group, bare = described[0], described[1], False
        if kind == "partitive" and self._units_after(end):
            return  # "all three of its shelters were full": some of the things, no people
        partitive = kind == "partitive" or self._partitive_before(q)
        breakdown = False
        if kind == "partitive" and end < len(toks):
            # "unul dintre polițiști", "13 из них — дети"
            nxt = end + 1 if toks[end].text == "-" else end
            if nxt > end and nxt + 3 < len(toks) and toks[nxt].is_num and toks[nxt + 1].text == "-":
                nxt += 3  # "один из них — 12-летний мальчик": an age before the noun
            if nxt < len(toks) and "articles" in self.starts[nxt]:  # "unuia dintre cei doi cetățeni"
                nxt += self.starts[nxt]["articles"][1]
                if nxt in self.q_at:
                    nxt = self.q_at[nxt].last
            elif nxt in self.q_at and self.has(nxt - 1, "set_of") and not self.has(nxt - 1, "partitive"):
                nxt = self.q_at[nxt].last  # "пятеро из шести нападавших"
            if nxt < len(toks):  # "three of them children", "13 из них — дети"
                group, size = self._group_at(nxt, len(toks))
                if group:
                    bare = False
                    sid = self.sent[q.first]
                    if nxt == end and not any(self.sent[f.q.first] == sid for f in self.found):
                        partitive = False  # "seven of its observers were assaulted": the count itself
                elif nxt == end and (self._plain_noun(nxt) or self._no_person_after(nxt)):
                    return  # "связь с одним из отделений", "unul dintre blocuri": part of no people
                elif said := self._copula_group(nxt):
                    group, bare = (
                        said,
                        False,
                    )  # "trei dintre victime sunt copii", "четверо из пострадавших — дети"
        if kind in ("bare", "partitive") and self._speaker(q, end):
            return  # "four wounded, one of them said", "a declarat unul dintre ei": who speaks, no count
        carried = False
        joined_part = False  # joined by "and" to a part of a count told before it
        also: str | None = None  # a second state told of the same people
        more = (
            h.get("more", False)
            or (end < len(toks) and "more" in self.starts[end])
            or self._has_before(q, "more", 1)
        )
        dash_group = kind == "group" and q.last < len(toks) and toks[q.last].text in _DASHES
        if (kind == "bare" or dash_group) and (
            fronted := self._fronted_set(q, q.last if dash_group else end)
        ):
            # "Dintre morți, nouă sunt copii", "Of the dead, nine were children": a part of the toll
            self.found.append(
                _Found(fronted[0], fronted[1], q, q.span[0], toks[fronted[2] - 1].end, "", True, fronted[2])
            )
            return
        if kind == "group" and self._bereft(q, group, end):
            # "he lost eleven relatives", "a pierdut cinci membri ai familiei": his kin died
            self.found.append(
                _Found("killed", "civilians", q, toks[q.first - 1].start, toks[end - 1].end, label)
            )
            return
        before = self.before(q)
        if before is False:
            return
        if kind in ("bare", "measure") and (item := self._list_item(q)):
            self.found.append(_Found(item.measure, item.group, q, q.span[0], q.span[1], "", True, q.last))
            return
        if kind == "measure":
            group = self._group_after_measure(end)
            if group is None:
                prev = self._previous_close(q)
                if prev is not None and not self._has_before(q, "conjunctions", 1):
                    # "погибли 56 военнослужащих, 87 ранены", "five officers were killed, 12 injured":
                    # a count told only by its state, after a comma, is of the group counted just
                    # before it for another state
                    if not (
                        toks[q.first - 1].text == ","
                        and prev.measure in _HURT
                        and measure in _HURT  # ("11 officers hurt, 43 detained": others, held by them)
                        and prev.measure != measure
                        and prev.group != "people"
                        and (prev.q.high or 2) > 1  # (not one: "погиб один охранник, двое ранены")
                    ):
                        prev = None
                # ("18 killed, three of them children, and 78 injured": not the group of the part)
                group = prev.group if prev and not prev.subset else None
            if partitive:
                group = self._previous_group(q) or group
            elif more and group is None:
                group = self._previous_group(q, whole=True)  # "еще семеро ранены"
                carried = group is not None
            elif group is None and q.value == 1 and not q.article and not toks[q.first].is_num:
                group = self._previous_group(q, same_sentence=True)  # "двое ранены, один госпитализирован"
            group = (
                group or self._opening_set_group(q) or self.lex.default_groups.get(measure or "", "people")
            )
            # "3 răniți au fost internați", "трое пострадавших в тяжелом состоянии"
            rescued = measure == "evacuated"  # "двое извлечены с травмами": brought out hurt
            if measure in ("injured", "casualties", "evacuated") and (
                state := self._state_after(q, end, rescued)
            ):
                measure = state[0]
            elif measure == "missing" and (state := self._found_after(q, end)):
                measure = state[0]  # "пятеро пропавших найдены живыми": no longer missing
                span_end = max(span_end, toks[state[2] - 1].end)
            if measure == "hospitalized" and (crit := self._critical_after(end)):
                measure, span_end = "critical", toks[crit - 1].end  # "госпитализированы в реанимацию"
            # "В больницах остаются 86 пострадавших": where the wounded are now
            if before and measure in ("injured", "casualties") and before[0] in ("critical", "hospitalized"):
                measure = before[0]
                span_start = toks[before[1]].start
            # "скончались двое раненых": the verb says what happened to the wounded
            elif (
                before
                and before[0] not in (measure, "casualties")
                and measure != "killed"  # "pulled out five bodies": the dead, however brought out
                and q.first - before[1] <= 2
                and "measure" in self.starts[before[1]]
                and all(tok.text != ":" for tok in toks[before[1] : q.first])
                # "Из пострадавших восемь госпитализированы": the set the count is taken from
                and not (
                    measure in _STATES
                    and before[1] >= 1
                    and self.ends[before[1] - 1].keys() & {"partitive", "origin"}
                )
            ):
                measure = before[0]
                span_start = toks[before[1]].start
        after: tuple[str, int, int] | None | Literal[False] = None
        if kind != "measure":
            start = end
            if past_set:
                start = past_set
            elif kind == "partitive" and start < len(toks) and "articles" in self.starts[start]:
                # "trei dintre cei răniți sunt în stare critică": read on past the set
                start += self.starts[start]["articles"][1]
                marks = self.starts[start] if start < len(toks) else {}
                start += max((v[1] for v in marks.values()), default=1)
            elif kind == "partitive" and start in self.q_at and self.has(start - 1, "set_of"):
                start = self.q_at[start].last  # "пятеро из шести нападавших ликвидированы": past the set
                marks = self.starts[start] if start < len(toks) else {}
                start += max((v[1] for v in marks.values()), default=1)
            elif kind == "partitive" and (past := self._described_set(start)):
                start = past[0]  # "unul dintre pasagerii răniți ...": past the set
            after = self.after(q, start, bare and not partitive and not more)
            if (
                after
                and self._opening_set(q.first) is q
                and any(k in self.q_at for k in range(q.last, after[1]))
            ):
                return  # "Из 118 горняков, ..., 97 подняты": the verb is the part's, the set no count
            if after and group in ("kin", "families") and not before and self._owner_state(end, after[1]):
                return  # "30 relatives of the dead", "rude ale victimelor", "родственников погибших"
            if q.article and after and self.has(after[1], "toll_noun"):
                return  # "a health official has given a much higher toll": the one who told it
            if after is False:
                if not before:
                    return
                after = (
                    None  # "printre răniți se numără trei copii, niciunul în stare critică": the word before
                )
            if (
                after is None
                and (pre := h.get("pre"))
                and (not before or any(tok.text in (",", ";") for tok in toks[before[1] : q.first]))
            ):
                # "recovered 11 bodies, and nine injured persons were taken to ...": the word before
                # the noun says what befell them, not the verb of the clause or count before
                before, after = None, pre
            if (
                before
                and after
                and before[0] in ("injured", "casualties")
                and after[0] in _STATES
                and not self._own_count_clause(q, after)
            ):
                # "Из 120 раненых 15 находятся в тяжелом состоянии", "un tânăr de 22 de ani, aflat în
                # stare gravă"; not a state told in a clause of its own with its own count ("за помощью
                # обратились 14 человек, в стационарах остаются десять")
                measure = after[0]
                span_end = max(span_end, toks[after[2] - 1].end)
            elif before and after and before[0] == "evacuated" and after[0] in ("killed", "injured"):
                # "au scos trei persoane care nu mai prezentau semne vitale": brought out dead or hurt
                measure = after[0]
                span_start = toks[before[1]].start
                span_end = max(span_end, toks[after[2] - 1].end)
            elif before and not (after and self._weak_at(before[1])):
                measure = before[0]
                span_start = toks[before[1]].start
                if (
                    measure == "evacuated"
                    and (clinic := self._clinic_after(end))
                    and self._towards(clinic[1])
                ):
                    measure, span_end = (
                        "hospitalized",
                        toks[clinic[2] - 1].end,
                    )  # "moved 40 patients to hospital"
            elif after and after[0] == "hospitalized" and partitive and self._whole_measure(q) == "killed":
                measure = "killed"  # "14 погибли, 2 из них — в больницах": where they died
            elif after:
                measure = after[0]
                span_end = max(span_end, toks[after[2] - 1].end)
                if bare and after[1] - q.last <= 2 and (said := self._copula_group(after[1])):
                    group, bare = said, False  # "four of the dead were children"
                # "five of the injured are in a serious condition"
                state = (
                    self._state_after(q, after[2], measure == "evacuated")
                    if measure in ("injured", "casualties", "evacuated")
                    else self._found_after(q, after[2])
                    if measure == "missing"
                    else None
                )
                if (
                    state
                    and measure == "missing"
                    and (
                        state[0] not in _FOUND
                        or any(
                            toks[j].text == "," and self.has(j + 1, "conjunctions")
                            for j in range(after[2], state[1])
                        )
                    )
                ):
                    # (only "found alive" or "found dead" tells what became of the missing, in
                    # their own clause: "17 were still missing, and he accused officials of
                    # counting only the bodies" keeps them missing)
                    state = None
                if state and (
                    state[0] == "critical" or state[0] in _GONE or measure in ("evacuated", "missing")
                ):
                    # "60 people pulled from the water had been taken to hospital": where they are now
                    measure = state[0]
                    span_end = max(span_end, toks[state[2] - 1].end)
                elif (
                    state
                    and state[0] == "hospitalized"
                    and measure == "injured"
                    and after[1] == start + 1
                    and self.has(start, "prepositions")
                ):
                    # "семерых шахтёров с отравлением доставили в больницу", "trei pacienți cu arsuri
                    # au fost internați": the hurt told by a phrase, the verb says where they are
                    measure = state[0]
                    span_end = max(span_end, toks[state[2] - 1].end)
                elif (
                    state
                    and state[0] == "hospitalized"
                    and measure == "injured"
                    and any("conjunctions" in self.starts[j] for j in range(after[2], state[1]))
                    and not any(tok.is_num for tok in toks[after[2] : state[1]])
                ):
                    also = "hospitalized"  # "two firefighters suffered burns and were taken to hospital"
                    span_end = max(span_end, toks[state[2] - 1].end)
            elif partitive and self.found and (prev_live := self._previous_live(q)) is not None:
                if self.found[-1].q.first == prev_live:
                    measure = self.found[-1].measure  # "including about 5,000 children"
            elif (whole := self._part_opening_sentence(q)) is not None:
                measure, partitive = whole.measure, True  # "... rose to 96. Among them are 31 officers"
            elif not bare and self._has_before(q, "conjunctions", 1) and (prev := self._previous_close(q)):
                measure = prev.measure  # "12 polițiști și 5 civili au murit" read from the left
                # "19 killed, among them seven foreigners and four soldiers": a part, as the one before
                joined_part = prev.subset and self.sent[prev.q.first] == self.sent[q.first]
            elif bare and (whole := self._breakdown(q)):
                measure, group, bare, breakdown = whole.measure, whole.group, False, True
            elif kind == "group" and (whole := self._breakdown(q, (":", "-"))):
                measure, breakdown = whole.measure, True  # the parts of a total by group
            elif bare and (pair := self._parallel_part(q)):
                measure, group, bare, joined_part = pair[0], pair[1], False, True
            elif bare and (pair := self._second_of_pair(q) or self._gapped(q) or self._gapped_after(q)):
                measure, group, bare = pair[0], pair[1], False
            elif bare and (put := self._number_put_at(q)):
                measure, group, bare = put.measure, put.group, False  # "puts the number at seven"
            if bare and q.first in self.aside_groups:
                group, bare = self.aside_groups[q.first], False  # "Two of them, a boy and a woman, died"
            if bare:
                if partitive:
                    group = (
                        self._counted_set_group(q, end)
                        or self._part_said_to_be(end)
                        or self._mentioned_group(q)
                        or self._opening_set_group(q)
                        # "15 из них" opening a sentence: them are the whole told before, not its part
                        or self._previous_group(
                            q, whole=not any(self.sent[f.q.first] == self.sent[q.first] for f in self.found)
                        )
                        or "people"
                    )
                elif more:
                    group = self._previous_group(q, whole=True) or "people"
                    carried = group != "people"
                else:
                    if any("rise" in self.ends[j] for j in range(max(0, q.first - 5), q.first)):
                        # "..., taking the toll to 17": the whole toll
                        group = self._toll_group(q) or "people"
                    else:
                        group = (
                            self._previous_group(q, same_sentence=True)
                            or self._opening_set_group(q)
                            or self._toll_group(q)
                            or "people"
                        )
                        if (
                            measure == "arrested"
                            and group == "security"
                            and not self._told_before(q, "arrested")
                        ):
                            # "79 officers were injured and more than 600 were detained": the police made
                            # the arrests; those held are others
                            group = self._toll_group(q) or "people"
        if measure == "sought" and kind in ("group", "thing") and not (before and before[0] == "sought"):
            pres = self.presence(q, end)
            if pres is not None and self.starts[pres[1]].get("measure", ("",))[0] != "sought":
                measure = None  # "100 de militari au fost mobilizați pentru căutări": the searchers, there
        if measure is None:
            crowd = kind == "bare" and not partitive and (q.vague or (q.value or 0) >= 100)
            if q.vague and q.high is None:
                return  # "many waving flags": no size at all
            if kind in ("group", "thing") or crowd:
                pres = self.presence(q, end)
                if pres is None and group in (None, "people", "protesters") and self._crowd_at_place(q, end):
                    pres = ("people", end)  # "thousands of people are now outside parliament" at a rally
                if pres is None and kind == "group" and self.has(h["at"], "crowd"):
                    pres = ("protesters", end)  # "sute de protestatari": a count of protesters is a crowd
                    if "qualified" in self.starts[h["at"]] and self._protest_talk():
                        group = "protesters"  # "350 de participanți" at a rally, whoever counted them
                if pres is None and kind == "bare" and self._toll_group(q) == "protesters":
                    pres, group = ("protesters", end), "protesters"  # "the number of protesters rose to"
                if pres:
                    measure = "present"
                    group = self.lex.regroup.get("present", {}).get(group or "people", group or "people")
                    if not group:
                        return  # "1,2 milioane de alegători au participat la vot": a turnout, no crowd
                    if group == "rescuers" and self._listed_with(end, "security"):
                        group = "security"  # "900 de pompieri, jandarmi și militari": uniformed crews
                    if group == "people" and (pres[0] == "protesters" or self._protest_talk()):
                        group = "protesters"  # "tens of thousands gathered" at a rally
                    elif group == "civilians" and (
                        pres[0] == "protesters" or (self._protest_talk() and self._crowd_size(q))
                    ):
                        # "200 residents blocked the road": a protest verb makes them so; "hundreds of
                        # students stayed on the square" at a rally: its crowd
                        group = "protesters"
                    if group == "people" and not (pres[0] == "gathered" and self._crowd_size(q)):
                        # a few of nobody in particular on the scene, or crews at work: too vague to
                        # keep; "hundreds of people gathered on the square" is a crowd
                        return
            if (
                measure is None
                and kind == "group"
                and group in ("people", "civilians")
                and (told := self._evacuated_before(q)) is not None
            ):
                # "Am decis evacuarea blocului. Sunt în jur de 300 de oameni.": those the order moves
                # (of whom the evacuation told: "Эвакуация туристов завершена. ... все 67 человек")
                measure = "evacuated"
                if group == "people" and told:
                    group = told
                group = self.lex.regroup.get(measure, {}).get(group, group)
            if measure is None:
                return
        if measure == "sought":
            searched = before and before[0] == "sought" and span_start == toks[before[1]].start
            # "pe ceilalți șapte îi căutăm": a count marked as the object before the verb
            marked = any("accusative" in self.ends[j] for j in range(max(q.first - 2, 0), q.first))
            # "ещё четверых жителей ищут": a numeral in its object case, before the verb
            marked = marked or (self.code == "ru" and toks[q.first].text.lower().endswith(_OBLIQUE_NUMERAL))
            if searched and group == "rescuers" and not marked:
                return  # "поиски продолжают 380 спасателей": the searchers, not those sought
            if not (searched or marked):
                return  # "200 de salvatori caută ...": those who search, not those sought
            measure = "missing"  # "the search for two people", "поиски еще двух человек"
        if measure in ("destroyed", *_GONE):
            return  # "1.700 de clădiri s-au prăbușit", "37 cars damaged": wrecks, not a toll; sent home
        if measure == "evacuated" and self._in_sentence(q, "rubble"):
            return  # "8.000 de persoane scoase de sub dărâmături": survivors, not evacuees
        if measure == "affected" and kind in ("bare", "partitive"):
            return  # "una dintre cele mai afectate": a place, not a count
        if q.article and (kind == "thing" or measure == "present"):
            return  # "o clădire", "a journalist at the scene": one thing or person, no count
        if kind == "thing" and measure != "present":
            # "300 de case au fost inundate", "12,000 households without power": what befell things
            # (wrecked ones are "destroyed", dropped above)
            if measure not in _THING_HARM:
                return
            measure = "affected"
        # "Printre victime sunt ...", "Among the victims are ...": some of those the entry has counted
        among = before is not None and any(
            self.has(j, "among") for j in range(max(0, before[1] - 2), before[1])
        )
        if measure == "casualties" and (partitive or among):
            # "trei dintre victime": part of the victims this entry has counted as hurt or dead
            hurt = next((f.measure for f in reversed(self.found) if not f.subset and f.q.first < q.first), "")
            if hurt in ("injured", "killed"):
                measure = hurt
        if measure == "injured" and not before and self._has_before(q, "among", 2) and q.low == q.high:
            # "Five people died, among them a police officer stabbed in Nacala": the wound says how
            # one of the dead counted just before died
            whole = next((f for f in reversed(self.found) if not f.subset and f.q.first < q.first), None)
            if (
                whole is not None
                and whole.measure == "killed"
                and self.sent[whole.q.first] == self.sent[q.first]
            ):
                measure = "killed"
        if measure == "shots" and kind == "group":
            return  # "mai mulți localnici au auzit împușcături": those who heard, no count of shots
        if measure == "shots" and partitive and self.found and self.found[-1].measure == "shots":
            group = self.found[-1].group  # "35 de drone, dintre care 30 doborâte": part of the shots
        if measure == "displaced" and group in ("security", "rescuers"):
            measure = "present"  # "troops stationed", "размещено 1 500 военных": deployed, not displaced
        if group is None:
            group = self._opening_set_group(q) or "people"
        # "Twelve of the bodies have been identified": some of the dead already counted (kept to be
        # read back by the counts after it, never reported)
        hidden = self._restated_part(q, measure, group, after) or self._restated_whole(q, measure)
        if measure in _HURT and self._identified(q, max(end, after[2] if after else end)):
            hidden = True  # "Forensic teams have identified 40 bodies", "опознаны тела 15 погибших"
        if measure == "killed" and group in ("people", "persons") and self._neutralised(before, after):
            group = "protesters"  # "Шестеро заключённых ... ликвидированы": attackers put down
        last = max(end, after[2] if after else end)
        found = _Found(
            measure,
            group,
            q,
            min(span_start, q.span[0]),
            span_end,
            label,
            partitive or breakdown or joined_part,
            last,
        )
        found.breakdown = breakdown
        found.carried = carried
        found.hidden = hidden
        self.found.append(found)
        if also and not partitive:
            self.found.append(_Found(also, group, q, found.start, found.end, label, False, last))
        if q.low == q.high == 0 and (other := self._zero_alternative(span_end)):
            # "niciun cetățean nu a fost rănit sau reținut": none of the other either
            self.found.append(_Found(other[0], group, q, found.start, other[1], label, False, last))

    def _withdrawn(self) -> set[int]:
        """The counts after a correction's words in their sentence ("an earlier version of this post
        said 19 people were seriously injured"): what the page took back, no figure."""
        out: set[int] = set()
        for k, marks in enumerate(self.starts):
            if "withdrawn" in marks:
                sid = self.sent[k]
                out.update(q.first for q in self.qs if q.first > k and self.sent[q.first] == sid)
        return out

    def _counterfactual(self, q: Quantity) -> bool:
        """A conditional of what did not happen opens the clause of the count ("am fi vorbit despre
        zeci de răniți", "we would have been counting dozens of dead")."""
        sid = self.sent[q.first]
        for k in range(q.first - 1, max(-1, q.first - 7), -1):
            if self.sent[k] != sid or self.toks[k].text in (",", ";", ":"):
                return False
            if "counterfactual" in self.starts[k]:
                return True
        return False

    def _intercepted(self, q: Quantity, end: int) -> bool:
        """A verb of air defence stands next to a count of munitions, in its clause: those
        shot down, intercepted or jammed ("au fost doborâte 61 de drone", "downed 40 drones")."""
        sid, toks = self.sent[q.first], self.toks
        if q.first >= 2 and self.has(q.first - 1, "set_of") and q.first - 2 in self.q_cover:
            return False  # "shot down 41 of 44 drones", "сбила 17 из 20": the set is those launched
        ahead = range(end, min(len(toks), end + 5))
        for way in (range(q.first - 1, max(-1, q.first - 6), -1), ahead):
            for k in way:
                if self.sent[k] != sid or toks[k].text in (",", ";", ":"):
                    break
                if self.starts[k].keys() & {"intercepted", "neutralised"}:
                    return True
        return False

    def _identified(self, q: Quantity, end: int) -> bool:
        """A verb of identifying the dead in the count's clause ("have identified 32 of the
        victims", "au fost identificate 20 de victime", "опознаны 20 из погибших"): those counted
        are some of the dead already told, named now, not a toll of their own ("identified the
        gunman as ..." names one)."""
        toks, n, sid = self.toks, len(self.toks), self.sent[q.first]
        k = q.first - 1
        while k >= 0 and self.sent[k] == sid and toks[k].text not in _CLAUSE_MARKS:
            k -= 1
        j = end
        while j < n and self.sent[j] == sid and toks[j].text not in _CLAUSE_MARKS:
            j += 1
        if any("relative" in self.starts[i] for i in range(k + 1, j)):
            return False  # "the man who killed 14 people has been identified": the count is his deed
        for i in range(k + 1, j):
            if "identified" in self.starts[i] and not any(
                toks[m].text.lower() in ("as", "ca", "как") or "relative" in self.starts[m]
                for m in range(i + 1, min(i + 5, j))
            ):
                return True
        return False

    def _restated_part(self, q: Quantity, measure: str, group: str, after: Any) -> bool:
        """Some of those the entry has already counted, picked out by the word that counted them and
        told nothing new ("Six of the injured were flown out", "Twelve of the bodies have been
        identified", "12 из погибших опознаны"): no figure of their own. Those said to be in a new
        state ("two of the injured are in critical condition") or said who ("three of the dead were
        children") are read before this."""
        n = len(self.toks)
        if not after or group != "people" or measure not in (*_HURT, "missing"):
            return False
        k = q.last
        if k >= n or not self.starts[k].keys() & {"set_of", "partitive", "origin"}:
            return False
        k += max(
            self.starts[k][kind][1] for kind in ("set_of", "partitive", "origin") if kind in self.starts[k]
        )
        if k < n and "articles" in self.starts[k]:
            k += self.starts[k]["articles"][1]
        if after[1] != k or after[0] != measure:
            return False  # (the word that counts them is not the set they are picked from)
        if self.after(q, after[2], False) is not None:
            return False  # "Cinci dintre răniți sunt internați": a state told after the set
        return any(
            f.measure == measure and not f.subset and f.q.first < q.first and (f.q.high or 2) > 1
            for f in self.found
        )

    def _restated_whole(self, q: Quantity, measure: str) -> bool:
        """Those the entry has just counted, named again behind a definite article ("Doi protestatari
        au fost reținuți ... Cei doi bărbați reținuți, de 41 și 47 de ani, ..."): the same people,
        whatever noun names them now."""
        if q.low is None or q.low != q.high or q.first == 0 or "articles" not in self.ends[q.first - 1]:
            return False
        return any(
            f.measure == measure and f.q.low == q.low and f.q.high == q.high and not f.subset
            for f in self.found
            if f.q.first < q.first
        )

    def _searching(self, q: Quantity) -> bool:
        """The quantity's sentence tells of a search or of rescuers at work: drones there fly for them."""
        sid = self.sent[q.first]
        lo, hi = bisect_left(self.sent, sid), bisect_right(self.sent, sid)
        for k in range(lo, hi):
            marks = self.starts[k]
            if marks.get("measure", ("",))[0] == "sought" or marks.get("group", ("",))[0] == "rescuers":
                return True
        return False

    def _neutralised(self, before: tuple[str, int] | None, after: Any) -> bool:
        """The casualty word of a count is one that only puts down attackers ("ликвидированы",
        "neutralised", "au fost neutralizați")."""
        at = after[1] if after else before[1] if before else None
        return at is not None and "neutralised" in self.starts[at]

    def _weak_at(self, k: int) -> bool:
        """Token k opens only a weak casualty word ("bilanț", "spital"): a verb after the count says more."""
        return "weak" in self.starts[k] and "measure" not in self.starts[k]

    def _member_of(self, j: int) -> bool:
        """Token j ends "members of", "membri ai", "членов": a qualified noun and its link."""
        if j >= 0 and self.ends[j].keys() & {"links", "genitive"}:
            j -= 1
        return j >= 0 and "qualified" in self.ends[j]

    def _kin_of(self, j: int) -> bool:
        """Token j ends a kin noun and its link ("the father of", "родственников", "rudele"): the
        one counted next is whose kin they are."""
        if j >= 0 and self.ends[j].keys() & {"links", "genitive"}:
            j -= 1
        return j >= 0 and self.ends[j].get("group", ("",))[0] == "kin"

    def _owner_state(self, end: int, at: int) -> bool:
        """The casualty word at token `at` follows the kin or families counted (ending before
        `end`) as their owner, joined by no more than a link and an article ("relatives of the
        dead", "familii ale celor decedați", "семьи погибших"): whose kin, no state of theirs."""
        k = end
        for key in ("links", "genitive", "articles"):
            if k < at and self.has(k, key):
                k += self.starts[k][key][1]
        if k != at:
            return False
        # no link: only a word in the genitive owns them ("родственников погибших"; not "families fled")
        return k > end or (self.code == "ru" and "gent" in numbers.ru_parse(self.toks[at].text)[1])

    def _found_after(self, q: Quantity, k: int) -> tuple[str, int, int] | None:
        """What became of the missing just counted: found alive or dead, read past the word that
        made them missing ("a man who had been missing since Wednesday has been found alive")."""
        state = self._state_after(q, k)
        if state and state[0] == "missing":
            state = self._state_after(q, state[2])
        if state and state[0] in _FOUND:
            return state
        # "missing since Wednesday has been found alive": the word of time ends no clause here
        for j in range(k, min(len(self.toks), k + 12)):
            if self.sent[j] != self.sent[q.first] or j in self.live or self.toks[j].text in _CLAUSE_MARKS:
                return None
            said = self.starts[j].get("measure")
            if said and said[0] == "found":
                return "found", j, j + said[1]
            if said and said[0] != "missing":
                return None
        return None

    def _state_after(self, q: Quantity, k: int, rescued: bool = False) -> tuple[str, int, int] | None:
        """What became of the wounded just counted ("au fost internați", "in critical condition"),
        unless another count stands between ("12 răniți și 5 morți": the dead are others).
        ``rescued``: people just pulled out, whom a hospital word alone puts in hospital
        ("pulled from the water had been taken to the town's hospital")."""
        state = self.after(q, k, False)
        if state and state[0] in ("injured", "casualties") and not rescued:
            # "au arsuri ... și sunt în stare critică": the hurt told again, then their state
            state = self.after(q, state[2], False) or state
        if rescued and (not state or state[0] == "missing"):
            state = self._clinic_after(
                k
            )  # ("scoși de sub zăpadă și transportați la spital": out, then in hospital)
        if state and state[0] in _GONE and not any(j in self.live for j in range(k, state[1])):
            return state  # "3 răniți au fost externați", "two injured were discharged": sent home
        if not state or (state[0] not in _STATES and not (rescued and state[0] == "injured")):
            return None  # ("pulled out with injuries": hurt)
        if "measure" not in self.starts[state[1]] and not (
            rescued and state[0] == "hospitalized" and state[1] - k > 2
        ):
            return None  # (a weak word like "bilanțul" tells no state; "moved to hospitals": where to)
        # (a part named in an aside is no other count: ", among them a 9-year-old girl,")
        if any(j in self.live and "partitive" not in self.ends[j - 1] for j in range(k, state[1])):
            return None
        sign = state[1] - 1
        if sign >= 1 and "prepositions" in self.ends[sign]:
            sign -= 1  # ", в стационарах остаются десять": the state's preposition first
        if self.toks[sign].text == "," and self._count_at(state[1], state[2]):
            # "обратились 20 человек, госпитализированы восемь", "обратились 24 человека, в стационарах
            # остаются десять": the state of the count after it
            return None
        return state

    def _count_at(self, m: int, end: int) -> bool:
        """A live count stands at ``end``, in the sentence of the state word at ``m``, past a linking
        verb ("в больницах остаются 11"): the state's own count."""
        n = len(self.toks)
        k = end
        while (
            k < min(end + 2, n)
            and self.sent[k] == self.sent[m]
            and self.starts[k].keys() & {"linking", "aux"}
        ):
            k += (self.starts[k].get("linking") or self.starts[k]["aux"])[1]
        return k < n and k in self.live and self.sent[k] == self.sent[m]

    def _from_before(self, k: int) -> bool:
        """A word of origin ends just before token k, past an article ("un medic de la spital",
        "врач из больницы"): the place the counted come from, not where they are."""
        j = k - 1
        if j >= 0 and self.ends[j].keys() & {"articles", "determiners"}:
            j -= 1
        elif j >= 1 and self.code == "ru" and self._ru_adjective(j):
            j -= 1  # "у городской больницы"
        # "relatives waiting outside the hospital", "у больницы": by it, not in it
        return j >= 0 and bool(self.ends[j].keys() & {"origin", "beside"})

    def _fronted_set(self, q: Quantity, end: int) -> tuple[str, str, int] | None:
        """A set named by a casualty noun opens the sentence before a comma and a bare count said to
        be a group ("Dintre morți, nouă sunt copii", "Of the dead, nine were children", "Из
        погибших, пятеро - дети"): (measure, group, end of the group's words)."""
        toks, n = self.toks, len(self.toks)
        j = q.first - 1
        if j < 2 or end >= n:
            return None
        if toks[j].text != ",":
            j += 1  # "Из 12 погибших четверо были полицейскими": no comma before the count
        said = self.ends[j - 1].get("measure")
        if not said or said[0] not in _HURT:
            return None
        p = j - said[1] - 1
        if p >= 0 and (own := self._set_count(p)) is not None:
            p = own - 1  # "Of the 12 dead", "Dintre cele 40 de persoane internate": the set's own count
        if p >= 0 and self.ends[p].keys() & {"articles", "determiners"}:
            p -= 1
        if p < 0 or not self.ends[p].keys() & {"set_of", "partitive", "among"}:
            return None
        if p > 0 and self.sent[p - 1] == self.sent[p] and toks[p - 1].is_word:
            return None  # (the set opens its sentence)
        k = end
        if toks[k].text in _DASHES or self.has(k, "aux"):
            k += 1 if toks[k].text in _DASHES else self.starts[k]["aux"][1]
        if k == end or k >= n or self.sent[k] != self.sent[q.first] or k in self.q_cover:
            return None
        group, size = self._group_at(k, n)
        return (said[0], group, k + size) if group else None

    def _set_count(self, p: int) -> int | None:
        """A count ending at token p, or before its noun of people there ("12", "40 de persoane",
        "40 people"): the index the count starts at, or None."""
        for k in range(p, max(p - 4, -1), -1):
            q = self.q_at.get(k)
            if q is not None and (q.last == p + 1 or (self.heads.get(k) or {}).get("end") == p + 1):
                return k
        return None

    def _bereft(self, q: Quantity, group: str | None, end: int) -> bool:
        """A verb of loss right before a count of kin ("lost eleven relatives", "потерял
        шестерых родственников", "și-a pierdut cinci membri ai familiei"): they died."""
        if q.first < 1 or "bereft" not in self.ends[q.first - 1] or q.vague or q.article:
            return False  # (not "each family that lost a relative": an article, no count)
        if group == "kin":
            return True
        if group == "families":
            return False  # "3,500 families had lost their homes": the families lost, not their dead
        # "members of his family", "membri ai familiei": kin told by a family
        k = end
        while k < len(self.toks) and k < end + 3 and self.sent[k] == self.sent[q.first]:
            if "families" in self.starts[k] or self.starts[k].get("group", (None,))[0] == "families":
                return True
            k += 1
        return False

    def _beside_before(self, k: int) -> bool:
        """A word of nearness ends just before token k, past an article ("beside the wounded",
        "lângă răniți", "рядом с ранеными"): the casualty word names whom they stand by."""
        j = k - 1
        if j >= 0 and self.ends[j].keys() & {"articles", "determiners"}:
            j -= 1
            if (
                j >= 1
                and self.lex.has_determiners
                and self.toks[j].is_word
                and j - 1 not in self.q_cover
                and "verb_object" in self.ends[j]
            ):
                return True  # "two ministers visited the wounded": the wounded are whom they saw
        return j >= 0 and "beside" in self.ends[j]

    def _towards(self, k: int) -> bool:
        """A word of direction ("to", "into") ends just before token k, past an article."""
        j = k - 1
        if j >= 0 and "articles" in self.ends[j]:
            j -= self.ends[j]["articles"][1]
        return j >= 0 and "towards" in self.ends[j]

    def _clinic_after(self, k: int) -> tuple[str, int, int] | None:
        """A hospital named later in the clause (no other count, no new clause between)."""
        n, sid = len(self.toks), self.sent[k - 1]
        origin = False  # "evacuated from Spanish Town Hospital": where they came from
        for j in range(k, min(k + 14, n)):
            marks = self.starts[j]
            if self.sent[j] != sid or j in self.live or marks.keys() & {"stops", "modal", "negation"}:
                return None
            if "clinic" in marks:
                return None if origin else ("hospitalized", j, j + marks["clinic"][1])
            if "origin" in marks or "towards" in marks:
                origin = "origin" in marks
        return None

    def _group_after_measure(self, k: int) -> str | None:
        """ "12 morți în rândul polițiștilor", "5 погибших полицейских"."""
        n = len(self.toks)
        if k < n and self.sent[k] == self.sent[k - 1]:
            group, _ = self._group_at(k, n)
            if group:
                return group
        for j in range(k, min(k + 3, n)):
            if self.sent[j] != self.sent[k - 1]:
                break
            if "among" in self.starts[j]:
                m = j + self.starts[j]["among"][1]
                if m < n:
                    group, _ = self._group_at(m, n)
                    return group
        return None

    # -- "погиб ребенок": one victim without a number (Russian) ----------
    def _named_one(self) -> None:
        """ "The soldier was killed", "agresorul a fost reținut", "mama lor a murit": one
        person named by a definite noun and a singular verb is a count of one."""
        toks, n = self.toks, len(self.toks)
        if not self.useful:
            return
        definite = self.lex.definite
        for k in range(n):
            marks = self.starts[k]
            # "The victim died in hospital", "Victima a decedat": one person, not said who
            victim = bool(self.lex.victim_one) and self._original(k).lower() in self.lex.victim_one
            if ("group" not in marks and not victim) or k in self.q_cover or (k and k - 1 in self.q_cover):
                continue
            if any(f.q.first < k < f.q.last for f in self.found):
                continue  # "O a doua persoană a murit": the noun of an ordinal's toll
            group, size = ("people", 1) if victim else self._group_at(k, n)
            if not group:
                continue
            sid = self.sent[k]
            if definite:
                if not toks[k + size - 1].key.endswith(definite) and not self._headline_one(k, size):
                    continue  # (a headline drops the article: "Polițist rănit în ciocniri")
                if self._proper_name(k) or "country_name" in marks:
                    continue  # "Rusia a lovit": a country whose name looks like a people's plural
            else:
                d = k - 1
                if d >= 3 and self.has(d, "years") and toks[d - 1].text == "-" and toks[d - 2].is_num:
                    d -= 3  # "the 34-year-old man": the age between
                if (
                    d >= 1
                    and toks[d].is_word
                    and "determiners" not in self.starts[d]  # ("said the woman": the article is here)
                    and not self.starts[d].keys() & _CLAUSE_WORDS
                    and d not in self.q_cover
                ):
                    d -= 1  # "the young man"
                if (d < 0 or "determiners" not in self.starts[d]) and not self._headline_one(k, size):
                    continue
                if d >= 1 and self.starts[d - 1].keys() & {"links", "set_of", "body_links"}:
                    continue  # "the body of the driver was pulled out": the driver is not the subject
            j = k + size
            words = 0
            aside = False  # past an aside set off by commas
            while (
                j < n
                and self.sent[j] == sid
                and (words < 3 or toks[j].text == ",")
                and not self.starts[j].keys() & {"singular", "aux"}
            ):
                if toks[j].text == ",":
                    skip = self._parenthesis(j)
                    if not skip and aside and j + 1 < n and self.starts[j + 1].keys() & _ONE_VERB:
                        # "…, Ion Popescu, în vârstă de 48 de ani, a murit": a second aside closes
                        skip = j + 1
                    if not skip:
                        break
                    j, aside, words = skip, True, 0  # (the words after it are counted anew)
                    continue
                if aside and toks[j].is_num and j + 1 < n and toks[j + 1].text == ",":
                    q_age = self.q_at.get(j)
                    if q_age is not None and q_age.low == q_age.high and 0 < (q_age.low or 0) < 120:
                        j += 1  # "The owner, Marco Rossi, 51, died": an age set off by commas
                        continue
                age = self._age_after(j)
                if age:
                    j = age  # "Tânărul de 19 ani a fost reținut": the age told between
                    continue
                if not toks[j].is_word or self.starts[j].keys() & _CLAUSE_WORDS or j in self.q_cover:
                    break
                words += 1  # "fratele ei mai mic", "mama lor"
                j += 1
            intransitive = False
            if j == k + size and j < n and "measure" in self.starts[j] and self._headline_one(k, size):
                if any(f.start <= toks[j].start < f.end for f in self.found):
                    continue  # "Police arrested during the protests 60 people": the verb of a count
                m = j  # "Woman killed by falling tree", "Teenager missing after ...": a headline's verb
            elif intransitive := j < n and self.starts[j].keys() >= {"intransitive", "measure"}:
                m = j  # "The driver died at the scene": a verb of fate needs no auxiliary
            elif j >= n or "singular" not in self.starts[j]:
                continue
            else:
                m = j + self.starts[j]["singular"][1]
                if self.starts[j].get("measure", (None, 0))[1] > self.starts[j]["singular"][1]:
                    m = j  # "Pescarul este căutat": the verb opens the measure's own words
            if m < n and "singular" in self.starts[m] and m > j:  # "a fost"
                m += self.starts[m]["singular"][1]
            for _ in range(
                2 if m > j else 0
            ):  # "was reportedly killed", "a fost grav rănit", "is in critical condition"
                if m + 1 < n and toks[m].is_word and not self.starts[m].keys() & _CLAUSE_WORDS:
                    m += 1
            if m >= n or self.sent[m] != sid or "measure" not in self.starts[m]:
                continue
            measure, msize = self.starts[m]["measure"]
            obj = m + msize
            if measure == "found" and not self._has_before_word(k, ("negation", "modal")):
                # "Ciobanul a fost găsit în viață și dus la spital": found, then in hospital
                q = Quantity(1, 1, (toks[k].start, toks[obj - 1].end), k, obj, value=1)
                state = self._state_after(q, obj, True)
                if not state or state[0] != "hospitalized":
                    continue
                measure, obj = state[0], max(obj, state[2])
                msize = obj - m
            if measure in ("destroyed", "affected", *_NOT_ONE) or self._has_before_word(
                k, ("negation", "modal")
            ):
                continue
            if (
                obj < n
                and self.sent[obj] == sid
                and (obj in self.q_at or self.starts[obj].keys() & {"group", "determiners"})
            ):
                continue  # "polițistul a ucis un protestatar": the doer, not the victim
            q = Quantity(1, 1, (toks[k].start, toks[m + msize - 1].end), k, m + msize, value=1)
            label = self.entry.text[toks[k].start : toks[k + size - 1].end]
            if measure in ("injured", "evacuated") and (
                state := self._state_after(q, obj, measure == "evacuated")
            ):
                # "a fost preluat de un echipaj SMURD și dus la spital": picked up, then in hospital
                measure, obj = state[0], max(obj, state[2])
                q = Quantity(1, 1, (toks[k].start, toks[obj - 1].end), k, obj, value=1)
            if self.lex.regroup.get(measure, {}).get(group) == "":
                continue  # "Atacatorul este căutat": one the measure never counts (wanted, not missing)
            group = self.lex.regroup.get("named", {}).get(group, group)  # "the gunman": one man, no crowd
            if intransitive and any(
                f.measure == measure and f.start <= toks[m].start < f.end for f in self.found
            ):
                continue  # "the man who died late on Wednesday was a Dutch citizen": the verb counted
            if aside and victim:
                # "The victim, a 71-year-old man, died": the aside says who
                group = next((g for j in range(k + 1, m) if (g := self._group_at(j, m)[0])), group)
                group = self.lex.regroup.get("named", {}).get(group, group)
            if aside:
                # "Șoferul, un bărbat de 45 de ani, a murit": the one the aside describes is the subject
                self.found = [
                    f
                    for f in self.found
                    if not (f.measure == measure and toks[k].end < f.start < toks[m].start < f.end)
                ]
            self.found.append(_Found(measure, group, q, q.span[0], q.span[1], label, last=q.last))

    def _age_after(self, j: int) -> int:
        """ "de 19 ani", "de 33 de ani" at token j (the count's own link word first): one's age,
        told between a noun and its verb; the token after it, or 0."""
        n = len(self.toks)
        if self.has(j, "ages_of"):
            # "A man aged 45 was killed", "мужчина в возрасте 45 лет погиб": the ages of its list
            k, end = j + self.starts[j]["ages_of"][1], 0
            while k < n and self.sent[k] == self.sent[j]:
                if self.toks[k].is_num:
                    end = k = k + 1
                elif end and (self.toks[k].text == "," or "conjunctions" in self.starts[k]):
                    k += 1
                else:
                    break
            if end and end < n and self.has(end, "units") and self.has(end, "years"):
                end += self.starts[end]["units"][1]
            return end
        k = j + self.starts[j]["links"][1] if self.has(j, "links") else j
        q = self.q_at.get(k)
        if q is None or q.low != q.high:
            return 0
        # "двое мужчин 34 и 41 года", "doi bărbați de 34 și 41 de ani": a list of ages
        while q.last + 1 < n and (self.toks[q.last].text == "," or "conjunctions" in self.starts[q.last]):
            nxt = self.q_at.get(q.last + 1)
            if nxt is None or nxt.low != nxt.high:
                break
            q = nxt
        k = q.last + (1 if self.has(q.last, "links") else 0)
        if k >= n or self.sent[k] != self.sent[j] or not self.has(k, "units") or not self.has(k, "years"):
            return 0
        return k + self.starts[k]["units"][1]

    def _proper_name(self, k: int) -> bool:
        """Token k is capitalised inside its sentence, after no colon or dash, in no title-case
        headline: a name (a country, a town), not a noun that names a person."""
        if (
            k == 0
            or self.sent[k - 1] != self.sent[k]
            or not (self.toks[k - 1].is_word or self.toks[k - 1].text == ",")
        ):
            return False  # (a line, a bullet, a quote or a colon may open with a capital)
        return self._original(k)[:1].isupper() and not self._title(k)

    def _headline_one(self, k: int, size: int) -> bool:
        """A singular person noun opening a line with a casualty word right after it, as headlines
        write ("Woman killed by falling tree", "Teenager missing after ...")."""
        toks = self.toks
        if size != 1 or k + 1 >= len(toks) or "headline_verb" not in self.starts[k + 1]:
            return False  # (not "Journalist death toll rises": a noun after a noun)
        lead = k
        if (
            k
            and toks[k - 1].is_word
            and self.starts[k - 1].keys() <= {"group", "pre_noun"}
            and self._original(k - 1)[:1].isupper()
            and "\n" not in self.entry.text[toks[k - 1].end : toks[k].start]
        ):
            lead = k - 1  # "Lebanese soldier killed at checkpoint": one word that says which
        first = (
            lead - 1 if lead and toks[lead - 1].text in ("-", "•", "*") else lead
        )  # a bullet of a list of headlines
        if first and "\n" not in self.entry.text[toks[first - 1].end : toks[first].start]:
            return False  # (a line's start: a headline, not a sentence of the text)
        key = toks[k].key
        # a plural noun ("Polițiști răniți") counts no one: a singular noun, a singular verb as listed
        plural = (
            key.endswith("s") if not self.lex.definite else toks[k + 1].key not in self.lex.headline_words
        )
        return self._original(lead)[:1].isupper() and not plural and key in self.lex.index

    def follow_ups(self) -> None:
        """What became next of those just counted as hurt, said without a new subject: "a fost
        rănit și dus la spital", "A man was hurt. He was taken to hospital", "Мужчина ранен.
        Его госпитализировали" (hospitalised, in critical condition or dead: one more figure)."""
        toks, n = self.toks, len(self.toks)
        found = sorted(self.found, key=lambda f: f.start)
        for i, f in enumerate(found):
            if f.measure not in ("injured", "casualties", "critical") or not f.last or f.last >= n:
                continue
            limit = found[i + 1].q.first if i + 1 < len(found) else n
            k, sid = f.last, self.sent[f.last - 1]
            state = None
            verb_at = k  # where the verb of those counted stands
            direct = False  # the state is the verb of those counted ("Two of the injured were hospitalized")
            if toks[k].text == "," and (skip := self._parenthesis(k)) and skip < limit:
                verb_at = k = skip  # "Один из пострадавших, 46-летний проходчик, скончался"
                if f.group == "people" and not self.starts[f.last + 1].keys() & {"partitive", "among"}:
                    # the apposition may say who (not "в том числе ребенок": a part of them)
                    f.group = next(
                        (g for j in range(f.last + 1, skip) if (g := self._group_at(j, skip)[0])), f.group
                    )
            if self.sent[k] == sid:
                # "... was hurt and taken to hospital", "получил травмы, он госпитализирован"
                # (an adverb or two may stand first)
                for _ in range(2):
                    if k < limit and toks[k].is_word and not self.starts[k] and self.sent[k] == sid:
                        k += 1
                if k < limit and toks[k].text == ",":
                    k += 1
                if k < limit and "conjunctions" in self.starts[k] and self.sent[k] == sid:
                    k += self.starts[k]["conjunctions"][1]
                if k < limit and self.sent[k] == sid:
                    state = self._bare_state(k, limit)
                    direct = state is not None and not any(
                        toks[j].text == "," or "conjunctions" in self.starts[j] for j in range(f.last, k)
                    )
                if state is None:  # "... A fost dus la spital": the next sentence, nothing else counted
                    while k < limit and self.sent[k] == sid:
                        if "group" in self.starts[k] or "measure" in self.starts[k]:
                            break
                        if k in self.live and not (k in self.q_at and self.q_at[k].article):
                            break  # (an article counting nothing, "la marginea unei avalanșe", reads on)
                        k += 1
            if state is None and k < limit and self.sent[k] == sid + 1 and not self._counts_in(sid + 1):
                # ("... трое детей. В больнице остаются двое": the next sentence's count is its own)
                state = self._bare_state(k, limit)
                if (
                    state
                    and self.code == "ru"
                    and numbers.ru_parse(toks[state[1]].text)[1] & {"ADJF", "PRTF"}
                ):
                    state = None  # "Погибшему прапорщику было 41": a participle naming someone, no verb
            if state is None:
                continue
            measure, m, end = state
            if f.measure == "critical" and measure == "hospitalized":
                continue  # "in a critical condition in hospital": the graver state stands
            if self._count_at(m, end):
                # "обратились 20 человек, госпитализированы восемь", "пострадали 19 человек, в больницах
                # остаются 11": the state of the count after it
                continue
            q = f.q
            if m == verb_at or direct or (verb_at != f.last and self.sent[m] == sid):
                # "Один из пострадавших | скончался": the verb of the wounded counted
                f.measure, f.end = measure, toks[end - 1].end
                continue
            self.found.append(
                _Found(measure, f.group, q, toks[m].start, toks[end - 1].end, f.label, f.subset, end)
            )

    def _counts_in(self, sid: int) -> bool:
        """Sentence ``sid`` holds a count of its own."""
        return any(self.sent[k] == sid for k in self.live)

    def _bare_state(self, k: int, limit: int) -> tuple[str, int, int] | None:
        """A state word ("dus la spital", "taken to hospital") reached from k over pronouns
        and auxiliaries only: no subject of its own."""
        toks = self.toks
        sid = self.sent[k]
        while k < limit and self.sent[k] == sid:
            marks = self.starts[k]
            if "measure" in marks or "weak" in marks:
                kind = "measure" if "measure" in marks else "weak"
                measure, size = marks[kind]
                if kind == "weak" and measure != "hospitalized":
                    return None  # "bilanțul": no state of anyone
                if kind == "weak" and (k == 0 or self.sent[k - 1] != sid):
                    return None  # "Spitalele din zonă au trecut în alertă": a subject, no state
                if measure not in _STATES or self._has_before_word(k, ("negation", "modal")):
                    return None
                return measure, k, k + size
            if "group" in marks or "qualified" in marks or k in self.live or not toks[k].is_word:
                return None
            step = next((marks[kind][1] for kind in ("pronouns", "aux", "singular") if kind in marks), 0)
            if not step:
                return None
            k += step
        return None

    def _has_before_word(self, k: int, kinds: tuple[str, ...]) -> bool:
        """A word of one of ``kinds`` ends within three tokens before k in its sentence."""
        for j in range(k - 1, max(k - 4, -1), -1):
            if self.sent[j] != self.sent[k]:
                return False
            if any(kind in self.ends[j] for kind in kinds):
                return True
        return False

    def _one_among(self) -> None:
        """ "Среди погибших — полицейский", "среди последних жертв есть гражданин Узбекистана": one
        person (no number, no article in the language) named among the dead or hurt."""
        toks, n = self.toks, len(self.toks)
        for k in range(n):
            if "among" not in self.starts[k]:
                continue
            sid = self.sent[k]
            m = k + self.starts[k]["among"][1]
            if m < n and "measure" not in self.starts[m] and self._ru_adjective(m):
                m += 1  # "среди последних жертв"
            if m >= n or "measure" not in self.starts[m]:
                continue
            measure, msize = self.starts[m]["measure"]
            if measure not in _HURT:
                continue
            j = m + msize
            if j < n and (toks[j].text in _DASHES or toks[j].key in _THERE_IS):
                j += 1
            else:
                continue
            if j < n and toks[j].key == "это":
                j += 1
            if j + 2 < n and toks[j].is_num and toks[j + 1].text == "-":
                j += 3  # "23-летняя"
            elif j < n and "group" not in self.starts[j] and self._ru_adjective(j):
                j += 1
            if j >= n or self.sent[j] != sid or j in self.q_cover or j in self.q_at:
                continue
            group, size = self._group_at(j, n)
            if not group:
                continue
            grams = numbers.ru_parse(toks[j].text)[1]
            if "sing" not in grams or "nomn" not in grams:
                continue
            q = Quantity(1, 1, (toks[m].start, toks[j + size - 1].end), m, j + size, value=1)
            label = self.entry.text[toks[j].start : toks[j + size - 1].end]
            self.found.append(_Found(measure, group, q, q.span[0], q.span[1], label, True, j + size))

    def _ru_adjective(self, j: int) -> bool:
        tok = self.toks[j]
        return tok.is_word and bool(numbers.ru_parse(tok.text)[1] & {"ADJF", "PRTF"})

    def _one_body(self) -> None:
        """ "Trupul bărbatului a fost găsit", "the body of the man was recovered", "тело мужчины
        обнаружено": one body of a person named after it (no number) is one dead."""
        toks, n = self.toks, len(self.toks)
        if not self.useful:
            return
        for k in range(n):
            marks = self.starts[k]
            if "body" not in marks or k in self.q_cover or (k and k - 1 in self.q_cover):
                continue
            if self.code == "ru" and "sing" not in numbers.ru_parse(toks[k].text)[1]:
                continue
            if (
                k
                and self.lex.has_determiners
                and toks[k - 1].is_word
                and not self.starts[k - 1].keys() & {"determiners", "articles", "body_found"}
                and not (k - 1 in self.q_at and self.q_at[k - 1].article)
            ):
                continue  # "a governing body of": no "the body", "a body" (but "Police find body of")
            sid = self.sent[k]
            j = k + marks["body"][1]
            skipped = 0
            while j < n and self.sent[j] == sid and skipped < 4:
                here = self.starts[j]
                if j in self.q_at and self.q_at[j].article:
                    if any(f.q.first == j for f in self.found):
                        break  # "the body of a woman": the article read as one already
                    j += 1
                elif (
                    toks[j].is_num
                    and j + 2 < n
                    and toks[j + 1].text == "-"
                    and toks[j + 1].start == toks[j].end
                ):
                    j += 3  # "the body of the 52-year-old man": an age before the noun
                elif (
                    here.get("measure", ("",))[0] == "missing" and j + 1 < n and "group" in self.starts[j + 1]
                ):
                    j += 1  # "the body of the missing driver": the missing one, found dead
                elif here.keys() & {"body_links", "articles", "determiners", "pre_noun"}:
                    j += 1
                elif self.code == "ru" and "group" not in here and self._ru_adjective(j):
                    j += 1  # "тело погибшего полицейского"
                elif "group" not in here and self._adjective(j):
                    j += 1
                else:
                    break
                skipped += 1
            if j >= n or self.sent[j] != sid or j in self.q_at or j in self.q_cover:
                continue  # "trupurile a trei bărbați": the number reads it
            group, size = self._group_at(j, n)
            if not group:
                continue
            end = j + size
            if end < n and "conjunctions" in self.starts[end]:
                continue  # "тела мужчины и женщины": more than one
            if self._has_before_word(k, ("negation", "modal")) or any(
                self.starts[m].keys() & {"negation", "modal"}
                for m in range(end, min(end + 5, n))
                if self.sent[m] == sid
            ):
                continue  # "trupul bărbatului nu a fost găsit"
            group = self.lex.regroup.get("body", {}).get(group, group)  # one victim found: a civilian
            q = Quantity(1, 1, (toks[k].start, toks[end - 1].end), k, end, value=1)
            label = self.entry.text[toks[j].start : toks[end - 1].end]
            self.found.append(_Found("killed", group, q, q.span[0], q.span[1], label, last=end))

    def _one_person(self, j: int, form: str = "") -> tuple[str, int] | None:
        """One person named by a singular noun at j (after any adjectives): "the owner",
        "administratorul", "главный инженер"; (group, index after the noun) or None. ``form``
        lets a Romanian object be a singular genitive ("reținerea bărbatului") or, after "pe",
        the noun without its article ("pe șofer")."""
        toks, n = self.toks, len(self.toks)
        if self.code == "en":
            if not self.has(j, "determiners"):
                return None
            j += 1
        elif self.code == "ru" and self.has(j, "possessives"):
            j += self.starts[j]["possessives"][1]  # "начальник склада и его заместитель"
        for _ in range(2):  # "the chief engineer", "главный инженер"
            if j + 1 < n and not self.starts[j] and j not in self.q_cover and toks[j].is_word:
                if self.code == "ru" and self._ru_adjective(j) or self.code == "en" and self._plain_word(j):
                    j += 1
        if j >= n or j in self.q_cover:
            return None
        group, size = self._group_at(j, n)
        if not group and self.code == "ru" and not self.starts[j]:
            group, size = self._animate_noun(j), 1  # "задержаны водитель и механик": a person noun
        if not group:
            return None
        last = toks[j + size - 1]
        if self.code == "ru":
            if "sing" not in numbers.ru_parse(last.text)[1]:
                return None
            if "ablt" in numbers.ru_parse(toks[j].text)[1]:
                return None  # "задержан сотрудниками полиции": the doers, in the instrumental
        elif self.code == "en":
            if last.key.endswith("s"):
                return None
        elif form == "genitive" and last.key.endswith(self.lex.genitive_one):
            pass  # "reținerea bărbatului"
        elif form == "bare" and last.key[-1:] not in self.lex.plural_ends:
            pass  # "l-au reținut pe șofer" (not "pe polițiști")
        elif not self.lex.definite or not last.key.split("-")[0].endswith(self.lex.definite):
            return None  # ("inginerul-șef")
        return group, j + size

    def _plain_word(self, j: int) -> bool:
        return self.toks[j].is_word and self._original(j)[:1].islower()

    def _listed_ones(self) -> None:
        """People named one by one after the verb that befell them, no number said: "police
        arrested the owner", "detained the master and two crew members" (3), "задержаны
        директор шахты и главный инженер" (2), "a fost reținut administratorul" (1)."""
        toks, n = self.toks, len(self.toks)
        if not self.useful:
            return
        for k in range(n):
            marks = self.starts[k]
            if "measure" not in marks or marks["measure"][0] not in _NAMED_MEASURES or k in self.q_cover:
                continue
            if self.code == "ru" and not numbers.ru_parse(toks[k].text)[1] & {"VERB", "PRTS"}:
                continue
            if self._has_before_word(k, ("negation", "modal")):
                continue
            measure, size = marks["measure"]
            sid = self.sent[k]
            j = self._past_adverbial(k + size)
            # "ordered the arrest of the captain", "reținerea bărbatului", "l-au reținut pe șofer":
            # the one the verb or its noun befell, past "of" or the object's "pe"
            form = ""
            if (
                j == k + size
                and self.has(k, "object_of")
                and self.sent[k + self.starts[k]["object_of"][1] - 1] == sid
            ):
                j, form = k + self.starts[k]["object_of"][1], "genitive"
            elif j == k + size and j < n and self.sent[j] == sid and self.has(j, "accusative"):
                j, form = j + self.starts[j]["accusative"][1], "bare"
            elif j == k + size and "body" not in marks:
                form = "genitive"  # (not "trupul copilului": a body, counted on its own)
            ones, total, groups, end = 0, 0, set(), j
            while j < n and self.sent[j] == sid:
                if j in self.q_at and j in self.live:  # "... and two crew members"
                    q = self.q_at[j]
                    if q.low is None or q.low != q.high:
                        break
                    total += int(q.low)
                    groups.add((self.heads.get(j) or {}).get("group"))
                    j = end = (self.heads.get(j) or {}).get("end", q.last)
                    if q.last < n and toks[q.last].text == "-":
                        break  # "задержали двоих — директора и инженера": who the two are
                else:
                    one = self._one_person(j, form)
                    if one is None:
                        break
                    ones += 1
                    total += 1
                    groups.add(one[0])
                    j = end = one[1]
                # past "of the launch", "шахты Виктор Лапин", "stației" to the next item
                for _ in range(5):
                    if j >= n or self.sent[j] != sid or self.has(j, "conjunctions") or toks[j].text == ",":
                        break
                    if self.starts[j].keys() & _CLAUSE_WORDS or j in self.q_cover:
                        break
                    j += 1
                if j < n and self.sent[j] == sid and (self.has(j, "conjunctions") or toks[j].text == ","):
                    j += self.starts[j]["conjunctions"][1] if self.has(j, "conjunctions") else 1
                    if j < n and toks[j].text == "," and (skip := self._parenthesis(j)):
                        j = skip  # "задержаны капитан и, по неофициальным данным, директор"
                    continue
                break
            if not ones:
                continue
            group = groups.pop() if len(groups) == 1 else "people"
            q = Quantity(total, total, (toks[k].start, toks[end - 1].end), k, end, value=total)
            self.found.append(_Found(measure, group or "people", q, q.span[0], q.span[1], "", last=end))

    def _past_adverbial(self, j: int) -> int:
        """After a verb at j-1: past a short phrase of place that stands before its object
        ("задержали в Усть-Джегуте пособника", "a fost reținut la Iași administratorul"), the index
        of the person named after it; j itself when no such phrase and person follow."""
        toks, n = self.toks, len(self.toks)
        if j >= n or not self.has(j, "prepositions"):
            return j
        first = j + self.starts[j]["prepositions"][1]
        for end in range(first + 1, min(first + 4, n)):
            t = end - 1
            if self.sent[t] != self.sent[j] or self.starts[t].keys() & _CLAUSE_WORDS:
                return j
            if not toks[t].is_word or t in self.q_cover:
                return j  # ("задержал в Оше троих человек": a count, read on its own)
            if end < n and self.sent[end] == self.sent[j] and end not in self.q_cover:
                if self._one_person(end) is not None:
                    return end
        return j

    def _free_ordinals(self) -> Iterator[tuple[int, int, int]]:
        """Ordinals no count covers ("a sixth", "третий"): their token, value and length."""
        if not self.useful:
            return
        for k in range(len(self.toks)):
            marks = self.starts[k]
            if "ordinal_value" in marks and k not in self.q_cover:
                value, size = marks["ordinal_value"]
                yield k, value, size

    def _ordinal_toll(self) -> None:
        """ "Este a șasea victimă", "the body of a sixth victim", "тело восьмого погибшего": an
        ordinal before a word for the dead tells the toll so far (six killed)."""
        toks, n = self.toks, len(self.toks)
        for k, value, size in self._free_ordinals():
            if self._has_before_word(k, ("negation", "modal")):
                continue
            j = k + size
            for _ in range(2):  # "a sixth confirmed victim", "восьмого погибшего"
                if j < n and self.sent[j] == self.sent[k] and "measure" not in self.starts[j]:
                    if not toks[j].is_word or self.starts[j].keys() & _CLAUSE_WORDS or j in self.q_cover:
                        break
                    if not self._adjective(j):
                        break
                    j += 1
            if j >= n or self.sent[j] != self.sent[k]:
                continue
            person = False
            if "measure" not in self.starts[j] and (size := self._group_at(j, n)[1]):
                # "A second person has died", "A doua persoană a murit": one more dead, the toll so far
                j, person = j + size, True
                j = self._past_aux(j, k)
                if j >= n or self.sent[j] != self.sent[k]:
                    continue
            measure, msize = self.starts[j].get("measure", ("", 0))
            if measure not in ("killed", "casualties") or (person and measure != "killed"):
                continue
            if any(f.measure == "killed" and self.sent[f.q.first] == self.sent[k] for f in self.found):
                continue  # "6 morți, după ce o a doua victimă a murit la spital": the toll is said
            q = Quantity(value, value, (toks[k].start, toks[j + msize - 1].end), k, j + msize, value=value)
            label = self.entry.text[toks[j].start : toks[j + msize - 1].end]
            self.found.append(_Found("killed", "people", q, q.span[0], q.span[1], label, last=j + msize))

    def _article_of_thing(self, at: int, end: int) -> bool:
        """An article before a casualty word that names an operation ("an evacuation order") or
        describes a place or a thing after it ("an evacuated home", "an evacuated neighbourhood")."""
        if self.has(at, "operation"):
            return True
        if end >= len(self.toks) or self.sent[end] != self.sent[at]:
            return False
        return "thing" in self.starts[end] or self.has(end, "areas")

    def _past_aux(self, j: int, k: int) -> int:
        """Token j moved past the auxiliaries ("has", "a fost", "был") in token k's sentence, up to
        a casualty word."""
        n = len(self.toks)
        while (
            j < n
            and self.sent[j] == self.sent[k]
            and "aux" in self.starts[j]
            and "measure" not in self.starts[j]
        ):
            j += self.starts[j]["aux"][1]
        return j

    def _ordinal_one(self) -> None:
        """ "Двое нападавших ликвидированы, третий задержан", "two gunmen were killed and a third was
        arrested", "doi au murit, al treilea a fost rănit": an ordinal standing alone before a casualty
        word, after a count of one fewer in its sentence, is one more of those counted."""
        toks, n = self.toks, len(self.toks)
        for k, value, size in self._free_ordinals():
            j = k + size
            j = self._past_aux(j, k)
            if j + 1 < n and self.has(j, "prepositions") and "measure" not in self.starts[j]:
                j += self.starts[j]["prepositions"][1]  # "a patra este în stare gravă"
            if j >= n or self.sent[j] != self.sent[k]:
                continue
            measure, msize = self.starts[j].get("measure", ("", 0))
            if measure not in _ONE_MORE:
                continue
            if any(f.q.first <= j < max(f.last, f.q.last) for f in self.found):
                continue  # the casualty word already reads a count
            # or in the sentence just before, when the ordinal opens its own ("two gunmen were shot
            # dead; the third was detained", "Двое ликвидированы. Третий задержан")
            opens = k < 2 or self.sent[k - 2] != self.sent[k]
            sents = (self.sent[k], self.sent[k] - 1) if opens else (self.sent[k],)
            prev = [
                f
                for f in self.found
                if self.sent[f.q.first] in sents
                and f.q.last <= k
                and f.q.low == f.q.high == value - 1
                and not f.subset
            ]
            if not prev:
                continue
            q = Quantity(1, 1, (toks[k].start, toks[j + msize - 1].end), k, j + msize, value=1)
            label = self.entry.text[toks[j].start : toks[j + msize - 1].end]
            self.found.append(
                _Found(measure, prev[-1].group, q, q.span[0], q.span[1], label, last=j + msize, carried=True)
            )

    def singles(self) -> None:
        self._listed_ones()
        self._one_body()
        self._ordinal_toll()
        self._ordinal_one()
        if self.code != "ru":
            self._named_one()
            return
        self._one_among()
        self._ru_object_one()
        self._ru_state_one()
        toks, n = self.toks, len(self.toks)
        for k, tok in enumerate(toks):
            marks = self.starts[k]
            if "measure" not in marks or not tok.is_word:
                continue
            grams = numbers.ru_parse(tok.text)[1]
            if "sing" not in grams or not grams & {"VERB", "PRTS"} or marks["measure"][0] in _NOT_ONE:
                continue
            # "Погиб 46-летний проходчик": a number-and-adjective compound before the noun
            aged = k + 4 < n and toks[k + 1].is_num and toks[k + 2].text == "-" and self._ru_adjective(k + 3)
            noun = k + 4
            while (
                aged
                and noun + 1 < n
                and noun < k + 6
                and self._ru_adjective(noun)
                and "group" not in self.starts[noun]
            ):
                noun += 1  # "Задержан 37-летний местный житель": more adjectives before the noun
            # "Полицейский был застрелен", "Журналист также задержан": the subject before an auxiliary
            lead = k
            while (
                lead > 1
                and k - lead < 2
                and self.has(lead - 1, "aux")
                and self.sent[lead - 1] == self.sent[k]
            ):
                lead -= 1
            # "Сотрудник полиции погиб", "Житель Белгорода погиб": the subject before its genitive
            owner = (
                lead >= 2 and toks[lead - 1].is_word and "gent" in numbers.ru_parse(toks[lead - 1].text)[1]
            )
            # "Директор управляющей компании задержан", "Владелец кафе задержан": past a genitive
            # of up to three words (an adjective, an indeclinable noun) to the subject it tells of
            chain = 0
            while chain < 3 and lead - chain - 2 >= 0 and self._ru_genitive(lead - chain - 1):
                chain += 1
            owner = owner or chain > 0
            spots = (
                (noun,)
                if aged
                else (
                    k + 1,
                    lead - 1,
                    *range(lead - 2, lead - chain - 2, -1),
                    *((lead - 2,) if owner and not chain else ()),
                    k + 2,
                    *self._ru_before_relative(k),
                )
            )
            for j in spots:
                if not 0 <= j < n or self.sent[j] != self.sent[k] or j in self.q_cover:
                    continue
                if j - 1 in self.q_cover and not aged:
                    continue
                group, size = self._group_at(j, n)
                if not group and self._ru_hurt_subject(j, k):
                    group, size = "people", 1  # "Пострадавший госпитализирован": the hurt one, taken in
                if not group:
                    continue
                g2 = numbers.ru_parse(toks[j].text)[1]
                if j > k and "ablt" in g2 and "nomn" not in g2:
                    continue  # "Подозреваемый задержан полицейскими": the doers, in the instrumental
                if owner and j == lead - 1 and "nomn" not in g2:
                    continue  # (the genitive names whose the subject is)
                if lead - chain - 1 <= j < lead - 1 and "nomn" not in g2:
                    continue  # (a word of the genitive: "управляющей компании")
                if j < k and grams >= {"VERB", "tran"} and marks["measure"][1] == 1:
                    break  # "Нападавший убил двоих прохожих": the subject of an active verb is the doer
                if j == lead - 2 and j + size < lead - 1:
                    continue  # (the genitive is no part of the subject's name)
                if "sing" in g2 and "nomn" in g2:
                    lo, hi = min(j, k), max(j + size - 1, k)
                    q = Quantity(1, 1, (toks[lo].start, toks[hi].end), lo, hi + 1, value=1)
                    label = self.entry.text[toks[j].start : toks[j + size - 1].end]
                    last = max(hi + 1, k + marks["measure"][1])
                    self.found.append(
                        _Found(marks["measure"][0], group, q, q.span[0], q.span[1], label, last=last)
                    )
                break

    def _ru_genitive(self, j: int) -> bool:
        """Token j may be a word of a genitive after a noun: a word some reading of which is in
        the genitive, no number, no word of its own role."""
        tok = self.toks[j]
        if not tok.is_word or j in self.q_cover or self.starts[j].keys() - {"group", "institution"}:
            return False
        return any("gent" in p.tag for p in numbers.morph_parses(tok.text))

    def _ru_of(self, j: int) -> bool:
        """Token j may be a word of a genitive after a noun, a vehicle's name too ("водитель
        автобуса")."""
        tok = self.toks[j]
        if not tok.is_word or j in self.q_cover or self.starts[j].keys() - {"group", "institution", "thing"}:
            return False
        return any("gent" in p.tag for p in numbers.morph_parses(tok.text))

    def _ru_hurt_subject(self, j: int, k: int) -> bool:
        """A sentence opened by one word for a hurt person ("Пострадавший", "Раненая") right before
        the verb at ``k`` of a later state (taken to hospital, died)."""
        marks = self.starts[j]
        return (
            j == k - 1
            and (j == 0 or self.sent[j - 1] != self.sent[j])
            and "measure" in marks
            and (
                marks["measure"] == ("injured", 1)
                # "Жертва скончалась в больнице": the victim, one noun, singular
                or marks["measure"] == ("killed", 1)
                and {"NOUN", "sing", "nomn"} <= numbers.ru_parse(self.toks[j].text)[1]
            )
            and self.starts[k]["measure"][0] in ("hospitalized", "killed")
        )

    def _ru_object_one(self) -> None:
        """ "Мужчину госпитализировали", "Водителя задержали", "Пастуха нашли мертвым": one person
        named in the accusative right before a verb in the plural past with no subject of its own
        (the doers left unsaid) is a count of one."""
        toks, n = self.toks, len(self.toks)
        for k in range(1, n):
            marks = self.starts[k]
            if "measure" not in marks or not toks[k].is_word or marks["measure"][0] not in _NAMED_MEASURES:
                continue
            grams = numbers.ru_parse(toks[k].text)[1]
            if not {"VERB", "plur", "past"} <= grams:
                continue
            j = k - 1
            if not toks[j].is_word or self.sent[j] != self.sent[k] or j in self.q_cover:
                continue
            while j >= 1 and "group" not in self.starts[j] and self._ru_adjective(j):
                j -= 1
            if j >= 1 and "group" not in self.starts[j] and toks[j].is_word and _genitive_noun(toks[j].text):
                j -= 1  # "Водителя автобуса задержали": the genitive names whose
            if "group" not in self.starts[j] or (j >= 1 and self.starts[j - 1].keys() & {"body", "links"}):
                continue  # ("Тело водителя нашли": the body, counted on its own)
            group, size = self._group_at(j, n)
            if not group or j + size > k:
                continue
            first = numbers.ru_parse(toks[j + size - 1].text)[1]
            accusative = any(
                {"NOUN", "accs", "sing"} <= p.tag.grammemes
                for p in numbers.morph_parses(toks[j + size - 1].text)
            )
            if not accusative or first & {"nomn", "plur", "Fixd", "Abbr"} or toks[j].text.isupper():
                continue  # ("Сотрудники МЧС спасли": an acronym, indeclinable, names the doers' body)
            if j >= 1 and (j - 1 in self.q_cover or toks[j - 1].is_num):
                continue  # "23 человека получили ранения": the noun of a count
            if j >= 1 and self.starts[j - 1].keys() & {"group", "qualified"}:
                continue  # ("Сотрудники полиции задержали"): the noun is the genitive of the subject
            q = Quantity(1, 1, (toks[j].start, toks[k].end), j, k + 1, value=1)
            label = self.entry.text[toks[j].start : toks[j + size - 1].end]
            last = k + marks["measure"][1]
            self.found.append(_Found(marks["measure"][0], group, q, q.span[0], q.span[1], label, last=last))

    def _ru_state_one(self) -> None:
        """ "Водитель находится в реанимации", "Пострадавший в тяжелом состоянии": one person named
        in the nominative before a state told by a linking verb ("находится", "остается") or by
        "в" alone is a count of one in that state."""
        toks, n = self.toks, len(self.toks)
        for k in range(2, n):
            marks = self.starts[k]
            if "measure" not in marks or marks["measure"][0] not in ("critical", "hospitalized"):
                continue
            if k in self.q_cover or any(f.start <= toks[k].start < f.end for f in self.found):
                continue
            p = k
            if toks[p - 1].text.lower() in ("в", "на"):
                p -= 1  # "в реанимации", "на ИВЛ": the state's preposition
            elif toks[p].text.lower() not in ("в", "на"):
                continue
            if p >= 1 and "linking" in self.starts[p - 1]:
                p -= 1
            j = p - 1
            chain = 0
            while (
                chain < 3
                and j - 1 >= 0
                and "nomn" not in numbers.ru_parse(toks[j].text)[1]
                and self._ru_of(j)
            ):
                j -= 1  # "Водитель автобуса находится в больнице": past the genitive
                chain += 1
            if j < 0 or self.sent[j] != self.sent[k] or j in self.q_cover or not toks[j].is_word:
                continue
            if j >= 1 and (j - 1 in self.q_cover or toks[j - 1].is_num):
                continue  # "23 человека находятся в больнице": the noun of a count
            group, size = self._group_at(j, n)
            opening = j == 0 or self.sent[j - 1] != self.sent[j]
            if not group and opening and self.starts[j].get("measure", (None, 0))[0] == "injured":
                group, size = "people", 1  # "Пострадавший находится в реанимации": the hurt one
            if not group or not p - chain <= j + size <= p:
                continue
            if not {"sing", "nomn"} <= numbers.ru_parse(toks[j].text)[1]:
                continue  # (the head noun comes first: "сотрудник полиции")
            measure, msize = marks["measure"]
            q = Quantity(1, 1, (toks[j].start, toks[k + msize - 1].end), j, k + msize, value=1)
            label = self.entry.text[toks[j].start : toks[j + size - 1].end]
            self.found.append(_Found(measure, group, q, q.span[0], q.span[1], label, last=k + msize))

    def _ru_before_relative(self, k: int) -> tuple[int, ...]:
        """ "Охранник банка, который пытался помешать, погиб": past a relative clause closed by a
        comma just before the verb at k, the noun (or the noun before its genitive) it tells of."""
        toks = self.toks
        if k < 4 or toks[k - 1].text != ",":
            return ()
        for c in range(k - 2, max(k - 16, 0), -1):
            if self.sent[c] != self.sent[k]:
                return ()
            if toks[c].text == ",":
                if c + 1 < k and "relative" in self.starts[c + 1] and c >= 1:
                    return (c - 1, c - 2) if c >= 2 else (c - 1,)
                return ()
        return ()

    def _zero_group(self, start: int, end: int) -> tuple[str, int, int]:
        """Whom "no injuries" speaks of: "among staff", "în rândul polițiștilor", "среди
        сотрудников" just before, inside or right after it (staff of an institution named
        in the sentence); the span grows to cover the group."""
        toks, n = self.toks, len(self.toks)
        if not n or not self.sent:
            return "people", start, end
        first = bisect_right(self.tok_starts, start - 1)
        last = bisect_right(self.tok_starts, end - 1)  # the first token after the phrase
        sid = self.sent[min(first, n - 1)]
        for k in [*range(first, min(last + 2, n)), *range(first - 1, max(first - 4, 0) - 1, -1)]:
            if self.sent[k] != sid or "among" not in self.starts[k]:
                continue
            m = k + self.starts[k]["among"][1]
            while m < n and ("articles" in self.starts[m] or toks[m].text in ("its", "their")):
                m += 1
            if m >= n:
                break
            group, size = self._group_at(m, n)
            if not group:
                break
            marks = self.starts[m]
            if (
                group in (self.lex.qualified_default, "workers")
                and "qualified" in marks
                and "group" not in marks
            ):
                # "the ministry said there were no injuries among staff": the institution before
                for j in range(m - 1, -1, -1):
                    if self.sent[j] != sid:
                        break
                    if "institution" in self.starts[j]:
                        group = self.starts[j]["institution"][0]
                        break
            return group, min(start, toks[k].start), max(end, toks[m + size - 1].end)
        if first >= 2 and "among" in self.ends[first - 1]:
            # "Граждан России среди пострадавших нет", "Copii printre răniți nu sunt": the group
            # named just before "among"
            for k in range(first - 1 - self.ends[first - 1]["among"][1], max(first - 5, 0) - 1, -1):
                if self.sent[k] != sid or not toks[k].is_word:
                    break
                if "group" in self.starts[k] and (group := self._group_at(k, n)[0]):
                    return group, toks[k].start, end
        for k in range(first, min(last, n)):  # "none of the officers were hurt": the group inside
            # ("Сотрудники ФСИН ... не пострадали": staff named by their institution)
            if self.starts[k].keys() & {"group", "qualified"} and (group := self._group_at(k, n)[0]):
                return group, start, end
        if any("back" in self.starts[k] for k in range(first, min(last, n))):
            # "The hostages were freed; none of them was hurt": those named just before
            for k in range(first - 1, max(first - 40, 0) - 1, -1):
                if self.sent[k] < sid - 1:
                    break
                if "group" in self.starts[k] and (group := self._group_at(k, n)[0]):
                    return group, start, end
        return "people", start, end

    def _zero_alternative(self, end: int) -> tuple[str, int] | None:
        """ "nimeni nu a fost rănit sau reținut", "no one was killed or injured", "никто не погиб и не
        пострадал": a second measure joined to a "no one" phrase by "or" is none either; (measure, end)."""
        toks, n = self.toks, len(self.toks)
        k = bisect_left(self.tok_starts, end)
        if k >= n or toks[k].start - end > 1 or not self.sent:
            return None
        marks = self.starts[k]
        kind = "alternative" if "alternative" in marks else "conjunctions" if "conjunctions" in marks else ""
        if not kind:
            return None
        k += marks[kind][1]
        for skip in ("negation", "aux"):  # "и не пострадал", "or been arrested"
            if k < n and skip in self.starts[k] and "measure" not in self.starts[k]:
                k += self.starts[k][skip][1]
        if k >= n or "measure" not in self.starts[k] or self.sent[k] != self.sent[k - 1]:
            return None
        if kind == "conjunctions" and "negation" not in self.starts[k - 1]:
            return None  # ("no one was hurt and police arrested ..."): only "and not" joins a second "none"
        measure, size = self.starts[k]["measure"]
        return (measure, toks[k + size - 1].end) if measure in _ZERO_JOINED else None

    def zeros(self) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        # every "no one was hurt" phrase holds a casualty word, so an entry without one has none
        if self.lex.zero_re is None or not self.toks:
            return out
        keys = self.lex.zero_keys
        if keys is not None:
            # the words the phrases open with (a word's first four letters, as prefilter keys them)
            present = prefilter.word_keys(self.entry.folded)
            if keys.isdisjoint(present):
                return out
        else:
            present = None
        folded = self.entry.folded
        for m in prefilter.scan(self.lex.zero_re, keys, folded, present):
            index = int((m.lastgroup or "z0")[1:])
            out.append((m.start(), m.end(), self.lex.zero_measures[index]))
        return out

    def _one_of_many(self, f: _Found, earlier: list[_Found]) -> bool:
        """ "five journalists were hurt, among them a reporter who ...": one person named with an
        article out of a count the sentence has just made of the same people, no figure of its own
        (a number stays: "two of them", "including one child")."""
        if not f.q.article or f.q.low != 1 or f.q.high != 1:
            return False
        sid = self.sent[f.q.first]
        for g in earlier:
            if (
                g.measure != f.measure
                or g.group != f.group
                or self.sent[g.q.first] != sid
                or (g.q.high is not None and g.q.high <= 1)
            ):
                continue
            if any(self.starts[k].keys() & {"partitive", "among"} for k in range(g.q.first, f.q.first)):
                return True
        return False

    @staticmethod
    def _rounds(f: _Found, exact: set[tuple[Any, ...]]) -> bool:
        """A bounded count ("more than 380") that an exact count of the same people in the entry
        falls within, close to its bound ("388"): the same count, rounded (not "at least 221" in
        one region beside 326 in another)."""
        low, high = f.q.low, f.q.high
        if low is None:
            return False
        top = high if high is not None else float("inf")
        return any(
            m == f.measure and g == f.group and low <= v <= top and v - low <= max(2, low // 20)
            for m, g, v in exact
        )

    def _regroup(self, measure: str, group: str) -> str:
        """The group a measure reports: firefighters hurt count as security staff, residents
        moved out of their homes as people (``[regroup]`` in figures.toml)."""
        table = self.lex.regroup
        if " " in measure and group in table.get(measure, {}):
            return table[measure][group]  # "killed one": one person the measure befell
        measure = measure.split()[0]
        if measure in _NOT_PEOPLE or not table:
            return table.get(measure, {}).get(group, group)
        own = table.get(measure, {})
        return own[group] if group in own else table.get("*", {}).get(group, group)

    def _background(self) -> set[int]:
        """Tokens of clauses opened by a month and year or a year ("In August 2014 a ferry sank,
        leaving 100 dead", "în 2010", "в августе 2014 года"): an earlier disaster told as
        background, whose counts are no figures of this story."""
        toks, n = self.toks, len(self.toks)
        opens: list[int] = []
        for i in range(n):
            if "recent" in self.starts[i]:
                # "în ultimii 25 de ani", "over the past 10 years": a tally of earlier years
                j = i + self.starts[i]["recent"][1]
                q = self.q_at.get(j)
                if q is not None:
                    j = q.last + (1 if q.last < n and self.has(q.last, "links") else 0)
                    if self.has(j, "years"):
                        opens.append(i)
                continue
            if "last_year" in self.starts[i] and (i == 0 or self.sent[i - 1] != self.sent[i]):
                opens.append(i)  # "Last year, a fire on a car carrier killed one crew member"
                continue
            # the year, and its unit word ("2010 года")
            year_end = i + 1 + (i + 1 < n and toks[i + 1].is_word and "units" in self.starts[i + 1])
            if (
                toks[i].is_num
                and len(toks[i].text) == 4
                and toks[i].text.isdigit()
                and 1900 <= int(toks[i].text) <= 2100
                and year_end + 1 < n
                and toks[year_end].text == ","
                and "dated_when" in self.starts[year_end + 1]
            ):
                opens.append(i)  # "the deadliest since 2010, when floods killed 60": that year's story
                continue
            if self._past_year(i):
                # "The 2015 attack on the hall killed 130 people": from the year on (not "killed 135 in
                # a country still scarred by the 1975-90 war")
                opens.append(i - 1)
                continue
            if "dated" not in self.starts[i]:
                continue
            if i and not (toks[i - 1].text in (",", *_SENTENCE_END) or self.has(i - 1, "conjunctions")):
                if self.sent[i - 1] == self.sent[i]:
                    continue
            j = i + self.starts[i]["dated"][1]
            if j < n and "months" in self.starts[j]:
                j += self.starts[j]["months"][1]
            if self.has(j, "last_year"):  # "In July last year", "в июле прошлого года"
                opens.append(i)
                continue
            if not (
                j < n and toks[j].is_num and len(toks[j].text) == 4 and 1900 <= int(toks[j].text) <= 2100
            ):
                continue
            opens.append(i)
        out: set[int] = set()
        for i in range(n):
            if not self._year_word(i, "past_time") or self._year_word(i - 1, "past_not"):
                continue
            # "All three had been arrested last autumn", "Всех троих арестовали осенью": its clause
            s = i
            while s and self.sent[s - 1] == self.sent[i] and toks[s - 1].text not in _CLAUSE_MARKS:
                s -= 1
            k = i + 1
            while k < n and self.sent[k] == self.sent[i] and toks[k].text not in _CLAUSE_MARKS:
                k += 1
            out.update(range(s, k))
        for i in opens:
            k = i + 1  # to the sentence end or the next clause of the kind
            while k < n and self.sent[k] == self.sent[i] and k not in opens:
                k += 1
            out.update(range(i, k))
        return out

    def _past_year(self, i: int) -> bool:
        """A bare year inside a clause, named as the time of something ("the 2015 attack", "a
        quake struck the region in 2023", "incendiul din 2015", "теракт в 2024 году"): from there
        on, the sentence tells an earlier event. Not a full date (the day's own story may carry one), not
        a clause opened by it (``dated`` reads those), and not a sentence that measures the story
        against that year ("the deadliest since 2015", "cel mai mare protest din 1989")."""
        toks = self.toks
        if not (toks[i].is_num and len(toks[i].text) == 4 and toks[i].text.isdigit()):
            return False
        if not (1900 <= int(toks[i].text) <= 2100) or not self._year_word(i - 1, "year_of"):
            return False
        ref = i - 1
        if self._year_word(ref - 1, "year_like"):
            return False  # "s-au strâns, ca în 1989, în piață": the story likened to that year
        if ref == 0 or self.sent[ref - 1] != self.sent[ref] or toks[ref - 1].text in _CLAUSE_MARKS:
            if "dated" in self.starts[ref]:
                return False  # "In 2010, floods killed 24": the clause rule reads it
        elif self.has(ref - 1, "conjunctions") and "dated" in self.starts[ref]:
            return False
        sid = self.sent[i]
        lo, hi = bisect_left(self.sent, sid), bisect_right(self.sent, sid)
        # the clause of the year: a measure in another ("the deadliest in its history, surpassing
        # the 1973 floods that killed 150") is no measure of it
        start = next((k + 1 for k in range(i - 1, lo - 1, -1) if toks[k].text in _CLAUSE_MARKS), lo)
        end = next((k for k in range(i + 1, hi) if toks[k].text in _CLAUSE_MARKS), hi)
        return not any(self._year_word(k, "year_since") for k in range(start, end))

    def _year_word(self, i: int, name: str) -> bool:
        """Tokens from i spell one of the words ``name`` lists (by word or dictionary form)."""
        toks, n = self.toks, len(self.toks)
        if not 0 <= i < n or not toks[i].is_word:
            return False
        by_first = self.lex.year_words.get(name, {})
        for first in {toks[i].key, toks[i].lemma}:
            for words in by_first.get(first, ()):
                if i + len(words) <= n and all(
                    toks[i + j].key == w or toks[i + j].lemma == w for j, w in enumerate(words[1:], 1)
                ):
                    return True
        return False

    def _victims_of_deaths(self) -> None:
        """ "O femeie a murit la spital. Numărul victimelor ajunge astfel la cinci": victims
        counted after a death, in an entry that counts no one hurt, are the dead."""
        tolls = [f for f in self.found if f.measure == "casualties" and not f.subset]
        if not tolls or any(f.measure in ("injured", "hospitalized", "critical") for f in self.found):
            return
        first_death = next(
            (
                self.toks[k].start
                for k, marks in enumerate(self.starts)
                if marks.get("measure", ("",))[0] == "killed"
            ),
            None,
        )
        if first_death is None:
            return
        for f in tolls:
            if first_death < f.start:
                f.measure = "killed"

    def _family_of(self, q: Quantity) -> bool:
        """The number right after "a family of" ("familie de", "семья из"): its members."""
        k = q.first - 1
        if k < 1 or not self.starts[k].keys() & {"links", "set_of"}:
            return False
        return self.ends[k - 1].get("group", ("",))[0] == "families"

    def _one_of_them_named(self) -> None:
        """ "Seven people, one of them a paramedic, were killed": the one is the paramedic named
        right after it, no second victim of no group."""
        for f in self.found:
            if f.hidden or f.q.article or f.q.low != 1 or f.q.high != 1 or f.group != "people":
                continue
            if any(
                g is not f
                and not g.hidden
                and g.measure == f.measure
                and g.q.article
                and g.q.low == g.q.high == 1
                and 0 <= g.q.first - f.last <= 1
                and self.sent[g.q.first] == self.sent[f.q.first]
                for g in self.found
            ):
                f.hidden = True

    def _among_fronted(self) -> None:
        """ "Among the civilians, two were killed", "Printre civili, doi morți", "Среди мирных
        жителей двое погибших": a count of the dead or hurt told of no one, after a group named by
        "among" that opens its clause, counts that group."""
        toks, n = self.toks, len(self.toks)
        for f in self.found:
            if f.group != "people" or f.subset or f.hidden or f.measure not in _HURT | {"missing"}:
                continue
            sid = self.sent[f.q.first]
            for k in range(f.q.first - 1, max(f.q.first - 9, -1), -1):
                if self.sent[k] != sid or k in self.q_cover:
                    break
                if "among" not in self.starts[k] or toks[k].text.lower() == "including":
                    continue
                opening = k - 1
                while (
                    opening >= 0 and self.sent[opening] == sid and toks[opening].text.lower() in ("în", "in")
                ):
                    opening -= 1  # "în rândul civililor"
                if opening >= 0 and self.sent[opening] == sid and toks[opening].text not in _CLAUSE_MARKS:
                    break  # (the group must open its clause: "two were killed among the protesters")
                m = k + self.starts[k]["among"][1]
                while m < n and "articles" in self.starts[m]:
                    m += 1
                if m >= f.q.first:
                    break
                group, size = self._group_at(m, f.q.first)
                if group and group != "people" and m + size <= f.q.first and f.q.first - (m + size) <= 3:
                    f.group = group
                    f.start = min(f.start, toks[k].start)
                break

    def run(self) -> list[Figure]:
        zeros = self.zeros()
        past = self._background() if self.qs else set()
        past |= self._withdrawn()
        for q in self.qs:
            if any(s <= q.span[0] < e for s, e, _ in zeros) or q.first in past:
                continue
            self.read(q)
        if self.useful:  # (no casualty or presence word: no sentences were cut, nothing to name)
            self.singles()
            self.follow_ups()
            self._victims_of_deaths()
        self._one_of_them_named()
        self._died_after()
        self._among_fronted()
        figures: list[Figure] = []
        seen: set[tuple[Any, ...]] = set()
        ordered = sorted(self.found, key=lambda f: f.start)
        exact = {
            (f.measure, f.group, f.q.low) for f in ordered if f.q.low is not None and f.q.low == f.q.high
        }
        wholes = {
            (f.measure, f.group, f.q.low)
            for f in ordered
            if f.q.low is not None and f.q.low == f.q.high and not f.subset
        }
        for i, f in enumerate(ordered):
            if f.hidden or self._one_of_many(f, ordered[:i]):
                continue
            if f.q.low is None and (f.measure, f.group, f.q.high) in exact:
                continue  # "Death toll rises to 21 ... revised the number killed up to 21": the same 21
            if f.q.high is None and f.q.low is not None and (f.measure, f.group, f.q.low) in exact:
                continue  # "Toll rises to 14 | At least 14 people were killed": the same 14
            if f.q.low != f.q.high and not f.q.vague and self._rounds(f, wholes):
                continue  # "Toll climbs to 47, with more than 380 injured | 388 people had been injured"
            if f.group == "people" and self._family_of(f.q):
                f.group = "kin"  # "a family of five has not been heard from": people said who
            one = f.q.low == f.q.high == 1
            # one man hurt in a story of unrest may be one of the crowd: no victim among bystanders
            plain = one and f.measure not in ("killed", "missing") and self.entry.doc.memo.get(UNREST)
            lone = one and not plain and not f.carried
            f.group = self._regroup(f"{f.measure} one" if lone else f.measure, f.group)
            if not f.group:
                continue  # a group the measure never counts ("two suspects are being sought": wanted, not missing)
            if f.measure == "present" and (f.group in self.lex.immobile or f.group == "customers"):
                continue  # "the building had 24 flats": what stands there is no one on the scene
            if f.measure == "affected" and (f.group in self.lex.things or f.group == "customers"):
                continue  # "900 de case inundate", "64,000 homes and businesses without power": no toll of people
            key = (f.measure, f.group, f.q.low, f.q.high, f.unit)
            stem = _person_stem(self.lex, f.label) if one and f.label else ""
            if stem:
                # "a man drowned ... a woman was killed": two people, one each ("un jandarm",
                # "Jandarmul": one)
                if (*key, stem) in seen or (*key, "") in seen:
                    continue
                seen.add((*key, stem))
            elif key in seen:
                continue
            else:
                seen.add((*key, ""))  # one person named by no noun: the same as any other
            seen.add(key)
            figures.append(
                Figure(
                    measure=f.measure,
                    group=f.group,
                    low=f.q.low,
                    high=f.q.high,
                    span=(f.start, f.end),
                    label=f.label,
                    approx=f.q.approx,
                    unit=f.unit,
                )
            )
        for s, e, measure in zeros:
            other = self._zero_alternative(e)
            group, s, e = self._zero_group(s, e)
            for m, end in ((measure, e), *([other] if other else [])):
                group_m = self._regroup(m, group)  # "no rescuers hurt": uniformed crews
                key = (m, group_m, 0, 0, None)
                if key not in seen:
                    seen.add(key)
                    figures.append(Figure(measure=m, group=group_m, low=0, high=0, span=(s, max(e, end))))
        figures.sort(key=lambda f: f.span)
        return figures


def _person_stem(lex: Lexicon, label: str) -> str:
    """The stem of the group noun a one-person figure is named by ("woman", "jandarm"); "" if none."""
    words = strip_marks(label.lower()).split()
    if not words:
        return ""
    word = words[-1] if len(words) <= 2 else words[0]
    for cut in range(0, min(lex.max_suffix, len(word) - 2) + 1):
        stem = word[: len(word) - cut]
        if word[len(stem) :] in lex.suffixes and any(e[1] == "group" for e in lex.index.get(stem, ())):
            return stem
    return ""


def find(entry: EntryText) -> list[Figure]:
    """The counted quantities of one entry, each with its span."""
    if not langdata.section(entry.lang, "figures"):
        return []
    return _Reader(entry).run()
