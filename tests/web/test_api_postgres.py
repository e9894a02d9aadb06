"""The REST API answers the same from PostgreSQL as from SQLite, request for request."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pgserver
from eventcorpus import realistic_corpus, save_all
from newsgraph.api import create_app
from newsgraph.settings import Settings

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres

REQUESTS = [
    "/api/articles",
    "/api/articles?q=drone attack",
    "/api/articles?q=Tehran&limit=2&offset=1",
    "/api/events",
    "/api/events?actor=RUS",
    "/api/events?actor=rusgov&role=source",
    "/api/events?dyad_source=RUS&dyad_target=UKR",
    "/api/events?since=2025-12-29&until=2025-12-31",
    "/api/events?modality=claimed",
    "/api/actors",
    "/api/actors?code=IRN",
    "/api/quotes",
    "/api/stats",
    "/api/locations",
]


@pytest.fixture(scope="module")
def clients(postgres_server: pgserver.Server, corpus_db: Path) -> Iterator[tuple[TestClient, TestClient]]:
    with pgserver.fresh_database(postgres_server) as url:
        save_all(url, realistic_corpus())
        with (
            TestClient(create_app(Settings(db=str(corpus_db)))) as sqlite_client,
            TestClient(create_app(Settings(db=url))) as postgres_client,
        ):
            yield sqlite_client, postgres_client


def without_timestamps(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_timestamps(v) for k, v in value.items() if k not in ("first_seen", "ingested_at")}
    if isinstance(value, list):
        return [without_timestamps(v) for v in value]
    return value


@pytest.mark.parametrize("path", REQUESTS)
def test_postgresql_answers_what_sqlite_answers(clients: tuple[TestClient, TestClient], path: str) -> None:
    sqlite_client, postgres_client = clients
    expected, got = sqlite_client.get(path), postgres_client.get(path)
    assert got.status_code == expected.status_code == 200, got.text
    assert without_timestamps(got.json()) == without_timestamps(expected.json())
