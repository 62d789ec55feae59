"""The number reader: digits, number words, vague quantities and their modifiers.

Pure and data-driven: each language's ``lang/<code>/numbers.toml`` lists its
number words, multipliers, vague quantities ("zeci", "dozens", "десятки") and
the modifiers that bound a number ("peste", "at least", "около"). Russian
inflected forms resolve through pymorphy3 normal forms.

``tokenize`` cuts a folded text into tokens (shared with the figure reader);
``read`` finds every quantity in a token list; ``parse`` does both on a text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import accumulate, compress, repeat
from operator import add, is_, itemgetter
from typing import Any, NamedTuple

from newsrewind import lang as langdata
from newsrewind.extract.normalize import fold

# A number with thousands groups split by spaces ("12 500"), or any digit run
# with . , : / inside ("3.452", "7,6", "17:20", "06.01.2022"); then words; then
# any other single character.
_TOKEN = re.compile(r"\d{1,3}(?: \d{3})+(?!\d|[.,]\d)|\d+(?:[.,:/]\d+)*|\w+(?:[-']\w+)*|\S")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_DIGITS = re.compile(r"\d")


class Token(NamedTuple):
    """One token of a folded text: its text, a lookup key, its dictionary form."""

    text: str
    start: int
    end: int
    key: str
    lemma: str
    is_num: bool
    is_word: bool


@dataclass
class Quantity:
    """A counted amount as the words bound it; ``high`` None is open above."""

    low: int | float | None
    high: int | float | None
    span: tuple[int, int]
    first: int  # first token index (modifier included)
    last: int  # token index after the number
    approx: bool = False
    vague: bool = False
    value: int | float | None = None  # the number as written, before modifiers
    article: bool = False  # a lone article read as one ("un", "o", "a")
    or_more: bool = False  # opened above by words after it ("two or more", "двух и более")


def strip_marks(text: str) -> str:
    """Lower-case text without diacritics (ё→е, й→и as in ``fold_key``)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def morph_analyzer() -> Any:
    """The one pymorphy3 analyser of the process (places.py uses it too: each copy holds its
    dictionaries, some 20 MB)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def morph_parses(word: str) -> list[Any]:
    """pymorphy3's parses of a word; none for a word it cannot read (pymorphy3 raises
    on characters without a Unicode name, e.g. unassigned or private-use ones)."""
    try:
        return list(morph_analyzer().parse(word))
    except ValueError:
        return []


@lru_cache(maxsize=65536)
def ru_parse(word: str) -> tuple[str, frozenset[str]]:
    """Normal form and grammemes of a Russian word (first pymorphy3 parse).
    A full participle keeps its own dictionary form ("погибших" → "погибший",
    "протестующих" → "протестующий"), not the verb's."""
    parses = morph_parses(word)
    if not parses:
        return word, frozenset()
    best = parses[0]
    normal = best.normal_form
    if "PRTF" in best.tag:
        form = best.inflect({"masc", "sing", "nomn"})
        if form is not None:
            normal = form.word
    return normal, frozenset(best.tag.grammemes)


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return strip_marks(word)


@lru_cache(maxsize=65536)
def _lemma(word: str, code: str) -> str:
    if code == "ru" and word.isalpha() and not word.isascii():
        return strip_marks(ru_parse(word)[0])
    return _key(word)


_KEYS: dict[str, dict[str, tuple[str, str, bool, bool]]] = {}
_new_token = tuple.__new__
_is_none = partial(is_, None)


def tokenize(folded: str, code: str) -> list[Token]:
    """Tokens of a folded text, each with a diacritic-free key and lemma."""
    keys = _KEYS.get(code)
    if keys is None or len(keys) > 200_000:
        keys = _KEYS[code] = {}
    # only white space lies between tokens: gap, token, gap, token, ..., gap
    parts = _TOKEN_SPLIT.split(folded)
    texts = parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    known = list(map(keys.get, texts))
    if None in known:
        for k in compress(range(len(known)), map(_is_none, known)):
            text = texts[k]
            got = keys.get(text)
            if got is None:
                is_num = text[0].isdigit()
                is_word = not is_num and (text[0].isalnum() or text[0] == "_")
                key = _key(text) if is_word else text
                got = keys[text] = (key, _lemma(text, code) if is_word else key, is_num, is_word)
            known[k] = got
    spans = zip(texts, offsets[0:-1:2], offsets[1::2], strict=True)
    return list(map(_new_token, repeat(Token), map(add, spans, known)))  # type: ignore[arg-type]


