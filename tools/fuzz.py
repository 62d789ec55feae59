"""Fuzz the readers (text, HTML, feeds, JSON-LD) and the splitter and clock behind them.

Run for minutes on a developer's machine, outside CI:

    .venv/bin/python tools/fuzz.py                 # 5 minutes, atheris if installed, else Hypothesis
    .venv/bin/python tools/fuzz.py --seconds 1800 --extract   # also run extraction on what reads
    .venv/bin/python tools/fuzz.py --engine hypothesis

The only acceptable failures are the one-line ``ReadError`` and ``NoEntries``
(and ``InputWarning`` warnings). Anything else is a finding: the input is saved
to ``tests/fixtures/fuzz/<kind>-<sha1>.bin`` and fuzzing goes on. Every file
there is replayed by ``tests/test_hostile.py::test_fuzz_findings_stay_fixed``,
so a finding becomes a regression test as soon as it is fixed (commit the file
with the fix). atheris: ``pip install atheris`` (coverage-guided, libFuzzer).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
import traceback
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
FINDINGS = ROOT / "tests" / "fixtures" / "fuzz"
DAY = date(2024, 3, 1)

# Prefixes steer random bytes into each reader (the kind is sniffed from the bytes).
PREFIXES = {
    "text": b"",
    "html": b"<!doctype html><html><body>",
    "jsonld": b'<html><head><script type="application/ld+json">{"@type": "LiveBlogPosting", "liveBlogUpdate": [',
    "rss": b'<?xml version="1.0"?><rss><channel><item><pubDate>',
    "atom": b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><updated>',
    "json": b'{"@type": "LiveBlogPosting", "liveBlogUpdate": [{"datePublished": "',
}
SEEDS = [
    b"10:05 Police say six people were injured.\n10:40 The ministry confirms.\n",
    "UPDATE 17:20 Poliția spune că 12 persoane au fost rănite, scrie Digi24.\n".encode(),
    "6 января 2022 г. 14:00 Полиция сообщила о десятках задержанных.\n".encode(),
    b'<article><time datetime="2024-03-01T10:05:00+02:00">10:05</time><p>Rescuers arrived.</p></article>',
    b'{"@type": "BlogPosting", "datePublished": "2024-03-01T10:05:00+02:00", "articleBody": "Water fell."}]}',
    b"<item><title>10:05 Storm</title><pubDate>Fri, 01 Mar 2024 10:05:00 +0200</pubDate></item>",
]


def run_one(data: bytes, extract: bool = False) -> None:
    """Read, split, clock (and extract): raise only for a finding."""
    from newsrewind.clock import ClockOptions, clock
    from newsrewind.pipeline import NoEntries, Options, records_of
    from newsrewind.read import ReadError, read_bytes
    from newsrewind.split import split

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            doc = read_bytes(data, "fuzz", max_bytes=4 * 1024 * 1024)
            if extract:
                records_of(doc, Options(date=DAY, today=DAY))
            else:
                clock(doc, split(doc, today=DAY), ClockOptions(today=DAY))
        except (ReadError, NoEntries) as exc:
            if "\n" in str(exc):
                raise AssertionError(f"a message of more than one line: {exc!r}") from exc


def save(kind: str, data: bytes, exc: BaseException) -> Path:
    FINDINGS.mkdir(parents=True, exist_ok=True)
    path = FINDINGS / f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}.bin"
    if not path.exists():
        path.write_bytes(data)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        print(
            f"finding: {path.name}: {type(exc).__name__}: {str(exc)[:120]} at {where.filename}:{where.lineno}"
        )
    return path


def check(kind: str, data: bytes, extract: bool) -> None:
    try:
        run_one(data, extract)
    except Exception as exc:  # noqa: BLE001 - every other exception is a finding
        save(kind, data, exc)


def fuzz_atheris(seconds: int, extract: bool) -> None:
    import atheris  # type: ignore[import-not-found]

    import newsrewind.clock
    import newsrewind.pipeline
    import newsrewind.read
    import newsrewind.read.feed
    import newsrewind.read.html
    import newsrewind.split  # noqa: F401 - loaded so that instrument_all covers them

    atheris.instrument_all()
    kinds = list(PREFIXES)

    def one_input(raw: bytes) -> None:
        if not raw:
            return
        kind = kinds[raw[0] % len(kinds)]
        check(kind, PREFIXES[kind] + raw[1:], extract)

    corpus = Path(tempfile.gettempdir()) / "newsrewind-fuzz-corpus"
    corpus.mkdir(exist_ok=True)
    for i, seed in enumerate(SEEDS):
        (corpus / f"seed-{i}").write_bytes(bytes([i]) + seed)
    args = [sys.argv[0], str(corpus), f"-max_total_time={seconds}", "-max_len=20000", "-timeout=20"]
    atheris.Setup(args, one_input)
    atheris.Fuzz()


def fuzz_hypothesis(seconds: int, extract: bool) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.one_of(
        st.binary(max_size=200),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.sampled_from(SEEDS),
        st.sampled_from(
            [b"<div>" * 300, b"</p>", b"<time datetime='", b"25:70 ", b"31 February 2024 ", b"\x00", b"\r"]
        ),
    )
    deadline = time.monotonic() + seconds
    runs = 0

    @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(list(PREFIXES)), st.lists(pieces, max_size=12).map(b"".join))
    def one(kind: str, body: bytes) -> None:
        nonlocal runs
        if time.monotonic() > deadline:
            raise TimeoutError
        runs += 1
        check(kind, PREFIXES[kind] + body, extract)

    try:
        one()
    except TimeoutError:
        pass
    print(f"hypothesis: {runs:,} inputs in {seconds} s; findings in {FINDINGS.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=300, help="how long to fuzz (default 300)")
    parser.add_argument("--engine", choices=["auto", "atheris", "hypothesis"], default="auto")
    parser.add_argument("--extract", action="store_true", help="also run extraction (slower, deeper)")
    args = parser.parse_args()
    os.environ.setdefault("NO_COLOR", "1")
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # type: ignore[import-not-found]  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzzing with {engine} for {args.seconds} s (extract: {args.extract})")
    if engine == "atheris":
        sys.argv = sys.argv[:1]
        fuzz_atheris(args.seconds, args.extract)
    else:
        fuzz_hypothesis(args.seconds, args.extract)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
