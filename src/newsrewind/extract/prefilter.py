"""A cheap look before a long alternation.

Many patterns start every match at a word ("ministry", "said", "nimeni nu"). For
such a pattern ``pattern_keys`` lists the word keys (a word's first four letters,
or the whole word when shorter) its matches can start with; ``scan`` then tries the
pattern only where a word with one of those keys begins, and not at all when the
text (``word_keys``, computed once per text) holds none. Same matches as
``finditer``, without walking the whole text through the alternation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import itemgetter
from re import _casefix  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Literal

_KEY_LEN = 4  # longer keys: fewer false starts among many alternatives ("pre" is in "president")
_WORD = re.compile(r"(\w+)")
_KEY_OF = itemgetter(slice(0, _KEY_LEN))
_IS_WORD = re.compile(r"\w")
#: A pattern opening on four literal word characters, none of them made optional or repeated.
_PLAIN_HEAD = re.compile(rf"\w{{{_KEY_LEN}}}(?![?*+{{])")


#: Most characters of text whose words one document keeps (bounds the memo's memory).
MEMO_CHARS = 2_000_000
#: Words and word keys of the texts read in the current document, by text: the document scans
#: and every extractor of an entry share them. Emptied when a document starts (``new_document``).
_memo_words: dict[str, tuple[list[int], list[str]]] = {}
_memo_keys: dict[str, frozenset[str]] = {}
_memo_size = [0]


def new_document() -> None:
    """Forget the texts of the previous document."""
    _memo_words.clear()
    _memo_keys.clear()
    _memo_lowered.clear()
    _memo_size[0] = 0


def _words(text: str) -> tuple[list[int], list[str]]:
    """Where each word of a text begins, and its key, in order (C-level passes only)."""
    got = _memo_words.get(text)
    if got is not None:
        return got
    parts = _WORD.split(text)  # gap, word, gap, word, ..., gap
    ends = list(accumulate(map(len, parts)))
    got = ends[0:-1:2], list(map(_KEY_OF, parts[1::2]))
    if _memo_size[0] + len(text) > MEMO_CHARS:
        new_document()  # a huge document: keep the latest texts only
    _memo_size[0] += len(text)
    _memo_words[text] = got
    return got


def word_keys(folded: str) -> frozenset[str]:
    """The key of every word of a text (its first four letters, or all of a shorter word)."""
    got = _memo_keys.get(folded)
    if got is None:
        got = _memo_keys[folded] = frozenset(_words(folded)[1])
    return got


def _heads(items: list[Any], budget: int, depth: int = 0) -> set[str] | None:
    """The word keys a match of a parsed pattern may start with; "" when it may start
    with no word; None when unknown. The end of ``items`` counts as a word end."""
    if budget == 0 or not items:
        return {""}
    if depth > 40:
        return None
    op, av = items[0]
    rest = items[1:]
    name = str(op)
    if name == "LITERAL":
        ch = chr(av)
        if not _IS_WORD.match(ch):
            return {""}
        tails = _heads(rest, budget - 1, depth + 1)
        return None if tails is None else {ch + t for t in tails}
    if name == "IN":
        out: set[str] = set()
        for kind, value in av:
            if str(kind) == "LITERAL" and _IS_WORD.match(chr(value)):
                tails = _heads(rest, budget - 1, depth + 1)
                if tails is None:
                    return None
                out.update(chr(value) + t for t in tails)
            elif (str(kind) == "LITERAL" and not _IS_WORD.match(chr(value))) or (
                str(kind) == "CATEGORY" and str(value) == "CATEGORY_SPACE"
            ):
                out.add("")
            else:
                return None
        return out
    if name == "SUBPATTERN":
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _heads(list(sub) + rest, budget, depth + 1)
    if name == "BRANCH":
        out = set()
        for alt in av[1]:
            got = _heads(list(alt) + rest, budget, depth + 1)
            if got is None:
                return None
            out |= got
        return out
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, sub = av
        if low == 0 and high == 1:
            skip = _heads(rest, budget, depth + 1)
            take = _heads(list(sub) + rest, budget, depth + 1)
            return None if skip is None or take is None else skip | take
        if low >= 1 and (high == 1 or low == high):
            return _heads(list(sub) * low + rest, budget, depth + 1)
        if low >= 1:  # "\s+": what one repetition starts with decides when it is no word
            first = _heads(list(sub), 1, depth + 1)
            return {""} if first == {""} else None
        return None
    return None


#: A run of literal word characters, what follows it (a class, an escape or any one character), and
#: what repeats that
_LETTERS_THEN = re.compile(r"(\w+)(\[(?:\\.|[^\]\\])*\]|\\.|.)?([?*+{])?", re.DOTALL)
#: what may follow a short word for that word to end there: a space, a mark (escaped or not), or a
#: class of spaces and marks (no range, no negation)
_WORD_END = re.compile(r"\\s|\\[^\w]|[^\w.^$*+?{}\[\]\\|()]|\[(?:\\s|\\[^\w]|[^\w\\\[\]^-])*-?\]")


def _top_alternatives(pattern: str) -> list[str] | None:
    """The pattern's top-level alternatives (one pattern wrapped whole in "(?:...)" unwrapped
    first), or None when a group or class is open where the pattern ends."""
    depth, in_class, i = 0, False, 0
    cuts, opened_at_0 = [0], pattern.startswith("(?:")
    closes_whole = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] in ("]", "^"):
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and opened_at_0:
                closes_whole = i == len(pattern) - 1
                opened_at_0 = closes_whole
        elif ch == "|" and depth == 0:
            cuts.append(i + 1)
        i += 1
    if depth or in_class:
        return None
    if closes_whole and len(cuts) == 1:
        return _top_alternatives(pattern[3:-1])
    return [pattern[a : b - 1] for a, b in zip(cuts, [*cuts[1:], len(pattern) + 1], strict=True)]


def _literal_keys(pattern: str) -> frozenset[str] | None:
    """``pattern_keys`` of a pattern whose every alternative opens on literal letters that end a
    word or run to four ("said|says", "(?:a\\s+anunțat)", "al[\\s'-]+arabiya"); None for any other."""
    alternatives = _top_alternatives(pattern)
    if alternatives is None or len(alternatives) > 2000:
        return None
    keys = set()
    for alt in alternatives:
        m = _LETTERS_THEN.match(alt)
        if m is None:
            return None
        letters, after, repeat = m.groups()
        if len(letters) >= _KEY_LEN:
            if len(letters) == _KEY_LEN and after in ("?", "*", "+", "{"):
                return None  # the fourth letter made optional or repeated
            keys.add(letters[:_KEY_LEN])
            continue
        if after is None:  # the whole alternative: a short word
            keys.add(letters)
            continue
        if not _WORD_END.fullmatch(after) or repeat not in (None, "+") or alt[m.end() : m.end() + 1] == "+":
            return None  # the word may go on, or a possessive repeat
        keys.add(letters)
    return frozenset(keys)


def pattern_keys(pattern: str) -> frozenset[str] | None:
    """The word keys every match of ``pattern`` starts with, or None when some match may
    start otherwise. Where the pattern ends, its user must require a non-word character
    (``(?!\\w)`` or the like)."""
    if _PLAIN_HEAD.match(pattern) and "|" not in pattern:
        return frozenset([pattern[:_KEY_LEN]])  # four plain letters open every match
    quick = _literal_keys(pattern)
    if quick is not None:
        return quick
    try:
        parsed = _sre_parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    heads = _heads(list(parsed), _KEY_LEN)
    if heads is None or "" in heads or len(heads) > 2000:
        return None
    return frozenset(heads)


def _places(
    keys: frozenset[str], text: str, present: frozenset[str] | None, not_after: str
) -> dict[int, str]:
    """Where a word with one of ``keys`` begins in ``text`` (not right after a word
    character nor one of ``not_after``): position → key."""
    hit = keys if present is None else keys & present
    places: dict[int, str] = {}
    if not hit:
        return places
    # a key is a word's first four letters (all of a shorter word), so the places are the
    # starts of the words whose key is wanted
    starts, word_keys = _words(text)
    for k in compress(range(len(word_keys)), map(hit.__contains__, word_keys)):
        at = starts[k]
        if at == 0 or text[at - 1] not in not_after:
            places[at] = word_keys[k]
    return places


def scan(
    pattern: re.Pattern[str],
    keys: frozenset[str] | None,
    text: str,
    present: frozenset[str] | None,
    not_after: str = "",
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern that never matches right after a word
    character (nor after one of ``not_after``), given its ``keys`` (``pattern_keys``; None:
    unknown) and the text's ``present`` word keys (``word_keys``; None: look for every key, quicker
    when there are few): tried only where such a word begins."""
    if keys is None:
        return finditer(pattern, text)
    return _matches_at(pattern, text, sorted(_places(keys, text, present, not_after)))


