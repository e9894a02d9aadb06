"""An article's text cut into segments, each knowing which facts cover it.

Mentions, quotes, time expressions, places, event evidence and triggers may
overlap in any way, so the text is not nested into tags: it is cut at every
boundary, and each segment carries the classes and data attributes of everything
that covers it. The template escapes every segment's text; nothing here builds HTML.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from newsgraph.model import Actor, Analysis, Caption, Event, Span

PALETTE_SIZE = 10  # actor colours: classes actor-0 … actor-9


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # mention | quote | timex | place | evidence | trigger
    ref: str  # actor id, event id, or ""
    title: str


@dataclass
class Segment:
    """A stretch of text with the facts covering it."""

    text: str
    classes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # events whose evidence covers it
    triggers: list[str] = field(default_factory=list)  # events whose trigger covers it
    actor: str | None = None

    @property
    def plain(self) -> bool:
        return not self.classes

    @property
    def title(self) -> str:
        return " · ".join(dict.fromkeys(self.titles))


@dataclass(frozen=True)
class EventItem:
    """An event as the article view lists it, its actors' names resolved."""

    event: Event
    sources: list[str]
    targets: list[str]


@dataclass(frozen=True)
class ArticleView:
    paragraphs: list[list[Segment]]
    captions: list[tuple[Caption, list[Segment]]]
    actors: list[tuple[Actor, int, int]]  # (actor, colour index, mentions)
    events: list[EventItem]
    selected: str | None


def actor_label(actor: Actor | None, fallback: str) -> str:
    if actor is None:
        return fallback
    return f"{actor.name} ({actor.code})" if actor.code else actor.name


def marks_of(analysis: Analysis, caption: int | None = None) -> list[Mark]:
    """Every span the view shows in the body (``caption`` None) or in one caption, with a tooltip each."""
    marks = [Mark(t.start, t.end, "timex", "", f"{t.type} {t.value}") for t in analysis.timexes if t.caption == caption]
    for p in analysis.places:
        if p.caption != caption:
            continue
        where = f" {p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
        marks.append(Mark(p.start, p.end, "place", "", f"place: {p.name} ({p.country or '?'}){where}"))
    if caption is not None:
        return marks  # mentions, quotes and events index the body only
    actors = {a.id: a for a in analysis.actors}
    for m in analysis.mentions:
        marks.append(Mark(m.start, m.end, "mention", m.actor, actor_label(actors.get(m.actor), m.text)))
    for q in analysis.quotes:
        speaker = q.speaker.name if q.speaker else "unknown speaker"
        marks.append(Mark(q.start, q.end, "quote", "", f"{'quote' if q.direct else 'reported speech'}: {speaker}"))
    for e in analysis.events:
        marks.append(Mark(e.evidence.start, e.evidence.end, "evidence", e.id, ""))
        marks.append(Mark(e.trigger.start, e.trigger.end, "trigger", e.id, f"{e.type} ({e.modality})"))
    return marks


def segments(text: str, paragraphs: tuple[Span, ...], marks: list[Mark]) -> list[list[Segment]]:
    """Cut each paragraph at every mark boundary; return its segments, in order."""
    spans = paragraphs or (Span(0, len(text)),)
    ordered = sorted(marks, key=lambda m: (m.start, m.end))
    result = []
    for paragraph in spans:
        inside = [m for m in ordered if m.start < paragraph.end and m.end > paragraph.start and m.start < m.end]
        cuts = {paragraph.start, paragraph.end}
        for m in inside:
            cuts.update(x for x in (m.start, m.end) if paragraph.start < x < paragraph.end)
        points = sorted(cuts)
        row = []
        for a, b in itertools.pairwise(points):
            covering = [m for m in inside if m.start <= a and m.end >= b]
            row.append(_segment(text[a:b], covering))
        result.append(row)
    return result


def _segment(text: str, covering: list[Mark]) -> Segment:
    segment = Segment(text)
    for mark in covering:
        if mark.kind == "mention":
            segment.classes.append("mention")
            segment.actor = segment.actor or mark.ref
        elif mark.kind == "evidence":
            segment.events.append(mark.ref)
            continue
        elif mark.kind == "trigger":
            segment.triggers.append(mark.ref)
            segment.classes.append("trigger")
        else:
            segment.classes.append(mark.kind)
        if mark.title:
            segment.titles.append(mark.title)
    if segment.events:
        segment.classes.append("evidence")
    segment.classes = list(dict.fromkeys(segment.classes))
    return segment


def article_view(analysis: Analysis, selected: str | None = None) -> ArticleView:
    """Everything the article page shows, with ``selected`` (an event id) highlighted."""
    mentions: dict[str, int] = {}
    for m in analysis.mentions:
        mentions[m.actor] = mentions.get(m.actor, 0) + 1
    first_seen = sorted(
        analysis.actors,
        key=lambda a: (min((m.start for m in analysis.mentions if m.actor == a.id), default=10**9), a.id),
    )
    colours = {a.id: i % PALETTE_SIZE for i, a in enumerate(first_seen)}
    paragraphs = segments(analysis.article.text, analysis.article.paragraphs, marks_of(analysis))
    for row in paragraphs:
        for segment in row:
            if segment.actor is not None and segment.actor in colours:
                segment.classes.append(f"actor-{colours[segment.actor]}")
            if selected and selected in segment.events:
                segment.classes.append("selected")
            if selected and selected in segment.triggers:
                segment.classes.append("selected-trigger")
    names = {a.id: actor_label(a, a.id) for a in analysis.actors}
    events = [
        EventItem(e, [names.get(x, x) for x in e.source], [names.get(x, x) for x in e.target])
        for e in sorted(analysis.events, key=lambda e: (e.evidence.start, e.trigger.start, e.id))
    ]
    known = {e.id for e in analysis.events}
    actors = [(a, colours[a.id], mentions.get(a.id, 0)) for a in first_seen]
    captions = [
        (caption, segments(caption.text, (Span(0, len(caption.text)),), marks_of(analysis, index))[0])
        for index, caption in enumerate(analysis.article.captions)
    ]
    return ArticleView(paragraphs, captions, actors, events, selected if selected in known else None)
