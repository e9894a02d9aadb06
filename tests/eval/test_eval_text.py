"""Text matching: folding quotes and white space, locating gold strings, offsets back in the body."""

from __future__ import annotations

import pytest

from newsgraph.eval.text import Anchor, FoldedText, Span, fold, shared_chars, text_overlap


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Moscow\u2019s \u2018core interests\u2019", "Moscow's 'core interests'"),
        ("\u201cplausible  evidence\u201d", '"plausible evidence"'),
        ("  two\n\nlines\u00a0here ", "two lines here"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_located_spans_index_the_original_body() -> None:
    body = "Lavrov said:  \u201cthe West\u2019s\n dominance\u201d is over. The West\u2019s dominance."
    folded = FoldedText(body)
    spans = folded.occurrences("the West's dominance")
    assert [body[s.start : s.end] for s in spans] == ["the West\u2019s\n dominance"]  # case matters
    assert [body[s.start : s.end] for s in folded.occurrences("West's dominance")] == [
        "West\u2019s\n dominance",
        "West\u2019s dominance",
    ]


def test_context_picks_one_occurrence() -> None:
    body = "Moscow said no. The summit in Moscow in March. Moscow again."
    folded = FoldedText(body)
    (span,) = folded.locate("Moscow", "summit in Moscow in March")
    assert span == Span(body.index("in Moscow") + 3, body.index("in Moscow") + 9)
    assert len(folded.locate("Moscow")) == 3
    assert len(folded.locate("Moscow", "a context that is not there")) == 3
    assert folded.locate("Kyiv") == []


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [("December 29, 2025", "on December 29, 2025", 17), ("Tehran", "Isfahan", 2), ("", "x", 0)],
)
def test_text_overlap(first: str, second: str, shared: int) -> None:
    assert text_overlap(first, second) == shared


def test_text_only_comparison_ignores_a_stray_common_word() -> None:
    gold = Anchor("December 29, 2025", ())
    assert shared_chars(gold, None, "December 29") == 11  # the whole shorter text
    assert shared_chars(gold, None, "in December, prices rose") == 0  # "december" alone is not the timex
    assert shared_chars(gold, Span(0, 5), "Decem") == 0  # a body item cannot match a gold the body lacks
