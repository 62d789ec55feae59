"""Language knowledge as data: one folder per language, TOML files inside.

``load("ro")`` merges every ``lang/ro/*.toml`` file into one dictionary, keyed
by file stem (``clock``, ``numbers``, ``figures``, ``sources``, ``places``,
``events`` ...). Adding a language is adding a folder; no code changes.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

#: Languages with data shipped in the package.
LANGUAGES = ("ro", "en", "ru")


@cache
def load(code: str) -> dict[str, Any]:
    """All data files of one language, merged by file stem."""
    folder = resources.files(__package__).joinpath(code)
    if not folder.is_dir():
        raise KeyError(f"no language data for {code!r} (have: {', '.join(available())})")
    data: dict[str, Any] = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            data[item.name[: -len(".toml")]] = tomllib.loads(item.read_text(encoding="utf-8"))
    return data


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
