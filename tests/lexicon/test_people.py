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
COUNTRIES_FILE = PEOPLE_FILE.with_name("countries.yaml")
# Kosovo's code is user-assigned (not in ISO 3166-1), as in countries.yaml.
USER_ASSIGNED_CODES = {"XKX"}
# The 193 member states of the United Nations.
UN_MEMBERS = [
    "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BFA", "BGD",
    "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN", "BTN", "BWA", "CAF", "CAN", "CHE", "CHL",
    "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK",
    "DOM", "DZA", "ECU", "EGY", "ERI", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA",
    "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IRL", "IRN",
    "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO",
    "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
    "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER", "NGA", "NIC",
    "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "PLW", "PNG", "POL", "PRK", "PRT", "PRY",
    "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE", "SLV", "SMR", "SOM", "SRB", "SSD", "STP",
    "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR", "TCD", "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN",
    "TUR", "TUV", "TZA", "UGA", "UKR", "URY", "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB",
    "ZWE",
]  # fmt: skip
# The UN observer states, and states outside the UN that news treats as states.
OTHER_STATES = ["PSE", "VAT", "TWN", "XKX"]
# States left out on purpose: the bare surname the matcher would derive for their leaders
# is a common English name or word that would match other people, or the office rotates
# faster than the file can be kept exact.
NOT_COVERED = {
    "BHS": "Prime Minister Philip Davis: 'Davis'",
    "GRD": "Prime Minister Dickon Mitchell: 'Mitchell'",
    "GUY": "President Irfaan Ali, Prime Minister Mark Phillips: 'Ali', 'Phillips'",
    "KNA": "Prime Minister Terrance Drew: 'Drew'",
    "LCA": "Prime Minister Philip J. Pierre: 'Pierre'",
    "SMR": "two Captains Regent, replaced every six months",
    "STP": "President Carlos Vila Nova: 'Nova' (the Nova festival, Nova Kakhovka)",
}
# Titles of heads of state and government, after a qualifier such as "acting".
HEAD_TITLES = {
    "President",
    "Prime Minister",
    "Premier",
    "Chancellor",
    "Taoiseach",
    "King",
    "Queen",
    "Emperor",
    "Emir",
    "Sultan",
    "Prince",
    "Pope",
    "Supreme Leader",
    "Chief Adviser",
    "President of the Palestinian Authority",
    "President of the Council of Ministers",
    "President of the Swiss Confederation",
    "Vice President and Prime Minister",
    "member of the Presidency",
    "Chair of the Council of Ministers",
    "Chairman of the Cabinet of Ministers",
    "Chairman of the Presidential Council",
    "Chairman of the Presidential Leadership Council",
    "Chairman of the State Administration Council",
    "Chairman of the Transitional Sovereignty Council",
}
HEAD_QUALIFIERS = ("acting ", "caretaker ", "interim ", "transitional ", "co-")
COVERAGE_DAY = dt.date(2025, 6, 1)
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


def held_on(role: dict[str, Any], on: dt.date) -> bool:
    """Return whether a role was certainly held on the day `on`, however imprecise its dates."""
    _, start_high = date_bounds(role["start"])
    end_low = AS_OF if role["end"] is None else date_bounds(role["end"])[0]
    return start_high <= on <= end_low


def holds(entry: dict[str, Any], title: str, on: dt.date) -> bool:
    """Return whether the entry certainly held a role whose title contains `title` on the day `on`."""
    return any(title.casefold() in role["role"].casefold() and held_on(role, on) for role in entry["roles"])


def is_head_office(title: str) -> bool:
    """Return whether a role title is that of a head of state or government ("acting President")."""
    for qualifier in HEAD_QUALIFIERS:
        title = title.removeprefix(qualifier)
    return title in HEAD_TITLES or title.capitalize() in HEAD_TITLES


def heads_of(country: str, on: dt.date) -> list[str]:
    """Return the people of a country who certainly held a head-of-state or -government office on `on`."""
    return [
        entry["name"]
        for entry in PEOPLE
        if entry["country"] == country and any(is_head_office(r["role"]) and held_on(r, on) for r in entry["roles"])
    ]


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


def test_lexicon_holds_at_least_800_people() -> None:
    assert len(PEOPLE) >= 800


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
        known = pycountry.countries.get(alpha_3=country) is not None or country in USER_ASSIGNED_CODES
        assert known, f"{country} is not ISO 3166-1 alpha-3"


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


def test_every_un_member_state_is_in_the_country_list() -> None:
    with COUNTRIES_FILE.open(encoding="utf-8") as handle:
        codes = {item["iso3"] for item in yaml.safe_load(handle)}
    assert len(set(UN_MEMBERS)) == 193
    assert set(UN_MEMBERS) | set(OTHER_STATES) <= codes


@pytest.mark.parametrize("country", sorted(set(UN_MEMBERS) - set(NOT_COVERED)) + OTHER_STATES)
def test_country_in_the_news_is_covered(country: str) -> None:
    assert heads_of(country, COVERAGE_DAY), f"no head of state or government of {country} on {COVERAGE_DAY}"


@pytest.mark.parametrize(
    "title, head",
    [
        ("President", True),
        ("acting President", True),
        ("transitional President", True),
        ("caretaker Prime Minister", True),
        ("co-President", True),
        ("Vice President", False),
        ("First Vice President", False),
        ("President of the Senate", False),
        ("Foreign Minister", False),
        ("Crown Prince", False),
    ],
)
def test_head_offices_are_told_from_other_offices(title: str, head: bool) -> None:
    assert is_head_office(title) is head


