"""Reading inputs into Documents: plain text now; HTML and feeds by their own readers.

The kind of an input is sniffed from its bytes, not guessed from its name.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsrewind.read.text import ReadError, decode, document_from_text

__all__ = ["ReadError", "read_path", "read_bytes"]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def read_bytes(data: bytes, name: str, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> "Document":
    """A Document from raw bytes of any supported kind."""
    if len(data) > max_bytes:
        raise ReadError(f"{name}: input is {len(data):,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
    text = decode(data, name)
    return document_from_text(text, name, path)


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> "Document":
    """Read a file (or ``-`` for standard input)."""
    if path == "-":
        data = sys.stdin.buffer.read()
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


from newsrewind.model import Document  # noqa: E402
