"""The PostgreSQL store: a server shared by a team or a cluster, with tsvector search.

Speaks the same SQL as the SQLite store (store/base.py writes it once with ``?``
placeholders, translated here to psycopg's ``%s``), has its own versioned
migrations (store/migrations/postgres/), applied under an advisory lock so that
several processes opening one database at once migrate it exactly once. A
read-only store opens a session whose transactions are all read-only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsgraph.errors import StoreError
from newsgraph.store.base import SUMMARY_COLUMNS, ArticleSummary, Row, Store, summary_from_row
from newsgraph.store.migrate import migrations

# any constant that other applications are unlikely to pick for pg_advisory_lock
MIGRATION_LOCK = 0x6E657773_67726168 >> 1  # "newsgraph" in ASCII, folded to a positive bigint
CONNECT_TIMEOUT = 10  # seconds


def _import_psycopg() -> Any:
    """Import psycopg, or explain which extra installs it."""
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "PostgreSQL support needs psycopg; install it with `pip install 'newsgraph[postgres]'`"
        ) from None
    return psycopg


class PostgresStore(Store):
    """A newsgraph database on a PostgreSQL server, named by a ``postgresql://`` URL."""

    def __init__(self, url: str, read_only: bool = False) -> None:
        psycopg = _import_psycopg()
        self.url = redacted(url)
        self.read_only = read_only
        self._depth = 0
        self._psycopg = psycopg
        try:
            self._db = psycopg.connect(
                url, autocommit=True, connect_timeout=CONNECT_TIMEOUT, application_name="newsgraph"
            )
        except psycopg.Error as error:
            reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
            raise StoreError(
                f"cannot connect to {self.url}: {reason}; check that the server is running and the URL "
                "(postgresql://user:password@host:port/database) is right"
            ) from None
        try:
            if read_only:
                self._db.execute("SET default_transaction_read_only = on")
                if self.schema_version == 0:
                    raise StoreError(
                        f"{self.url} is not a newsgraph database (no schema); run `newsgraph ingest` first"
                    )
            else:
                self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _migrate(self) -> None:
        with self._db.transaction():
            # concurrent openers wait here; the lock ends with the transaction
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            applied = self.schema_version
            for version, name, sql in migrations("postgres"):
                if version <= applied:
                    continue
                try:
                    with self._db.transaction():
                        self._db.execute(sql)
                        self._db.execute(
                            "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)", (version, name)
                        )
                except self._psycopg.Error as error:
                    raise StoreError(f"migration {name} failed on {self.url}: {error}") from None

    @property
    def schema_version(self) -> int:
        rows = self._db.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_name = 'schema_migrations'"
        ).fetchall()
        if not rows:
            return 0
        row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        try:
            cursor = self._db.execute(to_pyformat(sql), tuple(parameters))
        except self._psycopg.errors.ReadOnlySqlTransaction as error:
            raise StoreError(f"{self.url} is open read-only: {error}") from None
        return list(cursor.fetchall()) if cursor.description is not None else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._db.cursor() as cursor:
                try:
                    cursor.executemany(to_pyformat(sql), [tuple(row) for row in rows])
                except self._psycopg.errors.ReadOnlySqlTransaction as error:
                    raise StoreError(f"{self.url} is open read-only: {error}") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # nested use joins the outer transaction, as in the SQLite store
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._db.transaction():
                yield
        finally:
            self._depth = 0

    def search_articles(self, query: str, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        tsquery = ts_query(query)
        if not tsquery:
            return []
        columns = ", ".join(f"a.{c.strip()}" for c in SUMMARY_COLUMNS.split(","))
        rows = self.execute(
            f"SELECT {columns} FROM articles a, to_tsquery('simple', newsgraph_fold(?)) q "
            "WHERE a.search @@ q ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT ? OFFSET ?",
            (tsquery, limit, offset),
        )
        return [summary_from_row(row) for row in rows]

    def count_search(self, query: str) -> int:
        tsquery = ts_query(query)
        if not tsquery:
            return 0
        rows = self.execute(
            "SELECT COUNT(*) FROM articles WHERE search @@ to_tsquery('simple', newsgraph_fold(?))", (tsquery,)
        )
        return int(rows[0][0])

    def close(self) -> None:
        self._db.close()


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """Translate ``?`` placeholders to ``%s`` (and escape literal ``%``), outside quoted strings."""
    out: list[str] = []
    quote: str | None = None
    for char in sql:
        if quote:
            if char == quote:
                quote = None
            out.append("%%" if char == "%" else char)
        elif char in ("'", '"'):
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


def ts_query(text: str) -> str:
    """Turn what a user typed into a safe tsquery: every word must appear, ``word*`` matches a prefix.

    The same rule as the SQLite store's FTS5 query, so both backends find the same articles.
    """
    words = re.findall(r"\w+\*?", unicodedata.normalize("NFC", text))
    terms = []
    for word in words:
        prefix = word.endswith("*")
        # the tsquery parser splits on what FTS5 would split on too (e.g. "_"), so quote each word
        terms.append(f"'{word.rstrip('*')}'" + (":*" if prefix else ""))
    return " & ".join(terms)


def redacted(url: str) -> str:
    """Return the URL with any password replaced by ``***``, for messages and listings."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))