def _phrases(table: dict[str, Any]) -> dict[tuple[str, ...], Any]:
    return {tuple(strip_marks(k).split()): v for k, v in table.items()}


@dataclass(frozen=True)
class Grammar:
    """One language's number data, keyed for fast lookup."""

    words: dict[str, int | float]
    multipliers: dict[str, int]
    vague: dict[tuple[str, ...], tuple[int, int | None]]
    modifiers: dict[tuple[str, ...], str]
    post: dict[tuple[str, ...], str]
    joiners: frozenset[str]
    links: frozenset[str]
    range_joiners: frozenset[str]
    ranges: frozenset[str]  # words that join two numbers into a range on their own ("two or three")
    range_not_after: frozenset[str]  # words before a pair that make it a change ("from 5 to 12")
    rise: frozenset[str]
    single: frozenset[str]
    articles: frozenset[str]
    not_numbers: frozenset[tuple[str, ...]]
    longest: int
    starters: frozenset[str]  # words that may begin a quantity
    mod_last: frozenset[str]  # last words of modifiers
    post_first: frozenset[str]  # first words of post-modifiers
    vague_first: frozenset[str]  # first words of vague quantities
    not_last: frozenset[str]  # last words of phrases that are no numbers ("a doua")
    superlative: frozenset[str] = frozenset()  # before a vague quantity: "most", no count ("cei mai mulți")
    # after a multiplier, half of it more ("o mie și jumătate", "a million and a half")
    and_a_half: tuple[tuple[str, ...], ...] = ()
    # between a number and its multiplier ("30 de mii", "douăzeci de milioane")
    mult_links: frozenset[str] = frozenset()


@cache
def grammar(code: str) -> Grammar:
    """The number data of a language (``numbers.toml``), built once."""
    data = langdata.section(code, "numbers")
    syntax = data.get("syntax", {})
    vague = {k: (v[0], v[1] or None) for k, v in _phrases(data.get("vague", {})).items()}
    modifiers = _phrases(data.get("modifiers", {}))
    post = _phrases(data.get("post_modifiers", {}))
    longest = max([len(k) for k in (*vague, *modifiers, *post)] or [1])
    keyset = lambda name: frozenset(strip_marks(w) for w in syntax.get(name, []))  # noqa: E731
    return Grammar(
        words={strip_marks(k): v for k, v in data.get("words", {}).items()},
        multipliers={strip_marks(k): v for k, v in data.get("multipliers", {}).items()},
        vague=vague,
        modifiers=modifiers,
        post=post,
        joiners=keyset("joiners"),
        links=keyset("links"),
        range_joiners=keyset("range_joiners"),
        ranges=keyset("ranges"),
        range_not_after=keyset("range_not_after"),
        rise=keyset("rise_words"),
        single=keyset("single_after_modifier"),
        articles=keyset("articles"),
        not_numbers=frozenset(tuple(strip_marks(p).split()) for p in syntax.get("not_numbers", [])),
        longest=longest,
        starters=frozenset(
            [strip_marks(k) for k in data.get("words", {})]
            + [strip_marks(k) for k in data.get("multipliers", {})]
            + [k[0] for k in vague]
        ),
        mod_last=frozenset(k[-1] for k in modifiers),
        post_first=frozenset(k[0] for k in post),
        vague_first=frozenset(k[0] for k in vague),
        not_last=frozenset(
            p.split()[-1] for p in (strip_marks(x) for x in syntax.get("not_numbers", [])) if p.split()
        ),
        superlative=keyset("superlative"),
        and_a_half=tuple(tuple(strip_marks(p).split()) for p in syntax.get("and_a_half", [])),
        mult_links=keyset("multiplier_links"),
    )


@lru_cache(maxsize=16384)
def digits_value(text: str) -> int | float | None:
    """The value of a digit token: "3.452" and "12 500" are thousands, "7,6" a
    decimal; times ("17:20") and dates ("06.01.2022") are None."""
    if ":" in text or "/" in text:
        return None
    # only ASCII digits are counts ("²" is a footnote mark), and no count needs 16 digits
    if not all(c.isascii() for c in text) or sum(c.isdigit() for c in text) > 15:
        return None
    groups = re.split(r"[., ]", text)
    if len(groups) == 1:
        return int(text)
    seps = re.findall(r"[., ]", text)
    if len(groups[0]) <= 3 and groups[0] != "0" and all(len(g) == 3 for g in groups[1:]):
        return int("".join(groups))
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    # "1.234,5": thousands, then a decimal part after a different separator
    if len(set(seps[:-1])) == 1 and seps[-1] != seps[0] and all(len(g) == 3 for g in groups[1:-1]):
        return float("".join(groups[:-1]) + "." + groups[-1])
    return None