@dataclass
class Keyed:
    """A pattern made of alternatives, and for each word key the same pattern with only
    the alternatives that can start with it (each compiled on first use). Alternatives
    that may start anywhere (``loose``) are looked for on their own, and tried with the
    keyed ones wherever they match."""

    size: int  # how many alternatives
    keys: frozenset[str] | None  # None: every alternative may start anywhere
    build: Callable[[list[int]], str]  # regex source for some of the alternatives, in order
    groups: dict[str, list[int]] = field(default_factory=dict)
    loose: list[int] = field(default_factory=list)
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict)
    _full: re.Pattern[str] | None = field(default=None, repr=False)

    @property
    def full(self) -> re.Pattern[str]:
        """The pattern of every alternative (a scan with word keys never needs it)."""
        if self._full is None:
            self._full = re.compile(self.build(list(range(self.size))))
        return self._full

    def for_key(self, key: str) -> re.Pattern[str]:
        """The alternatives keyed by ``key`` and the loose ones ("": the loose ones only)."""
        got = self.compiled.get(key)
        if got is None:
            got = self.compiled[key] = re.compile(
                self.build(sorted([*self.groups.get(key, ()), *self.loose]))
            )
        return got


def keyed(alternatives: list[str], build: Callable[[list[int]], str]) -> Keyed:
    """A ``Keyed`` pattern: ``build(indices)`` makes the regex of those alternatives (each
    alternative a regex that matches from a word start; ``build`` must require a non-word
    character after it)."""
    each = [pattern_keys(a) for a in alternatives]
    if all(k is None for k in each):
        return Keyed(len(alternatives), None, build)
    groups: dict[str, list[int]] = {}
    for i, ks in enumerate(each):
        for k in sorted(ks or ()):
            groups.setdefault(k, []).append(i)
    loose = [i for i, ks in enumerate(each) if ks is None]
    return Keyed(len(alternatives), frozenset(groups), build, groups, loose)


def scan_keyed(
    pattern: Keyed, text: str, present: frozenset[str] | None, not_after: str = ""
) -> list[re.Match[str]]:
    """``list(pattern.full.finditer(text))``, as ``scan`` does it, each place tried with
    only the alternatives that can start with the word found there."""
    if pattern.keys is None:
        return finditer(pattern.full, text)
    places = _places(pattern.keys, text, present, not_after)
    if pattern.loose:
        # every place where a loose alternative matches: the whole pattern may match there too
        loose = pattern.for_key("")
        m = loose.search(text)
        while m is not None:
            places.setdefault(m.start(), "")
            m = loose.search(text, m.start() + 1)
    out = []
    end = 0
    for at, key in sorted(places.items()):
        if at < end:
            continue
        m = pattern.for_key(key).match(text, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


# -- literal gates ------------------------------------------------------------------------------
# A pattern tried across a whole text (no word to key it by) can still need some words: every match
# of "(?i:sondaj|poll)\s+...\s+(?:agenția|postul)" holds "sondaj" or "poll", and "agenția" or
# "postul". ``gate`` lists such needs; a text lower-cased once (``lowered``) holding none of one
# need's words has no match, and a substring search is far cheaper than the pattern's walk.

#: The regex engine's extra case equivalences ("ı" ~ "i", "ſ" ~ "s", "ς" ~ "σ"): each character to
#: the least of its class, in texts and needs alike.
_CASE_CLASS = {k: min(k, *more) for k, more in _casefix._EXTRA_CASES.items() if min(k, *more) != k}
_ODD_CASE = re.compile("[" + "".join(map(chr, sorted(_CASE_CLASS))) + "]")
#: The longest start of a literal a need keeps, and the fewest characters a need's words have.
_NEED_LEN = 8
_NEED_MIN = 3
_MAX_NEED_WORDS = 400


def _fold_case(text: str) -> str:
    low = text.lower()
    return low.translate(_CASE_CLASS) if _ODD_CASE.search(low) else low


def lowered(text: str) -> str | None:
    """``text`` lower-cased as the regex engine compares cased letters (None when some letter
    lower-cases to more than one character, "İ": no gate reads such a text)."""
    got = _memo_lowered.get(text)
    if got is None:
        low = _fold_case(text)
        got = low if len(low) == len(text) else ""
        if _memo_size[0] + len(text) > MEMO_CHARS:
            new_document()
        _memo_size[0] += len(text)
        _memo_lowered[text] = got
    return got if got or not text else None


_memo_lowered: dict[str, str] = {}


#: Items that match no character ("\\b", "(?<!\\w)", "(?=...)"): what follows them opens the match.
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})


