"""Counts across the corpus: actors aggregated over articles, one actor's profile, stats.

An actor is resolved per article (``a1`` in one article is not ``a1`` in the
next); across articles newsgraph identifies an actor by its name and its code, so
"Sergei Lavrov" (RUSGOV) in ten articles is one row with ten articles. The SQL is
portable (``?`` placeholders, no dialect functions).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from newsgraph.store.base import Store
from newsgraph.store.filters import (
    ActorFilter,
    EventFilter,
    QuoteFilter,
    check_page,
    like_pattern,
    where_events,
)
from newsgraph.store.queries import EventRow, Page, QuoteRow, events_page, quotes_page

_ISO = "e.date_value NOT LIKE '%X%' AND e.date_value NOT LIKE '%W%' AND length(e.date_value) IN (4, 7, 10)"
_EVENTS_FROM = "FROM events e JOIN articles a ON a.id = e.article_id"


@dataclass(frozen=True)
class ActorSummary:
    """An actor across articles: how often it is named, in how many articles, in how many events."""

    name: str
    code: str | None
    kind: str | None
    country: str | None
    articles: int
    mentions: int
    events: int
    as_source: int
    as_target: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _and(where: str, *conditions: str) -> str:
    """Add conditions to a ``WHERE ...`` clause (or start one)."""
    if not conditions:
        return where
    joined = " AND ".join(conditions)
    return f"{where} AND {joined}" if where else f"WHERE {joined}"


def actors_page(
    store: Store, filters: ActorFilter | None = None, limit: int = 50, offset: int = 0
) -> Page[ActorSummary]:
    """Actors aggregated by (name, code), most active first (see ActorFilter.order)."""
    check_page(limit, offset)
    f = filters or ActorFilter()
    conditions: list[str] = []
    parameters: list[Any] = []
    if f.name:
        conditions.append("(lower(ac.name) LIKE ? ESCAPE '\\' OR lower(ac.aliases) LIKE ? ESCAPE '\\')")
        parameters.extend((like_pattern(f.name), like_pattern(f.name)))
    if f.code:
        conditions.append("ac.code LIKE ?")
        parameters.append(f.code + "%")
    if f.kind:
        conditions.append("ac.kind = ?")
        parameters.append(f.kind)
    where = _and("", *conditions)
    total = int(
        store.execute(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM actors ac {where} GROUP BY ac.name, ac.code) t", parameters
        )[0][0]
    )
    order = {
        "events": "n_events DESC, n_mentions DESC, ac.name",
        "mentions": "n_mentions DESC, n_events DESC, ac.name",
        "articles": "n_articles DESC, n_events DESC, ac.name",
        "name": "ac.name, ac.code",
    }[f.order]
    rows = store.execute(
        "SELECT ac.name, ac.code, MAX(ac.kind), MAX(ac.country), COUNT(DISTINCT ac.article_id) AS n_articles, "
        "COALESCE(SUM(m.n), 0) AS n_mentions, COALESCE(SUM(x.n), 0) AS n_events, COALESCE(SUM(x.src), 0), "
        "COALESCE(SUM(x.tgt), 0) FROM actors ac "
        "LEFT JOIN (SELECT article_id, actor_id, COUNT(*) AS n FROM mentions GROUP BY article_id, actor_id) m "
        "ON m.article_id = ac.article_id AND m.actor_id = ac.actor_id "
        "LEFT JOIN (SELECT article_id, actor_id, COUNT(DISTINCT event_id) AS n, "
        "SUM(CASE WHEN role = 'source' THEN 1 ELSE 0 END) AS src, "
        "SUM(CASE WHEN role = 'target' THEN 1 ELSE 0 END) AS tgt "
        "FROM event_actors GROUP BY article_id, actor_id) x "
        "ON x.article_id = ac.article_id AND x.actor_id = ac.actor_id "
        f"{where} GROUP BY ac.name, ac.code ORDER BY {order} LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )
    items = tuple(ActorSummary(r[0], r[1], r[2], r[3], *(int(v) for v in r[4:9])) for r in rows)
    return Page(items, total, limit, offset)


@dataclass(frozen=True)
class TimelinePoint:
    """How often an actor appears on one date: in events (by event date and quad) and in articles."""

    date: str
    quads: dict[int, int]  # events by quad class (0 = unknown), by event date
    mentions: int  # mentions in articles published on this date

    @property
    def events(self) -> int:
        return sum(self.quads.values())

    def to_dict(self) -> dict[str, Any]:
        quads = {str(q): n for q, n in sorted(self.quads.items())}
        return {"date": self.date, "events": self.events, "quads": quads, "mentions": self.mentions}


@dataclass(frozen=True)
class Partner:
    """Another actor this one acts on (outgoing) or is acted on by (incoming), and how."""

    name: str
    code: str | None
    outgoing: int
    incoming: int
    conflict: int  # events of quad 3 or 4 (verbal or material conflict)
    cooperation: int  # events of quad 1 or 2

    @property
    def total(self) -> int:
        return self.outgoing + self.incoming


@dataclass(frozen=True)
class PartnerLink:
    """Events between two partners of the actor (source name/code → target name/code)."""

    source: tuple[str, str | None]
    target: tuple[str, str | None]
    events: int


@dataclass(frozen=True)
class ActorProfile:
    """Everything about one actor across articles: identity, activity, partners, quotes."""

    name: str
    code: str | None
    kinds: tuple[str, ...]
    countries: tuple[str, ...]
    sectors: tuple[str, ...]
    roles: tuple[tuple[str, int], ...]
    aliases: tuple[str, ...]
    articles: int
    mentions: int
    as_source: Page[EventRow]
    as_target: Page[EventRow]
    quotes: Page[QuoteRow]
    timeline: tuple[TimelinePoint, ...]
    partners: tuple[Partner, ...]
    partner_links: tuple[PartnerLink, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "code": self.code,
            "kinds": list(self.kinds),
            "countries": list(self.countries),
            "sectors": list(self.sectors),
            "roles": [{"role": role, "count": count} for role, count in self.roles],
            "aliases": list(self.aliases),
            "articles": self.articles,
            "mentions": self.mentions,
            "events_as_source": self.as_source.to_dict(),
            "events_as_target": self.as_target.to_dict(),
            "quotes": self.quotes.to_dict(),
            "timeline": [point.to_dict() for point in self.timeline],
            "partners": [
                {
                    "name": p.name,
                    "code": p.code,
                    "outgoing": p.outgoing,
                    "incoming": p.incoming,
                    "conflict": p.conflict,
                    "cooperation": p.cooperation,
                }
                for p in self.partners
            ],
            "partner_links": [
                {
                    "source_name": link.source[0],
                    "source_code": link.source[1],
                    "target_name": link.target[0],
                    "target_code": link.target[1],
                    "events": link.events,
                }
                for link in self.partner_links
            ],
        }


def actor_codes(store: Store, name: str) -> list[str | None]:
    """The codes actors named ``name`` (any case) carry across articles (None for no code)."""
    rows = store.execute("SELECT DISTINCT code FROM actors WHERE lower(name) = ?", (name.lower(),))
    return sorted((row[0] for row in rows), key=lambda code: (code is not None, code or ""))


def _actor_match(name: str, code: str | None, alias: str = "ac") -> tuple[str, list[Any]]:
    if code is None:
        return f"lower({alias}.name) = ? AND {alias}.code IS NULL", [name.lower()]
    return f"lower({alias}.name) = ? AND {alias}.code = ?", [name.lower(), code]


def actor_profile(
    store: Store, name: str, code: str | None, limit: int = 20, partners: int = 12
) -> ActorProfile | None:
    """The profile of the actor named ``name`` with exactly ``code`` (None: no code), or None."""
    check_page(limit, 0)
    match, parameters = _actor_match(name, code)
    rows = store.execute(
        "SELECT ac.name, ac.kind, ac.country, ac.sector, ac.role, ac.aliases, ac.article_id FROM actors ac "
        f"WHERE {match}",
        parameters,
    )
    if not rows:
        return None
    names = Counter(str(r[0]) for r in rows)
    aliases = sorted({alias for r in rows for alias in json.loads(r[5]) if alias} - set(names))
    roles = Counter(str(r[4]) for r in rows if r[4])
    mentions = store.execute(
        "SELECT a.published, COUNT(*) FROM mentions m JOIN actors ac ON ac.article_id = m.article_id "
        f"AND ac.actor_id = m.actor_id JOIN articles a ON a.id = m.article_id WHERE {match} GROUP BY a.published",
        parameters,
    )
    filters = EventFilter(actor=code, actor_name=name, exact_code=True)
    where, event_parameters = where_events(filters)
    event_dates = store.execute(
        f"SELECT e.date_value, e.quad, COUNT(*) {_EVENTS_FROM} {_and(where, 'e.date_value IS NOT NULL', _ISO)} "
        "GROUP BY e.date_value, e.quad",
        event_parameters,
    )
    quads: dict[str, dict[int, int]] = defaultdict(dict)
    for value, quad, count in event_dates:
        key = int(quad) if quad in (1, 2, 3, 4) else 0
        quads[str(value)][key] = quads[str(value)].get(key, 0) + int(count)
    mentioned: Counter[str] = Counter()
    for published, count in mentions:
        if published:
            mentioned[str(published)] += int(count)
    source_filter = EventFilter(actor=code, actor_name=name, exact_code=True, role="source")
    target_filter = EventFilter(actor=code, actor_name=name, exact_code=True, role="target")
    found_partners = _partners(store, name, code, partners)
    return ActorProfile(
        name=names.most_common(1)[0][0],
        code=code,
        kinds=tuple(sorted({str(r[1]) for r in rows if r[1]})),
        countries=tuple(sorted({str(r[2]) for r in rows if r[2]})),
        sectors=tuple(sorted({str(r[3]) for r in rows if r[3]})),
        roles=tuple(roles.most_common()),
        aliases=tuple(aliases),
        articles=len({r[6] for r in rows}),
        mentions=sum(int(count) for _, count in mentions),
        as_source=events_page(store, source_filter, limit, 0),
        as_target=events_page(store, target_filter, limit, 0),
        quotes=quotes_page(store, QuoteFilter(actor=code, actor_name=name, exact_code=True), limit, 0),
        timeline=tuple(
            TimelinePoint(d, quads.get(d, {}), mentioned.get(d, 0)) for d in sorted(set(quads) | set(mentioned))
        ),
        partners=found_partners,
        partner_links=_partner_links(store, found_partners),
    )


def _partners(store: Store, name: str, code: str | None, limit: int) -> tuple[Partner, ...]:
    match, parameters = _actor_match(name, code, "ma")
    rows = store.execute(
        "SELECT oa.name, COALESCE(oa.code, o.code), me.role, e.quad, COUNT(*) FROM event_actors me "
        "JOIN actors ma ON ma.article_id = me.article_id AND ma.actor_id = me.actor_id "
        "JOIN event_actors o ON o.article_id = me.article_id AND o.event_id = me.event_id AND o.role <> me.role "
        "JOIN actors oa ON oa.article_id = o.article_id AND oa.actor_id = o.actor_id "
        "JOIN events e ON e.article_id = me.article_id AND e.event_id = me.event_id "
        f"WHERE {match} GROUP BY oa.name, COALESCE(oa.code, o.code), me.role, e.quad",
        parameters,
    )
    tally: dict[tuple[str, str | None], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for other, other_code, role, quad, count in rows:
        if str(other).lower() == name.lower() and other_code == code:
            continue  # an actor acting on itself is not a partner
        counts = tally[(str(other), other_code)]
        counts[0 if role == "source" else 1] += int(count)
        if quad in (3, 4):
            counts[2] += int(count)
        elif quad in (1, 2):
            counts[3] += int(count)
    partners = [Partner(n, c, *counts) for (n, c), counts in tally.items()]
    partners.sort(key=lambda p: (-p.total, p.name, p.code or ""))
    return tuple(partners[:limit])


def _partner_links(store: Store, partners: tuple[Partner, ...]) -> tuple[PartnerLink, ...]:
    """Events between the partners themselves, so the graph shows a network, not only a star."""
    if len(partners) < 2:
        return ()
    keys = {(p.name.lower(), p.code) for p in partners}
    names = sorted({p.name.lower() for p in partners})
    marks = ", ".join("?" for _ in names)
    rows = store.execute(
        "SELECT sa.name, COALESCE(sa.code, s.code), ta.name, COALESCE(ta.code, t.code), COUNT(*) "
        "FROM event_actors s JOIN actors sa ON sa.article_id = s.article_id AND sa.actor_id = s.actor_id "
        "JOIN event_actors t ON t.article_id = s.article_id AND t.event_id = s.event_id AND t.role = 'target' "
        "JOIN actors ta ON ta.article_id = t.article_id AND ta.actor_id = t.actor_id "
        f"WHERE s.role = 'source' AND lower(sa.name) IN ({marks}) AND lower(ta.name) IN ({marks}) "
        "GROUP BY sa.name, COALESCE(sa.code, s.code), ta.name, COALESCE(ta.code, t.code)",
        [*names, *names],
    )
    links = [
        PartnerLink((str(r[0]), r[1]), (str(r[2]), r[3]), int(r[4]))
        for r in rows
        if (str(r[0]).lower(), r[1]) in keys and (str(r[2]).lower(), r[3]) in keys and (r[0], r[1]) != (r[2], r[3])
    ]
    return tuple(sorted(links, key=lambda link: (-link.events, link.source, link.target)))


# --- corpus statistics ------------------------------------------------------------------


@dataclass(frozen=True)
class Dyad:
    """How many events go from actors coded ``source`` to actors coded ``target``."""

    source: str
    target: str
    events: int


@dataclass(frozen=True)
class Stats:
    """The dashboard's numbers: counts, events by type/modality/date and quad, top actors and dyads."""

    counts: dict[str, int]
    by_type: dict[str, int]
    by_modality: dict[str, int]
    by_date: tuple[tuple[str, dict[int, int]], ...]  # (ISO date value, {quad: events}); quad 0 = unknown
    undated: int
    top_actors: tuple[tuple[str, str | None, int], ...]  # (name, code, events)
    top_dyads: tuple[Dyad, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "events_by_type": self.by_type,
            "events_by_modality": self.by_modality,
            "events_by_date": [
                {"date": d, "quads": {str(q): n for q, n in quads.items()}} for d, quads in self.by_date
            ],
            "undated_events": self.undated,
            "top_actors": [{"name": n, "code": c, "events": e} for n, c, e in self.top_actors],
            "top_dyads": [{"source": d.source, "target": d.target, "events": d.events} for d in self.top_dyads],
        }


