"""Event types of an entry (records.md's table), each with its trigger span.

Triggers are data: ``lang/<code>/events.toml`` lists, per type, ``phrases``
(verbal phrases that report something happening: "au deschis focul asupra
demonstranților", "set fire to"), ``nouns`` ("protestele", "беспорядки") and
``mentions`` ("explosion", "взрыв", "lovitură de stat").
A noun counts only when it is the news, not the background: near the start of
its sentence ("Protestele s-au amplificat") or next to a happening word ("are
loc o operațiune antiteroristă"); "în timpul protestelor" is background.
A mention counts anywhere except right after a background word ("the death toll
from the blast", "по факту взрыва").
``unless`` lists longer phrases in which a trigger of that type means something
else ("no one was hurt" is no casualty report).
``fire`` words ("in flames", "arde", "горит") say something burns, not who set it
alight: they are arson only in a story of unrest (a document or entry naming the
``unrest`` words: protesters, rioters, looting), never a wildfire's or a blaze's.
``foreign`` phrases name a state (``STATE``, from the ``states`` table of names and ISO
codes), as their subject or as the land of their subject's head of state or minister: they
count only when that state is not the country the story is about ("Germany is sending
rescuers" in a story of floods in Libya, not in one of floods in Germany; "the president of
Belarus urged the protesters" in a story of Kazakhstan).
``OTHER`` in a pattern stands for a state, a bloc or a capital named as the object of another's
words (``state_objects``, in the cases the language puts an object in: "accused Moscow",
"dă vina pe Chișinău", "обвинил Баку"): a charge or a call aimed at a state is between states.
No trigger counts in the scope of a negation or a hypothesis just before it
(``negation``: "no plans to resign", "nu au fost raportate explozii", "может
быть введен").

All triggers of a language are merged into one regular expression with a named
group per trigger, longest first, so an entry is read in a single pass.
``casualty_report`` also comes from the figures already read: a count of dead,
injured or hospitalised people. A zero ("no one was hurt") is a figure but no report of
casualties by itself; whether the words saying nobody was hurt are a report is each language's
data (English coders count them, Romanian and Russian ones leave the event out). A count of people arrested is an ``arrests`` event, unless the words it
stands in are an ``unless`` phrase of that type ("detained earlier").
In a story of one armed assailant against unarmed people (``rampage`` words in two entries or
more: "the gunman", "school shooting", "стрелок"), shots aimed at people are that attack
(``rampage_shots``: "he began shooting", "a teacher was shot" are ``attack``), while shots only
heard ("shots rang out", "gunfire") stay ``shooting`` of unclear sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from re import _parser as _sre_parser  # type: ignore[attr-defined]

from newsrewind import lang as langdata
from newsrewind.extract.context import DocContext, EntryText
from newsrewind.extract.prefilter import may_match
from newsrewind.model import Event, Figure

CASUALTY_MEASURES = frozenset({"killed", "injured", "casualties", "hospitalized", "critical"})
#: figure measures that are events of their own
FIGURE_EVENTS = {"arrested": "arrests"}
_WB = r"(?<!\w)"
_WE = r"(?!\w)"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"|]\s*|\s-\s)[^.!?:;\n\"|]{0,30}$")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\n\"|]|\s-\s")

PHRASE, NOUN, MENTION, UNLESS, FIRE, FOREIGN = "p", "n", "m", "u", "f", "x"
UNREST = "events.unrest"  # DocContext.memo key: the document tells of unrest (figures read it too)
RAMPAGE = "events.rampage"  # DocContext.memo key: the story is of an armed assailant against unarmed people
_YEAR = "events.year"  # DocContext.memo key: the year the document is written in, when it says
#: a year written in the text; the latest one written at least twice is the document's own
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_UNREST = UNREST
_CLAUSE_BACK = 60  # how far back a negation or a background word may stand
_KEY = 5  # triggers are looked up by the first characters of the word they start at
_SPECIAL = set("\\.^$*+?{}[]|()")


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def _close(p: str, i: int) -> int:
    """Index just past the bracket or parenthesis group opening at ``p[i]``."""
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[" and p[i] == "(":
            j = _close(p, j)
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError(f"unbalanced trigger pattern: {p!r}")


def _split(p: str) -> list[str]:
    """Top-level alternatives of a pattern."""
    if "|" not in p:
        return [p]
    parts, depth, last, j = [], 0, 0, 0
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _close(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(p[last:j])
            last = j + 1
        j += 1
    parts.append(p[last:])
    return parts


def _prefixes(p: str, limit: int = _KEY) -> set[tuple[str, bool]]:
    """The literal strings a pattern can start with, up to ``limit`` characters.

    Each comes with ``open``: True when the pattern may go on past it with
    something that is not a plain character (so longer text may follow).
    """
    alts = _split(p)
    if len(alts) > 1:
        return set().union(*(_prefixes(a, limit) for a in alts))
    if limit == 0 or not p:
        return {("", bool(p))}
    c = p[0]
    if p.startswith("(?<") or p.startswith("(?=") or p.startswith("(?!"):
        return _prefixes(p[_close(p, 0) :], limit)
    if c == "(":
        end = _close(p, 0)
        inner = p[3 : end - 1] if p.startswith("(?:") else p[1 : end - 1]
        atoms = {(inner, False)}
    elif c == "[":
        end = _close(p, 0)
        body = p[1 : end - 1]
        if body.startswith("^") or "-" in body.strip("-") or "\\" in body:
            return {("", True)}
        atoms = {(ch, True) for ch in body}
    elif c == "\\":
        if p[1:2] == "d":
            atoms, end = {(digit, True) for digit in "0123456789"}, 2
        elif p[1:2].isalnum():
            return {("", True)}
        else:
            atoms, end = {(p[1], True)}, 2
    elif c in _SPECIAL:
        return {("", True)}
    else:
        atoms, end = {(c, True)}, 1
    rest = p[end:]
    quant = rest[:1]
    if quant in ("?", "*") or rest.startswith("{0"):
        return {("", True)}
    if quant in ("+", "{"):
        rest, stop = "", True
    else:
        stop = False
    out: set[tuple[str, bool]] = set()
    for atom, literal in atoms:
        expanded = {(atom, False)} if literal else _prefixes(atom, limit)
        for head, head_open in expanded:
            if head_open or stop or len(head) >= limit:
                out.add((head[:limit], head_open or stop or bool(rest) or len(head) > limit))
                continue
            for tail, tail_open in _prefixes(rest, limit - len(head)) if rest else {("", False)}:
                out.add((head + tail, tail_open))
    return out


@dataclass(frozen=True)
class _Trigger:
    source: str  # the regular expression, compiled on first use (most never are)
    kind: str
    role: str
    weight: int  # longer patterns are tried first


def _trie(keys: list[str]) -> str:
    """A regular expression that matches any of ``keys``, as a trie of literal branches."""
    tree: dict[str, dict] = {}
    for key in keys:
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""  # a shorter key already matches here
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


_Matcher = Callable[[str, int, int], "re.Match[str] | None"]
#: Candidates joined in one pattern (None: no candidate) and the trigger of each group, in order.
_Joined = tuple[_Matcher | None, tuple[_Trigger, ...]]
#: Flags set for a whole pattern ("(?i)"): such a pattern cannot be one branch of another.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@lru_cache(maxsize=20_000)
def _joinable(source: str) -> bool:
    """Whether a trigger's pattern can be one group of a joined pattern and still match as alone:
    no groups of its own (their numbers would shift), no whole-pattern flags, no empty match
    (alone, an empty match is passed over for the next trigger)."""
    try:
        parsed = _sre_parser.parse(source)  # parsing alone: compiling it too would double the cost
    except re.error:
        return False
    if parsed.state.groups > 1 or _GLOBAL_FLAGS.search(source):  # group 0 is the whole match
        return False
    return bool(parsed.getwidth()[0] > 0)


@dataclass
class _Rules:
    starts: re.Pattern[str]  # word starts where some trigger may begin
    by_key: dict[str, list[_Trigger]]  # exact prefix (up to _KEY characters) -> triggers
    always: list[_Trigger]  # triggers with no literal start
    overrides: dict[str, tuple[str, ...]]  # type -> types that make it redundant
    firm: frozenset[str]  # types whose triggers a negation before them does not cancel
    happening: re.Pattern[str] | None
    background: re.Pattern[str] | None  # words right before a noun that make it background
    negated: re.Pattern[str] | None  # a negation or hypothesis right before a trigger
    unrest: re.Pattern[str] | None  # words of a story of unrest (protesters, looting)
    rampage: re.Pattern[str] | None  # words of a story of an assailant against unarmed people
    rampage_shots: re.Pattern[str] | None  # shooting triggers that, in such a story, are the attack
    past: re.Pattern[str] | None  # a sentence set in a past year ("In 2001,"): its events are history
    # the same openings with any year (its digits the first group that matched): history when the
    # year is before the document's own
    past_year: re.Pattern[str] | None
    memo: dict[str, tuple[_Trigger, ...]]  # first characters of a word -> candidates
    compiled: dict[str, _Matcher]  # trigger source -> its compiled ``match``
    # (first characters, type read again) -> the candidates joined in one pattern (see ``joined``)
    joins: dict[tuple[str, str, bool], _Joined | None] = field(default_factory=dict)
    joins_by_sources: dict[tuple[str, ...], _Matcher | None] = field(default_factory=dict)
    # the names of states (``states``: folded name -> ISO code) a ``foreign`` trigger opens with
    state_names: re.Pattern[str] | None = None
    state_codes: dict[str, str] = field(default_factory=dict)

    def giver(self, folded: str, start: int, end: int) -> str | None:
        """The ISO code of the first state a ``foreign`` trigger in [start, end) names: the one it
        opens with, or the one of its head of state or minister ("the president of Belarus")."""
        m = self.state_names.search(folded, start, end) if self.state_names is not None else None
        return self.state_codes.get(m.group(0)) if m is not None else None

    def candidates(self, key: str) -> tuple[_Trigger, ...]:
        """The triggers that can start with the text ``key``, heaviest first (memoised; each
        is compiled by ``matcher`` only when tried alone: most are tried ``joined``)."""
        found = self.memo.get(key)
        if found is None:
            pool = [t for n in range(len(key), -1, -1) for t in self.by_key.get(key[:n], ())]
            found = tuple(sorted(pool + self.always, key=lambda t: -t.weight))
            if len(self.memo) > 500_000:
                self.memo.clear()
            self.memo[key] = found
        return found

    def joined(self, key: str, inside: str, plain: bool = False) -> _Joined | None:
        """The candidates for ``key`` (but the `unless` phrases of type ``inside``) as one
        pattern of one group each, tried in the same order: the group that matches names the
        trigger. None when some candidate cannot be joined (see ``_joinable``). ``plain``:
        without the ``foreign`` triggers."""
        memo_key = (key, inside, plain)
        if memo_key in self.joins:
            return self.joins[memo_key]
        triggers = tuple(
            t
            for t in self.candidates(key)
            if not (inside and t.kind == inside and t.role == UNLESS) and not (plain and t.role == FOREIGN)
        )
        got: _Joined | None = None
        if all(_joinable(t.source) for t in triggers):
            sources = tuple(t.source for t in triggers)
            if sources not in self.joins_by_sources:
                if len(self.joins_by_sources) > 50_000:
                    self.joins_by_sources.clear()
                self.joins_by_sources[sources] = (
                    re.compile("|".join(f"({s})" for s in sources)).match if sources else None
                )
            got = (self.joins_by_sources[sources], triggers)
        if len(self.joins) > 500_000:
            self.joins.clear()
        self.joins[memo_key] = got
        return got

    def matcher(self, trigger: _Trigger) -> _Matcher:
        """The ``match`` method of a trigger's pattern, compiled on first use."""
        got = self.compiled.get(trigger.source)
        if got is None:
            got = self.compiled[trigger.source] = re.compile(trigger.source).match
        return got