@pytest.mark.parametrize("country", sorted(NOT_COVERED))
def test_left_out_state_is_still_a_un_member(country: str) -> None:
    # An exclusion must name a real gap: drop it once the state's leaders are listed.
    assert country in UN_MEMBERS and not heads_of(country, COVERAGE_DAY)


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
    # Africa
    ("Paul Kagame", "RWA", "President", dt.date(2024, 6, 1), "2000"),
    ("John Mahama", "GHA", "President", dt.date(2025, 6, 1), "2025-01-07"),
    ("Bassirou Diomaye Faye", "SEN", "President", dt.date(2024, 6, 1), "2024-04-02"),
    ("Abdourahamane Tchiani", "NER", "President", dt.date(2024, 1, 1), "2023-07"),
    ("Duma Boko", "BWA", "President", dt.date(2025, 1, 1), "2024-11-01"),
    ("Netumbo Nandi-Ndaitwah", "NAM", "President", dt.date(2025, 6, 1), "2025-03-21"),
    ("Daniel Chapo", "MOZ", "President", dt.date(2025, 6, 1), "2025-01-15"),
    ("Félix Tshisekedi", "COD", "President", dt.date(2024, 1, 1), None),
    ("Abdelmadjid Tebboune", "DZA", "President", dt.date(2024, 1, 1), None),
    ("Mohammed VI", "MAR", "King", dt.date(2024, 1, 1), None),
    # The Americas
    ("Gabriel Boric", "CHL", "President", dt.date(2024, 1, 1), "2022-03-11"),
    ("Gustavo Petro", "COL", "President", dt.date(2024, 1, 1), "2022-08-07"),
    ("Daniel Noboa", "ECU", "President", dt.date(2024, 6, 1), "2023-11-23"),
    ("Bernardo Arévalo", "GTM", "President", dt.date(2024, 6, 1), "2024-01"),
    ("Yamandú Orsi", "URY", "President", dt.date(2025, 6, 1), "2025-03-01"),
    ("Miguel Díaz-Canel", "CUB", "President", dt.date(2024, 1, 1), None),
    # Europe
    ("Felipe VI", "ESP", "King", dt.date(2024, 1, 1), None),
    ("Robert Fico", "SVK", "Prime Minister", dt.date(2024, 6, 1), "2023-10-25"),
    ("Aleksandar Vučić", "SRB", "President", dt.date(2024, 1, 1), None),
    ("Albin Kurti", "XKX", "Prime Minister", dt.date(2024, 1, 1), None),
    ("Kyriakos Mitsotakis", "GRC", "Prime Minister", dt.date(2024, 1, 1), "2023-06-26"),
    ("Christian Stocker", "AUT", "Chancellor", dt.date(2025, 6, 1), "2025-03-03"),
    ("Bart De Wever", "BEL", "Prime Minister", dt.date(2025, 6, 1), "2025-02-03"),
    ("Maia Sandu", "MDA", "President", dt.date(2024, 1, 1), None),
    # Asia and the Middle East
    ("Kassym-Jomart Tokayev", "KAZ", "President", dt.date(2024, 1, 1), None),
    ("Ilham Aliyev", "AZE", "President", dt.date(2024, 1, 1), None),
    ("Irakli Kobakhidze", "GEO", "Prime Minister", dt.date(2025, 1, 1), "2024-02-08"),
    ("Anwar Ibrahim", "MYS", "Prime Minister", dt.date(2024, 1, 1), "2022-11-24"),
    ("To Lam", "VNM", "General Secretary", dt.date(2025, 1, 1), "2024-08-03"),
    ("Hun Manet", "KHM", "Prime Minister", dt.date(2024, 1, 1), "2023-08-22"),
    ("Muhammad Yunus", "BGD", "Chief Adviser", dt.date(2025, 1, 1), "2024-08-08"),
    ("Mishal al-Ahmad al-Jaber al-Sabah", "KWT", "Emir", dt.date(2024, 6, 1), "2023-12-16"),
    # Oceania
    ("Christopher Luxon", "NZL", "Prime Minister", dt.date(2024, 6, 1), "2023-11-27"),
    ("James Marape", "PNG", "Prime Minister", dt.date(2024, 1, 1), None),
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
    ("Sheikh Hasina", "Prime Minister", dt.date(2024, 8, 6)),
    ("Mohamed Bazoum", "President", dt.date(2023, 7, 27)),
    ("Ali Bongo Ondimba", "President", dt.date(2023, 8, 31)),
    ("Macky Sall", "President", dt.date(2024, 4, 3)),
    ("Klaus Iohannis", "President", dt.date(2025, 2, 13)),
    ("Srettha Thavisin", "Prime Minister", dt.date(2024, 8, 15)),
    ("Guillermo Lasso", "President", dt.date(2023, 11, 24)),
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
    ("Prabowo", "Prabowo Subianto"),
    ("Bongbong Marcos", "Ferdinand Marcos Jr."),
    ("Abdourahamane Tiani", "Abdourahamane Tchiani"),
    ("Prayuth Chan-o-cha", "Prayut Chan-o-cha"),
    ("Milo Djukanovic", "Milo Đukanović"),
    ("Djuro Macut", "Đuro Macut"),
    ("Sassou Nguesso", "Denis Sassou Nguesso"),
    ("Meshal al-Ahmad al-Jaber al-Sabah", "Mishal al-Ahmad al-Jaber al-Sabah"),
]


@pytest.mark.parametrize("alias, name", ALIASES)
def test_common_spelling_is_an_alias_of_the_right_person(alias: str, name: str) -> None:
    assert alias in BY_NAME[name].get("aliases", [])
