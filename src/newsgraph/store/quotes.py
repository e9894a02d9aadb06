"""Reading stored quotes back: who said what, in which article, when."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.model import Quote, Speaker
from newsgraph.store.base import Row, Store

QUOTE_COLUMNS = (
    "q.start_char, q.end_char, q.text, q.direct, q.speaker_actor, q.speaker_name, q.speaker_start, q.speaker_end, "
    "q.cue, q.channel, q.fragment, a.id, a.title, a.published, ac.code"
)


@dataclass(frozen=True)
class QuoteListing:
    """One quote with its article and the speaker's actor code (when the speaker is an actor)."""

    quote: Quote
    article_id: str
    title: str | None
    published: str | None
    speaker_code: str | None

    def to_dict(self) -> dict[str, Any]:
        record = self.quote.to_dict()
        record["speaker_code"] = self.speaker_code
        record["article"] = {"id": self.article_id, "title": self.title, "published": self.published}
        return record


def list_quotes(
    store: Store,
    speaker: str | None = None,
    actor_code: str | None = None,
    since: str | None = None,
    direct_only: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteListing]:
    """Quotes, newest article first (unknown dates last), in text order within an article.

    ``speaker`` matches any part of the speaker's name, ignoring case; ``actor_code``
    matches the speaker's actor code or any code it starts (``RUS`` finds ``RUSGOV``);
    ``since`` (YYYY-MM-DD) keeps articles published on or after that day, so articles
    with an unknown date are left out.
    """
    clauses: list[str] = []
    parameters: list[Any] = []
    if speaker:
        clauses.append("LOWER(q.speaker_name) LIKE ? ESCAPE '\\'")
        parameters.append(f"%{_escaped(speaker.lower())}%")
    if actor_code:
        clauses.append("ac.code LIKE ? ESCAPE '\\'")
        parameters.append(f"{_escaped(actor_code.upper())}%")
    if since:
        clauses.append("a.published >= ?")
        parameters.append(since)
    if direct_only:
        clauses.append("q.direct = 1")
    where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
    rows = store.execute(
        f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN actors ac ON ac.article_id = q.article_id AND ac.actor_id = q.speaker_actor "
        f"{where}ORDER BY a.published IS NULL, a.published DESC, a.id, q.quote_id LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    return [_listing(row) for row in rows]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _listing(r: Row) -> QuoteListing:
    speaker = Speaker(r[4], r[5], int(r[6]), int(r[7])) if r[5] is not None else None
    quote = Quote(int(r[0]), int(r[1]), r[2], bool(r[3]), speaker, r[8], r[9], bool(r[10]))
    return QuoteListing(quote, r[11], r[12], r[13], r[14])
