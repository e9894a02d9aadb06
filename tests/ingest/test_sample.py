"""The bundled sample dump segments into the four gold articles with their dates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest.read import InputRead, read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings


def fold(text: str) -> str:
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    return " ".join(text.translate(table).split())


@pytest.fixture(scope="module")
def articles(sample_path: Path) -> list[Article]:
    return [a for a in read_articles([str(sample_path)], Settings()) if isinstance(a, Article)]


def test_sample_has_exactly_the_four_gold_articles(articles: list[Article], gold: list[dict[str, Any]]) -> None:
    assert [a.title for a in articles] == [g["title"] for g in gold]


@pytest.mark.parametrize("position", range(4))
def test_captions_kept_once_with_credit_separated(
    articles: list[Article], gold: list[dict[str, Any]], position: int
) -> None:
    article = articles[position]
    expected = [fold(c) for c in gold[position]["captions"]]
    assert len(article.captions) == len(expected)
    for caption, printed in zip(article.captions, expected, strict=True):
        assert caption.credit and caption.credit in printed
        assert printed.startswith(fold(caption.text))
        assert caption.credit not in caption.text
        assert caption.archive == printed.endswith("(archive)")


@pytest.mark.parametrize("position", range(4))
def test_body_starts_and_ends_with_gold_words(
    articles: list[Article], gold: list[dict[str, Any]], position: int
) -> None:
    body = fold(articles[position].text)
    assert body.startswith(fold(gold[position]["body_starts_with"]))
    assert body.endswith(fold(gold[position]["body_ends_with"]))


@pytest.mark.parametrize("position", range(4))
def test_publication_dates_match_gold(articles: list[Article], gold: list[dict[str, Any]], position: int) -> None:
    assert articles[position].published.value == gold[position]["published"]


def test_archive_caption_date_is_not_the_publication_date(articles: list[Article]) -> None:
    fourth = articles[3]
    assert fourth.captions[0].archive
    assert fourth.captions[0].date == "2023-08-31"
    assert fourth.published.value == "2025-12-30"
    assert fourth.published.source == "context"


def test_no_layout_lines_survive_in_bodies(articles: list[Article]) -> None:
    for article in articles:
        lines = article.text.split("\n")
        assert "TT" not in lines
        assert all(line.strip() == line for line in lines)
        assert article.title not in article.text
        for caption in article.captions:
            assert caption.text not in article.text


def test_paragraph_spans_index_the_text(articles: list[Article]) -> None:
    for article in articles:
        for span in article.paragraphs:
            paragraph = article.text[span.start : span.end]
            assert paragraph and paragraph == paragraph.strip()
        assert article.text[article.paragraphs[-1].start : article.paragraphs[-1].end] == article.text.split("\n\n")[-1]


def test_every_input_is_accounted_for(sample_path: Path) -> None:
    events = list(read_articles([str(sample_path)], Settings()))
    done = [e for e in events if isinstance(e, InputRead)]
    assert done == [InputRead(str(sample_path), "text", 4)]
