"""``rewind export``: a story as data."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_store_option, add_story_option

FORMATS = ["jsonl", "csv", "geojson"]

HELP = """\
Write a story's entries as data to stdout.
  jsonl    the entry records (one JSON object per line)
  csv      ACLED-compatible columns, one row per figure, with a conservative
           point estimate next to low/high
  geojson  one Point per place mention, [lon, lat]

examples:
  rewind export --format csv > kz.csv
  rewind export --format geojson --story kz > kz.geojson
  rewind export --format jsonl --until 12:00
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write a story as JSONL, CSV or GeoJSON", description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--format", "-f", choices=FORMATS, default="jsonl")
    p.add_argument("--until", metavar="TIME", default="now", help="only what was known at this report time")
    add_story_option(p)
    add_store_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsrewind import query
    from newsrewind.cli.ask import _open
    from newsrewind.cli.main import UsageError
    from newsrewind.present.export import WRITERS

    with _open(args) as store:
        try:
            snap = query.at(store, args.story, args.until, entry_limit=None)
        except query.TimeError as exc:
            raise UsageError(str(exc)) from exc
    entries = sorted(snap.entries, key=lambda e: (e.document, e.seq or 0))
    sys.stdout.write(WRITERS[args.format](entries))
    return 0
