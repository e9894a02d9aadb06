"""HTML pages: the article body, metadata, original publication date and figure captions."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newsgraph.errors import InputError, SkipReason
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.html import read_html
from newsgraph.ingest.htmltext import figure_captions
from newsgraph.ingest.published import own_evidence
from newsgraph.ingest.read import InputFailure, InputRead, read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings


@pytest.fixture(scope="module")
def page(data_dir: Path) -> ArticleDraft:
    path = data_dir / "harbour-expansion.html"
    return read_html(path.read_bytes(), str(path))


def test_title_site_name_and_canonical_url_come_from_the_page_metadata(page: ArticleDraft) -> None:
    assert page.title == "Port authority approves terminal expansion despite fishermen's protest"
    assert page.source.name == "The Coastal Courier"
    assert page.source.url == "https://www.coastalcourier.example/news/2024/03/port-terminal-expansion"


def test_body_keeps_paragraphs_and_drops_navigation_banner_and_footer(page: ArticleDraft) -> None:
    assert len(page.paragraphs) == 5
    assert page.paragraphs[0].startswith("The regional port authority on Monday approved")
    assert page.paragraphs[-1].endswith("according to the authority's published timetable.")
    for furniture in ("cookies", "Related stories", "All rights reserved", "Opinion", page.title):
        assert furniture not in page.text


def test_figure_captions_are_kept_with_credit_date_and_archive_flag(page: ArticleDraft) -> None:
    lead, archive = page.captions
    assert lead.text == "Container cranes at the eastern terminal on March 11, 2024."
    assert lead.credit == "Anders Holm / Reuters"
    assert lead.date == "2024-03-11"
    assert not lead.archive
    assert archive.text == "Fishing boats moored in the old harbour."
    assert archive.archive
    assert all(caption.text not in page.text for caption in page.captions)


def test_publication_date_is_the_original_not_the_update(page: ArticleDraft) -> None:
    assert page.metadata_date == "2024-03-12"
    published = own_evidence(page).published
    assert (published.value, published.precision, published.source) == ("2024-03-12", "day", "metadata")


BODY = "".join(
    f"<p>The committee heard evidence from {n} witnesses on Tuesday about the collapse of the scheme, "
    "which left thousands of savers without their deposits for several months.</p>"
    for n in ("seven", "eight", "nine")
)


def test_a_date_the_page_declares_only_as_modified_is_not_the_publication_date() -> None:
    html = (
        '<html><head><meta property="article:modified_time" content="2024-02-03T10:00:00Z">'
        f"<title>Savers inquiry</title></head><body><article><h1>Savers inquiry</h1>{BODY}</article></body></html>"
    )
    draft = read_html(html.encode(), "modified.html")
    assert draft.metadata_date is None


def test_a_date_in_the_page_url_counts_as_metadata() -> None:
    html = f"<html><head><title>Savers inquiry</title></head><body><article>{BODY}</article></body></html>"
    draft = read_html(html.encode(), "page.html", url="https://news.example/2023/10/17/savers-inquiry")
    assert draft.metadata_date == "2023-10-17"
    assert draft.source.url == "https://news.example/2023/10/17/savers-inquiry"


def test_a_page_in_a_declared_legacy_charset_is_decoded() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 closes</title></head><body><article>'
        "<p>The owners of the Caf\u00e9 M\u00fcller said on Monday that rising rents had forced them to close "
        "after forty years \u2013 \u201cwe had no choice\u201d, one of them said to the waiting customers.</p>"
        f"{BODY}</article></body></html>"
    )
    draft = read_html(html.encode("cp1252"), "legacy.html")
    assert "Caf\u00e9 M\u00fcller" in draft.text
    assert "\u201cwe had no choice\u201d" in draft.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Home</title></head><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>",
        "<html><head><script>var a = 1;</script></head><body><div id='app'></div></body></html>",
    ],
    ids=["navigation-only", "script-only"],
)
def test_a_page_without_article_text_is_an_empty_input(html: str) -> None:
    with pytest.raises(InputError) as raised:
        read_html(html.encode(), "front.html")
    assert raised.value.reason == SkipReason.EMPTY
    assert "no article text in the HTML page" in str(raised.value)


def test_html_is_sniffed_without_an_extension(data_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "saved-page"
    copy.write_bytes((data_dir / "harbour-expansion.html").read_bytes())
    events = list(read_articles([str(copy)], Settings()))
    (article,) = [e for e in events if isinstance(e, Article)]
    assert article.origin.path == str(copy)
    assert article.published.source == "metadata"
    assert events[-1] == InputRead(str(copy), "html", 1)


def test_an_empty_page_is_one_failure_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    path.write_text("<!DOCTYPE html><html><body><nav>Home | News | Sport</nav></body></html>", encoding="utf-8")
    (failure,) = list(read_articles([str(path)], Settings()))
    assert isinstance(failure, InputFailure)
    assert failure.reason == SkipReason.EMPTY


@pytest.mark.parametrize(
    ("markup", "text", "credit"),
    [
        ('Crowds at dawn. <span class="credit">Photo: Jane Roe / AP</span>', "Crowds at dawn.", "Jane Roe / AP"),
        ("Smoke rises over the port. <cite>Reuters</cite>", "Smoke rises over the port.", "Reuters"),
        ('Flooded streets. <span class="copyright">\u00a9 <small>AFP</small></span>', "Flooded streets.", "AFP"),
        ("Rescuers at work on Tuesday. (EPA)", "Rescuers at work on Tuesday.", "EPA"),
        ("A quiet street at dawn.", "A quiet street at dawn.", None),
    ],
    ids=["credit-class", "cite", "nested-credit", "credit-in-text", "no-credit"],
)
def test_caption_credit_is_separated_however_it_is_marked_up(markup: str, text: str, credit: str | None) -> None:
    tree = lxml.html.fromstring(f"<div><figure><img src='a.jpg'><figcaption>{markup}</figcaption></figure></div>")
    (caption,) = figure_captions(tree)
    assert (caption.text, caption.credit) == (text, credit)
