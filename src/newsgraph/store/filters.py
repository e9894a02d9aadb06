"""What a listing may be narrowed by: small frozen filters, validated when built.

The API, the web pages, the exports and the CLI all build the same filters, so a
parameter means the same thing everywhere and is rejected with the same message
everywhere. ``where_events`` and ``where_quotes`` turn a filter into SQL conditions
with ``?`` placeholders over the aliases ``e`` (events), ``q`` (quotes) and ``a``
(articles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from newsgraph.errors import InvalidParameter
from newsgraph.model import EVENT_TYPES, MODALITIES

ROLES = ("source", "target")
MAX_LIMIT = 1000

Role = Literal["source", "target"]

_CODE = re.compile(r"^[A-Z0-9]{2,40}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ARTICLE = re.compile(r"^[0-9a-f]{1,64}$")
_MAX_TEXT = 200


@dataclass(frozen=True)
class EventFilter:
    """Which events to list; every field is optional and fields combine with AND.

    - ``actor``: a CAMEO-style code; matches a source or target actor whose code
      starts with it (``RUS`` matches ``RUSGOV``), or equals it with ``exact_code``.
    - ``actor_name``: an actor's name (case-insensitive, whole name); with
      ``exact_code`` and no ``actor``, only actors without a code.
    - ``role``: restricts ``actor``/``actor_name`` to sources or to targets.
    - ``dyad_source``/``dyad_target``: code prefixes the source and the target
      must start with (either may be left out); ``both_directions`` also accepts
      the dyad reversed.
    - ``types``/``modalities``: any of these PLOVER types / modalities.
    - ``since``/``until``: event date range (YYYY, YYYY-MM or YYYY-MM-DD); an event
      dated to a month or a year matches when its period overlaps the range.
      Undated events never match a date range.
    - ``place``: words in the event location's name; ``country``: its ISO 3166
      alpha-3 code; ``text``: words in the evidence; ``article``: an article id or
      the first characters of one.
    """

    actor: str | None = None
    actor_name: str | None = None
    role: Role | None = None
    exact_code: bool = False
    dyad_source: str | None = None
    dyad_target: str | None = None
    both_directions: bool = False
    types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    country: str | None = None
    text: str | None = None
    article: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # normalising a frozen dataclass in place, once, at construction
        set_(self, "actor", _code("actor", self.actor))
        set_(self, "dyad_source", _code("dyad_source", self.dyad_source))
        set_(self, "dyad_target", _code("dyad_target", self.dyad_target))
        set_(self, "actor_name", _words("actor_name", self.actor_name))
        set_(self, "role", (self.role or "").strip().lower() or None)
        if self.role is not None and self.role not in ROLES:
            raise InvalidParameter("role", "source or target", self.role)
        set_(self, "types", _choices("type", self.types, EVENT_TYPES, upper=True))
        set_(self, "modalities", _choices("modality", self.modalities, MODALITIES, upper=False))
        if self.quad is not None and (isinstance(self.quad, bool) or self.quad not in (1, 2, 3, 4)):
            raise InvalidParameter("quad", "1, 2, 3 or 4 (the CAMEO quad class)", self.quad)
        since, until = check_date("since", self.since), check_date("until", self.until)
        if since and until and since > until + "~":
            raise InvalidParameter("since", f"a date on or before until ({until})", since)
        set_(self, "since", since)
        set_(self, "until", until)
        set_(self, "place", _words("place", self.place))
        set_(self, "text", _words("text", self.text))
        country = self.country.strip().upper() if self.country else None
        if country and not _COUNTRY.match(country):
            raise InvalidParameter("country", "an ISO 3166-1 alpha-3 country code such as IRN", self.country)
        set_(self, "country", country or None)
        set_(self, "article", check_article(self.article))

    @property
    def is_empty(self) -> bool:
        return self == EventFilter()


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes to list; fields combine with AND.

    ``speaker``: words in the speaker's name (as written, or the actor's name or aliases);
    ``actor``/``actor_name``/``exact_code``: as in EventFilter, for the speaking
    actor; ``since``/``until``: the article's publication date; ``text``: words in
    the quote; ``direct``: only direct (True) or only reported (False) speech.
    """

    speaker: str | None = None
    actor: str | None = None
    actor_name: str | None = None
    exact_code: bool = False
    since: str | None = None
    until: str | None = None
    text: str | None = None
    article: str | None = None
    direct: bool | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "speaker", _words("speaker", self.speaker))
        set_(self, "actor", _code("actor", self.actor))
        set_(self, "actor_name", _words("actor_name", self.actor_name))
        since, until = check_date("since", self.since), check_date("until", self.until)
        if since and until and since > until + "~":
            raise InvalidParameter("since", f"a date on or before until ({until})", since)
        set_(self, "since", since)
        set_(self, "until", until)
        set_(self, "text", _words("text", self.text))
        set_(self, "article", check_article(self.article))


