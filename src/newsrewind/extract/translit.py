"""Cyrillic personal names in Latin letters, the common English way.

The letter table is data (``lang/ru/actors.toml`` [transliteration], BGN/PCGN
simplified); on top of it two habits of English-language news: "е" after a vowel
or at the start of a word is "ye" (Евгений → Yevgeny), and a final "-ий"/"-ый"
is "-y" (Дмитрий → Dmitry, Полянский → Polyansky).
"""

from __future__ import annotations

import re
from functools import cache

from newsrewind import lang as langdata

_CYR = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]+")
_VOWELS = set("аеёиоуыэюяьъ")


@cache
def _table() -> dict[str, str]:
    data = langdata.section("ru", "actors").get("transliteration", {})
    table = {str(k): str(v) for k, v in data.items()}
    table.update({"і": "i", "ї": "yi", "є": "ye", "ґ": "g"})
    return table


def _word(word: str, table: dict[str, str]) -> str:
    low = word.lower()
    if len(low) > 3 and low[-2:] in ("ий", "ый"):
        low = low[:-2] + "\0"
    out = []
    for i, ch in enumerate(low):
        if ch == "\0":
            out.append("y")
        elif ch == "е" and (i == 0 or low[i - 1] in _VOWELS):
            out.append("ye")
        else:
            out.append(table.get(ch, ch))
    res = "".join(out)
    if word[:1].isupper():
        res = res[:1].upper() + res[1:]
    return res


def latin(name: str) -> str:
    """A name in Latin letters ("Вячеслав Гладков" → "Vyacheslav Gladkov"); Latin names unchanged."""
    if not _CYR.search(name):
        return name
    table = _table()
    name = _MIXED.sub(lambda m: m.group().translate(_LOOKALIKES), name)
    return _WORD.sub(lambda m: _word(m.group(), table), name)


# a token that mixes Latin letters with Cyrillic look-alikes ("Е1.RU" typed with a Cyrillic "Е")
# is a Latin name: its look-alikes are the Latin letters they stand for
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_MIXED = re.compile(r"\S*[A-Za-z]\S*")
