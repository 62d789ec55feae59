"""The time machine's questions: ``at``, ``diff``, ``history``, ``conflicts``, ``entries``, ``stories``."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from newsrewind.cli.common import add_store_option, add_story_option, print_json, store_path

AT_HELP = """\
What was known at a moment: entries so far, the latest value of every figure
series (with who reported it, when, and earlier values), events so far.
TIME is HH:MM on the story's day, a full ISO time, or "now".

examples:
  rewind at 10:40
  rewind at 2022-01-06T17:20+02:00 --story kz --json
  rewind at 10:00 --ingested          what we had seen by 10:00 (ingest time)
"""

DIFF_HELP = """\
What became known between two moments: new entries and changed figures.

examples:
  rewind diff 10:00 17:20
  rewind diff 09:00 now --json
"""

HISTORY_HELP = """\
Every reported value of each figure series, in order, with source and entry.

examples:
  rewind history
  rewind history killed
  rewind history killed security --json
"""


def _parser(
    sub: argparse._SubParsersAction, name: str, help_: str, description: str
) -> argparse.ArgumentParser:
    p = sub.add_parser(
        name, help=help_, description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add_story_option(p)
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return p


def register(sub: argparse._SubParsersAction) -> None:
    p = _parser(sub, "at", "what was known at a moment", AT_HELP)
    p.add_argument("time", metavar="TIME")
    p.add_argument(
        "--ingested", action="store_true", help="by ingest time (what we had seen), not report time"
    )
    p.add_argument("--limit", type=int, default=50, help="entries to list (default 50; 0 for all)")
    p.set_defaults(run=run_at)

    p = _parser(sub, "diff", "what changed between two moments", DIFF_HELP)
    p.add_argument("since", metavar="T1")
    p.add_argument("until", metavar="T2")
    p.set_defaults(run=run_diff)

    p = _parser(sub, "history", "every reported value of each figure", HISTORY_HELP)
    p.add_argument("measure", nargs="?", help="killed, injured, arrested ...")
    p.add_argument("group", nargs="?", help="security, protesters, civilians, people ...")
    p.set_defaults(run=run_history)

    p = _parser(
        sub,
        "conflicts",
        "series where sources disagree",
        "Series where sources hold values that cannot all be true at the same moment.\n\nexamples:\n  rewind conflicts\n  rewind conflicts --json",
    )
    p.set_defaults(run=run_conflicts)

    p = _parser(
        sub,
        "entries",
        "list a story's entries",
        "The current version of every entry, newest first.\n\nexamples:\n  rewind entries --story kz\n  rewind entries --json | jq .text",
    )
    p.set_defaults(run=run_entries)

    p = sub.add_parser(
        "stories",
        help="list the stories in the store",
        description="Stories with their documents, entries and time range.\n\nexample:\n  rewind stories",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_stories)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from newsrewind.store import open_store

    return open_store(store_path(args), readonly=True)


def _wrap_time_error(func):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        from newsrewind.cli.main import UsageError
        from newsrewind.query import TimeError

        try:
            return int(func(args))
        except TimeError as exc:
            raise UsageError(str(exc)) from exc

    return run


@_wrap_time_error
def run_at(args: argparse.Namespace) -> int:
    from newsrewind import query
    from newsrewind.present.terminal import show_snapshot

    with _open(args) as store:
        snap = query.at(
            store,
            args.story,
            args.time,
            by="ingest" if args.ingested else "report",
            entry_limit=args.limit or None,
        )
    if args.json:
        print_json(snap.to_json())
    else:
        show_snapshot(snap)
    return 0


@_wrap_time_error
def run_diff(args: argparse.Namespace) -> int:
    from newsrewind import query
    from newsrewind.present.terminal import show_diff

    with _open(args) as store:
        d = query.diff(store, args.story, args.since, args.until)
    if args.json:
        print_json(d.to_json())
    else:
        show_diff(d)
    return 0


def run_history(args: argparse.Namespace) -> int:
    from newsrewind import query
    from newsrewind.present.terminal import show_history

    with _open(args) as store:
        items = query.history(store, args.story, args.measure, args.group)
    if args.json:
        print_json([asdict(h) for h in items])
    else:
        show_history(items)
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from newsrewind import query
    from newsrewind.present.terminal import show_conflicts

    with _open(args) as store:
        items = query.conflicts(store, args.story)
    if args.json:
        print_json(items)
    else:
        show_conflicts(items)
    return 0


def run_entries(args: argparse.Namespace) -> int:
    from newsrewind import query
    from newsrewind.present.terminal import show_entries

    with _open(args) as store:
        snap = query.at(store, args.story, "now", entry_limit=None)
    if args.json:
        print_json([asdict(e) for e in snap.entries])
    else:
        show_entries(snap.entries)
    return 0


def run_stories(args: argparse.Namespace) -> int:
    from newsrewind.present.terminal import console

    with _open(args) as store:
        stories = store.stories()
    if args.json:
        print_json(stories)
        return 0
    c = console()
    for s in stories:
        span = f"{(s['first_utc'] or '?')[:16]} – {(s['last_utc'] or '?')[:16]} UTC"
        c.print(f"{s['name']}: {s['documents']} documents, {s['entries']} entries, {span}")
    return 0