def _match(table: dict[tuple[str, ...], Any], toks: list[Token], i: int, longest: int) -> tuple[int, Any]:
    """Longest phrase of ``table`` starting at token i: (length, value) or (0, None)."""
    for n in range(min(longest, len(toks) - i), 0, -1):
        got = tuple(t.key for t in toks[i : i + n])
        if got in table:
            return n, table[got]
        got = tuple(t.lemma for t in toks[i : i + n])
        if got in table:
            return n, table[got]
    return 0, None


def _match_before(
    table: dict[tuple[str, ...], Any], toks: list[Token], i: int, longest: int
) -> tuple[int, Any]:
    """Longest phrase of ``table`` ending just before token i."""
    if i == 0 or not toks[i - 1].is_word:
        return 0, None
    for n in range(min(longest, i), 0, -1):
        seq = toks[i - n : i]
        if not all(t.is_word for t in seq):
            continue
        got = tuple(t.key for t in seq)
        if got in table:
            return n, table[got]
    return 0, None


def _word_value(g: Grammar, tok: Token) -> int | float | None:
    if not tok.is_word:
        return None
    value = g.words.get(tok.key, g.words.get(tok.lemma))
    if value is None and "-" in tok.key:  # "twenty-three"
        parts = [g.words.get(p) for p in tok.key.split("-")]
        if len(parts) == 2 and parts[0] and parts[1] and parts[0] % 10 == 0 and parts[1] < 10:
            return parts[0] + parts[1]
    return value


def _word_range(g: Grammar, tok: Token, code: str) -> tuple[int, int] | None:
    """Two number words joined by a hyphen, the smaller first ("три-четыре", "five-six"): a range."""
    parts = tok.key.split("-")
    if len(parts) != 2:
        return None
    values = [g.words.get(p, g.words.get(_lemma(p, code))) if p else None for p in parts]
    a, b = values
    if not (isinstance(a, int) and isinstance(b, int)) or not 1 <= a < b <= 2 * a + 10:
        return None
    return a, b


def _mult_value(g: Grammar, tok: Token) -> int | None:
    if not tok.is_word:
        return None
    return g.multipliers.get(tok.key, g.multipliers.get(tok.lemma))


def _compound_rest(g: Grammar, tok: Token, mult: int) -> bool:
    """Whether a number word smaller than a bare multiplier carries it on."""
    val = _word_value(g, tok)
    return val is not None and isinstance(val, int) and 2 <= val < mult and tok.key not in g.articles


def _number(g: Grammar, toks: list[Token], i: int, after_modifier: bool) -> tuple[int | float, int] | None:
    """A number starting at token i: (value, index after it), or None."""
    tok = toks[i]
    n = len(toks)
    if tok.is_num:
        value = digits_value(tok.text)
        if value is None:
            return None
        j = i + 1
        # a compound like "22-year-old", "5-storey", "3-й" is no count
        if j + 1 < n and toks[j].text == "-" and toks[j].start == tok.end and toks[j + 1].is_word:
            if toks[j + 1].start == toks[j].end:
                return None
        if j + 1 < n and toks[j].key in g.mult_links and (_mult_value(g, toks[j + 1]) or 0) >= 1000:
            j += 1  # "30 de mii": a link word before the multiplier
        if j < n and (mult := _mult_value(g, toks[j])):
            value *= mult
            j += 1
            if j < n and toks[j].text == "." and toks[j - 1].key in ("тыс", "млн", "млрд", "mln", "mil"):
                j += 1
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return value, j
    first = _word_value(g, tok)
    if first is None:
        mult = _mult_value(g, tok)
        if mult and after_modifier and (tok.key in g.single or tok.lemma in g.single):
            if not (mult >= 1000 and i + 1 < n and _compound_rest(g, toks[i + 1], mult)):
                return mult, i + 1
        # "тысячи двухсот", "thousand two hundred": a bare thousand starts a compound number
        if not (mult and mult >= 1000 and i + 1 < n and _compound_rest(g, toks[i + 1], mult)):
            return None
        total: int | float = mult
        current: int | float = 0
        last_small: int | float = 0
        j = i + 1
    else:
        total = 0
        current = first
        j = i + 1
        last_small = first
        # "half a million": a fraction, an article, then the multiplier it takes a part of
        if 0 < first < 1 and j + 1 < n and toks[j].key in g.articles and _mult_value(g, toks[j + 1]):
            j += 1
    while j < n:
        t = toks[j]
        if current and t.key in g.mult_links and j + 1 < n and (_mult_value(g, toks[j + 1]) or 0) >= 1000:
            j += 1  # "douăzeci de mii": a link word before the multiplier
            t = toks[j]
        mult = _mult_value(g, t)
        if mult:
            if mult >= 1000:
                total += (current or 1) * mult
                current = 0
            else:
                current = (current or 1) * mult
            last_small = 0
            j += 1
            continue
        val = _word_value(g, t)
        if val is not None and val >= 1 and last_small >= 100 and last_small % 100 == 0 and val < 100:
            current += val  # "сто двадцать", "двухсот пятидесяти": hundreds, then tens or units
            last_small = val
            j += 1
            continue
        if val is not None and val >= 2 and last_small >= 20 and last_small % 10 == 0 and val < 10:
            current += val
            last_small = val
            j += 1
            continue
        if t.key in g.joiners and j + 1 < n:
            nxt = _word_value(g, toks[j + 1])
            if (
                nxt is not None
                and nxt >= 2
                and ((last_small >= 20 and last_small % 10 == 0 and nxt < 10) or last_small == 0)
            ):
                current += nxt
                last_small = nxt
                j += 2
                continue
        if val is not None and val >= 2 and last_small == 0:
            current += val
            last_small = val
            j += 1
            continue
        break
    value = total + current
    last_mult = _mult_value(g, toks[j - 1]) if j > i else None
    if last_mult and last_mult >= 100:
        for phrase in g.and_a_half:
            if tuple(t.key for t in toks[j : j + len(phrase)]) == phrase:
                value += last_mult // 2  # "o mie și jumătate": 1,500
                j += len(phrase)
                break
    if isinstance(value, float):
        if not value.is_integer():
            return None  # "полтора" alone: no count
        value = int(value)
    return value, j


_NO_MATCH: tuple[int, Any] = (0, None)
#: Per language: token text → whether a quantity may start at it.
_STARTS: dict[str, dict[str, bool]] = {}
_TEXT = itemgetter(0)


