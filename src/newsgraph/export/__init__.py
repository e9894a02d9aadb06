"""Standard files to take elsewhere: events as CSV, JSON Lines, Parquet, GDELT and PLOVER.

Rows come from the query layer (``store.queries.iter_events``) with the same
filters as the API and the CLI, so an export holds exactly what a listing shows.
Every format and column is documented in ``docs/EXPORTS.md``.

- ``csv``, ``jsonl``, ``parquet``: one row per event mention, the columns of
  ``export.flat.COLUMNS`` (lists are JSON arrays in jsonl and Parquet, joined with
  "; " in CSV).
- ``gdelt``: a tab-separated table in the shape of the GDELT 2.0 events table, one
  row per real-world event (a cluster of mentions) and actor pair.
- ``plover``: PLOVER JSON records, one per line, one per event mention.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from newsgraph.errors import UsageError
from newsgraph.export import flat, gdelt, plover
from newsgraph.store.queries import EventRow

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
BINARY_FORMATS = ("parquet",)


def write_events(rows: Iterable[EventRow], format_: str, out: BinaryIO) -> int:
    """Write event rows to ``out`` in ``format_``; return how many records were written."""
    if format_ == "csv":
        return flat.write_csv(rows, out)
    if format_ == "jsonl":
        return flat.write_jsonl(rows, out)
    if format_ == "parquet":
        return flat.write_parquet(rows, out)
    if format_ == "gdelt":
        return gdelt.write_tsv(rows, out)
    if format_ == "plover":
        return plover.write_jsonl(rows, out)
    raise UsageError(f"unknown export format {format_!r}; expected one of: {', '.join(FORMATS)}")
