"""The Jinja environment of the web UI: autoescaping on, and small helpers for links and labels.

Every helper returns plain text that the template escapes (URLs are built with
``urllib.parse``, never by pasting article text into markup).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from fastapi.templating import Jinja2Templates

from newsgraph import __version__
from newsgraph.web.graphics import QUADS

MODALITY_HELP = {
    "asserted": "reported as fact",
    "claimed": "attributed to a party, not confirmed by the text",
    "denied": "a party says it did not happen",
    "negated": "the text says it did not happen",
    "future": "planned, promised, threatened or expected",
    "hypothetical": "conditional or possible",
}


def href(path: str, params: Mapping[str, Any] | None = None, **more: Any) -> str:
    """``path`` with query parameters; None and "" are left out, lists are repeated."""
    merged: dict[str, Any] = {**(params or {}), **more}
    pairs: list[tuple[str, str]] = []
    for key, value in merged.items():
        if value is None or value == "" or value is False:
            continue
        if isinstance(value, (list, tuple)):
            pairs.extend((key, str(v)) for v in value if v not in (None, ""))
        else:
            pairs.append((key, "true" if value is True else str(value)))
    return f"{path}?{urlencode(pairs)}" if pairs else path


def actor_url(name: str | None, code: str | None) -> str:
    """The actor page of (name, code); '-' marks an actor without a code."""
    return href(f"/actors/{quote(name or '', safe='')}", code=code or "-")


def article_url(article_id: str, event: str | None = None) -> str:
    url = href(f"/articles/{quote(article_id, safe='')}", event=event)
    return url + (f"#event-{quote(event, safe='')}" if event else "")


def quad_name(quad: int | None) -> str:
    return QUADS.get(quad if quad in QUADS else 0, QUADS[0])[0]


def quad_css(quad: int | None) -> str:
    return QUADS.get(quad if quad in QUADS else 0, QUADS[0])[1]


def event_date(value: str | None, precision: str | None) -> str:
    if not value:
        return "date unknown"
    return value if precision in (None, "day") else f"{value} ({precision})"


def names(actors: Iterable[Any]) -> str:
    """Actors (ActorRef-like objects) as "Name (CODE), Name" for tables."""
    labels = []
    for actor in actors:
        name = getattr(actor, "name", None) or getattr(actor, "id", "?")
        code = getattr(actor, "code", None)
        labels.append(f"{name} ({code})" if code else str(name))
    return ", ".join(labels) or "—"


def configure(templates: Jinja2Templates) -> Jinja2Templates:
    """Turn autoescaping on for every template and register the helpers."""
    env = templates.env
    env.autoescape = True
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.globals.update(
        href=href,
        actor_url=actor_url,
        article_url=article_url,
        quad_name=quad_name,
        quad_css=quad_css,
        event_date=event_date,
        names=names,
        modality_help=MODALITY_HELP,
        version=__version__,
        quads=QUADS,
    )
    return templates