def read(toks: list[Token], code: str) -> list[Quantity]:
    """Every quantity in a token list, with its modifiers applied."""
    g = grammar(code)
    starters = g.starters
    out: list[Quantity] = []
    n = len(toks)
    # the tokens a quantity may start at: digits, number words, "twenty-three"
    # (whether a token may start one depends on its text alone: known texts are looked up)
    flags = _STARTS.get(code)
    if flags is None or len(flags) > 200_000:
        flags = _STARTS[code] = {}
    texts = list(map(_TEXT, toks))
    may = list(map(flags.get, texts))
    if None in may:
        for k in compress(range(n), map(_is_none, may)):
            tok = toks[k]
            may[k] = flags[tok.text] = tok.is_num or (
                tok.is_word and (tok.key in starters or tok.lemma in starters or "-" in tok.key)
            )
    at = list(compress(range(n), may))
    i = 0
    for k in at:
        if k < i:
            continue
        i = k
        tok = toks[i]
        low: int | float | None
        high: int | float | None
        mlen, mod = (
            _match_before(g.modifiers, toks, i, g.longest)
            if i and toks[i - 1].key in g.mod_last
            else (0, None)
        )
        if mod == "upto" and i - mlen - 1 >= 0:
            before = toks[i - mlen - 1]
            # "a crescut până la 50", "со 120 до 50": a new value, not a bound
            # ("выросло уже до 14": an adverb may stand after the verb)
            past = toks[i - mlen - 2] if i - mlen - 2 >= 0 and before.is_word else before
            if before.key in g.rise or before.lemma in g.rise or before.is_num or past.lemma in g.rise:
                if past is not before and g.modifiers.get((before.key,)) == "about":
                    mod, mlen = "about", mlen + 1  # "выросло почти до 400": the new value, hedged
                else:
                    mod, mlen = None, 0
            elif before.text in ("—", "-", "–", ","):
                # "возросло до 12, пострадавших — до 40": the verb before the dash carries on
                for j in range(i - mlen - 2, max(i - mlen - 12, -1), -1):
                    prev = toks[j]
                    if prev.text in (".", "!", "?", ";"):
                        break
                    if prev.key in g.rise or prev.lemma in g.rise:
                        mod, mlen = None, 0
                        break
        # a modifier word may itself be read as a number word ("some" 200)
        if out and out[-1].last > i - mlen:
            if out[-1].article and out[-1].first >= i - mlen:
                out.pop()  # "an estimated 500": the article opens the modifier, no count of one
            else:
                mod, mlen = None, 0
        vlen, bounds = (
            _match(g.vague, toks, i, g.longest)
            if tok.key in g.vague_first or tok.lemma in g.vague_first
            else _NO_MATCH
        )
        if vlen and i + vlen < n and _number(g, toks, i + vlen, after_modifier=False):
            vlen = 0  # "some 200": a modifier here, not a vague quantity
        got = None if vlen > 1 else _number(g, toks, i, after_modifier=mod is not None)
        if got is None and mod in (None, "about") and "-" in tok.key and (pair := _word_range(g, tok, code)):
            # "три-четыре тысячи человек", "două-trei persoane": a range written as one word
            low, high = pair
            j = i + 1
            if j < n and (mult := _mult_value(g, toks[j])):
                low, high, j = low * mult, high * mult, j + 1
            first = i - mlen
            span = (toks[first].start, toks[j - 1].end)
            out.append(Quantity(low, high, span, first, j, approx=mod == "about", value=pair[0]))
            i = j
            continue
        if got is None:
            if vlen and i and toks[i - 1].key in g.superlative:
                i += vlen  # "cei mai mulți dintre răniți": most of them, no count
                continue
            if vlen and not (mod and toks[i].key in g.single):
                low, high = bounds
                j = i + vlen
                # "zeci de mii", "tens of thousands", "несколько сотен"
                k = j + 1 if j < n and toks[j].key in g.links else j
                if k < n and (mult := _mult_value(g, toks[k])) and not _word_value(g, toks[k]):
                    low, high = low * mult, ((high + 1) * mult - 1 if high else None)
                    j = k + 1
                out.append(Quantity(low, high, (tok.start, toks[j - 1].end), i, j, vague=True))
                i = j
                continue
            i += 1
            continue
        value, j = got
        if tok.key in g.not_last and any(
            len(p) <= i + 1 and tuple(t.key for t in toks[i + 1 - len(p) : i + 1]) == p for p in g.not_numbers
        ):
            i = j  # an ordinal: "a doua zi"
            continue
        if mod == "under" and j == i + 1 and tok.key in g.articles:
            i = j  # "under an evacuation order", "sub un pod": a preposition and an article, no count
            continue
        low = value
        high = value
        approx = False
        first = i - mlen
        paired = (
            mod in (None, "about")
            and j + 1 < n
            and toks[j].key in g.ranges
            and toks[j + 1].is_num == tok.is_num
            and not (first > 0 and toks[first - 1].key in g.range_not_after)
        )  # "two or three people", "8 to 10 people" (not "from 5 to 12")
        if (
            mod == "between"
            or paired
            or (j + 1 < n and toks[j].text == "-" and toks[j + 1].is_num and tok.is_num)
        ):
            joined = j < n and (
                toks[j].key in g.range_joiners or toks[j].key in g.ranges or toks[j].text == "-"
            )
            second = _number(g, toks, j + 1, after_modifier=False) if joined and j + 1 < n else None
            if second is not None and second[0] > value:
                high, end = second
                approx = mod == "about"  # "some 10 to 15 people": a hedged range
                # "от 300 до 600 тысяч", "between 20 and 30 thousand": the multiplier is shared
                mult = _mult_value(g, toks[end - 1])
                if mult and not _mult_value(g, toks[j - 1]) and value * mult <= high:
                    low = value * mult
                j = end
            elif mod == "between":
                first = i
        elif mod == "over":
            low, high = value + 1 if isinstance(value, int) else value, None
        elif mod == "atleast":
            high = None
        elif mod == "about":
            approx = True
        elif mod == "upto":
            low = None
        elif mod == "under":
            low, high = None, value - 1 if isinstance(value, int) else value
        plen, post = (
            _match(g.post, toks, j, g.longest) if j < n and toks[j].key in g.post_first else (0, None)
        )
        or_more = post == "atleast" and mod is None
        if or_more:
            high = None
            j += plen
        span = (toks[first].start, toks[j - 1].end)
        article = j == i + 1 and tok.key in g.articles
        out.append(
            Quantity(low, high, span, first, j, approx=approx, value=value, article=article, or_more=or_more)
        )
        i = j
    return out


def parse(text: str, code: str) -> list[Quantity]:
    """Every quantity in a text (spans index the text itself)."""
    return read(tokenize(fold(text), code), code)
