"""Language knowledge as data: one folder per language, TOML files inside.

``load("ro")`` merges every ``lang/ro/*.toml`` file into one dictionary, keyed
by file stem (``clock``, ``numbers``, ``figures``, ``sources``, ``places``,
``events`` ...). Adding a language is adding a folder; no code changes.

Parsing the TOML files is the slow part of starting up, so the parsed data is
kept with ``marshal`` in the user's cache directory, keyed by every file's
name, size and modification time and by the package and Python versions; a
changed file means a fresh parse, and with no writable cache nothing is kept.
"""

from __future__ import annotations

import marshal
import os
import sys
import tomllib
import zlib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

#: Languages with data shipped in the package.
LANGUAGES = ("ro", "en", "ru")


@cache
def load(code: str) -> dict[str, Any]:
    """All data files of one language, merged by file stem."""
    folder = resources.files(__package__).joinpath(code)
    if not folder.is_dir():
        raise KeyError(f"no language data for {code!r} (have: {', '.join(available())})")
    key = _files_key(folder)
    path = _cache_file(code, folder) if key is not None and isinstance(folder, Path) else None
    cached = _read_cache(path, key)
    if cached is not None:
        return cached
    data: dict[str, Any] = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data[item.name[: -len(".toml")]] = tomllib.loads(item.read_text(encoding="utf-8"))
    _write_cache(path, key, data)
    return data


def _files_key(folder: Any) -> tuple[Any, ...] | None:
    """What the cached data of a folder must match: versions, then each file's name, size and mtime."""
    if not isinstance(folder, Path):
        return None  # data inside an archive: no file times to trust, parse every time
    from newsrewind import __version__

    try:
        files = sorted(
            (entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
            for entry in os.scandir(folder)
            if entry.name.endswith(".toml")
        )
    except OSError:
        return None
    return (__version__, sys.version, tuple(files))


def _cache_file(code: str, folder: Path) -> Path | None:
    """One cache file per language folder, so that two copies of the package do not overwrite each other's."""
    try:
        import platformdirs

        place = zlib.crc32(os.fsencode(folder))
        return Path(platformdirs.user_cache_dir("newsrewind")) / f"lang-{code}-{place:08x}.marshal"
    except Exception:  # noqa: BLE001 - no cache dir: parse every time
        return None


def _read_cache(path: Path | None, key: tuple[Any, ...] | None) -> dict[str, Any] | None:
    """The cached data when its key is exactly ``key``; None when missing, stale or unreadable."""
    if path is None or key is None:
        return None
    try:
        with path.open("rb") as fh:
            stored_key, data = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if stored_key == key and isinstance(data, dict) else None


def _write_cache(path: Path | None, key: tuple[Any, ...] | None, data: dict[str, Any]) -> None:
    """Store parsed data for the next run, atomically; an unwritable cache or unstorable data is no error."""
    if path is None or key is None:
        return
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        blob = marshal.dumps((key, data))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass


@cache
def _available() -> tuple[str, ...]:
    root = resources.files(__package__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


def available() -> list[str]:
    """Codes of every language folder shipped (read once)."""
    return list(_available())


def section(code: str, name: str) -> dict[str, Any]:
    """One data file of one language (empty when that language lacks it)."""
    return load(code).get(name, {})
