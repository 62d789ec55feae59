"""Watching a live page: poll it politely, store what changed, and say so.

The loop is plain functions over a small :class:`WatchState`:

- ``poll_once`` fetches the page once (conditional GET with the last ETag and
  Last-Modified), reads it, runs the pipeline, ingests it (one transaction)
  and returns the changes: new entries, edits (with a diff), removals, figures
  whose current value changed, new conflicts;
- ``next_delay`` picks the pause before the next poll: the interval with
  jitter, doubled per consecutive failure (capped), never shorter than a
  server's ``Retry-After``;
- ``watch`` repeats both for a bounded or unbounded number of polls, with an
  injectable clock, sleep, random source and fetcher so that tests run fast.

Alerts (``AlertRule``) mark changes such as 'killed security > 15' or any new
conflict; marked changes are POSTed to a webhook, retried with backoff.
"""

from __future__ import annotations

import difflib
import email.utils
import hashlib
import json
import random
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsrewind.read.fetch import DEFAULT_TIMEOUT, USER_AGENT, FetchError, Response, fetch, url_name

Change = dict[str, Any]

#: The figure measures of the entry record (records.md); an alert on another word is a typo.
MEASURES = (
    "killed",
    "injured",
    "casualties",
    "hospitalized",
    "critical",
    "arrested",
    "missing",
    "evacuated",
    "displaced",
    "affected",
    "present",
    "shots",
    "price",
)

