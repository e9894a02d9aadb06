"""The seed gold end to end: writing the gold back scores 1.0 on every figure, nothing scores 0."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsgraph.eval.gold import GoldArticle, parse_gold_article
from newsgraph.eval.seed import align, score_seed
from newsgraph.eval.system import read_system_record
from newsgraph.eval.text import FoldedText
from newsgraph.ingest.read import read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings

SEED_GOLD = Path(__file__).resolve().parents[1] / "data" / "seed.gold.jsonl"


@pytest.fixture(scope="module")
def seed_gold(gold: list[dict[str, Any]]) -> list[GoldArticle]:
    return [parse_gold_article(g) for g in gold]


@pytest.fixture(scope="module")
def articles(sample_path: Path) -> list[Article]:
    return [a for a in read_articles([str(sample_path)], Settings()) if isinstance(a, Article)]


def located(body: FoldedText, text: str, context: str | None = None) -> dict[str, Any]:
    spans = body.locate(text, context)
    if not spans:  # printed in a caption only: no body offsets
        return {"start": None, "end": None, "text": text}
    return {"start": spans[0].start, "end": spans[0].end, "text": body.original[spans[0].start : spans[0].end]}


def bare_record(article: Article) -> dict[str, Any]:
    return {"article": article.to_dict(), "actors": [], "events": [], "quotes": [], "timexes": [], "places": []}


def perfect_record(gold: GoldArticle, article: Article) -> dict[str, Any]:
    """A record holding exactly the gold's required facts, at their places in the body."""
    body = FoldedText(article.text)
    actors: list[dict[str, Any]] = []

    def actor(code: str) -> str:
        actors.append({"id": f"a{len(actors) + 1}", "name": code, "kind": "country", "code": code})
        return str(actors[-1]["id"])

    record = bare_record(article)
    record["events"] = [
        {
            "type": e.types[0],
            "source": [actor(e.source[0])],
            "target": [actor(e.target[0])] if e.target else [],
            "modality": e.modality[0],
            "date": {"value": e.date},
            "evidence": located(body, e.sentence),
            "confidence": 0.9,
        }
        for e in gold.events
        if e.required
    ]
    record["actors"] = actors
    record["quotes"] = [
        {**located(body, q.text), "direct": True, "speaker": {"actor": None, "name": q.speakers[0]}}
        for q in gold.quotes
        if q.required
    ]
    record["timexes"] = [{**located(body, t.text, t.context), "type": "DATE", "value": t.value} for t in gold.timexes]
    record["places"] = [{**located(body, p.text, p.context), "name": p.text, "country": p.country} for p in gold.places]
    return record


def test_ingestion_pairs_every_gold_article_by_title(seed_gold: list[GoldArticle], articles: list[Article]) -> None:
    alignment = align(seed_gold, [read_system_record(bare_record(a)) for a in articles])
    assert [p.system.title if p.system else None for p in alignment.pairs] == [g.title for g in seed_gold]
    assert alignment.extra == ()


def test_writing_the_gold_back_scores_one_on_every_figure(
    seed_gold: list[GoldArticle], articles: list[Article]
) -> None:
    records = [perfect_record(g, a) for g, a in zip(seed_gold, articles, strict=True)]
    metrics = score_seed(seed_gold, [read_system_record(r) for r in records], "perfect").metrics()
    below = {name: value for name, value in metrics.items() if value != 1.0}
    assert not below
    assert len(metrics) > 100


def test_no_extraction_scores_zero_on_every_extraction_figure(
    seed_gold: list[GoldArticle], articles: list[Article]
) -> None:
    metrics = score_seed(seed_gold, [read_system_record(bare_record(a)) for a in articles], "bare").metrics()
    for name, value in metrics.items():
        expected = 1.0 if name.startswith(("seed.articles.", "seed.dates.")) else 0.0
        assert value == expected, name


def test_eval_command_scores_saved_output(
    seed_gold: list[GoldArticle], articles: list[Article], tmp_path: Path
) -> None:
    saved = tmp_path / "perfect.jsonl"
    lines = [json.dumps(perfect_record(g, a)) for g, a in zip(seed_gold, articles, strict=True)]
    saved.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsgraph", "eval", str(SEED_GOLD), "--system", str(saved), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["dataset"] == "seed"
    assert set(report["metrics"].values()) == {1.0}
