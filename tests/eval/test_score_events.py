"""Event scoring on hand-built system output with known scores (gold/README.md rules)."""

from __future__ import annotations

from typing import Any

import pytest
from eval_records import event, gold_article, score, system_record

from newsgraph.eval.score_events import date_consistent

ACCUSATION = {
    "sentence": "Russia accused Ukraine of a drone attack",
    "type": ["ACCUSE"],
    "source": ["RUSGOV"],
    "target": ["UKR"],
    "modality": ["asserted"],
    "date": "2025-12",
    "required": True,
}
TALKS = {
    "sentence": "The talks in Moscow ended",
    "type": ["CONSULT"],
    "source": ["RUS"],
    "target": [],
    "modality": ["asserted"],
    "date": None,
    "required": False,
}
OTHER_SENTENCE = "Foreign Minister Sergei Lavrov said."
GOLD = [gold_article(events=[ACCUSATION, TALKS])]


def figures(events: list[dict[str, Any]], level: str) -> tuple[float, float, float]:
    metrics = score(GOLD, [system_record(events=events)]).metrics()
    return tuple(round(metrics[f"seed.events.{level}.{m}"], 4) for m in ("precision", "recall", "f1"))  # type: ignore[return-value]


PERFECT = (1.0, 1.0, 1.0)
ZERO = (0.0, 0.0, 0.0)
HALF_PRECISION = (0.5, 1.0, 0.6667)


@pytest.mark.parametrize(
    ("case", "events", "expected"),
    [
        ("perfect", [event()], {"type": PERFECT, "dyad": PERFECT, "full": PERFECT}),
        ("empty", [], {"type": ZERO, "dyad": ZERO, "full": ZERO}),
        ("wrong type", [event(kind="SANCTION")], {"type": ZERO, "dyad": ZERO, "full": ZERO}),
        ("wrong source", [event(source=("a3",))], {"type": PERFECT, "dyad": ZERO, "full": ZERO}),
        ("wrong target", [event(target=("a3",))], {"type": PERFECT, "dyad": ZERO, "full": ZERO}),
        ("wrong modality", [event(modality="claimed")], {"type": PERFECT, "dyad": PERFECT, "full": ZERO}),
        ("no date", [event(date=None)], {"type": PERFECT, "dyad": PERFECT, "full": ZERO}),
        ("coarser date", [event(date="2025")], {"type": PERFECT, "dyad": PERFECT, "full": ZERO}),
        ("other date", [event(date="2025-11-30")], {"type": PERFECT, "dyad": PERFECT, "full": ZERO}),
        ("same-precision date", [event(date="2025-12")], {"type": PERFECT, "dyad": PERFECT, "full": PERFECT}),
        (
            "extra event elsewhere",
            [event(), event(kind="THREATEN", evidence=OTHER_SENTENCE)],
            {"type": HALF_PRECISION, "dyad": HALF_PRECISION, "full": HALF_PRECISION},
        ),
        (
            "duplicate event",
            [event(), event()],
            {"type": HALF_PRECISION, "dyad": HALF_PRECISION, "full": HALF_PRECISION},
        ),
        (
            "a second mention of a matched event (same cluster) is neither rewarded nor penalised",
            [event(cluster="c1"), event(kind="ACCUSE", evidence=OTHER_SENTENCE, cluster="c1")],
            {"type": PERFECT, "dyad": PERFECT, "full": PERFECT},
        ),
        (
            "a duplicate in another cluster still counts against precision",
            [event(cluster="c1"), event(cluster="c2")],
            {"type": HALF_PRECISION, "dyad": HALF_PRECISION, "full": HALF_PRECISION},
        ),
        (
            "mentions of an unmatched event all count against precision",
            [event(kind="SANCTION", cluster="c1"), event(kind="SANCTION", evidence=OTHER_SENTENCE, cluster="c1")],
            {"type": ZERO, "dyad": ZERO, "full": ZERO},
        ),
        (
            "evidence elsewhere",
            [event(evidence=OTHER_SENTENCE)],
            {"type": ZERO, "dyad": ZERO, "full": ZERO},
        ),
        (
            "event on an optional gold event is ignored",
            [event(), event(kind="CONSULT", source=("a5",), target=(), evidence="The talks in Moscow ended")],
            {"type": PERFECT, "dyad": PERFECT, "full": PERFECT},
        ),
        (
            "any event overlapping an optional gold event is ignored, right or wrong",
            [event(), event(kind="ASSAULT", evidence="talks in Moscow ended without a deal.")],
            {"type": PERFECT, "dyad": PERFECT, "full": PERFECT},
        ),
        (
            "an optional gold event alone is not rewarded",
            [event(kind="CONSULT", source=("a5",), target=(), evidence="The talks in Moscow ended")],
            {"type": ZERO, "dyad": ZERO, "full": ZERO},
        ),
        (
            "source given as a code rather than an actor id",
            [event(source=("RUSGOV",), target=("UKRMIL",))],
            {"type": PERFECT, "dyad": PERFECT, "full": PERFECT},
        ),
        (
            "a second source code may be the right one",
            [event(source=("a3", "a1"))],
            {"type": PERFECT, "dyad": PERFECT, "full": PERFECT},
        ),
    ],
)
def test_event_scores_at_each_level(
    case: str, events: list[dict[str, Any]], expected: dict[str, tuple[float, ...]]
) -> None:
    for level, values in expected.items():
        assert figures(events, level) == values, f"{case}: {level}"


