"""What only the PostgreSQL store does: its migrations, advisory lock, tsvector search, URLs."""

from __future__ import annotations

import threading

import psycopg
import pytest

from newsgraph.errors import StoreError
from newsgraph.store import open_store
from newsgraph.store.migrate import migrations
from newsgraph.store.postgres import PostgresStore, redacted, to_pyformat, ts_query

pytestmark = pytest.mark.postgres


def test_schema_has_a_tsvector_column_with_a_gin_index(postgres_url: str) -> None:
    with PostgresStore(postgres_url) as store:
        assert store.schema_version == max(v for v, _, _ in migrations("postgres"))
        kind = store.execute(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'articles' AND column_name = 'search'"
        )
        assert kind == [("tsvector",)]
        (index,) = store.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search'")
        assert "USING gin" in index[0]


def test_migrations_match_the_sqlite_ones_version_for_version() -> None:
    assert [v for v, _, _ in migrations("postgres")] == [v for v, _, _ in migrations("sqlite")]


def test_concurrent_openers_migrate_once(postgres_url: str) -> None:
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            open_store(postgres_url).close()
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with psycopg.connect(postgres_url) as connection:
        rows = connection.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [row[0] for row in rows] == [v for v, _, _ in migrations("postgres")]


def test_read_only_store_needs_a_newsgraph_schema(postgres_url: str) -> None:
    with pytest.raises(StoreError, match="not a newsgraph database"):
        open_store(postgres_url, read_only=True)


def test_an_unreachable_server_is_a_clear_error(postgres_server: object) -> None:
    with pytest.raises(StoreError, match=r"cannot connect to postgresql://newsgraph:\*\*\*@127.0.0.1:1/news"):
        open_store("postgresql://newsgraph:secret@127.0.0.1:1/news")


def test_a_missing_database_is_a_clear_error(postgres_url: str) -> None:
    missing = postgres_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(StoreError, match="no_such_database"):
        open_store(missing)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT ? , ?", "SELECT %s , %s"),
        ("SELECT '?' WHERE a = ?", "SELECT '?' WHERE a = %s"),
        ("SELECT 100 % 7 WHERE b LIKE 'x%'", "SELECT 100 %% 7 WHERE b LIKE 'x%%'"),
        ('SELECT "odd?name" FROM t WHERE c = ?', 'SELECT "odd?name" FROM t WHERE c = %s'),
    ],
)
def test_placeholders_are_translated_outside_quotes(sql: str, expected: str) -> None:
    assert to_pyformat(sql) == expected


@pytest.mark.parametrize(
    ("typed", "query"),
    [("navy", "'navy'"), ("Royal navy", "'Royal' & 'navy'"), ("terror*", "'terror':*"), ('"; DROP', "'DROP'")],
)
def test_typed_queries_become_safe_tsqueries(typed: str, query: str) -> None:
    assert ts_query(typed) == query


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://ann:pw@db:5432/news", "postgresql://ann:***@db:5432/news"),
        ("postgresql://ann@db/news", "postgresql://ann@db/news"),
    ],
)
def test_passwords_never_appear_in_messages(url: str, shown: str) -> None:
    assert redacted(url) == shown
