"""An article on its way in: what a reader found, before its date is settled."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsgraph.model import Article, Caption, Origin, Published, Source, Span, article_id

PARAGRAPH_BREAK = "\n\n"
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")


@dataclass
class ArticleDraft:
    """What a reader extracted from one article of one input.

    ``metadata_date`` is a date the container states in a machine field (HTML
    meta, a feed item, a JSON field, a ``Date:`` header line), already normalised
    to ISO form; the body and captions are examined later.
    """

    paragraphs: list[str]
    path: str
    index: int = 0
    title: str | None = None
    captions: list[Caption] = field(default_factory=list)
    metadata_date: str | None = None
    source: Source = field(default_factory=Source)

    @property
    def text(self) -> str:
        return PARAGRAPH_BREAK.join(self.paragraphs)

    def finish(self, published: Published) -> Article:
        """Return the frozen Article, with paragraph spans indexing its text."""
        spans: list[Span] = []
        offset = 0
        for paragraph in self.paragraphs:
            spans.append(Span(offset, offset + len(paragraph)))
            offset += len(paragraph) + len(PARAGRAPH_BREAK)
        text = self.text
        return Article(
            id=article_id(text),
            title=self.title,
            text=text,
            paragraphs=tuple(spans),
            captions=tuple(self.captions),
            published=published,
            source=self.source,
            origin=Origin(self.path, self.index),
        )


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """Return the spans of the blank-line separated paragraphs of raw text."""
    spans: list[Span] = []
    start = 0
    for gap in _BLANK_LINES.finditer(text):
        _append_trimmed(spans, text, start, gap.start())
        start = gap.end()
    _append_trimmed(spans, text, start, len(text))
    return tuple(spans)


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Collapse inner white space and drop empty paragraphs."""
    cleaned = (" ".join(p.split()) for p in paragraphs)
    return [p for p in cleaned if p]
