"""Publication dates with provenance, or an honest "unknown".

Evidence is taken in this order, and the first that settles the date wins:

1. a machine date from the container (HTML meta, feed item, JSON field, header line);
2. a dateline opening the body ("KYIV, Dec 30 (Reuters) -");
3. a date line standing alone at the top or bottom of the body ("Published 3 May 2024");
4. captions: a photo's date is only a lower bound (the photo may be older than the
   story) and an archive photo's date is never used; a weekday the body reports
   ("protests erupted on Tuesday") pins the day on or after that bound;
5. the dump's other articles, when the body's own weekdays agree with their date;
6. the date the user passed with ``--published``.

Nothing here ever falls back to the date of ingestion.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from newsgraph.dates import WEEKDAYS, find_dates, on_or_after, parse_metadata_date
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import DatePrecision, Published

_DATELINE = re.compile(r"^(?P<head>[A-Z][^.!?()]{2,80}?)\s*(?:\([^()]{2,40}\)\s*)?(?:--|[-\u2013\u2014])\s")
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last updated|date)\s*:?\s*(?:on\s+)?)?(?P<rest>.{6,60})$", re.IGNORECASE
)
_WEEKDAY = re.compile(r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_FUTURE_BEFORE = re.compile(
    r"(?:\bwill\b|\bwould\b|\bshall\b|\bnext\b|\bcoming\b|\bscheduled\b|\bdue\b|\bplans? to\b|\bexpected\b"
    r"|\bgoing to\b|\buntil\b|\bby\b)[^.;]{0,40}$",
    re.IGNORECASE,
)
_NOT_A_REPORTED_DAY = re.compile(r"(?:\blast|\bthis|\bevery|\beach|\bsince|\bbefore|\bafter)\s+$", re.IGNORECASE)
MAX_WEEKDAY_GAP = timedelta(days=6)


@dataclass(frozen=True)
class OwnEvidence:
    """What one article says of its own date, before the dump's other articles are consulted."""

    published: Published
    weekday: int | None  # the weekday the body reports most, if any


def own_evidence(draft: ArticleDraft) -> OwnEvidence:
    """Return the publication date an article states itself, from the best evidence it has."""
    weekday = dominant_weekday(draft.paragraphs)
    if draft.metadata_date:
        parsed = parse_metadata_date(draft.metadata_date)
        if parsed:
            return OwnEvidence(Published(parsed[0], _precision(parsed[1]), "metadata"), weekday)
    lower = caption_lower_bound(draft)
    dateline = _dateline_date(draft.paragraphs, lower)
    if dateline:
        return OwnEvidence(Published(dateline.isoformat(), "day", "dateline"), weekday)
    standalone = _standalone_date(draft.paragraphs)
    if standalone:
        return OwnEvidence(Published(standalone.isoformat(), "day", "body"), weekday)
    if lower is not None:
        if weekday is not None:
            pinned = on_or_after(lower, weekday)
            return OwnEvidence(Published(pinned.isoformat(), "day", "caption"), weekday)
        return OwnEvidence(Published(not_before=lower.isoformat()), weekday)
    return OwnEvidence(Published(), weekday)


def resolve_with_context(evidence: OwnEvidence, neighbours: Sequence[Published], option: str | None) -> Published:
    """Settle an article's date using the dump's other articles, then ``--published``."""
    if evidence.published.value is not None:
        return evidence.published
    context = _context_date(neighbours)
    lower = evidence.published.not_before
    if context is not None and evidence.weekday is not None:
        agrees = evidence.weekday in (context.weekday(), (context - timedelta(days=1)).weekday())
        after_lower = lower is None or context.isoformat() >= lower
        if agrees and after_lower:
            return Published(context.isoformat(), "day", "context", lower)
    if option:
        parsed = parse_metadata_date(option)
        if parsed:
            return Published(parsed[0], _precision(parsed[1]), "option", lower)
    return evidence.published


def _context_date(neighbours: Sequence[Published]) -> date | None:
    days = [p.value for p in neighbours if p.value and p.precision == "day" and p.source != "context"]
    if not days:
        return None
    value, _ = Counter(days).most_common(1)[0]
    return date.fromisoformat(value)


def caption_lower_bound(draft: ArticleDraft) -> date | None:
    """Return the latest date of a non-archive photo: the story cannot be older."""
    dates = [date.fromisoformat(c.date) for c in draft.captions if c.date and not c.archive]
    return max(dates) if dates else None


def dominant_weekday(paragraphs: Sequence[str]) -> int | None:
    """Return the weekday the body reports most often (past or present), first on ties."""
    counts: Counter[int] = Counter()
    first_seen: dict[int, int] = {}
    position = 0
    for paragraph in paragraphs:
        for match in _WEEKDAY.finditer(paragraph):
            before = paragraph[max(0, match.start() - 60) : match.start()]
            if _FUTURE_BEFORE.search(before) or _NOT_A_REPORTED_DAY.search(before):
                continue
            day = WEEKDAYS[match["day"].lower()]
            counts[day] += 1
            first_seen.setdefault(day, position)
            position += 1
    if not counts:
        return None
    return max(counts, key=lambda d: (counts[d], -first_seen[d]))


def _dateline_date(paragraphs: Sequence[str], lower: date | None) -> date | None:
    if not paragraphs:
        return None
    match = _DATELINE.match(paragraphs[0])
    if not match:
        return None
    if len(match["head"].split()) > 9:
        return None
    found = find_dates(match["head"])
    if not found:
        return None
    if found[0].year is not None:
        return found[0].as_date()
    if lower is not None:
        for year in (lower.year, lower.year + 1):
            candidate = found[0].as_date(year)
            if candidate is not None and candidate >= lower:
                return candidate
    return None


def _standalone_date(paragraphs: Sequence[str]) -> date | None:
    """A paragraph that is nothing but a date, at the top or the bottom of the body."""
    for paragraph in (*paragraphs[:2], *paragraphs[-2:]):
        match = _DATE_LINE.match(paragraph.strip())
        if not match:
            continue
        found = find_dates(match["rest"])
        if len(found) == 1 and found[0].year is not None:
            leftover = match["rest"][: found[0].start] + match["rest"][found[0].end :]
            if re.fullmatch(
                r"[\s,|\-\u2013\u2014]*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*\w{0,5})?[\s,|]*", leftover, re.I
            ):
                return found[0].as_date()
    return None


def _precision(value: str) -> DatePrecision:
    if value in ("day", "month", "year"):
        return cast(DatePrecision, value)
    raise ValueError(f"unknown date precision {value!r}")
