"""Hand-built gold articles and system records for the scorer tests."""

from __future__ import annotations

from typing import Any

from newsgraph.eval.gold import GoldArticle, parse_gold_article
from newsgraph.eval.report import Report
from newsgraph.eval.seed import score_seed
from newsgraph.eval.system import read_system_record

TEXT = (
    "Russia accused Ukraine of a drone attack on Tuesday, officials said.\n\n"
    "\u201cWe will respond firmly to every provocation,\u201d Foreign Minister Sergei Lavrov said.\n\n"
    "The talks in Moscow ended without a deal."
)
ACTORS = [
    {"id": "a1", "name": "Russia", "kind": "country", "code": "RUSGOV"},
    {"id": "a2", "name": "Ukraine", "kind": "country", "code": "UKRGOV"},
    {"id": "a3", "name": "France", "kind": "country", "code": "FRAGOV"},
    {"id": "a4", "name": "Sergei Lavrov", "kind": "person", "code": "RUSGOV", "aliases": ["Lavrov"]},
    {"id": "a5", "name": "Russia", "kind": "country", "code": "RUS"},
]


def span_of(text: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return start, start + len(text)


def gold_article(**fields: Any) -> GoldArticle:
    record: dict[str, Any] = {"doc": "story.txt", "article": 1, "title": "Russia accuses Ukraine", "published": None}
    record.update(fields)
    return parse_gold_article(record)


def event(
    kind: str = "ACCUSE",
    source: tuple[str, ...] = ("a1",),
    target: tuple[str, ...] = ("a2",),
    modality: str = "asserted",
    date: str | None = "2025-12-30",
    evidence: str = "Russia accused Ukraine of a drone attack on Tuesday, officials said.",
    confidence: float = 0.8,
    cluster: str | None = None,
) -> dict[str, Any]:
    start, end = span_of(evidence)
    return {
        "id": "e1",
        "cluster": cluster,
        "type": kind,
        "source": list(source),
        "target": list(target),
        "modality": modality,
        "date": {"value": date, "precision": "day" if date else None},
        "evidence": {"start": start, "end": end, "text": evidence},
        "trigger": {"start": start, "end": start + 6, "text": evidence[:6]},
        "confidence": confidence,
    }


def system_record(text: str = TEXT, title: str | None = "Russia accuses Ukraine", **lists: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "article": {
            "id": "x",
            "title": title,
            "text": text,
            "published": {"value": None, "precision": None, "source": "none"},
            "captions": [],
            "origin": {"path": "inputs/story.txt", "index": 0},
        },
        "actors": ACTORS,
    }
    record.update(lists)
    return record


def score(gold: list[GoldArticle], records: list[dict[str, Any]]) -> Report:
    return score_seed(gold, [read_system_record(r) for r in records], "test")
