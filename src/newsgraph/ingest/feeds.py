"""RSS and Atom feeds (feedparser): one article per item.

An item's text is its full content when the feed carries it, else its summary,
turned from HTML into paragraphs (figure captions kept). The item's link is the
article's URL, the feed's title its source name, and the item's publication date
its metadata date. Atom's ``<updated>`` is when an entry last changed, so it is
never taken as the publication date; RSS feeds whose only item date is
``<dc:date>`` (RSS 1.0 habit) do have it used.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import feedparser

from newsgraph.dates import parse_metadata_date
from newsgraph.errors import InputError, RecordError, SkipReason
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.htmltext import fragment_paragraphs
from newsgraph.model import Source


def read_feed(data: bytes, path: str) -> Iterator[ArticleDraft | RecordError]:
    """Yield an article per feed item with text, and a RecordError (not raised) per item without.

    Raises InputError when the document is not a feed with items.
    """
    # a file-like object: given bytes or str, feedparser would try them as a path or URL first
    parsed = feedparser.parse(io.BytesIO(data))
    feed = parsed.get("feed", {})
    name = _text(feed.get("title")) or None
    is_atom = str(parsed.get("version", "")).startswith("atom")
    found: list[ArticleDraft | RecordError] = []
    articles = 0
    for number, entry in enumerate(parsed.get("entries", []), start=1):
        item = _item(entry, path, number, articles, name, is_atom)
        articles += isinstance(item, ArticleDraft)
        found.append(item)
    if not articles and (parsed.get("bozo") or not found):
        # nothing usable: the document's own problem is the news, not its empty items
        raise _no_items(parsed, path)
    yield from found


def _item(
    entry: Any, path: str, number: int, index: int, name: str | None, is_atom: bool
) -> ArticleDraft | RecordError:
    title = _text(entry.get("title")) or None
    paragraphs, captions = fragment_paragraphs(_item_markup(entry))
    if not paragraphs:
        label = f"item {title!r}" if title else "an item without a title"
        return RecordError(f"{path}#{number}", SkipReason.EMPTY, f"{label} has no text (no content or summary)")
    return ArticleDraft(
        paragraphs=paragraphs,
        path=path,
        index=index,
        title=title,
        captions=captions,
        metadata_date=_item_date(entry, is_atom),
        source=Source(name, _text(entry.get("link")) or None),
    )


def _no_items(parsed: Any, path: str) -> InputError:
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and problem is not None:
        detail = getattr(problem, "getMessage", lambda: str(problem))()
        line = getattr(problem, "getLineNumber", lambda: None)()
        where = f" at line {line}" if line else ""
        return InputError(
            path,
            SkipReason.MALFORMED,
            f"not a well-formed RSS or Atom feed ({detail}{where}) and no items could be read; "
            "check the file, or pass --format html or text if it is not a feed",
        )
    return InputError(path, SkipReason.EMPTY, "the feed has no items")


def _item_markup(entry: Any) -> str:
    """The item's full content if present (HTML preferred over plain text), else its summary."""
    contents = [c for c in entry.get("content", []) if _text(c.get("value")).strip()]
    contents.sort(key=lambda c: "html" not in str(c.get("type", "")))
    if contents:
        return _text(contents[0].get("value"))
    return _text(entry.get("summary"))


def _item_date(entry: Any, is_atom: bool) -> str | None:
    keys = ("published", "created") if is_atom else ("published", "created", "updated")
    for key in keys:
        raw = _text(entry.get(key))
        parsed = parse_metadata_date(raw) if raw else None
        if parsed:
            return parsed[0]
    return None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