@cache
def _rules(code: str) -> _Rules:
    data = langdata.section(code, "events")
    by_key: dict[str, list[_Trigger]] = {}
    always: list[_Trigger] = []
    overrides: dict[str, tuple[str, ...]] = {}
    firm: set[str] = set()
    codes: dict[str, str] = dict(data.get("states", {}))
    states = "(?:" + "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True)) + ")"
    objects = data.get("state_objects", [])
    other = "(?:" + "|".join(re.escape(n) for n in sorted(objects, key=len, reverse=True)) + rf"){_WE}"
    for name, row in data.get("types", {}).items():
        for role, key in (
            (PHRASE, "phrases"),
            (NOUN, "nouns"),
            (MENTION, "mentions"),
            (UNLESS, "unless"),
            (FIRE, "fire"),
            (FOREIGN, "foreign"),
        ):
            for p in row.get(key, []):
                if role == FOREIGN:
                    p = p.replace("STATE", states)
                if "OTHER" in p:
                    p = p.replace("OTHER", other)
                trigger = _Trigger(p, name, role, len(p))
                heads = _prefixes(p)
                if any(h == "" for h, _ in heads):
                    always.append(trigger)
                    continue
                for head, _ in heads:
                    by_key.setdefault(head, []).append(trigger)
        overrides[name] = tuple(row.get("dropped_by", []))
        if not row.get("negatable", True):
            firm.add(name)
    background = data.get("background", [])
    happening = data.get("happening", [])
    negation = data.get("negation", [])
    # "nu a fost rănit sau reținut": a second word joined by "or" is in the negation's scope too
    joined = rf"(?:\s+(?:{_alt(data['alternative'])}))?" if data.get("alternative") else ""
    unrest = data.get("unrest", [])
    rampage = data.get("rampage", [])
    rampage_shots = data.get("rampage_shots", [])
    past = data.get("past", [])
    year = r"((?:19|20)\d\d)"
    past_year = [p.replace("YEAR", year) for p in data.get("past_year", [])]
    # a few words (article, adjective, date) may stand between a background word and its noun
    between = rf"(?:[\w'-]+\s+){{0,{int(data.get('background_gap', 0))}}}"
    starts = re.compile(rf"{_WB}(?={_trie(list(by_key))})" if by_key and not always else r"(?<!\w)\w")
    return _Rules(
        starts,
        by_key,
        always,
        overrides,
        frozenset(firm),
        re.compile(rf"{_WB}(?:{_alt(happening)}){_WE}") if happening else None,
        re.compile(rf"{_WB}(?:{_alt(background)})\s+{between}$") if background else None,
        re.compile(rf"{_WB}(?:{_alt(negation)})(?:\s+[\w'-]+){{0,3}}{joined}\s+$") if negation else None,
        re.compile(rf"{_WB}(?:{_alt(unrest)})") if unrest else None,
        re.compile(rf"{_WB}(?:{_alt(rampage)})") if rampage else None,
        re.compile(rf"(?:{_alt(rampage_shots)}){_WE}") if rampage_shots else None,
        re.compile(rf"{_WB}(?:{_alt(past)}){_WE}") if past else None,
        re.compile(rf"{_WB}(?:{_alt(past_year)}){_WE}") if past_year else None,
        {},
        {},
        state_names=re.compile(rf"{_WB}{states}{_WE}") if codes else None,
        state_codes=codes,
    )


