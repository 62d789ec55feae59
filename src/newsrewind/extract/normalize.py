"""Text normalisation that keeps offsets.

Entry texts are stored in Unicode NFC. Matching runs on a *folded* copy of the
same length, so a span found in the folded text is the same span in the entry
text: Romanian cedilla letters become comma-below, typographic quotes and
dashes become plain ones, odd spaces become a space, letters become lower case
(only where that keeps one character for one).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ONE_FOR_ONE = str.maketrans(
    {
        "ş": "ș",
        "ţ": "ț",
        "Ş": "Ș",
        "Ţ": "Ț",
        "„": '"',
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "‟": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "Σ": "σ",  # one letter at a time: no final-sigma rule of str.lower
    }
)


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored text is kept in."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


#: The only character whose lower case is longer than itself (İ → i̇): folding keeps it.
_LONG_LOWER = "\u0130"


def _as_sequence(table: dict[int, str]) -> str:
    """A one-for-one table of the Basic Multilingual Plane as one string indexed by code
    point (up to the last character it maps), built in C-level passes, not per character."""
    size = max(table) + 1
    units = bytearray(4 * size)  # UTF-32 (big endian): 0, 0, high byte, low byte
    units[2::4] = b"".join(bytes([high]) * 256 for high in range(256))[:size]
    units[3::4] = (bytes(range(256)) * (size // 256 + 1))[:size]
    for code, char in table.items():
        units[4 * code : 4 * code + 4] = char.encode("utf-32-be")
    return units.decode("utf-32-be", "surrogatepass")


#: ``_ONE_FOR_ONE`` as one string indexed by code point (up to the last character it maps):
#: ``str.translate`` reads it without a failed dict look-up per unmapped character.
_ONE_FOR_ONE_SEQ = _as_sequence(_ONE_FOR_ONE)  # type: ignore[arg-type]


def fold(text: str) -> str:
    """Same-length folded copy of an NFC text, for matching."""
    text = text.translate(_ONE_FOR_ONE_SEQ)
    if _LONG_LOWER not in text:
        return text.lower()
    return _LONG_LOWER.join(part.lower() for part in text.split(_LONG_LOWER))


#: Marks and letters fold_key drops or replaces, after NFKD.
_KEY_TABLE = str.maketrans({"ı": "i", "ё": "е", "й": "и", "-": " ", "'": " "})


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """A lookup key: folded, without diacritics, single spaces (not offset-safe)."""
    text = fold(nfc(text))
    if not text.isascii():
        # ё and й lose their marks through NFKD + combining removal, as before
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.translate(_KEY_TABLE).split())
