"""Counting and matching: precision/recall/F1 and one-to-one greedy alignment."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

G = TypeVar("G")
S = TypeVar("S")


def ratio(part: int, whole: int) -> float:
    """Return ``part / whole``, or 0.0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class PRF:
    """Matched items against system and gold totals, with the figures they give.

    ``ignored`` system items (e.g. those on an optional gold item) are already left
    out of ``system``.
    """

    matched: int
    system: int
    gold: int
    ignored: int = 0
    matched_gold: int | None = None  # when it differs from ``matched`` (per-type counts)

    @property
    def gold_matched(self) -> int:
        return self.matched if self.matched_gold is None else self.matched_gold

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.system)

    @property
    def recall(self) -> float:
        return ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        split = self.matched_gold is not None or other.matched_gold is not None
        return PRF(
            self.matched + other.matched,
            self.system + other.system,
            self.gold + other.gold,
            self.ignored + other.ignored,
            self.gold_matched + other.gold_matched if split else None,
        )

    def figures(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}

    def counts(self) -> dict[str, int]:
        counts = {"matched": self.matched, "system": self.system, "gold": self.gold}
        if self.matched_gold is not None:
            counts = {"matched_system": self.matched, "system": self.system}
            counts |= {"matched_gold": self.gold_matched, "gold": self.gold}
        if self.ignored:
            counts["ignored"] = self.ignored
        return counts


EMPTY_PRF = PRF(0, 0, 0)


def greedy_match(gold: Sequence[G], system: Sequence[S], accepts: Callable[[G, S], bool]) -> dict[int, int]:
    """Pair gold items with system items one to one; return {gold index: system index}.

    Greedy, most constrained first: gold items with fewer acceptable system items
    choose first, each taking the earliest free one. Deterministic, and on the small
    per-article sets we score it finds the pairs an exhaustive search would.
    """
    candidates = [[j for j, item in enumerate(system) if accepts(g, item)] for g in gold]
    order = sorted(range(len(gold)), key=lambda i: (len(candidates[i]), i))
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for i in order:
        for j in candidates[i]:
            if j not in taken:
                pairs[i] = j
                taken.add(j)
                break
    return pairs


@dataclass(frozen=True)
class Matching:
    """The outcome of matching one article's items: pairs, ignored system items, counts."""

    pairs: dict[int, int]  # required gold index -> system index
    ignored: frozenset[int]  # system indices left out of precision
    prf: PRF


def match_with_optional(
    required: Sequence[G],
    optional: Sequence[G],
    system: Sequence[S],
    accepts: Callable[[G, S], bool],
    touches: Callable[[G, S], bool],
) -> Matching:
    """Match required gold first; then leave out the unmatched system items that
    ``touch`` an optional gold item: they are neither rewarded nor penalised."""
    pairs = greedy_match(required, system, accepts)
    used = set(pairs.values())
    ignored = frozenset(j for j, item in enumerate(system) if j not in used and any(touches(g, item) for g in optional))
    return Matching(pairs, ignored, PRF(len(pairs), len(system) - len(ignored), len(required), len(ignored)))
