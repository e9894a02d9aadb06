"""The ``eval`` verb: score newsgraph (or saved output) against gold data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from newsgraph.cli.common import main, settings_from
from newsgraph.eval import evaluate, render_table


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--system",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines of analysis records to score (default: run newsgraph now on the gold's documents).",
)
@click.option(
    "--inputs",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Directory holding the seed gold's documents (default: beside the gold, ../sample/, examples/).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.pass_context
def eval_command(ctx: click.Context, gold: Path, system: Path | None, inputs: Path | None, as_json: bool) -> None:
    """Score extraction against gold data and print the figures.

    GOLD is a seed-style gold .jsonl (articles with their events, quotes, timexes,
    places, captions and dates), a MEANTIME directory of .xml documents (time
    expressions), or the PLOVER GSR .json (one coded event per sentence); the kind
    is told by content. Without --system, newsgraph runs on the gold's documents
    itself (no database). Stages that produce nothing yet score zero.

    \b
    Examples:
      newsgraph eval ../shared/gold/seed.gold.jsonl
      newsgraph eval tests/data/meantime-en --json
      newsgraph extract examples/ > out.jsonl && newsgraph eval tests/data/seed.gold.jsonl --system out.jsonl
    """
    settings = settings_from(ctx)
    report = evaluate(gold, settings, system=system, inputs=inputs)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(report), nl=False)
