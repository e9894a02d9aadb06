"""The date and place that govern a clause, on realistic news sentences."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.governing import governing_place, governing_setting, governing_time
from newsgraph.extract.places import places_in
from newsgraph.extract.timexes import timexes_in
from newsgraph.gazetteer import load_gazetteer
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Published

CASES = [
    # (sentence, trigger, governing time text, governing place text)
    (
        "Ukraine said Tuesday that Russia launched a drone attack on Putin's home in Novgorod region.",
        "said",
        "Tuesday",
        None,
    ),
    (
        "Ukraine said Tuesday that Russia launched a drone attack on Putin's home in Novgorod region.",
        "launched",
        None,
        "Novgorod region",
    ),
    (
        "Protesters gathered in Tehran on Monday and marched to the parliament, police said on Tuesday.",
        "gathered",
        "Monday",
        "Tehran",
    ),
    (
        "Protesters gathered in Tehran on Monday and marched to the parliament, police said on Tuesday.",
        "marched",
        "Monday",
        "Tehran",
    ),
    (
        "Protesters gathered in Tehran on Monday and marched to the parliament, police said on Tuesday.",
        "said",
        "Tuesday",
        None,
    ),
    (
        "The flight was shot down after takeoff from Tehran in January 2020, killing all 176 passengers.",
        "shot",
        "January 2020",
        "Tehran",
    ),
    (
        "The flight was shot down after takeoff from Tehran in January 2020, killing all 176 passengers.",
        "killing",
        "January 2020",
        "Tehran",
    ),
    (
        "Ottawa broke off diplomatic ties with Tehran in 2012, calling Iran the most significant threat.",
        "broke",
        "2012",
        None,
    ),
    (
        "Novak told a business forum in Shanghai on Tuesday that energy supplies to China would increase in 2023.",
        "told",
        "Tuesday",
        "Shanghai",
    ),
    (
        "Novak told a business forum in Shanghai on Tuesday that energy supplies to China would increase in 2023.",
        "increase",
        "2023",
        None,
    ),
    (
        "The United States listed the Guards in April 2019 while Australia did the same last month.",
        "listed",
        "April 2019",
        None,
    ),
    (
        "The United States listed the Guards in April 2019 while Australia did the same last month.",
        "did",
        "last month",
        None,
    ),
    ("Student protests erupted on Tuesday at universities in the capital Tehran.", "protests", "Tuesday", "Tehran"),
]


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


@pytest.mark.parametrize(("sentence", "trigger", "time", "place"), CASES)
def test_clause_gets_its_own_date_and_place(
    sentence: str, trigger: str, time: str | None, place: str | None, gazetteer
) -> None:  # type: ignore[no-untyped-def]
    document = nlp.document(ArticleDraft([sentence], "x").finish(Published("2025-12-30", "day", "option")))
    token = next(t for t in document.doc if t.text == trigger)
    timex = governing_time(document, timexes_in(document), token)
    located = governing_place(document, places_in(document, gazetteer), token)
    assert (timex.text if timex else None, located.text if located else None) == (time, place)


def test_a_span_and_both_lookups_at_once(gazetteer) -> None:  # type: ignore[no-untyped-def]
    sentence = "Police said the blast hit a market in Kabul on Sunday. Officials met in Doha on Monday."
    document = nlp.document(ArticleDraft([sentence], "x").finish(Published("2025-12-30", "day", "option")))
    second = list(document.doc.sents)[1]
    timex, place = governing_setting(document, timexes_in(document), places_in(document, gazetteer), second)
    assert (timex and timex.value, place and place.text) == ("2025-12-29", "Doha")
