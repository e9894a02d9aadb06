"""Event look-ups by actor code: an actor's latest events, a dyad's month-by-month timeline.

Codes match by prefix (``RUS`` finds ``RUSGOV`` and ``RUSMIL``), written as a range
(``code >= 'RUS' AND code < 'RUS\\uffff'``) rather than ``LIKE`` so that both SQLite
and PostgreSQL answer from the ``event_actors_code_event`` index (migration 0002),
whatever the database's case rules or locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.store.base import Store

_PREFIX_END = "\uffff"
# Walking all events newest first costs about limit / (share of events that match) index
# steps; gathering an actor's events costs one step each. They cross near sqrt(limit ×
# events), a few thousand for 50 of a million events.
WALK_FROM = 5000
_HIT_COLUMNS = "e.article_id, e.event_id, e.date_value, e.type, e.modality, e.goldstein"
# the order the events_date_event index (migration 0002) gives read backwards
_NEWEST_FIRST = "e.date_value DESC NULLS LAST, e.article_id DESC, e.event_id DESC"


@dataclass(frozen=True)
class EventHit:
    """One event mention in a listing: where it is, when, what, and how sure."""

    article_id: str
    event_id: str
    date: str | None
    type: str
    modality: str
    goldstein: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "event_id": self.event_id,
            "date": self.date,
            "type": self.type,
            "modality": self.modality,
            "goldstein": self.goldstein,
        }


@dataclass(frozen=True)
class TimelinePoint:
    """A dyad's events in one month: how many, and their mean Goldstein score."""

    month: str
    events: int
    mean_goldstein: float | None


def events_by_actor(
    store: Store, code: str, limit: int = 50, offset: int = 0, walk_from: int = WALK_FROM
) -> list[EventHit]:
    """Events with an actor (source or target) whose code starts with ``code``, newest first, undated last.

    Two plans, chosen by how many event roles match (counted up to ``walk_from``):
    a frequent actor's latest events are found by walking all events newest first
    until enough match; a rare actor's few events are gathered, then sorted.
    """
    bounds = (code, code + _PREFIX_END)
    matches = store.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM event_actors WHERE code >= ? AND code < ? LIMIT ?) AS m",
        (*bounds, walk_from),
    )
    if int(matches[0][0]) >= walk_from:
        sql = (
            f"SELECT {_HIT_COLUMNS} FROM events e WHERE EXISTS (SELECT 1 FROM event_actors ea "
            "WHERE ea.article_id = e.article_id AND ea.event_id = e.event_id AND ea.code >= ? AND ea.code < ?) "
            f"ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?"
        )
    else:
        sql = (
            "WITH hits AS (SELECT DISTINCT article_id, event_id FROM event_actors WHERE code >= ? AND code < ?) "
            f"SELECT {_HIT_COLUMNS} FROM hits h JOIN events e ON e.article_id = h.article_id "
            f"AND e.event_id = h.event_id ORDER BY {_NEWEST_FIRST} LIMIT ? OFFSET ?"
        )
    rows = store.execute(sql, (*bounds, limit, offset))
    return [EventHit(r[0], r[1], r[2], r[3], r[4], None if r[5] is None else float(r[5])) for r in rows]


def dyad_timeline(store: Store, source: str, target: str) -> list[TimelinePoint]:
    """Month by month, the dated events whose source code starts with ``source`` and target's with ``target``."""
    rows = store.execute(
        "WITH dyad AS ("
        "SELECT article_id, event_id FROM event_actors WHERE code >= ? AND code < ? AND role = 'source' "
        "INTERSECT "
        "SELECT article_id, event_id FROM event_actors WHERE code >= ? AND code < ? AND role = 'target') "
        "SELECT substr(e.date_value, 1, 7) AS month, COUNT(*), AVG(e.goldstein) "
        "FROM dyad d JOIN events e ON e.article_id = d.article_id AND e.event_id = d.event_id "
        "WHERE e.date_value IS NOT NULL GROUP BY substr(e.date_value, 1, 7) ORDER BY month",
        (source, source + _PREFIX_END, target, target + _PREFIX_END),
    )
    return [TimelinePoint(str(r[0]), int(r[1]), None if r[2] is None else float(r[2])) for r in rows]
