"""``newsgraph serve``: binds to this machine by default, prints its URL, fails early and clearly."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from liveserver import running_server

from newsgraph.cli import main
from newsgraph.cli.serve import _is_loopback


def test_serve_listens_on_localhost_and_prints_its_url(corpus_db: Path) -> None:
    with running_server(corpus_db) as url:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "/api/stats") as response:
            assert json.load(response)["counts"]["events"] == 28


def test_serve_prints_the_openapi_spec(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "any.db"), "serve", "--openapi"])
    assert result.exit_code == 0
    assert "/api/events" in json.loads(result.stdout)["paths"]


def test_serve_without_a_database_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.db"), "serve"])
    assert result.exit_code == 1
    assert "does not exist; run `newsgraph ingest` first" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("0.0.0.0", False), ("192.168.1.4", False)],
)
def test_only_loopback_addresses_count_as_private(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback
