"""What every store does, in SQL that SQLite and PostgreSQL both speak.

A backend supplies the connection, the migrations, transactions and full-text
search; everything else (saving an analysis, reading it back, duplicates, runs)
is written once here with ``?`` placeholders that a backend may translate.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    Caption,
    Event,
    EventDate,
    EventLocation,
    Mention,
    Origin,
    Place,
    Published,
    Quote,
    Source,
    Span,
    Speaker,
    TextSpan,
    Timex,
)

Row = tuple[Any, ...]


@dataclass(frozen=True)
class ArticleSummary:
    """One line of an article listing."""

    id: str
    title: str | None
    published: str | None
    published_source: str
    source_name: str | None
    word_count: int
    origin_path: str
    origin_index: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "published_source": self.published_source,
            "source_name": self.source_name,
            "word_count": self.word_count,
            "origin": {"path": self.origin_path, "index": self.origin_index},
        }


@dataclass(frozen=True)
class FailureRecord:
    """An input that failed during a run, as stored."""

    input: str
    reason: str
    detail: str


def now() -> str:
    """Return the current UTC time as ISO 8601 (for bookkeeping, never as a publication date)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(ABC):
    """A newsgraph database. Use as a context manager; close() releases it."""

    url: str

    # --- what a backend provides -------------------------------------------------

    @abstractmethod
    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        """Run one statement with ``?`` placeholders; return its rows (empty for writes)."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each parameter row."""

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit what runs inside, or roll it all back on any exception."""
        yield  # pragma: no cover

    @abstractmethod
    def search_articles(self, query: str, limit: int, offset: int) -> list[ArticleSummary]:
        """Full-text search over titles and bodies, best matches first."""

    @abstractmethod
    def count_search(self, query: str) -> int:
        """How many articles ``search_articles`` finds for ``query`` in all."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    @property
    @abstractmethod
    def schema_version(self) -> int:
        """The number of the last migration applied."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- runs --------------------------------------------------------------------

    def start_run(self, arguments: Sequence[str]) -> int:
        """Record the start of an ingest run; return its id."""
        with self.transaction():
            rows = self.execute(
                "INSERT INTO runs (started_at, arguments) VALUES (?, ?) RETURNING id",
                (now(), json.dumps(list(arguments))),
            )
        return int(rows[0][0])

    def finish_run(self, run_id: int, summary: dict[str, Any], failures: Sequence[FailureRecord]) -> None:
        """Record a run's summary and failures."""
        with self.transaction():
            self.execute(
                "UPDATE runs SET finished_at = ?, summary = ? WHERE id = ?",
                (now(), json.dumps(summary), run_id),
            )
            self.executemany(
                "INSERT INTO run_failures (run_id, input, reason, detail) VALUES (?, ?, ?, ?)",
                [(run_id, f.input, f.reason, f.detail) for f in failures],
            )

    # --- duplicates ----------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        return bool(self.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def near_duplicate_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """Return (id, signature) of stored articles sharing at least one LSH band."""
        clauses = " OR ".join("(b.band = ? AND b.key = ?)" for _ in bands)
        parameters: list[Any] = []
        for band, key in enumerate(bands):
            parameters.extend((band, key))
        rows = self.execute(
            "SELECT DISTINCT a.id, a.minhash FROM article_bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE {clauses}",
            parameters,
        )
        return [(str(row[0]), bytes(row[1])) for row in rows if row[1] is not None]

    def add_origin(
        self, article_id: str, origin: Origin, url: str | None, duplicate: str, similarity: float | None
    ) -> bool:
        """Record that an article was (also) found at ``origin``; False if already known."""
        with self.transaction():
            rows = self.execute(
                "INSERT INTO article_origins (article_id, path, position, url, duplicate, similarity, first_seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING article_id",
                (article_id, origin.path, origin.index, url, duplicate, similarity, now()),
            )
        return bool(rows)

    # --- saving --------------------------------------------------------------------

    def save(self, analysis: Analysis, signature: bytes | None, bands: Sequence[int]) -> None:
        """Store an article with everything extracted from it, in one transaction."""
        article = analysis.article
        with self.transaction():
            self.execute(
                "INSERT INTO articles (id, title, text, paragraphs, captions, published, published_precision, "
                "published_source, published_not_before, source_name, source_url, origin_path, origin_index, "
                "word_count, minhash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.id,
                    article.title,
                    article.text,
                    json.dumps([[p.start, p.end] for p in article.paragraphs]),
                    json.dumps([c.to_dict() for c in article.captions]),
                    article.published.value,
                    article.published.precision,
                    article.published.source,
                    article.published.not_before,
                    article.source.name,
                    article.source.url,
                    article.origin.path,
                    article.origin.index,
                    article.word_count,
                    signature,
                    now(),
                ),
            )
            self.execute(
                "INSERT INTO article_origins (article_id, path, position, url, duplicate, similarity, first_seen) "
                "VALUES (?, ?, ?, ?, 'original', NULL, ?)",
                (article.id, article.origin.path, article.origin.index, article.source.url, now()),
            )
            self.executemany(
                "INSERT INTO article_bands (band, key, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(band, key, article.id) for band, key in enumerate(bands)],
            )
            self._save_extractions(analysis)

    def _save_extractions(self, analysis: Analysis) -> None:
        from newsgraph.store.clusters import global_clusters  # it builds on this module

        clusters = global_clusters(self, analysis) if analysis.events else {}
        aid = analysis.article.id
        self.executemany(
            "INSERT INTO actors (article_id, actor_id, name, kind, code, country, sector, role, aliases) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (aid, a.id, a.name, a.kind, a.code, a.country, a.sector, a.role, json.dumps(list(a.aliases)))
                for a in analysis.actors
            ],
        )
        self.executemany(
            "INSERT INTO mentions (article_id, start_char, end_char, text, label, actor_id, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(aid, m.start, m.end, m.text, m.label, m.actor, i) for i, m in enumerate(analysis.mentions)],
        )
        self.executemany(
            "INSERT INTO timexes (article_id, start_char, end_char, text, type, value, caption, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, t.start, t.end, t.text, t.type, t.value, t.caption, i) for i, t in enumerate(analysis.timexes)],
        )
        self.executemany(
            "INSERT INTO places (article_id, start_char, end_char, text, name, country, lat, lon, geonameid, feature, "
            "caption, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (aid, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature, p.caption, i)
                for i, p in enumerate(analysis.places)
            ],
        )
        self.executemany(
            "INSERT INTO quotes (article_id, quote_id, start_char, end_char, text, direct, speaker_actor, "
            "speaker_name, speaker_start, speaker_end, cue, channel, fragment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_quote_row(aid, number, q) for number, q in enumerate(analysis.quotes)],
        )
        codes = {a.id: a.code for a in analysis.actors}
        self.executemany(
            "INSERT INTO events (article_id, event_id, cluster, type, mode, context, cameo, quad, goldstein, modality, "
            "date_value, date_precision, location_name, location_country, lat, lon, evidence_start, evidence_end, "
            "evidence_text, trigger_start, trigger_end, trigger_text, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_event_row(aid, replace(e, cluster=clusters.get(e.cluster or e.id))) for e in analysis.events],
        )
        self.executemany(
            "INSERT INTO event_actors (article_id, event_id, role, actor_id, code) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [
                (aid, e.id, role, actor, codes.get(actor))
                for e in analysis.events
                for role, actors in (("source", e.source), ("target", e.target))
                for actor in actors
            ],
        )

    # --- reading -------------------------------------------------------------------

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        """Articles, newest publication first (unknown dates last), then by title."""
        rows = self.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM articles "
            "ORDER BY published IS NULL, published DESC, title LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [summary_from_row(row) for row in rows]

    def resolve_article_id(self, prefix: str) -> list[str]:
        """Return the ids that start with ``prefix`` (a full id, or its first characters)."""
        rows = self.execute("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff"))
        return [str(row[0]) for row in rows]

    def load(self, article_id: str) -> Analysis | None:
        """Return an article with everything extracted from it, or None."""
        rows = self.execute(
            "SELECT id, title, text, paragraphs, captions, published, published_precision, published_source, "
            "published_not_before, source_name, source_url, origin_path, origin_index FROM articles WHERE id = ?",
            (article_id,),
        )
        if not rows:
            return None
        article = _article_from_row(rows[0])
        return Analysis(
            article=article,
            actors=tuple(self._actors(article_id)),
            mentions=tuple(
                Mention(int(r[0]), int(r[1]), r[2], r[3], r[4])
                for r in self.execute(
                    "SELECT start_char, end_char, text, label, actor_id FROM mentions WHERE article_id = ? "
                    "ORDER BY position, start_char",
                    (article_id,),
                )
            ),
            timexes=tuple(
                Timex(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5])
                for r in self.execute(
                    "SELECT start_char, end_char, text, type, value, caption FROM timexes WHERE article_id = ? "
                    "ORDER BY position, caption IS NOT NULL, caption, start_char",
                    (article_id,),
                )
            ),
            places=tuple(
                Place(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])
                for r in self.execute(
                    "SELECT start_char, end_char, text, name, country, lat, lon, geonameid, feature, caption "
                    "FROM places WHERE article_id = ? ORDER BY position, caption IS NOT NULL, caption, start_char",
                    (article_id,),
                )
            ),
            quotes=tuple(self._quotes(article_id)),
            events=tuple(self._events(article_id)),
        )

    def _actors(self, article_id: str) -> Iterator[Actor]:
        for r in self.execute(
            "SELECT actor_id, name, kind, code, country, sector, role, aliases FROM actors WHERE article_id = ? "
            "ORDER BY actor_id",
            (article_id,),
        ):
            yield Actor(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])))

    def _quotes(self, article_id: str) -> Iterator[Quote]:
        for r in self.execute(
            "SELECT start_char, end_char, text, direct, speaker_actor, speaker_name, speaker_start, speaker_end, cue, "
            "channel, fragment FROM quotes WHERE article_id = ? ORDER BY quote_id",
            (article_id,),
        ):
            speaker = Speaker(r[4], r[5], int(r[6]), int(r[7])) if r[5] is not None else None
            yield Quote(int(r[0]), int(r[1]), r[2], bool(r[3]), speaker, r[8], r[9], bool(r[10]))

    def _events(self, article_id: str) -> Iterator[Event]:
        roles: dict[str, dict[str, list[str]]] = {}
        for event_id, role, actor in self.execute(
            "SELECT event_id, role, actor_id FROM event_actors WHERE article_id = ? ORDER BY event_id, actor_id",
            (article_id,),
        ):
            roles.setdefault(event_id, {"source": [], "target": []})[role].append(actor)
        for r in self.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE article_id = ? ORDER BY evidence_start, event_id", (article_id,)
        ):
            actors = roles.get(r[0], {"source": [], "target": []})
            yield event_from_row(r, tuple(actors["source"]), tuple(actors["target"]))

    def origins(self, article_id: str) -> list[dict[str, Any]]:
        """Every place an article was found, the first one first."""
        rows = self.execute(
            "SELECT path, position, url, duplicate, similarity, first_seen FROM article_origins "
            "WHERE article_id = ? ORDER BY first_seen, path, position",
            (article_id,),
        )
        keys = ("path", "index", "url", "duplicate", "similarity", "first_seen")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables."""
        counts: dict[str, int] = {}
        for table in ("articles", "article_origins", "actors", "mentions", "timexes", "places", "quotes", "events"):
            counts[table] = int(self.execute(f"SELECT COUNT(*) FROM {table}")[0][0])
        counts["articles_dated"] = int(self.execute("SELECT COUNT(*) FROM articles WHERE published IS NOT NULL")[0][0])
        return counts


SUMMARY_COLUMNS = "id, title, published, published_source, source_name, word_count, origin_path, origin_index"
EVENT_COLUMNS = (
    "event_id, cluster, type, mode, context, cameo, quad, goldstein, modality, date_value, date_precision, "
    "location_name, location_country, lat, lon, evidence_start, evidence_end, evidence_text, trigger_start, "
    "trigger_end, trigger_text, confidence"
)


def summary_from_row(row: Row) -> ArticleSummary:
    return ArticleSummary(row[0], row[1], row[2], row[3], row[4], int(row[5]), row[6], int(row[7]))


def _article_from_row(r: Row) -> Article:
    return Article(
        id=r[0],
        title=r[1],
        text=r[2],
        paragraphs=tuple(Span(int(s), int(e)) for s, e in json.loads(r[3])),
        captions=tuple(Caption(**c) for c in json.loads(r[4])),
        published=Published(r[5], r[6], r[7], r[8]),
        source=Source(r[9], r[10]),
        origin=Origin(r[11], int(r[12])),
    )


def event_from_row(r: Row, source: tuple[str, ...], target: tuple[str, ...]) -> Event:
    location = EventLocation(r[11], r[12], r[13], r[14]) if r[11] is not None else None
    return Event(
        id=r[0],
        cluster=r[1],
        type=r[2],
        mode=r[3],
        context=tuple(json.loads(r[4])),
        cameo=r[5],
        quad=r[6],
        goldstein=r[7],
        modality=r[8],
        date=EventDate(r[9], r[10]),
        location=location,
        evidence=TextSpan(int(r[15]), int(r[16]), r[17]),
        trigger=TextSpan(int(r[18]), int(r[19]), r[20]),
        confidence=float(r[21]),
        source=source,
        target=target,
    )


def _quote_row(article_id: str, number: int, q: Quote) -> tuple[Any, ...]:
    speaker = q.speaker
    return (
        article_id,
        number,
        q.start,
        q.end,
        q.text,
        int(q.direct),
        speaker.actor if speaker else None,
        speaker.name if speaker else None,
        speaker.start if speaker else None,
        speaker.end if speaker else None,
        q.cue,
        q.channel,
        int(q.fragment),
    )


def _event_row(article_id: str, e: Event) -> tuple[Any, ...]:
    location = e.location
    return (
        article_id,
        e.id,
        e.cluster,
        e.type,
        e.mode,
        json.dumps(list(e.context)),
        e.cameo,
        e.quad,
        e.goldstein,
        e.modality,
        e.date.value,
        e.date.precision,
        location.name if location else None,
        location.country if location else None,
        location.lat if location else None,
        location.lon if location else None,
        e.evidence.start,
        e.evidence.end,
        e.evidence.text,
        e.trigger.start,
        e.trigger.end,
        e.trigger.text,
        e.confidence,
    )
