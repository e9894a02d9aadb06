"""The shapes the REST API answers with, for validation and for the OpenAPI spec.

Records of OUTPUT.md reuse the frozen dataclasses of ``newsgraph.model`` (pydantic
reads them as they are), so the API speaks the output contract field for field;
the models here add what listings need around them: pages with totals, the
article a row comes from, actors' names resolved.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from newsgraph.model import (
    Actor,
    Article,
    EventDate,
    EventLocation,
    Mention,
    Modality,
    Place,
    Quote,
    Speaker,
    TextSpan,
    Timex,
)
from newsgraph.model import Event as EventRecord

T = TypeVar("T")


class ErrorDetail(BaseModel):
    location: str = Field(description="where the bad value was: query, path, header or body")
    parameter: str
    expected: str = Field(description="what would have been accepted")
    got: str | int | float | bool | None = None


class ErrorBody(BaseModel):
    code: str = Field(description="a stable word: not_found, invalid_parameter, unauthorized, too_large, ...")
    message: str = Field(description="what was expected, what arrived, what to do")
    details: list[ErrorDetail] | None = None


class ErrorResponse(BaseModel):
    """Every error the API answers with."""

    error: ErrorBody


class Page(BaseModel, Generic[T]):
    """One page of a listing."""

    items: list[T]
    total: int = Field(description="rows matching in all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page, or null on the last page")


class OriginOut(BaseModel):
    path: str
    index: int


class ArticleSummaryOut(BaseModel):
    id: str
    title: str | None
    published: str | None = Field(description="publication date, or null when unknown (never the ingest date)")
    published_source: str
    source_name: str | None
    word_count: int
    origin: OriginOut


class ArticleRefOut(BaseModel):
    """The article a row comes from."""

    id: str
    title: str | None
    published: str | None
    source_name: str | None
    url: str | None
    origin: str


class ActorRefOut(BaseModel):
    """An actor of one article, as an event or a quote refers to it."""

    id: str
    name: str | None
    code: str | None
    kind: str | None
    country: str | None


class EventOut(BaseModel):
    """An event record of OUTPUT.md, with its key, its article and its actors resolved."""

    key: str = Field(description="article id / event id: unique in the database")
    id: str
    cluster: str | None
    type: str
    mode: str | None
    context: list[str]
    cameo: str | None
    quad: int | None
    goldstein: float | None
    source: list[str]
    target: list[str]
    modality: Modality
    date: EventDate
    location: EventLocation | None
    evidence: TextSpan
    trigger: TextSpan
    confidence: float
    source_actors: list[ActorRefOut]
    target_actors: list[ActorRefOut]
    article: ArticleRefOut


class QuoteOut(BaseModel):
    """A quote with its key, its article and its speaker's actor."""

    key: str
    start: int
    end: int
    text: str
    direct: bool
    speaker: Speaker | None
    cue: str | None
    channel: str | None
    fragment: bool
    speaker_actor: ActorRefOut | None
    article: ArticleRefOut


class OriginRecord(BaseModel):
    path: str
    index: int
    url: str | None
    duplicate: str = Field(description="original, exact or near")
    similarity: float | None
    first_seen: str


class AnalysisOut(BaseModel):
    """Everything extracted from one article: the record of OUTPUT.md, plus where it was found."""

    article: Article
    actors: list[Actor]
    mentions: list[Mention]
    timexes: list[Timex]
    places: list[Place]
    quotes: list[Quote]
    events: list[EventRecord]
    origins: list[OriginRecord]


class ActorSummaryOut(BaseModel):
    """An actor across articles, identified by name and code."""

    name: str
    code: str | None
    kind: str | None
    country: str | None
    articles: int
    mentions: int
    events: int
    as_source: int
    as_target: int


class RoleCount(BaseModel):
    role: str
    count: int


class TimelineOut(BaseModel):
    date: str = Field(description="an ISO date value (day, month or year)")
    events: int
    quads: dict[str, int] = Field(description="events by CAMEO quad class; 0 = unknown")
    mentions: int = Field(description="mentions in articles published on this date")


class PartnerOut(BaseModel):
    name: str
    code: str | None
    outgoing: int = Field(description="events where this actor is the source and the partner a target")
    incoming: int
    conflict: int
    cooperation: int


class PartnerLinkOut(BaseModel):
    source_name: str
    source_code: str | None
    target_name: str
    target_code: str | None
    events: int


class ActorProfileOut(BaseModel):
    """One actor across articles: identity, activity, partners and quotes."""

    name: str
    code: str | None
    kinds: list[str]
    countries: list[str]
    sectors: list[str]
    roles: list[RoleCount]
    aliases: list[str]
    articles: int
    mentions: int
    events_as_source: Page[EventOut]
    events_as_target: Page[EventOut]
    quotes: Page[QuoteOut]
    timeline: list[TimelineOut]
    partners: list[PartnerOut]
    partner_links: list[PartnerLinkOut]


class DateCount(BaseModel):
    date: str
    quads: dict[str, int]


class TopActor(BaseModel):
    name: str
    code: str | None
    events: int


class DyadOut(BaseModel):
    source: str
    target: str
    events: int


class StatsOut(BaseModel):
    """Database counts and statistics of the events that match the filters."""

    counts: dict[str, int]
    events_by_type: dict[str, int]
    events_by_modality: dict[str, int]
    events_by_date: list[DateCount]
    undated_events: int = Field(description="matching events without a usable ISO date")
    top_actors: list[TopActor]
    top_dyads: list[DyadOut]


class LocationOut(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    quads: dict[str, int]


class IngestFailure(BaseModel):
    where: str
    reason: str
    detail: str


class IngestOut(BaseModel):
    """What an upload added to the database."""

    filename: str
    articles_found: int
    stored: int
    exact_duplicates: int
    near_duplicates: int
    failures: list[IngestFailure]
    articles: list[str] = Field(description="ids of the articles in the upload (new or already stored)")
