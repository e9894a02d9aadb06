"""The ``quotes`` verb: who said what, in which article, when."""

from __future__ import annotations

import json
import re

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.errors import UsageError
from newsgraph.store.quotes import QuoteListing, list_quotes

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@main.command("quotes")
@click.option("--speaker", metavar="NAME", help="Only quotes whose speaker's name contains NAME (any case).")
@click.option("--actor", "actor_code", metavar="CODE", help="Only quotes by actors with this CAMEO code or under it.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this day.")
@click.option("--direct", "direct_only", is_flag=True, help="Only direct quotes (no reported speech).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def quotes_command(
    ctx: click.Context,
    speaker: str | None,
    actor_code: str | None,
    since: str | None,
    direct_only: bool,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """List stored quotes with their speaker, article and date, newest first.

    Direct quotes are printed in quote marks; reported speech is marked
    [reported]. A speaker the text does not name is shown as (unknown).

    \b
    Example:
      newsgraph quotes --speaker Peskov --since 2025-12-01
    """
    if since is not None and not _DAY.match(since):
        raise UsageError(f"--since expects a day as YYYY-MM-DD, got {since!r}")
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        rows = list_quotes(store, speaker, actor_code, since, direct_only, limit, offset)
    for row in rows:
        click.echo(json.dumps(row.to_dict(), ensure_ascii=False) if as_json else format_listing(row))


def format_listing(row: QuoteListing) -> str:
    """One line: date, article id, speaker (and channel), the words, the article's title."""
    quote = row.quote
    who = quote.speaker.name if quote.speaker else "(unknown)"
    if quote.channel:
        who += f" via {quote.channel}"
    words = f"\u201c{quote.text}\u201d" if quote.direct else f"{quote.text} [reported]"
    title = row.title or "(no title)"
    return f"{row.published or 'unknown':<10}  {row.article_id[:8]}  {who}: {words}  \u2014 {title}"
