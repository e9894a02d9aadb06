"""``newsgraph load``: what it says about folders that are not the Ray engine's Parquet."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_cli import newsgraph


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({}, "no .parquet files in it"),
        ({"published_month=unknown/part-0.parquet": b"not parquet at all"}, "unreadable Parquet"),
        ({"notes.txt": b"hello"}, "no .parquet files in it"),
    ],
)
def test_a_folder_that_is_not_ray_output_is_a_usage_error(
    files: dict[str, bytes], message: str, tmp_path: Path, db_path: Path
) -> None:
    folder = tmp_path / "parquet"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    result = newsgraph("--db", str(db_path), "load", str(folder))
    assert result.returncode == 2, result.stderr
    assert message in result.stderr


def test_parquet_of_another_shape_is_a_usage_error(tmp_path: Path, db_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "parquet"
    folder.mkdir()
    pq.write_table(pa.table({"id": ["x"], "text": ["hello"]}), folder / "other.parquet")
    result = newsgraph("--db", str(db_path), "load", str(folder))
    assert result.returncode == 2
    assert "lack the columns bands, minhash, record" in result.stderr
