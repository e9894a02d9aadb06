"""A frame event keeps a target from the source's own country when it is another party of it.

"The opposition demanded that the president resign" is an event between two parts of
one country (VENOPP, VENGOV); "Iran demanded that Tehran's negotiators ..." names one
party twice and has no target.
"""

from __future__ import annotations

import pytest

from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Analysis, Published
from newsgraph.pipeline import Analyser
from newsgraph.settings import Settings


def analyse(sentence: str, day: str) -> Analysis:
    article = ArticleDraft([sentence], "case.txt").finish(Published(day, "day", "option"))
    return Analyser(Settings()).analyse([article])[0]


def dyads(analysis: Analysis, kind: str) -> list[tuple[list[str | None], list[str | None]]]:
    code = {a.id: a.code for a in analysis.actors}
    return [([code[s] for s in e.source], [code[t] for t in e.target]) for e in analysis.events if e.type == kind]


# (sentence, publication day, event type, source code, target code)
DOMESTIC = [
    (
        "Opposition groups in Venezuela are demanding that President Nicolas Maduro step down.",
        "2025-06-01",
        "REQUEST",
        "VENOPP",
        "VENGOV",
    ),
    (
        "Iranian students urged the government to release the detained protesters.",
        "2025-06-01",
        "REQUEST",
        "IRNEDU",
        "IRNGOV",
    ),
    (
        "Russia's foreign ministry demanded that Russian citizens leave the region.",
        "2025-06-01",
        "REQUEST",
        "RUSGOV",
        "RUSCVL",
    ),
    (
        "Opposition groups in Zimbabwe are demanding that President Mugabe abandon his policy of land seizures.",
        "2000-06-01",
        "REQUEST",
        "ZWEOPP",
        "ZWEGOV",
    ),
    (
        "An Argentine judge has ordered former president Carlos Menem to appear for questioning.",
        "2001-06-01",
        "REQUEST",
        "ARGJUD",
        "ARGELI",
    ),
]


@pytest.mark.parametrize(
    "sentence, day, kind, source, target",
    DOMESTIC,
    ids=["opposition-president", "students-government", "ministry-citizens", "opposition-president-2000", "judge-ex"],
)
def test_domestic_event_keeps_its_target(sentence: str, day: str, kind: str, source: str, target: str) -> None:
    found = dyads(analyse(sentence, day), kind)
    assert ([source], [target]) in found, found


def test_the_source_under_another_name_is_no_target() -> None:
    found = dyads(analyse("Iran demanded that Tehran's negotiators be given more time.", "2025-06-01"), "REQUEST")
    assert found == [(["IRN"], [])], found
