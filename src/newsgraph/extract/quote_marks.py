"""Find the quoted stretches of an article from its quote marks, paragraph by paragraph.

This module looks at characters only (no parse), following newspaper conventions:

- Double marks (``"`` ``“`` ``”`` ``„`` ``«`` ``»``) open and close quotes. A straight mark
  takes its direction from its neighbours; a typographic one keeps its own unless the
  neighbours clearly say otherwise (``”Word`` opens). Mixed pairs (``"…”``) are fine.
- Single marks (``'`` ``‘`` ``’``) are also apostrophes, so they count only in pairs
  inside one paragraph. Nested inside a double quote they stay part of it (they are
  the speaker quoting someone); at top level (British style) a closed pair is a
  quote, and double marks nested in it stay part of it.
- A paragraph that ends inside an open double quote continues into the next paragraph
  only when that one starts with a quote mark (the newspaper convention for long
  quotes). Otherwise the unbalanced quote is recovered inside its own paragraph: it
  ends before its attribution ("…, said the spokesman.") or at the paragraph's end.
  A quote therefore never crosses into a paragraph that does not open with a mark.
- A closing mark with nothing open, an opening single mark never closed, and quotes
  with no letters or digits are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from newsgraph.model import Span

DOUBLE_OPENING = "“„«‟"
DOUBLE_CLOSING = "”»"
DOUBLE_STRAIGHT = '"'
DOUBLE_MARKS = DOUBLE_OPENING + DOUBLE_CLOSING + DOUBLE_STRAIGHT
SINGLE_OPENING = "‘‛"
SINGLE_CLOSING = "’"
SINGLE_STRAIGHT = "'"
SINGLE_MARKS = SINGLE_OPENING + SINGLE_CLOSING + SINGLE_STRAIGHT
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

# what may stand right before an opening mark, or right after a closing one
_BEFORE_WORD = "([{<—–-/" + ALL_MARKS
_AFTER_WORD = ".,;:!?)]}>—–-…" + ALL_MARKS
_TRAILING = ",;: \t\n"
_ATTRIBUTION_WORDS = 8  # how far after a comma a cue verb may sit to count as the attribution
_WORD = re.compile(r"[\w'’-]+")


class Role(Enum):
    """Which way a quote mark faces, judged from the mark and its neighbours."""

    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"


@dataclass(frozen=True)
class MarkedQuote:
    """A quoted stretch: its words (marks excluded) and the marks around them.

    ``start``/``end`` bound the quoted words in the article text. A quote that runs
    over several paragraphs keeps the marks that re-open it in ``continuations``;
    ``closed`` is None when no closing mark was found and the end was recovered.
    """

    start: int
    end: int
    opened: int
    closed: int | None
    double: bool = True
    continuations: tuple[int, ...] = ()

    def text(self, source: str) -> str:
        """The quoted words, without the marks that re-open a continued quote."""
        if not self.continuations:
            return source[self.start : self.end]
        pieces, cursor = [], self.start
        for mark in self.continuations:
            pieces.append(source[cursor:mark])
            cursor = mark + 1
        pieces.append(source[cursor : self.end])
        return "".join(pieces)

    @property
    def after(self) -> int:
        """The offset just past the quote, closing mark included."""
        return self.closed + 1 if self.closed is not None else self.end

    def word_count(self, source: str) -> int:
        return len(_WORD.findall(self.text(source)))


@dataclass
class _Open:
    at: int
    continuations: list[int] = field(default_factory=list)


def role_of(text: str, at: int, low: int, high: int) -> Role:
    """Return which way the mark at ``at`` faces, within the paragraph ``[low, high)``."""
    mark = text[at]
    before = text[at - 1] if at > low else " "
    after = text[at + 1] if at + 1 < high else " "
    word_starts = before.isspace() or before in _BEFORE_WORD
    word_ends = after.isspace() or after in _AFTER_WORD
    if mark in DOUBLE_OPENING or mark in SINGLE_OPENING:
        return Role.CLOSE if word_ends and not word_starts else Role.OPEN
    if mark in DOUBLE_CLOSING or mark in SINGLE_CLOSING:
        return Role.OPEN if word_starts and not word_ends else Role.CLOSE
    if word_starts and not word_ends:
        return Role.OPEN
    if word_ends and not word_starts:
        return Role.CLOSE
    return Role.EITHER


def marked_quotes(text: str, paragraphs: Sequence[Span], cue_forms: frozenset[str]) -> list[MarkedQuote]:
    """Return every quoted stretch of ``text``, in order, bounded by the rules above.

    ``cue_forms`` are written forms of speech verbs ("said", "told"): an unclosed quote
    ends before the attribution they start.
    """
    spans = [p for p in paragraphs if p.end > p.start] or [Span(0, len(text))]
    doubles: list[MarkedQuote] = []
    singles: list[MarkedQuote] = []
    carried: _Open | None = None
    for index, paragraph in enumerate(spans):
        found, carried = _double_quotes(text, spans, index, carried, cue_forms)
        doubles.extend(found)
        singles.extend(_single_quotes(text, paragraph))
    return _without_nested(doubles, singles)


def _double_quotes(
    text: str, spans: list[Span], index: int, carried: _Open | None, cue_forms: frozenset[str]
) -> tuple[list[MarkedQuote], _Open | None]:
    """Pair the double marks of one paragraph; return its quotes and a quote left open."""
    paragraph = spans[index]
    marks = [i for i in range(paragraph.start, paragraph.end) if text[i] in DOUBLE_MARKS]
    if carried is not None and marks:
        marks = marks[1:]  # the mark that re-opened the carried quote
    found: list[MarkedQuote] = []
    current = carried
    for at in marks:
        role = role_of(text, at, paragraph.start, paragraph.end)
        if current is None:
            if role is not Role.CLOSE:
                current = _Open(at)  # a closing mark with nothing open is stray: skipped
        elif role is Role.OPEN:
            # a second opening mark while one is open: the first was never closed
            found.extend(_recovered(text, current, at, cue_forms))
            current = _Open(at)
        else:
            found.extend(_closed(text, current, at))
            current = None
    if current is None:
        return found, None
    reopening = _reopening_mark(text, spans, index)
    if reopening is not None:
        current.continuations.append(reopening)
        return found, current
    found.extend(_recovered(text, current, paragraph.end, cue_forms))
    return found, None


def _reopening_mark(text: str, spans: list[Span], index: int) -> int | None:
    """Return the mark that opens the next paragraph, when it opens with a double mark."""
    if index + 1 >= len(spans):
        return None
    following = spans[index + 1]
    at = following.start
    while at < following.end and text[at].isspace():
        at += 1
    if at < following.end and text[at] in DOUBLE_MARKS:
        return at
    return None


def _closed(text: str, opening: _Open, closing: int) -> list[MarkedQuote]:
    return _quote(text, opening, opening.at + 1, closing, closing)


def _recovered(text: str, opening: _Open, limit: int, cue_forms: frozenset[str]) -> list[MarkedQuote]:
    """An unclosed quote ends before its attribution, or at ``limit``."""
    end = _attribution_cut(text, opening.at + 1, limit, cue_forms)
    return _quote(text, opening, opening.at + 1, end, None)


def _attribution_cut(text: str, start: int, limit: int, cue_forms: frozenset[str]) -> int:
    """Return the last comma before a trailing "…, said X." attribution, or ``limit``."""
    cursor = limit
    while True:
        comma = text.rfind(",", start, cursor)
        if comma < 0:
            return limit
        tail = text[comma + 1 : limit]
        words = [w.lower() for w in _WORD.findall(tail)[:_ATTRIBUTION_WORDS]]
        inner = tail.rstrip(" .!?\"'”’")
        if any(w in cue_forms for w in words) and not any(c in inner for c in ".!?"):
            return comma
        cursor = comma


def _quote(
    text: str, opening: _Open, start: int, end: int, closed: int | None, double: bool = True
) -> list[MarkedQuote]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    continuations = tuple(c for c in opening.continuations if start <= c < end)
    words = text[start:end]
    if not any(ch.isalnum() for ch in words):
        return []
    return [MarkedQuote(start, end, opening.at, closed, double, continuations)]


def _without_nested(doubles: list[MarkedQuote], singles: list[MarkedQuote]) -> list[MarkedQuote]:
    """Keep the top-level quotes: singles outside doubles, doubles outside kept singles."""
    singles = [q for q in singles if not _inside_any(q, doubles)]
    kept_singles = [q for q in singles if not any(_crosses(q, d) for d in doubles)]
    kept_doubles = [d for d in doubles if not any(_inside(d, s) for s in kept_singles)]
    return sorted(kept_doubles + kept_singles, key=lambda q: q.opened)


def _single_quotes(text: str, paragraph: Span) -> list[MarkedQuote]:
    """Pair the single marks of one paragraph that are not apostrophes."""
    found: list[MarkedQuote] = []
    opening: int | None = None
    for at in range(paragraph.start, paragraph.end):
        if text[at] not in SINGLE_MARKS or _is_apostrophe(text, at, paragraph):
            continue
        role = role_of(text, at, paragraph.start, paragraph.end)
        if role is Role.OPEN:
            opening = at
        elif role is Role.CLOSE and opening is not None:
            found.extend(_quote(text, _Open(opening), opening + 1, at, at, double=False))
            opening = None
    return [q for q in found if q.closed is not None]


def _is_apostrophe(text: str, at: int, paragraph: Span) -> bool:
    before = text[at - 1] if at > paragraph.start else " "
    after = text[at + 1] if at + 1 < paragraph.end else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Moscow's
    # '90s, 'em: an elided start, not an opening mark
    return bool(re.match(r"\d0s\b|em\b|til\b|n\b", text[at + 1 : at + 5])) and not before.isalnum()


def _inside(inner: MarkedQuote, outer: MarkedQuote) -> bool:
    return outer.opened < inner.opened and inner.after <= outer.after


def _inside_any(quote: MarkedQuote, others: list[MarkedQuote]) -> bool:
    return any(_inside(quote, other) for other in others)


def _crosses(a: MarkedQuote, b: MarkedQuote) -> bool:
    """Overlap without one containing the other."""
    overlap = a.opened < b.after and b.opened < a.after
    return overlap and not _inside(a, b) and not _inside(b, a)
