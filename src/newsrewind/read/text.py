"""Plain text: decoding bytes safely and making a Document."""

from __future__ import annotations

import codecs

from newsrewind.extract.normalize import nfc
from newsrewind.model import Document


class ReadError(ValueError):
    """An input that cannot be read; the message is one line for the user."""


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOM, then UTF-8, then detection (Windows-1250/1251 ...)."""
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
    if _looks_binary(data):
        raise ReadError(f"{name}: binary file, not text")
    try:
        return _clean(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1250", "cp1251", "cp1252", "iso-8859-2", "koi8-r", "utf-8"]).best()
    if best is None or best.encoding is None:
        raise ReadError(f"{name}: not valid UTF-8 and no known encoding fits")
    return _clean(data.decode(best.encoding, errors="replace"), name)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and head.count(b"\x00") > len(head) // 100:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) // 20


def _clean(text: str, name: str) -> str:
    text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = nfc(text)
    if not text.strip():
        raise ReadError(f"{name}: empty input")
    return text


def document_from_text(text: str, name: str, path: str | None = None) -> Document:
    return Document(name=name, text=text, kind="text", path=path)
