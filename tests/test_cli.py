"""The newsgraph command, run as a user runs it: a real process and a real SQLite file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from clirun import newsgraph


def summary_numbers(stdout: str) -> dict[str, int]:
    numbers = {}
    for line in stdout.splitlines():
        key, _, value = line.partition(":")
        first = value.split()[0] if value.split() else ""
        if first.isdigit():
            numbers[key.strip()] = int(first)
    return numbers


def test_ingesting_the_sample_stores_four_articles_once(sample_path: Path, db_path: Path) -> None:
    first = newsgraph("--db", str(db_path), "ingest", str(sample_path))
    assert first.returncode == 0, first.stderr
    assert summary_numbers(first.stdout)["stored"] == 4
    again = newsgraph("--db", str(db_path), "ingest", str(sample_path))
    assert again.returncode == 0
    numbers = summary_numbers(again.stdout)
    assert numbers["stored"] == 0
    assert numbers["duplicates"] == 4
    listing = newsgraph("--db", str(db_path), "articles", "--json")
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(rows) == 4
    assert sorted(r["published"] or "" for r in rows) == ["", "2025-12-30", "2025-12-30", "2025-12-30"]


def test_show_prints_title_date_source_captions_and_body(sample_path: Path, db_path: Path) -> None:
    newsgraph("--db", str(db_path), "ingest", str(sample_path))
    rows = [json.loads(line) for line in newsgraph("--db", str(db_path), "articles", "--json").stdout.splitlines()]
    kyiv = next(r for r in rows if r["title"].startswith("Kyiv"))
    shown = newsgraph("--db", str(db_path), "show", kyiv["id"][:8])
    assert shown.returncode == 0, shown.stderr
    assert "published: 2025-12-30 [source: context]" in shown.stdout
    assert "[archive]" in shown.stdout
    assert "which Kyiv denies." in shown.stdout


def test_show_unknown_id_is_a_usage_error(sample_path: Path, db_path: Path) -> None:
    newsgraph("--db", str(db_path), "ingest", str(sample_path))
    result = newsgraph("--db", str(db_path), "show", "zzzz")
    assert result.returncode == 2
    assert "no article with id" in result.stderr


def test_search_finds_articles(sample_path: Path, db_path: Path) -> None:
    newsgraph("--db", str(db_path), "ingest", str(sample_path))
    result = newsgraph("--db", str(db_path), "search", "Revolutionary Guards")
    assert result.returncode == 0
    assert "Royal Canadian Navy" in result.stdout


def test_extract_prints_the_output_record_without_a_database(sample_path: Path, tmp_path: Path) -> None:
    result = newsgraph("extract", str(sample_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert set(records[0]) >= {"article", "actors", "mentions", "timexes", "places", "quotes", "events"}
    assert set(records[0]["article"]) >= {"id", "title", "text", "published", "captions", "source", "origin"}
    assert not (tmp_path / "newsgraph.db").exists()


def test_extract_as_is_keeps_the_input_exactly(tmp_path: Path) -> None:
    raw = "Title Line\r\n\r\n  Body with \u201cquotes\u201d.\n\n\nTT\n"
    result = newsgraph("extract", "--as-is", "--published", "2025-12-30", "-", stdin=raw.encode())
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    article: dict[str, Any] = record["article"]
    assert article["text"] == raw
    assert article["title"] is None
    assert article["published"] == {"value": "2025-12-30", "precision": "day", "source": "option", "not_before": None}
    for span in article["paragraphs"]:
        assert raw[span["start"] : span["end"]].strip() == raw[span["start"] : span["end"]]


def test_bad_inputs_are_reported_and_the_rest_is_stored(sample_path: Path, tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "truncated.txt.gz").write_bytes(gzip.compress(sample_path.read_bytes())[:-200])
    (folder / "latin1.txt").write_bytes(
        "Café owners in Montréal protested on Monday, organisers said.".encode("latin-1")
    )
    (folder / "broken-link.txt").symlink_to(folder / "nowhere")
    (folder / "sample.txt").write_bytes(sample_path.read_bytes())
    result = newsgraph("--db", str(db_path), "ingest", str(folder))
    assert result.returncode == 1
    numbers = summary_numbers(result.stdout)
    assert numbers["stored"] == 5  # the sample's four and the Latin-1 one
    errors = result.stderr
    assert "empty.txt: the input is empty" in errors
    assert "binary.bin: binary data, not text" in errors
    assert "truncated.txt.gz: gzip data is truncated or corrupt" in errors
    assert "broken-link.txt: cannot open" in errors
    listing = newsgraph("--db", str(db_path), "articles", "--search", "Montréal", "--json")
    (row,) = [json.loads(line) for line in listing.stdout.splitlines()]
    assert row["origin"]["path"].endswith("latin1.txt")


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "x", "--format", "pdf"], ["nonsense"]])
def test_usage_errors_exit_with_2(args: list[str], db_path: Path) -> None:
    assert newsgraph("--db", str(db_path), *args).returncode == 2


def test_missing_input_exits_with_1_and_names_it(db_path: Path) -> None:
    result = newsgraph("--db", str(db_path), "ingest", "does-not-exist.txt")
    assert result.returncode == 1
    assert "does-not-exist.txt: no such file or directory" in result.stderr
