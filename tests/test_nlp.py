"""The analysis stage: the real pinned model, loaded once, offsets aligned with the text."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.errors import ModelNotInstalledError
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Published


def test_missing_model_explains_how_to_install_it() -> None:
    with pytest.raises(ModelNotInstalledError, match="pip install no-such-model"):
        nlp.load_model("no_such_model")


def test_model_is_loaded_once_per_process() -> None:
    assert nlp.load_model() is nlp.load_model()


def test_analyse_keeps_order_and_offsets() -> None:
    articles = [
        ArticleDraft([f"Paragraph {n} about Russia.", "Kremlin spokesman Dmitry Peskov spoke."], "x").finish(
            Published()
        )
        for n in range(20)
    ]
    documents = list(nlp.analyse(articles, batch_size=4))
    assert [d.article for d in documents] == articles
    for document in documents:
        assert document.doc.text == document.article.text
        people = [e for e in document.doc.ents if e.label_ == "PERSON"]
        assert any(document.article.text[e.start_char : e.end_char] == "Dmitry Peskov" for e in people)