@pytest.mark.parametrize(
    ("gold_source", "system_source", "matches"),
    [
        (["RUS"], "RUSGOV", True),  # a country-only gold code accepts any code that starts with it
        (["RUS"], "RUS", True),
        (["RUSGOV"], "RUS", False),  # a full gold code needs the full code
        (["RUSGOV"], "RUSMIL", False),
        (["RUSGOV", "RUS"], "RUSMIL", True),
        (["RU"], "RUSGOV", False),
    ],
)
def test_code_matching_rule(gold_source: list[str], system_source: str, matches: bool) -> None:
    gold = [gold_article(events=[{**ACCUSATION, "source": gold_source}])]
    record = system_record(events=[event(source=(system_source,))])
    assert score(gold, [record]).metrics()["seed.events.dyad.recall"] == (1.0 if matches else 0.0)


def test_empty_gold_target_is_not_scored() -> None:
    gold = [gold_article(events=[{**ACCUSATION, "target": []}])]
    assert score(gold, [system_record(events=[event(target=())])]).metrics()["seed.events.dyad.f1"] == 1.0


def test_matching_is_one_to_one_and_finds_every_pair() -> None:
    # two gold events on one sentence; the first accepts either system event, the second only one
    broad = {**ACCUSATION, "source": ["RUS", "FRA"], "target": []}
    narrow = {**ACCUSATION, "source": ["RUSGOV"]}
    gold = [gold_article(events=[broad, narrow])]
    events = [event(), event(source=("a3",), target=())]
    metrics = score(gold, [system_record(events=events)]).metrics()
    assert (metrics["seed.events.dyad.precision"], metrics["seed.events.dyad.recall"]) == (1.0, 1.0)


def test_per_type_figures_count_gold_under_its_first_type() -> None:
    gold = [gold_article(events=[{**ACCUSATION, "type": ["ACCUSE", "REJECT"]}])]
    report = score(
        gold, [system_record(events=[event(kind="REJECT"), event(kind="SANCTION", evidence=OTHER_SENTENCE)])]
    )
    metrics = report.metrics()
    assert metrics["seed.events.by_type.ACCUSE.type_r"] == 1.0  # the ACCUSE gold event was found (as REJECT)
    assert metrics["seed.events.by_type.ACCUSE.type_p"] == 0.0  # no system event was typed ACCUSE
    assert "seed.events.by_type.SANCTION.type_p" not in metrics  # types the gold lacks are noted, not gated
    notes = next(s for s in report.sections if s.key == "events.by_type").notes
    assert any("REJECT 1" in note and "SANCTION 1" in note for note in notes)


@pytest.mark.parametrize(
    ("gold", "system", "consistent"),
    [
        (None, None, True),
        (None, "2020", True),
        ("2024", "2024-06-19", True),
        ("2024-06-19", "2024-06-19", True),
        ("2024-06-19", "2024-06", False),
        ("2024-06", "2024-07-01", False),
        ("2024", None, False),
    ],
)
def test_date_consistency(gold: str | None, system: str | None, consistent: bool) -> None:
    assert date_consistent(gold, system) is consistent
