"""The only code that speaks SQL: SQLite by default, PostgreSQL for teams and big corpora."""

from __future__ import annotations

from newsgraph.errors import UsageError
from newsgraph.store.base import ArticleSummary, FailureRecord, Store
from newsgraph.store.sqlite import SQLiteStore

__all__ = ["ArticleSummary", "FailureRecord", "Store", "open_store"]


def open_store(db: str, read_only: bool = False) -> Store:
    """Open (and migrate, unless read-only) the database named by a path or URL."""
    if db.startswith(("postgresql://", "postgres://")):
        raise UsageError(f"cannot open {db}: PostgreSQL is not supported by this version; use a SQLite file path")
    if db.startswith("sqlite:///"):
        db = db[len("sqlite:///") :]
    return SQLiteStore(db, read_only=read_only)
