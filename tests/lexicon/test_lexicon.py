"""Every entry of every lexicon file loads and holds together; a user's lexicon wins."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from newsgraph.errors import UsageError
from newsgraph.lexicon import NON_STATE_PREFIXES, SECTORS, SHIPPED_FILES, Lexicon, load_lexicon, split_code

LEXICON_DIR = Path(str(resources.files("newsgraph.lexicon")))


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def raw(name: str) -> Any:
    return yaml.safe_load((LEXICON_DIR / name).read_text(encoding="utf-8"))


def test_every_actor_lexicon_file_is_shipped() -> None:
    present = {p.name for p in LEXICON_DIR.glob("*.yaml")}
    assert set(SHIPPED_FILES) <= present


@pytest.mark.parametrize("name", [n for n in SHIPPED_FILES if n not in ("nouns.yaml",)])
def test_no_entry_is_dropped(lexicon: Lexicon, name: str) -> None:
    entries = raw(name)
    assert isinstance(entries, list) and entries, f"{name} holds no entries"
    names = {e["name"] for e in entries if isinstance(e, dict)}
    loaded = {
        "countries.yaml": lexicon.countries,
        "regions.yaml": lexicon.regions,
        "people.yaml": [p for p in lexicon.people if p.name in names],
        "people_history.yaml": [p for p in lexicon.people if p.name in names],
    }.get(name, [o for o in lexicon.organizations if o.source == name])
    assert len(loaded) == len(entries)


def test_every_iso_country_is_present(lexicon: Lexicon) -> None:
    assert {c.alpha_3 for c in pycountry.countries} <= set(lexicon.country_by_iso)


def test_country_words_belong_to_one_country(lexicon: Lexicon) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for country in lexicon.countries:
        words = {country.name, *country.aliases, *country.demonyms, *country.people, *(s for s, _ in country.seats)}
        if country.capital:
            words.add(country.capital)
        for word in words:
            owners[word].add(country.iso3)
    shared = {word: codes for word, codes in owners.items() if len(codes) > 1}
    assert not shared


@pytest.mark.parametrize(
    ("iso3", "demonym", "capital"),
    [("IRN", "Iranian", "Tehran"), ("CHN", "Chinese", "Beijing"), ("RUS", "Russian", "Moscow"),
     ("USA", "American", "Washington"), ("UKR", "Ukrainian", "Kyiv"), ("CAN", "Canadian", "Ottawa")],
)  # fmt: skip
def test_curated_countries(lexicon: Lexicon, iso3: str, demonym: str, capital: str) -> None:
    country = lexicon.country_by_iso[iso3]
    assert demonym in country.demonyms
    assert country.capital == capital


@pytest.mark.parametrize(
    ("seat", "iso3", "sector"),
    [("Kremlin", "RUS", "GOV"), ("White House", "USA", "GOV"), ("Pentagon", "USA", "MIL"),
     ("Downing Street", "GBR", "GOV"), ("Elysee", "FRA", "GOV"), ("Zhongnanhai", "CHN", "GOV"),
     ("Bankova", "UKR", "GOV")],
)  # fmt: skip
def test_seats_of_power(lexicon: Lexicon, seat: str, iso3: str, sector: str) -> None:
    assert (seat, sector) in lexicon.country_by_iso[iso3].seats


def test_organisation_codes_are_known_prefixes_and_sectors(lexicon: Lexicon) -> None:
    prefixes = set(lexicon.country_by_iso) | set(lexicon.region_by_code) | NON_STATE_PREFIXES
    for org in lexicon.organizations:
        for code in [org.code, *(p.code for p in org.periods)]:
            prefix, _ = split_code(code)
            assert prefix in prefixes, org
            if prefix not in NON_STATE_PREFIXES:
                assert all(code[i : i + 3] in SECTORS for i in range(3, len(code), 3)), org


def test_shared_organisation_names_differ_by_country(lexicon: Lexicon) -> None:
    """A name used by several entries (Supreme Court, Conservative Party) is resolved by the story's country."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for org in lexicon.organizations:
        for name in {org.name, *org.aliases}:
            by_name[name].append(org.code[:3])
    for name, prefixes in by_name.items():
        assert len(prefixes) == len(set(prefixes)), f"{name!r} is listed twice for one country"


@pytest.mark.parametrize(
    ("name", "code"),
    [("IRGC", "IRNMIL"), ("Royal Canadian Navy", "CANMIL"), ("Xinhua", "CHNJRN"), ("TASS", "RUSJRN"),
     ("AFP", "FRAJRN"), ("Reuters", "GBRJRN"), ("Fars", "IRNJRN"), ("Ilna", "IRNJRN"), ("NATO", "IGOWSTNAT"),
     ("EU", "IGOEUREEC"), ("UN", "IGOUNO"), ("African Union", "IGOAFRAFU"), ("Hezbollah", "LBNREB"),
     ("Hamas", "PSEREB"), ("CIA", "USASPY"), ("BJP", "INDPTY")],
)  # fmt: skip
def test_named_organisations(lexicon: Lexicon, name: str, code: str) -> None:
    assert lexicon.organization_by_name[name].code == code


def test_people_have_dated_roles_most_recent_first(lexicon: Lexicon) -> None:
    for person in lexicon.people:
        assert person.roles, person.name
        starts = [r.start for r in person.roles if r.start]
        assert starts == sorted(starts, reverse=True), person.name
        for role in person.roles:
            assert role.sector is None or role.sector in SECTORS
            assert role.end is None or role.start is None or role.start <= role.end
        assert lexicon.person_code(person, *person.role_at(None)), person.name


def test_noun_tables_are_lower_case_with_known_sectors(lexicon: Lexicon) -> None:
    nouns = lexicon.nouns
    words = [*nouns.titles, *nouns.groups, *nouns.bodies, *nouns.governments, *nouns.locatives]
    assert all(w == w.lower() for w in words)
    sectors = [*nouns.titles.values(), *nouns.bodies.values(), *(g.sector for g in nouns.groups.values())]
    assert all(s is None or s in SECTORS for s in sectors)
    assert all(s in SECTORS for accepted in nouns.references.values() for s in accepted)
    assert set(nouns.family_first) <= set(lexicon.country_by_iso)


@pytest.mark.parametrize(
    ("word", "sector"),
    [("minister", "GOV"), ("spokesman", None), ("general", "MIL"), ("judge", "JUD"), ("senator", "LEG"),
     ("police officer", "COP"), ("cleric", "REL"), ("journalist", "JRN")],
)  # fmt: skip
def test_titles_imply_sectors(lexicon: Lexicon, word: str, sector: str | None) -> None:
    assert lexicon.nouns.titles[word] == sector


@pytest.mark.parametrize(
    ("word", "sector", "local"),
    [("students", "EDU", True), ("shopkeepers", "BUS", True), ("protesters", "CVL", True),
     ("militants", "REB", True), ("journalists", "JRN", True), ("refugees", "REF", False),
     ("workers", "LAB", True), ("clerics", "REL", True), ("doctors", "MED", True), ("troops", "MIL", False)],
)  # fmt: skip
def test_groups_imply_sectors(lexicon: Lexicon, word: str, sector: str, local: bool) -> None:
    group = lexicon.nouns.groups[word]
    assert (group.sector, group.local) == (sector, local)


def test_user_lexicon_takes_precedence(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "organizations:\n"
        "  - {name: Xinhua, code: CHNGOV, aliases: [Xinhua News Agency]}\n"
        "  - {name: Acme Militia, code: SOMREB}\n"
        "people:\n"
        "  - name: Jane Roe\n"
        "    country: KEN\n"
        "    roles: [{role: Governor, sector: GOV, start: 2022, end: null}]\n"
        "nouns:\n"
        "  groups: {local: {AGR: [pastoralists]}}\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(user)
    assert lexicon.organization_by_name["Xinhua"].code == "CHNGOV"
    assert lexicon.organization_by_name["Acme Militia"].code == "SOMREB"
    assert any(p.name == "Jane Roe" for p in lexicon.people)
    assert lexicon.nouns.groups["pastoralists"].sector == "AGR"
    assert lexicon.nouns.groups["students"].sector == "EDU"  # the shipped tables are kept
    assert str(user) in lexicon.sources


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("organizations: [{name: X, code: XXXGOV}]", "no country, region or IGO"),
        ("organizations: [{name: X, code: RUSFOO}]", "not a sector"),
        ("organizations: [{name: X}]", "missing 'code'"),
        ("people: [{name: X, country: RUS, roles: [{role: R, sector: GOV, start: 2024-05, end: 2023}]}]", "ends"),
        ("people: [{name: X, country: IGO, roles: []}]", "needs an 'org'"),
        ("people: [{name: X, country: IGO, org: Nowhere Org, roles: []}]", "not the name or alias"),
        ("actors: []", "expected a mapping with sections"),
        ("organizations: [{name: X, code: RUSGOV, colour: red}]", "unknown field"),
        ("organizations: {name: X}", "expected a list"),
        ("countries: [{iso3: ru, name: Russia}]", "three upper-case letters"),
        ("nouns: {titles: {FOO: [x]}}", "sector 'FOO'"),
        ("people: [{name: X, country: RUS, roles: [{role: R, sector: GOV, start: yesterday}]}]", "YYYY"),
        ("organizations: [{name: X, code: RUSGOV\n", "not valid YAML"),
    ],
)
def test_bad_user_lexicon_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message) as error:
        load_lexicon(user)
    assert "bad.yaml" in str(error.value) or message == "not the name or alias"


def test_missing_user_lexicon_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read lexicon"):
        load_lexicon(tmp_path / "absent.yaml")


@pytest.mark.parametrize("table", ["titles", "bodies", "groups"])
def test_a_noun_has_one_sector(table: str) -> None:
    """A word listed under two sectors would silently take the last; each word is listed once."""
    data = raw("nouns.yaml")[table]
    sections = (
        [data[key] for key in data] if table != "groups" else [s for local in data.values() for s in local.values()]
    )
    words = [w.lower() for section in sections for w in section]
    assert sorted(w for w in set(words) if words.count(w) > 1) == []
