"""TIMEX3 values for time-expression candidates, against a reference date.

A value keeps the granularity of the expression ("last month" is a month, "in 2012"
a year). Without a reference date, relative expressions get unresolved values
(``XXXX-XX-XX``, ``XXXX-WXX-2``) rather than a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.dates import (
    WEEKDAYS,
    iso_week,
    month_number,
    month_value,
    on_or_after,
    on_or_before,
    quarter_of,
    shift_months,
    year_of_day,
    year_of_month,
)
from newsgraph.extract.timepatterns import Candidate
from newsgraph.extract.timevocab import TimeVocabulary
from newsgraph.model import TimexType

Normalised = tuple[TimexType, str]
UNKNOWN_AT = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX"}
_OFFSETS = {
    "last": -1,
    "the last": -1,
    "the previous": -1,
    "next": 1,
    "the coming": 1,
    "the following": 1,
    "this": 0,
    "the current": 0,
    "earlier this": 0,
    "later this": 0,
}


@dataclass(frozen=True)
class TimeContext:
    """What an expression is resolved against.

    ``reference``: the publication date (or None); ``anchor``: the last day the text
    named before the expression ("the day before" counts from it); ``day``: the day
    the expression's sentence is about (for clock times); ``direction``: "past",
    "future" or None, from the tense of the governing verb.
    """

    reference: date | None
    anchor: date | None = None
    day: date | None = None
    direction: str | None = None


def normalise(candidate: Candidate, vocabulary: TimeVocabulary, context: TimeContext) -> Normalised | None:
    """Return (type, value) for a candidate, or None when it is not a time expression after all."""
    rule = _RULES.get(candidate.kind)
    if rule is None:
        return None
    groups = {k: " ".join(v.split()) for k, v in candidate.groups.items()}
    return rule(groups, vocabulary, context)


def _words(value: str) -> str:
    return " ".join(value.lower().split())


def _calendar(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    month, day = int(g["m"]), int(g["d"])
    if g.get("y"):
        year: int | None = int(g["y"])
    elif c.reference is not None:
        year = year_of_day(c.reference, month, day, c.direction)
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    if year is None:
        return None
    try:
        return "DATE", date(year, month, day).isoformat()
    except ValueError:
        return None


def _numeric_date(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    year = int(g["y"])
    if year < 100:
        pivot = (c.reference.year % 100 + 1) if c.reference else 30
        year += 1900 if year > pivot else 2000
    return _calendar({"y": str(year), "m": g["m"], "d": g["d"]}, v, c)


def _clock(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    hour, minute = int(g["h"]), int(g.get("mi") or 0)
    meridiem = g.get("ap", "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    zone = v.zones.get(g["zone"].upper(), "") if g.get("zone") and not g.get("off") else ""
    day = c.day or c.reference
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{hour:02d}:{minute:02d}{zone}"


def _noon(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    day = c.day or c.reference
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{'00:00' if g['word'].lower() == 'midnight' else '12:00'}"


def _with_part(day: str, part: str | None, v: TimeVocabulary) -> Normalised:
    if part:
        return "TIME", f"{day}T{v.parts_of_day[part.lower()]}"
    return "DATE", day


def _weekday(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    number = WEEKDAYS[g["wd"].lower()]
    relation = _words(g.get("rel", ""))
    if c.reference is None:
        return _with_part(f"XXXX-WXX-{number + 1}", g.get("part"), v)
    ref = c.reference
    if relation in {"last", "past"}:
        day = on_or_before(ref - timedelta(days=1), number)
    elif relation in {"next", "coming"}:
        day = on_or_after(ref + timedelta(days=1), number)
    elif c.direction == "future":
        day = on_or_after(ref, number)
    else:
        day = on_or_before(ref, number)
    return _with_part(day.isoformat(), g.get("part"), v)


def _relday(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    word = g["rd"].lower()
    part = g.get("part") or ("night" if word == "tonight" else None)
    if c.reference is None:
        return _with_part("XXXX-XX-XX", part, v)
    day = c.reference + timedelta(days=v.relative_days[word])
    return _with_part(day.isoformat(), part, v)


def _this_part(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    back = 1 if g["rel"].lower() == "last" else 0
    if back and g["part"].lower() not in {"night", "evening"}:
        return None
    day = (c.reference - timedelta(days=back)).isoformat() if c.reference else "XXXX-XX-XX"
    return _with_part(day, g["part"], v)


def _day_around(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    if c.reference is None:
        return "DATE", UNKNOWN_AT["day"]
    shift = -2 if g["rd"].lower() == "yesterday" else 2
    return "DATE", (c.reference + timedelta(days=shift)).isoformat()


def _anchored(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    anchor = c.anchor or c.reference
    unit = _words(g.get("unit") or g.get("unit2") or g.get("unit3") or "day")
    relation = _words(g.get("dir") or g.get("rel") or "same")
    shift = {"before": -1, "previous": -1, "after": 1, "next": 1, "following": 1}.get(relation, 0)
    part = unit if unit in {"night", "morning"} else None
    if anchor is None:
        granularity = unit if unit in UNKNOWN_AT else "day"
        return (
            _with_part(UNKNOWN_AT[granularity], part, v) if granularity == "day" else ("DATE", UNKNOWN_AT[granularity])
        )
    if unit == "week":
        return "DATE", iso_week(anchor + timedelta(weeks=shift))
    if unit == "month":
        return "DATE", month_value(*shift_months(anchor, shift))
    if unit == "year":
        return "DATE", str(anchor.year + shift)
    return _with_part((anchor + timedelta(days=shift)).isoformat(), part, v)


def _ago(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    found = v.unit(g["unit"])
    amount = v.number(g["num"])
    if found is None or amount is None:
        return None
    name, unit = found
    direction = (g.get("dir") or g["dir2"]).lower()
    sign = -1 if direction in {"ago", "earlier", "before"} else 1
    base = c.reference if direction == "ago" else (c.anchor or c.reference)
    granularity = {"day": "day", "night": "day", "week": "day", "weekend": "week", "fortnight": "day", "month": "month"}
    level = granularity.get(name, "year" if not unit.time else "day")
    if not isinstance(amount, int) or isinstance(amount, bool):
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if base is None:
        return "DATE", UNKNOWN_AT[level]
    steps = amount * unit.times * sign
    if level == "day":
        days = steps * (7 if name in {"week", "fortnight"} else 1)
        return "DATE", (base + timedelta(days=days if not unit.time else 0)).isoformat()
    if level == "month":
        return "DATE", month_value(*shift_months(base, steps))
    if name == "weekend":
        return "DATE", iso_week(base + timedelta(weeks=steps)) + "-WE"
    years = steps * {"decade": 10, "century": 100, "quarter": 0}.get(name, 1)
    if name == "quarter":
        return "DATE", _quarter_value(*_quarter_shift(base, steps))
    return "DATE", str(base.year + years)


def _quarter_shift(day: date, quarters: int) -> tuple[int, int]:
    index = day.year * 4 + quarter_of(day) - 1 + quarters
    return index // 4, index % 4 + 1


def _quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def _relunit(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    unit = g["unit"].lower()
    relation = _words(g["rel"])
    if relation == "the":
        # "the end of the year", "the weekend", "in the spring"; bare "the year" is not a date
        if not (g.get("edge") or g.get("pos") or unit == "weekend" or unit in v.seasons):
            return None
        if unit == "weekend" and c.reference is not None:
            saturday = on_or_before(c.reference, 5) if c.direction != "future" else on_or_after(c.reference, 5)
            return "DATE", iso_week(saturday) + "-WE"
    shift = _OFFSETS.get(relation, 0)
    ref = c.reference
    if unit in v.seasons:
        code = v.seasons[unit]
        return "DATE", f"{ref.year + shift:04d}-{code}" if ref else f"XXXX-{code}"
    if ref is None:
        unknown = {"weekend": "XXXX-WXX-WE", "decade": "XXX", "century": "XX"}
        return "DATE", unknown.get(unit, UNKNOWN_AT.get(unit, "XXXX"))
    if unit == "week":
        return "DATE", iso_week(ref + timedelta(weeks=shift))
    if unit == "weekend":
        return "DATE", iso_week(ref + timedelta(weeks=shift)) + "-WE"
    if unit == "month":
        return "DATE", month_value(*shift_months(ref, shift))
    if unit == "quarter":
        return "DATE", _quarter_value(*_quarter_shift(ref, shift))
    if unit == "decade":
        return "DATE", str(ref.year // 10 + shift)
    if unit == "century":
        return "DATE", str(ref.year // 100 + shift)
    return "DATE", str(ref.year + shift)


def _month(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    month = month_number(g["month"])
    if month is None:
        return None
    if g.get("year"):
        return "DATE", month_value(int(g["year"]), month)
    ref = c.reference
    if ref is None:
        return "DATE", f"XXXX-{month:02d}"
    if g.get("yrel"):
        return "DATE", month_value(ref.year + _OFFSETS[g["yrel"].lower()], month)
    relation = g.get("rel", "").lower()
    if relation == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif relation == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif relation == "this":
        year = ref.year
    else:
        # news reports what happened: a bare month is past unless the verb is future
        year = year_of_month(ref, month, "future" if c.direction == "future" else "past")
    return "DATE", month_value(year, month)


def _year(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    return "DATE", g["year"]


def _short_year(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    """'82 is 1982 and '05 is 2005 in a 2008 article: the latest such year not after next year."""
    yy = int(g["yy"])
    current = c.reference.year % 100 + 1 if c.reference else 30
    century = 19 if yy > current else 20
    return "DATE", f"{century}{yy:02d}"


def _fiscal(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    return "DATE", f"FY{g['year']}"


def _decade(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    if g.get("dec"):
        return "DATE", g["dec"][:3]
    tens = int(g["dd"])
    current = c.reference.year % 100 if c.reference else 30
    century = 19 if tens > current else 20
    return "DATE", f"{century}{tens // 10}"


def _century(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    return "DATE", f"{int(g['cent']) - 1:02d}"


def _quarter(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    if g.get("q"):
        letter, number = g["q"][0].upper(), int(g["q"][1])
    else:
        letter = "Q" if g["unit"].lower() == "quarter" else "H"
        ordinal = g["ord"].lower()
        number = v.ordinals.get(ordinal) or int(ordinal[0])
        if letter == "H" and ordinal in {"final", "last"}:
            number = 2
        if number > (4 if letter == "Q" else 2):
            return None
    relation = _words(g.get("rel") or g.get("rel2") or "")
    shift = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(relation, 0)
    if g.get("year"):
        year: int | str = int(g["year"])
    elif c.reference is None:
        year = "XXXX"
    elif relation:
        year = c.reference.year + shift
    else:
        current = quarter_of(c.reference) if letter == "Q" else (c.reference.month - 1) // 6 + 1
        periods = 4 if letter == "Q" else 2
        ahead, behind = (number - current) % periods, (current - number) % periods
        later = number > current and (c.direction == "future" or (c.direction is None and ahead < behind))
        year = c.reference.year if number <= current or later else c.reference.year - 1
    return "DATE", f"{year}-{letter}{number}"


def _season(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    code = v.seasons[g["season"].lower()]
    if g.get("year"):
        return "DATE", f"{g['year']}-{code}"
    if c.reference is None:
        return "DATE", f"XXXX-{code}"
    shift = {"last": -1, "next": 1}.get(g.get("rel", "").lower(), 0)
    return "DATE", f"{c.reference.year + shift}-{code}"


def _holiday(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    key = next((k for k in v.holidays if _words(k) == _words(g["holiday"])), None)
    if key is None:
        return None
    month, day = (int(p) for p in v.holidays[key].split("-"))
    if g.get("year"):
        return "DATE", date(int(g["year"]), month, day).isoformat()
    if c.reference is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    year = year_of_day(c.reference, month, day, c.direction) or c.reference.year
    return "DATE", date(year, month, day).isoformat()


def period(amount: int | float | str, name: str, v: TimeVocabulary) -> str | None:
    """Return a TIMEX3 period ("P2W", "PT30M", "PXY") for an amount of a unit."""
    unit = v.units.get(name)
    if unit is None:
        return None
    code = unit.code
    if isinstance(amount, int | float) and name in {"decade", "century"}:
        amount, code = amount * (10 if name == "decade" else 100), "Y"
    elif isinstance(amount, int | float):
        amount = amount * unit.times
    number = f"{amount:g}" if isinstance(amount, float) else str(amount)
    return f"PT{number}{code}" if unit.time else f"P{number}{code}"


def _duration(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    found = v.unit(g["unit"])
    if found is None:
        return None
    name = found[0]
    plural = g["unit"].lower().endswith("s") and name != g["unit"].lower()
    amount: int | float | str | None = v.number(g["num"]) if g.get("num") else ("X" if plural else 1)
    if amount is None:
        return None
    if isinstance(amount, str) and amount != "X":
        amount = float(amount)
    if (g.get("half") or g.get("half2")) and isinstance(amount, int | float):
        amount = amount + 0.5
    value = period(amount, name, v)
    return ("DURATION", value) if value else None


def _vague_duration(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    found = v.unit(g["unit"])
    if found is None or not g["unit"].lower().endswith("s"):
        return None
    value = period("X", found[0], v)
    return ("DURATION", value) if value else None


def _set(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    word = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
    if word.lower() in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word.lower()] + 1}"
    if word.lower() in v.parts_of_day:
        return "SET", f"XXXX-XX-XXT{v.parts_of_day[word.lower()]}"
    found = v.unit(word)
    if found is None:
        return None
    every = g.get("num", "").lower()
    amount = 2 if every == "other" else (v.number(every) if every else 1)
    if not isinstance(amount, int):
        amount = 1
    value = period(amount, found[0], v)
    return ("SET", value) if value else None


def _set_word(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    return "SET", v.sets[g["word"].lower()]


def _the_day(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    anchor = c.anchor or c.reference
    return "DATE", anchor.isoformat() if anchor else UNKNOWN_AT["day"]


def _reference(g: dict[str, str], v: TimeVocabulary, c: TimeContext) -> Normalised | None:
    key = _words(g["word"])
    return ("DATE", v.references[key]) if key in v.references else None


_RULES: dict[str, Callable[[dict[str, str], TimeVocabulary, TimeContext], Normalised | None]] = {
    "calendar": _calendar,
    "numeric_date": _numeric_date,
    "clock": _clock,
    "noon": _noon,
    "weekday": _weekday,
    "relday": _relday,
    "this_part": _this_part,
    "day_around": _day_around,
    "anchored": _anchored,
    "ago": _ago,
    "relunit": _relunit,
    "month": _month,
    "year": _year,
    "short_year": _short_year,
    "fiscal": _fiscal,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "season": _season,
    "holiday": _holiday,
    "duration": _duration,
    "vague_duration": _vague_duration,
    "set": _set,
    "set_word": _set_word,
    "reference": _reference,
    "the_day": _the_day,
}
