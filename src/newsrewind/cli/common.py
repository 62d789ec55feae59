"""Pieces every command shares: store and time options, error wording, output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import Any

#: Exit codes: 1 for input the tool cannot use, 2 for a wrong command line.
BAD_INPUT = 1
BAD_USAGE = 2


def describe_error(exc: BaseException) -> tuple[str, int | None]:
    """A one-line message and exit code for an expected error; code None re-raises."""
    from newsrewind.clock import ClockError
    from newsrewind.pipeline import NoEntries
    from newsrewind.read import ReadError

    if isinstance(exc, ReadError | NoEntries):
        return str(exc), BAD_INPUT
    if isinstance(exc, ClockError):
        return str(exc), BAD_USAGE
    from newsrewind.cli.main import UsageError

    if isinstance(exc, UsageError):
        return str(exc), BAD_USAGE
    from newsrewind.store import StoreError

    if isinstance(exc, StoreError):
        return str(exc), BAD_INPUT
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc), BAD_INPUT
    return "", None


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        metavar="PATH|URI",
        default=None,
        help="store: a SQLite file or a postgresql:// URI (default: $REWIND_STORE, else rewind.sqlite in the user's data folder)",
    )


def add_story_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--story", metavar="NAME", default=None, help="story to ask about (default: the only or latest one)"
    )


def add_clock_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=parse_date,
        default=None,
        help="the blog's date, when its text does not say",
    )
    parser.add_argument(
        "--tz",
        metavar="ZONE",
        default=None,
        help="the blog's clock: IANA name (Europe/Bucharest) or offset (+02:00)",
    )


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def store_path(args: argparse.Namespace) -> str:
    """Where the store is: --store, REWIND_STORE, or the user's data folder."""
    if getattr(args, "store", None):
        return str(args.store)
    env = os.environ.get("REWIND_STORE")
    if env:
        return env
    from platformdirs import user_data_dir

    folder = user_data_dir("newsrewind", appauthor=False)
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, "rewind.sqlite")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_jsonl(rows: Any) -> None:
    write = sys.stdout.write
    for row in rows:
        write(json.dumps(row, ensure_ascii=False) + "\n")


def warn(message: str) -> None:
    print(f"rewind: {message}", file=sys.stderr)


#: Default limits on one input; both are options (``--max-bytes``, ``--max-entries``).
MAX_BYTES = 32 * 1024 * 1024
MAX_ENTRIES = 100_000


def positive_int(value: str) -> int:
    """An argparse type: a whole number above zero (``1_000`` and ``1,000`` allowed)."""
    try:
        number = int(value.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be above zero: {value!r}")
    return number


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    """``--max-bytes`` and ``--max-entries``: what one input may hold before it is refused."""
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=MAX_BYTES,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {MAX_BYTES:,})",
    )
    parser.add_argument(
        "--max-entries",
        type=positive_int,
        default=MAX_ENTRIES,
        metavar="N",
        help=f"refuse a document with more than N entries (default {MAX_ENTRIES:,})",
    )
