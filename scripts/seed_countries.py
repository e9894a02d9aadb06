"""Write the first draft of src/newsgraph/lexicon/countries.yaml from pycountry and countryinfo.

Run once to seed the country table (``pip install pycountry countryinfo``); the
committed file was then curated by hand (common names, aliases, demonyms, plural
nouns for the people, capitals, seats of power), so do not re-run it over the
curated file: write elsewhere with ``--out`` and compare.

    python scripts/seed_countries.py --out /tmp/countries.yaml
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import pycountry
import yaml
from countryinfo import all_countries

HEADER = """\
# Countries and territories: ISO 3166-1 alpha-3 code, name, other names, adjectives
# (demonyms), nouns for the people, capital, seats of power (name: sector).
# Seeded by scripts/seed_countries.py from pycountry (LGPL-2.1, ISO 3166 data) and
# countryinfo (MIT), then curated by hand.
"""

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


def plural(demonym: str) -> str:
    """Return the noun for the people of a country from its adjective (French → French)."""
    if demonym.endswith(("ese", "ss", "ch", "sh")):
        return demonym
    return demonym + "s"


def scalar(value: str) -> str:
    """Quote a YAML scalar only when it needs it."""
    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1000).strip()
    return text.removesuffix("\n...").removesuffix("...").strip()


def flow(values: list[str]) -> str:
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def seed() -> list[dict[str, Any]]:
    """Return one record per ISO 3166-1 country, demonyms and capitals kept unique."""
    info_by_iso: dict[str, dict[str, Any]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha3")
        if code and code not in info_by_iso:
            info_by_iso[code] = info
    records = []
    for country in pycountry.countries:
        info = info_by_iso.get(country.alpha_3, {})
        name = getattr(country, "common_name", None) or country.name
        if "," in name or "(" in name:
            name = info.get("name") or name
        aliases = []
        for alias in [getattr(country, "official_name", None), info.get("name"), *(info.get("altSpellings") or [])]:
            if alias and alias != name and alias not in aliases and _LATIN.match(alias) and len(alias) > 3:
                aliases.append(alias)
        demonyms = [d.strip() for d in (info.get("demonym") or "").split(",") if d.strip() and d.strip() != name]
        capital = info.get("capital")
        records.append(
            {
                "iso3": country.alpha_3,
                "name": name,
                "aliases": aliases,
                "demonyms": demonyms,
                "people": [plural(d) for d in demonyms],
                "capital": capital if isinstance(capital, str) and capital else None,
                "population": info.get("population") or 0,
            }
        )
    _keep_unique(records, "demonyms")
    _keep_unique(records, "people")
    return records


def _keep_unique(records: list[dict[str, Any]], key: str) -> None:
    """Give a word shared by several countries to the most populous one only."""
    owner: dict[str, dict[str, Any]] = {}
    for record in sorted(records, key=lambda r: -r["population"]):
        for word in list(record[key]):
            if word in owner:
                record[key].remove(word)
            else:
                owner[word] = record


def render(records: list[dict[str, Any]]) -> str:
    lines = [HEADER]
    for r in records:
        lines.append(f"- iso3: {r['iso3']}")
        lines.append(f"  name: {scalar(r['name'])}")
        if r["aliases"]:
            lines.append(f"  aliases: {flow(r['aliases'])}")
        if r["demonyms"]:
            lines.append(f"  demonyms: {flow(r['demonyms'])}")
            lines.append(f"  people: {flow(r['people'])}")
        if r["capital"]:
            lines.append(f"  capital: {scalar(r['capital'])}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("src/newsgraph/lexicon/countries.yaml"))
    args = parser.parse_args()
    args.out.write_text(render(seed()), encoding="utf-8")


if __name__ == "__main__":
    main()
