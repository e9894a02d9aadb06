"""Read and check the lexicon's YAML files: the shipped ones, then a user's, which wins.

Every entry is checked as it is read; a bad entry stops loading with a message that
names the file, the entry and what was expected, so a user's lexicon never fails
silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from newsgraph.errors import UsageError
from newsgraph.lexicon.entries import (
    CODE_SHAPE,
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
    parse_partial_date,
)
from newsgraph.yamldata import load_yaml

COUNTRY_FILE = "countries.yaml"
REGION_FILE = "regions.yaml"
PEOPLE_FILE = "people.yaml"
HISTORY_FILE = "people_history.yaml"  # office holders whose every role ended before 2023
PEOPLE_FILES = (PEOPLE_FILE, HISTORY_FILE)
NOUN_FILE = "nouns.yaml"
ORGANIZATION_FILES = (
    "igos.yaml",
    "forces.yaml",
    "institutions.yaml",
    "parties.yaml",
    "armed_groups.yaml",
    "media.yaml",
)
SHIPPED_FILES = (COUNTRY_FILE, REGION_FILE, *ORGANIZATION_FILES, *PEOPLE_FILES, NOUN_FILE)

T = TypeVar("T")


class EntryError(ValueError):
    """One entry of a lexicon file is malformed."""


def read_yaml(name: str, text: str) -> Any:
    """Parse one lexicon file, or explain where it is not YAML."""
    try:
        return load_yaml(text)
    except yaml.YAMLError as error:
        raise UsageError(f"lexicon {name} is not valid YAML: {error}; fix the file") from None


def shipped_text(name: str) -> str:
    """Return the text of a lexicon file shipped with newsgraph."""
    return resources.files("newsgraph.lexicon").joinpath(name).read_text(encoding="utf-8")


def read_user_file(path: str | Path) -> dict[str, Any]:
    """Read a user's lexicon: a mapping with any of the shipped sections."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot read lexicon {file}: {error.strerror or error}; pass an existing YAML file") from None
    data = read_yaml(str(file), text)
    known = ("countries", "regions", "organizations", "people", "nouns", "speech_cues")
    if data is None:
        return {}
    if not isinstance(data, dict) or not set(data) <= set(known):
        found = sorted(data) if isinstance(data, dict) else type(data).__name__
        raise UsageError(
            f"lexicon {file}: expected a mapping with sections {', '.join(known)}; got {found}; "
            "see the README section on actors for the format"
        )
    return data


