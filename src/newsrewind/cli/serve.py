"""``rewind serve``: the web time machine over a store."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_store_option, store_path

HELP = """\
Open the store in a browser: a page with a time slider through the day, the
entries known at each moment, figures with their sources, charts, a map, a
summary and a diff view; and a JSON API (OpenAPI at /docs).

Read-only, on 127.0.0.1 by default. POST /api/ingest is refused unless a token
is given with --token (or REWIND_TOKEN), and then needs it as a Bearer token.

examples:
  rewind serve
  rewind serve --store kz.sqlite --port 8080
  rewind serve --store postgresql://rewind@db.example/news --workers 2
  rewind serve --tiles off              no map tiles: country outlines only
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="the web time machine (page + JSON API)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_store_option(p)
    p.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)"
    )
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--token",
        default=None,
        help="allow POST /api/ingest with this Bearer token (default: $REWIND_TOKEN, else none)",
    )
    p.add_argument(
        "--tiles",
        default="osm",
        metavar="URL|osm|off",
        help="map tiles: a {z}/{x}/{y} URL template, osm (OpenStreetMap, default) or off",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    p.set_defaults(run=run)


def app_from_env():  # type: ignore[no-untyped-def]
    """App factory for uvicorn workers: reads REWIND_STORE, REWIND_TOKEN, REWIND_TILES."""
    import os

    from newsrewind.web.app import create_app

    tiles = os.environ.get("REWIND_TILES") or None
    return create_app(os.environ["REWIND_STORE"], token=os.environ.get("REWIND_TOKEN") or None, tiles=tiles)


def run(args: argparse.Namespace) -> int:
    import os
    import re

    import uvicorn

    from newsrewind.store import StoreError, is_postgres, open_store
    from newsrewind.web.app import OSM_TILES

    path = store_path(args)
    shown = re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", path)
    if is_postgres(path):
        try:  # a wrong URI or password is said now, not on the first request
            open_store(path, readonly=True).close()
        except StoreError as exc:
            print(f"rewind: {exc}", file=sys.stderr)
            return 2
    token = args.token or os.environ.get("REWIND_TOKEN") or None
    tiles = {"osm": OSM_TILES, "off": ""}.get(args.tiles, args.tiles)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"rewind: serving on {args.host}: reachable from other machines", file=sys.stderr)
    os.environ["REWIND_STORE"] = path
    os.environ["REWIND_TILES"] = tiles
    if token:
        os.environ["REWIND_TOKEN"] = token
    print(f"rewind: serving {shown} on http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(
        "newsrewind.cli.serve:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        access_log=False,
    )
    return 0
