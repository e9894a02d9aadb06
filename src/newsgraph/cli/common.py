"""The command group, and what every verb shares: settings, the store, errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from newsgraph import __version__
from newsgraph.errors import NewsgraphError, UsageError
from newsgraph.settings import Settings, load_settings
from newsgraph.store import Store, open_store


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
@click.option(
    "--lexicon",
    type=click.Path(dir_okay=False),
    help="Your own actor lexicon (YAML); its entries take precedence over the shipped ones.",
)
@click.pass_context
def main(ctx: click.Context, config: str | None, db: str | None, lexicon: str | None) -> None:
    """Turn raw news into structured, queryable event data.

    \b
    Example:
      newsgraph ingest examples/ && newsgraph articles
    """
    ctx.obj = {"config": config, "db": db, "lexicon": lexicon}


def settings_from(ctx: click.Context, **flags: Any) -> Settings:
    """Build the run's settings: defaults, config file, environment, then these flags."""
    root = ctx.find_root().obj or {}
    given = {key: value for key, value in flags.items() if value is not None}
    return load_settings(root.get("config"), {"db": root.get("db"), "lexicon": root.get("lexicon"), **given})


@contextmanager
def opened_store(settings: Settings, read_only: bool = False) -> Iterator[Store]:
    store = open_store(settings.db, read_only=read_only)
    try:
        yield store
    finally:
        store.close()