def _hits(
    rules: _Rules, folded: str, lo: int, hi: int, inside: str = "", plain: bool = False
) -> list[tuple[int, int, _Trigger]]:
    """Trigger matches from left to right, none inside another.

    ``inside``: the type whose `unless` phrase spans [lo, hi), read again for other types.
    ``plain``: without the ``foreign`` triggers (a state's own aid, read again).
    """
    out: list[tuple[int, int, _Trigger]] = []
    upto = lo
    for w in rules.starts.finditer(folded, lo, hi):
        pos = w.start()
        if pos < upto:
            continue
        joined = rules.joined(folded[pos : pos + _KEY], inside, plain)
        if joined is not None:  # every candidate tried in one call, in the same order
            one, triggers = joined
            m = one(folded, pos, hi) if one is not None else None
            if m is not None:
                out.append((pos, m.end(), triggers[int(m.lastindex or 1) - 1]))
                upto = m.end()
            continue
        for t in rules.candidates(folded[pos : pos + _KEY]):
            if (inside and t.kind == inside and t.role == UNLESS) or (plain and t.role == FOREIGN):
                continue
            m = rules.matcher(t)(folded, pos, hi)
            if m is not None and m.end() > pos:
                out.append((pos, m.end(), t))
                upto = m.end()
                break
    return out


