"""Publication dates: the order of evidence, lower bounds, context, and honest unknowns."""

from __future__ import annotations

import pytest

from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.published import dominant_weekday, own_evidence, resolve_with_context
from newsgraph.model import Caption, Published


def draft(*paragraphs: str, captions: tuple[Caption, ...] = (), metadata: str | None = None) -> ArticleDraft:
    return ArticleDraft(list(paragraphs), "x.txt", captions=list(captions), metadata_date=metadata)


def resolve(d: ArticleDraft, neighbours: tuple[Published, ...] = (), option: str | None = None) -> Published:
    return resolve_with_context(own_evidence(d), list(neighbours), option)


TUESDAY = Published("2025-12-30", "day", "caption")


@pytest.mark.parametrize(
    ("article", "value", "source"),
    [
        (draft("Protests erupted on Tuesday.", metadata="2024-03-05T10:00:00Z"), "2024-03-05", "metadata"),
        (draft("Body.", metadata="Tue, 30 Dec 2025 08:00:00 GMT"), "2025-12-30", "metadata"),
        (draft("Body.", metadata="2024-03"), "2024-03", "metadata"),
        (draft("KYIV, Dec 30, 2025 (Reuters) - Russia said on Tuesday it shot down drones."), "2025-12-30", "dateline"),
        (
            draft(
                "KYIV, Dec 30 (Reuters) - Russia said on Tuesday it shot down drones.",
                captions=(Caption("Drones over Kyiv on December 29, 2025.", "AFP", "2025-12-29"),),
            ),
            "2025-12-30",
            "dateline",
        ),
        (draft("Published 3 May 2024", "The council met."), "2024-05-03", "body"),
        (draft("The council met.", "March 12, 2024 10:31 AM"), "2024-03-12", "body"),
        (
            draft(
                "Students protested on Tuesday.",
                captions=(Caption("Shops in Tehran on December 29, 2025.", "AFP", "2025-12-29"),),
            ),
            "2025-12-30",
            "caption",
        ),
        (
            draft(
                "The ministry acted on Tuesday.",
                captions=(Caption("A banner in Tehran, 30 December 2025.", "EPA", "2025-12-30"),),
            ),
            "2025-12-30",
            "caption",
        ),
    ],
)
def test_own_evidence(article: ArticleDraft, value: str, source: str) -> None:
    published = resolve(article)
    assert (published.value, published.source) == (value, source)


def test_archive_caption_never_dates_the_story() -> None:
    article = draft(
        "Ukraine said Tuesday that no attack happened.",
        captions=(Caption("An image on August 31, 2023.", "Reuters", "2023-08-31", archive=True),),
    )
    published = resolve(article)
    assert published.value is None
    assert published.not_before is None


def test_caption_without_weekday_gives_only_a_lower_bound() -> None:
    article = draft(
        "Shopkeepers went on strike.", captions=(Caption("Shops on December 29, 2025.", "AFP", "2025-12-29"),)
    )
    published = resolve(article)
    assert published.value is None
    assert published.not_before == "2025-12-29"


def test_neighbours_date_an_article_whose_weekday_agrees() -> None:
    article = draft("Russia has no evidence, Ukraine said Tuesday.", "On Tuesday, the Kremlin spoke.")
    published = resolve(article, (TUESDAY, TUESDAY))
    assert (published.value, published.source) == ("2025-12-30", "context")


def test_neighbours_do_not_date_an_article_whose_weekdays_disagree() -> None:
    article = draft("Lavrov said on Wednesday.", "Xi met him on Wednesday.", "Novak spoke on Tuesday.")
    assert resolve(article, (TUESDAY, TUESDAY)).value is None


def test_neighbours_do_not_date_an_article_with_no_weekday() -> None:
    assert resolve(draft("China and Russia reinforced cooperation."), (TUESDAY,)).value is None


def test_neighbours_dated_only_by_context_do_not_count() -> None:
    article = draft("Ukraine said Tuesday.")
    assert resolve(article, (Published("2025-12-30", "day", "context"),)).value is None


def test_option_is_used_when_nothing_else_dates_the_article() -> None:
    published = resolve(draft("The council met."), option="2024-02-01")
    assert (published.value, published.source) == ("2024-02-01", "option")


def test_option_does_not_override_the_document() -> None:
    assert resolve(draft("Body.", metadata="2024-03-05"), option="2020-01-01").value == "2024-03-05"


def test_unknown_is_never_the_ingest_date() -> None:
    published = resolve(draft("Nothing here says when."))
    assert published == Published()


@pytest.mark.parametrize(
    ("paragraphs", "weekday"),
    [
        (("He said on Monday.",), 0),
        (("Talks will resume on Friday.", "He spoke Tuesday."), 1),
        (("They met last Tuesday and on Wednesday.",), 2),
        (("He said on Wednesday.", "On Wednesday too.", "On Tuesday a forum."), 2),
        (("No days here.",), None),
    ],
)
def test_dominant_weekday(paragraphs: tuple[str, ...], weekday: int | None) -> None:
    assert dominant_weekday(paragraphs) == weekday
