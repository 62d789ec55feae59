"""``rewind batch``: extract an archive of live blogs into Parquet, on Spark or local processes."""

from __future__ import annotations

import argparse
import sys

from newsrewind.cli.common import add_clock_options, warn

HELP = """\
Extract many live blogs at once and write Parquet tables under DIR,
partitioned by story and date: entries (the entry records), claims (every
source, actor, place, event and figure with its span), series (every figure
report) and errors (inputs that could not be read). `rewind load DIR` puts
them into a store.

Engines: Spark (pip install 'newsrewind[spark]'; needs Java 17), given a
master URL, or local processes (--engine local; pip install 'newsrewind[parquet]').
Inputs are files, folders or globs (quote globs for Spark so that it expands
them; Spark also takes hdfs://, s3a:// and other URIs its file systems know).

examples:
  rewind batch 'archive/*.html' --out parquet/
  rewind batch 'archive/*.txt' --out parquet/ --master spark://head:7077
  rewind batch archive/ --out parquet/ --engine local --workers 8
  rewind batch 'archive/*/*.txt' --story '{folder}' --out parquet/   one story per folder
  rewind load parquet/ --store research.sqlite
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="extract an archive into Parquet (Spark or local processes)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, globs or URIs")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (its tables are replaced)")
    p.add_argument(
        "--engine", choices=["spark", "local"], default=None, help="default: spark when installed, else local"
    )
    p.add_argument(
        "--master",
        default="local[*]",
        metavar="URL",
        help="Spark master: local[*], local[2], spark://host:7077 ...",
    )
    p.add_argument(
        "--partitions",
        type=int,
        default=None,
        metavar="N",
        help="Spark input partitions (default: 4 per core)",
    )
    p.add_argument(
        "--conf", action="append", default=[], metavar="KEY=VALUE", help="extra Spark setting (repeatable)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="local engine: processes (default: one per core)",
    )
    p.add_argument(
        "--story",
        metavar="NAME",
        default=None,
        help="story for every document; {folder} files each under its folder's name (default: each its own)",
    )
    add_clock_options(p)
    p.add_argument("--max-bytes", type=int, default=64 * 1024 * 1024, help="skip inputs larger than this")
    p.add_argument("--max-entries", type=int, default=100_000, help="skip documents with more entries")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")
    p.set_defaults(run=run)


def _engine(args: argparse.Namespace) -> str:
    if args.engine:
        return str(args.engine)
    import importlib.util

    return "spark" if importlib.util.find_spec("pyspark") else "local"


def run(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from newsrewind.cli.main import UsageError
    from newsrewind.pipeline import Options

    options = Options(date=args.date, tz=args.tz, max_entries=args.max_entries)
    engine = _engine(args)
    started = time.perf_counter()
    if engine == "spark":
        try:
            from newsrewind.batch import spark
        except ModuleNotFoundError as exc:
            raise UsageError(
                f"Spark is not installed: pip install 'newsrewind[spark]' ({exc.name} missing)"
            ) from exc
        conf = {}
        for item in args.conf:
            key, sep, value = item.partition("=")
            if not sep:
                raise UsageError(f"--conf wants KEY=VALUE, not {item!r}")
            conf[key] = value
        result = spark.run(
            args.inputs,
            args.out,
            master=args.master,
            story=args.story,
            options=options,
            partitions=args.partitions,
            max_bytes=args.max_bytes,
            conf=conf,
        )
        entries, errors = result.counts.get("entries", 0), result.errors
        documents = None
    else:
        try:
            from newsrewind.batch import expand, local
        except ModuleNotFoundError as exc:
            raise UsageError(
                f"Parquet needs pyarrow: pip install 'newsrewind[parquet]' ({exc.name} missing)"
            ) from exc
        paths = expand(args.inputs)
        if not paths:
            raise UsageError("no input files matched")
        summary = local.run(
            paths,
            Path(args.out),
            story=args.story,
            options=options,
            workers=args.workers,
            max_bytes=args.max_bytes,
        )
        entries, errors, documents = summary.entries, summary.errors, summary.documents
    seconds = time.perf_counter() - started
    for uri, message in errors[:20]:
        warn(f"{uri}: {message}" if uri not in message else message)
    if len(errors) > 20:
        warn(f"... and {len(errors) - 20} more failed inputs (see {args.out}/errors)")
    if not args.quiet:
        docs = f"{documents:,} documents, " if documents is not None else ""
        print(
            f"{engine}: {docs}{entries:,} entries in {seconds:.1f} s → {args.out}"
            + (f" ({len(errors)} inputs failed)" if errors else ""),
            file=sys.stderr,
        )
    return 1 if errors else 0
