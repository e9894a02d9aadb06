"""The ``quotes`` verb: who said what, in which article, when."""

from __future__ import annotations

import json

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.store.filters import QuoteFilter
from newsgraph.store.queries import QuoteRow, quotes_page


@main.command("quotes")
@click.option("--speaker", metavar="NAME", help="Only quotes whose speaker's name contains NAME (any case).")
@click.option("--actor", "actor_code", metavar="CODE", help="Only quotes by actors with this CAMEO code or under it.")
@click.option("--since", metavar="DATE", help="Only articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
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
    [reported]. A speaker the text does not name is shown as (unknown). Articles
    with an unknown publication date come last, and are left out by --since.

    \b
    Example:
      newsgraph quotes --speaker Peskov --since 2025-12-01
    """
    filters = QuoteFilter(speaker=speaker, actor=actor_code, since=since, direct=True if direct_only else None)
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        page = quotes_page(store, filters, limit, offset)
    for row in page.items:
        click.echo(json.dumps(row.to_dict(), ensure_ascii=False) if as_json else format_row(row))


def format_row(row: QuoteRow) -> str:
    """One line: date, article id, speaker (and channel), the words, the article's title."""
    quote = row.quote
    who = row.speaker_actor.name if row.speaker_actor and row.speaker_actor.name else None
    who = who or (quote.speaker.name if quote.speaker else "(unknown)")
    if quote.channel:
        who += f" via {quote.channel}"
    words = f"\u201c{quote.text}\u201d" if quote.direct else f"{quote.text} [reported]"
    title = row.article.title or "(no title)"
    return f"{row.article.published or 'unknown':<10}  {row.article.id[:8]}  {who}: {words}  \u2014 {title}"
