"""Real-world events across articles: which stored event a new mention belongs to.

Within an article the event coder already groups mentions of one event under a
local cluster id ("c1"). Across articles, a local cluster joins a stored event
when the type and the actor codes are the same and the dates are within a day
(the story told by two outlets, or by one on two days); otherwise it starts a new
event. Mentions whose actors have no code, or that have no day-precise date and
no dated article, stay events of their own article: nothing can tell them apart
from a different event.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from newsgraph.model import Analysis, Event
from newsgraph.store.base import Store

TOLERANCE = timedelta(days=1)


def global_clusters(store: Store, analysis: Analysis) -> dict[str, str]:
    """Map each local cluster id of an analysis to the id of a stored (or new) event."""
    article = analysis.article
    codes = {actor.id: actor.code for actor in analysis.actors}
    groups: dict[str, list[Event]] = {}
    for event in analysis.events:
        groups.setdefault(event.cluster or event.id, []).append(event)
    mapping: dict[str, str] = {}
    for local, events in groups.items():
        own_id = f"{article.id}:{local}"
        first = events[0]
        sources = _codes(first.source, codes)
        targets = _codes(first.target, codes)
        day = _day(events, article.published.value if article.published.precision == "day" else None)
        if sources is None or targets is None or day is None:
            mapping[local] = own_id
            continue
        mapping[local] = _matching_event(store, first.type, sources, targets, day) or _new_event(
            store, own_id, first.type, sources, targets, day, article.id
        )
    return mapping


def _codes(actors: Sequence[str], codes: dict[str, str | None]) -> str | None:
    found = [codes.get(actor) for actor in actors]
    if any(code is None for code in found):
        return None
    return "|".join(sorted({code for code in found if code}))


def _day(events: Sequence[Event], published: str | None) -> date | None:
    for event in events:
        if event.date.precision == "day" and event.date.value:
            return date.fromisoformat(event.date.value[:10])
    if any(event.date.value for event in events):
        return None  # dated, but only to the month or year: too coarse to match on
    return date.fromisoformat(published) if published else None


def _matching_event(store: Store, event_type: str, sources: str, targets: str, day: date) -> str | None:
    rows = store.execute(
        "SELECT id FROM event_clusters WHERE type = ? AND source_codes = ? AND target_codes = ? "
        "AND day >= ? AND day <= ? ORDER BY day, id LIMIT 1",
        (event_type, sources, targets, (day - TOLERANCE).isoformat(), (day + TOLERANCE).isoformat()),
    )
    return str(rows[0][0]) if rows else None


def _new_event(
    store: Store, cluster_id: str, event_type: str, sources: str, targets: str, day: date, article_id: str
) -> str:
    store.execute(
        "INSERT INTO event_clusters (id, type, source_codes, target_codes, day, first_article) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (cluster_id, event_type, sources, targets, day.isoformat(), article_id),
    )
    return cluster_id
