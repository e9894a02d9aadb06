"""Filtered, paginated listings of what the database holds: articles, events, quotes.

These are the rows the REST API, the web pages, the exports and the CLI show. Each
listing returns a ``Page`` (the rows plus the total that matched), and each event
comes with its article and its actors' names and codes resolved, so callers never
need a second query. The SQL is portable (``?`` placeholders, no dialect
functions) so PostgreSQL runs it too; aggregates live in ``store.aggregates``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from newsgraph.model import Event, Quote, Speaker
from newsgraph.store.base import EVENT_COLUMNS, ArticleSummary, Row, Store, event_from_row
from newsgraph.store.filters import EventFilter, QuoteFilter, check_page, where_events, where_quotes


class Record(Protocol):
    """Anything a listing holds: it knows its JSON shape."""

    def to_dict(self) -> dict[str, Any]: ...


T = TypeVar("T", bound=Record)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing: its rows, how many rows matched in all, and where it starts."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        end = self.offset + len(self.items)
        return end if end < self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": [item.to_dict() for item in self.items],
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.next_offset,
        }


@dataclass(frozen=True)
class ArticleRef:
    """The article a row comes from: enough to cite it and link to it."""

    id: str
    title: str | None
    published: str | None
    source_name: str | None
    url: str | None
    origin: str
    ingested_at: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "source_name": self.source_name,
            "url": self.url,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class ActorRef:
    """An actor of one article, as a row refers to it: id, name and code resolved."""

    id: str
    name: str | None  # None when the id names no stored actor
    code: str | None
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "code": self.code, "kind": self.kind, "country": self.country}


@dataclass(frozen=True)
class EventRow:
    """One event mention with its article and its actors resolved."""

    article: ArticleRef
    event: Event
    source_actors: tuple[ActorRef, ...]
    target_actors: tuple[ActorRef, ...]

    @property
    def key(self) -> str:
        """A key unique in the database: the article id and the event id."""
        return f"{self.article.id}/{self.event.id}"

    def to_dict(self) -> dict[str, Any]:
        """The event record of OUTPUT.md plus ``key``, ``article`` and the resolved actors."""
        return {
            "key": self.key,
            **self.event.to_dict(),
            "source_actors": [a.to_dict() for a in self.source_actors],
            "target_actors": [a.to_dict() for a in self.target_actors],
            "article": self.article.to_dict(),
        }


@dataclass(frozen=True)
class QuoteRow:
    """One quote with its article and its speaker's actor (when the speaker is resolved)."""

    article: ArticleRef
    number: int
    quote: Quote
    speaker_actor: ActorRef | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": f"{self.article.id}/{self.number}",
            **self.quote.to_dict(),
            "speaker_actor": self.speaker_actor.to_dict() if self.speaker_actor else None,
            "article": self.article.to_dict(),
        }


_ARTICLE_COLUMNS = "a.id, a.title, a.published, a.source_name, a.source_url, a.origin_path, a.ingested_at"
_EVENT_SELECT = (
    f"SELECT {', '.join('e.' + c.strip() for c in EVENT_COLUMNS.split(','))}, {_ARTICLE_COLUMNS} "
    "FROM events e JOIN articles a ON a.id = e.article_id"
)
_EVENT_WIDTH = len(EVENT_COLUMNS.split(","))
# newest first; undated last on every backend (NULLs sort differently in SQLite and PostgreSQL)
_EVENT_ORDER = (
    "ORDER BY e.date_value IS NULL, e.date_value DESC, a.published IS NULL, a.published DESC, "
    "e.article_id, e.evidence_start, e.event_id"
)


def _article_ref(row: Sequence[Any]) -> ArticleRef:
    return ArticleRef(row[0], row[1], row[2], row[3], row[4], row[5], row[6])


# --- articles -------------------------------------------------------------------------


def articles_page(store: Store, query: str | None = None, limit: int = 50, offset: int = 0) -> Page[ArticleSummary]:
    """Stored articles, newest first, or those matching a full-text ``query``, best first."""
    check_page(limit, offset)
    if query and query.strip():
        items = store.search_articles(query, limit, offset)
        total = store.count_search(query)
    else:
        items = store.list_articles(limit, offset)
        total = int(store.execute("SELECT COUNT(*) FROM articles")[0][0])
    return Page(tuple(items), total, limit, offset)


def resolve_article(store: Store, id_or_prefix: str) -> list[str]:
    """Return the ids of articles whose id is, or starts with, the given text (at most two)."""
    return store.resolve_article_id(id_or_prefix.strip().lower())


def articles_from_origin(store: Store, path: str) -> list[str]:
    """Return the ids of the articles recorded as found in the input ``path``, in input order."""
    rows = store.execute("SELECT article_id FROM article_origins WHERE path = ? ORDER BY position, article_id", (path,))
    return [str(row[0]) for row in rows]


# --- events ---------------------------------------------------------------------------


