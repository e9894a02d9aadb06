"""Where things are in one analysed article: paragraphs, sentences, tokens and quoted stretches.

spaCy's small model does not always break sentences at paragraph breaks (and its
dependency arcs then cross them), so sentences here are spaCy's sentences cut at
every paragraph boundary, and helpers refuse to follow an arc out of a paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from newsgraph.model import Span


class Layout:
    """Paragraph, sentence and quote bookkeeping over one article's text and parse."""

    def __init__(self, text: str, doc: Doc, paragraphs: Sequence[Span], quoted: Iterable[tuple[int, int]] = ()):
        self.text = text
        self.doc = doc
        self.paragraphs = [p for p in paragraphs if p.end > p.start] or [Span(0, len(text))]
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._sentences = self._cut_sentences()
        self._sentence_starts = [start for start, _ in self._sentences]
        self._quoted = sorted(quoted)
        self._quoted_starts = [start for start, _ in self._quoted]
        # spaCy rebuilds these on every access; the extractors ask for them often
        self.entities: tuple[TokenSpan, ...] = tuple(doc.ents)
        self.noun_chunks: tuple[TokenSpan, ...] = tuple(doc.noun_chunks)
        self._entity_of = {i: entity for entity in self.entities for i in range(entity.start, entity.end)}

    def _cut_sentences(self) -> list[tuple[int, int]]:
        cut: list[tuple[int, int]] = []
        for sentence in self.doc.sents:
            start, end = sentence.start_char, sentence.end_char
            for paragraph in self.paragraphs:
                low, high = max(start, paragraph.start), min(end, paragraph.end)
                if low < high:
                    cut.append((low, high))
        return sorted(cut)

    def entity_of(self, token: Token) -> TokenSpan | None:
        """The named entity a token belongs to, if any."""
        return self._entity_of.get(token.i)

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding ``offset`` (or the one before a gap)."""
        return max(bisect_right(self._paragraph_starts, offset) - 1, 0)

    def paragraph(self, offset: int) -> Span:
        return self.paragraphs[self.paragraph_index(offset)]

    def same_paragraph(self, a: int, b: int) -> bool:
        return self.paragraph_index(a) == self.paragraph_index(b)

    def sentence(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the paragraph-bounded sentence holding ``offset``."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            paragraph = self.paragraph(offset)
            return paragraph.start, paragraph.end
        return self._sentences[index]

    def quoted(self, offset: int) -> bool:
        """Tell whether ``offset`` lies inside a direct quote, its marks included."""
        index = bisect_right(self._quoted_starts, offset) - 1
        return index >= 0 and self._quoted[index][0] <= offset < self._quoted[index][1]

    def quote_around(self, offset: int) -> tuple[int, int] | None:
        """The (opening mark, end past the closing mark) of the direct quote holding ``offset``."""
        index = bisect_right(self._quoted_starts, offset) - 1
        if index >= 0 and self._quoted[index][0] <= offset < self._quoted[index][1]:
            return self._quoted[index]
        return None

    def next_quote_start(self, offset: int) -> int | None:
        """The opening of the first direct quote that starts at or after ``offset``."""
        index = bisect_right(self._quoted_starts, offset - 1)
        return self._quoted_starts[index] if index < len(self._quoted_starts) else None

    def quoted_share(self, start: int, end: int) -> float:
        """The share of ``[start, end)`` that lies inside direct quotes."""
        if end <= start:
            return 0.0
        covered = sum(max(0, min(end, e) - max(start, s)) for s, e in self._quoted)
        return covered / (end - start)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens that start inside ``[start, end)``."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        return [t for t in span if start <= t.idx < end]

    def token_at(self, offset: int) -> Token | None:
        tokens = self.tokens(offset, offset + 1)
        return tokens[0] if tokens else None

    def previous_char(self, offset: int, low: int) -> str:
        """The last non-space character before ``offset`` and not before ``low``, or ''."""
        at = offset - 1
        while at >= low and self.text[at].isspace():
            at -= 1
        return self.text[at] if at >= low else ""

    def head_in_paragraph(self, token: Token) -> Token | None:
        """The token's syntactic head, unless it is the root or sits in another paragraph."""
        head = token.head
        if head.i == token.i or not self.same_paragraph(head.idx, token.idx):
            return None
        return head
