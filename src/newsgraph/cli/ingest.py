"""Verbs that read inputs: ``ingest`` into the database, ``extract`` to JSON Lines."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.errors import UsageError
from newsgraph.ingest.read import InputFailure
from newsgraph.ingest.sniff import FORMATS
from newsgraph.pipeline import IngestInterrupted, RunSummary, extract, ingest

F = TypeVar("F", bound=Callable[..., Any])


def input_options(function: F) -> F:
    """Options shared by the verbs that read inputs (listed in --help in the reverse order of these lines)."""
    function = click.option(
        "--fetch-max-bytes", type=click.IntRange(min=1), help="Refuse URL bodies larger than this (default 20 MB)."
    )(function)
    function = click.option(
        "--fetch-timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds to wait for a URL (default 20)."
    )(function)
    function = click.option(
        "--format", "format_", type=click.Choice(FORMATS), help="Read every input as this format (default: sniffed)."
    )(function)
    function = click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that state none.")(
        function
    )
    function = click.option("--max-article-chars", type=int, help="Skip articles longer than this.")(function)
    function = click.option(
        "--max-document-bytes", type=int, help="Skip HTML pages, feeds and archived records larger than this."
    )(function)
    function = click.option(
        "--lexicon",
        type=click.Path(dir_okay=False),
        help="Your own actor lexicon (YAML); its entries take precedence over the shipped ones.",
    )(function)
    return function


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.option(
    "--workers", type=click.IntRange(0), help="Processes (or Ray actors) that analyse articles [default: every core]."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; ray: Ray Data actors, on a cluster or a local Ray.",
)
@click.option(
    "--address", help="With --engine ray: the cluster to join (auto, ray://HOST:10001) [default: start Ray here]."
)
@click.option(
    "--output",
    type=click.Path(file_okay=False),
    help="With --engine ray: write partitioned Parquet here (import it with `newsgraph load`) instead of to --db.",
)
@click.pass_context
def ingest_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    format_: str | None,
    published: str | None,
    max_article_chars: int | None,
    max_document_bytes: int | None,
    fetch_timeout: float | None,
    fetch_max_bytes: int | None,
    lexicon: str | None,
    workers: int | None,
    engine: str,
    address: str | None,
    output: str | None,
) -> None:
    """Read news inputs into the database and print a summary.

    PATHS are files, directories (read recursively), http(s) URLs, or - for
    standard input. Text dumps, HTML, RSS/Atom, WARC/ARC and JSON Lines are
    told apart by their content; gzip, bzip2 and xz are undone. Analysis runs
    on every core (--workers), or on a Ray cluster (--engine ray). Ctrl-C stops
    cleanly: what was stored is kept, and running the same command again
    completes the job (exit code 130).

    \b
    Examples:
      newsgraph ingest examples/000_dd32f5b03812fd1f.txt --db news.db
      newsgraph ingest crawl.warc.gz https://news.example/feed.rss --fetch-timeout 10
      newsgraph --db postgresql://me@db/news ingest --engine ray --address auto /shared/dumps/
      newsgraph ingest --engine ray --output parquet/ /shared/dumps/ && newsgraph load parquet/
    """
    settings = settings_from(
        ctx,
        format=format_,
        published=published,
        max_article_chars=max_article_chars,
        max_document_bytes=max_document_bytes,
        fetch_timeout=fetch_timeout,
        fetch_max_bytes=fetch_max_bytes,
        lexicon=lexicon,
        workers=workers,
    )
    if engine != "ray" and (address or output):
        raise UsageError("--address and --output go with --engine ray; add --engine ray or drop them")
    if engine == "ray":
        from newsgraph.rayengine import ingest_with_ray

        if output:
            summary = ingest_with_ray(list(paths), settings, address, output=output)
            _report(summary, format_summary(summary, output, "output"))
        else:
            with opened_store(settings) as store:
                summary = ingest_with_ray(list(paths), settings, address, store=store)
            _report(summary, format_summary(summary, store.url))
        ctx.exit(1 if summary.failures else 0)
    try:
        with opened_store(settings) as store, _progress() as tick:
            summary = ingest(list(paths), store, settings, on_article=tick)
    except IngestInterrupted as interrupted:
        _report(interrupted.summary, format_summary(interrupted.summary, store.url))
        click.echo(
            f"newsgraph: interrupted: {interrupted.summary.stored} new articles were stored and are kept; "
            "run the same command again to complete the job",
            err=True,
        )
        ctx.exit(130)
    _report(summary, format_summary(summary, store.url))
    ctx.exit(1 if summary.failures else 0)


def _report(summary: RunSummary, report: str) -> None:
    """Print one line per failure on stderr, then the summary."""
    for failure in summary.failures:
        click.echo(f"newsgraph: {failure.message} [{failure.reason.value}]", err=True)
    click.echo(report)


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


def format_summary(summary: RunSummary, db: str, label: str = "database") -> str:
    """The end-of-run report: what was read, stored, skipped and why."""
    failed = ", ".join(f"{reason}: {count}" for reason, count in sorted(summary.failed_by_reason.items()))
    lines = [
        f"inputs read:      {summary.inputs_read}",
        f"articles found:   {summary.articles_found}",
        f"stored:           {summary.stored}",
        f"duplicates:       {summary.exact_duplicates + summary.near_duplicates} "
        f"(exact {summary.exact_duplicates}, near {summary.near_duplicates})",
        f"failed:           {len(summary.failures)}" + (f" ({failed})" if failed else ""),
        f"{label + ':':<18}{db}",
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
    fetch_timeout: float | None,
    fetch_max_bytes: int | None,
    lexicon: str | None,
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
        fetch_timeout=fetch_timeout,
        fetch_max_bytes=fetch_max_bytes,
        lexicon=lexicon,
    )
    failed = False
    try:
        for item in extract([path], settings, as_is=as_is):
            if isinstance(item, InputFailure):
                failed = True
                click.echo(f"newsgraph: {item.message} [{item.reason.value}]", err=True)
            else:
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
    except KeyboardInterrupt:
        click.echo("newsgraph: interrupted; the records printed so far are complete", err=True)
        ctx.exit(130)
    ctx.exit(1 if failed else 0)
