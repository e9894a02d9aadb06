"""System output (the OUTPUT.md record) read into what scoring needs.

Whatever stage the pipeline has reached, a record scores: a missing or empty
list (actors, quotes, events, ...) is read as "found nothing", never as an error.
Event sources and targets are actor ids, resolved to codes through the record's
``actors``; an id that names no actor is read as a code itself, so systems that
emit codes directly can be scored too. An item keeps its span only when the span
indexes the body (the body's text there is the item's text); otherwise it is
compared by text alone (see ``text.shared_chars``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from newsgraph.eval.text import Span, body_span


@dataclass(frozen=True)
class SysCaption:
    text: str
    credit: str | None
    archive: bool


@dataclass(frozen=True)
class SysEvent:
    type: str
    source: tuple[str, ...]  # actor codes
    target: tuple[str, ...]
    modality: str | None
    date: str | None
    span: Span | None  # the evidence, when it indexes the body
    text: str
    confidence: float
    cluster: str | None = None  # mentions of one event share it


@dataclass(frozen=True)
class SysQuote:
    span: Span | None
    text: str
    speakers: tuple[str, ...]  # the name as written, then the resolved actor's name and aliases


@dataclass(frozen=True)
class SysMark:
    """A timex or a place: where it is, what it says, and its value or country."""

    span: Span | None
    text: str
    value: str | None
    kind: str | None = None


@dataclass(frozen=True)
class SystemArticle:
    """One system record, reduced to what the scorers compare."""

    text: str
    title: str | None
    published: str | None
    captions: tuple[SysCaption, ...]
    doc: str | None  # file name of the input it came from
    position: int | None  # 0-based index of the article in that input
    events: tuple[SysEvent, ...]
    quotes: tuple[SysQuote, ...]
    timexes: tuple[SysMark, ...]
    places: tuple[SysMark, ...]


def read_system_record(record: Mapping[str, Any]) -> SystemArticle:
    """Read one OUTPUT.md record; raise ValueError/TypeError/KeyError when it is malformed."""
    if not isinstance(record, Mapping):
        raise TypeError(f"expected a JSON object, got {type(record).__name__}")
    article = record["article"]
    if not isinstance(article, Mapping) or not isinstance(article.get("text"), str):
        raise ValueError("'article' must be an object with a 'text' string")
    text = article["text"]
    actors = {str(a["id"]): a for a in _list(record, "actors")}
    published = article.get("published") or {}
    if isinstance(published, str):  # a bare date, as some systems write it
        published = {"value": published}
    origin = article.get("origin") or {}
    path = origin.get("path") if isinstance(origin, Mapping) else None
    index = origin.get("index") if isinstance(origin, Mapping) else None
    return SystemArticle(
        text=text,
        title=article.get("title"),
        published=published.get("value") if isinstance(published, Mapping) else None,
        captions=tuple(_caption(c) for c in article.get("captions") or ()),
        doc=PurePath(path).name if isinstance(path, str) and path not in ("", "-") else None,
        position=index if isinstance(index, int) else None,
        events=tuple(_event(e, actors, text) for e in _list(record, "events")),
        # the gold annotates quoted words; reported speech ("direct": false) is not in it
        quotes=tuple(_quote(q, actors, text) for q in _list(record, "quotes") if q.get("direct", True) is not False),
        timexes=tuple(_mark(t, text, "value") for t in _list(record, "timexes")),
        places=tuple(_mark(p, text, "country") for p in _list(record, "places")),
    )


def _list(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise TypeError(f"'{key}' must be a list of objects")
    return value


def _span(item: Mapping[str, Any], body: str) -> Span | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return body_span(body, Span(start, end), str(item.get("text") or ""))
    return None


def _mark(item: Mapping[str, Any], body: str, key: str) -> SysMark:
    value = item.get(key)
    kind = item.get("type")
    return SysMark(
        _span(item, body),
        str(item.get("text") or ""),
        str(value) if value is not None else None,
        str(kind) if kind is not None else None,
    )


def _caption(item: Any) -> SysCaption:
    if isinstance(item, str):
        return SysCaption(item, None, False)
    if not isinstance(item, Mapping):
        raise TypeError(f"a caption must be an object or a string, got {type(item).__name__}")
    return SysCaption(str(item.get("text", "")), item.get("credit"), bool(item.get("archive", False)))


def _codes(ids: Sequence[Any] | str | None, actors: Mapping[str, Mapping[str, Any]]) -> tuple[str, ...]:
    codes: list[str] = []
    for actor_id in [ids] if isinstance(ids, str) else ids or ():
        actor = actors.get(str(actor_id))
        code = actor.get("code") if actor is not None else actor_id
        if isinstance(code, str) and code:
            codes.append(code.upper())
    return tuple(codes)


def _event(item: Mapping[str, Any], actors: Mapping[str, Mapping[str, Any]], body: str) -> SysEvent:
    evidence = item.get("evidence")
    if not isinstance(evidence, Mapping):
        evidence = {}
    date = item.get("date") or {}
    confidence = item.get("confidence")
    return SysEvent(
        type=str(item.get("type") or "").upper(),
        source=_codes(item.get("source"), actors),
        target=_codes(item.get("target"), actors),
        modality=item.get("modality"),
        date=date.get("value") if isinstance(date, Mapping) else None,
        span=_span(evidence, body),
        text=str(evidence.get("text") or ""),
        confidence=float(confidence) if isinstance(confidence, int | float) else 0.0,
        cluster=str(item["cluster"]) if item.get("cluster") else None,
    )


def _quote(item: Mapping[str, Any], actors: Mapping[str, Mapping[str, Any]], body: str) -> SysQuote:
    names: list[str] = []
    speaker = item.get("speaker")
    if isinstance(speaker, Mapping):
        if speaker.get("name"):
            names.append(str(speaker["name"]))
        actor = actors.get(str(speaker.get("actor")))
        if actor is not None:
            names.append(str(actor.get("name", "")))
            names.extend(str(alias) for alias in actor.get("aliases") or ())
    return SysQuote(_span(item, body), str(item.get("text") or ""), tuple(n for n in names if n))
