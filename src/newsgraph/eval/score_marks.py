"""Scoring time expressions and places: found by overlap, then value or country.

Timexes: a gold timex is hit when a system timex overlaps its text (one to one,
greedy); value accuracy is the share of gold timexes hit with exactly the gold
TIMEX3 value, type accuracy likewise for the TIMEX3 type. An exact-span count
gives the strict TempEval figure next to the overlap one.

Places: a gold place is hit when a system place overlaps its text and has the gold
country. Country accuracy is over the gold places some system place overlaps. A
gold place written without ``context`` may be meant at any occurrence of its text:
further system places on other occurrences with the right country are left out of
precision rather than counted wrong. With ``context``, only that occurrence counts,
as the others may name something else (a capital standing for its government).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.eval.matching import PRF, greedy_match, match_with_optional
from newsgraph.eval.system import SysMark
from newsgraph.eval.text import Anchor, shared_chars


@dataclass(frozen=True)
class GoldMark:
    """A gold timex or place with where it sits in the system's body."""

    anchor: Anchor
    value: str | None  # TIMEX3 value, or ISO3 country for a place
    kind: str | None = None  # TIMEX3 type, when the gold gives it
    any_occurrence: bool = False


def overlaps(gold: GoldMark, mark: SysMark) -> bool:
    return shared_chars(gold.anchor, mark.span, mark.text) > 0


def _exact(gold: GoldMark, mark: SysMark) -> bool:
    return mark.span is not None and mark.span in gold.anchor.spans


@dataclass(frozen=True)
class TimexScores:
    """Timex counts: found by overlap, by exact span, with the right value and type."""

    found: PRF
    exact: PRF
    right_value: int
    right_type: int

    def __add__(self, other: TimexScores) -> TimexScores:
        return TimexScores(
            self.found + other.found,
            self.exact + other.exact,
            self.right_value + other.right_value,
            self.right_type + other.right_type,
        )


NO_TIMEXES = TimexScores(PRF(0, 0, 0), PRF(0, 0, 0), 0, 0)


def score_timexes(gold: Sequence[GoldMark], system: Sequence[SysMark]) -> TimexScores:
    """Score the timexes of one text."""
    pairs = greedy_match(gold, system, overlaps)
    exact = greedy_match(gold, system, _exact)
    value = sum(1 for i, j in pairs.items() if system[j].value == gold[i].value)
    kind = sum(1 for i, j in pairs.items() if gold[i].kind is not None and system[j].kind == gold[i].kind)
    return TimexScores(PRF(len(pairs), len(system), len(gold)), PRF(len(exact), len(system), len(gold)), value, kind)


@dataclass(frozen=True)
class PlaceScores:
    """Place counts: hits (overlap and country), and country right where overlapped."""

    found: PRF
    located: int
    right_country: int

    def __add__(self, other: PlaceScores) -> PlaceScores:
        return PlaceScores(
            self.found + other.found, self.located + other.located, self.right_country + other.right_country
        )


NO_PLACES = PlaceScores(PRF(0, 0, 0), 0, 0)


def _place_hit(gold: GoldMark, mark: SysMark) -> bool:
    return overlaps(gold, mark) and (gold.value is None or (mark.value or "").upper() == gold.value)


def score_places(gold: Sequence[GoldMark], system: Sequence[SysMark]) -> PlaceScores:
    """Score the places of one text."""
    repeated = [g for g in gold if g.any_occurrence]
    hits = match_with_optional(gold, repeated, system, _place_hit, _place_hit)
    located = greedy_match(gold, system, overlaps)
    right = sum(1 for i, j in located.items() if _place_hit(gold[i], system[j]))
    return PlaceScores(hits.prf, len(located), right)
