"""What every request handler receives: a read-only store, validated filters, a page window.

The query parameters are declared once here, with their descriptions, so the JSON
API and the HTML pages accept the same names and the OpenAPI spec documents them.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query, Request

from newsgraph.model import EVENT_TYPES, Modality
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.filters import MAX_LIMIT, ActorFilter, EventFilter, QuoteFilter

MAX_OFFSET = 1_000_000_000
EventType = StrEnum("EventType", {name: name for name in EVENT_TYPES})  # type: ignore[misc]  # the 16 PLOVER types
TEXT = 200  # longest free-text parameter accepted


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def read_only_store(request: Request) -> Iterator[Store]:
    """A read-only connection for one request (cheap for SQLite; closed when the answer is sent)."""
    store = open_store(settings_of(request).db, read_only=True)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(read_only_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
CODE_PATTERN = r"^([A-Za-z0-9]{2,40})?$"
DATE_PATTERN = r"^([12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"
COUNTRY_PATTERN = r"^([A-Za-z]{3})?$"
ARTICLE_PATTERN = r"^[0-9A-Fa-f]{0,64}$"
ROLE_PATTERN = r"^(source|target)?$"
KIND_PATTERN = r"^(person|organization|country|group)?$"
ORDER_PATTERN = r"^(events|mentions|articles|name)$"
# what each pattern means, in the words of an error message
PATTERN_MEANINGS = {
    CODE_PATTERN: "an actor code of 2 to 40 letters and digits, such as RUS or IRNGOV",
    DATE_PATTERN: "a date as YYYY, YYYY-MM or YYYY-MM-DD",
    COUNTRY_PATTERN: "an ISO 3166-1 alpha-3 country code such as IRN",
    ARTICLE_PATTERN: "an article id (hexadecimal) or its first characters",
    ROLE_PATTERN: "source or target",
    KIND_PATTERN: "person, organization, country or group",
    ORDER_PATTERN: "events, mentions, articles or name",
}
Code = Annotated[
    str | None, Query(max_length=40, pattern=CODE_PATTERN, description="actor code prefix, e.g. RUS or IRNGOV")
]
Date = Annotated[str | None, Query(max_length=10, pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]


def event_filter(
    actor: Code = None,
    actor_name: Annotated[str | None, Query(max_length=TEXT, description="an actor's whole name, any case")] = None,
    role: Annotated[
        str | None, Query(pattern=ROLE_PATTERN, description="source or target: where actor must be")
    ] = None,
    dyad_source: Code = None,
    dyad_target: Code = None,
    both_directions: Annotated[bool, Query(description="dyad in either direction")] = False,
    type: Annotated[list[EventType] | None, Query(description="PLOVER event types (repeat for several)")] = None,
    modality: Annotated[list[Modality] | None, Query(description="modalities (repeat for several)")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="CAMEO quad class")] = None,
    since: Date = None,
    until: Date = None,
    place: Annotated[str | None, Query(max_length=TEXT, description="words in the event location's name")] = None,
    country: Annotated[
        str | None, Query(pattern=COUNTRY_PATTERN, description="location country, ISO 3166 alpha-3")
    ] = None,
    text: Annotated[str | None, Query(max_length=TEXT, description="words in the evidence sentence")] = None,
    article: Annotated[
        str | None, Query(pattern=ARTICLE_PATTERN, description="an article id or its first characters")
    ] = None,
) -> EventFilter:
    """The event filters of a request, validated (InvalidParameter becomes a 422)."""
    return EventFilter(
        actor=actor,
        actor_name=actor_name,
        role=role,  # type: ignore[arg-type]  # checked by EventFilter
        dyad_source=dyad_source,
        dyad_target=dyad_target,
        both_directions=both_directions,
        types=tuple(str(t) for t in type or ()),
        modalities=tuple(modality or ()),
        quad=quad,
        since=since,
        until=until,
        place=place,
        country=country,
        text=text,
        article=article,
    )


EventFilterDep = Annotated[EventFilter, Depends(event_filter)]


def quote_filter(
    speaker: Annotated[str | None, Query(max_length=TEXT, description="words in the speaker's name")] = None,
    actor: Code = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="articles published on or after")] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="articles published on or before")] = None,
    text: Annotated[str | None, Query(max_length=TEXT, description="words in the quote")] = None,
    article: Annotated[str | None, Query(pattern=ARTICLE_PATTERN, description="an article id or its start")] = None,
    direct: Annotated[bool | None, Query(description="true: direct quotes only; false: reported speech only")] = None,
) -> QuoteFilter:
    return QuoteFilter(
        speaker=speaker, actor=actor, since=since, until=until, text=text, article=article, direct=direct
    )


QuoteFilterDep = Annotated[QuoteFilter, Depends(quote_filter)]


def actor_filter(
    q: Annotated[str | None, Query(max_length=TEXT, description="words in the name or an alias")] = None,
    code: Code = None,
    kind: Annotated[
        str | None,
        Query(pattern=KIND_PATTERN, description="person, organization, country or group"),
    ] = None,
    order: Annotated[str, Query(pattern=ORDER_PATTERN, description="events, mentions, articles or name")] = "events",
) -> ActorFilter:
    return ActorFilter(name=q, code=code, kind=kind, order=order)  # type: ignore[arg-type]  # checked by ActorFilter


ActorFilterDep = Annotated[ActorFilter, Depends(actor_filter)]