def entries(name: str, data: Any, parse: Callable[[dict[str, Any]], T]) -> list[T]:
    """Parse each entry of a list, naming the file and the entry when one is wrong."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise UsageError(f"lexicon {name}: expected a list of entries, got {type(data).__name__}")
    parsed = []
    for number, item in enumerate(data, 1):
        label = item.get("name") or item.get("iso3") or item.get("code") if isinstance(item, dict) else None
        where = f"lexicon {name}, entry {number}" + (f" ({label})" if label else "")
        if not isinstance(item, dict):
            raise UsageError(f"{where}: expected a mapping, got {item!r}")
        try:
            parsed.append(parse(item))
        except (EntryError, ValueError, TypeError) as error:
            raise UsageError(f"{where}: {error}; fix the entry") from None
    return parsed


def _text(item: Mapping[str, Any], key: str, required: bool = True) -> str | None:
    value = item.get(key)
    if value is None:
        if required:
            raise EntryError(f"missing {key!r}")
        return None
    if not isinstance(value, str) or not value.strip():
        raise EntryError(f"{key!r} must be a non-empty string, got {value!r}")
    return value.strip()


def _names(item: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise EntryError(f"{key!r} must be a list of names, got {value!r}")
    return tuple(v.strip() for v in value)


def _unknown_keys(item: Mapping[str, Any], allowed: Iterable[str]) -> None:
    extra = set(item) - set(allowed)
    if extra:
        raise EntryError(f"unknown field(s) {', '.join(sorted(extra))}; allowed: {', '.join(allowed)}")


def check_code(code: str, countries: frozenset[str], regions: frozenset[str]) -> str:
    """Return ``code`` if it is a known prefix followed by sectors (IGO codes may add CAMEO groups)."""
    if not CODE_SHAPE.match(code):
        raise EntryError(f"code {code!r} must be upper-case letters in groups of three, such as RUSGOV")
    prefix, rest = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    if prefix not in countries and prefix not in regions and prefix not in NON_STATE_PREFIXES:
        raise EntryError(f"code {code!r} starts with {prefix!r}, which is no country, region or IGO/NGO/IMG prefix")
    if prefix not in NON_STATE_PREFIXES:
        wrong = [chunk for chunk in rest if chunk not in SECTORS]
        if wrong:
            raise EntryError(f"code {code!r}: {', '.join(wrong)} is not a sector ({', '.join(sorted(SECTORS))})")
    return code


def check_sector(value: Any) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise EntryError(f"sector {value!r} is not one of {', '.join(sorted(SECTORS))}")
    return str(value)


def parse_country(item: dict[str, Any]) -> Country:
    _unknown_keys(item, ("iso3", "name", "aliases", "demonyms", "people", "capital", "seats"))
    iso3 = _text(item, "iso3") or ""
    if not CODE_SHAPE.match(iso3) or len(iso3) != 3:
        raise EntryError(f"iso3 must be three upper-case letters, got {iso3!r}")
    seats = item.get("seats") or {}
    if not isinstance(seats, dict):
        raise EntryError(f"'seats' must map names to sectors, got {seats!r}")
    return Country(
        iso3=iso3,
        name=_text(item, "name") or "",
        aliases=_names(item, "aliases"),
        demonyms=_names(item, "demonyms"),
        people=_names(item, "people"),
        capital=_text(item, "capital", required=False),
        seats=tuple((str(name), check_sector(sector) or "GOV") for name, sector in seats.items()),
    )


def parse_region(item: dict[str, Any]) -> Region:
    _unknown_keys(item, ("code", "name", "aliases", "adjectives"))
    code = _text(item, "code") or ""
    if not CODE_SHAPE.match(code) or len(code) != 3:
        raise EntryError(f"a region code is three upper-case letters, got {code!r}")
    return Region(code, _text(item, "name") or "", _names(item, "aliases"), _names(item, "adjectives"))


def organization_parser(
    source: str, countries: frozenset[str], regions: frozenset[str]
) -> Callable[[dict[str, Any]], Organization]:
    def parse(item: dict[str, Any]) -> Organization:
        _unknown_keys(item, ("name", "code", "aliases", "short", "seats", "periods", "note"))
        periods = []
        for period in item.get("periods") or []:
            if not isinstance(period, dict) or "code" not in period:
                raise EntryError(f"each period needs a code and optional start/end dates, got {period!r}")
            start, end = period.get("start"), period.get("end")
            periods.append(
                Period(
                    check_code(str(period["code"]), countries, regions),
                    parse_partial_date(str(start)) if start is not None else None,
                    parse_partial_date(str(end), end=True) if end is not None else None,
                )
            )
        return Organization(
            name=_text(item, "name") or "",
            code=check_code(_text(item, "code") or "", countries, regions),
            aliases=_names(item, "aliases"),
            short=_names(item, "short"),
            seats=_names(item, "seats"),
            periods=tuple(periods),
            source=source,
        )

    return parse


def person_parser(countries: frozenset[str]) -> Callable[[dict[str, Any]], Person]:
    def parse(item: dict[str, Any]) -> Person:
        _unknown_keys(item, ("name", "aliases", "country", "org", "roles", "note"))
        country = _text(item, "country") or ""
        org = _text(item, "org", required=False)
        if country not in countries and country not in NON_STATE_PREFIXES:
            raise EntryError(f"country {country!r} is not an ISO3 code of countries.yaml (or IGO with org)")
        if country in NON_STATE_PREFIXES and org is None:
            raise EntryError(f"country {country} needs an 'org' naming the organisation, such as UN")
        roles = item.get("roles") or []
        if not isinstance(roles, list):
            raise EntryError(f"'roles' must be a list, got {roles!r}")
        return Person(
            name=_text(item, "name") or "",
            country=country,
            aliases=_names(item, "aliases"),
            org=org,
            roles=tuple(_role(role, countries) for role in roles),
        )

    return parse


def _role(item: Any, countries: frozenset[str]) -> Role:
    if not isinstance(item, dict):
        raise EntryError(f"each role must be a mapping with role, sector, start, end; got {item!r}")
    _unknown_keys(item, ("role", "sector", "start", "end", "country", "org"))
    start, end = item.get("start"), item.get("end")
    country = _text(item, "country", required=False)
    if country is not None and country not in countries and country not in NON_STATE_PREFIXES:
        raise EntryError(f"role country {country!r} is not an ISO3 code of countries.yaml")
    first = parse_partial_date(str(start)) if start is not None else None
    last = parse_partial_date(str(end), end=True) if end is not None else None
    if first and last and last < first:
        raise EntryError(f"role {item.get('role')!r} ends ({end}) before it starts ({start})")
    return Role(
        role=_text(item, "role") or "",
        sector=check_sector(item.get("sector")),
        start=first,
        end=last,
        country=country,
        org=_text(item, "org", required=False),
    )


def parse_nouns(name: str, data: Any) -> Nouns:
    """Build the noun tables from the ``nouns`` mapping (sector → words)."""
    if not isinstance(data, dict):
        raise UsageError(f"lexicon {name}: expected a mapping of noun tables, got {type(data).__name__}")
    try:
        groups: dict[str, GroupNoun] = {}
        for locality, local in (("local", True), ("elsewhere", False)):
            for sector, words in _by_sector(data.get("groups", {}).get(locality) or {}).items():
                groups.update({w: GroupNoun(sector, local) for w in words})
        references = data.get("references") or {}
        return Nouns(
            titles={w: s for s, words in _by_sector(data.get("titles") or {}).items() for w in words},
            title_modifiers=_word_set(data, "title_modifiers"),
            former=_word_set(data, "former"),
            groups=groups,
            bodies={w: s for s, words in _by_sector(data.get("bodies") or {}).items() for w in words},
            governments=_word_set(data, "governments"),
            polities=_word_set(data, "polities"),
            references={
                str(noun).lower(): frozenset(check_sector(s) or "" for s in sectors)
                for noun, sectors in references.items()
            },
            locatives=_word_set(data, "locatives"),
            agent_words=_word_set(data, "agent_words"),
            motion_words=_word_set(data, "motion_words"),
            pronouns={str(k).lower(): str(v) for k, v in (data.get("pronouns") or {}).items()},
            top_offices=_word_set(data, "top_offices"),
            family_first=frozenset(str(c) for c in data.get("family_first") or ()),
            name_particles=_word_set(data, "name_particles"),
        )
    except (EntryError, AttributeError, TypeError) as error:
        raise UsageError(f"lexicon {name}: {error}; fix the noun tables") from None


def _by_sector(table: Mapping[str, Any]) -> dict[str | None, list[str]]:
    """Read ``{GOV: [minister, ...], none: [...]}``: lower-cased words by sector (None for none)."""
    result: dict[str | None, list[str]] = {}
    for sector, words in table.items():
        key = None if sector in (None, "none") else check_sector(sector)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise EntryError(f"{sector}: expected a list of words, got {words!r}")
        result.setdefault(key, []).extend(w.strip().lower() for w in words)
    return result


def _word_set(data: Mapping[str, Any], key: str) -> frozenset[str]:
    words = data.get(key) or []
    if not isinstance(words, list):
        raise EntryError(f"{key}: expected a list of words, got {words!r}")
    return frozenset(str(w).strip().lower() for w in words)


def merge_nouns(base: Nouns, user: Nouns) -> Nouns:
    """Return ``base`` with the user's words added; where both name a word, the user wins."""
    return Nouns(
        titles={**base.titles, **user.titles},
        title_modifiers=base.title_modifiers | user.title_modifiers,
        former=base.former | user.former,
        groups={**base.groups, **user.groups},
        bodies={**base.bodies, **user.bodies},
        governments=base.governments | user.governments,
        polities=base.polities | user.polities,
        references={**base.references, **user.references},
        locatives=base.locatives | user.locatives,
        agent_words=base.agent_words | user.agent_words,
        motion_words=base.motion_words | user.motion_words,
        pronouns={**base.pronouns, **user.pronouns},
        top_offices=base.top_offices | user.top_offices,
        family_first=base.family_first | user.family_first,
        name_particles=base.name_particles | user.name_particles,
    )


def prefer(user: list[T], shipped: list[T], key: Callable[[T], str]) -> list[T]:
    """Return the user's entries first, then the shipped ones the user did not redefine."""
    mine = {key(entry) for entry in user}
    return user + [entry for entry in shipped if key(entry) not in mine]
