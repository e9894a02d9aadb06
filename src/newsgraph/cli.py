"""The ``newsgraph`` command: parse arguments, call the library, print.

Data goes to standard output, progress and problems to standard error. Exit
codes: 0 all went well, 1 some inputs failed (the rest was processed), 2 usage
error.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from newsgraph import __version__
from newsgraph.errors import NewsgraphError, UsageError
from newsgraph.ingest.captions import caption_with_credit
from newsgraph.ingest.read import InputFailure
from newsgraph.ingest.sniff import FORMATS
from newsgraph.pipeline import RunSummary, extract, ingest
from newsgraph.settings import Settings, load_settings
from newsgraph.store import ArticleSummary, Store, open_store

F = TypeVar("F", bound=Callable[..., Any])


class NewsgraphGroup(click.Group):
    """Turns newsgraph's own errors into one line on stderr and the right exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:
            click.echo(f"newsgraph: {error}", err=True)
            ctx.exit(2)
        except NewsgraphError as error:
            click.echo(f"newsgraph: {error}", err=True)
            ctx.exit(1)


@click.group(cls=NewsgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
@click.option("--config", type=click.Path(dir_okay=False), help="TOML settings file (default: ./newsgraph.toml).")
@click.option("--db", help="SQLite file or postgresql:// URL (default: newsgraph.db, or $NEWSGRAPH_DB).")
@click.pass_context
def main(ctx: click.Context, config: str | None, db: str | None) -> None:
    """Turn raw news into structured, queryable event data.

    \b
    Example:
      newsgraph ingest examples/ && newsgraph articles
    """
    ctx.obj = {"config": config, "db": db}


def settings_from(ctx: click.Context, **flags: Any) -> Settings:
    """Build the run's settings: defaults, config file, environment, then these flags."""
    root = ctx.find_root().obj or {}
    return load_settings(root.get("config"), {"db": root.get("db"), **flags})


@contextmanager
def opened_store(settings: Settings, read_only: bool = False) -> Iterator[Store]:
    store = open_store(settings.db, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def input_options(function: F) -> F:
    """Options shared by the verbs that read inputs."""
    function = click.option(
        "--format", "format_", type=click.Choice(FORMATS), help="Read every input as this format (default: sniffed)."
    )(function)
    function = click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that state none.")(
        function
    )
    function = click.option("--max-article-chars", type=int, help="Skip articles longer than this.")(function)
    function = click.option("--max-document-bytes", type=int, help="Skip HTML/feed documents larger than this.")(
        function
    )
    return function


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.pass_context
def ingest_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    format_: str | None,
    published: str | None,
    max_article_chars: int | None,
    max_document_bytes: int | None,
) -> None:
    """Read news inputs into the database and print a summary.

    PATHS are files, directories (read recursively), http(s) URLs, or - for
    standard input. Text dumps, HTML, RSS/Atom, WARC and JSON Lines are told
    apart by their content; gzip, bzip2 and xz are undone.

    \b
    Example:
      newsgraph ingest examples/000_dd32f5b03812fd1f.txt --db news.db
    """
    settings = settings_from(
        ctx,
        format=format_,
        published=published,
        max_article_chars=max_article_chars,
        max_document_bytes=max_document_bytes,
    )
    with opened_store(settings) as store, _progress() as tick:
        summary = ingest(list(paths), store, settings, on_article=tick)
    for failure in summary.failures:
        click.echo(f"newsgraph: {failure.message} [{failure.reason.value}]", err=True)
    click.echo(format_summary(summary, settings.db))
    ctx.exit(1 if summary.failures else 0)


@contextmanager
def _progress() -> Iterator[Callable[[RunSummary], None] | None]:
    """A progress bar on a terminal; nothing when stderr is a file or a pipe."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(desc="articles", unit=" art", file=sys.stderr, leave=False) as bar:

        def tick(summary: RunSummary) -> None:
            bar.update(1)
            bar.set_postfix(stored=summary.stored, failed=len(summary.failures), refresh=False)

        yield tick


def format_summary(summary: RunSummary, db: str) -> str:
    """The end-of-run report: what was read, stored, skipped and why."""
    failed = ", ".join(f"{reason}: {count}" for reason, count in sorted(summary.failed_by_reason.items()))
    lines = [
        f"inputs read:      {summary.inputs_read}",
        f"articles found:   {summary.articles_found}",
        f"stored:           {summary.stored}",
        f"duplicates:       {summary.exact_duplicates + summary.near_duplicates} "
        f"(exact {summary.exact_duplicates}, near {summary.near_duplicates})",
        f"failed:           {len(summary.failures)}" + (f" ({failed})" if failed else ""),
        f"database:         {db}",
    ]
    return "\n".join(lines)


@main.command("extract")
@click.argument("path")
@click.option(
    "--as-is", is_flag=True, help="Treat the whole input as one plain-text article; offsets index it exactly."
)
@input_options
@click.pass_context
def extract_command(
    ctx: click.Context,
    path: str,
    as_is: bool,
    format_: str | None,
    published: str | None,
    max_article_chars: int | None,
    max_document_bytes: int | None,
) -> None:
    """Print the analysis record (OUTPUT.md) of each article as JSON Lines.

    Needs no database. PATH is a file, directory, URL, or - for standard input.

    \b
    Example:
      echo "Russia said on Tuesday it shot down 12 drones." | newsgraph extract --as-is --published 2025-12-30 -
    """
    settings = settings_from(
        ctx,
        format=format_,
        published=published,
        max_article_chars=max_article_chars,
        max_document_bytes=max_document_bytes,
    )
    failed = False
    for item in extract([path], settings, as_is=as_is):
        if isinstance(item, InputFailure):
            failed = True
            click.echo(f"newsgraph: {item.message} [{item.reason.value}]", err=True)
        else:
            click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
    ctx.exit(1 if failed else 0)


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
