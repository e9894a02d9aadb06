"""Listing stored actors: aggregated by name and code across articles, filtered by article or code."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import UsageError
from newsgraph.model import Actor, Analysis, Article, Mention, Span, article_id
from newsgraph.store import open_store
from newsgraph.store.actors import list_actors


def analysis(text: str, actors: tuple[Actor, ...], mentions: tuple[Mention, ...]) -> Analysis:
    article = Article(article_id(text), None, text, (Span(0, len(text)),))
    return Analysis(article=article, actors=actors, mentions=mentions)


@pytest.fixture
def store_path(db_path: Path) -> Path:
    lavrov = Actor("a1", "Sergei Lavrov", "person", "RUSGOV", "RUS", "GOV", "Foreign Minister", ("Lavrov",))
    first = analysis(
        "Sergei Lavrov met Wang Yi. Lavrov said ties were strong.",
        (lavrov, Actor("a2", "Wang Yi", "person", "CHNGOV", "CHN", "GOV", "Foreign Minister")),
        (Mention(0, 13, "Sergei Lavrov", "PERSON", "a1"), Mention(18, 25, "Wang Yi", "PERSON", "a2"),
         Mention(27, 33, "Lavrov", "PERSON", "a1")),
    )  # fmt: skip
    second = analysis(
        "Sergei Lavrov flew to Tehran.",
        (lavrov, Actor("a2", "Iran", "country", "IRN", "IRN")),
        (Mention(0, 13, "Sergei Lavrov", "PERSON", "a1"),),
    )
    with open_store(str(db_path)) as store:
        store.save(first, None, [])
        store.save(second, None, [])
    return db_path


def test_actors_are_aggregated_across_articles(store_path: Path) -> None:
    with open_store(str(store_path), read_only=True) as store:
        rows = list_actors(store)
    lavrov = rows[0]
    assert (lavrov.name, lavrov.code, lavrov.mentions, lavrov.articles) == ("Sergei Lavrov", "RUSGOV", 3, 2)
    iran = next(r for r in rows if r.name == "Iran")
    assert (iran.mentions, iran.articles) == (0, 1)


@pytest.mark.parametrize(("code", "names"), [("RUS", {"Sergei Lavrov"}), ("chngov", {"Wang Yi"}), ("USA", set())])
def test_actors_filtered_by_code_prefix(store_path: Path, code: str, names: set[str]) -> None:
    with open_store(str(store_path), read_only=True) as store:
        assert {r.name for r in list_actors(store, code=code)} == names


def test_actors_of_one_article(store_path: Path) -> None:
    text = "Sergei Lavrov flew to Tehran."
    with open_store(str(store_path), read_only=True) as store:
        rows = list_actors(store, article_id=article_id(text))
    assert {(r.name, r.mentions) for r in rows} == {("Sergei Lavrov", 1), ("Iran", 0)}


def test_a_code_must_be_letters(store_path: Path) -> None:
    with open_store(str(store_path), read_only=True) as store, pytest.raises(UsageError, match="letters"):
        list_actors(store, code="RUS%")
