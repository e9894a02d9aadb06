"""Text matching for scoring: folding, locating gold strings in a body, overlaps.

Gold files quote the text they annotate. Before comparing, typographic quotes and
apostrophes are folded to ASCII and runs of white space collapse to one space, so a
gold string typed with straight quotes still finds a body that uses curly ones.
Located strings are mapped back to offsets into the original body, where the
system's records point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

# ’ ‘ “ ” and their low/reversed cousins fold to ASCII; each maps one character to one
_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Return ``text`` with typographic quotes folded to ASCII and white space collapsed."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def fold_key(text: str) -> str:
    """Return the case-folded form of ``fold(text)``, for comparing names and titles."""
    return fold(text).casefold()


@dataclass(frozen=True)
class Span:
    """A stretch ``[start, end)`` of a system article's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return max(0, self.end - self.start)

    def overlap(self, other: Span) -> int:
        """Return how many characters the two spans share."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


class FoldedText:
    """A body folded for matching, remembering where each folded character came from."""

    def __init__(self, text: str) -> None:
        self.original = text
        chars: list[str] = []
        origins: list[int] = []
        in_space = True  # drop leading white space
        for index, char in enumerate(text.translate(_QUOTES)):
            if char.isspace():
                if not in_space:
                    chars.append(" ")
                    origins.append(index)
                in_space = True
                continue
            chars.append(char)
            origins.append(index)
            in_space = False
        self.text = "".join(chars)
        self._origins = origins

    def occurrences(self, needle: str) -> list[Span]:
        """Return the spans (original offsets) of every occurrence of ``needle``, folded."""
        folded = fold(needle)
        if not folded:
            return []
        spans: list[Span] = []
        at = self.text.find(folded)
        while at >= 0:
            spans.append(self._span(at, at + len(folded)))
            at = self.text.find(folded, at + 1)
        return spans

    def locate(self, needle: str, context: str | None = None) -> list[Span]:
        """Return where ``needle`` may be meant: inside ``context`` when given and found,
        else every occurrence."""
        if context:
            for around in self.occurrences(context):
                inside = [s for s in self.occurrences(needle) if s.start >= around.start and s.end <= around.end]
                if inside:
                    return inside[:1]
        return self.occurrences(needle)

    def _span(self, start: int, end: int) -> Span:
        return Span(self._origins[start], self._origins[end - 1] + 1)


def text_overlap(first: str, second: str) -> int:
    """Return the length of the longest common stretch of two folded, case-folded texts."""
    a, b = fold_key(first), fold_key(second)
    if not a or not b:
        return 0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size


# a shorter common stretch of text (a shared word or two) says nothing about identity
MIN_TEXT_OVERLAP = 12


@dataclass(frozen=True)
class Anchor:
    """A gold string and the spans of the system's body where it may be meant.

    No spans: the body does not contain it (e.g. a date printed only in a caption,
    or a body the system cut differently); then only text can match it.
    """

    text: str
    spans: tuple[Span, ...]

    @property
    def length(self) -> int:
        return len(self.spans[0]) if self.spans else len(fold(self.text))


def anchor(body: FoldedText | None, text: str, context: str | None = None) -> Anchor:
    """Return where a gold string sits in a system body (see ``FoldedText.locate``);
    nowhere when there is no body (no system article was found for the gold one)."""
    if body is None:
        return Anchor(text, ())
    return Anchor(text, tuple(body.locate(text, context)))


def body_span(body: str, span: Span | None, text: str) -> Span | None:
    """Return a system item's span when it indexes ``body`` (the text there is its text).

    An item whose offsets point elsewhere (a caption, another text) is compared by
    its text alone.
    """
    if span is None or span.end > len(body):
        return None
    if text and fold(body[span.start : span.end]) != fold(text):
        return None
    return span


def shared_chars(gold: Anchor, span: Span | None, text: str) -> int:
    """Return how many characters a gold string and a system item share.

    An item anchored in the body (``span``) is compared by offsets, and cannot
    match a gold string the body lacks; an item without a body span is compared by
    text, and a common stretch shorter than MIN_TEXT_OVERLAP (or than the shorter
    text) counts as none.
    """
    if span is not None:
        return max((s.overlap(span) for s in gold.spans), default=0)
    size = text_overlap(gold.text, text)
    return size if size >= min(MIN_TEXT_OVERLAP, len(fold(gold.text)), len(fold(text))) else 0
