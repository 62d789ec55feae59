#!/usr/bin/env python3
"""Score extraction on every gold file: the shared ones and the project's own.

For each ``*.gold.json`` under the shared eval folder, ``tests/gold/`` and
``tests/heldout/`` (a held-out set: measure on it, never tune on it), run
``rewind extract`` on its document and print the scorer's summary line.
Usage: python tools/eval.py [--shared DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_document(gold_path: Path, gold: dict) -> Path | None:
    doc = gold.get("document", "")
    candidates = [gold_path.parent / doc, gold_path.parent.parent / doc, gold_path.parent / Path(doc).name]
    if doc and not Path(doc).suffix == ".txt":  # "name.en" for "name.en.txt"
        candidates.append(gold_path.parent / (Path(doc).name + ".txt"))
    for candidate in candidates:
        if doc and candidate.is_file():
            return candidate
    return None


def merged_aliases(shared: Path, out: Path, gold_path: Path | None = None) -> Path:
    """The shared alias groups plus the project's own (tests/*/ALIASES_*.json). A file named for one
    gold (ALIASES_<gold name>.json beside it) holds that blog's groups and applies to it alone."""
    own = sorted((ROOT / "tests").glob("*/ALIASES_*.json"))
    files = [shared / "aliases.json"] + [p for p in own if not _for_one_gold(p)]
    if gold_path is not None:
        mine = gold_path.parent / ("ALIASES_" + gold_path.name.removesuffix(".gold.json") + ".json")
        if mine.is_file():
            files.insert(0, mine)
    data: dict[str, list[list[str]]] = {}
    for path in files:
        if path.is_file():
            more = json.loads(path.read_text(encoding="utf-8"))
            for key in ("sources", "actors"):
                data.setdefault(key, []).extend(more.get(key, []))
    merged = {key: union(groups) for key, groups in data.items()}
    out.write_text(json.dumps(merged, ensure_ascii=False), encoding="utf-8")
    return out


def _for_one_gold(path: Path) -> bool:
    return (path.parent / (path.stem.removeprefix("ALIASES_") + ".gold.json")).is_file()


def union(groups: list[list[str]]) -> list[list[str]]:
    """Merge alias groups that share a name, so no name sits in two groups."""
    merged: list[list[str]] = []
    index: dict[str, int] = {}
    for group in groups:
        hits = sorted({index[n.casefold()] for n in group if n.casefold() in index})
        if not hits:
            merged.append(list(group))
            target = len(merged) - 1
        else:
            target = hits[0]
            for other in hits[1:]:
                merged[target].extend(merged[other])
                merged[other] = []
            merged[target].extend(group)
        for name in merged[target]:
            index[name.casefold()] = target
    return [g for g in merged if g]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "eval"), help="the shared eval folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("only", nargs="*", help="score only gold files whose name contains one of these")
    a = ap.parse_args()
    shared = Path(a.shared)
    scorer = shared / "score.py"
    if not scorer.is_file():
        print(f"eval: no scorer at {scorer}", file=sys.stderr)
        return 1
    # the shared gold, the project's own gold (developed against), and a held-out set
    # written without sight of the code (measured, never tuned on)
    golds = (
        sorted(shared.glob("*.gold.json"))
        + sorted((ROOT / "tests" / "gold").glob("*.gold.json"))
        + sorted((ROOT / "tests" / "heldout").glob("*.gold.json"))
    )
    if a.only:
        golds = [g for g in golds if any(o in g.name for o in a.only)]
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in golds:
            aliases = merged_aliases(shared, Path(tmp) / "aliases.json", gold_path)
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            doc = find_document(gold_path, gold)
            if doc is None:
                print(f"{gold_path.name}: document {gold.get('document')!r} not found")
                failed += 1
                continue
            pred = Path(tmp) / (gold_path.stem + ".jsonl")
            with pred.open("w", encoding="utf-8") as out:
                run = subprocess.run(
                    [sys.executable, "-m", "newsrewind", "extract", str(doc)],
                    stdout=out,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            if run.returncode != 0:
                print(f"{gold_path.name}: extract failed: {run.stderr.strip()}")
                failed += 1
                continue
            cmd = [sys.executable, str(scorer), str(gold_path), str(pred), "--aliases", str(aliases)]
            # the held-out set is measured, never looked into: its misses are not listed
            verbose = a.verbose and gold_path.parent.name != "heldout"
            if verbose:
                cmd.append("-v")
            score = subprocess.run(cmd, capture_output=True, text=True)
            lines = score.stdout.strip().splitlines()
            if verbose:
                print(f"== {gold_path.name}")
                print("\n".join(lines))
            else:
                print(f"{gold_path.name:40} {lines[-1] if lines else score.stderr.strip()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
