"""Scoring quotes: found (text overlap) and attributed (speaker name).

Only direct quotes are scored: the gold annotates quoted words, not reported
speech, so a system's reported clauses ("direct": false) are left out rather than
counted as errors.

A system quote matches a gold quote when their texts overlap by at least half of
the shorter of the two. Required gold quotes are matched first, one to one,
greedily; unmatched system quotes that would match an optional gold quote are left
out. Attribution is right when a name of the speaker (as written, or the resolved
actor's name or aliases) matches a gold name: equal after folding and ignoring
case and a leading "the", or the gold name's last word (a full name also matches
its surname), or ending with the gold name ("Kremlin spokesman Dmitry Peskov").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.eval.gold import GoldQuote
from newsgraph.eval.matching import PRF, match_with_optional
from newsgraph.eval.system import SysQuote
from newsgraph.eval.text import Anchor, FoldedText, anchor, fold, fold_key, shared_chars

MIN_SHARE = 0.5  # of the shorter text
_LEADING_ARTICLE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True)
class QuoteScores:
    """Quote counts over a gold set, and attribution over the matched ones."""

    found: PRF
    attributed: int

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(self.found + other.found, self.attributed + other.attributed)


NO_QUOTES = QuoteScores(PRF(0, 0, 0), 0)


@dataclass(frozen=True)
class AnchoredQuote:
    gold: GoldQuote
    text: Anchor


def quote_overlaps(gold: AnchoredQuote, quote: SysQuote) -> bool:
    """Return whether the texts overlap by at least half of the shorter one."""
    shared = shared_chars(gold.text, quote.span, quote.text)
    own = len(quote.span) if quote.span is not None else len(fold(quote.text))
    shorter = min(gold.text.length, own)
    return shorter > 0 and shared >= MIN_SHARE * shorter


def _name(text: str) -> str:
    return _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", fold_key(text))).strip()


def name_matches(system_names: Sequence[str], gold_names: Sequence[str]) -> bool:
    """Return whether one of the speaker's names stands for one of the gold names."""
    for raw in system_names:
        name = _name(raw)
        if not name:
            continue
        for gold_raw in gold_names:
            gold = _name(gold_raw)
            words = gold.split()
            if name == gold or (len(words) > 1 and name == words[-1]) or name.endswith(" " + gold):
                return True
    return False


def score_article_quotes(gold: Sequence[GoldQuote], system: Sequence[SysQuote], body: FoldedText | None) -> QuoteScores:
    """Score one article's quotes; ``body`` None means no system article was found."""
    anchored = [AnchoredQuote(g, anchor(body, g.text)) for g in gold]
    required = [a for a in anchored if a.gold.required]
    optional = [a for a in anchored if not a.gold.required]
    result = match_with_optional(required, optional, system, quote_overlaps, quote_overlaps)
    attributed = sum(1 for i, j in result.pairs.items() if name_matches(system[j].speakers, required[i].gold.speakers))
    return QuoteScores(result.prf, attributed)
