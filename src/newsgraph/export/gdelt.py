"""Events in the shape of the GDELT 2.0 events table: one row per real-world event and actor pair.

GDELT keeps events apart from their mentions; newsgraph's mentions that tell the
same real-world event share a ``cluster`` id, so a cluster becomes one GDELT
event with NumMentions, NumSources and NumArticles counted over its mentions (a
mention without a cluster is its own event). GDELT events are dyadic with one
actor a side, so an event with two sources ("X and Y signed") becomes one row per
(source, target) pair, as GDELT's coders split compound actors. Only the columns
that newsgraph can fill honestly are written (docs/EXPORTS.md lists them); the last
two, PloverType and Modality, are newsgraph's own, because GDELT cannot say that
an event was only claimed.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO
from urllib.parse import urlsplit

from newsgraph.store.queries import ActorRef, EventRow

COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "DATEADDED",
    "SOURCEURL",
    "PloverType",
    "Modality",
)


@dataclass
class _Cluster:
    """The mentions of one real-world event, as they arrive from the query layer."""

    key: str
    rows: list[EventRow] = field(default_factory=list)


def clusters(rows: Iterable[EventRow]) -> list[_Cluster]:
    """Group event mentions by cluster id (a mention without one is its own event), first seen first."""
    found: dict[str, _Cluster] = {}
    for row in rows:
        key = row.event.cluster or f"mention:{row.key}"
        found.setdefault(key, _Cluster(key)).rows.append(row)
    return list(found.values())


def gdelt_rows(rows: Iterable[EventRow]) -> Iterator[dict[str, str]]:
    """Yield GDELT rows (column -> text) for the event mentions, one per event and actor pair."""
    for cluster in clusters(rows):
        yield from _cluster_rows(cluster)


def write_tsv(rows: Iterable[EventRow], out: BinaryIO) -> int:
    """Write a header line and tab-separated GDELT rows; return the number of rows."""
    out.write(("\t".join(COLUMNS) + "\n").encode("utf-8"))
    count = 0
    for record in gdelt_rows(rows):
        out.write(("\t".join(_clean(record[c]) for c in COLUMNS) + "\n").encode("utf-8"))
        count += 1
    return count


def _clean(value: str) -> str:
    # a tab or a line break inside a name would shift every later column
    return " ".join(value.split()) if value else ""


def _cluster_rows(cluster: _Cluster) -> Iterator[dict[str, str]]:
    rows = cluster.rows
    first = rows[0].event
    date = _best_date([r.event.date.value for r in rows])
    located = next((r.event.location for r in rows if r.event.location is not None), None)
    articles = {r.article.id: r.article for r in rows}
    sources_seen = {a.source_name or _host(a.url) or a.id for a in articles.values()}
    earliest = min(articles.values(), key=lambda a: (a.published is None, a.published or "", a.ingested_at))
    common = {
        **_date_columns(date),
        "EventCode": first.cameo or "",
        "EventRootCode": (first.cameo or "")[:2],
        "QuadClass": str(first.quad) if first.quad is not None else "",
        "GoldsteinScale": f"{first.goldstein:g}" if first.goldstein is not None else "",
        "NumMentions": str(len(rows)),
        "NumSources": str(len(sources_seen)),
        "NumArticles": str(len(articles)),
        "ActionGeo_FullName": located.name if located else "",
        "ActionGeo_CountryCode": (located.country or "") if located else "",
        "ActionGeo_Lat": _coordinate(located.lat) if located else "",
        "ActionGeo_Long": _coordinate(located.lon) if located else "",
        "DATEADDED": min(_timestamp(a.ingested_at) for a in articles.values()),
        "SOURCEURL": earliest.url or earliest.origin,
        "PloverType": first.type,
        "Modality": ";".join(sorted({r.event.modality for r in rows})),
    }
    sources: list[ActorRef | None] = [*_sides([a for r in rows for a in r.source_actors])] or [None]
    targets: list[ActorRef | None] = [*_sides([a for r in rows for a in r.target_actors])] or [None]
    for source in sources:
        for target in targets:
            pair = f"{cluster.key}|{_side_key(source)}|{_side_key(target)}"
            yield {
                "GLOBALEVENTID": str(int(hashlib.sha1(pair.encode("utf-8")).hexdigest()[:15], 16)),
                **_actor_columns("Actor1", source),
                **_actor_columns("Actor2", target),
                **common,
            }


def _sides(actors: list[ActorRef]) -> list[ActorRef]:
    """The distinct actors of one side: by code (GDELT's unit), else by name; the commonest name kept."""
    names: dict[str, Counter[str]] = {}
    chosen: dict[str, ActorRef] = {}
    for actor in actors:
        key = _side_key(actor)
        names.setdefault(key, Counter())[actor.name or ""] += 1
        chosen.setdefault(key, actor)
    return [
        ActorRef(a.id, names[k].most_common(1)[0][0] or None, a.code, a.kind, a.country, a.sector, a.role)
        for k, a in chosen.items()
    ]


def _side_key(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return actor.code or f"name:{(actor.name or actor.id).casefold()}"


def _actor_columns(prefix: str, actor: ActorRef | None) -> dict[str, str]:
    if actor is None:
        return {f"{prefix}Code": "", f"{prefix}Name": "", f"{prefix}CountryCode": "", f"{prefix}Type1Code": ""}
    code = actor.code or ""
    country = actor.country or (code[:3] if len(code) >= 3 else "")
    sector = actor.sector or (code[3:6] if len(code) >= 6 else "")
    return {
        f"{prefix}Code": code,
        f"{prefix}Name": (actor.name or "").upper(),  # GDELT writes actor names in capitals
        f"{prefix}CountryCode": country,
        f"{prefix}Type1Code": sector,
    }


def _best_date(values: list[str | None]) -> str | None:
    """The most precise ISO date the mentions give (the commonest one on a tie), or None."""
    usable = [v for v in values if v and len(v) in (4, 7, 10) and "X" not in v and "W" not in v]
    if not usable:
        return None
    counts = Counter(usable)
    return max(counts, key=lambda v: (len(v), counts[v], v))


def _date_columns(value: str | None) -> dict[str, str]:
    """SQLDATE only for a known day; MonthYear and Year as far as the date is known; never invented."""
    columns = {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    if not value:
        return columns
    columns["Year"] = value[:4]
    if len(value) >= 7:
        columns["MonthYear"] = value[:4] + value[5:7]
    if len(value) == 10:
        year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
        columns["SQLDATE"] = value.replace("-", "")
        columns["FractionDate"] = f"{year + (month * 30 + day) / 365:.4f}"  # GDELT's own approximation
    return columns


def _timestamp(iso: str) -> str:
    """YYYYMMDDHHMMSS from an ISO 8601 UTC timestamp such as 2025-12-30T10:04:05+00:00."""
    digits = "".join(ch for ch in iso[:19] if ch.isdigit())
    return digits.ljust(14, "0")


def _coordinate(value: float | None) -> str:
    return f"{value:.4f}" if value is not None else ""


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host or None
