"""The event filter options every listing verb shares (``export``, and ``events`` when it lands).

One decorator adds the options, one function turns them into a validated
``EventFilter``, so ``--actor RUS`` means the same thing in every verb and in the
REST API (``?actor=RUS``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from newsgraph.errors import InvalidParameter, UsageError
from newsgraph.model import EVENT_TYPES, MODALITIES
from newsgraph.store.filters import EventFilter

F = TypeVar("F", bound=Callable[..., Any])
ANY = ("-", "*", "")

_OPTIONS: list[Callable[[F], F]] = [
    click.option("--actor", metavar="CODE", help="Source or target actor code, as a prefix (RUS matches RUSGOV)."),
    click.option("--actor-name", metavar="NAME", help="Source or target actor name (whole name, any case)."),
    click.option("--role", type=click.Choice(["source", "target"]), help="Restrict --actor/--actor-name to a role."),
    click.option(
        "--dyad",
        nargs=2,
        metavar="SOURCE TARGET",
        help="Source and target code prefixes; '-' leaves a side open (--dyad RUS UKR, --dyad - IRN).",
    ),
    click.option("--both-directions", is_flag=True, help="With --dyad: also the reverse direction."),
    click.option(
        "--type", "types", multiple=True, metavar="TYPE", help=f"PLOVER type, repeatable: {', '.join(EVENT_TYPES)}."
    ),
    click.option("--modality", "modalities", multiple=True, help=f"Repeatable: {', '.join(MODALITIES)}."),
    click.option("--quad", type=click.IntRange(1, 4), help="CAMEO quad class: 1 verbal coop … 4 material conflict."),
    click.option("--since", metavar="DATE", help="Events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
    click.option("--until", metavar="DATE", help="Events dated on or before DATE."),
    click.option("--place", help="Words in the event location's name."),
    click.option("--country", metavar="ISO3", help="Event location country (ISO 3166 alpha-3)."),
    click.option("--text", help="Words in the event's evidence sentence."),
    click.option("--article", metavar="ID", help="One article (its id or first characters)."),
]


def event_filter_options(function: F) -> F:
    """Add the event filter options to a click command."""
    for option in reversed(_OPTIONS):
        function = option(function)
    return function


def event_filter_from(options: dict[str, Any], default_modalities: tuple[str, ...] = ()) -> EventFilter:
    """Build a validated EventFilter from the parsed options; bad values are usage errors (exit 2)."""
    dyad = options.get("dyad") or (None, None)
    source, target = (None if side in ANY else side for side in dyad)
    try:
        return EventFilter(
            actor=options.get("actor"),
            actor_name=options.get("actor_name"),
            role=options.get("role"),
            dyad_source=source,
            dyad_target=target,
            both_directions=bool(options.get("both_directions")),
            types=tuple(options.get("types") or ()),
            modalities=tuple(options.get("modalities") or default_modalities),
            quad=options.get("quad"),
            since=options.get("since"),
            until=options.get("until"),
            place=options.get("place"),
            country=options.get("country"),
            text=options.get("text"),
            article=options.get("article"),
        )
    except InvalidParameter as error:
        flag = "--" + error.parameter.replace("_", "-").replace("dyad-source", "dyad").replace("dyad-target", "dyad")
        raise UsageError(f"{flag}: expected {error.expected}, got {error.got!r}") from None
