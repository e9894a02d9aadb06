"""Shared fixtures: the bundled sample, its gold, and fresh databases of both backends."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pgserver

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "000_dd32f5b03812fd1f.txt"
GOLD = ROOT / "tests" / "data" / "seed.gold.jsonl"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[pgserver.Server]:
    """A PostgreSQL server for the whole session; a clear failure (never a skip) if it cannot start."""
    try:
        servers = pgserver.running_server()
        server = servers.__enter__()
    except (pgserver.ServerError, OSError, subprocess.SubprocessError) as error:
        pytest.fail(f"cannot start the test PostgreSQL server: {error}", pytrace=False)
    try:
        yield server
    finally:
        servers.__exit__(None, None, None)


@pytest.fixture
def postgres_url(postgres_server: pgserver.Server) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    with pgserver.fresh_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each backend: a SQLite file path, then a postgresql:// URL."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return str(request.getfixturevalue("postgres_url"))
