"""Text normalisation that keeps offsets.

Entry texts are stored in Unicode NFC. Matching runs on a *folded* copy of the
same length, so a span found in the folded text is the same span in the entry
text: Romanian cedilla letters become comma-below, typographic quotes and
dashes become plain ones, odd spaces become a space, letters become lower case
(only where that keeps one character for one).
"""

from __future__ import annotations

import unicodedata

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
    }
)


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored text is kept in."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Same-length folded copy of an NFC text, for matching."""
    text = text.translate(_ONE_FOR_ONE)
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def fold_key(text: str) -> str:
    """A lookup key: folded, without diacritics, single spaces (not offset-safe)."""
    text = unicodedata.normalize("NFKD", fold(nfc(text)))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("ё", "е").replace("й", "и")
    return " ".join(text.replace("-", " ").replace("'", " ").split())
