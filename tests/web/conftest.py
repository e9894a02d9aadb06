"""Fixtures for the API and UI tests: real SQLite databases, the real app, a real server, real Chromium."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventcorpus import hostile_article, realistic_corpus, save_all

with warnings.catch_warnings():
    # Starlette asks for the httpx2 package, which requirements.lock does not pin; httpx works
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "000_dd32f5b03812fd1f.txt"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-built corpus in a SQLite file; tests only read it."""
    return save_all(tmp_path_factory.mktemp("web") / "corpus.db", realistic_corpus())


@pytest.fixture(scope="session")
def client(corpus_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=str(corpus_db)))) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def showcase_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database the screenshots show: the bundled sample once the extractors find events in it,
    the hand-built corpus until then."""
    from newsgraph.pipeline import ingest
    from newsgraph.store import open_store

    db = tmp_path_factory.mktemp("showcase") / "sample.db"
    settings = Settings(db=str(db))
    with open_store(str(db)) as store:
        ingest([str(SAMPLE)], store, settings)
        events = store.stats()["events"]
    if events:
        return db
    return save_all(tmp_path_factory.mktemp("showcase-corpus") / "corpus.db", realistic_corpus())


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus plus an article whose every text field carries HTML and JavaScript."""
    return save_all(tmp_path_factory.mktemp("hostile") / "hostile.db", [*realistic_corpus(), hostile_article()])
