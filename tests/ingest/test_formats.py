"""The project's small inputs in every format: sniffed by content, compressed or not, read whole."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.ingest.read import InputFailure, InputRead, read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings

# file, format sniffed, articles in it
FIXTURES = [
    ("harbour-expansion.html", "html", 1),
    ("valley-herald.rss", "feed", 3),
    ("harbour-desk.atom", "feed", 2),
    ("county-briefs.jsonl", "jsonl", 3),
    ("wire-briefs.txt.gz", "text", 2),
]


@pytest.mark.parametrize(("name", "format_name", "count"), FIXTURES)
def test_each_fixture_is_sniffed_and_read_whole(data_dir: Path, name: str, format_name: str, count: int) -> None:
    path = data_dir / name
    events = list(read_articles([str(path)], Settings()))
    assert events[-1] == InputRead(str(path), format_name, count)
    assert not [e for e in events if isinstance(e, InputFailure)]


@pytest.mark.parametrize(("name", "format_name", "count"), FIXTURES)
def test_gzip_compressed_copies_read_the_same(
    data_dir: Path, tmp_path: Path, name: str, format_name: str, count: int
) -> None:
    original = data_dir / name
    packed = tmp_path / f"{name}.gz"
    data = original.read_bytes()
    packed.write_bytes(data if data[:2] == b"\x1f\x8b" else gzip.compress(data))
    first = [e for e in read_articles([str(original)], Settings()) if isinstance(e, Article)]
    second = [e for e in read_articles([str(packed)], Settings()) if isinstance(e, Article)]
    assert [a.id for a in second] == [a.id for a in first]
    assert len(second) == count


def test_json_lines_take_text_title_url_source_and_date_under_common_names(data_dir: Path) -> None:
    articles = [e for e in read_articles([str(data_dir / "county-briefs.jsonl")], Settings()) if isinstance(e, Article)]
    hospital, drought, cycling = articles
    assert hospital.title == "Hospital opens new maternity wing"
    assert hospital.source.name == "County Times"
    assert hospital.published.value == "2024-06-14"
    assert drought.title == "Drought order imposed on three reservoirs"  # from "headline"
    assert drought.source.url == "https://countytimes.example/environment/drought-order"  # from "link"
    assert drought.published.value == "2024-06-10"  # from "date"
    assert cycling.published.value is None
    assert len(cycling.paragraphs) == 2


def test_the_gzip_text_dump_splits_at_separators_with_header_lines(data_dir: Path) -> None:
    articles = [e for e in read_articles([str(data_dir / "wire-briefs.txt.gz")], Settings()) if isinstance(e, Article)]
    assert [a.title for a in articles] == [
        "Airport strike called off after last-minute deal",
        "Library service to extend opening hours",
    ]
    assert [a.published.value for a in articles] == ["2024-08-02", "2024-08-01"]
    assert articles[1].text.startswith("The county library service")


def test_format_option_overrides_sniffing(data_dir: Path) -> None:
    path = data_dir / "harbour-expansion.html"
    events = list(read_articles([str(path)], Settings(format="text")))
    assert events[-1] == InputRead(str(path), "text", 1)
    (article,) = [e for e in events if isinstance(e, Article)]
    assert "<p>" in article.text  # read as the user asked: markup and all


def test_a_directory_is_read_recursively(data_dir: Path) -> None:
    done = [e for e in read_articles([str(data_dir)], Settings()) if isinstance(e, InputRead)]
    names = [Path(e.where).relative_to(data_dir).as_posix() for e in done]
    assert names[:5] == sorted(name for name, _, _ in FIXTURES)  # a folder's files, in name order, then its folders
    assert names[5:] == ["warc-pages/museum-reopens.html", "warc-pages/school-meals.html", "warc-pages/wind-farm.html"]
    assert sum(e.articles for e in done) == 1 + 3 + 2 + 3 + 2 + 3