def _starts(items: list[Any], depth: int = 0, past_zero_width: bool = False) -> set[str]:
    """The literal starts (up to ``_NEED_LEN`` characters) one of which opens every match of a
    parsed sequence; "" among them when some match may open otherwise. ``past_zero_width``:
    zero-width items opening a sequence are looked past."""
    if past_zero_width:
        while items and str(items[0][0]) in _ZERO_WIDTH:
            items = items[1:]
    if not items or depth > 60:
        return {""}
    op, av = items[0]
    name = str(op)
    if name == "LITERAL":
        ch = chr(av)
        if len(ch.lower()) != 1:
            return {""}
        return {(ch + tail)[:_NEED_LEN] for tail in _starts(items[1:], depth + 1)}
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:
            out |= _starts(list(alt) + items[1:], depth + 1, past_zero_width)
            if "" in out or len(out) > _MAX_NEED_WORDS:
                return {""}
        return out
    if name == "SUBPATTERN":
        return _starts(list(av[3]) + items[1:], depth + 1, past_zero_width)
    return {""}


@dataclass(frozen=True)
class Gate:
    """What every match of a pattern holds: for each need, one of its words (lowered)."""

    needs: tuple[re.Pattern[str], ...]

    def may_match(self, text: str) -> bool:
        """False only when the pattern cannot match anywhere in ``text``."""
        low = lowered(text)
        return low is None or all(need.search(low) for need in self.needs)


def gate(pattern: re.Pattern[str]) -> Gate | None:
    """The needs of a pattern tried across a whole text (``Gate``), or None when it has none
    worth a look: each item of its top-level sequence that opens on literal words is one."""
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    items = list(parsed)
    needs: list[frozenset[str]] = []
    k = 0
    while k < len(items):
        name = str(items[k][0])
        if name == "LITERAL":  # a run of literal characters: one need, its whole run
            j = k
            while j < len(items) and str(items[j][0]) == "LITERAL":
                j += 1
            words, k = _starts(items[k:j]), j
        elif name in ("SUBPATTERN", "BRANCH"):
            words, k = _starts(items[k : k + 1]), k + 1
        else:
            k += 1
            continue
        if "" not in words and min(map(len, words)) >= _NEED_MIN:
            needs.append(frozenset(_fold_case(w) for w in words))
    if not needs:
        return None
    needs.sort(key=len)  # the needs of fewer words first: quicker to look for, and as telling
    return Gate(
        tuple(re.compile("|".join(map(re.escape, sorted(w, key=lambda s: (-len(s), s))))) for w in needs)
    )