def stats(store: Store, filters: EventFilter | None = None, top: int = 10) -> Stats:
    """Counts of the whole database, and event statistics over the events matching ``filters``."""
    where, parameters = where_events(filters or EventFilter())
    counts = store.stats()
    counts["actors_distinct"] = int(
        store.execute("SELECT COUNT(*) FROM (SELECT 1 FROM actors GROUP BY name, code) t")[0][0]
    )
    counts["events_matching"] = int(store.execute(f"SELECT COUNT(*) {_EVENTS_FROM} {where}", parameters)[0][0])
    by_type = {
        str(t): int(n)
        for t, n in store.execute(
            f"SELECT e.type, COUNT(*) {_EVENTS_FROM} {where} GROUP BY e.type ORDER BY 2 DESC, 1", parameters
        )
    }
    by_modality = {
        str(m): int(n)
        for m, n in store.execute(
            f"SELECT e.modality, COUNT(*) {_EVENTS_FROM} {where} GROUP BY e.modality ORDER BY 2 DESC, 1", parameters
        )
    }
    dated: dict[str, dict[int, int]] = defaultdict(dict)
    for value, quad, count in store.execute(
        f"SELECT e.date_value, e.quad, COUNT(*) {_EVENTS_FROM} {_and(where, 'e.date_value IS NOT NULL', _ISO)} "
        "GROUP BY e.date_value, e.quad",
        parameters,
    ):
        key = int(quad) if quad in (1, 2, 3, 4) else 0
        dated[str(value)][key] = dated[str(value)].get(key, 0) + int(count)
    undated = counts["events_matching"] - sum(sum(q.values()) for q in dated.values())
    top_actors = tuple(
        (str(r[0]), r[1], int(r[2]))
        for r in store.execute(
            "SELECT ac.name, COALESCE(ac.code, ea.code), COUNT(DISTINCT e.article_id || '/' || e.event_id) "
            "FROM event_actors ea JOIN events e ON e.article_id = ea.article_id AND e.event_id = ea.event_id "
            "JOIN articles a ON a.id = e.article_id "
            "JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id "
            f"{where} GROUP BY ac.name, COALESCE(ac.code, ea.code) ORDER BY 3 DESC, 1 LIMIT ?",
            [*parameters, top],
        )
    )
    dyad_where = _and(where, "s.role = 'source'", "s.code IS NOT NULL", "t.code IS NOT NULL")
    top_dyads = tuple(
        Dyad(str(r[0]), str(r[1]), int(r[2]))
        for r in store.execute(
            "SELECT s.code, t.code, COUNT(*) FROM event_actors s "
            "JOIN event_actors t ON t.article_id = s.article_id AND t.event_id = s.event_id AND t.role = 'target' "
            "JOIN events e ON e.article_id = s.article_id AND e.event_id = s.event_id "
            f"JOIN articles a ON a.id = e.article_id {dyad_where} "
            "GROUP BY s.code, t.code ORDER BY 3 DESC, 1, 2 LIMIT ?",
            [*parameters, top],
        )
    )
    return Stats(counts, by_type, by_modality, tuple(sorted(dated.items())), undated, top_actors, top_dyads)


