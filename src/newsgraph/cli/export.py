"""The ``export`` verb: events to CSV, JSON Lines, Parquet, GDELT or PLOVER files."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.cli.filters import event_filter_from, event_filter_options
from newsgraph.errors import UsageError
from newsgraph.export import BINARY_FORMATS, FORMATS, write_events
from newsgraph.store.queries import iter_events


@main.command("export")
@click.option("--format", "format_", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (default: standard output).")
@click.option(
    "--all-modalities",
    is_flag=True,
    help="gdelt: also export claimed, denied, negated, future and hypothetical events.",
)
@event_filter_options
@click.pass_context
def export_command(
    ctx: click.Context, /, format_: str, output: str | None, all_modalities: bool, **options: Any
) -> None:
    """Export events (with the same filters as the API) in a standard format.

    csv, jsonl and parquet hold one row per event mention; gdelt is a
    tab-separated table shaped like the GDELT 2.0 events table, one row per
    real-world event and actor pair; plover writes PLOVER JSON records. Columns
    are documented in docs/EXPORTS.md.

    GDELT has no notion of modality, so the gdelt export holds asserted events
    only unless --modality or --all-modalities says otherwise.

    \b
    Examples:
      newsgraph export --format csv --actor RUS -o russia.csv
      newsgraph export --format gdelt --since 2025-12 --until 2025-12 -o events.tsv
      newsgraph export --format plover --dyad IRN CAN --type SANCTION
    """
    settings = settings_from(ctx)
    default: tuple[str, ...] = ()
    if format_ == "gdelt" and not options.get("modalities") and not all_modalities:
        default = ("asserted",)
        click.echo(
            "newsgraph: gdelt export holds asserted events only (GDELT cannot mark a claim); "
            "pass --all-modalities or --modality to change that",
            err=True,
        )
    filters = event_filter_from(options, default)
    if output is None and format_ in BINARY_FORMATS and sys.stdout.isatty():
        raise UsageError(f"{format_} is a binary format; pass -o FILE or redirect standard output")
    with opened_store(settings, read_only=True) as store, _destination(output) as out:
        count = write_events(iter_events(store, filters), format_, out)
    click.echo(f"newsgraph: exported {count} {'rows' if format_ == 'gdelt' else 'events'} as {format_}", err=True)


@contextlib.contextmanager
def _destination(output: str | None) -> Iterator[BinaryIO]:
    """Standard output, or a temporary file renamed to ``output`` only once it is complete."""
    if output is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    if not target.parent.exists():
        raise UsageError(f"cannot write {output}: folder {target.parent} does not exist")
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        mask = os.umask(0)
        os.umask(mask)
        temporary.chmod(0o666 & ~mask)  # mkstemp makes the file private; the export should not be
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
