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

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-ZăâîșțşţĂÂÎȘȚŞŢ]")
_RO_LETTERS = re.compile(r"[ăâîșțşţĂÂÎȘȚŞŢ]")


@cache
def _detector() -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in lang.available()]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or ``hint`` when too short to tell."""
    sample = text[:600]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr + lat < 3:
        return hint
    available = lang.available()
    if cyr > lat and "ru" in available and not any(c in available for c in ("uk", "bg", "sr")):
        return "ru"
    if lat > cyr and "ru" in available:
        # Latin text: only the Latin-script languages compete.
        if _RO_LETTERS.search(sample) and "ro" in available and cyr == 0:
            ro_marks = len(_RO_LETTERS.findall(sample))
            if ro_marks >= 2 or lat < 40:
                return "ro"
    language = _detector().detect_language_of(sample)
    if language is None:
        return hint
    return str(language.iso_code_639_1.name).lower()
