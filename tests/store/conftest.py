"""A fully populated analysis, the record every store test saves and reads back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Caption,
    Event,
    EventDate,
    Mention,
    Origin,
    Place,
    Published,
    Quote,
    Source,
    Span,
    Speaker,
    TextSpan,
    Timex,
    article_id,
)

TEXT = "Iran designated the Royal Canadian Navy a terrorist organization on Tuesday.\n\nCanada condemned it."


def full_analysis(text: str = TEXT, title: str = "Iran Designates Navy") -> Analysis:
    """An analysis with one record of every kind, every optional field filled."""
    article = Article(
        id=article_id(text),
        title=title,
        text=text,
        paragraphs=(Span(0, 76), Span(78, 98)),
        captions=(Caption("A banner in Tehran.", "EPA", "2025-12-30", False),),
        published=Published("2025-12-30", "day", "caption"),
        source=Source("Example News", "https://example.org/a"),
        origin=Origin("dump.txt", 2),
    )
    return Analysis(
        article=article,
        actors=(
            Actor("a1", "Iran", "country", "IRNGOV", "IRN", "GOV", None, ("Tehran",)),
            Actor("a2", "Royal Canadian Navy", "organization", "CANMIL", "CAN", "MIL"),
        ),
        mentions=(Mention(0, 4, "Iran", "GPE", "a1"), Mention(20, 39, "Royal Canadian Navy", "ORG", "a2")),
        timexes=(Timex(65, 75, "on Tuesday", "DATE", "2025-12-30"),),
        places=(Place(0, 4, "Iran", "Iran", "IRN", 32.0, 53.0, 130758, "country"),),
        quotes=(Quote(78, 98, "Canada condemned it", False, Speaker(None, "Canada", 78, 84), "condemned"),),
        events=(
            Event(
                id="e1",
                type="SANCTION",
                source=("a1",),
                target=("a2",),
                modality="asserted",
                evidence=TextSpan(0, 76, text[:76]),
                trigger=TextSpan(5, 15, "designated"),
                mode=None,
                context=("terrorism",),
                cameo="17",
                quad=4,
                goldstein=-7.0,
                date=EventDate("2025-12-30", "day"),
                confidence=0.8,
            ),
        ),
    )


@pytest.fixture
def analysis() -> Analysis:
    return full_analysis()


@pytest.fixture
def make_analysis() -> Callable[[str, str], Analysis]:
    """Build a full analysis of another text and title."""
    return full_analysis
