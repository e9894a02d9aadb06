"""Running newsgraph itself over gold documents: the library's own path, no database.

Segmented inputs go through ``pipeline.extract`` exactly as ``newsgraph extract``
runs them. Gold sets of single texts (MEANTIME, PLOVER) go through the
``--as-is`` path: each text is written to a file of a temporary directory, read
by ``read_articles(as_is=True)`` with its own ``--published`` date, and all the
articles are analysed together in batches.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.read import InputFailure, read_articles
from newsgraph.model import Analysis, Article
from newsgraph.pipeline import Analyser, extract
from newsgraph.settings import Settings


def analyse_inputs(paths: Sequence[Path], settings: Settings) -> list[dict[str, Any]]:
    """Return the OUTPUT.md records of every article of the inputs; raise on any failure."""
    records: list[dict[str, Any]] = []
    for item in extract([str(p) for p in paths], settings):
        if isinstance(item, InputFailure):
            raise NewsgraphError(f"{item.message}; the gold's documents must all be readable")
        records.append(item.to_dict())
    return records


def analyse_texts(texts: Sequence[tuple[str, str | None]], settings: Settings) -> list[Analysis]:
    """Analyse each (text, publication date) as ``extract --as-is --published DATE`` would.

    The result is in the order of ``texts``; each article's text is the input
    exactly, so gold offsets index it (checked: a mismatch raises rather than
    scoring against shifted offsets).
    """
    articles: list[Article] = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-eval-") as folder:
        for number, (text, published) in enumerate(texts):
            path = Path(folder) / f"{number:05d}.txt"
            path.write_bytes(text.encode("utf-8"))
            own = settings.with_overrides({"published": published})
            article = _single_article(path, own)
            if published and article.published.value is None:
                raise NewsgraphError(f"text {number}: --published {published!r} was not understood as a date")
            if article.text != text:
                raise NewsgraphError(
                    f"text {number} changed on its way through --as-is reading "
                    f"({len(text)} characters in, {len(article.text)} out); offsets would not line up"
                )
            articles.append(article)
    return Analyser(settings).analyse(articles)


def _single_article(path: Path, settings: Settings) -> Article:
    for event in read_articles([str(path)], settings, as_is=True):
        if isinstance(event, InputFailure):
            raise NewsgraphError(event.message)
        if isinstance(event, Article):
            return event
    raise NewsgraphError(f"{path}: --as-is reading produced no article")
