"""``newsgraph events`` on the ingested sample: filters, text and JSON output, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import newsgraph


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, sample_path: Path) -> Path:
    db = tmp_path_factory.mktemp("events") / "news.db"
    result = newsgraph("--db", str(db), "ingest", str(sample_path))
    assert result.returncode == 0, result.stderr
    return db


def test_events_by_dyad(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "events", "--dyad", "IRN", "CAN", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["source_actors"][0]["code"].startswith("IRN") for r in rows)
    assert any(r["type"] == "SANCTION" and r["date"]["value"] == "2025-12-30" for r in rows)


def test_claimed_events_are_listed_apart_from_asserted_ones(sample_db: Path) -> None:
    claimed = newsgraph("--db", str(sample_db), "events", "--type", "ASSAULT", "--modality", "claimed", "--json")
    rows = [json.loads(line) for line in claimed.stdout.splitlines()]
    assert rows and {r["modality"] for r in rows} == {"claimed"}
    assert all("attack" in r["trigger"]["text"] for r in rows)
    asserted = newsgraph(
        "--db", str(sample_db), "events", "--actor", "UKR", "--type", "ASSAULT", "--modality", "asserted"
    )
    assert "attack" not in asserted.stdout


def test_text_listing_names_date_type_actors_and_article(sample_db: Path) -> None:
    result = newsgraph(
        "--db", str(sample_db), "events", "--actor", "CAN", "--since", "2024-06-19", "--until", "2024-06-19"
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.splitlines()[0]
    assert line.startswith("2024-06-19  SANCTION")
    assert "[CAN" in line and "[IRNMIL]" in line
    assert "events)" in result.stderr


def test_a_bad_filter_is_a_usage_error(sample_db: Path) -> None:
    result = newsgraph("--db", str(sample_db), "events", "--since", "last Tuesday")
    assert result.returncode == 2
    assert "--since" in result.stderr
