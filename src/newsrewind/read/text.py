"""Plain text: decoding bytes safely and making a Document."""

from __future__ import annotations

import codecs
import re

from newsrewind.extract.normalize import nfc
from newsrewind.model import Document


class ReadError(ValueError):
    """An input that cannot be read; the message is one line for the user."""


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Bytes to text: BOM, then a declared charset, then UTF-8, then detection (Windows-1250/1251 ...)."""
    if not data.strip():
        raise ReadError(f"{name}: empty input")
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _clean(data.decode(codec), name)
            except UnicodeDecodeError as exc:
                raise ReadError(f"{name}: invalid {codec} after its byte-order mark") from exc
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return _clean(data.decode(utf16), name)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise ReadError(f"{name}: binary file, not text")
    if declared:
        text = _declared(data, declared)
        if text is not None:
            return _clean(text, name)
    try:
        return _clean(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _clean(mostly, name)
    from charset_normalizer import from_bytes

    best = from_bytes(
        data[:200_000], cp_isolation=["cp1250", "cp1251", "cp1252", "iso-8859-2", "koi8-r", "utf-8"]
    ).best()
    if best is None or best.encoding is None:
        raise ReadError(f"{name}: not valid UTF-8 and no known encoding fits")
    return _clean(data.decode(best.encoding, errors="replace"), name)


_LATIN1_LABELS = {
    "iso-8859-1",
    "latin-1",
    "latin1",
    "us-ascii",
    "ascii",
    "cp1252",
    "windows-1252",
    "iso8859-1",
}


def _declared(data: bytes, declared: str) -> str | None:
    """Text in the declared charset; None when unknown or the bytes do not fit it.

    Pages labelled Latin-1/ASCII that are valid UTF-8 are UTF-8 (a common mislabel).
    """
    label = declared.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if label in _LATIN1_LABELS or codec in ("latin-1", "ascii", "cp1252", "iso8859-1"):
        try:
            text = data.decode("utf-8")
            if any(ord(c) > 127 for c in text[:100_000]):
                return text
        except UnicodeDecodeError:
            pass
        codec = "cp1252"  # what browsers do with these labels
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (each becomes U+FFFD), or None when it is not UTF-8 at all."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    if good >= 2 * bad and bad <= max(3, good // 20):
        return text
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for text without a byte-order mark (a NUL in every other byte), else None."""
    head = data[:8192]
    if len(head) < 8 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    if odd.count(0) > half * 0.6 and even.count(0) < half * 0.05:
        return "utf-16-le"
    if even.count(0) > half * 0.6 and odd.count(0) < half * 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """Many NULs or control bytes; a few stray NULs in a text are dropped, not refused."""
    head = data[:8192]
    nul = head.count(b"\x00")
    if nul > 8 and nul > len(head) // 100:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > max(len(head) // 20, 8)


#: control characters that are never content (NUL, escapes that could drive a terminal, C1 codes)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _clean(text: str, name: str) -> str:
    """Line ends made ``\\n``, control characters dropped (a form feed is a line end), NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = _CONTROL.sub("", text)
    text = nfc(text)
    if not text.strip():
        raise ReadError(f"{name}: empty input")
    return text


def document_from_text(text: str, name: str, path: str | None = None) -> Document:
    return Document(name=name, text=text, kind="text", path=path)
