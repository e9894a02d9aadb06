"""Quote scoring: half-overlap matching, attribution by name, optional quotes."""

from __future__ import annotations

from typing import Any

import pytest
from eval_records import TEXT, gold_article, score, span_of, system_record

QUOTED = "We will respond firmly to every provocation,"
GOLD_QUOTE = {"text": "We will respond firmly to every provocation", "speaker": ["Sergei Lavrov"], "required": True}
OPTIONAL = {"text": "without a deal", "speaker": ["Moscow"], "required": False}
GOLD = [gold_article(quotes=[GOLD_QUOTE, OPTIONAL])]


def quote(
    text: str = QUOTED, name: str | None = "Lavrov", actor: str | None = None, direct: bool = True
) -> dict[str, Any]:
    start, end = span_of(text)
    speaker = None if name is None else {"actor": actor, "name": name, "start": 0, "end": 6}
    return {"start": start, "end": end, "text": text, "direct": direct, "speaker": speaker, "cue": "said"}


def quote_figures(quotes: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    metrics = score(GOLD, [system_record(quotes=quotes)]).metrics()
    names = ("detection.precision", "detection.recall", "detection.f1", "attribution.accuracy")
    return tuple(round(metrics[f"seed.quotes.{n}"], 4) for n in names)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("case", "quotes", "expected"),
    [
        ("perfect, surname of the gold full name", [quote()], (1.0, 1.0, 1.0, 1.0)),
        ("empty", [], (0.0, 0.0, 0.0, 0.0)),
        ("wrong speaker", [quote(name="Dmitry Peskov")], (1.0, 1.0, 1.0, 0.0)),
        ("no speaker", [quote(name=None)], (1.0, 1.0, 1.0, 0.0)),
        ("full name with a role before it", [quote(name="Foreign Minister Sergei Lavrov")], (1.0, 1.0, 1.0, 1.0)),
        ("pronoun resolved to the actor", [quote(name="he", actor="a4")], (1.0, 1.0, 1.0, 1.0)),
        ("first name only is not the speaker", [quote(name="Sergei")], (1.0, 1.0, 1.0, 0.0)),
        ("duplicate quote", [quote(), quote()], (0.5, 1.0, 0.6667, 1.0)),
        ("extra quote", [quote(), quote("Russia accused Ukraine")], (0.5, 1.0, 0.6667, 1.0)),
        (
            "reported speech is not scored (the gold annotates quoted words)",
            [quote(), quote("Russia accused Ukraine", direct=False)],
            (1.0, 1.0, 1.0, 1.0),
        ),
        ("a gold quote found only as reported speech is missed", [quote(direct=False)], (0.0, 0.0, 0.0, 0.0)),
        ("quote on an optional gold quote is ignored", [quote(), quote("ended without a deal.")], (1.0, 1.0, 1.0, 1.0)),
    ],
)
def test_quote_scores(case: str, quotes: list[dict[str, Any]], expected: tuple[float, ...]) -> None:
    assert quote_figures(quotes) == expected, case


GOLD_START, GOLD_END = span_of(GOLD_QUOTE["text"])


@pytest.mark.parametrize(
    ("start", "end", "matches"),
    [
        (GOLD_END - 10, GOLD_END + 10, True),  # shares 10 of its 20 characters: exactly half of the shorter
        (GOLD_END - 9, GOLD_END + 10, False),  # shares 9 of 19: just under half
        (GOLD_START + 21, GOLD_END + 30, True),  # shares 22 of the gold's 43 (the shorter): over half
        (GOLD_START + 22, GOLD_END + 30, False),  # shares 21 of 43: under half
        (GOLD_START, GOLD_END, True),
    ],
)
def test_quote_needs_half_of_the_shorter_text(start: int, end: int, matches: bool) -> None:
    record = system_record(quotes=[{**quote(), "start": start, "end": end, "text": TEXT[start:end]}])
    assert score(GOLD, [record]).metrics()["seed.quotes.detection.recall"] == (1.0 if matches else 0.0)


def test_quote_text_without_offsets_is_matched_by_text() -> None:
    record = system_record(quotes=[{**quote(), "start": None, "end": None, "text": "We will respond firmly"}])
    assert quote_figures(record["quotes"]) == (1.0, 1.0, 1.0, 1.0)
