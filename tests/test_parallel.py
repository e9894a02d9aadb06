"""Ingest on several processes stores exactly what one process stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest.read import read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings
from newsgraph.store import open_store
from test_cli import newsgraph, summary_numbers


def recombined_corpus(sample: Path, count: int) -> list[dict[str, Any]]:
    """Articles made of the sample's real paragraphs in new combinations, plus copies of some."""
    articles = [a for a in read_articles([str(sample)], Settings()) if isinstance(a, Article)]
    paragraphs = [a.text[p.start : p.end] for a in articles for p in a.paragraphs if p.end - p.start > 60]
    records: list[dict[str, Any]] = []
    for number in range(count):
        chosen = [paragraphs[(number * 7 + k * 5) % len(paragraphs)] for k in range(3 + number % 5)]
        records.append(
            {"title": f"Story {number}", "published": f"2025-12-{1 + number % 28:02d}", "text": "\n\n".join(chosen)}
        )
        if number % 9 == 4:  # an exact copy, right behind its original
            records.append(dict(records[-1], url=f"https://mirror.example/{number}"))
        if number % 11 == 6:  # a near copy: the same story with a footer
            records.append(dict(records[-1], text=records[-1]["text"] + "\n\nRead more at our site."))
    return records


def stored(db: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Every stored analysis and its origins (without timestamps), by article id; and the row counts."""
    with open_store(db, read_only=True) as store:
        ids = [row[0] for row in store.execute("SELECT id FROM articles")]
        everything = {}
        for article_id in ids:
            analysis = store.load(article_id)
            assert analysis is not None
            origins = [{k: v for k, v in o.items() if k != "first_seen"} for o in store.origins(article_id)]
            everything[article_id] = {"analysis": analysis.to_dict(), "origins": origins}
        return everything, store.stats()


@pytest.mark.slow
def test_two_workers_store_what_one_worker_stores(sample_path: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = recombined_corpus(sample_path, 40)
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    results = {}
    for workers in ("1", "2"):
        db = str(tmp_path / f"workers-{workers}.db")
        run = newsgraph("--db", db, "ingest", "--workers", workers, str(corpus))
        assert run.returncode == 0, run.stderr
        numbers = summary_numbers(run.stdout)
        assert numbers["articles found"] == len(records)
        results[workers] = (numbers, *stored(db))
    one, two = results["1"], results["2"]
    assert one[0] == two[0]  # the same summary
    assert one[1] == two[1]  # the same articles, analyses and origins
    assert one[2] == two[2]
    assert one[0]["duplicates"] >= 8  # exact and near copies were found across batches
    assert one[0]["stored"] == len(one[1]) > 32  # more than two batches of 16
