"""The ``actors`` verb: who is in the stored news, with codes and mention counts."""

from __future__ import annotations

import json

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.errors import UsageError
from newsgraph.store.actors import list_actors


@main.command("actors")
@click.option("--article", "article_id", help="Only this article's actors (an id or its first characters).")
@click.option("--code", help="Only actors whose code starts with this (RUS, RUSGOV, IGO...).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 1_000_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def actors_command(
    ctx: click.Context, article_id: str | None, code: str | None, limit: int, offset: int, as_json: bool
) -> None:
    """List actors with their CAMEO-style codes and how often they are mentioned.

    Actors are counted across articles by name and code; MENTIONS counts every
    mention (names, descriptions, pronouns), ARTICLES the articles they appear in.

    \b
    Example:
      newsgraph actors --code IRN
      newsgraph actors --article 4fe042b8 --json
    """
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        if article_id is not None:
            matches = store.resolve_article_id(article_id)
            if not matches:
                raise UsageError(f"no article with id {article_id!r}; list them with `newsgraph articles`")
            if len(matches) > 1:
                raise UsageError(f"{article_id!r} matches several articles; give more characters")
            article_id = matches[0]
        rows = list_actors(store, article_id, code, limit, offset)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row.to_dict(), ensure_ascii=False))
        else:
            role = f" ({row.role})" if row.role else ""
            click.echo(f"{row.code or '-':<12} {row.mentions:>5}  {row.articles:>4}  {row.kind:<12}  {row.name}{role}")
