"""The JSON API under /api: articles, events, actors, quotes, statistics and locations.

Every listing takes ``limit``/``offset`` and answers with ``items`` and the
``total`` that matched; every error has the shape of ``web.errors``. The database
is opened read-only for each request; only the upload endpoint (``web.upload``)
writes, and only when an API key is configured.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from newsgraph.errors import InvalidParameter
from newsgraph.store import Store, aggregates, queries
from newsgraph.store.filters import check_article
from newsgraph.web.deps import (
    ActorFilterDep,
    EventFilterDep,
    Limit,
    Offset,
    QuoteFilterDep,
    StoreDep,
)
from newsgraph.web.errors import ApiError
from newsgraph.web.schemas import (
    ActorProfileOut,
    ActorSummaryOut,
    AnalysisOut,
    ArticleSummaryOut,
    ErrorResponse,
    EventOut,
    LocationOut,
    Page,
    QuoteOut,
    StatsOut,
)

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "Not found"},
    422: {"model": ErrorResponse, "description": "A parameter has a value that cannot be used"},
    503: {"model": ErrorResponse, "description": "The database is unavailable"},
}

router = APIRouter(prefix="/api", responses=ERRORS)


def resolve_article(store: Store, article_id: str) -> str:
    """The full id of the article named by an id or its first characters, or a 404/422."""
    try:
        folded = check_article(article_id)
    except InvalidParameter:
        folded = None  # not an id at all: answer as for any id that names nothing
    matches = queries.resolve_article(store, folded) if folded else []
    if not matches:
        raise ApiError(404, "not_found", f"no article with id {article_id!r}; list them at /api/articles")
    if len(matches) > 1:
        raise ApiError(422, "ambiguous_id", f"{article_id!r} starts several article ids; give more characters")
    return matches[0]


@router.get("/articles", response_model=Page[ArticleSummaryOut], tags=["articles"])
def list_articles(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="full-text search over titles and bodies")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Articles, newest first; with ``q``, those matching the full-text search, best first."""
    return queries.articles_page(store, q, limit, offset).to_dict()


@router.get("/articles/{article_id}", response_model=AnalysisOut, tags=["articles"])
def get_article(
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=64, description="an article id or its first characters")],
) -> dict[str, Any]:
    """One article with everything extracted from it (the record of OUTPUT.md) and where it was found."""
    full_id = resolve_article(store, article_id)
    analysis = store.load(full_id)
    if analysis is None:  # deleted between the two reads
        raise ApiError(404, "not_found", f"no article with id {article_id!r}")
    return {**analysis.to_dict(), "origins": store.origins(full_id)}


@router.get("/events", response_model=Page[EventOut], tags=["events"])
def list_events(store: StoreDep, filters: EventFilterDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Event mentions matching every given filter, newest event date first (undated last)."""
    return queries.events_page(store, filters, limit, offset).to_dict()


@router.get("/events/{article_id}/{event_id}", response_model=EventOut, tags=["events"])
def get_event(
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=64)],
    event_id: Annotated[str, Path(max_length=100)],
) -> dict[str, Any]:
    """One event mention, by its article id (or its first characters) and its event id."""
    row = queries.get_event(store, resolve_article(store, article_id), event_id)
    if row is None:
        raise ApiError(404, "not_found", f"article {article_id!r} has no event {event_id!r}")
    return row.to_dict()


@router.get("/actors", response_model=Page[ActorSummaryOut], tags=["actors"])
def list_actors(store: StoreDep, filters: ActorFilterDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Actors across articles (one row per name and code) with mention, article and event counts."""
    return aggregates.actors_page(store, filters, limit, offset).to_dict()


@router.get("/actors/{name:path}", response_model=ActorProfileOut, tags=["actors"])
def get_actor(
    store: StoreDep,
    name: Annotated[str, Path(max_length=200, description="the actor's name, any case")],
    code: Annotated[
        str | None, Query(max_length=40, description="the actor's exact code; '-' for none; needed when ambiguous")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="events and quotes listed per list")] = 20,
) -> dict[str, Any]:
    """One actor: aliases, roles, timeline, partners, its events as source and as target, its quotes."""
    profile = aggregates.actor_profile(store, name, pick_code(store, name, code), limit)
    if profile is None:
        raise ApiError(404, "not_found", f"no actor named {name!r} with code {code!r}; list actors at /api/actors")
    return profile.to_dict()


def pick_code(store: Store, name: str, code: str | None) -> str | None:
    """The code to look an actor up with: as given ('-' for none), or the only one the name carries."""
    if code == "-":
        return None
    if code:
        return code.strip().upper()
    codes = aggregates.actor_codes(store, name)
    if not codes:
        raise ApiError(404, "not_found", f"no actor named {name!r}; list actors at /api/actors?q=")
    if len(codes) > 1:
        shown = ", ".join(c or "-" for c in codes)
        raise ApiError(422, "ambiguous_actor", f"several actors are named {name!r}; pass code= one of: {shown}")
    return codes[0]


@router.get("/quotes", response_model=Page[QuoteOut], tags=["quotes"])
def list_quotes(store: StoreDep, filters: QuoteFilterDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Quotes, newest article first, with their speakers' actors resolved."""
    return queries.quotes_page(store, filters, limit, offset).to_dict()


@router.get("/stats", response_model=StatsOut, tags=["statistics"])
def get_stats(
    store: StoreDep,
    filters: EventFilterDep,
    top: Annotated[int, Query(ge=1, le=100, description="how many top actors and dyads")] = 10,
) -> dict[str, Any]:
    """Database counts, and events by type, modality and date (by quad class), top actors and dyads."""
    return aggregates.stats(store, filters, top).to_dict()


@router.get("/locations", response_model=list[LocationOut], tags=["events"])
def list_locations(store: StoreDep, filters: EventFilterDep) -> list[dict[str, Any]]:
    """Places with coordinates where the matching events happened, with counts by quad class."""
    return [location.to_dict() for location in aggregates.event_locations(store, filters)]
