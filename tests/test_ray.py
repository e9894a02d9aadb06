"""The Ray engine on a local Ray instance: Ray Data actors analyse, Parquet or PostgreSQL receives."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from newsgraph.store import open_store
from test_cli import newsgraph, summary_numbers
from test_parallel import recombined_corpus

pytestmark = pytest.mark.slow


def analyses(db: str) -> dict[str, dict[str, Any]]:
    """Every stored analysis by article id, without its origin (the Ray engine records absolute paths).

    An event's cluster is the id of the first mention stored of that real-world event;
    Parquet is read back partition by partition, so it is written here as the set of
    mentions the cluster gathers, which does not depend on the order of storing.
    """
    with open_store(db, read_only=True) as store:
        found = {}
        for (article_id,) in store.execute("SELECT id FROM articles"):
            analysis = store.load(article_id)
            assert analysis is not None
            record = analysis.to_dict()
            record["article"].pop("origin")
            found[article_id] = record
    members: dict[str, set[tuple[str, str]]] = {}
    for article_id, record in found.items():
        for event in record["events"]:
            members.setdefault(event["cluster"], set()).add((article_id, event["id"]))
    for record in found.values():
        for event in record["events"]:
            event["cluster"] = sorted(members[event["cluster"]])
    return found


@pytest.fixture(scope="module")
def inputs(sample_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ray-inputs")
    shutil.copy(sample_path, folder / sample_path.name)
    records = recombined_corpus(sample_path, 24)
    (folder / "corpus.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def local_result(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    db = str(tmp_path_factory.mktemp("local") / "local.db")
    newsgraph("--db", db, "ingest", "--workers", "1", str(inputs))
    return analyses(db)


def test_ray_writes_parquet_that_load_imports_once(
    inputs: Path, tmp_path: Path, local_result: dict[str, dict[str, Any]]
) -> None:
    output = tmp_path / "parquet"
    run = newsgraph("ingest", "--engine", "ray", "--workers", "2", "--output", str(output), str(inputs))
    assert run.returncode == 1, run.stderr  # the empty file is reported, the rest is written
    assert "empty.txt: the input is empty" in run.stderr
    numbers = summary_numbers(run.stdout)
    assert numbers["inputs read"] == 2
    assert numbers["stored"] == numbers["articles found"] > 24
    partitions = sorted(p.name for p in output.iterdir() if p.is_dir())
    assert "published_month=2025-12" in partitions

    db = str(tmp_path / "loaded.db")
    first = newsgraph("--db", db, "load", str(output))
    assert first.returncode == 0, first.stderr
    assert summary_numbers(first.stdout)["stored"] == len(local_result)
    again = newsgraph("--db", db, "load", str(output))
    assert summary_numbers(again.stdout)["stored"] == 0
    assert analyses(db) == local_result


@pytest.mark.postgres
def test_ray_writes_to_postgresql(inputs: Path, postgres_url: str, local_result: dict[str, dict[str, Any]]) -> None:
    run = newsgraph("--db", postgres_url, "ingest", "--engine", "ray", "--workers", "2", str(inputs))
    assert run.returncode == 1, run.stderr
    assert summary_numbers(run.stdout)["stored"] == len(local_result)
    assert analyses(postgres_url) == local_result
    listing = newsgraph("--db", postgres_url, "search", "Revolutionary Guards")
    assert "Royal Canadian Navy" in listing.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "--output", "x", "a.txt"], "--address and --output go with --engine ray"),
        (["ingest", "--engine", "ray", "--output", "x", "-"], "reads files and folders every Ray node can see"),
    ],
)
def test_ray_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    result = newsgraph("--db", str(tmp_path / "x.db"), *args)
    assert result.returncode == 2
    assert message in result.stderr
