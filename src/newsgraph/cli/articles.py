"""Verbs that read stored articles: ``articles``, ``search``, ``show``, ``stats``."""

from __future__ import annotations

import json
import textwrap

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.errors import UsageError
from newsgraph.ingest.captions import caption_with_credit
from newsgraph.store import ArticleSummary


@main.command("articles")
@click.option("--search", "query", help="Full-text search over titles and bodies.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def articles_command(ctx: click.Context, query: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored articles, newest first.

    \b
    Example:
      newsgraph articles --search "drone attack" --limit 10
    """
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        rows = store.search_articles(query, limit, offset) if query else store.list_articles(limit, offset)
    _print_articles(rows, as_json)


@main.command("search")
@click.argument("query")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def search_command(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over stored articles, best matches first.

    \b
    Example:
      newsgraph search "Revolutionary Guards"
    """
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        rows = store.search_articles(query, limit, 0)
    _print_articles(rows, as_json)


def _print_articles(rows: list[ArticleSummary], as_json: bool) -> None:
    for row in rows:
        if as_json:
            click.echo(json.dumps(row.to_dict(), ensure_ascii=False))
        else:
            published = row.published or "unknown"
            click.echo(f"{row.id}  {published:<10}  {row.word_count:>6}w  {row.title or '(no title)'}")


@main.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the full analysis record as JSON.")
@click.pass_context
def show_command(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Print one article: title, date and its source, captions, body.

    ARTICLE_ID may be shortened to its first characters.

    \b
    Example:
      newsgraph show 4fe042b8
    """
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        matches = store.resolve_article_id(article_id)
        if not matches:
            raise UsageError(f"no article with id {article_id!r}; list them with `newsgraph articles`")
        if len(matches) > 1:
            raise UsageError(f"{article_id!r} matches several articles; give more characters")
        analysis = store.load(matches[0])
        origins = store.origins(matches[0])
    assert analysis is not None
    if as_json:
        record = analysis.to_dict()
        record["origins"] = origins
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    article = analysis.article
    published = article.published
    date = published.value or "unknown"
    if published.not_before and not published.value:
        date += f" (not before {published.not_before})"
    click.echo(article.title or "(no title)")
    click.echo(f"id: {article.id}")
    click.echo(f"published: {date} [source: {published.source}]")
    for origin in origins:
        click.echo(f"from: {origin['path']} #{origin['index'] + 1} ({origin['duplicate']})")
    for caption in article.captions:
        flag = " [archive]" if caption.archive else ""
        click.echo(f"caption: {caption_with_credit(caption)}{flag}")
    click.echo("")
    for span in article.paragraphs:
        click.echo(textwrap.fill(article.text[span.start : span.end], width=100))
        click.echo("")


@main.command("stats")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats_command(ctx: click.Context, as_json: bool) -> None:
    """Print how many articles and extracted records the database holds.

    \b
    Example:
      newsgraph stats --json
    """
    settings = settings_from(ctx)
    with opened_store(settings, read_only=True) as store:
        counts = store.stats()
    if as_json:
        click.echo(json.dumps(counts))
        return
    for name, count in counts.items():
        click.echo(f"{name:<16} {count}")
