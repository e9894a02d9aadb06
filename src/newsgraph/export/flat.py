"""One flat row per event mention, as CSV, JSON Lines or Parquet (columns in docs/EXPORTS.md)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from newsgraph.errors import UsageError
from newsgraph.store.queries import EventRow

# (column, type): "str", "int", "float" or "list" (of strings); every value may be null but lists
COLUMNS: tuple[tuple[str, str], ...] = (
    ("key", "str"),
    ("article_id", "str"),
    ("event_id", "str"),
    ("cluster", "str"),
    ("date", "str"),
    ("date_precision", "str"),
    ("type", "str"),
    ("mode", "str"),
    ("context", "list"),
    ("modality", "str"),
    ("cameo", "str"),
    ("quad", "int"),
    ("goldstein", "float"),
    ("confidence", "float"),
    ("source_ids", "list"),
    ("source_names", "list"),
    ("source_codes", "list"),
    ("target_ids", "list"),
    ("target_names", "list"),
    ("target_codes", "list"),
    ("location_name", "str"),
    ("location_country", "str"),
    ("lat", "float"),
    ("lon", "float"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
    ("evidence_text", "str"),
    ("trigger_start", "int"),
    ("trigger_end", "int"),
    ("trigger_text", "str"),
    ("article_title", "str"),
    ("article_published", "str"),
    ("article_source", "str"),
    ("article_url", "str"),
    ("article_origin", "str"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
CSV_LIST_SEPARATOR = "; "


def flat_record(row: EventRow) -> dict[str, Any]:
    """Return the export record of one event mention, keyed by COLUMN_NAMES in order."""
    e, a = row.event, row.article
    location = e.location
    record: dict[str, Any] = {
        "key": row.key,
        "article_id": a.id,
        "event_id": e.id,
        "cluster": e.cluster,
        "date": e.date.value,
        "date_precision": e.date.precision,
        "type": e.type,
        "mode": e.mode,
        "context": list(e.context),
        "modality": e.modality,
        "cameo": e.cameo,
        "quad": e.quad,
        "goldstein": e.goldstein,
        "confidence": e.confidence,
        "source_ids": [x.id for x in row.source_actors],
        "source_names": [x.name or "" for x in row.source_actors],
        "source_codes": [x.code or "" for x in row.source_actors],
        "target_ids": [x.id for x in row.target_actors],
        "target_names": [x.name or "" for x in row.target_actors],
        "target_codes": [x.code or "" for x in row.target_actors],
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
        "evidence_text": e.evidence.text,
        "trigger_start": e.trigger.start,
        "trigger_end": e.trigger.end,
        "trigger_text": e.trigger.text,
        "article_title": a.title,
        "article_published": a.published,
        "article_source": a.source_name,
        "article_url": a.url,
        "article_origin": a.origin,
    }
    return record


def write_jsonl(rows: Iterable[EventRow], out: BinaryIO) -> int:
    """Write one JSON object per event mention; return the count."""
    count = 0
    for row in rows:
        out.write(json.dumps(flat_record(row), ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


def write_csv(rows: Iterable[EventRow], out: BinaryIO) -> int:
    """Write a header and one CSV line per event mention (UTF-8, lists joined with "; "); return the count."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(COLUMN_NAMES)
    count = 0
    for row in rows:
        record = flat_record(row)
        writer.writerow(_csv_cell(record[name], kind) for name, kind in COLUMNS)
        count += 1
    text.flush()
    text.detach()  # leave ``out`` open for the caller
    return count


def _csv_cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "list":
        return CSV_LIST_SEPARATOR.join(str(v) for v in value)
    return value


def write_parquet(rows: Iterable[EventRow], out: BinaryIO, batch: int = 5000) -> int:
    """Write a Parquet file with the typed columns of COLUMNS; return the count."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(
            "the parquet export needs pyarrow, which is not installed; install it with "
            "`pip install 'newsgraph[export]'`, or choose --format jsonl or csv"
        ) from None
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in COLUMNS])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        for chunk in _batches((flat_record(row) for row in rows), batch):
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _batches(records: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
