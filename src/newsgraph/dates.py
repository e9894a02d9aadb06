"""Calendar knowledge shared by ingestion and time normalisation.

Only absolute forms live here (a month name, a day, a year); what a relative
expression means is the business of ``extract.timexes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_MONTH = (
    r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY_PREFIX = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[^\S\n]+)?"

# "June 19, 2024", "Friday, Aug. 9, 2013", "Dec. 3"
MONTH_DAY_YEAR = re.compile(
    _WEEKDAY_PREFIX + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b(?!\s*(?:%|percent|billion|million))",
    re.IGNORECASE,
)
# "30 December 2025", "3 Dec"
DAY_MONTH_YEAR = re.compile(
    _WEEKDAY_PREFIX + r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")


@dataclass(frozen=True)
class DateMatch:
    """An absolute date found in text; ``year`` may be missing ("Dec. 3")."""

    start: int
    end: int
    year: int | None
    month: int
    day: int

    def as_date(self, year: int | None = None) -> date | None:
        """Return the calendar date, with ``year`` standing in for a missing one."""
        chosen = self.year or year
        if chosen is None:
            return None
        try:
            return date(chosen, self.month, self.day)
        except ValueError:
            return None


def month_number(name: str) -> int | None:
    """Return 1 to 12 for a month name or abbreviation (with or without a dot)."""
    return MONTHS.get(name.lower().rstrip("."))


def find_dates(text: str) -> list[DateMatch]:
    """Return the absolute calendar dates in ``text`` in order, without overlaps."""
    found: list[DateMatch] = []
    for pattern in (ISO_DATE, MONTH_DAY_YEAR, DAY_MONTH_YEAR):
        for match in pattern.finditer(text):
            if any(match.start() < other.end and other.start < match.end() for other in found):
                continue
            month = int(match["month"]) if match["month"].isdigit() else month_number(match["month"])
            year = int(match["year"]) if match["year"] else None
            day = int(match["day"])
            if month is None or not 1 <= day <= 31:
                continue
            if month == 5 and year is None and not _may_is_month(text, match.start()):
                continue
            candidate = DateMatch(match.start(), match.end(), year, month, day)
            if year is not None and candidate.as_date() is None:
                continue
            found.append(candidate)
    return sorted(found, key=lambda d: d.start)


def _may_is_month(text: str, start: int) -> bool:
    # "may 3" is more often the modal verb than the month when no year follows
    return text[start : start + 1] == "M"


def parse_metadata_date(value: str) -> tuple[str, str] | None:
    """Parse a machine date (ISO 8601, RFC 822) into (value, precision), or None."""
    raw = value.strip()
    if not raw:
        return None
    iso = re.match(r"^((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?(?:[T\s].*)?$", raw)
    if iso:
        year, month, day = iso.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat(), "day"
            if month:
                return f"{int(year):04d}-{int(month):02d}", "month"
        except ValueError:
            return None
        return year, "year"
    try:
        parsed: datetime = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        parsed_text = find_dates(raw)
        if parsed_text and parsed_text[0].year is not None:
            found = parsed_text[0].as_date()
            return (found.isoformat(), "day") if found else None
        return None
    return parsed.date().isoformat(), "day"


def on_or_after(lower: date, weekday: int) -> date:
    """Return the first date on or after ``lower`` that falls on ``weekday`` (Monday 0)."""
    return lower + timedelta(days=(weekday - lower.weekday()) % 7)


def on_or_before(reference: date, weekday: int) -> date:
    """Return the most recent date on or before ``reference`` that falls on ``weekday``."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def iso_week(day: date) -> str:
    """Return the ISO week of ``day`` as a TIMEX3 value ("2025-W52")."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_months(day: date, months: int) -> tuple[int, int]:
    """Return (year, month) ``months`` months after ``day``'s month (negative: before)."""
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def month_value(year: int, month: int) -> str:
    """Return a month as a TIMEX3 value ("2025-11")."""
    return f"{year:04d}-{month:02d}"


def quarter_of(day: date) -> int:
    """Return the calendar quarter (1 to 4) that ``day`` falls in."""
    return (day.month - 1) // 3 + 1


def year_of_month(reference: date, month: int, direction: str | None) -> int:
    """Return the year in which ``month`` is meant, seen from ``reference``.

    ``direction`` "past" takes the most recent such month on or before the reference
    month, "future" the next on or after it, None the nearer of the two.
    """
    before = reference.year if month <= reference.month else reference.year - 1
    after = reference.year if month >= reference.month else reference.year + 1
    if direction == "past":
        return before
    if direction == "future":
        return after
    distance_before = (reference.month - month) % 12
    distance_after = (month - reference.month) % 12
    return before if distance_before <= distance_after else after


def year_of_day(reference: date, month: int, day: int, direction: str | None) -> int | None:
    """Return the year in which a month and day are meant, seen from ``reference`` (None if never valid)."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    before = [c for c in candidates if c <= reference]
    after = [c for c in candidates if c >= reference]
    if direction == "past" and before:
        return before[-1].year
    if direction == "future" and after:
        return after[0].year
    return min(candidates, key=lambda c: abs((c - reference).days)).year
