"""Text dumps: general segmentation rules, not this sample's strings."""

from __future__ import annotations

import pytest

from newsgraph.ingest import textdump
from newsgraph.ingest.textdump import join_wrapped_lines, read_text_dump


def drafts(text: str) -> list[textdump.ArticleDraft]:
    return list(read_text_dump(text.split("\n"), "dump.txt", max_article_chars=1_000_000))


BODY = "The council voted on Monday to approve the plan, officials said.\n\nCritics said the plan was rushed."


def page(title: str, caption: str, logo: str = "LOGO", body: str = BODY) -> str:
    return f"{title}\n\n{caption}\n{caption}\n{logo}\n\n{title}\n\n{caption}\n{caption}\n\n{body}\n\n\n"


def test_repeated_headlines_split_a_dump_with_another_logo() -> None:
    text = page("Council Approves Budget Plan", "Members vote in the chamber. (AP)", logo="NEWS24") + page(
        "Storm Hits Coastal Towns", "Waves break on the shore. (Reuters)", logo="NEWS24"
    )
    found = drafts(text)
    assert [d.title for d in found] == ["Council Approves Budget Plan", "Storm Hits Coastal Towns"]
    assert [c.credit for d in found for c in d.captions] == ["AP", "Reuters"]
    assert all("NEWS24" not in d.text for d in found)
    assert found[0].paragraphs == [
        "The council voted on Monday to approve the plan, officials said.",
        "Critics said the plan was rushed.",
    ]


def test_neighbouring_articles_with_the_same_photo_stay_apart() -> None:
    caption = "The parliament building in the capital. (Reuters)"
    text = page("Council Approves Budget Plan", caption) + page("Storm Hits Coastal Towns", caption)
    found = drafts(text)
    assert [d.title for d in found] == ["Council Approves Budget Plan", "Storm Hits Coastal Towns"]
    assert all(len(d.paragraphs) == 2 and len(d.captions) == 1 for d in found)


def test_a_quoted_sentence_repeated_as_a_pull_quote_is_no_headline() -> None:
    quote = '"We will not reopen the bridge until divers have inspected the foundations."'
    body = f"{BODY}\n\n{quote}\n\nThe council met again on Friday."
    text = page("Council Approves Budget Plan", "Members vote. (AP)", body=body) + page(
        "Storm Hits Coastal Towns", "Waves break. (Reuters)", body=f"{quote}\n\n{BODY}"
    )
    found = drafts(text)
    assert [d.title for d in found] == ["Council Approves Budget Plan", "Storm Hits Coastal Towns"]
    assert [len(d.paragraphs) for d in found] == [4, 3]


def test_captions_repeated_four_times_are_kept_once() -> None:
    title = "Quake Strikes Region"
    caption = "Rescuers dig through rubble. (EPA)"
    text = f"{title}\n{caption}\n{caption}\n{title}\n{caption}\n{caption}\n\n{BODY}\n"
    (found,) = drafts(text)
    assert [c.text for c in found.captions] == ["Rescuers dig through rubble."]


def test_non_breaking_space_lines_are_dropped() -> None:
    text = "Headline Of The Day\n\nHeadline Of The Day\n\nFirst paragraph.\n\n\u00a0\n\nSecond paragraph.\n"
    (found,) = drafts(text)
    assert found.paragraphs == ["First paragraph.", "Second paragraph."]


def test_single_article_with_a_title_line() -> None:
    text = "Ministers Agree On Trade Deal\n\n" + BODY
    (found,) = drafts(text)
    assert found.title == "Ministers Agree On Trade Deal"
    assert found.paragraphs[0].startswith("The council voted")


def test_single_article_without_a_title() -> None:
    (found,) = drafts(BODY)
    assert found.title is None
    assert len(found.paragraphs) == 2


def test_separator_lines_split_articles() -> None:
    text = f"First Story Title\n\n{BODY}\n\n-----\n\nSecond Story Title\n\n{BODY.replace('council', 'senate')}\n"
    found = drafts(text)
    assert [d.title for d in found] == ["First Story Title", "Second Story Title"]


def test_key_value_headers_give_title_date_and_url() -> None:
    text = f"Title: Budget Passes\nURL: https://example.org/a\nDate: 2024-05-03\n\n{BODY}\n"
    (found,) = drafts(text)
    assert found.title == "Budget Passes"
    assert found.metadata_date == "2024-05-03"
    assert found.source.url == "https://example.org/a"


def test_header_lines_shared_by_every_article_are_not_headlines() -> None:
    story = "Title: {title}\nDate: 2024-08-0{day}\nSource: Northern Wire\n\n{body}\n"
    text = "\n-----\n\n".join(
        story.format(title=title, day=day, body=BODY)
        for title, day in (("Airport Strike Called Off", 2), ("Library Hours Extended", 1))
    )
    found = drafts(text)
    assert [d.title for d in found] == ["Airport Strike Called Off", "Library Hours Extended"]
    assert [d.metadata_date for d in found] == ["2024-08-02", "2024-08-01"]
    assert [d.source.name for d in found] == ["Northern Wire", "Northern Wire"]
    assert all(d.paragraphs == BODY.split("\n\n") for d in found)


def test_hard_wrapped_lines_join_into_paragraphs() -> None:
    lines = ["The council voted on Monday to approve", "the plan, officials said.", "A second line."]
    assert join_wrapped_lines(lines) == [
        "The council voted on Monday to approve the plan, officials said.",
        "A second line.",
    ]


def test_streaming_keeps_articles_whole_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textdump, "CHUNK_LINES", 7)
    text = "".join(page(f"Story Number {n} Today", f"Photo number {n}. (AFP)") for n in range(20))
    found = drafts(text)
    assert [d.title for d in found] == [f"Story Number {n} Today" for n in range(20)]
    assert [d.index for d in found] == list(range(20))
    assert all(len(d.paragraphs) == 2 and len(d.captions) == 1 for d in found)


def test_text_without_boundaries_beyond_the_limit_is_too_large() -> None:
    lines = ["word " * 50] * 100
    with pytest.raises(textdump.TooLargeError):
        list(read_text_dump(lines, "big.txt", max_article_chars=1000))
