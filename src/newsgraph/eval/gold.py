"""The seed gold format (``gold/README.md``), parsed into frozen records.

One JSON object per article: where it is (``doc``, 1-based ``article``), what
segmentation must recover (title, captions, first and last words, publication
date) and the facts it holds (events, quotes, timexes, places). Lists of
acceptable answers may be written as a single string.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import UsageError


@dataclass(frozen=True)
class GoldEvent:
    """An event the text reports, with every acceptable coding of it."""

    sentence: str
    types: tuple[str, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    modality: tuple[str, ...]
    date: str | None = None
    required: bool = True


@dataclass(frozen=True)
class GoldQuote:
    """Quoted or reported words and the names that may stand for their speaker."""

    text: str
    speakers: tuple[str, ...]
    required: bool = True


@dataclass(frozen=True)
class GoldTimex:
    """A time expression, its TIMEX3 value, and text around it when it repeats."""

    text: str
    value: str
    context: str | None = None


@dataclass(frozen=True)
class GoldPlace:
    """A place mention, its ISO3 country, and text around it when it repeats."""

    text: str
    country: str | None
    context: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article of a gold file."""

    doc: str
    position: int  # 1-based position of the article in its document
    title: str | None
    published: str | None
    captions: tuple[str, ...] = ()
    body_starts_with: str | None = None
    body_ends_with: str | None = None
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    timexes: tuple[GoldTimex, ...] = ()
    places: tuple[GoldPlace, ...] = ()


def parse_gold_lines(lines: Iterable[str], where: str) -> list[GoldArticle]:
    """Parse the lines of a seed-style gold file; raise UsageError naming the bad line."""
    articles: list[GoldArticle] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise UsageError(f"{where}:{number}: not JSON ({error.msg}); expected one gold object per line") from None
        try:
            articles.append(parse_gold_article(record))
        except (KeyError, TypeError, ValueError) as error:
            raise UsageError(
                f"{where}:{number}: not a gold article ({error}); expected doc, article, title, ... "
                "as described in gold/README.md"
            ) from None
    if not articles:
        raise UsageError(f"{where}: no gold articles in the file")
    return articles


def parse_gold_article(record: Mapping[str, Any]) -> GoldArticle:
    """Build a GoldArticle from one decoded gold object."""
    if not isinstance(record, Mapping):
        raise TypeError(f"a JSON object, got {type(record).__name__}")
    return GoldArticle(
        doc=str(record["doc"]),
        position=int(record["article"]),
        title=_optional_str(record.get("title")),
        published=_optional_str(record.get("published")),
        captions=_strings(record.get("captions")),
        body_starts_with=_optional_str(record.get("body_starts_with")),
        body_ends_with=_optional_str(record.get("body_ends_with")),
        events=tuple(_event(item) for item in record.get("events") or ()),
        quotes=tuple(_quote(item) for item in record.get("quotes") or ()),
        timexes=tuple(_timex(item) for item in record.get("timexes") or ()),
        places=tuple(_place(item) for item in record.get("places") or ()),
    )


def _event(item: Mapping[str, Any]) -> GoldEvent:
    return GoldEvent(
        sentence=str(item["sentence"]),
        types=tuple(t.upper() for t in _strings(item["type"])),
        source=tuple(c.upper() for c in _strings(item.get("source"))),
        target=tuple(c.upper() for c in _strings(item.get("target"))),
        modality=_strings(item.get("modality")),
        date=_optional_str(item.get("date")),
        required=bool(item.get("required", True)),
    )


def _quote(item: Mapping[str, Any]) -> GoldQuote:
    return GoldQuote(str(item["text"]), _strings(item.get("speaker")), bool(item.get("required", True)))


def _timex(item: Mapping[str, Any]) -> GoldTimex:
    return GoldTimex(str(item["text"]), str(item["value"]), _optional_str(item.get("context")))


def _place(item: Mapping[str, Any]) -> GoldPlace:
    country = _optional_str(item.get("country"))
    return GoldPlace(str(item["text"]), country.upper() if country else None, _optional_str(item.get("context")))


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    raise TypeError(f"a string or a list of strings, got {type(value).__name__}")


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)