def _clause_start(folded: str, start: int) -> int:
    """Where the clause holding ``start`` begins (at most ``_CLAUSE_BACK`` characters back)."""
    lo = max(0, start - _CLAUSE_BACK)
    cut = [m.end() for m in _CLAUSE_BREAK.finditer(folded, lo, start)]
    return cut[-1] if cut else lo


def _is_background(rules: _Rules, folded: str, start: int) -> bool:
    """A background word ("during", "după", "по факту") right before the trigger."""
    if rules.background is None:
        return False
    return rules.background.search(folded, _clause_start(folded, start), start) is not None


def _is_negated(rules: _Rules, folded: str, start: int) -> bool:
    """A negation or hypothesis ("no", "nu", "не", "could", "dacă") up to three words before."""
    if rules.negated is None:
        return False
    return rules.negated.search(folded, _clause_start(folded, start), start) is not None


def _in_past(rules: _Rules, folded: str, start: int, year: int | None = None) -> bool:
    """Whether the sentence before ``start`` sets it in a past year ("In 2001, ...", "в 2015 году"):
    one long gone, or one before the document's own ``year``."""
    if rules.past is None and rules.past_year is None:
        return False
    lo = max(0, start - 200)
    cut = [m.end() for m in _CLAUSE_END.finditer(folded, lo, start)]
    lo = cut[-1] if cut else lo
    if rules.past is not None and rules.past.search(folded, lo, start) is not None:
        return True
    if year is None or rules.past_year is None:
        return False
    for m in rules.past_year.finditer(folded, lo, start):
        said = next((int(g) for g in m.groups() if g), None)
        if said is not None and said < year:
            return True
    return False


