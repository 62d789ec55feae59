"""Reading inputs into Documents: plain text, HTML live blogs, RSS/Atom feeds, JSON-LD, URLs.

The kind of an input is sniffed from its bytes, not guessed from its name.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from newsrewind.model import Document
from newsrewind.read.text import ReadError, decode, document_from_text

__all__ = ["ReadError", "read_path", "read_bytes", "sniff"]

DEFAULT_MAX_BYTES = 32 * 1024 * 1024


def sniff(data: bytes) -> str:
    """The kind of input from its first bytes: html | rss | atom | xml | json | text."""
    head = data[:4096]
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            head = data[len(bom) : 8192 + len(bom)].decode(codec, errors="ignore").encode("utf-8")
            break
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    low = head.lstrip().lower()
    # skip comments and doctype-less whitespace before the first tag
    while low.startswith(b"<!--"):
        end = low.find(b"-->")
        if end < 0:
            break
        low = low[end + 3 :].lstrip()
    if low[:1] in (b"{", b"["):
        return "json"
    if not low.startswith(b"<"):
        return "text"
    if re.search(rb"<rss[\s>]|<rdf:rdf[\s>]", low):
        return "rss"
    if re.search(rb"<feed[\s>]", low) and b"<html" not in low:
        return "atom"
    if low.startswith((b"<!doctype html", b"<html")) or re.search(
        rb"<(?:html|head|body|meta|title|div|p)[\s>/]", low
    ):
        return "html"
    if low.startswith(b"<?xml"):
        return "xml"
    return "text"


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes: XML declaration or <meta>."""
    head = data[:4096]
    m = re.match(rb"\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)", head, re.IGNORECASE)
    if m:
        return m.group(1).decode("ascii")
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", head, re.IGNORECASE)
    if m:
        return m.group(1).decode("ascii")
    return None


def read_bytes(
    data: bytes,
    name: str,
    path: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    charset: str | None = None,
    url: str | None = None,
) -> Document:
    """A Document from raw bytes of any supported kind (sniffed from the bytes, not the name).

    ``charset`` is the one an HTTP header declared; it beats the page's own declaration.
    """
    if len(data) > max_bytes:
        raise ReadError(
            f"{name}: input is {len(data):,} bytes, over the limit of {max_bytes:,} (--max-bytes)"
        )
    kind = sniff(data)
    if kind == "text":
        text = decode(data, name, charset)
        doc = document_from_text(text, name, path)
        doc.url = url
        return doc
    text = decode(data, name, charset or declared_charset(data))
    if kind == "html":
        from newsrewind.read.html import document_from_html

        return document_from_html(text, name, path, url)
    if kind in ("rss", "atom", "xml"):
        from newsrewind.read.feed import document_from_feed

        try:
            return document_from_feed(text, name, path, url)
        except ReadError as exc:
            if kind != "xml":
                raise ReadError(f"{name}: {exc}") from exc
            from newsrewind.read.html import document_from_html

            return document_from_html(text, name, path, url)
    # JSON: a LiveBlogPosting document
    from newsrewind.read.html import document_from_json, loads_lenient

    parsed = loads_lenient(text)
    if parsed is None:  # "[UPDATE 10:00] ..." is a text that merely starts like JSON
        doc = document_from_text(text, name, path)
        doc.url = url
        return doc
    found = document_from_json(parsed, name, path, url)
    if found is None:
        raise ReadError(f"{name}: JSON without a LiveBlogPosting (schema.org liveBlogUpdate items)")
    return found


_URL = re.compile(r"^https?://", re.IGNORECASE)


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file, an http(s) URL, or ``-`` for standard input."""
    if _URL.match(path.strip()):  # ``fetch.is_url``, without loading the HTTP client for a file
        from newsrewind.read.fetch import read_url

        return read_url(path.strip(), max_bytes=max_bytes)  # type: ignore[no-any-return]
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)  # never more than the limit in memory
        if len(data) > max_bytes:
            raise ReadError(f"stdin: input is over the limit of {max_bytes:,} bytes (--max-bytes)")
        return read_bytes(data, "stdin", None, max_bytes)
    p = Path(path)
    if not p.exists():
        raise ReadError(f"{path}: no such file")
    if p.is_dir():
        raise ReadError(f"{path}: is a directory")
    size = p.stat().st_size
    if size > max_bytes:
        raise ReadError(f"{path}: input is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    return read_bytes(p.read_bytes(), document_name(p), str(p), max_bytes)


def document_name(path: Path) -> str:
    """``kz-2022-01-06.ro.txt`` → ``kz-2022-01-06.ro``."""
    name = path.name
    for suffix in (".txt", ".text", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".md"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name