#: Each pattern's gate, by the pattern's id (the pattern kept alive beside it).
_gates: dict[int, tuple[re.Pattern[str], Gate | None]] = {}


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` has no match anywhere in ``text`` (its ``gate`` says so)."""
    got = _gates.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _gates[id(pattern)] = (pattern, gate(pattern))
    return got[1] is None or got[1].may_match(text)


# -- literal openings ---------------------------------------------------------------------------
# A pattern tried across a whole text whose every match opens on one of a few literals ("(?<!\w)
# (?:nimeni nu|fără victime|...)", "(?i:said|told)\s+on\s+..."): the regex engine tries it at
# every character; looking the literals up with ``str.find`` and trying the pattern only where one
# stands finds the same matches.

#: A pattern source that turns case-insensitive matching on somewhere ("(?i:", "(?ai)").
_CASE_FREE = re.compile(r"\(\?[a-zL]*i")


#: Most literals a pattern's openings list: past it, looking each up costs more than the engine's walk.
_MAX_OPENINGS = 64


@dataclass(frozen=True)
class Openings:
    """Where a pattern's matches can open. Either ``words``, the literals one of which opens every
    match, looked for in the text itself (``cased``) or in its ``lowered`` copy; or, with no such
    literals, ``at_words``: every match opens on a word (after a lookbehind no word character
    passes), on one of the characters ``firsts`` (None: on any)."""

    words: tuple[str, ...] = ()
    cased: bool = True
    at_words: bool = False
    firsts: frozenset[str] | None = None


def openings(pattern: re.Pattern[str]) -> Openings | None:
    """The ``Openings`` of a pattern, or None when a match may open anywhere."""
    if pattern.flags & (re.LOCALE | re.VERBOSE | re.ASCII):
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    items = list(parsed)
    case_free = bool(pattern.flags & re.IGNORECASE or _CASE_FREE.search(pattern.pattern))
    words = _starts(items, past_zero_width=True)
    if "" not in words and len(words) <= _MAX_OPENINGS:
        if case_free:
            return Openings(tuple(sorted({_fold_case(w) for w in words})), cased=False)
        return Openings(tuple(sorted(words)), cased=True)
    if not items or not _after_word_boundary(items[0]):
        return None  # (a pattern opening on a class of characters: the engine skips to them itself)
    firsts = _first_chars(items[1:])
    if firsts is False:
        return None
    return Openings(at_words=True, firsts=None if case_free else firsts)


def _after_word_boundary(item: tuple[Any, Any]) -> bool:
    """Whether an item lets a match open only where no word character stands before it
    ("(?<!\\w)", "(?<![\\w.-])", "\\b" before a word character)."""
    op, av = item
    if str(op) == "AT":
        return str(av) == "AT_BOUNDARY"
    if str(op) != "ASSERT_NOT" or av[0] != -1 or len(av[1]) != 1:
        return False
    kind, value = list(av[1])[0]
    if str(kind) == "IN":
        return any(str(k) == "CATEGORY" and str(v) == "CATEGORY_WORD" for k, v in value)
    return str(kind) == "CATEGORY" and str(value) == "CATEGORY_WORD"


_WordChars = frozenset[str] | None | Literal[False]


def _first_chars(items: list[Any], depth: int = 0) -> _WordChars:
    """The characters a parsed sequence's matches open on, all of them word characters: a set,
    or None for any word character; False when a match may open on another or on nothing."""
    if not items or depth > 40:
        return False
    op, av = items[0]
    name = str(op)
    if name == "LITERAL":
        return frozenset(chr(av)) if _IS_WORD.match(chr(av)) else False
    if name == "IN":
        chars: set[str] = set()
        for kind, value in av:
            kind = str(kind)
            if kind == "LITERAL" and _IS_WORD.match(chr(value)):
                chars.add(chr(value))
            elif kind == "RANGE" and value[1] - value[0] < 2000:
                span = [chr(c) for c in range(value[0], value[1] + 1)]
                if not all(_IS_WORD.match(c) for c in span):
                    return False
                chars.update(span)
            elif kind == "CATEGORY" and str(value) in ("CATEGORY_WORD", "CATEGORY_DIGIT"):
                return _merge([None, frozenset(chars)])
            else:
                return False
        return frozenset(chars)
    if name == "BRANCH":
        return _merge([_first_chars(list(alt) + items[1:], depth + 1) for alt in av[1]])
    if name == "SUBPATTERN":
        return _first_chars(list(av[3]) + items[1:], depth + 1)
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, _high, sub = av
        take = _first_chars(list(sub) + items[1:], depth + 1)
        return take if low >= 1 else _merge([take, _first_chars(items[1:], depth + 1)])
    return False


def _merge(parts: list[_WordChars]) -> _WordChars:
    """The union of some ``_first_chars``."""
    if any(p is False for p in parts):
        return False
    if any(p is None for p in parts):
        return None
    return frozenset().union(*parts)  # type: ignore[arg-type]


#: Each pattern's openings, by the pattern's id (the pattern kept alive beside them).
_openings: dict[int, tuple[re.Pattern[str], Openings | None]] = {}


def finditer(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, the pattern tried only where its ``openings`` say a match
    may open (every such position, in order, as the engine would)."""
    got = _openings.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _openings[id(pattern)] = (pattern, openings(pattern))
    opens = got[1]
    if opens is None:
        return list(pattern.finditer(text))
    if opens.at_words:
        places: Iterable[int] = _words(text)[0]
        if opens.firsts is not None:
            places = compress(places, map(opens.firsts.__contains__, map(text.__getitem__, places)))
    else:
        hay = text if opens.cased else lowered(text)
        if hay is None:
            return list(pattern.finditer(text))
        found: set[int] = set()
        find = hay.find
        for word in opens.words:
            at = find(word)
            while at >= 0:
                found.add(at)
                at = find(word, at + 1)
        places = sorted(found)
    return _matches_at(pattern, text, places)


def _matches_at(pattern: re.Pattern[str], text: str, places: Iterable[int]) -> list[re.Match[str]]:
    """The pattern's matches that start at ``places`` (sorted), none overlapping an earlier one:
    what ``finditer`` gives when every match starts at one of them."""
    out = []
    end = 0
    for at in places:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out
