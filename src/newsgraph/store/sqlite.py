"""The SQLite store: one file, WAL mode, versioned migrations, FTS5 search."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.store.base import SUMMARY_COLUMNS, ArticleSummary, Row, Store, summary_from_row
from newsgraph.store.migrate import migrations

__all__ = ["SQLiteStore", "fts_query", "migrations"]


class SQLiteStore(Store):
    """A newsgraph database in one SQLite file."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.url = str(self.path)
        self.read_only = read_only
        self._depth = 0
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"database {self.path} does not exist; run `newsgraph ingest` first")
                self._db = sqlite3.connect(
                    f"file:{self.path.resolve()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
                )
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA busy_timeout = 10000")
            if not read_only:
                self._migrate()
            elif self.schema_version == 0:
                raise StoreError(f"{self.path} is not a newsgraph database (no schema); run `newsgraph ingest` first")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open database {self.path}: {error}") from None

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
            "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        # every shipped migration not yet recorded, in order (not only those above the
        # highest applied one: branches may land migrations out of order)
        applied = {int(row[0]) for row in self._db.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations("sqlite"):
            if version in applied:
                continue
            script = (
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations (version, name) VALUES ({version}, '{name}');\nCOMMIT;"
            )
            try:
                self._db.executescript(script)
            except sqlite3.DatabaseError as error:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed on {self.path}: {error}") from None

    @property
    def schema_version(self) -> int:
        try:
            row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0] or 0)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        try:
            return self._db.execute(sql, tuple(parameters)).fetchall()
        except sqlite3.OperationalError as error:
            if "readonly" in str(error) or "read-only" in str(error):
                raise StoreError(f"{self.path} is open read-only: {error}") from None
            raise

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._db.executemany(sql, [tuple(row) for row in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # nested use joins the outer transaction
        if self._depth == 0:
            self._db.execute("BEGIN IMMEDIATE" if not self.read_only else "BEGIN")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self._db.execute("COMMIT")

    def search_articles(self, query: str, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        columns = ", ".join(f"a.{c.strip()}" for c in SUMMARY_COLUMNS.split(","))
        rows = self.execute(
            f"SELECT {columns} FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ? OFFSET ?",
            (fts_query(query), limit, offset),
        )
        return [summary_from_row(row) for row in rows]

    def count_search(self, query: str) -> int:
        rows = self.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (fts_query(query),))
        return int(rows[0][0])

    def close(self) -> None:
        self._db.close()


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must appear (prefixes allowed)."""
    words = re.findall(r"\w+\*?", text)
    return " ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words) or '""'
