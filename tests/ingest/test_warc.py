"""WARC and ARC archives: one article per archived HTML page, streamed, crawl dates never used."""

from __future__ import annotations

import gzip
import io
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.errors import InputError, RecordError, SkipReason
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.read import InputFailure, InputRead, ReadEvent, read_articles
from newsgraph.ingest.warc import read_warc
from newsgraph.model import Article
from newsgraph.settings import Settings


def read(path: Path, **settings: object) -> list[ReadEvent]:
    return list(read_articles([str(path)], Settings().with_overrides(settings)))


def articles_of(events: list[ReadEvent]) -> list[Article]:
    return [e for e in events if isinstance(e, Article)]


def test_each_html_response_is_one_article_and_other_records_are_passed_over(warc_path: Path) -> None:
    events = read(warc_path)
    articles = articles_of(events)
    assert [a.title for a in articles] == [
        "Offshore wind farm wins approval after two-year review",
        "City museum reopens after roof repairs",
        "Free school meals extended to all primary pupils",
    ]
    # requests, metadata, the image, the script and the 404 page are not failures
    assert not [e for e in events if isinstance(e, InputFailure)]
    assert events[-1] == InputRead(str(warc_path), "warc", 3)


def test_origin_index_counts_articles_and_the_url_is_the_page_or_its_canonical(warc_path: Path, crawl: Any) -> None:
    articles = articles_of(read(warc_path))
    assert [a.origin.index for a in articles] == [0, 1, 2]
    assert {a.origin.path for a in articles} == {str(warc_path)}
    # the first page declares its canonical URL; the others are known by the archived target URI
    assert [a.source.url for a in articles] == [
        "https://nsenergy.example/articles/offshore-wind-approval",
        crawl.pages[1][0],
        crawl.pages[2][0],
    ]


def test_the_crawl_date_is_never_the_publication_date(warc_path: Path, crawl: Any) -> None:
    wind, museum, meals = articles_of(read(warc_path))
    assert wind.published.value == "2023-09-18"
    assert museum.published.value == "2024-04-13"  # from the page's URL
    assert meals.published.value is None  # the page states no date: unknown, not the crawl's
    for article in (wind, museum, meals):
        assert article.published.value != crawl.date[:10]
        assert article.published.not_before != crawl.date[:10]


def test_captions_in_archived_pages_are_kept(warc_path: Path) -> None:
    museum = articles_of(read(warc_path))[1]
    (caption,) = museum.captions
    assert caption.text == "Visitors return to the main hall of the City Museum on Saturday."
    assert caption.credit == "Dan Kerr"


def test_an_uncompressed_warc_reads_the_same(tmp_path: Path, warc_path: Path, crawl: Any) -> None:
    plain = crawl.write(tmp_path / "crawl.warc", gzip=False)
    assert [a.id for a in articles_of(read(plain))] == [a.id for a in articles_of(read(warc_path))]


def test_a_truncated_archive_keeps_the_pages_before_the_break(tmp_path: Path, warc_path: Path) -> None:
    data = warc_path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    events = read(cut)
    assert 1 <= len(articles_of(events)) < 3
    (failure,) = [e for e in events if isinstance(e, InputFailure)]
    assert failure.where == str(cut)
    assert failure.reason in (SkipReason.UNREADABLE, SkipReason.MALFORMED)


def test_an_archived_page_without_article_text_is_a_record_error(data_dir: Path) -> None:
    warc = io.BytesIO()
    writer = WARCWriter(warc, gzip=False)
    article = (data_dir / "warc-pages" / "wind-farm.html").read_bytes()
    pages = [b"<html><body><nav>Home | News</nav></body></html>", article]
    for number, body in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
        uri = f"https://site.example/{number}"
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    warc.seek(0)
    found = list(read_warc(warc, "two.warc", 1_000_000))
    assert [type(item) for item in found] == [RecordError, ArticleDraft]
    error = found[0]
    assert isinstance(error, RecordError)
    assert error.where == "two.warc#1"
    assert error.reason == SkipReason.EMPTY
    assert "https://site.example/0" in error.detail
    assert isinstance(found[1], ArticleDraft) and found[1].index == 0


def test_a_record_above_the_size_limit_is_reported_too_large(warc_path: Path) -> None:
    events = read(warc_path, max_document_bytes=1_000)
    records = [e for e in events if isinstance(e, InputFailure) and e.where.startswith(f"{warc_path}#")]
    assert len(records) == 3
    assert all(f.reason == SkipReason.TOO_LARGE and "raise --max-document-bytes" in f.detail for f in records)


def test_an_arc_file_is_read_too(tmp_path: Path, data_dir: Path) -> None:
    html = (data_dir / "warc-pages" / "wind-farm.html").read_bytes()
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    description = b"1 0 newsgraph tests\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (
        f"filedesc://crawl.arc 0.0.0.0 20250115030405 text/plain {len(description)}\n".encode()
        + description
        + b"\n"
        + f"http://nsenergy.example/a 127.0.0.1 20250115030405 text/html {len(block)}\n".encode()
        + block
        + b"\n"
    )
    path = tmp_path / "crawl.arc.gz"
    path.write_bytes(gzip.compress(arc))
    (article,) = articles_of(read(path))
    assert article.title == "Offshore wind farm wins approval after two-year review"
    assert article.published.value == "2023-09-18"


def test_text_that_is_not_an_archive_is_malformed_with_format_warc(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Just some notes.\nNothing archived here.\n", encoding="utf-8")
    (failure,) = read(path, format="warc")
    assert isinstance(failure, InputFailure)
    assert failure.reason == SkipReason.MALFORMED
    assert "not a readable WARC or ARC archive" in failure.detail


def test_read_warc_raises_input_error_on_garbage() -> None:
    with pytest.raises(InputError):
        list(read_warc(io.BytesIO(b"garbage\n" * 10), "junk.warc", 1000))
