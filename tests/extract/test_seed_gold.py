"""The seed gold's timexes and places, found in the sample run through the pipeline (body and captions)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.model import Analysis
from newsgraph.pipeline import extract
from newsgraph.settings import Settings


@pytest.fixture(scope="module")
def analyses(sample_path: Path) -> list[Analysis]:
    return [a for a in extract([str(sample_path)], Settings()) if isinstance(a, Analysis)]


def _where(analysis: Analysis, text: str, context: str | None) -> tuple[int | None, int, int]:
    """(caption index or None, start, end) of the gold text, inside its context when the gold gives one."""
    sources: list[tuple[int | None, str]] = [(None, analysis.article.text)]
    sources += [(n, c.text) for n, c in enumerate(analysis.article.captions)]
    for caption, source in sources:
        around = source.find(context) if context else 0
        if around < 0:
            continue
        start = source.find(text, around)
        if start >= 0:
            return caption, start, start + len(text)
    raise AssertionError(f"gold text {text!r} (context {context!r}) is not in the article")


def _gold_items(gold: list[dict[str, Any]], key: str) -> list[tuple[int, dict[str, Any]]]:
    return [(n, item) for n, article in enumerate(gold) for item in article[key]]


def test_pipeline_reads_the_four_gold_articles(analyses: list[Analysis], gold: list[dict[str, Any]]) -> None:
    assert [a.article.title for a in analyses] == [g["title"] for g in gold]


@pytest.mark.parametrize("case", range(12))
def test_gold_timex_found_with_gold_value(analyses: list[Analysis], gold: list[dict[str, Any]], case: int) -> None:
    items = _gold_items(gold, "timexes")
    assert len(items) == 12
    position, item = items[case]
    analysis = analyses[position]
    caption, start, end = _where(analysis, item["text"], item.get("context"))
    found = [t for t in analysis.timexes if t.caption == caption and t.start < end and start < t.end]
    assert [t.value for t in found] == [item["value"]], (item, found)


@pytest.mark.parametrize("case", range(8))
def test_gold_place_found_with_gold_country(analyses: list[Analysis], gold: list[dict[str, Any]], case: int) -> None:
    items = _gold_items(gold, "places")
    assert len(items) == 8
    position, item = items[case]
    analysis = analyses[position]
    caption, start, end = _where(analysis, item["text"], item.get("context"))
    found = [p for p in analysis.places if p.caption == caption and p.start < end and start < p.end]
    assert [p.country for p in found] == [item["country"]], (item, found)


def test_copyright_credit_and_money_are_not_timexes(analyses: list[Analysis]) -> None:
    values = {t.text for a in analyses for t in a.timexes}
    assert "2025" not in values and not any("190" in v for v in values)
