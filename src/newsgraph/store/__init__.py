"""The only code that speaks SQL: SQLite by default, PostgreSQL for teams and big corpora."""

from __future__ import annotations

import re

from newsgraph.errors import UsageError
from newsgraph.store.base import ArticleSummary, FailureRecord, Store
from newsgraph.store.sqlite import SQLiteStore

__all__ = ["ArticleSummary", "FailureRecord", "Store", "is_postgres_url", "open_store"]

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")


def is_postgres_url(db: str) -> bool:
    """Tell whether ``db`` names a PostgreSQL database rather than a SQLite file."""
    return db.startswith(("postgresql://", "postgres://"))


def open_store(db: str, read_only: bool = False) -> Store:
    """Open (and migrate, unless read-only) the database named by a path or URL."""
    if is_postgres_url(db):
        from newsgraph.store.postgres import PostgresStore

        return PostgresStore(db, read_only=read_only)
    scheme = _SCHEME.match(db)
    if scheme and scheme.group(1) != "sqlite":
        raise UsageError(
            f"cannot open {db}: unknown database scheme {scheme.group(1)!r}; "
            "use a SQLite file path, sqlite:///PATH or postgresql://user@host/database"
        )
    if db.startswith("sqlite:///"):
        db = db[len("sqlite:///") :]
    return SQLiteStore(db, read_only=read_only)
