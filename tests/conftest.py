"""Shared fixtures: paths to the seed corpus, a fresh store, the rewind command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "kz-2022-01-06.ro.txt"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("the shared seed corpus is not beside the project")
    return SEED


@pytest.fixture
def store_path(tmp_path: Path) -> str:
    return str(tmp_path / "store.sqlite")


def run_rewind(
    *args: str, store: str | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `rewind` command in a subprocess."""
    env = dict(os.environ)
    env.pop("REWIND_STORE", None)
    if store:
        env["REWIND_STORE"] = store
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "newsrewind", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )
