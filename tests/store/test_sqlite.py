"""What only the SQLite store does: one file, WAL mode, its own migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.errors import StoreError, UsageError
from newsgraph.store import open_store
from newsgraph.store.sqlite import SQLiteStore, migrations


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


def test_sqlite_url_names_a_file(db_path: Path) -> None:
    open_store(f"sqlite:///{db_path}").close()
    assert db_path.exists()


def test_an_unknown_url_scheme_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown database scheme 'mysql'"):
        open_store("mysql://localhost/news")


def test_read_only_store_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing.db"), read_only=True)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(bogus))
