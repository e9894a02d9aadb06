"""The actor lexicon: knowledge as data, loaded once and passed to the extractors.

The YAML files beside this module hold every country (names, demonyms, capital,
seats of power), regions and blocs, organisations (IGOs, armed forces and security
bodies, institutions, parties, armed groups, news media), office holders with the
dates of their roles (in office since 2023 in ``people.yaml``, earlier ones in
``people_history.yaml``), and the common nouns that say what an unnamed actor is.
Nothing is read at import time: ``load_lexicon`` reads the shipped files and, when
given one, a user's file whose entries take precedence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from newsgraph.errors import UsageError
from newsgraph.lexicon.entries import (
    NON_STATE_PREFIXES,
    SECTORS,
    Country,
    GroupNoun,
    Nouns,
    Organization,
    Period,
    Person,
    Region,
    Role,
    code_of,
    split_code,
)
from newsgraph.lexicon.load import (
    COUNTRY_FILE,
    NOUN_FILE,
    ORGANIZATION_FILES,
    PEOPLE_FILES,
    REGION_FILE,
    SHIPPED_FILES,
    entries,
    merge_nouns,
    organization_parser,
    parse_country,
    parse_nouns,
    parse_region,
    person_parser,
    prefer,
    read_user_file,
    read_yaml,
    shipped_text,
)

__all__ = [
    "NON_STATE_PREFIXES",
    "SECTORS",
    "SHIPPED_FILES",
    "Country",
    "GroupNoun",
    "Lexicon",
    "Nouns",
    "Organization",
    "Period",
    "Person",
    "Region",
    "Role",
    "code_of",
    "load_lexicon",
    "split_code",
]

T = TypeVar("T")


class Lexicon:
    """Countries, regions, organisations, people and nouns, with look-ups by name and code.

    Extractors compile what they need from it once (``memo``), so a lexicon is
    built once per process and shared by every document.
    """

    def __init__(
        self,
        countries: Iterable[Country],
        regions: Iterable[Region],
        organizations: Iterable[Organization],
        people: Iterable[Person],
        nouns: Nouns,
        sources: Iterable[str] = (),
    ) -> None:
        self.countries = tuple(countries)
        self.regions = tuple(regions)
        self.organizations = tuple(organizations)
        self.people = tuple(people)
        self.nouns = nouns
        self.sources = tuple(sources)
        self.country_by_iso = {c.iso3: c for c in self.countries}
        self.region_by_code = {r.code: r for r in self.regions}
        self.organization_by_name: dict[str, Organization] = {}
        for org in self.organizations:
            for name in (org.name, *org.aliases):
                self.organization_by_name.setdefault(name, org)
        self._memo: dict[Any, Any] = {}
        self._check_references()

    def memo(self, key: Any, build: Callable[[], T]) -> T:
        """Return what ``build`` makes for ``key``, built once per lexicon (compiled matchers)."""
        if key not in self._memo:
            self._memo[key] = build()
        result: T = self._memo[key]
        return result

    def person_code(self, person: Person, role: Role | None, former: bool) -> str | None:
        """Return a person's CAMEO-style code from the role held (ELI for a former office).

        An office of an international organisation (country IGO) takes the
        organisation's code: the UN Secretary-General is IGOUNO.
        """
        country = role.country if role and role.country else person.country
        if role is not None and not role.country and country in NON_STATE_PREFIXES:
            country = self._country_in_role(role.role) or country  # "Prime Minister of the Netherlands"
        if country in NON_STATE_PREFIXES:
            org = self.organization_by_name.get((role.org if role and role.org else None) or person.org or "")
            return org.code if org else country
        return code_of(country, "ELI" if former else (role.sector if role else None))

    def _country_in_role(self, role: str) -> str | None:
        """Return the country an office names after "of" ("Prime Minister of the Netherlands": NLD)."""
        _, of, place = role.rpartition(" of ")
        if not of:
            return None
        place = place.removeprefix("the ").strip()
        return next((c.iso3 for c in self.countries if place in (c.name, *c.aliases)), None)

    def _check_references(self) -> None:
        """Every person's organisation must be a known organisation."""
        for person in self.people:
            for org in {person.org, *(r.org for r in person.roles)} - {None}:
                if org not in self.organization_by_name:
                    raise UsageError(
                        f"lexicon people entry {person.name!r}: org {org!r} is not the name or alias of an "
                        "organisation in the lexicon; add it or fix the name"
                    )


def load_lexicon(user: str | Path | None = None) -> Lexicon:
    """Read the shipped lexicon and, if given, a user's file whose entries take precedence.

    A user file is YAML with any of the sections ``countries``, ``regions``,
    ``organizations``, ``people`` and ``nouns``, in the shipped files' formats.
    """
    user_data = read_user_file(user) if user else {}
    user_name = str(user) if user else ""

    countries = entries(COUNTRY_FILE, read_yaml(COUNTRY_FILE, shipped_text(COUNTRY_FILE)), parse_country)
    countries = prefer(entries(user_name, user_data.get("countries"), parse_country), countries, lambda c: c.iso3)
    regions = entries(REGION_FILE, read_yaml(REGION_FILE, shipped_text(REGION_FILE)), parse_region)
    regions = prefer(entries(user_name, user_data.get("regions"), parse_region), regions, lambda r: r.code)
    isos = frozenset(c.iso3 for c in countries)
    region_codes = frozenset(r.code for r in regions)

    organizations: list[Organization] = []
    for name in ORGANIZATION_FILES:
        parse = organization_parser(name, isos, region_codes)
        organizations += entries(name, read_yaml(name, shipped_text(name)), parse)
    mine = entries(user_name, user_data.get("organizations"), organization_parser(user_name, isos, region_codes))
    organizations = prefer(mine, organizations, lambda o: o.name)

    parse_person = person_parser(isos)
    people = [p for name in PEOPLE_FILES for p in entries(name, read_yaml(name, shipped_text(name)), parse_person)]
    people = prefer(entries(user_name, user_data.get("people"), parse_person), people, lambda p: p.name)

    nouns = parse_nouns(NOUN_FILE, read_yaml(NOUN_FILE, shipped_text(NOUN_FILE)))
    if user_data.get("nouns"):
        nouns = merge_nouns(nouns, parse_nouns(user_name, user_data["nouns"]))
    sources = [*SHIPPED_FILES, *([user_name] if user else [])]
    return Lexicon(countries, regions, organizations, people, nouns, sources)
