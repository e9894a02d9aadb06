"""PLOVER gold standard records (Open Event Data Alliance, CC BY-SA 4.0): one sentence each.

Each record is a sentence with one hand-coded event: a type, source and target
actors (country code + sector) and sometimes a mode. The file predates the
current type names; they are mapped as its README says (DEMAND → REQUEST,
DISAPPROVE → ACCUSE, INVESTIGATE → ACCUSE with mode "investigate", FIGHT →
ASSAULT), the first record (type DOCUMENT) is documentation and skipped, and
pre-ISO country codes (JAP) become ISO3 (JPN).

A gold actor code is the ISO3 country followed by the primary sector, the
sector's first three capital letters (``HUN`` + ``GOV`` → ``HUNGOV``; ethnic or
religious suffixes such as ``CVLalb`` or ``REBMOS`` are dropped, ``***`` means no
sector). An empty or missing side is not scored.

Figures:

- **top-type accuracy**: the share of records whose gold type is the type of the
  system's most confident event for the sentence (first one on a tie); a
  sentence with no system event counts as a miss.
- **type** and **dyad** precision/recall/F1 over events, with the seed gold's
  rules: a system event matches the record at the type level when its type is the
  gold type, at the dyad level when in addition a source code and (if the gold
  has targets) a target code are accepted (``codes.code_accepted``). One gold
  event per sentence, so every further system event of a sentence counts against
  precision.
- per gold type: top-type accuracy and dyad P/R/F1 (precision over the system
  events of that type).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.eval.codes import iso_country, side_matches
from newsgraph.eval.matching import PRF, ratio
from newsgraph.eval.report import Report, Row, Section, prf_row
from newsgraph.eval.system import SysEvent

OLD_TYPES = {
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
    "FIGHT": ("ASSAULT", None),
}
_SECTOR = re.compile(r"^[A-Z]{3}")


@dataclass(frozen=True)
class GsrRecord:
    """One gold sentence and its event."""

    id: str
    text: str
    type: str
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]


def parse_gsr(data: bytes, where: str) -> list[GsrRecord]:
    """Parse the PLOVER GSR JSON file; raise UsageError when it is not one."""
    try:
        records = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise UsageError(f"{where}: not JSON ({error}); expected the PLOVER GSR file (a JSON list)") from None
    if not isinstance(records, list) or not all(isinstance(r, Mapping) for r in records):
        raise UsageError(f"{where}: expected a JSON list of PLOVER records")
    parsed = [_record(r, where) for r in records if r.get("event") != "DOCUMENT"]
    if not parsed:
        raise UsageError(f"{where}: no PLOVER event records")
    return parsed


def _record(record: Mapping[str, Any], where: str) -> GsrRecord:
    try:
        old = str(record["event"]).upper()
        text = str(record["text"])
    except KeyError as error:
        raise UsageError(f"{where}: record {record.get('id', '?')} lacks {error}; expected event and text") from None
    kind, mode = OLD_TYPES.get(old, (old, None))
    own_mode = record.get("mode")
    return GsrRecord(
        id=str(record.get("id", "")),
        text=text,
        type=kind,
        mode=mode or (str(own_mode) if own_mode else None),
        source=_codes(record.get("source")),
        target=_codes(record.get("target")),
    )


def _codes(side: Any) -> tuple[str, ...]:
    """Gold codes of one side; anything but a list of actors (``""``, a stray word) is empty."""
    if not isinstance(side, list):
        return ()
    codes: list[str] = []
    for actor in side:
        if not isinstance(actor, Mapping) or not actor.get("code"):
            continue
        sector = _SECTOR.match(str(actor.get("sector") or ""))
        codes.append(iso_country(str(actor["code"])) + (sector.group(0) if sector else ""))
    return tuple(codes)


def top_event(events: Sequence[SysEvent]) -> SysEvent | None:
    """Return the system's most confident event (the first of equals), or None."""
    best: SysEvent | None = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def _dyad(record: GsrRecord, event: SysEvent) -> bool:
    return (
        event.type == record.type
        and side_matches(event.source, record.source)
        and side_matches(event.target, record.target)
    )


def score_plover(items: Sequence[tuple[GsrRecord, Sequence[SysEvent]]], description: str) -> Report:
    """Score the system's events of each sentence; return the report."""
    typed = dyad = PRF(0, 0, 0)
    records: Counter[str] = Counter()  # per gold type
    top_right: Counter[str] = Counter()
    dyad_right: Counter[str] = Counter()
    system_types: Counter[str] = Counter()  # per system type
    matched_types: Counter[str] = Counter()
    for record, events in items:
        top = top_event(events)
        dyad_event = next((e for e in events if _dyad(record, e)), None)
        typed += PRF(int(any(e.type == record.type for e in events)), len(events), 1)
        dyad += PRF(int(dyad_event is not None), len(events), 1)
        records[record.type] += 1
        top_right[record.type] += int(top is not None and top.type == record.type)
        dyad_right[record.type] += int(dyad_event is not None)
        system_types.update(e.type for e in events)
        if dyad_event is not None:
            matched_types[dyad_event.type] += 1
    right = sum(top_right.values())
    rows = (
        Row("top_type", {"accuracy": ratio(right, len(items))}, {"right": right, "records": len(items)}),
        prf_row("type", typed),
        prf_row("dyad", dyad),
    )
    by_type = []
    for kind in sorted(records):
        prf = PRF(matched_types[kind], system_types[kind], records[kind], 0, dyad_right[kind])
        figures = {"top_type_accuracy": ratio(top_right[kind], records[kind])}
        figures |= {"dyad_p": prf.precision, "dyad_r": prf.recall, "dyad_f1": prf.f1}
        by_type.append(Row(kind, figures, {"records": records[kind], "system": system_types[kind]}))
    sections = (
        Section(
            "events",
            "events",
            rows,
            (
                "top_type: the gold type is the type of the system's most confident event for the sentence",
                "type/dyad: one gold event per sentence; every system event counts toward precision",
            ),
        ),
        Section("events.by_type", "events by gold type", tuple(by_type)),
    )
    return Report("plover", description, sections)
