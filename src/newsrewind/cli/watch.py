"""``rewind watch``: follow a live page as it grows."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_clock_options, add_limit_options, add_store_option, store_path, warn

HELP = """\
Poll a live blog (HTML, RSS/Atom feed or JSON-LD) and store every change:
new entries, new versions of edited ones (the diff is kept), tombstones for
removed ones, each with its ingest time. Prints one JSON line per change to
stdout: "change" is new | edit | removed | figure | conflict.

Polls politely: conditional GET (ETag, Last-Modified), a jittered interval,
exponential backoff on errors, 429 and 5xx (honouring Retry-After), a clear
User-Agent and a timeout. Ctrl-C stops; each poll is stored in one
transaction, so stopping at any moment leaves the store whole.

Alerts mark changes with "alerts": [...] and POST them to --webhook:
  'killed security > 15'   the current value of a figure is certainly above 15
  'injured >= 100'         any group; OP is one of > >= < <= =
  'conflict'               any new conflict between sources ('conflict killed')

examples:
  rewind watch https://example.org/live/storm --every 60 --story storm
  rewind watch https://example.org/live/storm --alert 'killed security > 15' \\
      --webhook https://hooks.example.org/newsdesk
  rewind watch https://example.org/feed.xml --max-polls 10 | jq -c 'select(.change == "figure")'
"""

#: The shortest interval allowed for a server that is not this machine.
MIN_EVERY = 10.0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "watch",
        help="follow a live page and report each change",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("url", metavar="URL", help="http(s) address of a live blog, feed or JSON-LD file")
    p.add_argument(
        "--every", type=float, default=60.0, metavar="SECONDS", help="seconds between polls (default 60)"
    )
    p.add_argument(
        "--story", metavar="NAME", default=None, help="story to file it under (default: from the URL)"
    )
    p.add_argument(
        "--max-polls", type=int, default=None, metavar="N", help="stop after N polls (default: never)"
    )
    p.add_argument(
        "--alert",
        action="append",
        default=[],
        metavar="RULE",
        help="mark changes such as 'killed security > 15' or 'conflict' (repeatable)",
    )
    p.add_argument("--webhook", metavar="URL", default=None, help="POST each alert as JSON to this address")
    p.add_argument(
        "--timeout", type=float, default=20.0, metavar="SECONDS", help="give up on a silent server after this"
    )
    add_clock_options(p)
    add_store_option(p)
    add_limit_options(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no status lines on stderr")
    p.set_defaults(run=run)


def _local(url: str) -> bool:
    import ipaddress
    import urllib.parse

    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    import json
    import signal

    from newsrewind.cli.main import UsageError
    from newsrewind.pipeline import Options
    from newsrewind.read.fetch import is_url, url_name
    from newsrewind.store import open_store
    from newsrewind.watch import AlertError, Policy, WatchState, parse_alert, watch

    if not is_url(args.url):
        raise UsageError(
            f"{args.url}: rewind watch follows http:// or https:// addresses (rewind ingest reads files)"
        )
    if args.webhook and not is_url(args.webhook):
        raise UsageError(f"--webhook {args.webhook}: give an http:// or https:// address")
    if args.every <= 0 or (args.every < MIN_EVERY and not _local(args.url)):
        raise UsageError(f"--every {args.every:g}: poll another site at most every {MIN_EVERY:g} s")
    if args.max_polls is not None and args.max_polls <= 0:
        raise UsageError("--max-polls must be above zero")
    if args.timeout <= 0:
        raise UsageError("--timeout must be above zero")
    try:
        rules = [parse_alert(text) for text in args.alert]
    except AlertError as exc:
        raise UsageError(str(exc)) from exc

    story = args.story or url_name(args.url)
    policy = Policy(every=args.every, timeout=args.timeout, max_bytes=args.max_bytes)
    options = Options(date=args.date, tz=args.tz, max_entries=args.max_entries)
    state = WatchState()
    quiet = args.quiet

    def emit(change: dict) -> None:  # type: ignore[type-arg]
        sys.stdout.write(json.dumps(change, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def log(message: str) -> None:
        if not quiet:
            warn(message)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    if not quiet:
        print(f"rewind: watching {args.url} every {args.every:g} s → story {story}", file=sys.stderr)
    try:
        with open_store(store_path(args)) as store:
            try:
                watch(
                    args.url,
                    store,
                    story,
                    policy=policy,
                    options=options,
                    rules=rules,
                    webhook=args.webhook,
                    max_polls=args.max_polls,
                    emit=emit,
                    log=log,
                    state=state,
                )
            except KeyboardInterrupt:
                log("stopped")
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        print(
            f"rewind: {state.polls} polls, {state.changes} changes, {state.alerts} alerts"
            + (f", {state.webhook_failures} not delivered" if state.webhook_failures else ""),
            file=sys.stderr,
        )
    # a watcher that never once read the page has failed (for scripts running --max-polls N)
    return 1 if state.polls and state.failures >= state.polls else 0
