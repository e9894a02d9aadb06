"""The records newsgraph produces: frozen dataclasses, one per kind of fact.

Every record that comes from the text carries ``start``/``end`` character offsets
(end exclusive) into ``Article.text``, so each fact can be traced to its evidence.
``to_dict`` methods give the shape of ``OUTPUT.md``, the contract every interface
speaks.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year"]
DateSource = Literal["metadata", "dateline", "body", "caption", "context", "option", "none"]
Modality = Literal["asserted", "claimed", "denied", "negated", "future", "hypothetical"]
ActorKind = Literal["person", "organization", "country", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

MODALITIES: tuple[Modality, ...] = (
    "asserted",
    "claimed",
    "denied",
    "negated",
    "future",
    "hypothetical",
)

# the 16 event types of PLOVER (PLOVER.md); CAMEO roots and quads are derived from them
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

_SPACE = re.compile(r"\s+")


def article_id(text: str) -> str:
    """Return the stable id of an article body: a hash of its normalised text.

    Normalising (case-folding, collapsing white space, folding typographic quotes)
    makes the id survive re-scrapes that differ only in layout.
    """
    folded = text.translate(_QUOTE_FOLD).casefold()
    normal = _SPACE.sub(" ", folded).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


_QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Published:
    """When an article was published, how precisely, and how we know."""

    value: str | None = None
    precision: DatePrecision | None = None
    source: DateSource = "none"
    not_before: str | None = None  # a lower bound (e.g. a photo's date) when value is unknown

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


UNKNOWN_DATE = Published()


@dataclass(frozen=True)
class Caption:
    """A photo caption: its text, its credit, the photo's date, and whether it is archive."""

    text: str
    credit: str | None = None
    date: str | None = None
    archive: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Source:
    """The publisher of an article, where known."""

    name: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Origin:
    """Which input an article came from, and its position in that input (0-based)."""

    path: str
    index: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Span:
    """A stretch of ``Article.text``."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Article:
    """A clean article: its body, the paragraphs in it, and what we know around it."""

    id: str
    title: str | None
    text: str
    paragraphs: tuple[Span, ...]
    captions: tuple[Caption, ...] = ()
    published: Published = UNKNOWN_DATE
    source: Source = Source()
    origin: Origin = Origin("-")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "published": self.published.to_dict(),
            "captions": [c.to_dict() for c in self.captions],
            "source": self.source.to_dict(),
            "origin": self.origin.to_dict(),
        }

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Actor:
    """Someone who acts or is acted upon, resolved across one article."""

    id: str
    name: str
    kind: ActorKind
    code: str | None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record["aliases"] = list(self.aliases)
        return record


@dataclass(frozen=True)
class Mention:
    """A place in the text that names or points at an actor."""

    start: int
    end: int
    text: str
    label: str
    actor: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Timex:
    """A time expression normalised to a TIMEX3 value.

    ``caption`` is None for the body; for a photo caption it is the caption's index
    in ``Article.captions``, and ``start``/``end`` then index that caption's text.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    caption: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Place:
    """A place mention resolved to a gazetteer entry.

    ``caption`` is None for the body; for a photo caption it is the caption's index
    in ``Article.captions``, and ``start``/``end`` then index that caption's text.
    """

    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    feature: str | None = None
    caption: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the actor, the name as written, and where it is written."""

    actor: str | None
    name: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker, quoted directly or reported."""

    start: int
    end: int
    text: str
    direct: bool
    speaker: Speaker | None
    cue: str | None = None
    channel: str | None = None
    fragment: bool = False

    def to_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record["speaker"] = self.speaker.to_dict() if self.speaker else None
        return record


@dataclass(frozen=True)
class EventDate:
    """An event's date as a TIMEX3 value with its precision; value None when unknown."""

    value: str | None = None
    precision: DatePrecision | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class EventLocation:
    """Where an event took place."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TextSpan:
    """A span of the article with its text, used for evidence and triggers."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    """Who did what to whom, when, where, and how sure the text is: one mention."""

    id: str
    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    modality: Modality
    evidence: TextSpan
    trigger: TextSpan
    cluster: str | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad: int | None = None
    goldstein: float | None = None
    date: EventDate = EventDate()
    location: EventLocation | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "cluster": self.cluster,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad": self.quad,
            "goldstein": self.goldstein,
            "source": list(self.source),
            "target": list(self.target),
            "modality": self.modality,
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class Analysis:
    """Everything newsgraph knows about one article: the record of OUTPUT.md."""

    article: Article
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "mentions": [m.to_dict() for m in self.mentions],
            "timexes": [t.to_dict() for t in self.timexes],
            "places": [p.to_dict() for p in self.places],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }
