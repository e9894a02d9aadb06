"""The PLOVER event coder on sentences written from real-news patterns.

Each case runs the whole analysis (the real spaCy model, actors, time, places)
on a one-sentence article and checks that some event has the expected type,
source, target and modality. Codes match as the gold rules do: a country-only
expected code accepts any code of that country.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from event_cases import ALL_CASES

from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Analysis, Published
from newsgraph.pipeline import Analyser
from newsgraph.settings import Settings


@lru_cache(maxsize=1)
def analyser() -> Analyser:
    return Analyser(Settings())


def analyse(sentence: str) -> Analysis:
    article = ArticleDraft([sentence], "case.txt").finish(Published("2025-12-30", "day", "option"))
    return analyser().analyse([article])[0]


def accepts(expected: str, codes: list[str | None]) -> bool:
    return any(code is not None and code.startswith(expected) for code in codes)


def describe(analysis: Analysis) -> str:
    code = {a.id: a.code for a in analysis.actors}
    return "; ".join(
        f"{e.type} {[code[s] for s in e.source]}->{[code[t] for t in e.target]} {e.modality}" for e in analysis.events
    )


@pytest.mark.parametrize(("sentence", "event_type", "source", "target", "modality"), ALL_CASES)
def test_event_is_coded(sentence: str, event_type: str, source: str, target: str | None, modality: str | None) -> None:
    analysis = analyse(sentence)
    code = {a.id: a.code for a in analysis.actors}
    found = [
        e
        for e in analysis.events
        if e.type == event_type
        and accepts(source, [code[s] for s in e.source])
        and (target is None or accepts(target, [code[t] for t in e.target]))
        and (modality is None or e.modality == modality)
    ]
    assert found, f"expected {event_type} {source}->{target} {modality}; got: {describe(analysis)}"


NOT_EVENTS = [
    ("Airbus demonstrated the new plane to airlines in Singapore.", "PROTEST"),
    ("The phone is slated for a U.S. release in June.", "RETREAT"),
    ("Boeing must raise output to meet demand, the company said.", "CONSULT"),
    ("In February, Beijing released a paper on the conflict.", "RETREAT"),
    ("Students decried declining living standards.", "REJECT"),
    ("The summit will take place in the capital in March.", "PROTEST"),
    ("Putin spoke of increasing instability in the world.", "CONSULT"),
    ("The airline decided to remove the winglets.", "AGREE"),
]


@pytest.mark.parametrize(("sentence", "event_type"), NOT_EVENTS)
def test_no_event_is_coded_where_none_happened(sentence: str, event_type: str) -> None:
    analysis = analyse(sentence)
    assert event_type not in {e.type for e in analysis.events}, describe(analysis)


BUSINESS_NOT_EVENTS = [
    ("Airbus charges an added cost for flying the aircraft to Indonesia.", "ACCUSE"),
    ("Ford will fire 12% of its executive officers.", "THREATEN"),
    ("The storm hit homes across the region.", "ASSAULT"),
    ("Higher tariffs hit the car industry in Germany.", "ASSAULT"),
    ("The government is fighting to stem the fall of the rouble.", "ASSAULT"),
    ("General Motors announced plans to shut down 1,100 dealerships.", "COERCE"),
]


@pytest.mark.parametrize(("sentence", "event_type"), BUSINESS_NOT_EVENTS)
def test_ordinary_business_and_figurative_verbs_are_not_political_events(sentence: str, event_type: str) -> None:
    analysis = analyse(sentence)
    assert event_type not in {e.type for e in analysis.events}, describe(analysis)
