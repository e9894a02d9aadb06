"""Timexes and places found in captions survive a round trip through the SQLite store."""

from __future__ import annotations

from pathlib import Path

from newsgraph.ingest.dedupe import fingerprint
from newsgraph.model import Analysis, Article, Caption, Place, Published, Span, Timex, article_id
from newsgraph.store.sqlite import SQLiteStore

TEXT = "Student protests erupted on Tuesday in the capital Tehran."


def test_caption_index_round_trips(db_path: Path) -> None:
    article = Article(
        id=article_id(TEXT),
        title="Protests",
        text=TEXT,
        paragraphs=(Span(0, len(TEXT)),),
        captions=(Caption("Shopkeepers walk in Tehran on December 29, 2025.", "AFP", "2025-12-29"),),
        published=Published("2025-12-30", "day", "caption"),
    )
    analysis = Analysis(
        article=article,
        timexes=(
            Timex(28, 35, "Tuesday", "DATE", "2025-12-30"),
            Timex(30, 47, "December 29, 2025", "DATE", "2025-12-29", caption=0),
        ),
        places=(
            Place(51, 57, "Tehran", "Tehran", "IRN", 35.69, 51.42, 112931, "city"),
            Place(20, 26, "Tehran", "Tehran", "IRN", 35.69, 51.42, 112931, "city", caption=0),
        ),
    )
    print_ = fingerprint(TEXT)
    with SQLiteStore(db_path) as store:
        store.save(analysis, print_.signature, print_.bands)
        loaded = store.load(article.id)
    assert loaded is not None
    assert loaded.timexes == analysis.timexes
    assert loaded.places == analysis.places
    assert [t.to_dict()["caption"] for t in loaded.timexes] == [None, 0]
