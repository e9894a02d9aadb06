"""The historical office-holder lexicon: well formed, every role ended before 2023, spot-checked.

people_history.yaml holds office holders of 1975-2022 whose every role ended before
2023-01-01; people.yaml holds everyone in office since. The file is read with PyYAML
directly (so these checks hold whatever loader reads it), and through the loader
for the codes a person gets on a given day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml
from test_people import date_bounds

from newsgraph.extract.actors.matcher import surname_of
from newsgraph.lexicon import SHIPPED_FILES, Lexicon, load_lexicon
from newsgraph.lexicon.entries import parse_partial_date

LEXICON_DIR = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "lexicon"
HISTORY_FILE = LEXICON_DIR / "people_history.yaml"
PEOPLE_FILE = LEXICON_DIR / "people.yaml"
COVERAGE_START = dt.date(1975, 1, 1)
CUTOFF = dt.date(2023, 1, 1)  # every role ended before this day
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "REL"}
NON_STATE = {"IGO", "IMG"}
ENTRY_KEYS = {"name", "aliases", "country", "org", "roles"}
ROLE_KEYS = {"role", "sector", "start", "end"}
ROLE_EXTRA_KEYS = {"country", "org"}  # a role of another body than the one the person is filed under
# The brief's floor of coverage, 1975-2022: the G20 and the permanent Security Council
# members, and the countries most in international and conflict news of those decades.
REQUIRED_COUNTRIES = [
    "ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR",
    "MEX", "RUS", "SAU", "TUR", "USA", "ZAF", "ISR", "PSE", "IRN", "IRQ", "SYR", "LBN", "JOR",
    "EGY", "LBY", "YEM", "AFG", "PAK", "LKA", "PRK", "TWN", "SRB", "BIH", "HRV", "UKR", "GEO",
    "POL", "CUB", "VEN", "COL", "NIC", "HTI", "SDN", "ETH", "SOM", "RWA", "COD", "UGA", "ZWE",
    "NGA", "KEN", "LBR", "SLE", "AGO", "MOZ", "DZA", "MAR", "GRC", "CYP", "PHL", "KHM", "MMR",
    "VNM", "THA",
]  # fmt: skip
REQUIRED_ORGS = ["UN", "NATO", "EU", "IAEA", "IMF", "WB", "Arab League", "AU"]
# Countries whose foreign ministers the file must list, and what their office is called.
FOREIGN_MINISTRIES = {
    "USA": "Secretary of State",
    "RUS": "Foreign Minister",
    "GBR": "Foreign Secretary",
    "FRA": "Foreign Minister",
    "DEU": "Foreign Minister",
    "CHN": "Foreign Minister",
    "ISR": "Foreign Minister",
    "IRN": "Foreign Minister",
}
# Words news capitalises for other things than a person: a month, a rank, the Moon, a
# city, a grain, a carmaker, a title. A person whose derived bare surname is one of
# them is left out (Theresa May, John Major, Moon Jae-in, William Hague, Condoleezza
# Rice, Gerald Ford, Ricardo Lagos, ...): "in May" and "Major General Rose" must stay
# words. See tests/extract/test_actor_history.py for the sentences.
ORDINARY_WORDS = {
    "May", "June", "Major", "General", "Moon", "Sun", "Hague", "Lagos", "Toledo", "Santos",
    "Salinas", "Rice", "Ford", "Cook", "Chairman", "Sultan", "King", "President", "Prince",
    "Pope", "Ayatollah", "Sheikh", "Mohammed", "Muhammad", "Mohamed", "Ali",
}  # fmt: skip


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, list), f"{path} must hold a YAML list, got {type(data).__name__}"
    return data


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


HISTORY = _load(HISTORY_FILE)
CURRENT = _load(PEOPLE_FILE)
BY_NAME = {entry["name"]: entry for entry in HISTORY if isinstance(entry, dict) and "name" in entry}


def _entry_id(entry: Any) -> str:
    return str(entry.get("name", "?")) if isinstance(entry, dict) else repr(entry)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_file_is_shipped_and_loaded() -> None:
    assert "people_history.yaml" in SHIPPED_FILES


def test_lexicon_holds_at_least_600_people() -> None:
    assert len(HISTORY) >= 600


@pytest.mark.parametrize("entry", HISTORY, ids=_entry_id)
def test_entry_has_required_fields_of_the_right_types(entry: Any) -> None:
    assert isinstance(entry, dict)
    assert set(entry) <= ENTRY_KEYS, f"unknown keys {set(entry) - ENTRY_KEYS}"
    assert isinstance(entry.get("name"), str) and entry["name"].strip() == entry["name"] != ""
    aliases = entry.get("aliases", [])
    assert isinstance(aliases, list) and all(isinstance(a, str) and a.strip() == a != "" for a in aliases)
    assert isinstance(entry.get("roles"), list) and entry["roles"], "at least one role"
    for role in entry["roles"]:
        assert isinstance(role, dict) and ROLE_KEYS <= set(role) <= ROLE_KEYS | ROLE_EXTRA_KEYS, role
        assert isinstance(role["role"], str) and role["role"].strip() == role["role"] != ""
        assert role["sector"] in SECTORS, f"{role['role']}: sector {role['sector']!r}"


@pytest.mark.parametrize("entry", HISTORY, ids=_entry_id)
def test_country_is_iso3_or_a_non_state_body_with_org(entry: dict[str, Any]) -> None:
    for holder in (entry, *(r for r in entry["roles"] if "country" in r)):
        country = holder["country"]
        if country in NON_STATE:
            assert holder.get("org") or entry.get("org"), f"{country} needs an org"
        else:
            assert pycountry.countries.get(alpha_3=country) is not None or country == "XKX", country
    assert ("org" in entry) == (entry["country"] in NON_STATE), "only IGO/IMG people carry an org"


@pytest.mark.parametrize("entry", HISTORY, ids=_entry_id)
def test_every_role_ended_before_2023_and_reached_1975(entry: dict[str, Any]) -> None:
    for role in entry["roles"]:
        assert role["end"] is not None, f"{role['role']} has no end: the person belongs in people.yaml"
        start_low, _ = date_bounds(role["start"])
        end_low, end_high = date_bounds(role["end"])
        assert start_low <= end_high, f"{role['role']} ends before it starts"
        assert end_high < CUTOFF, f"{role['role']} ends {role['end']}, not before {CUTOFF}"
        assert end_low >= COVERAGE_START, f"{role['role']} ended before 1975"


@pytest.mark.parametrize("entry", HISTORY, ids=_entry_id)
def test_roles_are_listed_most_recent_first(entry: dict[str, Any]) -> None:
    starts = [date_bounds(role["start"])[0] for role in entry["roles"]]
    assert starts == sorted(starts, reverse=True)


@pytest.mark.parametrize("entry", HISTORY, ids=_entry_id)
def test_aliases_are_not_the_name_or_the_bare_surname(entry: dict[str, Any]) -> None:
    # names match case-sensitively: "Daniel Arap Moi" is a spelling of "Daniel arap Moi"
    surname = _fold(entry["name"]).split()[-1]
    for alias in entry.get("aliases", []):
        assert alias != entry["name"], f"alias {alias!r} repeats the name"
        assert _fold(alias) != surname, f"alias {alias!r} is the bare surname, which the loader derives"


def test_file_is_sorted_by_country_then_name() -> None:
    keys = [(entry["country"], _fold(entry["name"])) for entry in HISTORY]
    assert keys == sorted(keys)


def test_no_name_or_alias_belongs_to_two_people_in_either_file() -> None:
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for source, people in (("people_history.yaml", HISTORY), ("people.yaml", CURRENT)):
        for entry in people:
            for form in [entry["name"], *entry.get("aliases", [])]:
                owners[_fold(form)].add((source, entry["name"]))
    clashes = {form: sorted(names) for form, names in owners.items() if len(names) > 1}
    assert not clashes


def test_no_person_is_in_both_files() -> None:
    current = {_fold(entry["name"]) for entry in CURRENT}
    assert not [entry["name"] for entry in HISTORY if _fold(entry["name"]) in current]


def test_header_states_coverage_sources_and_conventions() -> None:
    header = HISTORY_FILE.read_text(encoding="utf-8").split("\n- name:", 1)[0]
    assert "Coverage: 1975-01-01 .. 2022-12-31" in header
    assert "before 2023-01-01" in header
    assert "Sources:" in header and "public-domain" in header
    assert "Conventions:" in header and "Soviet Union are RUS" in header


@pytest.mark.parametrize("country", REQUIRED_COUNTRIES)
def test_country_in_the_news_is_covered(country: str) -> None:
    assert any(entry["country"] == country for entry in HISTORY)


@pytest.mark.parametrize("org", REQUIRED_ORGS)
def test_main_international_organisation_is_covered(org: str) -> None:
    assert any(entry.get("org") == org or any(r.get("org") == org for r in entry["roles"]) for entry in HISTORY)


@pytest.mark.parametrize("country, office", FOREIGN_MINISTRIES.items())
def test_foreign_ministers_are_listed(country: str, office: str) -> None:
    holders = [
        entry
        for entry in HISTORY
        for role in entry["roles"]
        if role.get("country", entry["country"]) == country and role["role"].startswith(office)
    ]
    assert len(holders) >= 3, f"{country}: {len(holders)} holders of {office!r}"


def test_derived_surnames_are_not_ordinary_capitalised_words(lexicon: Lexicon) -> None:
    names = {entry["name"] for entry in HISTORY}
    found = {
        (surname, person.name)
        for person in lexicon.people
        if person.name in names
        for form in (person.name, *person.aliases)
        if (surname := surname_of(person, form, lexicon)) in ORDINARY_WORDS
    }
    assert not found


# (name, a day, the code the lexicon gives that day): in office, and after it (ELI)
KNOWN = [
    ("Boris Yeltsin", "1995-01-01", "RUSGOV"),
    ("Boris Yeltsin", "2001-01-01", "RUSELI"),
    ("Mikhail Gorbachev", "1987-12-08", "RUSGOV"),
    ("Mikhail Gorbachev", "1993-06-01", "RUSELI"),
    ("Leonid Brezhnev", "1979-06-18", "RUSGOV"),
    ("Yuri Andropov", "1975-01-01", "RUSSPY"),
    ("Andrei Gromyko", "1980-01-01", "RUSGOV"),
    ("Eduard Shevardnadze", "1988-01-01", "RUSGOV"),
    ("Eduard Shevardnadze", "1998-01-01", "GEOGOV"),
    ("Jimmy Carter", "1978-09-17", "USAGOV"),
    ("Ronald Reagan", "1985-11-19", "USAGOV"),
    ("George H. W. Bush", "1976-06-01", "USASPY"),
    ("George H. W. Bush", "1990-08-02", "USAGOV"),
    ("George W. Bush", "2003-03-20", "USAGOV"),
    ("George W. Bush", "2010-01-01", "USAELI"),
    ("James Baker", "1990-08-05", "USAGOV"),
    ("Colin Powell", "1991-02-01", "USAMIL"),
    ("Colin Powell", "2003-02-05", "USAGOV"),
    ("Margaret Thatcher", "1982-04-02", "GBRGOV"),
    ("Tony Blair", "2003-03-20", "GBRGOV"),
    ("Boris Johnson", "2021-01-01", "GBRGOV"),
    ("Boris Johnson", "2022-12-01", "GBRELI"),
    ("François Mitterrand", "1990-01-01", "FRAGOV"),
    ("Helmut Kohl", "1990-10-03", "DEUGOV"),
    ("Erich Honecker", "1985-01-01", "DEUGOV"),
    ("Deng Xiaoping", "1985-01-01", "CHNGOV"),
    ("Jiang Zemin", "1995-01-01", "CHNGOV"),
    ("Kim Il Sung", "1990-01-01", "PRKGOV"),
    ("Kim Dae-jung", "2000-06-13", "KORGOV"),
    ("Yasser Arafat", "1993-09-13", "PSEGOV"),
    ("Yitzhak Rabin", "1993-09-13", "ISRGOV"),
    ("Ruhollah Khomeini", "1985-01-01", "IRNGOV"),
    ("Saddam Hussein", "1990-08-02", "IRQGOV"),
    ("Saddam Hussein", "2004-01-01", "IRQELI"),
    ("Hafez al-Assad", "1995-01-01", "SYRGOV"),
    ("Hosni Mubarak", "2005-01-01", "EGYGOV"),
    ("Muammar Gaddafi", "2000-01-01", "LBYGOV"),
    ("Nelson Mandela", "1995-06-24", "ZAFGOV"),
    ("Robert Mugabe", "2000-01-01", "ZWEGOV"),
    ("Slobodan Milošević", "1995-11-21", "SRBGOV"),
    ("Franjo Tuđman", "1995-11-21", "HRVGOV"),
    ("Alija Izetbegović", "1995-11-21", "BIHGOV"),
    ("Pervez Musharraf", "2005-01-01", "PAKGOV"),
    ("Mohammed Omar", "2000-01-01", "AFGREB"),
    ("Fidel Castro", "1990-01-01", "CUBGOV"),
    ("Suharto", "1990-01-01", "IDNGOV"),
    ("Kofi Annan", "2000-01-01", "IGOUNO"),
    ("Javier Solana", "1997-01-01", "IGOWSTNAT"),
    ("Javier Solana", "2005-01-01", "IGOEUREEC"),
    ("Mohamed ElBaradei", "2005-01-01", "IGOUNOIAE"),
    ("Kurt Waldheim", "1980-01-01", "IGOUNO"),
    ("Kurt Waldheim", "1990-01-01", "AUTGOV"),
    ("Osama bin Laden", "2001-09-11", "IMGREB"),
]


@pytest.mark.parametrize("name, day, code", KNOWN, ids=[f"{n}-{d}" for n, d, _ in KNOWN])
def test_known_office_holder_has_the_code_of_the_day(lexicon: Lexicon, name: str, day: str, code: str) -> None:
    person = next(p for p in lexicon.people if p.name == name)
    role, former = person.role_at(parse_partial_date(day))
    assert lexicon.person_code(person, role, former) == code, f"{name} on {day}: {role}, former={former}"


# Spellings news used that must reach the right person.
ALIASES = [
    ("Yasir Arafat", "Yasser Arafat"),
    ("Muammar Qaddafi", "Muammar Gaddafi"),
    ("Moammar Gadhafi", "Muammar Gaddafi"),
    ("Slobodan Milosevic", "Slobodan Milošević"),
    ("Franjo Tudjman", "Franjo Tuđman"),
    ("Ayatollah Khomeini", "Ruhollah Khomeini"),
    ("George H.W. Bush", "George H. W. Bush"),
    ("Mullah Omar", "Mohammed Omar"),
    ("Francois Mitterand", "François Mitterrand"),
    ("King Hussein", "Hussein bin Talal"),
    ("King Hassan", "Hassan II"),
    ("Usama bin Laden", "Osama bin Laden"),
]


@pytest.mark.parametrize("alias, name", ALIASES)
def test_common_spelling_is_an_alias_of_the_right_person(alias: str, name: str) -> None:
    assert alias in BY_NAME[name].get("aliases", [])


def test_a_users_entry_replaces_the_historical_one(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "people:\n"
        "  - name: Boris Yeltsin\n"
        "    country: RUS\n"
        "    roles: [{role: President of Russia, sector: GOV, start: 1991-07-10, end: 1999-12-31}]\n",
        encoding="utf-8",
    )
    people = [p for p in load_lexicon(mine).people if p.name == "Boris Yeltsin"]
    assert len(people) == 1 and people[0].roles[0].role == "President of Russia"
