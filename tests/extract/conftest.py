"""Run the actor extractor the way the pipeline does: the real model, the shipped lexicon."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from newsgraph import nlp
from newsgraph.extract.actors import ActorResult, actor_for_span, actors_in
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.lexicon import Lexicon, load_lexicon
from newsgraph.model import Actor, Published


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


def article_of(text: str, published: str | None = "2025-06-15", title: str | None = None) -> nlp.Document:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    precision = "day" if published else None
    article = ArticleDraft(paragraphs, "test", title=title).finish(
        Published(published, precision, "option" if published else "none")
    )
    return next(nlp.analyse([article]))


@dataclass
class Found:
    """What the extractor made of one phrase: the actor of the best mention, and every code on it."""

    result: ActorResult
    actor: Actor | None
    codes: set[str | None]
    labels: set[str]


def find(result: ActorResult, text: str, phrase: str, nth: int = 1) -> Found:
    """What the extractor made of the ``nth`` whole-word occurrence of ``phrase``."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))
    start, end = matches[nth - 1].span()
    actor_id = actor_for_span(result.mentions, start, end)
    on_phrase = [m for m in result.mentions if m.start < end and m.end > start]
    codes = {result.actor(m.actor).code for m in on_phrase}  # type: ignore[union-attr]
    return Found(result, result.actor(actor_id) if actor_id else None, codes, {m.label for m in on_phrase})


@pytest.fixture
def document_of() -> Callable[..., nlp.Document]:
    """Analyse a text as one article (paragraphs split on blank lines) with the real model."""
    return article_of


@pytest.fixture
def resolve(lexicon: Lexicon) -> Callable[..., Found]:
    """Analyse ``text`` and return what the extractor made of ``phrase`` (its ``nth`` occurrence)."""

    def run(
        text: str, phrase: str, nth: int = 1, published: str | None = "2025-06-15", title: str | None = None
    ) -> Found:
        document = article_of(text, published, title)
        return find(actors_in(document, lexicon), document.article.text, phrase, nth)

    return run


def paragraphs_document(*paragraphs: str) -> nlp.Document:
    """An article made of exactly these paragraphs, analysed by the pinned spaCy model."""
    article = ArticleDraft(list(paragraphs), "test").finish(Published())
    return nlp.Document(article, nlp.parse(article.text))


@pytest.fixture(scope="session")
def analysed() -> Callable[..., nlp.Document]:
    """Analyse the given paragraphs as one article (quote tests: one argument per paragraph)."""
    return paragraphs_document