@dataclass(frozen=True)
class Location:
    """A place where events happened, with how many events of each quad class."""

    name: str
    country: str | None
    lat: float
    lon: float
    quads: dict[int, int]

    @property
    def events(self) -> int:
        return sum(self.quads.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "events": self.events,
            "quads": {str(q): n for q, n in sorted(self.quads.items())},
        }


def event_locations(store: Store, filters: EventFilter | None = None) -> list[Location]:
    """Places with coordinates where events matching ``filters`` happened, busiest first."""
    where, parameters = where_events(filters or EventFilter())
    rows = store.execute(
        f"SELECT e.location_name, e.location_country, e.lat, e.lon, e.quad, COUNT(*) {_EVENTS_FROM} "
        f"{_and(where, 'e.lat IS NOT NULL', 'e.lon IS NOT NULL', 'e.location_name IS NOT NULL')} "
        "GROUP BY e.location_name, e.location_country, e.lat, e.lon, e.quad",
        parameters,
    )
    places: dict[tuple[str, str | None, float, float], dict[int, int]] = defaultdict(dict)
    for name, country, lat, lon, quad, count in rows:
        key = (str(name), country, float(lat), float(lon))
        q = int(quad) if quad in (1, 2, 3, 4) else 0
        places[key][q] = places[key].get(q, 0) + int(count)
    found = [Location(n, c, la, lo, quads) for (n, c, la, lo), quads in places.items()]
    return sorted(found, key=lambda p: (-p.events, p.name))