@dataclass(frozen=True)
class ActorFilter:
    """Which aggregated actors to list: words in the name, a code prefix, a kind."""

    name: str | None = None
    code: str | None = None
    kind: str | None = None
    order: Literal["events", "mentions", "articles", "name"] = "events"

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _words("q", self.name))
        object.__setattr__(self, "code", _code("code", self.code))
        kinds = ("person", "organization", "country", "group")
        object.__setattr__(self, "kind", (self.kind or "").strip().lower() or None)
        if self.kind is not None and self.kind not in kinds:
            raise InvalidParameter("kind", "one of " + ", ".join(kinds), self.kind)
        if self.order not in ("events", "mentions", "articles", "name"):
            raise InvalidParameter("order", "events, mentions, articles or name", self.order)


def check_page(limit: int, offset: int) -> None:
    """Raise InvalidParameter unless 1 <= limit <= MAX_LIMIT and offset >= 0."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidParameter("limit", f"an integer from 1 to {MAX_LIMIT}", limit)
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidParameter("offset", "an integer of 0 or more", offset)


def check_date(parameter: str, value: str | None) -> str | None:
    """Return a valid YYYY, YYYY-MM or YYYY-MM-DD date, None for none, or raise InvalidParameter."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    match = _DATE.match(value)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in match.groups())
        date(year, month, day)
    except ValueError:
        raise InvalidParameter(parameter, "a date as YYYY, YYYY-MM or YYYY-MM-DD", value) from None
    return value


def check_article(value: str | None) -> str | None:
    """Return a lower-case article id (or id prefix), None for none, or raise InvalidParameter."""
    if value is None or not value.strip():
        return None
    folded = value.strip().lower()
    if not _ARTICLE.match(folded):
        raise InvalidParameter("article", "an article id (hexadecimal, or its first characters)", value)
    return folded


