"""The web UI: server-rendered pages over the same query layer as the JSON API.

Pages take the same query parameters as the API (``/events?actor=RUS`` shows what
``/api/events?actor=RUS`` returns). A bad parameter re-shows the page's form with
the message, instead of an error page, so the user can correct it.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsgraph.errors import InvalidParameter
from newsgraph.model import EVENT_TYPES, MODALITIES
from newsgraph.store import Store, aggregates, open_store, queries
from newsgraph.store.filters import ActorFilter, EventFilter, QuoteFilter
from newsgraph.web import graphics, worldmap
from newsgraph.web.api_routes import pick_code, resolve_article
from newsgraph.web.article_view import article_view
from newsgraph.web.errors import ApiError
from newsgraph.web.templating import actor_url, href

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
MAP_SIZE = (960, 480)
EVENT_KEYS = (
    "actor", "actor_name", "role", "dyad_source", "dyad_target", "both_directions", "quad", "since", "until",
    "place", "country", "text", "article",
)  # fmt: skip


class Params:
    """The query parameters of a page, read leniently: the filter objects do the validating."""

    def __init__(self, request: Request) -> None:
        self.query = request.query_params

    def get(self, key: str) -> str | None:
        value = self.query.get(key)
        return value.strip() if value and value.strip() else None

    def many(self, key: str) -> list[str]:
        return [v for v in self.query.getlist(key) if v.strip()]

    def integer(self, key: str, default: int | None, low: int = 0, high: int = 1_000_000_000) -> int | None:
        value = self.get(key)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise InvalidParameter(key, "an integer", value) from None
        if not low <= number <= high:
            raise InvalidParameter(key, f"an integer from {low} to {high}", value)
        return number

    def flag(self, key: str) -> bool:
        return (self.get(key) or "").lower() in ("1", "true", "yes", "on")

    def as_dict(self, keys: tuple[str, ...]) -> dict[str, Any]:
        found: dict[str, Any] = {k: self.get(k) for k in keys}
        found["type"] = self.many("type")
        found["modality"] = self.many("modality")
        return found


def event_filter(params: Params) -> EventFilter:
    """The events filter of a page's query, validated (raises InvalidParameter)."""
    return EventFilter(
        actor=params.get("actor"),
        actor_name=params.get("actor_name"),
        role=params.get("role"),  # type: ignore[arg-type]  # checked by EventFilter
        dyad_source=params.get("dyad_source"),
        dyad_target=params.get("dyad_target"),
        both_directions=params.flag("both_directions"),
        types=tuple(params.many("type")),
        modalities=tuple(params.many("modality")),
        quad=params.integer("quad", None, 1, 4),
        since=params.get("since"),
        until=params.get("until"),
        place=params.get("place"),
        country=params.get("country"),
        text=params.get("text"),
        article=params.get("article"),
    )


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    templates = request.app.state.templates
    base = {"nav": template.split(".")[0], "search_query": request.query_params.get("q", "")}
    response: HTMLResponse = templates.TemplateResponse(request, template, {**base, **context}, status_code=status)
    return response