def _is_news(rules: _Rules, folded: str, start: int, end: int) -> bool:
    """A noun trigger is news near the start of its sentence or beside a happening word."""
    if _is_background(rules, folded, start):
        return False
    if _SENTENCE_START.search(folded, max(0, start - 40), start) is not None:
        return True
    if rules.happening is None:
        return False
    lo = max(0, start - 40)
    before = folded[lo:start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    lo += cut[-1] if cut else 0
    stop = _CLAUSE_END.search(folded, end, min(len(folded), end + 40))
    hi = stop.start() if stop else min(len(folded), end + 40)
    return (
        rules.happening.search(folded, lo, start) is not None
        or rules.happening.search(folded, end, hi) is not None
    )


def _casualty_figure(figures: list[Figure], unless: list[tuple[int, int, str]]) -> Figure | None:
    """The first figure that reports dead, injured or hospitalised people (more than none).

    A count inside a ``casualty_report`` ``unless`` phrase is no report (a false claim, a
    criminal code's wording).
    """
    for f in figures:
        if f.measure in CASUALTY_MEASURES and f.high != 0 and not _inside(unless, "casualty_report", f.span):
            return f
    return None


def _inside(unless: list[tuple[int, int, str]], kind: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` overlaps an ``unless`` phrase of type ``kind``."""
    return any(k == kind and s < span[1] and span[0] < e for s, e, k in unless)


def scan_document(ctx: DocContext, texts: list[str]) -> None:
    """Whether the document tells of unrest, or of an armed assailant against unarmed people: two
    entries or more name its words; and the year it
    is written in (the latest year it writes twice or more), so that "In 2024, ..." in a blog of
    2026 tells history."""
    code = ctx.lang or "en"
    if code not in langdata.available():
        return
    counts: dict[int, int] = {}
    for text in texts:
        for m in _YEARS.finditer(text):
            counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    ctx.memo[_YEAR] = max((y for y, n in counts.items() if n >= 2), default=None)
    rules = _rules(code)
    for key, words in ((_UNREST, rules.unrest), (RAMPAGE, rules.rampage)):
        if words is not None:
            folds = map(ctx.fold, texts)
            ctx.memo[key] = sum(1 for t in folds if may_match(words, t) and words.search(t)) >= 2


def _unrest(rules: _Rules, entry: EntryText) -> bool:
    """Whether the entry or its document tells of unrest."""
    if entry.doc.memo.get(_UNREST):
        return True
    unrest = rules.unrest
    return unrest is not None and may_match(unrest, entry.folded) and unrest.search(entry.folded) is not None


# Violence that makes a crowd something else than a rally (a riot, a fight, an attack).
_NOT_A_RALLY = frozenset({"riot", "armed_clash", "attack", "shooting"})


def _crowd(f: Figure) -> bool:
    """A count the size of a crowd: a rally's, not a handful of attackers."""
    return (f.low or 0) >= 20


def find(entry: EntryText, figures: list[Figure]) -> list[Event]:
    """The event types of one entry, first trigger span each, in text order."""
    rules = _rules(entry.lang)
    folded = entry.folded
    spans: dict[str, tuple[int, int]] = {}
    unless: list[tuple[int, int, str]] = []
    dated: bool | None = None
    year: int | None = entry.doc.memo.get(_YEAR)

    def history(at: int) -> bool:
        """Whether the sentence of ``at`` is set in a past year (the entry is searched for one once)."""
        nonlocal dated
        if dated is None:
            dated = (rules.past is not None and rules.past.search(folded) is not None) or (
                year is not None
                and rules.past_year is not None
                and rules.past_year.search(folded) is not None
            )
        return dated and _in_past(rules, folded, at, year)

    pending = _hits(rules, folded, 0, len(folded))
    at = 0
    while at < len(pending):
        start, end, t = pending[at]
        at += 1
        if t.role == UNLESS:
            unless.append((start, end, t.kind))
            # other types' triggers inside a phrase that is no trigger of this one
            for s, e, other in _hits(rules, folded, start, end, t.kind):
                if (
                    other.kind != t.kind
                    and other.kind not in spans
                    and other.role == PHRASE
                    and not history(s)
                ):
                    if other.kind in rules.firm or not _is_negated(rules, folded, s):
                        spans[other.kind] = (s, e)
            continue
        if t.kind in spans:
            continue
        if t.role == NOUN and not _is_news(rules, folded, start, end):
            continue
        if t.role == MENTION and _is_background(rules, folded, start):
            continue
        if t.role == FIRE and not _unrest(rules, entry):
            continue
        if t.role == FOREIGN:
            # aid a state gives counts between states only when the story is about another country
            giver = rules.giver(folded, start, end)
            if giver is None or entry.doc.country is None or giver == entry.doc.country:
                # the words are read again without it ("Japan and Canada offered to send")
                upto = max(end, pending[at][0]) if at < len(pending) else len(folded)
                pending[at:at] = _hits(rules, folded, start, upto, plain=True)
                continue
        if history(start):
            continue
        if t.kind not in rules.firm and _is_negated(rules, folded, start):
            continue
        spans[t.kind] = (start, end)
    # shots in a story of an assailant against unarmed people are the attack
    shot = spans.get("shooting")
    if shot and "attack" not in spans and entry.doc.memo.get(RAMPAGE) and rules.rampage_shots is not None:
        # the words after the trigger count too: 'Стрельба' named with its place ('в колледже')
        stop = _CLAUSE_END.search(folded, shot[1])
        if rules.rampage_shots.match(folded, shot[0], stop.start() if stop else len(folded)) is not None:
            spans["attack"] = spans.pop("shooting")
    if "casualty_report" not in spans:
        counted = _casualty_figure(figures, unless)
        if counted is not None:
            spans["casualty_report"] = counted.span
    for f in figures:
        kind = FIGURE_EVENTS.get(f.measure)
        if kind is None or kind in spans or f.high == 0:
            continue
        if not _inside(unless, kind, f.span):
            spans[kind] = f.span
    # a crowd counted in a story of unrest is a rally ("thousands of people gathered outside parliament")
    if "protest" not in spans and not spans.keys() & _NOT_A_RALLY:
        crowd = next(
            (f for f in figures if f.measure == "present" and f.group == "protesters" and _crowd(f)), None
        )
        if crowd is not None and _unrest(rules, entry):
            spans["protest"] = crowd.span
    for name in list(spans):
        if any(other in spans for other in rules.overrides.get(name, ())):
            del spans[name]
    events = [Event(name, span) for name, span in spans.items()]
    events.sort(key=lambda e: e.span)
    return events
