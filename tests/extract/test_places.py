"""Places through the real spaCy model and the shipped gazetteer: location or agent, and which entry."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.places import places_in, places_in_doc
from newsgraph.gazetteer import Gazetteer, load_gazetteer
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Caption, Mention, Published


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


# (sentence, mention, country ISO3, feature)
LOCATIONS = [
    ("Student protests erupted at universities in the capital Tehran.", "Tehran", "IRN", "city"),
    ("Protests spread to the central city of Isfahan on Monday.", "Isfahan", "IRN", "city"),
    ("Mishustin arrived in China to attend a forum.", "China", "CHN", "country"),
    ("Novak spoke at a business forum in Shanghai on Tuesday.", "Shanghai", "CHN", "city"),
    ("Xi invited Putin during their summit in Moscow in March.", "Moscow", "RUS", "city"),
    ("The G7 summit in Japan ended with a joint statement.", "Japan", "JPN", "country"),
    ("The flight was shot down shortly after takeoff from Tehran.", "Tehran", "IRN", "city"),
    ("A drone hit Putin's residence in Roshchino, Novgorod region, Russia.", "Roshchino", "RUS", "city"),
    ("A drone hit Putin's residence in Roshchino, Novgorod region, Russia.", "Novgorod region", "RUS", "region"),
    ("A drone hit Putin's residence in Roshchino, Novgorod region, Russia.", "Russia", "RUS", "country"),
    ("Any assets the Guards hold in Canada could be seized.", "Canada", "CAN", "country"),
    ("Heavy fighting was reported in Russia overnight.", "Russia", "RUS", "country"),
    ("Aid trucks entered the Gaza Strip through the Rafah crossing.", "Gaza Strip", "PSE", "area"),
    ("Settlers attacked a village in the West Bank.", "West Bank", "PSE", "area"),
    ("Militants operate in the Sinai Peninsula near the border.", "Sinai Peninsula", "EGY", "area"),
    ("Shelling intensified across Donbas this week.", "Donbas", "UKR", "area"),
    ("The fleet is based in Crimea.", "Crimea", "UKR", "area"),
    ("Tankers were seized in the Strait of Hormuz.", "Strait of Hormuz", None, "strait"),
    ("Houthi forces fired missiles at ships in the Red Sea.", "Red Sea", None, "sea"),
    ("Oil fields in Kurdistan were struck by drones.", "Kurdistan", "IRQ", "area"),
    ("The minister flew to Tbilisi, Georgia, for talks.", "Georgia", "GEO", "country"),
    ("The rally was held in Atlanta, Georgia, on Saturday.", "Georgia", "USA", "region"),
    ("The storm hit Paris, Texas, overnight.", "Paris", "USA", "city"),
    ("Tourists returned to Paris after the strikes ended in France.", "Paris", "FRA", "city"),
    ("Wildfires burned across California.", "California", "USA", "region"),
    ("Protesters marched through Nairobi on Friday.", "Nairobi", "KEN", "city"),
    ("Floods killed dozens in Pakistan.", "Pakistan", "PAK", "country"),
    ("An earthquake struck near Izmir in western Turkey.", "Izmir", "TUR", "city"),
    ("An earthquake struck near Izmir in western Turkey.", "Turkey", "TUR", "country"),
    ("The summit took place in Brussels.", "Brussels", "BEL", "city"),
    ("The ship docked at Odesa after the storm.", "Odesa", "UKR", "city"),
    ("Troops withdrew from Kherson in November.", "Kherson", "UKR", "city"),
    ("Clashes broke out in Khartoum and spread to Darfur.", "Khartoum", "SDN", "city"),
    ("Clashes broke out in Khartoum and spread to Darfur.", "Darfur", "SDN", "area"),
    ("Elections were held in the United States last month.", "United States", "USA", "country"),
    ("Voters in the UK went to the polls.", "UK", "GBR", "country"),
    ("The refinery near Basra was shut down.", "Basra", "IRQ", "city"),
    ("Negotiators met in Doha, Qatar, for a new round.", "Doha", "QAT", "city"),
    ("Negotiators met in Doha, Qatar, for a new round.", "Qatar", "QAT", "country"),
    ("Rescue teams worked in Aleppo province after the quake.", "Aleppo province", "SYR", "region"),
    ("Officials reported cases in Isfahan province.", "Isfahan province", "IRN", "region"),
    ("The festival returned to the streets of Rio de Janeiro.", "Rio de Janeiro", "BRA", "city"),
    ("Fishermen were detained off the coast of Somalia.", "Somalia", "SOM", "country"),
    ("Delegates gathered in Geneva for the talks.", "Geneva", "CHE", "city"),
    ("The airstrike hit a school in Rafah.", "Rafah", "PSE", "city"),
    ("Migrants crossed the English Channel in small boats.", "English Channel", None, "strait"),
    ("The convoy travelled from Lviv to Kyiv overnight.", "Lviv", "UKR", "city"),
    ("The convoy travelled from Lviv to Kyiv overnight.", "Kyiv", "UKR", "city"),
    ("Police fired tear gas at protesters outside Tbilisi's parliament.", "Tbilisi", "GEO", "city"),
    ("The navy held drills in the South China Sea.", "South China Sea", None, "sea"),
    ("Violence flared in Kashmir after the election.", "Kashmir", "IND", "area"),
    ("The plane landed in Mumbai early on Sunday.", "Mumbai", "IND", "city"),
    ("The president toured Texas after the floods.", "Texas", "USA", "region"),
    ("Russia claimed a village near Bakhmut in Ukraine's Donetsk region.", "Donetsk region", "UKR", "region"),
    ("Israeli strikes hit the southern Gaza city of Rafah overnight.", "Rafah", "PSE", "city"),
]


def _place(sentence: str, mention: str, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    places = places_in_doc(nlp.parse(sentence), gazetteer)
    start = sentence.index(mention)
    found = [p for p in places if p.start == start and p.text == mention]
    assert found, f"{mention!r} not found as a place in {sentence!r}: {places}"
    return found[0].country, found[0].feature


@pytest.mark.parametrize(("sentence", "mention", "country", "feature"), LOCATIONS)
def test_location_is_resolved_to_country_and_feature(
    sentence: str, mention: str, country: str | None, feature: str, gazetteer: Gazetteer
) -> None:
    assert _place(sentence, mention, gazetteer) == (country, feature)


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        ("Beijing, however, insists that it remains impartial toward the conflict.", "Beijing"),
        ("Russia said the attack had been repelled.", "Russia"),
        ("Ukraine said Tuesday that Russia had shown no evidence.", "Ukraine"),
        ("Ottawa broke off diplomatic ties with Tehran in 2012.", "Ottawa"),
        ("Ottawa broke off diplomatic ties with Tehran in 2012.", "Tehran"),
        ("The Guards are the ideological arm of Iran's military.", "Iran"),
        ("The move was in reaction to Ottawa declaring the Guards a terror group.", "Ottawa"),
        ("Beijing is Moscow's largest trading partner.", "Moscow"),
        ("Washington imposed new sanctions on Moscow.", "Washington"),
        ("The West views Russia and China as strategic adversaries.", "China"),
        ("Kyiv denies the attack took place.", "Kyiv"),
        ("Iran designated the Royal Canadian Navy a terrorist organization.", "Iran"),
    ],
)
def test_place_name_used_as_agent_is_not_a_place(sentence: str, agent: str, gazetteer: Gazetteer) -> None:
    places = places_in_doc(nlp.parse(sentence), gazetteer)
    start = sentence.index(agent)
    assert not [p for p in places if p.start == start], places


def test_metonym_mentions_are_skipped(gazetteer: Gazetteer) -> None:
    sentence = "Officials in Beijing said the talks in Moscow went well."
    start = sentence.index("Beijing")
    metonym = Mention(start, start + len("Beijing"), "Beijing", "METONYM", "a1")
    assert [p.text for p in places_in_doc(nlp.parse(sentence), gazetteer)] == ["Beijing", "Moscow"]
    assert [p.text for p in places_in_doc(nlp.parse(sentence), gazetteer, [metonym])] == ["Moscow"]


def test_place_records_carry_gazetteer_entry_and_offsets(gazetteer: Gazetteer) -> None:
    sentence = "Student protests erupted in the capital Tehran."
    (place,) = places_in_doc(nlp.parse(sentence), gazetteer)
    assert sentence[place.start : place.end] == "Tehran"
    assert (place.name, place.country, place.geonameid, place.feature) == ("Tehran", "IRN", 112931, "city")
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 35.69) < 0.1 and abs(place.lon - 51.42) < 0.1


def test_caption_places_use_the_article_countries(gazetteer: Gazetteer) -> None:
    draft = ArticleDraft(["Kremlin spokesman Dmitry Peskov said Russia would toughen its stance."], "x")
    draft.captions.append(Caption("Putin's residence in Roshchino, Novgorod region.", "Reuters"))
    article = draft.finish(Published("2025-12-30", "day", "option"))
    places = places_in(nlp.document(article), gazetteer)
    assert [(p.text, p.country, p.caption) for p in places] == [
        ("Roshchino", "RUS", 0),
        ("Novgorod region", "RUS", 0),
    ]


def test_small_town_without_context_is_not_guessed(gazetteer: Gazetteer) -> None:
    # Roshchino is a town of a few thousand people in two Russian regions; alone, nothing says which or that it is one
    places = places_in_doc(nlp.parse("The singer Roshchino gave a concert."), gazetteer)
    assert places == []
