"""The ``load`` verb: import the Parquet folder that ``ingest --engine ray --output`` wrote."""

from __future__ import annotations

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.cli.ingest import format_summary
from newsgraph.parquet import read_analyses
from newsgraph.pipeline import RunSummary, store_analysed
from newsgraph.store import FailureRecord


@main.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.pass_context
def load_command(ctx: click.Context, folder: str) -> None:
    """Import analysed articles from a Parquet folder into the database.

    Deduplicates as ingest does; loading the same folder again adds nothing.

    \b
    Example:
      newsgraph ingest --engine ray --output parquet/ /shared/dumps/
      newsgraph --db postgresql://me@db/news load parquet/
    """
    settings = settings_from(ctx)
    summary = RunSummary()
    with opened_store(settings) as store:
        run_id = store.start_run(["load", folder])
        try:
            store_analysed(read_analyses(folder), store, settings, summary)
        finally:
            failures = [FailureRecord(f.where, f.reason.value, f.detail) for f in summary.failures]
            store.finish_run(run_id, summary.to_dict(), failures)
        click.echo(format_summary(summary, store.url))
