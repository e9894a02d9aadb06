"""The records of the actor lexicon: countries, regions, organisations, people, nouns.

Each is a frozen dataclass built by ``newsgraph.lexicon.load`` from the YAML files
beside this module (or a user's file). Codes follow CAMEO practice: a three-letter
country (ISO 3166-1 alpha-3) or region/IGO prefix, then zero or more sectors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "UAF", "BUS", "EDU",
        "MED", "JRN", "CVL", "LAB", "REL", "REF", "CRM", "ELI", "AGR",
    }
)  # fmt: skip
# which of several roles held at once names a person: state offices first, party posts last
SECTOR_RANK = {s: i for i, s in enumerate(["GOV", "MIL", "SPY", "LEG", "JUD", "COP", "OPP", "REB", "ELI", "PTY"])}
# prefixes that are not countries: CAMEO's international, non-governmental and militarised groups
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC"})
CODE_SHAPE = re.compile(r"^(?:[A-Z]{3})+$")
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def code_of(prefix: str | None, sector: str | None) -> str | None:
    """Return the CAMEO-style code of a country (or region/IGO) and a sector; None without a prefix."""
    if prefix is None:
        return None
    return prefix + (sector or "")


def split_code(code: str) -> tuple[str, str | None]:
    """Return (prefix, first sector or None) of a CAMEO-style code such as ``RUSGOV`` or ``IGOUNO``."""
    chunks = [code[i : i + 3] for i in range(3, len(code), 3)]
    return code[:3], next((c for c in chunks if c in SECTORS), None)


def parse_partial_date(value: str, end: bool = False) -> date:
    """Return the first (or, with ``end``, last) day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    match = PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year = int(match.group(1))
    month = int(match.group(2) or (12 if end else 1))
    if match.group(3):
        return date(year, month, int(match.group(3)))
    if not end:
        return date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


@dataclass(frozen=True)
class Country:
    """A country or territory: its names, adjectives, people, capital and seats of power."""

    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # adjectives: "Iranian", "Chinese"
    people: tuple[str, ...] = ()  # nouns for its people: "Iranians", "the Chinese"
    capital: str | None = None
    seats: tuple[tuple[str, str], ...] = ()  # (name, sector): ("Kremlin", "GOV"), ("Pentagon", "MIL")

    @property
    def adjective(self) -> str:
        """The word that names things of this country: "Iranian", else the country's name."""
        return self.demonyms[0] if self.demonyms else self.name


@dataclass(frozen=True)
class Region:
    """A region or bloc with a CAMEO region code: "the West" (WST), "Europe" (EUR)."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Period:
    """A code an organisation had between two dates (either end open)."""

    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Organization:
    """A named organisation: an IGO, armed force, agency, party, armed group or news outlet.

    ``short`` names ("the Guards") count only after the organisation has been named in
    full in the same article; ``periods`` give its code over time (the Taliban: AFGREB,
    then AFGGOV).
    """

    name: str
    code: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    source: str = ""

    def code_at(self, day: date | None) -> str:
        """Return the organisation's code on ``day`` (its default code when unknown)."""
        if day is not None:
            for period in self.periods:
                if period.covers(day):
                    return period.code
        return self.code


@dataclass(frozen=True)
class Role:
    """An office a person held, with its sector and dates (``end`` None: still in office)."""

    role: str
    sector: str | None
    start: date | None
    end: date | None
    country: str | None = None  # when the office is not of the person's own country (an IGO post)
    org: str | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    """An office holder: names, country (or IGO with ``org``), roles most recent first."""

    name: str
    country: str
    aliases: tuple[str, ...] = ()
    org: str | None = None
    roles: tuple[Role, ...] = ()

    def role_at(self, day: date | None) -> tuple[Role | None, bool]:
        """Return the role held on ``day`` and whether it is a former one.

        Unknown day: the most recent role. Of several roles held at once, a state
        office comes before a party post (Xi Jinping is President before General
        Secretary), and the longer-held one before a newer one. A day after every
        role ended: the last role, as former. A day before every role: none.
        """
        if not self.roles:
            return None, False
        held = [r for r in self.roles if day is None or r.covers(day)]
        if day is None:
            held = [r for r in self.roles if r.end is None] or [self.roles[0]]
        if held:
            return min(held, key=lambda r: (SECTOR_RANK.get(r.sector or "", 99), r.start or date.min)), False
        ended = [r for r in self.roles if r.end is not None and day is not None and r.end < day]
        if ended:
            return max(ended, key=lambda r: r.end or date.min), True
        return None, False


@dataclass(frozen=True)
class GroupNoun:
    """A noun for an unnamed group ("students") or office ("minister"), with its sector.

    ``local`` groups take the story's country when the text names none (students in
    an Iran story are Iranian); others (refugees, troops, analysts) do not.
    """

    sector: str | None
    local: bool = False


@dataclass(frozen=True)
class Nouns:
    """Common nouns that tell what an unnamed actor is, each with the sector it implies."""

    titles: dict[str, str | None] = field(default_factory=dict)  # "foreign minister" → GOV
    title_modifiers: frozenset[str] = frozenset()  # "deputy", "acting": part of a title, no sector
    former: frozenset[str] = frozenset()  # "former", "ex-": the person no longer holds the office
    groups: dict[str, GroupNoun] = field(default_factory=dict)  # "students" → EDU, local
    bodies: dict[str, str | None] = field(default_factory=dict)  # "foreign ministry" → GOV
    governments: frozenset[str] = frozenset()  # "government", "regime": a country's GOV as a whole
    polities: frozenset[str] = frozenset()  # "countries", "nations": the country or bloc itself
    references: dict[str, frozenset[str]] = field(default_factory=dict)  # "force" → {MIL, COP, SPY}
    locatives: frozenset[str] = frozenset()  # "streets", "airport": "Beijing's streets" is a place
    agent_words: frozenset[str] = frozenset()  # "urge", "sanction": "urged Beijing" is its government
    motion_words: frozenset[str] = frozenset()  # "arrive", "flight": "arrived in Beijing" is a place
    pronouns: dict[str, str] = field(default_factory=dict)  # "he" → "person"
    top_offices: frozenset[str] = frozenset()  # "president": a bare surname of the holder suffices
    family_first: frozenset[str] = frozenset()  # countries whose names put the family name first
    name_particles: frozenset[str] = frozenset()  # "bin", "von", "al": start of a surname
