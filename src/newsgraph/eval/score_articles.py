"""Scoring what ingestion recovers: segmentation, captions, body edges, publication dates.

Rules (``gold/README.md``): segmentation is right when the system produces exactly
one article per gold article with the gold title; each gold caption must appear
once, credit included (newsgraph keeps a caption's credit apart, so the gold caption
is compared with the system's text followed by its credit); the body must start and
end with the gold words; a publication date is correct, unknown, or wrong, and
wrong is worse than unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.eval.gold import GoldArticle
from newsgraph.eval.matching import PRF, ratio
from newsgraph.eval.report import Row
from newsgraph.eval.system import SysCaption, SystemArticle
from newsgraph.eval.text import fold, fold_key

_WORD = re.compile(r"\w+")
# words a caption may carry around its text that newsgraph turns into the archive flag,
# e.g. "(archive)" or "FILE PHOTO:"
ARCHIVE_MARKER_WORDS = 2


@dataclass(frozen=True)
class Pairing:
    """A gold article and the system article scored against it (None: none found)."""

    gold: GoldArticle
    system: SystemArticle | None


def same_title(gold: GoldArticle, system: SystemArticle) -> bool:
    """Return whether the system article carries the gold title (folded, any case)."""
    return gold.title is not None and system.title is not None and fold_key(gold.title) == fold_key(system.title)


def segmentation(gold: Sequence[GoldArticle], system: Sequence[SystemArticle]) -> PRF:
    """Count gold articles with exactly one system article of their title.

    Precision is over every system article of the scored inputs: an article split in
    two, or a spurious one, costs precision; a merged one costs recall.
    """
    right = sum(1 for g in gold if sum(1 for s in system if same_title(g, s)) == 1)
    return PRF(right, len(system), len(gold))


def caption_matches(gold: str, caption: SysCaption) -> bool:
    """Return whether a system caption (text + credit) is the gold caption (credit included).

    Compared word by word, ignoring punctuation; when the system flags the photo as
    archive, up to two marker words ("archive", "FILE PHOTO") may surround it.
    """
    gold_words = _WORD.findall(fold_key(gold))
    own = _WORD.findall(fold_key(caption.text)) + _WORD.findall(fold_key(caption.credit or ""))
    if gold_words == own:
        return True
    if not caption.archive or not own:
        return False
    for lead in range(ARCHIVE_MARKER_WORDS + 1):
        tail = len(gold_words) - lead - len(own)
        if 0 <= tail <= ARCHIVE_MARKER_WORDS and gold_words[lead : lead + len(own)] == own:
            return True
    return False


def captions(pairs: Sequence[Pairing], extra: Sequence[SystemArticle]) -> PRF:
    """Count gold captions found exactly once in their article; every system caption
    (duplicates included) counts toward precision."""
    found = 0
    system_total = sum(len(s.captions) for s in extra)
    gold_total = 0
    for pair in pairs:
        gold_total += len(pair.gold.captions)
        if pair.system is None:
            continue
        system_total += len(pair.system.captions)
        for caption in pair.gold.captions:
            if sum(1 for c in pair.system.captions if caption_matches(caption, c)) == 1:
                found += 1
    return PRF(found, system_total, gold_total)


def body_rows(pairs: Sequence[Pairing]) -> list[Row]:
    """Rows for the body's first and last words: share of gold articles right."""
    starts = [p for p in pairs if p.gold.body_starts_with is not None]
    ends = [p for p in pairs if p.gold.body_ends_with is not None]
    start_ok = sum(
        1 for p in starts if p.system and fold(p.system.text).startswith(fold(p.gold.body_starts_with or ""))
    )
    end_ok = sum(1 for p in ends if p.system and fold(p.system.text).endswith(fold(p.gold.body_ends_with or "")))
    return [
        Row("body_start", {"accuracy": ratio(start_ok, len(starts))}, {"right": start_ok, "gold": len(starts)}),
        Row("body_end", {"accuracy": ratio(end_ok, len(ends))}, {"right": end_ok, "gold": len(ends)}),
    ]


def date_verdict(gold: str | None, system: str | None) -> str:
    """Return "correct", "unknown" or "wrong" for one publication date.

    A date the text cannot tell (gold null) is correct only as unknown. A coarser
    date consistent with the gold ("2025-12" for "2025-12-30") counts as unknown:
    it is not wrong, but it does not answer the question.
    """
    if system == gold:
        return "correct"
    if system is None or (gold is not None and gold.startswith(system)):
        return "unknown"
    return "wrong"


def date_row(pairs: Sequence[Pairing]) -> Row:
    """The publication-date row: correct and not-wrong shares, with the three counts.

    A gold article the system did not produce has no answer: unknown, even when the
    right answer was "unknown".
    """
    verdicts = [date_verdict(p.gold.published, p.system.published) if p.system else "unknown" for p in pairs]
    correct, unknown, wrong = (verdicts.count(v) for v in ("correct", "unknown", "wrong"))
    return Row(
        "published",
        {"correct": ratio(correct, len(pairs)), "not_wrong": ratio(correct + unknown, len(pairs))},
        {"correct": correct, "unknown": unknown, "wrong": wrong, "gold": len(pairs)},
    )
