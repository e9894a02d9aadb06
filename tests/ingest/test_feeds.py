"""RSS and Atom feeds: one article per item, with its text, link, feed name and item date."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError, RecordError, SkipReason
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.feeds import read_feed
from newsgraph.ingest.read import InputFailure, InputRead, read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings


def drafts(path: Path) -> list[ArticleDraft]:
    found = list(read_feed(path.read_bytes(), str(path)))
    assert all(isinstance(d, ArticleDraft) for d in found)
    return [d for d in found if isinstance(d, ArticleDraft)]


def test_rss_items_become_articles_with_link_feed_title_and_date(data_dir: Path) -> None:
    items = drafts(data_dir / "valley-herald.rss")
    assert [d.title for d in items] == [
        "Floodwater closes main bridge as river reaches record level",
        "Council delays vote on new housing estate",
        "Rail operator cuts weekend services for track repairs",
    ]
    assert [d.metadata_date for d in items] == ["2024-11-07", "2024-11-06", "2024-11-05"]
    assert [d.index for d in items] == [0, 1, 2]
    assert {d.source.name for d in items} == {"The Valley Herald – Latest news"}
    assert items[1].source.url == "https://valleyherald.example/2024/11/06/housing-vote-delayed"


def test_full_content_is_preferred_to_the_summary_and_keeps_paragraphs_and_captions(data_dir: Path) -> None:
    flood = drafts(data_dir / "valley-herald.rss")[0]
    assert len(flood.paragraphs) == 4
    assert flood.paragraphs[0].endswith("the county council said.")
    assert flood.paragraphs[2].startswith('"We will not reopen the bridge')
    (caption,) = flood.captions
    assert caption.text == "Water reaches the arches of Millbrook bridge on Thursday."
    assert caption.credit == "Sara Benn / Valley Herald"
    assert "Sara Benn" not in flood.text


def test_an_html_summary_keeps_its_paragraphs_and_a_plain_one_is_one_paragraph(data_dir: Path) -> None:
    _, housing, rail = drafts(data_dir / "valley-herald.rss")
    assert len(housing.paragraphs) == 3
    assert (
        housing.paragraphs[2]
        == "Residents opposed to the scheme welcomed the delay. The vote is now expected in December."
    )
    assert len(rail.paragraphs) == 1


def test_atom_entries_take_published_never_updated(data_dir: Path) -> None:
    tanker, docks = drafts(data_dir / "harbour-desk.atom")
    assert tanker.title == "Tanker refloated after three days aground off Cape Farrow"
    assert tanker.metadata_date == "2024-05-20"  # local date of 2024-05-20T06:45+02:00; updated is the 21st
    assert docks.metadata_date == "2024-05-17"
    assert tanker.source.name == "Harbour Desk"
    assert tanker.source.url == "https://harbourdesk.example/news/tanker-refloated"
    assert '"It was a textbook operation," said salvage master Jonas Berg.' in tanker.text
    assert len(tanker.paragraphs) == 3


def test_an_atom_entry_with_only_an_update_date_has_no_publication_date() -> None:
    feed = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><title>Bridge reopens</title><updated>2024-05-21T09:30:00Z</updated>
    <summary>The bridge reopened to traffic on Tuesday after repairs.</summary></entry></feed>"""
    (entry,) = list(read_feed(feed, "updated.atom"))
    assert isinstance(entry, ArticleDraft)
    assert entry.metadata_date is None


def test_items_without_text_are_record_errors_and_the_rest_is_read() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Ministers meet</title><description>Ministers met on Monday to discuss the budget.</description></item>
    <item><title>Photo gallery: the week in pictures</title><description></description></item>
    <item><title>Talks end</title><description>&lt;p&gt;Talks ended without agreement.&lt;/p&gt;</description></item>
    </channel></rss>"""
    found = list(read_feed(feed, "wire.rss"))
    assert [type(item) for item in found] == [ArticleDraft, RecordError, ArticleDraft]
    error = found[1]
    assert isinstance(error, RecordError)
    assert error.where == "wire.rss#2"
    assert error.reason == SkipReason.EMPTY
    assert "'Photo gallery: the week in pictures' has no text" in error.detail
    assert [d.index for d in found if isinstance(d, ArticleDraft)] == [0, 1]


@pytest.mark.parametrize(
    ("feed", "reason", "words"),
    [
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>A</ti',
            "malformed",
            "well-formed",
        ),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>', "empty", "no items"),
    ],
    ids=["truncated", "no-items"],
)
def test_a_feed_without_items_is_one_input_error(feed: bytes, reason: str, words: str) -> None:
    with pytest.raises(InputError) as raised:
        list(read_feed(feed, "broken.rss"))
    assert raised.value.reason.value == reason
    assert words in raised.value.detail


def test_feeds_are_sniffed_and_dated_through_the_reader(data_dir: Path) -> None:
    events = list(read_articles([str(data_dir / "harbour-desk.atom")], Settings()))
    articles = [e for e in events if isinstance(e, Article)]
    assert [a.published.source for a in articles] == ["metadata", "metadata"]
    assert [a.origin.index for a in articles] == [0, 1]
    assert events[-1] == InputRead(str(data_dir / "harbour-desk.atom"), "feed", 2)
    assert not [e for e in events if isinstance(e, InputFailure)]
