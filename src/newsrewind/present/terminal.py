"""Terminal views of the time machine's answers (Rich; NO_COLOR honoured)."""

from __future__ import annotations

import os
import sys
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsrewind.query import Diff, EntryView, History, Report, SeriesState, Snapshot, format_bounds


def console() -> Console:
    return Console(
        file=sys.stdout,
        no_color=bool(os.environ.get("NO_COLOR")),
        highlight=False,
        soft_wrap=False,
        width=None if sys.stdout.isatty() else 120,
    )


def _when(r: Report | EntryView) -> str:
    if r.reported_at:
        return r.reported_at[11:16]
    return r.time_label or "—"


def _credit(r: Report) -> str:
    who = r.sources or r.source or "unattributed"
    return f"{who}, {_when(r)}"


def _measure(s: SeriesState | History) -> str:
    place = f" @ {s.place}" if s.place else ""
    return f"{s.measure} {s.group}{place}"


def figures_table(states: list[SeriesState], title: str = "Figures") -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("figure", style="bold")
    table.add_column("value", justify="right", style="cyan")
    table.add_column("reported by")
    table.add_column("earlier")
    for s in states:
        value = s.current.value_text()
        if s.precise is not None:
            value += f" (precise: {s.precise.value_text()})"
        earlier = " → ".join(r.value_text() for r in reversed(s.earlier[:5]))
        credit = _credit(s.current)
        if s.disagreement:
            credit += "\n[red]disputed:[/red] " + "; ".join(
                f"{r.source or 'unattributed'} {r.value_text()}" for r in s.disagreement
            )
        table.add_row(_measure(s), value, credit, earlier)
    return table


def entry_line(e: EntryView, width: int = 110) -> Text:
    text = " ".join(e.text.split())
    if len(text) > width:
        text = text[: width - 1] + "…"
    line = Text()
    line.append(f"{_when(e):>5} ", style="bold")
    line.append(f"[{e.lang or '?'}] ", style="dim")
    if e.change == "edit":
        line.append("(edited) ", style="yellow")
    line.append(text)
    return line


def show_snapshot(snap: Snapshot, entries_shown: int = 10) -> None:
    c = console()
    when = snap.at or "now"
    c.print(
        Text(
            f"{snap.story} — known at {when} ({'ingest' if snap.by == 'ingest' else 'report'} time)",
            style="bold",
        )
    )
    c.print(f"{snap.entries_total} entries so far")
    if snap.figures:
        c.print(figures_table(snap.figures))
    else:
        c.print("No figures reported yet.")
    if snap.event_types:
        c.print("Events so far: " + ", ".join(snap.event_types))
    if snap.entries:
        c.print(Text("Latest entries", style="bold"))
        for e in snap.entries[:entries_shown]:
            c.print(entry_line(e, width=max(40, c.width - 12)))


def show_diff(d: Diff) -> None:
    c = console()
    c.print(Text(f"{d.story} — from {d.since} to {d.until}", style="bold"))
    c.print(f"{len(d.entries)} new entries")
    for ch in d.changed:
        before = ch["before"]
        after = ch["after"]
        was = format_bounds(before["low"], before["high"], before["approx"]) if before else "—"
        now = format_bounds(after["low"], after["high"], after["approx"])
        who = after.get("sources") or after.get("source") or after["document"]
        c.print(
            f"  {ch['measure']} {ch['group']}: {was} → [cyan]{now}[/cyan] ({who}, {(after['reported_at'] or '')[11:16]})"
        )
    for e in d.entries:
        c.print(entry_line(e, width=max(40, c.width - 12)))


def show_history(items: list[History]) -> None:
    c = console()
    if not items:
        c.print("No figures in this story.")
    for h in items:
        table = Table(title=_measure(h), title_justify="left")
        table.add_column("time", style="bold")
        table.add_column("value", justify="right", style="cyan")
        table.add_column("source")
        table.add_column("words")
        for r in h.reports:
            table.add_row(_when(r), r.value_text(), r.sources or r.source or "unattributed", r.quote)
        c.print(table)


def show_conflicts(items: list[dict[str, Any]]) -> None:
    c = console()
    if not items:
        c.print("No disagreements between sources.")
        return
    for item in items:
        values = "; ".join(
            f"{v['source'] or v['document']} {format_bounds(v['low'], v['high'], v['approx'])} ({(v['reported_at'] or '')[11:16]})"
            for v in item["values"]
        )
        c.print(f"{(item['at'] or '')[11:16]}  {item['measure']} {item['group']}: {values}")


def show_entries(entries: list[EntryView]) -> None:
    c = console()
    for e in entries:
        c.print(entry_line(e, width=10_000))
