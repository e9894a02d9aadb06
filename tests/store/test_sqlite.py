"""The SQLite store: migrations, round trips, duplicates, search, read-only access."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.ingest.dedupe import fingerprint
from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Caption,
    Event,
    EventDate,
    Mention,
    Origin,
    Place,
    Published,
    Quote,
    Source,
    Span,
    Speaker,
    TextSpan,
    Timex,
    article_id,
)
from newsgraph.store import open_store
from newsgraph.store.sqlite import SQLiteStore, migrations

TEXT = "Iran designated the Royal Canadian Navy a terrorist organization on Tuesday.\n\nCanada condemned it."


def full_analysis() -> Analysis:
    article = Article(
        id=article_id(TEXT),
        title="Iran Designates Navy",
        text=TEXT,
        paragraphs=(Span(0, 76), Span(78, 98)),
        captions=(Caption("A banner in Tehran.", "EPA", "2025-12-30", False),),
        published=Published("2025-12-30", "day", "caption"),
        source=Source("Example News", "https://example.org/a"),
        origin=Origin("dump.txt", 2),
    )
    return Analysis(
        article=article,
        actors=(
            Actor("a1", "Iran", "country", "IRNGOV", "IRN", "GOV", None, ("Tehran",)),
            Actor("a2", "Royal Canadian Navy", "organization", "CANMIL", "CAN", "MIL"),
        ),
        mentions=(Mention(0, 4, "Iran", "GPE", "a1"), Mention(20, 39, "Royal Canadian Navy", "ORG", "a2")),
        timexes=(Timex(65, 75, "on Tuesday", "DATE", "2025-12-30"),),
        places=(Place(0, 4, "Iran", "Iran", "IRN", 32.0, 53.0, 130758, "country"),),
        quotes=(Quote(78, 98, "Canada condemned it", False, Speaker(None, "Canada", 78, 84), "condemned"),),
        events=(
            Event(
                id="e1",
                type="SANCTION",
                source=("a1",),
                target=("a2",),
                modality="asserted",
                evidence=TextSpan(0, 76, TEXT[:76]),
                trigger=TextSpan(5, 15, "designated"),
                mode=None,
                context=("terrorism",),
                cameo="17",
                quad=4,
                goldstein=-7.0,
                date=EventDate("2025-12-30", "day"),
                confidence=0.8,
            ),
        ),
    )


def test_schema_is_created_by_versioned_migrations(db_path: Path) -> None:
    with SQLiteStore(db_path) as store:
        assert store.schema_version == max(v for v, _, _ in migrations("sqlite"))
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "articles_fts", "actors", "events", "quotes", "schema_migrations"} <= tables


def test_reopening_does_not_migrate_twice(db_path: Path) -> None:
    SQLiteStore(db_path).close()
    with SQLiteStore(db_path) as store:
        assert len(store.execute("SELECT * FROM schema_migrations")) == len(migrations("sqlite"))


def test_analysis_round_trips(db_path: Path) -> None:
    analysis = full_analysis()
    print_ = fingerprint(analysis.article.text)
    with open_store(str(db_path)) as store:
        store.save(analysis, print_.signature, print_.bands)
    with open_store(str(db_path), read_only=True) as store:
        loaded = store.load(analysis.article.id)
    assert loaded is not None
    # an event's cluster becomes the id of a real-world event, unique in the database
    (event,) = loaded.events
    assert event.cluster == f"{analysis.article.id}:e1"
    assert replace(loaded, events=(replace(event, cluster=None),)) == analysis


def article_with_sanction(text: str, day: str) -> Analysis:
    analysis = full_analysis()
    article = replace(analysis.article, id=article_id(text), text=text, paragraphs=(Span(0, len(text)),))
    event = replace(analysis.events[0], cluster="c1", date=EventDate(day, "day"))
    return replace(analysis, article=article, events=(event,), quotes=(), places=(), mentions=(), timexes=())


@pytest.mark.parametrize(("second_day", "same"), [("2025-12-30", True), ("2025-12-31", True), ("2026-01-02", False)])
def test_the_same_event_in_two_articles_is_one_event(db_path: Path, second_day: str, same: bool) -> None:
    first = article_with_sanction("Iran designated the Royal Canadian Navy a terrorist organization.", "2025-12-30")
    second = article_with_sanction("Tehran named Canada's navy a terror group, state media said.", second_day)
    with open_store(str(db_path)) as store:
        store.save(first, None, ())
        store.save(second, None, ())
        clusters = [row[0] for row in store.execute("SELECT cluster FROM events ORDER BY article_id")]
    assert (clusters[0] == clusters[1]) is same


def test_failed_save_leaves_nothing_behind(db_path: Path) -> None:
    analysis = full_analysis()
    broken = Analysis(article=analysis.article, mentions=(Mention(0, 4, "Iran", "GPE", None),))  # type: ignore[arg-type]
    with open_store(str(db_path)) as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.save(broken, None, ())
        assert store.stats()["articles"] == 0


def test_near_duplicate_candidates_share_a_band(db_path: Path) -> None:
    analysis = full_analysis()
    print_ = fingerprint(analysis.article.text)
    with open_store(str(db_path)) as store:
        store.save(analysis, print_.signature, print_.bands)
        found = store.near_duplicate_candidates(print_.bands)
        assert found == [(analysis.article.id, print_.signature)]


def test_origins_are_recorded_once(db_path: Path) -> None:
    analysis = full_analysis()
    with open_store(str(db_path)) as store:
        store.save(analysis, None, ())
        assert store.add_origin(analysis.article.id, Origin("other.txt", 0), None, "near", 0.9)
        assert not store.add_origin(analysis.article.id, Origin("other.txt", 0), None, "near", 0.9)
        assert [o["path"] for o in store.origins(analysis.article.id)] == ["dump.txt", "other.txt"]


@pytest.mark.parametrize(
    ("query", "hits"), [("navy", 1), ("Canadian terrorist", 1), ("terror*", 1), ("whales", 0), ('"; DROP', 0)]
)
def test_full_text_search(db_path: Path, query: str, hits: int) -> None:
    with open_store(str(db_path)) as store:
        store.save(full_analysis(), None, ())
        assert len(store.search_articles(query, 10, 0)) == hits


def test_read_only_store_refuses_writes(db_path: Path) -> None:
    open_store(str(db_path)).close()
    with open_store(str(db_path), read_only=True) as store, pytest.raises((StoreError, sqlite3.OperationalError)):
        store.save(full_analysis(), None, ())


def test_read_only_store_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing.db"), read_only=True)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(bogus))
