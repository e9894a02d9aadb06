"""Scoring events at three levels: type, dyad and full (``gold/README.md``).

Per article, one to one, greedy. A system event matches a gold event at the

- **type** level when its evidence overlaps the gold sentence and its type is one
  of the gold types;
- **dyad** level when, in addition, one of its source codes is accepted by the gold
  source list and, when the gold target list is not empty, one of its target codes
  by the target list (``codes.code_accepted``: full codes, a country-only gold
  code takes any code that starts with it);
- **full** level when, in addition, its modality is one of the gold modalities and
  its date is consistent with the gold date where one is given (the same value, or
  a more precise one that starts with it).

Required gold events are matched first; unmatched system events whose evidence
overlaps an optional gold event's sentence are then left out (neither rewarded
nor penalised). So are the other mentions of a matched event: records that share
a ``cluster`` id with a matched record tell the same event again (the lead, a
quote, a recap), and OUTPUT.md keeps one record per mention. Per type, a gold
event counts under its first listed type and a system event under its own type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsgraph.eval.codes import side_matches
from newsgraph.eval.gold import GoldEvent
from newsgraph.eval.matching import EMPTY_PRF, PRF, Matching, match_with_optional
from newsgraph.eval.system import SysEvent
from newsgraph.eval.text import Anchor, FoldedText, anchor, shared_chars

LEVELS = ("type", "dyad", "full")


@dataclass(frozen=True)
class AnchoredEvent:
    """A gold event with its sentence located in the system's body."""

    gold: GoldEvent
    sentence: Anchor


@dataclass(frozen=True)
class EventScores:
    """Event counts over a gold set: per level, and per type and level."""

    levels: dict[str, PRF]
    by_type: dict[str, dict[str, PRF]]

    def __add__(self, other: EventScores) -> EventScores:
        levels = {level: self.levels[level] + other.levels[level] for level in LEVELS}
        by_type: dict[str, dict[str, PRF]] = {}
        for kind in sorted(set(self.by_type) | set(other.by_type)):
            mine, theirs = self.by_type.get(kind, {}), other.by_type.get(kind, {})
            by_type[kind] = {level: mine.get(level, _EMPTY_SPLIT) + theirs.get(level, _EMPTY_SPLIT) for level in LEVELS}
        return EventScores(levels, by_type)


_EMPTY_SPLIT = PRF(0, 0, 0, 0, 0)
NO_EVENTS = EventScores(dict.fromkeys(LEVELS, EMPTY_PRF), {})


def date_consistent(gold: str | None, system: str | None) -> bool:
    """Return whether a system date agrees with the gold one (no gold date: not scored)."""
    if gold is None:
        return True
    return system is not None and system.startswith(gold)


def evidence_overlaps(gold: AnchoredEvent, event: SysEvent) -> bool:
    return shared_chars(gold.sentence, event.span, event.text) > 0


def type_level(gold: AnchoredEvent, event: SysEvent) -> bool:
    return event.type in gold.gold.types and evidence_overlaps(gold, event)


def dyad_level(gold: AnchoredEvent, event: SysEvent) -> bool:
    return (
        type_level(gold, event)
        and side_matches(event.source, gold.gold.source)
        and side_matches(event.target, gold.gold.target)
    )


def full_level(gold: AnchoredEvent, event: SysEvent) -> bool:
    modality_ok = not gold.gold.modality or event.modality in gold.gold.modality
    return dyad_level(gold, event) and modality_ok and date_consistent(gold.gold.date, event.date)


_ACCEPTS: dict[str, Callable[[AnchoredEvent, SysEvent], bool]] = {
    "type": type_level,
    "dyad": dyad_level,
    "full": full_level,
}


def with_cluster_mentions(result: Matching, system: Sequence[SysEvent]) -> Matching:
    """Leave out unmatched records that are further mentions of a matched event."""
    matched = {system[j].cluster for j in result.pairs.values() if system[j].cluster}
    used = set(result.pairs.values())
    extra = {j for j, event in enumerate(system) if j not in used and event.cluster in matched}
    ignored = result.ignored | extra
    prf = PRF(len(result.pairs), len(system) - len(ignored), result.prf.gold, len(ignored))
    return Matching(result.pairs, frozenset(ignored), prf)


def score_article_events(gold: Sequence[GoldEvent], system: Sequence[SysEvent], body: FoldedText | None) -> EventScores:
    """Score one article's events; ``body`` None means no system article was found."""
    anchored = [AnchoredEvent(g, anchor(body, g.sentence)) for g in gold]
    required = [a for a in anchored if a.gold.required]
    optional = [a for a in anchored if not a.gold.required]
    levels: dict[str, PRF] = {}
    by_type: dict[str, dict[str, PRF]] = {}
    gold_types = Counter(a.gold.types[0] for a in required if a.gold.types)
    for level in LEVELS:
        result = with_cluster_mentions(
            match_with_optional(required, optional, system, _ACCEPTS[level], evidence_overlaps), system
        )
        levels[level] = result.prf
        matched_gold = Counter(required[i].gold.types[0] for i in result.pairs if required[i].gold.types)
        counted = [j for j in range(len(system)) if j not in result.ignored]
        system_types = Counter(system[j].type for j in counted)
        matched_system = Counter(system[j].type for j in result.pairs.values())
        for kind in set(gold_types) | set(system_types):
            by_type.setdefault(kind, {})[level] = PRF(
                matched_system[kind], system_types[kind], gold_types[kind], 0, matched_gold[kind]
            )
    return EventScores(levels, by_type)
