"""Reading actors back: one line per actor (name and code), with mention and article counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.store.base import Store

_CODE = re.compile(r"^[A-Za-z]{3,}$")


@dataclass(frozen=True)
class ActorSummary:
    """An actor aggregated across articles by name and code."""

    name: str
    code: str | None
    kind: str
    role: str | None
    mentions: int
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "code": self.code,
            "kind": self.kind,
            "role": self.role,
            "mentions": self.mentions,
            "articles": self.articles,
        }


def list_actors(
    store: Store, article_id: str | None = None, code: str | None = None, limit: int = 100, offset: int = 0
) -> list[ActorSummary]:
    """Return actors with their mention counts, most mentioned first.

    ``article_id`` keeps one article's actors; ``code`` keeps actors whose code starts
    with it (``RUS`` keeps RUS, RUSGOV, RUSMIL...).
    """
    if code is not None and not _CODE.match(code):
        raise UsageError(f"--code expects letters such as RUS or RUSGOV, got {code!r}")
    clauses, parameters = [], []
    if article_id is not None:
        clauses.append("a.article_id = ?")
        parameters.append(article_id)
    if code is not None:
        clauses.append("a.code LIKE ?")
        parameters.append(code.upper() + "%")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = store.execute(
        "SELECT a.name, a.code, MAX(a.kind), MAX(a.role), COUNT(m.actor_id), COUNT(DISTINCT a.article_id) "
        "FROM actors a LEFT JOIN mentions m ON m.article_id = a.article_id AND m.actor_id = a.actor_id "
        f"{where} GROUP BY a.name, a.code ORDER BY COUNT(m.actor_id) DESC, a.name, a.code LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    return [ActorSummary(r[0], r[1], r[2], r[3], int(r[4]), int(r[5])) for r in rows]
