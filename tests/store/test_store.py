"""What every store does, run against SQLite and against a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace

import psycopg
import pytest

from newsgraph.errors import StoreError
from newsgraph.ingest.dedupe import fingerprint
from newsgraph.model import Analysis, EventDate, Mention, Origin, Span, article_id
from newsgraph.store import open_store


def test_analysis_round_trips(db_url: str, analysis: Analysis) -> None:
    print_ = fingerprint(analysis.article.text)
    with open_store(db_url) as store:
        store.save(analysis, print_.signature, print_.bands)
    with open_store(db_url, read_only=True) as store:
        loaded = store.load(analysis.article.id)
    assert loaded is not None
    # an event's cluster becomes the id of a real-world event, unique in the database
    (event,) = loaded.events
    assert event.cluster == f"{analysis.article.id}:e1"
    assert replace(loaded, events=(replace(event, cluster=None),)) == analysis


def article_with_sanction(analysis: Analysis, text: str, day: str) -> Analysis:
    article = replace(analysis.article, id=article_id(text), text=text, paragraphs=(Span(0, len(text)),))
    event = replace(analysis.events[0], cluster="c1", date=EventDate(day, "day"))
    return replace(analysis, article=article, events=(event,), quotes=(), places=(), mentions=(), timexes=())


@pytest.mark.parametrize(("second_day", "same"), [("2025-12-30", True), ("2025-12-31", True), ("2026-01-02", False)])
def test_the_same_event_in_two_articles_is_one_event(
    db_url: str, analysis: Analysis, second_day: str, same: bool
) -> None:
    first = article_with_sanction(
        analysis, "Iran designated the Royal Canadian Navy a terrorist organization.", "2025-12-30"
    )
    second = article_with_sanction(analysis, "Tehran named Canada's navy a terror group, state media said.", second_day)
    with open_store(db_url) as store:
        store.save(first, None, ())
        store.save(second, None, ())
        clusters = [row[0] for row in store.execute("SELECT cluster FROM events ORDER BY article_id")]
    assert (clusters[0] == clusters[1]) is same


def test_an_analysis_without_extractions_round_trips(db_url: str, analysis: Analysis) -> None:
    bare = Analysis(article=analysis.article)
    with open_store(db_url) as store:
        store.save(bare, None, ())
        assert store.load(bare.article.id) == bare


def test_failed_save_leaves_nothing_behind(db_url: str, analysis: Analysis) -> None:
    broken = Analysis(article=analysis.article, mentions=(Mention(0, 4, "Iran", "GPE", None),))  # type: ignore[arg-type]
    with open_store(db_url) as store:
        with pytest.raises((sqlite3.IntegrityError, psycopg.IntegrityError)):
            store.save(broken, None, ())
        assert store.stats()["articles"] == 0
        store.save(analysis, None, ())  # the store is usable after the failure
        assert store.stats()["articles"] == 1


def test_near_duplicate_candidates_share_a_band(db_url: str, analysis: Analysis) -> None:
    print_ = fingerprint(analysis.article.text)
    with open_store(db_url) as store:
        store.save(analysis, print_.signature, print_.bands)
        assert store.has_article(analysis.article.id)
        assert store.near_duplicate_candidates(print_.bands) == [(analysis.article.id, print_.signature)]
        other = fingerprint("Something else entirely, about whales and the sea, and nothing more.")
        assert store.near_duplicate_candidates(other.bands) == []


def test_origins_are_recorded_once(db_url: str, analysis: Analysis) -> None:
    with open_store(db_url) as store:
        store.save(analysis, None, ())
        assert store.add_origin(analysis.article.id, Origin("other.txt", 0), None, "near", 0.9)
        assert not store.add_origin(analysis.article.id, Origin("other.txt", 0), None, "near", 0.9)
        assert [o["path"] for o in store.origins(analysis.article.id)] == ["dump.txt", "other.txt"]


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("navy", 1),
        ("NAVY", 1),
        ("Canadian terrorist", 1),
        ("terror*", 1),
        ("designates", 1),  # a title word
        ("whales", 0),
        ("navy whales", 0),
        ('"; DROP', 0),
        ("", 0),
        ("'", 0),
    ],
)
def test_full_text_search(db_url: str, analysis: Analysis, query: str, hits: int) -> None:
    with open_store(db_url) as store:
        store.save(analysis, None, ())
        assert len(store.search_articles(query, 10, 0)) == hits
        assert store.count_search(query) == hits


def test_search_ignores_diacritics_and_ranks_title_matches_first(
    db_url: str, make_analysis: Callable[[str, str], Analysis]
) -> None:
    in_body = make_analysis("Protesters in Montréal said the navy had left.\n\nNobody else commented.", "Protests")
    in_title = make_analysis("The harbour was quiet on Monday.\n\nA navy ship left for Montreal.", "Montreal port")
    with open_store(db_url) as store:
        store.save(in_body, None, ())
        store.save(in_title, None, ())
        assert [row.title for row in store.search_articles("montreal", 10, 0)] == ["Montreal port", "Protests"]
        assert [row.title for row in store.search_articles("Montréal", 10, 0)] == ["Montreal port", "Protests"]
        assert len(store.search_articles("montreal", 1, 1)) == 1


def test_listing_is_newest_first_with_unknown_dates_last(db_url: str, analysis: Analysis) -> None:
    from dataclasses import replace

    from newsgraph.model import Published

    older = replace(analysis.article, published=Published("2024-01-02", "day", "dateline"))
    undated = replace(analysis.article, published=Published())
    articles = [
        replace(older, id="b" * 16, title="Older"),
        replace(undated, id="c" * 16, title="Undated"),
        replace(analysis.article, title="Newer"),
    ]
    with open_store(db_url) as store:
        for article in articles:
            store.save(Analysis(article=article), None, ())
        assert [row.title for row in store.list_articles(10, 0)] == ["Newer", "Older", "Undated"]
        assert store.resolve_article_id("bbbb") == ["b" * 16]
        assert store.stats()["articles_dated"] == 2


def test_runs_record_their_summary_and_failures(db_url: str) -> None:
    from newsgraph.store import FailureRecord

    with open_store(db_url) as store:
        first = store.start_run(["ingest", "a.txt"])
        second = store.start_run(["ingest", "b.txt"])
        assert second > first
        store.finish_run(first, {"stored": 0}, [FailureRecord("a.txt", "empty", "the input is empty")])
        rows = store.execute("SELECT input, reason FROM run_failures WHERE run_id = ?", (first,))
        assert [tuple(row) for row in rows] == [("a.txt", "empty")]


def test_read_only_store_refuses_writes(db_url: str, analysis: Analysis) -> None:
    open_store(db_url).close()
    with open_store(db_url, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.save(analysis, None, ())
    with open_store(db_url) as store:
        assert store.stats()["articles"] == 0


def test_records_read_back_in_the_order_they_were_given(db_url: str, analysis: Analysis) -> None:
    # one span naming two actors ties on its offsets: only the stored order can tell them apart
    tied = (Mention(20, 39, "Royal Canadian Navy", "ORG", "a2"), Mention(20, 39, "Royal Canadian Navy", "ORG", "a1"))
    shuffled = replace(analysis, mentions=(*tied, Mention(0, 4, "Iran", "GPE", "a1")), events=())
    with open_store(db_url) as store:
        store.save(shuffled, None, ())
        assert store.load(analysis.article.id) == shuffled
