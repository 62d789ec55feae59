"""Phrase look-up over an entry's word tokens: dictionaries instead of giant regexes.

Names of people, institutions and places are stored under a *token key*: the
words of the name folded, without diacritics, joined by single spaces — exactly
the words the entry's tokens carry (``places.tokens``). Matching a text is then
one dictionary probe per token (is it the first word of a known phrase?) and a
few more for the phrase lengths that start with it; no per-entry regex over
thousands of alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Any, Generic, Protocol, TypeVar

from newsrewind.extract.normalize import fold, nfc

_TOKEN = re.compile(r"[^\W\d_]+")
#: Gaps between two words of one phrase.
WORD_GAPS = frozenset({" ", "-", "  ", " - ", "'"})
_CAP = attrgetter("cap")

T = TypeVar("T")


class Token(Protocol):
    """What the index needs of a token (``places._Tok``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def word(self) -> str: ...
    @property
    def cap(self) -> bool: ...


@lru_cache(maxsize=16384)
def token_key(text: str) -> str:
    """The token key of a name ("Ministerul Sănătății" → "ministerul sanatatii")."""
    from newsrewind.extract.gazetteer import strip_marks

    return " ".join(_TOKEN.findall(strip_marks(fold(nfc(text)))))


@dataclass
class PhraseIndex(Generic[T]):
    """Token key → value, with the longest phrase length per first word."""

    table: dict[str, T] = field(default_factory=dict)
    firsts: dict[str, int] = field(default_factory=dict)
    # derived, rebuilt after ``add``: the first words as a set; per stemmer, whether a
    # word's stems are in the table
    _first_set: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _stem_hits: dict[Any, dict[str, bool]] = field(default_factory=dict, repr=False, compare=False)

    def add(self, name: str, value: T, *, keyed: bool = False) -> None:
        """Index a name (the first value given for a key wins)."""
        key = name if keyed else token_key(name)
        if not key or key in self.table:
            return
        self.table[key] = value
        self._first_set = None
        self._stem_hits.clear()
        words = key.split(" ")
        if self.firsts.get(words[0], 0) < len(words):
            self.firsts[words[0]] = len(words)

    def __len__(self) -> int:
        return len(self.table)

    def _starts(
        self,
        toks: Sequence[Token],
        words: Sequence[str],
        cap_first: bool,
        strip_end: Callable[[str], Iterable[str]] | None,
    ) -> list[int]:
        """Indexes of the tokens a phrase may open on, in order (set look-ups, no per-token probe)."""
        first_set = self._first_set
        if first_set is None:
            first_set = self._first_set = frozenset(self.firsts)
        common = first_set.intersection(words)
        if strip_end is None:
            if not common:
                return []
            starts = list(compress(range(len(words)), map(common.__contains__, words)))
            return [k for k in starts if toks[k].cap] if cap_first else starts
        known = self._stem_hits.setdefault(strip_end, {})
        table = self.table
        out: list[int] = []
        candidates = compress(range(len(words)), map(_CAP, toks)) if cap_first else range(len(words))
        for k in candidates:
            w = words[k]
            if w in common:
                out.append(k)
                continue
            hit = known.get(w)
            if hit is None:
                if len(known) > 65536:
                    known.clear()
                hit = known[w] = any(s in table for s in strip_end(w))
            if hit:
                out.append(k)
        return out

    def scan(
        self,
        toks: Sequence[Token],
        gaps: Sequence[str],
        *,
        cap_first: bool = False,
        strip_end: Callable[[str], Iterable[str]] | None = None,
        words: Sequence[str] | None = None,
    ) -> list[tuple[int, int, T]]:
        """Longest non-overlapping phrases: (first token, last token, value).

        ``gaps[k]`` is the text between token k and k+1; a phrase never spans
        other gaps than ``WORD_GAPS``. ``cap_first``: phrases start on a
        capitalised word. ``strip_end`` yields shorter stems of the phrase's
        last word to try (inflection endings). ``words``: the tokens' words,
        when the caller has them.
        """
        out: list[tuple[int, int, T]] = []
        table, firsts = self.table, self.firsts
        n = len(toks)
        if words is None:
            words = [t.word for t in toks]
        nxt = 0
        for i in self._starts(toks, words, cap_first, strip_end):
            if i < nxt:
                continue
            tok = toks[i]
            longest = firsts.get(tok.word, 0) or 1
            last = i
            while last + 1 < n and last - i + 1 < longest and gaps[last] in WORD_GAPS:
                last += 1
            hit: tuple[int, T] | None = None
            for j in range(last, i - 1, -1):
                key = " ".join(toks[k].word for k in range(i, j + 1)) if j > i else tok.word
                value = table.get(key)
                if value is None and strip_end is not None:
                    head = key[: len(key) - len(toks[j].word)]
                    for stem in strip_end(toks[j].word):
                        value = table.get(head + stem)
                        if value is not None:
                            break
                if value is not None:
                    hit = (j, value)
                    break
            if hit is None:
                continue
            out.append((i, hit[0], hit[1]))
            nxt = hit[0] + 1
        return out


def suffix_stripper(pattern: str) -> Callable[[str], tuple[str, ...]] | None:
    """Stems of a word without one of the endings a regex (``(?:а|у|ом)?``) allows (cached per word)."""
    if not pattern:
        return None
    rx = re.compile(pattern)

    @lru_cache(maxsize=16384)
    def stems(word: str) -> tuple[str, ...]:
        return tuple(word[:-k] for k in (1, 2, 3) if len(word) - k >= 3 and rx.fullmatch(word[-k:]))

    return stems