_OPS: dict[str, Callable[[float, float], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "=": lambda a, b: a == b,
}


class AlertError(ValueError):
    """An alert rule that cannot be read; the message says what is accepted."""


@dataclass(frozen=True)
class AlertRule:
    """'killed security > 15', 'injured >= 100', 'conflict', 'conflict killed'."""

    text: str
    kind: str  # figure | conflict
    measure: str | None = None
    group: str | None = None
    op: str | None = None
    number: float | None = None

    def matches(self, change: Change) -> bool:
        """Whether a change is a hit of this rule.

        A figure rule holds only when the new bounds make it certain: '> 15'
        needs a low bound above 15 ('dozens', 20..99, passes; 'several' does not).
        """
        if self.kind == "conflict":
            if change.get("change") != "conflict":
                return False
            return (self.measure is None or change.get("measure") == self.measure) and (
                self.group is None or change.get("group") == self.group
            )
        if change.get("change") != "figure" or change.get("after") is None:
            return False
        if change.get("measure") != self.measure or (
            self.group is not None and change.get("group") != self.group
        ):
            return False
        assert self.op is not None and self.number is not None
        low, high = change.get("low"), change.get("high")
        if self.op in (">", ">="):
            return low is not None and _OPS[self.op](float(low), self.number)
        if self.op in ("<", "<="):
            return high is not None and _OPS[self.op](float(high), self.number)
        return low is not None and low == high and float(low) == self.number


_RULE = re.compile(r"^\s*([a-z_]+)(?:\s+([\w\-]+))?\s*(>=|<=|==|=|>|<)\s*([0-9][0-9_,.]*)\s*$", re.IGNORECASE)


def parse_alert(text: str) -> AlertRule:
    """Read one ``--alert`` rule: 'MEASURE [GROUP] OP NUMBER' or 'conflict [MEASURE [GROUP]]'."""
    words = text.split()
    if words and words[0].lower() == "conflict":
        if len(words) > 3:
            raise AlertError(
                f"alert {text!r}: use 'conflict', 'conflict MEASURE' or 'conflict MEASURE GROUP'"
            )
        measure = words[1].lower() if len(words) > 1 else None
        if measure is not None and measure not in MEASURES:
            raise AlertError(f"alert {text!r}: unknown measure {measure!r} (measures: {', '.join(MEASURES)})")
        group = words[2].lower() if len(words) > 2 else None
        return AlertRule(text.strip(), "conflict", measure, group)
    m = _RULE.match(text)
    if not m:
        raise AlertError(
            f"alert {text!r}: use 'MEASURE [GROUP] OP NUMBER' (like 'killed security > 15'; OP is > >= < <= =)"
            " or 'conflict'"
        )
    measure = m.group(1).lower()
    if measure not in MEASURES:
        raise AlertError(f"alert {text!r}: unknown measure {measure!r} (measures: {', '.join(MEASURES)})")
    try:
        number = float(m.group(4).replace("_", "").replace(",", ""))
    except ValueError:
        raise AlertError(f"alert {text!r}: {m.group(4)!r} is not a number") from None
    op = "=" if m.group(3) == "==" else m.group(3)
    group = m.group(2).lower() if m.group(2) else None
    return AlertRule(text.strip(), "figure", measure, group, op, number)


@dataclass
class Policy:
    """How politely to poll."""

    every: float = 60.0  # seconds between polls when all is well
    jitter: float = 0.1  # ± this fraction of each pause, so watchers do not poll in step
    timeout: float = DEFAULT_TIMEOUT  # a server that does not answer within this is a failure
    max_delay: float = 3600.0  # the longest pause backoff grows to
    max_retry_after: float = 6 * 3600.0  # a longer Retry-After is capped to this
    max_bytes: int = 32 * 1024 * 1024


@dataclass
class WatchState:
    """What the watcher remembers between polls (reloaded from the store on start)."""

    etag: str | None = None
    last_modified: str | None = None
    polls: int = 0
    failures: int = 0  # consecutive failed polls
    changes: int = 0
    alerts: int = 0
    webhook_failures: int = 0
    loaded: bool = False
    texts: dict[int, str] = field(default_factory=dict)  # entry id → current text (not removed)
    figures: dict[str, Change] = field(default_factory=dict)  # series key → current value
    conflicts: set[str] = field(default_factory=set)


@dataclass
class Poll:
    """The outcome of one poll."""

    status: int | None  # HTTP status; None when no answer came
    changes: list[Change] = field(default_factory=list)
    error: str | None = None
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def iso_of(seconds: float) -> str:
    """An ingest time from a clock reading: UTC with microseconds, as the store writes it."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def next_delay(state: WatchState, policy: Policy, poll: Poll, rng: random.Random) -> float:
    """The pause before the next poll: the interval, doubled per failure, jittered, ≥ Retry-After."""
    base = policy.every if poll.ok else min(policy.max_delay, policy.every * 2 ** min(state.failures, 30))
    delay = base * rng.uniform(1 - policy.jitter, 1 + policy.jitter)
    if poll.retry_after is not None:
        delay = max(delay, min(poll.retry_after, policy.max_retry_after))
    return delay


# ---- one poll ---------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    """Text cut into paragraphs and sentences: the lines of an entry's diff."""
    out: list[str] = []
    for para in text.split("\n"):
        out.extend(s for s in re.split(r"(?<=[.!?…])\s+", para.strip()) if s)
    return out


def text_diff(before: str, after: str) -> str:
    """A unified diff of two versions of an entry, one sentence a line."""
    return "\n".join(
        difflib.unified_diff(_sentences(before), _sentences(after), "before", "after", n=1, lineterm="")
    )


def _change_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _series_key(measure: str, group: str, place: str) -> str:
    return f"{measure}|{group}|{place}"


def load_state(store: Any, story: str, state: WatchState) -> None:
    """Fill the state from the store: current texts, figure values and conflicts of the story."""
    from newsrewind.store import StoreError

    state.loaded = True
    try:
        story_id = store.story(story)["id"]
    except StoreError:  # a story not stored yet: everything will be new
        state.texts, state.figures, state.conflicts = {}, {}, set()
        return
    state.texts = {int(r["entry_id"]): r["text"] or "" for r in store.latest_versions(story_id)}
    state.figures = figure_values(store, story)
    state.conflicts = set(conflict_values(store, story))


def figure_values(store: Any, story: str) -> dict[str, Change]:
    """The current value of every figure series of a story (report time 'now')."""
    from newsrewind import query

    snap = query.at(store, story, "now", entry_limit=1)
    out = {}
    for s in snap.figures:
        cur = s.current
        out[_series_key(s.measure, s.group, s.place)] = {
            "measure": s.measure,
            "group": s.group,
            "place": s.place,
            "value": cur.value_text(),
            "low": cur.low,
            "high": cur.high,
            "approx": cur.approx,
            "reported_at": cur.reported_at,
            "time_label": cur.time_label,
            "source": cur.source,
            "sources": cur.sources,
            "document": cur.document,
            "seq": cur.seq,
            "quote": cur.quote,
        }
    return out


def conflict_values(store: Any, story: str) -> dict[str, Change]:
    """Every conflict of a story, by a key naming its series and the values held."""
    from newsrewind import query

    out = {}
    for c in query.conflicts(store, story):
        values = [
            {
                "source": v["source"],
                "value": query.format_bounds(v["low"], v["high"], bool(v["approx"])),
                "reported_at": v["reported_at"],
                "document": v["document"],
                "seq": v["seq"],
                "quote": v["quote"],
            }
            for v in c["values"]
        ]
        held = sorted(f"{v['source']}={v['value']}" for v in values)
        key = _series_key(c["measure"], c["group"], c["place"]) + "|" + ";".join(held)
        out[key] = {
            "measure": c["measure"],
            "group": c["group"],
            "place": c["place"],
            "at": c["at"],
            "values": values,
        }
    return out


def poll_once(
    url: str,
    store: Any,
    story: str,
    state: WatchState,
    *,
    policy: Policy | None = None,
    options: Any = None,
    fetcher: Callable[..., Response] = fetch,
    clock: Callable[[], float] = time.time,
) -> Poll:
    """Fetch, read, extract and store the page once; the changes it brought, in order."""
    from newsrewind.pipeline import NoEntries, records_of
    from newsrewind.read import ReadError, read_bytes
    from newsrewind.store import StoreError

    policy = policy or Policy()
    state.polls += 1
    try:
        resp = fetcher(
            url,
            etag=state.etag,
            last_modified=state.last_modified,
            timeout=policy.timeout,
            max_bytes=policy.max_bytes,
        )
    except FetchError as exc:
        return _failed(state, Poll(None, error=str(exc)))
    if resp.not_modified:
        state.failures = 0
        return Poll(304)
    if resp.status != 200:
        busy = resp.status == 429 or resp.status >= 500
        wait = retry_after(resp.headers.get("retry-after"), clock()) if busy else None
        return _failed(
            state, Poll(resp.status, error=f"{url}: the server answered HTTP {resp.status}", retry_after=wait)
        )
    try:
        # the name comes from the address asked, so that a redirect does not start a new document
        doc = read_bytes(resp.body, url_name(url), None, policy.max_bytes, charset=resp.charset, url=resp.url)
        records = records_of(doc, options)
    except (ReadError, NoEntries) as exc:
        return _failed(state, Poll(200, error=str(exc)))
    except Exception as exc:  # noqa: BLE001 - a page that trips the reader must not end a night's watch
        return _failed(
            state, Poll(200, error=f"{url}: could not read the page ({type(exc).__name__}: {exc})")
        )
    if not state.loaded:
        load_state(store, story, state)
    stamp = iso_of(clock())
    try:
        result = store.ingest(story, doc, records, ingested_at=stamp)
    except StoreError as exc:  # a store busy with another writer: try again later
        return _failed(state, Poll(200, error=str(exc)))
    # remember the validators only once the page is stored: a failed ingest is retried with a full GET
    state.etag, state.last_modified = resp.etag, resp.last_modified
    state.failures = 0
    if not result.changed:
        return Poll(200)
    changes = entry_changes(store, story, doc.name, stamp, state)
    changes += figure_changes(store, story, stamp, state)
    changes += conflict_changes(store, story, stamp, state)
    state.changes += len(changes)
    return Poll(200, changes=changes)


def _failed(state: WatchState, poll: Poll) -> Poll:
    state.failures += 1
    return poll


def entry_changes(store: Any, story: str, document: str, stamp: str, state: WatchState) -> list[Change]:
    """New entries, edits and removals that the ingest at ``stamp`` stored."""
    story_id = store.story(story)["id"]
    # ingest times are fixed-width text: the stamp without its 'Z' sorts just before it
    rows = [
        r
        for r in store.changes(story_id, since_ingest=stamp[:-1])
        if r["ingested_at"] == stamp and r["document"] == document
    ]
    out = []
    for r in rows:
        entry_id = int(r["entry_id"])
        change: Change = {
            "change": r["change"],
            "id": _change_id(story, r["change"], document, r["entry_key"], stamp),
            "story": story,
            "document": document,
            "entry": r["entry_key"],
            "seq": r["seq"],
            "reported_at": r["reported_at"],
            "time_label": r["time_label"],
            "lang": r["lang"],
            "ingested_at": stamp,
        }
        if r["change"] == "removed":
            change["text"] = state.texts.pop(entry_id, None)
        else:
            if r["change"] == "edit":
                change["diff"] = text_diff(state.texts.get(entry_id, ""), r["text"] or "")
            change["text"] = r["text"]
            state.texts[entry_id] = r["text"] or ""
        out.append(change)
    return out


def figure_changes(store: Any, story: str, stamp: str, state: WatchState) -> list[Change]:
    """Series whose current value differs from what it was before the ingest."""
    after = figure_values(store, story)
    out = []
    for key in list(after) + [k for k in state.figures if k not in after]:
        old, new = state.figures.get(key), after.get(key)
        if old is not None and new is not None and old["value"] == new["value"]:
            continue
        base = new or old
        assert base is not None
        change: Change = {
            "change": "figure",
            "id": _change_id(story, "figure", key, stamp),
            "story": story,
            "measure": base["measure"],
            "group": base["group"],
            "place": base["place"],
            "before": old["value"] if old else None,
            "after": new["value"] if new else None,
            "ingested_at": stamp,
        }
        if new is not None:
            change.update({k: v for k, v in new.items() if k not in ("measure", "group", "place", "value")})
        out.append(change)
    state.figures = after
    return out


def conflict_changes(store: Any, story: str, stamp: str, state: WatchState) -> list[Change]:
    """Conflicts that were not there before the ingest."""
    now = conflict_values(store, story)
    out = []
    for key, c in now.items():
        if key in state.conflicts:
            continue
        out.append(
            {
                "change": "conflict",
                "id": _change_id(story, "conflict", key),
                "story": story,
                **c,
                "ingested_at": stamp,
            }
        )
    state.conflicts = set(now)
    return out


# ---- alerts -------------------------------------------------------------------


def mark_alerts(changes: list[Change], rules: list[AlertRule]) -> list[Change]:
    """Add the rules each change hits (``alerts``) and return the changes that hit any."""
    hits = []
    for change in changes:
        matched = [r.text for r in rules if r.matches(change)]
        if matched:
            change["alerts"] = matched
            hits.append(change)
    return hits


def post_json(
    url: str,
    payload: Change,
    *,
    attempts: int = 4,
    timeout: float = 10.0,
    backoff: float = 1.0,
    max_wait: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    user_agent: str = USER_AGENT,
) -> tuple[bool, str]:
    """POST one JSON change; 429/5xx and network failures are retried with backoff. (ok, last outcome)."""
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    outcome = "not sent"
    for attempt in range(attempts):
        wait: float | None = None
        request = urllib.request.Request(
            url,
            data=data,
            method="POST",
            headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": user_agent},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - http(s) checked by the caller
                resp.read()
                return True, f"HTTP {resp.status}"
        except urllib.error.HTTPError as exc:
            outcome = f"HTTP {exc.code}"
            if exc.code != 429 and exc.code < 500:
                return False, outcome  # the receiver refuses this payload: retrying will not help
            wait = retry_after(exc.headers.get("Retry-After") if exc.headers else None, time.time())
        except (urllib.error.URLError, OSError) as exc:
            outcome = str(getattr(exc, "reason", exc))
        if attempt + 1 < attempts:
            pause = backoff * 2**attempt
            sleep(min(max_wait, max(pause, wait or 0.0)))
    return False, outcome


# ---- the loop -------------------------------------------------------------------


def watch(
    url: str,
    store: Any,
    story: str | None = None,
    *,
    policy: Policy | None = None,
    options: Any = None,
    rules: list[AlertRule] | None = None,
    webhook: str | None = None,
    max_polls: int | None = None,
    emit: Callable[[Change], None] = lambda change: None,
    log: Callable[[str], None] = lambda message: None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
    rng: random.Random | None = None,
    fetcher: Callable[..., Response] = fetch,
    state: WatchState | None = None,
    webhook_attempts: int = 4,
) -> WatchState:
    """Poll ``url`` until ``max_polls`` (forever when None); each change goes to ``emit``.

    Stops on KeyboardInterrupt raised by the caller's signal handling; every
    ingest is one transaction, so stopping at any moment leaves the store whole.
    """
    policy = policy or Policy()
    rng = rng or random.Random()
    state = state or WatchState()
    story = story or url_name(url)
    rules = rules or []
    while max_polls is None or state.polls < max_polls:
        poll = poll_once(
            url, store, story, state, policy=policy, options=options, fetcher=fetcher, clock=clock
        )
        hits = mark_alerts(poll.changes, rules)
        for change in poll.changes:
            emit(change)
        state.alerts += len(hits)
        if webhook:
            for change in hits:
                ok, outcome = post_json(webhook, change, attempts=webhook_attempts, sleep=sleep)
                if not ok:
                    state.webhook_failures += 1
                    log(f"webhook {webhook}: alert not delivered ({outcome})")
        if max_polls is not None and state.polls >= max_polls:
            break
        delay = next_delay(state, policy, poll, rng)
        if not poll.ok:
            log(f"{poll.error} — poll {state.polls}, next try in {delay:.0f} s")
        sleep(delay)
    return state
