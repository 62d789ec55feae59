"""``rewind load``: put a batch's Parquet output into a store."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_store_option, store_path

HELP = """\
Load the Parquet tables `rewind batch` wrote into a store (SQLite file or
postgresql:// URI), one document per transaction, with the same append-only
rules as `rewind ingest`: loading the same output twice adds nothing.

examples:
  rewind load parquet/ --store research.sqlite
  rewind load parquet/ --store postgresql://rewind@db.example/newsroom
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "load",
        help="load a batch's Parquet output into a store",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("folder", metavar="DIR", help="the --out folder of rewind batch")
    add_store_option(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from newsrewind.cli.main import UsageError
    from newsrewind.store import open_store

    try:
        from newsrewind.batch import iter_documents, parquet
    except ModuleNotFoundError as exc:
        raise UsageError(
            f"reading Parquet needs pyarrow: pip install 'newsrewind[parquet]' ({exc.name} missing)"
        ) from exc
    folder = Path(args.folder)
    try:
        stories = parquet.stories(folder)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    documents = added = edited = removed = 0
    with open_store(store_path(args)) as store:
        for story_folder in stories:
            for story, doc, records in iter_documents(parquet.story_entries(story_folder)):
                result = store.ingest(story, doc, records)
                documents += 1
                added, edited, removed = (
                    added + result.added,
                    edited + result.edited,
                    removed + result.removed,
                )
    if not args.quiet:
        print(
            f"loaded {documents:,} documents from {len(stories):,} stories: "
            f"+{added:,} new, {edited:,} edited, {removed:,} removed",
            file=sys.stderr,
        )
    return 0
