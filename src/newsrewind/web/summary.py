"""The "what we know now" box: a few English sentences built from a snapshot."""

from __future__ import annotations

from typing import Any

MEASURE_WORDS = {
    "killed": "killed",
    "injured": "injured",
    "casualties": "killed or injured",
    "hospitalized": "in hospital",
    "critical": "in intensive care",
    "arrested": "detained",
    "missing": "missing",
    "evacuated": "evacuated",
    "displaced": "displaced",
    "affected": "affected",
    "present": "on the scene",
    "shots": "shots",
    "price": "price",
}

GROUP_WORDS = {
    "security": "members of the security forces",
    "protesters": "protesters",
    "civilians": "civilians",
    "medics": "medics",
    "journalists": "journalists",
    "people": "people",
}

EVENT_WORDS = {
    "protest": "protests",
    "riot": "riots",
    "arson": "arson",
    "force_against_protesters": "force used against protesters",
    "shooting": "shooting",
    "armed_clash": "armed clashes",
    "attack": "attacks",
    "explosion": "explosions",
    "state_of_emergency": "a state of emergency",
    "security_operation": "a security operation",
    "arrests": "arrests",
    "foreign_deployment": "foreign troops deployed",
    "foreign_intervention_request": "a request for foreign forces",
    "diplomacy": "diplomatic contacts",
    "internet_shutdown": "an internet shutdown",
    "internet_restored": "internet restored",
    "economic_measure": "economic measures",
    "casualty_report": "casualty reports",
    "investigation": "an investigation",
    "political_change": "political change",
}


def _clock(iso: str | None) -> str:
    return iso[11:16] if iso and len(iso) >= 16 else "?"


def _value(report: dict[str, Any]) -> str:
    from newsrewind.query import format_bounds

    return format_bounds(report.get("low"), report.get("high"), bool(report.get("approx")))


def _who(report: dict[str, Any]) -> str:
    return report.get("source") or report.get("document") or "unattributed"


def summarize(snapshot: dict[str, Any], top: int = 5) -> list[str]:
    """Sentences for a snapshot (``Snapshot.to_json()``): counts, top figures, key events, disagreements."""
    out: list[str] = []
    total = snapshot.get("entries_total", 0)
    moment = snapshot.get("at")
    when = f"As of {_clock(moment)}" if moment else "So far"
    out.append(
        f"{when}, {total} update{'s' if total != 1 else ''} {'have' if total != 1 else 'has'} been published."
    )
    for state in (snapshot.get("figures") or [])[:top]:
        cur = state["current"]
        measure = MEASURE_WORDS.get(state["measure"], state["measure"])
        group = GROUP_WORDS.get(state["group"], state["group"])
        place = f" in {state['place']}" if state.get("place") else ""
        if state["measure"] in ("shots", "price", "present"):
            text = f"{state['measure'].capitalize()} ({state['group']}){place}: {_value(cur)}"
        else:
            text = f"{_value(cur)} {group} {measure}{place}"
        text += f" — {_who(cur)}, {_clock(cur.get('reported_at'))}"
        precise = state.get("precise")
        if precise:
            text += f" (earlier precise figure: {_value(precise)}, {_who(precise)})"
        if state.get("disagreement"):
            held = "; ".join(f"{_who(r)}: {_value(r)}" for r in state["disagreement"])
            text += f". Sources disagree ({held})"
        out.append(text[0].upper() + text[1:] + ".")
    events = snapshot.get("events") or []
    if events:
        seen: dict[str, str] = {}
        for ev in sorted(events, key=lambda e: e.get("reported_at") or ""):
            seen.setdefault(ev["type"], _clock(ev.get("reported_at")))
        listed = [
            f"{EVENT_WORDS.get(t, t.replace('_', ' '))} (first at {hhmm})"
            for t, hhmm in list(seen.items())[:6]
        ]
        out.append("Reported: " + ", ".join(listed) + ".")
    sources: dict[str, int] = {}
    for e in snapshot.get("entries") or []:
        for s in (e.get("record") or {}).get("sources") or []:
            sources[s["name"]] = sources.get(s["name"], 0) + 1
    if sources:
        named = sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
        out.append("Main sources: " + ", ".join(name for name, _ in named) + ".")
    return out
