"""Exports: JSON Lines (entry records), CSV (ACLED-style rows), GeoJSON (places).

Each writer takes the entries of a story (``EntryView``) and returns text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from newsrewind.query import EntryView

# ACLED's columns that a live blog can fill, then ours.
CSV_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "reported_at",
    "document",
    "seq",
    "measure",
    "group",
    "low",
    "high",
    "approx",
    "estimate",
    "quote",
]

ACLED_TYPES = {
    "protest": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
    "arson": ("Riots", "Violent demonstration"),
    "force_against_protesters": ("Protests", "Excessive force against protesters"),
    "shooting": ("Battles", "Armed clash"),
    "armed_clash": ("Battles", "Armed clash"),
    "attack": ("Violence against civilians", "Attack"),
    "explosion": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "arrests": ("Strategic developments", "Arrests"),
    "diplomacy": ("Strategic developments", "Agreement"),
}


def conservative(low: float | None, high: float | None) -> float | None:
    """The point estimate ACLED would code: the lowest number the words allow."""
    if low is not None:
        return low
    return None if high is None else 0


def to_jsonl(entries: list[EntryView]) -> str:
    return "".join(json.dumps(e.record, ensure_ascii=False) + "\n" for e in entries if e.record)


def to_csv(entries: list[EntryView]) -> str:
    """One row per figure (or per entry without figures), ACLED columns first."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for e in entries:
        record = e.record
        if not record:
            continue
        events = record.get("events") or []
        event = events[0]["type"] if events else ""
        acled_type, acled_sub = ACLED_TYPES.get(
            event, ("Strategic developments", "Other") if event else ("", "")
        )
        places = record.get("places") or []
        place = places[0] if places else {}
        actors = record.get("actors") or []
        sources = "; ".join(s["name"] for s in record.get("sources") or [])
        base: dict[str, Any] = {
            "event_id_cnty": f"{e.document}-{e.seq}",
            "event_date": (e.reported_at or "")[:10],
            "year": (e.reported_at or "")[:4],
            "time_precision": 1 if e.reported_at else "",
            "event_type": acled_type,
            "sub_event_type": acled_sub,
            "actor1": actors[0]["name"] if actors else "",
            "country": place.get("country") or "",
            "location": place.get("name") or "",
            "latitude": place.get("lat") if place.get("lat") is not None else "",
            "longitude": place.get("lon") if place.get("lon") is not None else "",
            "geo_precision": (1 if place.get("within") is None else 2) if place else "",
            "source": sources,
            "notes": " ".join(e.text.split()),
            "reported_at": e.reported_at or "",
            "document": e.document,
            "seq": e.seq,
        }
        figures = record.get("figures") or []
        killed = [f for f in figures if f["measure"] == "killed"]
        base["fatalities"] = (
            sum(int(conservative(f.get("low"), f.get("high")) or 0) for f in killed) if killed else 0
        )
        if not figures:
            writer.writerow(base)
        for f in figures:
            start, end = f["span"]
            writer.writerow(
                base
                | {
                    "measure": f["measure"],
                    "group": f["group"],
                    "low": "" if f.get("low") is None else f["low"],
                    "high": "" if f.get("high") is None else f["high"],
                    "approx": "true" if f.get("approx") else "false",
                    "estimate": ""
                    if conservative(f.get("low"), f.get("high")) is None
                    else conservative(f.get("low"), f.get("high")),
                    "quote": e.text[start:end],
                }
            )
    return out.getvalue()


def to_geojson(entries: list[EntryView]) -> str:
    """A FeatureCollection: one Point per place mention, [lon, lat] order (RFC 7946)."""
    features = []
    for e in entries:
        for p in (e.record or {}).get("places") or []:
            if p.get("lat") is None or p.get("lon") is None:
                continue
            start, end = p["span"]
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                    "properties": {
                        "name": p["name"],
                        "geonameid": p.get("geonameid"),
                        "country": p.get("country"),
                        "within": p.get("within"),
                        "reported_at": e.reported_at,
                        "document": e.document,
                        "seq": e.seq,
                        "events": [ev["type"] for ev in (e.record.get("events") or [])],
                        "quote": e.text[start:end],
                    },
                }
            )
    return (
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1) + "\n"
    )


WRITERS = {"jsonl": to_jsonl, "csv": to_csv, "geojson": to_geojson}
