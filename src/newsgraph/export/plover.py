"""PLOVER JSON records, one per line, one per event mention.

Field names follow the "JSON Data Fields" chapter of the PLOVER manual (Open
Event Data Alliance, CC BY-SA 4.0): ``id``, ``date``, ``actor`` and ``recipient``
(lists of actor objects with ``code``, ``sector``, ``actor_text``, ``office``),
``event``, ``mode``, ``context``, ``event_text``, ``quad_code``, ``event_scale``,
``event_loc`` (GeoNames-style names), ``text``, ``text_info``, ``link`` and
``cite_info``. The manual lets a provider add fields; newsgraph adds
``modality`` and ``confidence``, because a claimed event is not an event that
happened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO

from newsgraph import __version__
from newsgraph.store.queries import ActorRef, EventRow

CODEBOOK = "PLOVER 2021 types (newsgraph coder)"


def plover_record(row: EventRow) -> dict[str, Any]:
    """Return the PLOVER record of one event mention."""
    e, a = row.event, row.article
    location = e.location
    return {
        "id": f"{a.id}-{e.id}",
        "date": e.date.value,
        "date_precision": e.date.precision,
        "actor": [_actor(x) for x in row.source_actors],
        "recipient": [_actor(x) for x in row.target_actors],
        "event": e.type,
        "mode": e.mode,
        "context": list(e.context),
        "event_text": [e.trigger.text],
        "quad_code": e.quad,
        "event_scale": e.goldstein,
        "event_loc": (
            {"name": location.name, "cc3": location.country, "latitude": location.lat, "longitude": location.lon}
            if location
            else None
        ),
        "text": e.evidence.text,
        "text_info": {"start": e.evidence.start, "end": e.evidence.end},
        "link": e.cluster,
        "cite_info": {
            "citation": a.id,
            "url": a.url,
            "title": a.title,
            "publication": a.source_name,
            "language": "en",
            "coder": f"newsgraph {__version__}",
            "codebook": CODEBOOK,
        },
        "modality": e.modality,
        "confidence": e.confidence,
    }


def _actor(actor: ActorRef) -> dict[str, Any]:
    code = actor.code or ""
    return {
        "code": actor.country or (code[:3] or None),
        "sector": actor.sector or (code[3:] or None),
        "actor_text": actor.name,
        "office": actor.role,
        "full_code": actor.code,
    }


def write_jsonl(rows: Iterable[EventRow], out: BinaryIO) -> int:
    """Write one PLOVER record per line; return the count."""
    count = 0
    for row in rows:
        out.write(json.dumps(plover_record(row), ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count