def _code(parameter: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    folded = value.strip().upper()
    if not _CODE.match(folded):
        raise InvalidParameter(parameter, "an actor code of letters and digits such as RUS or IRNGOV", value)
    return folded


def _words(parameter: str, value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = " ".join(value.split())
    if len(value) > _MAX_TEXT:
        raise InvalidParameter(parameter, f"at most {_MAX_TEXT} characters", value[:40] + "…")
    return value


def _choices(parameter: str, values: tuple[str, ...], allowed: tuple[str, ...], upper: bool) -> tuple[str, ...]:
    chosen: list[str] = []
    for raw in values:
        for part in str(raw).split(","):
            value = part.strip().upper() if upper else part.strip().lower()
            if not value:
                continue
            if value not in allowed:
                raise InvalidParameter(parameter, "one of " + ", ".join(allowed), part.strip())
            if value not in chosen:
                chosen.append(value)
    return tuple(chosen)


def like_pattern(words: str) -> str:
    """Return a LIKE pattern (ESCAPE '\\') matching text that contains ``words``, lower-cased."""
    escaped = words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# An ISO date value (YYYY, YYYY-MM, YYYY-MM-DD) stands for a period; appending "~"
# (after every digit and "-") gives a string above every day of that period, so
# plain string comparison tests for overlap. Unresolved (XXXX) and week values are left out.
_ISO_VALUE = "({col} IS NOT NULL AND {col} NOT LIKE '%X%' AND {col} NOT LIKE '%W%' AND length({col}) IN (4, 7, 10))"


def date_range_conditions(column: str, since: str | None, until: str | None) -> tuple[list[str], list[Any]]:
    """Return SQL conditions keeping rows whose ISO date ``column`` overlaps [since, until]."""
    conditions: list[str] = []
    parameters: list[Any] = []
    if since or until:
        conditions.append(_ISO_VALUE.format(col=column))
    if since:
        conditions.append(f"{column} || '~' >= ?")
        parameters.append(since)
    if until:
        conditions.append(f"{column} <= ?")
        parameters.append(until + "~")
    return conditions, parameters


def where_events(f: EventFilter) -> tuple[str, list[Any]]:
    """Return ``WHERE ...`` (or "") and its parameters for events ``e`` joined to articles ``a``."""
    conditions: list[str] = []
    parameters: list[Any] = []
    if f.actor or f.actor_name:
        condition, values = _actor_condition(f)
        conditions.append(condition)
        parameters.extend(values)
    if f.dyad_source or f.dyad_target:
        condition, values = _dyad_condition(f.dyad_source, f.dyad_target)
        if f.both_directions:
            reverse, reverse_values = _dyad_condition(f.dyad_target, f.dyad_source)
            condition = f"({condition} OR {reverse})"
            values = values + reverse_values
        conditions.append(condition)
        parameters.extend(values)
    if f.types:
        conditions.append(f"e.type IN ({', '.join('?' for _ in f.types)})")
        parameters.extend(f.types)
    if f.modalities:
        conditions.append(f"e.modality IN ({', '.join('?' for _ in f.modalities)})")
        parameters.extend(f.modalities)
    if f.quad is not None:
        conditions.append("e.quad = ?")
        parameters.append(f.quad)
    dates, date_values = date_range_conditions("e.date_value", f.since, f.until)
    conditions.extend(dates)
    parameters.extend(date_values)
    if f.place:
        conditions.append("lower(e.location_name) LIKE ? ESCAPE '\\'")
        parameters.append(like_pattern(f.place))
    if f.country:
        conditions.append("e.location_country = ?")
        parameters.append(f.country)
    if f.text:
        conditions.append("lower(e.evidence_text) LIKE ? ESCAPE '\\'")
        parameters.append(like_pattern(f.text))
    if f.article:
        conditions.append("e.article_id LIKE ?")
        parameters.append(f.article + "%")
    return (("WHERE " + " AND ".join(conditions)) if conditions else ""), parameters


# A code prefix as a range rather than LIKE: codes are upper-case letters and digits (see
# _code), so both mean the same, but SQLite's LIKE ignores case and so cannot use the
# index on event_actors.code; a range can, in SQLite and PostgreSQL alike (a million
# events: 0.9 s -> milliseconds).
CODE_PREFIX = "{col} >= ? AND {col} < ?"


def code_prefix(code: str) -> tuple[str, str]:
    """The bounds of the codes that start with ``code``, for CODE_PREFIX."""
    return code, code + "\uffff"


def _actor_condition(f: EventFilter) -> tuple[str, list[Any]]:
    # an uncorrelated IN is computed once; a correlated EXISTS made SQLite scan every coded
    # actor for every event (minutes on 14,000 events instead of milliseconds)
    inner: list[str] = []
    parameters: list[Any] = []
    join = ""
    if f.role:
        inner.append("ea.role = ?")
        parameters.append(f.role)
    if f.actor and f.exact_code:
        inner.append("ea.code = ?")
        parameters.append(f.actor)
    elif f.actor:
        inner.append(CODE_PREFIX.format(col="ea.code"))
        parameters.extend(code_prefix(f.actor))
    elif f.exact_code:
        inner.append("ea.code IS NULL")
    if f.actor_name:
        join = " JOIN actors ac ON ac.article_id = ea.article_id AND ac.actor_id = ea.actor_id"
        inner.append("lower(ac.name) = ?")
        parameters.append(f.actor_name.lower())
    where = " AND ".join(inner) or "1 = 1"
    return (
        f"(e.article_id, e.event_id) IN (SELECT ea.article_id, ea.event_id FROM event_actors ea{join} WHERE {where})",
        parameters,
    )


def _dyad_condition(source: str | None, target: str | None) -> tuple[str, list[Any]]:
    parts: list[str] = []
    parameters: list[Any] = []
    for role, code in (("source", source), ("target", target)):
        if code:
            in_range = CODE_PREFIX.format(col="d.code")
            parts.append(
                "(e.article_id, e.event_id) IN "
                f"(SELECT d.article_id, d.event_id FROM event_actors d WHERE d.role = ? AND {in_range})"
            )
            parameters.extend((role, *code_prefix(code)))
    return "(" + " AND ".join(parts) + ")", parameters


def where_quotes(f: QuoteFilter) -> tuple[str, list[Any]]:
    """Return ``WHERE ...`` (or "") and its parameters for quotes ``q``, articles ``a``, actors ``s``.

    ``s`` is the speaking actor, LEFT JOINed on (article_id, speaker_actor).
    """
    conditions: list[str] = []
    parameters: list[Any] = []
    if f.speaker:
        # the actor's aliases too: the article may spell the name another way ("Sybiga" for "Sybiha")
        conditions.append(
            "(lower(q.speaker_name) LIKE ? ESCAPE '\\' OR lower(s.name) LIKE ? ESCAPE '\\' "
            "OR lower(s.aliases) LIKE ? ESCAPE '\\')"
        )
        parameters.extend((like_pattern(f.speaker),) * 3)
    if f.actor:
        conditions.append("s.code = ?" if f.exact_code else "s.code LIKE ?")
        parameters.append(f.actor if f.exact_code else f.actor + "%")
    elif f.exact_code and f.actor_name:
        conditions.append("s.code IS NULL")
    if f.actor_name:
        conditions.append("lower(s.name) = ?")
        parameters.append(f.actor_name.lower())
    dates, date_values = date_range_conditions("a.published", f.since, f.until)
    conditions.extend(dates)
    parameters.extend(date_values)
    if f.text:
        conditions.append("lower(q.text) LIKE ? ESCAPE '\\'")
        parameters.append(like_pattern(f.text))
    if f.article:
        conditions.append("q.article_id LIKE ?")
        parameters.append(f.article + "%")
    if f.direct is not None:
        conditions.append("q.direct = ?")
        parameters.append(int(f.direct))
    return (("WHERE " + " AND ".join(conditions)) if conditions else ""), parameters
