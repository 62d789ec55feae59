"""``rewind extract``: records as JSON Lines, touching no store."""

from __future__ import annotations

import argparse

from newsrewind.cli.common import add_clock_options, add_limit_options, print_jsonl

HELP = """\
Print one JSON object per entry (the entry record: time, language, text,
sources, actors, places, events, figures, each with its span).

examples:
  rewind extract blog.txt
  rewind extract blog.txt --date 2022-01-06 --tz Europe/Bucharest
  cat blog.txt | rewind extract - | jq .figures
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="print the entry records of a live blog as JSON Lines",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="live blog file, or - for standard input")
    add_clock_options(p)
    add_limit_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsrewind.pipeline import Options, records_of
    from newsrewind.read import read_path

    options = Options(date=args.date, tz=args.tz, max_entries=args.max_entries)
    for path in args.inputs:
        doc = read_path(path, max_bytes=args.max_bytes)
        print_jsonl(r.to_json() for r in records_of(doc, options))
    return 0
