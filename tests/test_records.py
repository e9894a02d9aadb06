"""Records read back from their OUTPUT.md dictionaries are the records that wrote them."""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import UsageError
from newsgraph.model import Analysis, Article, Span
from newsgraph.records import analysis_from_dict
from store.conftest import full_analysis


@pytest.mark.parametrize(
    "analysis",
    [
        full_analysis(),
        Analysis(article=Article(id="x", title=None, text="Short.", paragraphs=(Span(0, 6),))),
    ],
)
def test_an_analysis_survives_a_json_round_trip(analysis: Analysis) -> None:
    assert analysis_from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis


def test_a_record_of_another_shape_is_a_clear_error() -> None:
    with pytest.raises(UsageError, match="not an analysis record"):
        analysis_from_dict({"article": {"id": "x"}})
