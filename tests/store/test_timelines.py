"""Event look-ups by actor code and dyad, on both backends."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsgraph.model import Actor, Analysis, Event, EventDate, TextSpan
from newsgraph.store import open_store
from newsgraph.store.timelines import dyad_timeline, events_by_actor


def event(number: int, source: str, target: str, date: str | None, goldstein: float) -> Event:
    return Event(
        id=f"e{number}",
        type="ATTACK",
        source=(source,),
        target=(target,),
        modality="asserted",
        evidence=TextSpan(0, 4, "Iran"),
        trigger=TextSpan(0, 4, "Iran"),
        goldstein=goldstein,
        date=EventDate(date, "day" if date else None),
    )


@pytest.fixture
def store_with_events(db_url: str, analysis: Analysis) -> str:
    actors = (
        Actor("a1", "Russia", "country", "RUSGOV"),
        Actor("a2", "Ukraine", "country", "UKRMIL"),
        Actor("a3", "Iran", "country", "IRN"),
    )
    events = (
        event(1, "a1", "a2", "2025-01-03", -10.0),
        event(2, "a1", "a2", "2025-01-20", -6.0),
        event(3, "a2", "a1", "2025-02-01", -4.0),
        event(4, "a1", "a2", "2025-03-05", -2.0),
        event(5, "a3", "a1", None, 1.0),
        event(6, "a1", "a2", None, 3.0),
    )
    with open_store(db_url) as store:
        store.save(replace(analysis, actors=actors, events=events), None, ())
    return db_url


@pytest.mark.parametrize("walk_from", [1, 5000], ids=["walking-all-events", "gathering-the-actor's"])
@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("RUS", ["e4", "e3", "e2", "e1", "e6", "e5"]),  # latest first, undated last
        ("RUSGOV", ["e4", "e3", "e2", "e1", "e6", "e5"]),
        ("UKR", ["e4", "e3", "e2", "e1", "e6"]),
        ("IRN", ["e5"]),
        ("RUSMIL", []),
        ("R", ["e4", "e3", "e2", "e1", "e6", "e5"]),
    ],
)
def test_events_by_actor_code_prefix(store_with_events: str, code: str, expected: list[str], walk_from: int) -> None:
    with open_store(store_with_events, read_only=True) as store:
        assert [hit.event_id for hit in events_by_actor(store, code, walk_from=walk_from)] == expected
        paged = events_by_actor(store, code, limit=2, offset=1, walk_from=walk_from)
        assert [hit.event_id for hit in paged] == expected[1:3]


def test_dyad_timeline_counts_dated_events_by_month_in_one_direction(store_with_events: str) -> None:
    with open_store(store_with_events, read_only=True) as store:
        timeline = dyad_timeline(store, "RUS", "UKR")
        assert [(p.month, p.events, p.mean_goldstein) for p in timeline] == [("2025-01", 2, -8.0), ("2025-03", 1, -2.0)]
        assert [(p.month, p.events) for p in dyad_timeline(store, "UKR", "RUS")] == [("2025-02", 1)]
        assert dyad_timeline(store, "IRN", "UKR") == []
