"""The office-holder lexicon: every entry well formed, dated inside the window, and spot-checked.

The file is read with PyYAML directly so these checks hold whatever loader reads it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

PEOPLE_FILE = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "lexicon" / "people.yaml"
WINDOW_START = dt.date(2023, 1, 1)
AS_OF = dt.date(2026, 11, 30)
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "UAF", "ELI", "REL"}
ORGS = {"UN", "EU", "NATO", "AU", "IAEA", "WHO", "ICC", "IMF", "WB", "WTO"}
ENTRY_KEYS = {"name", "aliases", "country", "org", "roles"}
ROLE_KEYS = {"role", "sector", "start", "end"}
# The brief's floor of coverage: G20 members, the permanent Security Council members and
# the states most in the news 2023-2026, plus the main international organisations.
REQUIRED_COUNTRIES = [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "DEU",
    "FRA",
    "GBR",
    "IDN",
    "IND",
    "ITA",
    "JPN",
    "KOR",
    "MEX",
    "RUS",
    "SAU",
    "TUR",
    "USA",
    "ZAF",
    "UKR",
    "ISR",
    "IRN",
    "PSE",
    "SYR",
    "LBN",
    "IRQ",
    "ARE",
    "QAT",
    "EGY",
    "PAK",
    "AFG",
    "PRK",
    "TWN",
    "VEN",
    "BLR",
    "POL",
    "HUN",
    "EST",
    "LVA",
    "LTU",
    "NOR",
    "SWE",
    "FIN",
    "DNK",
    "ISL",
    "SDN",
    "ETH",
    "NGA",
    "KEN",
    "SOM",
    "YEM",
    "MMR",
]
REQUIRED_ORGS = ["UN", "EU", "NATO", "AU"]


def _load() -> list[dict[str, Any]]:
    with PEOPLE_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, list), f"{PEOPLE_FILE} must hold a YAML list, got {type(data).__name__}"
    return data


PEOPLE = _load()
BY_NAME = {entry["name"]: entry for entry in PEOPLE if isinstance(entry, dict) and "name" in entry}


def _entry_id(entry: Any) -> str:
    return str(entry.get("name", "?")) if isinstance(entry, dict) else repr(entry)


def _fold(text: str) -> str:
    """Lower-case text without accents, the key the file is sorted and deduplicated by."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def date_bounds(value: Any) -> tuple[dt.date, dt.date]:
    """Return the first and last day a YYYY-MM-DD, YYYY-MM or YYYY value can mean."""
    if isinstance(value, dt.datetime):
        raise ValueError(f"expected a date without a time, got {value!r}")
    if isinstance(value, dt.date):
        return value, value
    if isinstance(value, int) and not isinstance(value, bool):
        return dt.date(value, 1, 1), dt.date(value, 12, 31)
    if isinstance(value, str):
        parts = value.split("-")
        if len(parts) == 3:
            day = dt.date.fromisoformat(value)
            return day, day
        if len(parts) == 2 and len(parts[0]) == 4 and len(parts[1]) == 2:
            year, month = int(parts[0]), int(parts[1])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if len(parts) == 1 and len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    raise ValueError(f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")


def role_span(role: dict[str, Any]) -> tuple[dt.date, dt.date]:
    """Return the widest span a role can cover: earliest start to latest end (as-of date if open)."""
    start_low, _ = date_bounds(role["start"])
    end_high = AS_OF if role["end"] is None else date_bounds(role["end"])[1]
    return start_low, end_high


def holds(entry: dict[str, Any], title: str, on: dt.date) -> bool:
    """Return whether the entry certainly held a role whose title contains `title` on the day `on`."""
    for role in entry["roles"]:
        if title.casefold() not in role["role"].casefold():
            continue
        _, start_high = date_bounds(role["start"])
        end_low = AS_OF if role["end"] is None else date_bounds(role["end"])[0]
        if start_high <= on <= end_low:
            return True
    return False


@pytest.mark.parametrize(
    "bound, expected",
    [
        (dt.date(2004, 3, 9), (dt.date(2004, 3, 9), dt.date(2004, 3, 9))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        (2023, (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
        ("2025-07-17", (dt.date(2025, 7, 17), dt.date(2025, 7, 17))),
    ],
)
def test_date_forms_give_their_bounds(bound: Any, expected: tuple[dt.date, dt.date]) -> None:
    assert date_bounds(bound) == expected


@pytest.mark.parametrize("bad", ["2024-13", "24-01", "March 2024", "2024/01/02", 3.5, True, dt.datetime(2024, 1, 1)])
def test_malformed_dates_are_rejected(bad: Any) -> None:
    with pytest.raises(ValueError):
        date_bounds(bad)


def test_lexicon_holds_at_least_300_people() -> None:
    assert len(PEOPLE) >= 300


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_entry_has_required_fields_of_the_right_types(entry: Any) -> None:
    assert isinstance(entry, dict)
    assert set(entry) <= ENTRY_KEYS, f"unknown keys {set(entry) - ENTRY_KEYS}"
    assert isinstance(entry.get("name"), str) and entry["name"].strip() == entry["name"] != ""
    assert isinstance(entry.get("country"), str)
    aliases = entry.get("aliases", [])
    assert isinstance(aliases, list) and all(isinstance(a, str) and a.strip() == a != "" for a in aliases)
    assert isinstance(entry.get("roles"), list) and entry["roles"], "at least one role"
    for role in entry["roles"]:
        assert isinstance(role, dict) and set(role) == ROLE_KEYS, f"role keys must be {ROLE_KEYS}: {role}"
        assert isinstance(role["role"], str) and role["role"].strip() == role["role"] != ""
        assert isinstance(role["sector"], str)


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_country_is_iso3_or_igo_with_org(entry: dict[str, Any]) -> None:
    country = entry["country"]
    if country == "IGO":
        assert entry.get("org") in ORGS, f"IGO officials need an org from {sorted(ORGS)}"
    else:
        assert "org" not in entry, "only IGO officials carry an org"
        assert pycountry.countries.get(alpha_3=country) is not None, f"{country} is not ISO 3166-1 alpha-3"


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_sectors_are_cameo_sectors(entry: dict[str, Any]) -> None:
    assert {role["sector"] for role in entry["roles"]} <= SECTORS


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_dates_parse_and_are_ordered(entry: dict[str, Any]) -> None:
    for role in entry["roles"]:
        start_low, _ = date_bounds(role["start"])
        assert start_low <= AS_OF, f"{role['role']} starts after the as-of date"
        if role["end"] is not None:
            end_low, end_high = date_bounds(role["end"])
            assert start_low <= end_high, f"{role['role']} ends before it starts"
            assert end_low <= AS_OF, f"{role['role']} ends after the as-of date"


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_every_role_overlaps_the_window(entry: dict[str, Any]) -> None:
    for role in entry["roles"]:
        start_low, end_high = role_span(role)
        assert start_low <= AS_OF and end_high >= WINDOW_START, f"{role['role']} lies outside 2023-01-01..{AS_OF}"


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_roles_are_listed_most_recent_first(entry: dict[str, Any]) -> None:
    starts = [date_bounds(role["start"])[0] for role in entry["roles"]]
    assert starts == sorted(starts, reverse=True)


@pytest.mark.parametrize("entry", PEOPLE, ids=_entry_id)
def test_aliases_are_not_the_name_or_the_bare_surname(entry: dict[str, Any]) -> None:
    # An accent-free spelling is a useful alias ("Erdogan" for "Erdoğan"); an exact repeat is not.
    surname = _fold(entry["name"]).split()[-1]
    for alias in entry.get("aliases", []):
        assert alias.casefold() != entry["name"].casefold(), f"alias {alias!r} repeats the name"
        assert _fold(alias) != surname, f"alias {alias!r} is the bare surname, which the loader derives"


def test_no_two_people_share_a_name_or_alias() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in PEOPLE:
        for form in [entry["name"], *entry.get("aliases", [])]:
            owners[_fold(form)].add(entry["name"])
    clashes = {form: sorted(names) for form, names in owners.items() if len(names) > 1}
    assert not clashes


def test_no_name_is_listed_twice() -> None:
    names = [_fold(entry["name"]) for entry in PEOPLE]
    assert len(names) == len(set(names))


def test_file_is_sorted_by_country_then_name() -> None:
    keys = [(entry["country"], _fold(entry["name"])) for entry in PEOPLE]
    assert keys == sorted(keys)


def test_header_states_sources_and_as_of_date() -> None:
    header = PEOPLE_FILE.read_text(encoding="utf-8").split("\n- name:", 1)[0]
    assert "As of: 2026-11-30" in header
    assert "Sources:" in header and "public-domain" in header


@pytest.mark.parametrize("country", REQUIRED_COUNTRIES)
def test_country_in_the_news_is_covered(country: str) -> None:
    assert any(entry["country"] == country for entry in PEOPLE)


@pytest.mark.parametrize("org", REQUIRED_ORGS)
def test_main_international_organisation_is_covered(org: str) -> None:
    assert any(entry.get("org") == org for entry in PEOPLE)


# (name, country, title fragment, a day on which the role was held, start prefix or None)
SPOT_CHECKS = [
    ("Sergei Lavrov", "RUS", "Foreign Minister", dt.date(2024, 6, 1), "2004-03-09"),
    ("Li Qiang", "CHN", "Premier", dt.date(2023, 3, 12), "2023-03"),
    ("Dmitry Peskov", "RUS", "spokesman", dt.date(2025, 1, 1), None),
    ("Volodymyr Zelensky", "UKR", "President", dt.date(2026, 6, 1), None),
    ("Andriy Sybiha", "UKR", "Foreign Minister", dt.date(2024, 9, 10), "2024-09"),
    ("Dmytro Kuleba", "UKR", "Foreign Minister", dt.date(2023, 6, 1), None),
    ("Rishi Sunak", "GBR", "Prime Minister", dt.date(2023, 6, 1), None),
    ("Keir Starmer", "GBR", "Prime Minister", dt.date(2025, 1, 1), "2024-07-05"),
    ("Yoav Gallant", "ISR", "Defence Minister", dt.date(2023, 10, 7), None),
    ("Israel Katz", "ISR", "Defence Minister", dt.date(2025, 6, 1), "2024-11"),
    ("Ebrahim Raisi", "IRN", "President", dt.date(2023, 6, 1), None),
    ("Masoud Pezeshkian", "IRN", "President", dt.date(2025, 1, 1), "2024-07"),
    ("Hossein Amir-Abdollahian", "IRN", "Foreign Minister", dt.date(2023, 6, 1), None),
    ("Abbas Araghchi", "IRN", "Foreign Minister", dt.date(2025, 1, 1), "2024-08"),
    ("Esmaeil Baghaei", "IRN", "spokesman", dt.date(2025, 6, 1), None),
    ("Mao Ning", "CHN", "spokesperson", dt.date(2024, 1, 1), "2022-09-05"),
    ("Lin Jian", "CHN", "spokesperson", dt.date(2024, 6, 1), "2024-03"),
    ("Wang Wenbin", "CHN", "spokesperson", dt.date(2023, 6, 1), None),
    ("Wang Yi", "CHN", "Foreign Minister", dt.date(2024, 1, 1), "2023-07-25"),
    ("Dong Jun", "CHN", "Defence Minister", dt.date(2024, 6, 1), "2023-12"),
    ("Andrei Belousov", "RUS", "Defence Minister", dt.date(2024, 6, 1), "2024-05"),
    ("Sergei Shoigu", "RUS", "Defence Minister", dt.date(2023, 6, 1), None),
    ("Valery Gerasimov", "RUS", "Chief of the General Staff", dt.date(2024, 1, 1), None),
    ("Oleksandr Syrskyi", "UKR", "Commander-in-Chief", dt.date(2024, 6, 1), "2024-02"),
    ("Bashar al-Assad", "SYR", "President", dt.date(2024, 1, 1), None),
    ("Ahmed al-Sharaa", "SYR", "President", dt.date(2025, 6, 1), "2025-01"),
    ("Mahmoud Abbas", "PSE", "President", dt.date(2024, 1, 1), None),
    ("Ismail Haniyeh", "PSE", "Hamas", dt.date(2024, 1, 1), None),
    ("Naim Qassem", "LBN", "Hezbollah", dt.date(2025, 1, 1), "2024-10"),
    ("Hibatullah Akhundzada", "AFG", "Supreme Leader", dt.date(2024, 1, 1), None),
    ("Kim Jong Un", "PRK", "Supreme Leader", dt.date(2024, 1, 1), None),
    ("Lai Ching-te", "TWN", "President", dt.date(2025, 1, 1), "2024-05-20"),
    ("Donald Trump", "USA", "President", dt.date(2025, 6, 1), "2025-01-20"),
    ("Joe Biden", "USA", "President", dt.date(2024, 6, 1), None),
    ("Marco Rubio", "USA", "Secretary of State", dt.date(2025, 6, 1), "2025-01"),
    ("Mohammed bin Salman", "SAU", "Crown Prince", dt.date(2024, 1, 1), None),
    ("Recep Tayyip Erdoğan", "TUR", "President", dt.date(2024, 1, 1), None),
    ("Narendra Modi", "IND", "Prime Minister", dt.date(2024, 1, 1), None),
    ("António Guterres", "IGO", "Secretary-General", dt.date(2024, 1, 1), None),
    ("Mark Rutte", "IGO", "NATO", dt.date(2025, 1, 1), "2024-10"),
    ("Kaja Kallas", "IGO", "High Representative", dt.date(2025, 1, 1), "2024-12"),
    ("Ursula von der Leyen", "IGO", "European Commission", dt.date(2024, 1, 1), None),
]


@pytest.mark.parametrize("name, country, title, on, start_prefix", SPOT_CHECKS, ids=[c[0] for c in SPOT_CHECKS])
def test_known_office_holder(name: str, country: str, title: str, on: dt.date, start_prefix: str | None) -> None:
    entry = BY_NAME[name]
    assert entry["country"] == country
    assert holds(entry, title, on), f"{name} should hold {title!r} on {on}"
    if start_prefix is not None:
        starts = [str(role["start"]) for role in entry["roles"] if title.casefold() in role["role"].casefold()]
        assert any(start.startswith(start_prefix) for start in starts), starts


# People who left office inside the window: (name, title fragment, a day after they left)
DEPARTURES = [
    ("Rishi Sunak", "Prime Minister", dt.date(2024, 7, 6)),
    ("Dmytro Kuleba", "Foreign Minister", dt.date(2024, 9, 6)),
    ("Yoav Gallant", "Defence Minister", dt.date(2024, 12, 1)),
    ("Ebrahim Raisi", "President", dt.date(2024, 5, 20)),
    ("Hossein Amir-Abdollahian", "Foreign Minister", dt.date(2024, 5, 20)),
    ("Qin Gang", "Foreign Minister", dt.date(2023, 7, 26)),
    ("Li Shangfu", "Defence Minister", dt.date(2023, 10, 25)),
    ("Bashar al-Assad", "President", dt.date(2024, 12, 9)),
    ("Joe Biden", "President", dt.date(2025, 1, 21)),
    ("Olaf Scholz", "Chancellor", dt.date(2025, 5, 7)),
    ("Justin Trudeau", "Prime Minister", dt.date(2025, 3, 15)),
    ("Fumio Kishida", "Prime Minister", dt.date(2024, 10, 2)),
    ("Yoon Suk Yeol", "President", dt.date(2025, 4, 5)),
    ("Jens Stoltenberg", "NATO", dt.date(2024, 10, 2)),
]


@pytest.mark.parametrize("name, title, after", DEPARTURES, ids=[d[0] for d in DEPARTURES])
def test_departed_office_holder_is_not_shown_in_office(name: str, title: str, after: dt.date) -> None:
    entry = BY_NAME[name]
    assert not any(
        title.casefold() in role["role"].casefold() and role_span(role)[1] >= after for role in entry["roles"]
    ), f"{name} still shown as {title!r} after {after}"


# Spellings news uses that must reach the right person.
ALIASES = [
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Andrii Sybiha", "Andriy Sybiha"),
    ("Andriy Sybiga", "Andriy Sybiha"),
    ("MBS", "Mohammed bin Salman"),
    ("Abu Mohammed al-Jolani", "Ahmed al-Sharaa"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Dmitri Peskov", "Dmitry Peskov"),
    ("Alyaksandr Lukashenka", "Alexander Lukashenko"),
    ("Hemedti", "Mohamed Hamdan Dagalo"),
    ("AMLO", "Andrés Manuel López Obrador"),
]


@pytest.mark.parametrize("alias, name", ALIASES)
def test_common_spelling_is_an_alias_of_the_right_person(alias: str, name: str) -> None:
    assert alias in BY_NAME[name].get("aliases", [])
