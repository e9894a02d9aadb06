"""The ``events`` verb: list stored events with the filters every listing shares."""

from __future__ import annotations

import json
from typing import Any

import click

from newsgraph.cli.common import main, opened_store, settings_from
from newsgraph.cli.filters import event_filter_from, event_filter_options
from newsgraph.store.queries import EventRow, events_page


@main.command("events")
@event_filter_options
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (the OUTPUT.md event record).")
@click.pass_context
def events_command(ctx: click.Context, /, limit: int, offset: int, as_json: bool, **options: Any) -> None:
    """List events: who did what to whom, when, and how sure the text is.

    Newest event date first, undated last. Every event names its evidence.

    \b
    Examples:
      newsgraph events --actor RUS --type ASSAULT --since 2025-12
      newsgraph events --dyad IRN CAN --modality asserted
      newsgraph events --type ASSAULT --modality claimed --json
    """
    settings = settings_from(ctx)
    filters = event_filter_from(options)
    with opened_store(settings, read_only=True) as store:
        page = events_page(store, filters, limit, offset)
    for row in page.items:
        click.echo(json.dumps(row.to_dict(), ensure_ascii=False) if as_json else format_event(row))
    if not as_json:
        shown = f"{offset + 1}-{offset + len(page.items)}" if page.items else "none"
        click.echo(f"({shown} of {page.total} events)", err=True)


def format_event(row: EventRow) -> str:
    """One line: date, type and modality, source → target, the trigger, and the article."""
    event = row.event

    def side(actors: tuple[Any, ...]) -> str:
        return ", ".join(f"{a.name or a.id} [{a.code or '?'}]" for a in actors) or "-"

    date = event.date.value or "undated"
    mode = f"/{event.mode}" if event.mode else ""
    return (
        f"{date:<10}  {event.type + mode:<22} {event.modality:<12} {side(row.source_actors)} -> "
        f"{side(row.target_actors)}  «{event.trigger.text}»  [{row.article.id[:8]}]"
    )
