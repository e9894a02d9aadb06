"""Timex and place scoring: overlap hits, values and countries, repeated texts, captions."""

from __future__ import annotations

from typing import Any

import pytest
from eval_records import gold_article, score, system_record

TEXT = (
    "Officials in Tehran said on Tuesday that Tehran would not attend the talks in Moscow.\n\n"
    "Moscow rejected the claim. The drone was seen over Roshchino last month."
)
CAPTION_DATE = "December 29, 2025"  # printed only in a caption: not in the body


def mark(text: str, occurrence: int = 0, **fields: Any) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text, **fields}


def timex_figures(timexes: list[dict[str, Any]]) -> tuple[float, float]:
    gold = gold_article(
        timexes=[
            {"text": "on Tuesday", "value": "2025-12-30"},
            {"text": CAPTION_DATE, "value": "2025-12-29"},
            {"text": "last month", "value": "2025-11"},
        ]
    )
    metrics = score([gold], [system_record(text=TEXT, timexes=timexes)]).metrics()
    return round(metrics["seed.timexes.detection.hit_rate"], 4), round(metrics["seed.timexes.value.accuracy"], 4)


TUESDAY = mark("Tuesday", type="DATE", value="2025-12-30")
LAST_MONTH = mark("last month", type="DATE", value="2025-11")
# a caption's timex: its offsets index the caption, not the body, so only its text can match
IN_CAPTION = {"start": 80, "end": 97, "text": CAPTION_DATE, "type": "DATE", "value": "2025-12-29"}


@pytest.mark.parametrize(
    ("case", "timexes", "expected"),
    [
        ("all found with their values", [TUESDAY, LAST_MONTH, IN_CAPTION], (1.0, 1.0)),
        ("empty", [], (0.0, 0.0)),
        (
            "a wrong value is a hit but not a right value",
            [TUESDAY, {**LAST_MONTH, "value": "2025-12"}],
            (0.6667, 0.3333),
        ),
        (
            "a caption date without offsets matches by text",
            [{**IN_CAPTION, "start": None, "end": None}],
            (0.3333, 0.3333),
        ),
        (
            "a body timex cannot stand for a caption-only gold",
            [mark("Tuesday", type="DATE", value="2025-12-29")],
            (0.3333, 0.0),
        ),
        (
            "one system timex hits one gold timex",
            [
                mark(
                    TEXT[TEXT.index("on Tuesday") : TEXT.index("last month") + 10],
                    type="DATE",
                    value="2025-12-30",
                )
            ],
            (0.3333, 0.3333),
        ),
    ],
)
def test_timex_hits_and_values(case: str, timexes: list[dict[str, Any]], expected: tuple[float, float]) -> None:
    assert timex_figures(timexes) == expected, case


GOLD_PLACES = gold_article(
    places=[
        {"text": "Moscow", "country": "RUS", "context": "the talks in Moscow"},
        {"text": "Tehran", "country": "IRN"},
        {"text": "Roshchino", "country": "RUS"},
    ]
)


def place(text: str, occurrence: int = 0, country: str = "RUS") -> dict[str, Any]:
    return mark(text, occurrence, name=text, country=country, lat=None, lon=None)


def place_figures(places: list[dict[str, Any]]) -> tuple[float, float, float]:
    metrics = score([GOLD_PLACES], [system_record(text=TEXT, places=places)]).metrics()
    names = ("detection.precision", "detection.recall", "country.accuracy")
    return tuple(round(metrics[f"seed.places.{n}"], 4) for n in names)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("case", "places", "expected"),
    [
        ("all found", [place("Moscow"), place("Tehran", country="IRN"), place("Roshchino")], (1.0, 1.0, 1.0)),
        ("empty", [], (0.0, 0.0, 0.0)),
        ("wrong country", [place("Roshchino", country="UKR")], (0.0, 0.0, 0.0)),
        ("the context picks the occurrence", [place("Moscow", 1)], (0.0, 0.0, 0.0)),
        ("the occurrence the context names", [place("Moscow", 0), place("Moscow", 1)], (0.5, 0.3333, 1.0)),
        (
            "a repeated place without context: further mentions are not penalised",
            [place("Tehran", 0, "IRN"), place("Tehran", 1, "IRN")],
            (1.0, 0.3333, 1.0),
        ),
        (
            "a repeated place with a wrong country is",
            [place("Tehran", 0, "IRN"), place("Tehran", 1, "USA")],
            (0.5, 0.3333, 1.0),
        ),
        (
            "a place the gold does not list costs precision",
            [place("Roshchino"), place("Officials", 0, "IRN")],
            (0.5, 0.3333, 1.0),
        ),
    ],
)
def test_place_hits_and_countries(
    case: str, places: list[dict[str, Any]], expected: tuple[float, float, float]
) -> None:
    assert place_figures(places) == expected, case
