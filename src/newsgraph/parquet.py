"""Analyses as partitioned Parquet: what ``ingest --engine ray --output`` writes, ``load`` reads.

One row per analysed article, in Hive-style partitions by publication month
(``published_month=2025-12/``, ``published_month=unknown/``), so a year of news
splits into folders that tools such as pandas, DuckDB or Spark read directly.
Columns: ``id``, ``title``, ``published``, ``word_count``, ``record`` (the
OUTPUT.md record as JSON), ``minhash`` and ``bands`` (the near-duplicate
fingerprint, so ``load`` deduplicates without recomputing it).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.ingest.dedupe import Fingerprint
from newsgraph.model import Analysis
from newsgraph.records import analysis_from_dict

PARTITION = "published_month"
ROWS_PER_FILE = 5_000
READ_BATCH = 256


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise UsageError("Parquet needs pyarrow; install it with `pip install 'newsgraph[ray]'`") from None
    return pyarrow


def _schema() -> Any:
    pa = _pyarrow()
    return pa.schema(
        [
            ("id", pa.string()),
            ("title", pa.string()),
            ("published", pa.string()),
            ("word_count", pa.int32()),
            ("record", pa.large_string()),
            ("minhash", pa.binary()),
            ("bands", pa.list_(pa.int64())),
            (PARTITION, pa.string()),
        ]
    )


def published_month(analysis: Analysis) -> str:
    """The partition of an article: YYYY-MM of its publication, the year alone, or "unknown"."""
    value = analysis.article.published.value
    return value[:7] if value else "unknown"


class ParquetWriter:
    """Writes analyses to a partitioned Parquet folder, a file per partition per few thousand rows."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(f"--output {self.folder} is a file; name a folder (it is created if missing)")
        self.folder.mkdir(parents=True, exist_ok=True)
        self._rows: list[dict[str, Any]] = []
        self._run = uuid.uuid4().hex[:12]  # files of several runs can share a folder
        self._files = 0
        self.written = 0

    def add(self, analysis: Analysis, fingerprint: Fingerprint) -> None:
        article = analysis.article
        self._rows.append(
            {
                "id": article.id,
                "title": article.title,
                "published": article.published.value,
                "word_count": article.word_count,
                "record": json.dumps(analysis.to_dict(), ensure_ascii=False),
                "minhash": fingerprint.signature,
                "bands": list(fingerprint.bands),
                PARTITION: published_month(analysis),
            }
        )
        if len(self._rows) >= ROWS_PER_FILE:
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        pa = _pyarrow()
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self._rows, schema=_schema())
        pq.write_to_dataset(
            table,
            str(self.folder),
            partition_cols=[PARTITION],
            basename_template=f"part-{self._run}-{self._files:05d}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        self._files += 1
        self.written += len(self._rows)
        self._rows = []

    def close(self) -> None:
        self.flush()


def read_analyses(folder: str | Path) -> Iterator[tuple[Analysis, Fingerprint]]:
    """Yield every (analysis, fingerprint) of a Parquet folder, a batch at a time, files in name order."""
    path = Path(folder)
    if not path.is_dir():
        raise UsageError(f"cannot load {path}: not a folder; name the --output folder of `ingest --engine ray`")
    pa = _pyarrow()
    import pyarrow.dataset as ds

    files = sorted(str(p) for p in path.rglob("*.parquet"))
    if not files:
        raise UsageError(f"cannot load {path}: no .parquet files in it")
    try:
        dataset = ds.dataset(files, format="parquet", partitioning="hive", partition_base_dir=str(path))
        missing = {"record", "minhash", "bands"} - set(dataset.schema.names)
        if missing:
            raise UsageError(f"cannot load {path}: its Parquet files lack the columns {', '.join(sorted(missing))}")
        for batch in dataset.to_batches(columns=["record", "minhash", "bands"], batch_size=READ_BATCH):
            columns: Sequence[list[Any]] = [batch.column(i).to_pylist() for i in range(3)]
            for record, minhash, bands in zip(*columns, strict=True):
                yield analysis_from_dict(json.loads(record)), Fingerprint(minhash, tuple(bands))
    except pa.ArrowException as error:
        raise UsageError(
            f"cannot load {path}: unreadable Parquet ({error}); rewrite it with `ingest --output`"
        ) from None
