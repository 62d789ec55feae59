"""``rewind export``: a story as data."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_store_option, add_story_option

FORMATS = ["jsonl", "csv", "geojson", "atom", "jsonld"]

HELP = """\
Write a story's entries as data to stdout.
  jsonl    the entry records (one JSON object per line)
  csv      ACLED-compatible columns, one row per figure, with a conservative
           point estimate next to low/high
  geojson  one Point per place mention, [lon, lat]
  atom     an Atom feed of the entries; removed ones as RFC 6721 tombstones
           (at:deleted-entry), edited ones with their updated time
  jsonld   schema.org LiveBlogPosting, one liveBlogUpdate per entry

examples:
  rewind export --format csv > kz.csv
  rewind export --format geojson --story kz > kz.geojson
  rewind export --format jsonl --until 12:00
  rewind export --format atom --story kz > kz.atom
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write a story as JSONL, CSV, GeoJSON, Atom or JSON-LD",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        if args.format in ("atom", "jsonld"):
            sys.stdout.write(_feed(store, snap, args.format))
            return 0
    entries = sorted(snap.entries, key=lambda e: (e.document, e.seq or 0))
    sys.stdout.write(WRITERS[args.format](entries))
    return 0


def _feed(store, snap, fmt: str) -> str:  # type: ignore[no-untyped-def]
    """Atom (with tombstones, from every stored version) or JSON-LD (current entries)."""
    from newsrewind.present.feeds import to_atom, to_jsonld
    from newsrewind.query import FAR_FUTURE

    story = store.story(snap.story)
    rows = store.latest_versions(story["id"], include_removed=True)
    outlets = {r["document"]: r["outlet"] for r in rows}
    if fmt == "jsonld":
        names = {o for o in outlets.values() if o}
        return to_jsonld(snap.story, snap.entries, outlet=names.pop() if len(names) == 1 else None)
    until = None if snap.at_utc == FAR_FUTURE else snap.at_utc
    return to_atom(snap.story, store.changes(story["id"]), until_utc=until, outlets=outlets)
