"""``rewind ingest``: store live blogs, append-only."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_clock_options, add_limit_options, add_store_option, store_path, warn

HELP = """\
Read live blogs and store their entries, versions and extracted claims.
Re-ingesting the same text adds nothing; a newer copy of a page adds its new
entries, new versions of edited ones, and marks vanished ones. Each document
is stored in one transaction: a failure leaves the store as it was.

examples:
  rewind ingest kz-2022-01-06.ro.txt
  rewind ingest blog-ro.txt blog-ru.txt --story kazakhstan-2022
  rewind ingest archive/*.txt --store research.sqlite
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest",
        help="store live blogs (entries, versions, claims)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="FILE", help="live blog files, or - for standard input")
    p.add_argument(
        "--story",
        metavar="NAME",
        default=None,
        help="story to file them under (default: each document its own)",
    )
    add_clock_options(p)
    add_store_option(p)
    add_limit_options(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsrewind.cli.common import describe_error
    from newsrewind.pipeline import Options, records_of
    from newsrewind.read import read_path
    from newsrewind.store import open_store

    options = Options(date=args.date, tz=args.tz, max_entries=args.max_entries)
    failures = 0
    with open_store(store_path(args)) as store:
        progress = None
        if len(args.inputs) > 1 and sys.stderr.isatty():
            from rich.progress import Progress

            progress = Progress(transient=True)
            progress.start()
            task = progress.add_task("ingesting", total=len(args.inputs))
        try:
            for path in args.inputs:
                try:
                    doc = read_path(path, max_bytes=args.max_bytes)
                    records = records_of(doc, options)
                    result = store.ingest(args.story or doc.name, doc, records)
                except Exception as exc:  # noqa: BLE001 - one bad file must not stop the rest
                    message, code = describe_error(exc)
                    if code is None:
                        raise
                    warn(message)
                    failures += 1
                    continue
                finally:
                    if progress is not None:
                        progress.advance(task)
                if not args.quiet:
                    if result.changed:
                        summary = f"+{result.added} new, {result.edited} edited, {result.removed} removed"
                    else:
                        summary = "nothing new"
                    print(f"{doc.name} → story {result.story}: {summary}", file=sys.stderr)
        finally:
            if progress is not None:
                progress.stop()
    return 1 if failures else 0
