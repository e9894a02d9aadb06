"""Caption parsing: credits apart, archive photos flagged, the photo's date found."""

from __future__ import annotations

import pytest

from newsgraph.ingest.captions import parse_caption


@pytest.mark.parametrize(
    ("line", "text", "credit", "date", "archive"),
    [
        ("Leaders meet in Beijing on Thursday. (EPA)", "Leaders meet in Beijing on Thursday.", "EPA", None, False),
        (
            "Traders protest in Tehran on December 29, 2025. (Handout / Fars News Agency / AFP)",
            "Traders protest in Tehran on December 29, 2025.",
            "Handout / Fars News Agency / AFP",
            "2025-12-29",
            False,
        ),
        (
            "A satellite image of a complex on August 31, 2023. 2025 Planet Labs PBC, via Reuters (archive)",
            "A satellite image of a complex on August 31, 2023.",
            "2025 Planet Labs PBC, via Reuters",
            "2023-08-31",
            True,
        ),
        (
            "Banner in Tehran, Iran, 30 December 2025. (EPA)",
            "Banner in Tehran, Iran, 30 December 2025.",
            "EPA",
            "2025-12-30",
            False,
        ),
        (
            "FILE PHOTO: Troops parade in Moscow, May 9, 2021. (Reuters)",
            "Troops parade in Moscow, May 9, 2021.",
            "Reuters",
            "2021-05-09",
            True,
        ),
        ("Rescuers search the rubble. (File photo)", "Rescuers search the rubble.", None, None, True),
        ("Rescuers search the rubble. Photo by Jane Doe/AP", "Rescuers search the rubble.", "Jane Doe/AP", None, False),
        ("Rescuers search the rubble (Getty Images)", "Rescuers search the rubble", "Getty Images", None, False),
        ("Smoke rises over the city (Ukraine)", "Smoke rises over the city (Ukraine)", None, None, False),
        (
            "Smoke rises over the city on Friday, Aug. 9, 2013.",
            "Smoke rises over the city on Friday, Aug. 9, 2013.",
            None,
            "2013-08-09",
            False,
        ),
        ("The minister speaks. \u00a9 Reuters", "The minister speaks.", "\u00a9 Reuters", None, False),
    ],
)
def test_parse_caption(line: str, text: str, credit: str | None, date: str | None, archive: bool) -> None:
    caption = parse_caption(line)
    assert (caption.text, caption.credit, caption.date, caption.archive) == (text, credit, date, archive)
