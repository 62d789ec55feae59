"""The ``rewind`` command: argument parsing and dispatch to one module per command.

Each command module under ``newsrewind.cli`` defines ``register(subparsers)``
and ``run(args) -> int``; heavy imports happen inside ``run`` so that
``rewind --help`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings

from newsrewind import __version__

#: Command modules, in the order ``--help`` lists them.
COMMANDS = ["extract", "ingest", "ask", "export"]
OPTIONAL_COMMANDS = ["serve", "watch", "batch", "load"]

DESCRIPTION = """\
rewind — a time machine for breaking news.

Reads live blogs (timestamped updates, in Romanian, English, Russian ...),
keeps every entry with its report time, sources, places and figures in an
append-only store, and answers what was known at any moment.
"""

EPILOG = """\
examples:
  rewind extract blog.txt                 one JSON record per entry, no store
  rewind ingest blog.txt --story kz       store a live blog under a story
  rewind at 10:40 --story kz              what was known at 10:40
  rewind diff 10:00 17:20 --story kz      what changed between two moments
  rewind history killed security          every reported value of a figure
  rewind conflicts                        where sources disagree
  rewind export --format csv > kz.csv     ACLED-style rows

Store: --store PATH or REWIND_STORE (default: the user's data folder).
NO_COLOR turns colour off.
"""


class Formatter(argparse.RawDescriptionHelpFormatter):
    pass


class UsageError(Exception):
    """A command line that cannot be carried out; the message is one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rewind", description=DESCRIPTION, epilog=EPILOG, formatter_class=Formatter
    )
    parser.add_argument("--version", action="version", version=f"rewind {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS + OPTIONAL_COMMANDS:
        try:
            module = importlib.import_module(f"newsrewind.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"newsrewind.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def _show_warning(message: Warning | str, category: type[Warning], *args: object, **kwargs: object) -> None:
    """Warnings about the input (an impossible time, a skipped entry) as one line each."""
    if category.__name__ == "InputWarning":
        print(f"rewind: warning: {message}", file=sys.stderr)
    else:
        _SHOW_WARNING(message, category, *args, **kwargs)  # type: ignore[arg-type]


_SHOW_WARNING = warnings.showwarning


def main(argv: list[str] | None = None) -> int:
    from newsrewind.stamps import InputWarning

    warnings.showwarning = _show_warning
    warnings.simplefilter("always", InputWarning)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("rewind: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # e.g. `rewind extract blog.txt | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - every error becomes one line
        from newsrewind.cli.common import describe_error

        message, code = describe_error(exc)
        if code is None:
            raise
        print(f"rewind: {message}", file=sys.stderr)
        return code


if __name__ == "__main__":
    raise SystemExit(main())