def events_page(store: Store, filters: EventFilter | None = None, limit: int = 50, offset: int = 0) -> Page[EventRow]:
    """Event mentions matching ``filters``, newest event date first, undated last."""
    check_page(limit, offset)
    where, parameters = where_events(filters or EventFilter())
    total = int(
        store.execute(f"SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id {where}", parameters)[0][0]
    )
    rows = store.execute(f"{_EVENT_SELECT} {where} {_EVENT_ORDER} LIMIT ? OFFSET ?", [*parameters, limit, offset])
    return Page(tuple(_event_rows(store, rows)), total, limit, offset)


def iter_events(store: Store, filters: EventFilter | None = None, batch: int = 500) -> Iterator[EventRow]:
    """Every event mention matching ``filters``, in listing order, fetched ``batch`` at a time."""
    where, parameters = where_events(filters or EventFilter())
    offset = 0
    while True:
        rows = store.execute(f"{_EVENT_SELECT} {where} {_EVENT_ORDER} LIMIT ? OFFSET ?", [*parameters, batch, offset])
        yield from _event_rows(store, rows)
        if len(rows) < batch:
            return
        offset += batch


def get_event(store: Store, article_id: str, event_id: str) -> EventRow | None:
    """One event mention by its article id and event id, or None."""
    rows = store.execute(f"{_EVENT_SELECT} WHERE e.article_id = ? AND e.event_id = ?", (article_id, event_id))
    found = _event_rows(store, rows)
    return found[0] if found else None


def _event_rows(store: Store, rows: Sequence[Row]) -> list[EventRow]:
    actors = _event_actors(store, sorted({str(row[_EVENT_WIDTH]) for row in rows}))
    result = []
    for row in rows:
        article = _article_ref(row[_EVENT_WIDTH:])
        roles = actors.get((article.id, str(row[0])), {})
        sources = tuple(roles.get("source", ()))
        targets = tuple(roles.get("target", ()))
        event = event_from_row(row[:_EVENT_WIDTH], tuple(a.id for a in sources), tuple(a.id for a in targets))
        result.append(EventRow(article, event, sources, targets))
    return result


def _event_actors(store: Store, article_ids: list[str]) -> dict[tuple[str, str], dict[str, list[ActorRef]]]:
    """Map (article id, event id) to its source and target actors, names resolved."""
    found: dict[tuple[str, str], dict[str, list[ActorRef]]] = {}
    for chunk in _chunks(article_ids, 400):
        rows = store.execute(
            "SELECT ea.article_id, ea.event_id, ea.role, ea.actor_id, COALESCE(ac.code, ea.code), ac.name, ac.kind, "
            "ac.country, ac.sector, ac.role FROM event_actors ea LEFT JOIN actors ac "
            "ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id "
            f"WHERE ea.article_id IN ({', '.join('?' for _ in chunk)}) "
            "ORDER BY ea.article_id, ea.event_id, ea.role, ea.actor_id",
            chunk,
        )
        for r in rows:
            ref = ActorRef(r[3], r[5], r[4], r[6], r[7], r[8], r[9])
            found.setdefault((r[0], r[1]), {}).setdefault(r[2], []).append(ref)
    return found


def _chunks(values: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# --- quotes ---------------------------------------------------------------------------

_QUOTE_SELECT = (
    "SELECT q.quote_id, q.start_char, q.end_char, q.text, q.direct, q.speaker_actor, q.speaker_name, "
    "q.speaker_start, q.speaker_end, q.cue, q.channel, q.fragment, s.name, s.code, s.kind, s.country, "
    f"{_ARTICLE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
    "LEFT JOIN actors s ON s.article_id = q.article_id AND s.actor_id = q.speaker_actor"
)
_QUOTE_ORDER = "ORDER BY a.published IS NULL, a.published DESC, q.article_id, q.start_char, q.quote_id"


def quotes_page(store: Store, filters: QuoteFilter | None = None, limit: int = 50, offset: int = 0) -> Page[QuoteRow]:
    """Quotes matching ``filters``, newest article first, in text order within an article."""
    check_page(limit, offset)
    where, parameters = where_quotes(filters or QuoteFilter())
    total = int(
        store.execute(
            "SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"LEFT JOIN actors s ON s.article_id = q.article_id AND s.actor_id = q.speaker_actor {where}",
            parameters,
        )[0][0]
    )
    rows = store.execute(f"{_QUOTE_SELECT} {where} {_QUOTE_ORDER} LIMIT ? OFFSET ?", [*parameters, limit, offset])
    return Page(tuple(_quote_row(r) for r in rows), total, limit, offset)


def _quote_row(r: Row) -> QuoteRow:
    speaker = Speaker(r[5], r[6], int(r[7]), int(r[8])) if r[6] is not None else None
    quote = Quote(int(r[1]), int(r[2]), r[3], bool(r[4]), speaker, r[9], r[10], bool(r[11]))
    actor = ActorRef(r[5], r[12], r[13], r[14], r[15]) if r[5] is not None else None
    return QuoteRow(_article_ref(r[16:]), int(r[0]), quote, actor)
