"""Which language a text is in, among the languages we have data for.

lingua, restricted to the configured languages, is accurate on sentences and
light when so restricted. Text in a script only one language uses is decided
without it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from newsrewind import lang

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
#: runs of letters of each script: counting the letters of the runs is quicker than one by one
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]+")
_LATIN = re.compile(r"[a-zA-ZăâîșțşţĂÂÎȘȚŞŢ]+")
_RO_LETTERS = re.compile(r"[ăâîșțşţĂÂÎȘȚŞŢ]+")


def _count(letters: re.Pattern[str], text: str) -> int:
    """How many of ``text``'s characters are ``letters``."""
    return sum(map(len, letters.findall(text)))


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    return {code: frozenset(lang.section(code, "language").get("stopwords", [])) for code in lang.available()}


def _by_stopwords(sample: str) -> str | None:
    """The language whose common words clearly dominate, or None when it is close."""
    words = list(map(str.lower, _WORD.findall(sample)))
    if len(words) < 6:
        return None
    scores = sorted(
        ((sum(map(stop.__contains__, words)), code) for code, stop in _stopwords().items()), reverse=True
    )
    (best, code), (second, _) = scores[0], scores[1] if len(scores) > 1 else (0, "")
    if best >= 4 and best >= 3 * max(second, 1) and best >= len(words) * 0.15:
        return code
    return None


_SHORT = 120  # letters: below this lingua's low accuracy mode misreads ("Luni, 6 februarie. UPDATE 01.13")


@cache
def _detector(short: bool = False) -> Any:
    """lingua over the configured languages. Texts of a sentence or more get its low accuracy
    mode (trigram models only: about 20 MB, not 100); only a short text loads the full models."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in lang.available()]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return (builder if short else builder.with_low_accuracy_mode()).build()


def detect(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or ``hint`` when too short to tell."""
    sample = text[:400]
    cyr = _count(_CYRILLIC, sample)
    lat = _count(_LATIN, sample)
    if cyr + lat < 3:
        return hint
    available = lang.available()
    if cyr > lat and "ru" in available and not any(c in available for c in ("uk", "bg", "sr")):
        return "ru"
    if lat > cyr and "ru" in available:
        # Latin text: only the Latin-script languages compete.
        if _RO_LETTERS.search(sample) and "ro" in available and cyr == 0:
            ro_marks = _count(_RO_LETTERS, sample)
            if ro_marks >= 2 or lat < 40:
                return "ro"
    quick = _by_stopwords(sample)
    if quick is not None:
        return quick
    if lat + cyr < _SHORT and hint is not None:
        return hint  # a short entry the words left open: the document's language
    language = _detector(short=lat + cyr < _SHORT).detect_language_of(sample)
    if language is None:
        return hint
    return str(language.iso_code_639_1.name).lower()