def _store(request: Request) -> Store:
    return open_store(request.app.state.settings.db, read_only=True)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    with _store(request) as store:
        stats = aggregates.stats(store, EventFilter(), top=10)
        recent = queries.events_page(store, EventFilter(), 8, 0)
    chart = graphics.time_chart(
        list(stats.by_date),
        href=lambda bucket, quad: href("/events", since=bucket, until=bucket, quad=quad or None),
    )
    return render(request, "dashboard.html", {"stats": stats, "chart": chart, "recent": recent})


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    params = Params(request)
    form = params.as_dict(EVENT_KEYS)
    try:
        filters = event_filter(params)
        offset = params.integer("offset", 0) or 0
        error = None
    except InvalidParameter as problem:
        filters, offset, error = EventFilter(), 0, str(problem)
    with _store(request) as store:
        page = queries.events_page(store, filters, PAGE_SIZE, offset) if error is None else None
    context = {"page": page, "form": form, "error": error, "types": EVENT_TYPES, "modalities": MODALITIES}
    return render(request, "events.html", context, 422 if error else 200)


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request) -> HTMLResponse:
    params = Params(request)
    query = params.get("q")
    try:
        offset = params.integer("offset", 0) or 0
        error = None
    except InvalidParameter as problem:
        offset, error = 0, str(problem)
    with _store(request) as store:
        page = queries.articles_page(store, query, PAGE_SIZE, offset)
    return render(request, "articles.html", {"page": page, "query": query, "error": error})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    selected = Params(request).get("event")
    with _store(request) as store:
        full_id = resolve_article(store, article_id)
        analysis = store.load(full_id)
        origins = store.origins(full_id)
    if analysis is None:
        raise ApiError(404, "not_found", f"no article with id {article_id!r}")
    view = article_view(analysis, selected)
    return render(request, "article.html", {"analysis": analysis, "view": view, "origins": origins})


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request) -> HTMLResponse:
    params = Params(request)
    form = {k: params.get(k) for k in ("q", "code", "kind", "order")}
    try:
        filters = ActorFilter(form["q"], form["code"], form["kind"], form["order"] or "events")  # type: ignore[arg-type]
        offset = params.integer("offset", 0) or 0
        error = None
    except InvalidParameter as problem:
        filters, offset, error = ActorFilter(), 0, str(problem)
    with _store(request) as store:
        page = aggregates.actors_page(store, filters, PAGE_SIZE, offset)
    return render(request, "actors.html", {"page": page, "form": form, "error": error})


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor(request: Request, name: str) -> HTMLResponse:
    with _store(request) as store:
        code = pick_code(store, name, Params(request).get("code"))
        profile = aggregates.actor_profile(store, name, code, limit=25)
    if profile is None:
        raise ApiError(404, "not_found", f"no actor named {name!r} with code {code or '-'}")
    events_chart = graphics.time_chart([(p.date, p.quads) for p in profile.timeline if p.quads], width=560)
    mentions_chart = graphics.time_chart(
        [(p.date, {0: p.mentions}) for p in profile.timeline if p.mentions],
        series={0: ("mentions in articles published that day", "mentions")},
        width=560,
        height=170,
    )
    index = {(p.name, p.code): i for i, p in enumerate(profile.partners)}
    ties = [
        graphics.Tie(p.name, p.code, p.outgoing, p.incoming, p.conflict, p.cooperation, actor_url(p.name, p.code))
        for p in profile.partners
    ]
    links = [
        (index[link.source], index[link.target], link.events)
        for link in profile.partner_links
        if link.source in index and link.target in index
    ]
    network = graphics.ego_network(profile.name, ties, links)
    context = {
        "profile": profile,
        "events_chart": events_chart,
        "mentions_chart": mentions_chart,
        "network": network,
        "events_link": href("/events", actor=profile.code, actor_name=profile.name),
    }
    return render(request, "actor.html", context)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request) -> HTMLResponse:
    params = Params(request)
    form = {k: params.get(k) for k in ("speaker", "actor", "text", "since", "until", "direct")}
    try:
        direct = {"true": True, "false": False}.get((form["direct"] or "").lower())
        filters = QuoteFilter(
            speaker=form["speaker"],
            actor=form["actor"],
            text=form["text"],
            since=form["since"],
            until=form["until"],
            direct=direct,
        )
        offset = params.integer("offset", 0) or 0
        error = None
    except InvalidParameter as problem:
        filters, offset, error = QuoteFilter(), 0, str(problem)
    with _store(request) as store:
        page = queries.quotes_page(store, filters, PAGE_SIZE, offset)
    return render(request, "quotes.html", {"page": page, "form": form, "error": error}, 422 if error else 200)


@router.get("/map", response_class=HTMLResponse)
def event_map(request: Request) -> HTMLResponse:
    params = Params(request)
    form = params.as_dict(EVENT_KEYS)
    try:
        filters = event_filter(params)
        error = None
    except InvalidParameter as problem:
        filters, error = EventFilter(), str(problem)
    with _store(request) as store:
        locations = aggregates.event_locations(store, filters)
    width, height = MAP_SIZE
    if getattr(request.app.state, "world", None) is None:
        request.app.state.world = worldmap.world(width, height)
    points = []
    for place in sorted(locations, key=lambda p: -p.events):  # big circles first, small ones drawn on top
        x, y = worldmap.project(place.lon, place.lat, width, height)
        dominant = max(place.quads, key=lambda q: (place.quads[q], q))
        link = href("/events", **{**form, "place": place.name, "country": place.country})
        points.append({"place": place, "x": x, "y": y, "r": 3 + 3 * place.events**0.5, "quad": dominant, "href": link})
    context = {
        "world": request.app.state.world,
        "points": points,
        "locations": locations,
        "width": width,
        "height": height,
        "form": form,
        "error": error,
        "types": EVENT_TYPES,
        "modalities": MODALITIES,
    }
    return render(request, "map.html", context, 422 if error else 200)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request) -> HTMLResponse:
    query = Params(request).get("q")
    results: dict[str, Any] = {}
    error = None
    if query:
        try:
            with _store(request) as store:
                results = {
                    "articles": queries.articles_page(store, query, 10, 0),
                    "actors": aggregates.actors_page(store, ActorFilter(name=query), 10, 0),
                    "events": queries.events_page(store, EventFilter(text=query), 10, 0),
                    "quotes": queries.quotes_page(store, QuoteFilter(text=query), 10, 0),
                }
        except InvalidParameter as problem:
            error = str(problem)
    return render(request, "search.html", {"query": query, "results": results, "error": error})


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [
                {
                    "name": p.get("name"),
                    "where": p.get("in"),
                    "required": p.get("required", False),
                    "description": p.get("description") or p.get("schema", {}).get("description", ""),
                }
                for p in operation.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                }
            )
    return render(request, "docs.html", {"endpoints": endpoints, "spec": spec})
