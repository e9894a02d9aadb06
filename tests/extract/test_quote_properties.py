"""Random text with random quote marks never breaks the quote extractor."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import nlp
from newsgraph.extract.quote_marks import DOUBLE_MARKS, marked_quotes
from newsgraph.extract.quotes import quotes_in
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.lexicon.speech import default_speech_cues
from newsgraph.model import Article, Published

MARKS = list("\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb")
WORDS = ["Peskov", "said", "the", "ministry", "he", "added", "told", "AFP", "according", "to", "war", "talks"]
PIECES = st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", ": "]))
PARAGRAPH = st.lists(PIECES, min_size=1, max_size=30).map("".join).map(str.strip).filter(bool)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=5)


def article_of(paragraphs: list[str]) -> Article:
    return ArticleDraft(paragraphs, "random").finish(Published())


def check_offsets(article: Article, start: int, end: int, text: str, continuations: tuple[int, ...] = ()) -> None:
    assert 0 <= start < end <= len(article.text)
    source = "".join(ch for i, ch in enumerate(article.text[start:end], start) if i not in continuations)
    assert source == text
    first = next(p for p in article.paragraphs if p.start <= start < p.end)
    for paragraph in article.paragraphs:
        crossed = start < paragraph.start < end
        # a quote only runs into a paragraph that opens with a quote mark
        assert not crossed or article.text[paragraph.start] in DOUBLE_MARKS
    assert first.start <= start


@settings(max_examples=400, deadline=None)
@given(ARTICLE)
def test_quote_marks_never_raise_and_stay_inside(paragraphs: list[str]) -> None:
    article = article_of(paragraphs)
    for quote in marked_quotes(article.text, article.paragraphs, default_speech_cues().forms):
        check_offsets(article, quote.start, quote.end, quote.text(article.text), quote.continuations)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE)
def test_quotes_in_never_raises_and_stays_inside(paragraphs: list[str]) -> None:
    article = article_of(paragraphs)
    document = nlp.Document(article, nlp.parse(article.text))
    marked = {q.start: q for q in marked_quotes(article.text, article.paragraphs, default_speech_cues().forms)}
    for quote in quotes_in(document):
        continuations = marked[quote.start].continuations if quote.direct else ()
        check_offsets(article, quote.start, quote.end, quote.text, continuations)
        if quote.speaker is not None:
            assert 0 <= quote.speaker.start < quote.speaker.end <= len(article.text)
            assert quote.speaker.name.strip()
