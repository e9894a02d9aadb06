"""JSON Lines: one article per line, with a ``text`` field and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newsgraph.dates import parse_metadata_date
from newsgraph.errors import RecordError, SkipReason
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.textdump import join_wrapped_lines
from newsgraph.model import Source

_TEXT_KEYS = ("text", "body", "content", "article")
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("published", "date", "publish_date", "pubdate", "published_at", "datetime")
_URL_KEYS = ("url", "link", "source_url")


def read_jsonl(lines: Iterable[str], path: str) -> Iterator[ArticleDraft | RecordError]:
    """Yield an article per usable line, and a RecordError (not raised) per bad line."""
    index = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield RecordError(where, SkipReason.MALFORMED, f"not valid JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield RecordError(where, SkipReason.MALFORMED, f"expected a JSON object, got {type(record).__name__}")
            continue
        text = _first_string(record, _TEXT_KEYS)
        if not text or not text.strip():
            keys = ", ".join(sorted(record)[:8]) or "none"
            yield RecordError(where, SkipReason.EMPTY, f"no non-empty 'text' field (fields: {keys})")
            continue
        paragraphs = join_wrapped_lines([part.strip() for part in text.split("\n")])
        published = _first_string(record, _DATE_KEYS)
        parsed = parse_metadata_date(published) if published else None
        source_name = record.get("source") if isinstance(record.get("source"), str) else None
        url = _first_string(record, _URL_KEYS)
        yield ArticleDraft(
            paragraphs=paragraphs,
            path=path,
            index=index,
            title=(_first_string(record, _TITLE_KEYS) or "").strip() or None,
            metadata_date=parsed[0] if parsed else None,
            source=Source(source_name, url),
        )
        index += 1


def _first_string(record: dict[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str):
            return value
    return None
