#!/usr/bin/env python3
"""The quick-start demo: ingest the bundled example blog and travel through its day.

Runs the real `rewind` commands (shown as it runs them) on a fresh store.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / ".demo" / "demo.sqlite"


def rewind(*args: str) -> None:
    print(f"\n$ rewind {' '.join(args)}", flush=True)
    env = dict(os.environ, REWIND_STORE=str(STORE))
    code = subprocess.call([sys.executable, "-m", "newsrewind", *args], env=env)
    if code != 0:
        raise SystemExit(code)


def main() -> None:
    example = resources.files("newsrewind").joinpath("examples/vrancea-quake.ro.txt")
    if STORE.parent.exists():
        shutil.rmtree(STORE.parent)
    STORE.parent.mkdir(parents=True)
    blog = STORE.parent / "vrancea-quake.ro.txt"
    blog.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"Demo store: {STORE.relative_to(ROOT)} (example blog: {blog.relative_to(ROOT)})")
    rewind("ingest", str(blog), "--story", "vrancea-quake")
    rewind("at", "11:30")
    rewind("at", "16:30")
    rewind("at", "21:40")
    rewind("history", "killed")
    rewind("history", "injured")
    rewind("diff", "11:30", "21:40")


if __name__ == "__main__":
    main()
