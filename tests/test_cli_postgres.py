"""The newsgraph command against a real PostgreSQL server: every verb with --db postgresql://."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcorpus import realistic_corpus, save_all
from test_cli import newsgraph, summary_numbers

pytestmark = pytest.mark.postgres


def test_every_verb_works_on_postgresql(sample_path: Path, postgres_url: str) -> None:
    first = newsgraph("--db", postgres_url, "ingest", "--workers", "1", str(sample_path))
    assert first.returncode == 0, first.stderr
    assert summary_numbers(first.stdout)["stored"] == 4
    again = newsgraph("--db", postgres_url, "ingest", "--workers", "1", str(sample_path))
    assert summary_numbers(again.stdout)["duplicates"] == 4

    listing = newsgraph("--db", postgres_url, "articles", "--json")
    assert listing.returncode == 0, listing.stderr
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert sorted(r["published"] or "" for r in rows) == ["", "2025-12-30", "2025-12-30", "2025-12-30"]

    found = newsgraph("--db", postgres_url, "search", "Revolutionary Guards")
    assert found.returncode == 0, found.stderr
    assert "Royal Canadian Navy" in found.stdout

    kyiv = next(r for r in rows if r["title"].startswith("Kyiv"))
    shown = newsgraph("--db", postgres_url, "show", kyiv["id"][:8])
    assert shown.returncode == 0, shown.stderr
    assert "published: 2025-12-30 [source: context]" in shown.stdout
    assert "which Kyiv denies." in shown.stdout

    stats = newsgraph("--db", postgres_url, "stats", "--json")
    assert json.loads(stats.stdout)["articles"] == 4


def test_an_unreachable_database_exits_with_1_and_says_why(sample_path: Path) -> None:
    result = newsgraph("--db", "postgresql://nobody:pw@127.0.0.1:1/news", "articles")
    assert result.returncode == 1
    assert "cannot connect to postgresql://nobody:***@127.0.0.1:1/news" in result.stderr
    assert "pw@" not in result.stderr


def test_export_reads_events_from_postgresql(postgres_url: str, tmp_path: Path) -> None:
    save_all(postgres_url, realistic_corpus())
    result = newsgraph("--db", postgres_url, "export", "--format", "jsonl", "--actor", "RUS")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    sqlite_db = save_all(tmp_path / "corpus.db", realistic_corpus())
    expected = newsgraph("--db", str(sqlite_db), "export", "--format", "jsonl", "--actor", "RUS")
    assert rows == [json.loads(line) for line in expected.stdout.splitlines()]
    assert len(rows) > 5
