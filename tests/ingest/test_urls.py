"""URLs of pages and feeds, fetched from a local web server (never the internet) by the real command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.settings import Settings

SLOW_SECONDS = 3.0
CAP = 100_000


@pytest.fixture(scope="module")
def site(data_dir: Path, web_server: Any) -> Iterator[Any]:
    page = (data_dir / "harbour-expansion.html").read_bytes()
    huge = b"<html><body>" + b"<p>x</p>" * (CAP // 4) + b"</body></html>"
    routes = {
        "/news/harbour.html": {"body": page},
        "/feed.rss": {"body": (data_dir / "valley-herald.rss").read_bytes(), "content_type": "application/rss+xml"},
        "/slow.html": {"body": page, "delay": SLOW_SECONDS},
        "/huge.html": {"body": huge},
        "/huge-unannounced.html": {"body": huge, "declared_length": False},
    }
    with web_server(routes) as served:
        yield served


@pytest.fixture(scope="module")
def run(site: Any, cli: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("urls") / "urls.db"
    paths = ["/news/harbour.html", "/feed.rss", "/gone.html", "/slow.html", "/huge.html", "/huge-unannounced.html"]
    result = cli(
        "--db",
        str(db),
        "ingest",
        *(site.base + path for path in paths),
        "--fetch-timeout",
        "0.5",
        "--fetch-max-bytes",
        str(CAP),
    )
    listing = cli("--db", str(db), "articles", "--json")
    return {"result": result, "articles": [json.loads(line) for line in listing.stdout.splitlines()], "db": db}


def test_pages_and_feeds_are_fetched_and_stored(run: dict[str, Any], site: Any) -> None:
    origins = sorted((a["origin"]["path"], a["origin"]["index"]) for a in run["articles"])
    assert origins == [
        (f"{site.base}/feed.rss", 0),
        (f"{site.base}/feed.rss", 1),
        (f"{site.base}/feed.rss", 2),
        (f"{site.base}/news/harbour.html", 0),
    ]
    page = next(a for a in run["articles"] if a["origin"]["path"].endswith("harbour.html"))
    assert page["published"] == "2024-03-12"
    assert page["source_name"] == "The Coastal Courier"


def test_each_failed_url_is_one_line_naming_it_and_its_reason(run: dict[str, Any], site: Any) -> None:
    result = run["result"]
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    prefix = f"newsgraph: cannot read {site.base}"
    assert f"{prefix}/gone.html: the server answered HTTP 404 [unreadable]" in lines
    assert f"{prefix}/slow.html: no answer within 0.5 s; raise --fetch-timeout [unreadable]" in lines
    for path in ("/huge.html", "/huge-unannounced.html"):
        assert f"{prefix}{path}: larger than {CAP:,} bytes; raise --fetch-max-bytes [too large]" in lines
    assert len(lines) == 4
    assert "failed:           4 (too large: 2, unreadable: 2)" in result.stdout


def test_the_user_agent_sent_is_the_honest_one_from_settings(run: dict[str, Any], site: Any) -> None:
    assert site.user_agents
    assert set(site.user_agents) == {Settings().user_agent}
    assert "newsgraph/" in Settings().user_agent
