"""Article-level scoring: segmentation by title, captions with credit, body edges, dates."""

from __future__ import annotations

from typing import Any

import pytest
from eval_records import gold_article, score, system_record

from newsgraph.eval.score_articles import caption_matches, date_verdict
from newsgraph.eval.system import SysCaption

FIRST = gold_article(
    title="Chinese President Affirms Firm Support to Moscow\u2019s \u2018Core Interests'",
    captions=["Xi and Mishustin attend a talks session on Thursday. (EPA)"],
    body_starts_with="China and Russia have reinforced",
    body_ends_with="in every field.",
    published=None,
)
SECOND = gold_article(article=2, title="Iran Designates Navy", published="2025-12-30")


def article(title: str | None, text: str, index: int, published: str | None = None, **fields: Any) -> dict[str, Any]:
    record = system_record(text=text, title=title)
    record["article"]["origin"]["index"] = index
    record["article"]["published"]["value"] = published
    record["article"].update(fields)
    return record


ONE = article(
    "Chinese President Affirms Firm Support to Moscow's 'Core Interests'",  # straight quotes fold the same
    "China and Russia have reinforced  their ties,\nin every field.",
    0,
    captions=[
        {
            "text": "Xi and Mishustin attend a talks session on Thursday.",
            "credit": "EPA",
            "date": None,
            "archive": False,
        }
    ],
)
TWO = article("Iran Designates Navy", "The Iranian foreign ministry designated the Navy.", 1, "2025-12-30")


def articles_figures(records: list[dict[str, Any]]) -> dict[str, float]:
    metrics = score([FIRST, SECOND], records).metrics()
    return {
        k.removeprefix("seed."): round(v, 4)
        for k, v in metrics.items()
        if k.startswith(("seed.articles", "seed.dates"))
    }


def test_right_segmentation_scores_one_everywhere() -> None:
    assert set(articles_figures([ONE, TWO]).values()) == {1.0}


def test_no_output_scores_zero_and_dates_unknown() -> None:
    figures = articles_figures([])
    assert figures["articles.segmentation.recall"] == 0.0
    assert figures["articles.captions.recall"] == 0.0
    assert figures["articles.body_start.accuracy"] == 0.0
    # no article, no answer: unknown, even where unknown would have been right
    assert figures["dates.published.correct"] == 0.0
    assert figures["dates.published.not_wrong"] == 1.0


def test_an_article_split_in_two_costs_precision() -> None:
    tail = article(None, "A stray paragraph.", 2)
    figures = articles_figures([ONE, TWO, tail])
    assert (figures["articles.segmentation.precision"], figures["articles.segmentation.recall"]) == (0.6667, 1.0)


def test_an_article_found_twice_is_not_right() -> None:
    figures = articles_figures([ONE, TWO, {**TWO}])
    assert (figures["articles.segmentation.precision"], figures["articles.segmentation.recall"]) == (0.3333, 0.5)


def test_a_wrong_title_still_pairs_by_position_for_the_content() -> None:
    retitled = article("IRAN NAVY", TWO["article"]["text"], 1, "2025-12-30")
    figures = articles_figures([ONE, retitled])
    assert figures["articles.segmentation.recall"] == 0.5
    assert figures["dates.published.correct"] == 1.0  # the date is scored on the article in second position


def test_a_caption_kept_twice_is_not_once() -> None:
    caption = ONE["article"]["captions"][0]
    twice = article(ONE["article"]["title"], ONE["article"]["text"], 0, captions=[caption, caption])
    figures = articles_figures([twice, TWO])
    assert (figures["articles.captions.precision"], figures["articles.captions.recall"]) == (0.0, 0.0)


@pytest.mark.parametrize(
    ("gold", "caption", "matches"),
    [
        ("Xi and Li attend talks. (EPA)", SysCaption("Xi and Li attend talks.", "EPA", False), True),
        ("Xi and Li attend talks. (EPA)", SysCaption("Xi and Li attend talks. (EPA)", None, False), True),
        ("Xi and Li attend talks. (EPA)", SysCaption("Xi and Li attend talks.", None, False), False),
        ("Xi and Li attend talks. (EPA)", SysCaption("Xi and Li attend talks.", "AFP", False), False),
        (
            "A satellite image, on August 31, 2023. 2025 Planet Labs PBC, via Reuters (archive)",
            SysCaption("A satellite image, on August 31, 2023.", "2025 Planet Labs PBC, via Reuters", True),
            True,
        ),
        (
            "A satellite image, on August 31, 2023. 2025 Planet Labs PBC, via Reuters (archive)",
            SysCaption("A satellite image, on August 31, 2023.", "2025 Planet Labs PBC, via Reuters", False),
            False,
        ),
        ("FILE PHOTO: Troops on parade. (Reuters)", SysCaption("Troops on parade.", "Reuters", True), True),
        ("Shopkeepers on a bridge \u2019s edge", SysCaption("Shopkeepers on a bridge 's edge", None, False), True),
    ],
)
def test_caption_compared_with_its_credit(gold: str, caption: SysCaption, matches: bool) -> None:
    assert caption_matches(gold, caption) is matches


@pytest.mark.parametrize(
    ("gold", "system", "verdict"),
    [
        ("2025-12-30", "2025-12-30", "correct"),
        (None, None, "correct"),
        ("2025-12-30", None, "unknown"),
        ("2025-12-30", "2025-12", "unknown"),
        ("2025-12-30", "2025-12-29", "wrong"),
        (None, "2025-12-30", "wrong"),
        ("2025-12-30", "2023-08-31", "wrong"),
    ],
)
def test_publication_date_verdicts(gold: str | None, system: str | None, verdict: str) -> None:
    assert date_verdict(gold, system) == verdict


def test_wrong_date_is_worse_than_unknown() -> None:
    wrong = articles_figures([ONE, article("Iran Designates Navy", "x", 1, "2023-08-31")])
    unknown = articles_figures([ONE, article("Iran Designates Navy", "x", 1, None)])
    assert wrong["dates.published.correct"] == unknown["dates.published.correct"] == 0.5
    assert wrong["dates.published.not_wrong"] == 0.5
    assert unknown["dates.published.not_wrong"] == 1.0
