"""Helpers for extractor tests: articles built from paragraphs, analysed by the real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph import nlp
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Published

Analyse = Callable[..., nlp.Document]


def document_of(*paragraphs: str) -> nlp.Document:
    """An article made of these paragraphs, analysed by the pinned spaCy model."""
    article = ArticleDraft(list(paragraphs), "test").finish(Published())
    return nlp.Document(article, nlp.parse(article.text))


@pytest.fixture(scope="session")
def analysed() -> Analyse:
    return document_of
