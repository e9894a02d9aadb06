"""Where time expressions may be: regular expressions built from the time vocabulary.

Each pattern has a kind that ``timenorm`` knows how to normalise. Patterns find
candidates; ``timexes`` then checks them against the parse (a year that is a count,
"March" the verb) and keeps the longest non-overlapping ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.dates import WEEKDAYS, find_dates
from newsgraph.extract.timevocab import TimeVocabulary, alternation, time_vocabulary

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
YEAR = r"(?:1[5-9]|20)\d\d"
NOT_A_YEAR_AFTER = r"(?![\d,.]\d|[^\S\n]*(?:%|percent|per[^\S\n]*cent))"


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that may be a time expression, with what the pattern captured."""

    start: int
    end: int
    kind: str
    groups: dict[str, str]

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns, as (kind, regex) in order of preference for equal lengths."""

    table: tuple[tuple[str, re.Pattern[str]], ...]


@lru_cache(maxsize=1)
def default_patterns() -> Patterns:
    """Return the patterns of the vocabulary shipped with newsgraph (built once per process)."""
    return compile_patterns(time_vocabulary())


def compile_patterns(vocabulary: TimeVocabulary) -> Patterns:
    """Build the patterns for ``vocabulary``."""
    v = vocabulary
    weekday = "|".join(w.capitalize() for w in WEEKDAYS)
    part = alternation(v.parts_of_day)
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    number = (
        rf"(?:(?:{tens})[- ](?:one|two|three|four|five|six|seven|eight|nine)|\d+(?:\.\d+)?|{alternation(v.numbers)})"
    )
    units = alternation(list(v.units) + [u + "s" for u in v.units] + ["centuries"])
    modifier = alternation(v.modifiers)
    season = alternation(v.seasons)
    ordinal = alternation([*v.ordinals, "1st", "2nd", "3rd", "4th"])
    relative_unit = alternation(["week", "weekend", "month", "year", "quarter", "decade", "century", *v.seasons])
    edge = (
        r"(?:(?P<pos>early|late|mid)[- ](?:in[^\S\n]+)?"
        r"|(?P<edge>the[^\S\n]+(?:end|start|beginning|middle|rest|remainder)[^\S\n]+of[^\S\n]+))"
    )
    table: list[tuple[str, str]] = [
        ("numeric_date", r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d)\b"),
        (
            "clock",
            r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?(?:[^\S\n]*(?P<ap>[ap])\.?[^\S\n]?m\b\.?|(?=:))"
            rf"(?:[^\S\n]*\(?(?P<zone>{alternation(v.zones)})(?:[^\S\n]*(?P<off>[+-][^\S\n]*\d{{1,2}}))?\)?)?",
        ),
        (
            "clock",
            rf"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?:[^\S\n]*\(?(?P<zone>{alternation(v.zones)})\)?)?",
        ),
        (
            "clock",
            rf"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)[^\S\n]*(?P<zone>{alternation(v.zones)})\b",
        ),
        ("noon", r"\b(?P<word>noon|midday|midnight)\b"),
        (
            "weekday",
            rf"\b(?:(?P<rel>last|next|this|past|coming)[^\S\n]+)?(?P<wd>{weekday})(?:'s)?\b(?:[^\S\n]+(?P<part>{part})\b)?",
        ),
        (
            "relday",
            rf"\b(?:(?P<pre>earlier|later)[^\S\n]+)?(?P<rd>{alternation(v.relative_days)})\b(?:[^\S\n]+(?P<part>{part})\b)?",
        ),
        ("this_part", rf"\b(?P<rel>this|last)[^\S\n]+(?P<part>{part})\b"),
        ("day_around", r"\b(?:the[^\S\n]+)?day[^\S\n]+(?P<dir>before|after)[^\S\n]+(?P<rd>yesterday|tomorrow)\b"),
        (
            "anchored",
            r"\b(?:the[^\S\n]+(?P<unit>day|night)[^\S\n]+(?P<dir>before|after)(?![^\S\n]+(?:the|a|an|his|her|their|its|this|that|it|he|she|they|we|you|I|(?-i:[A-Z0-9])))"
            r"|the[^\S\n]+(?P<rel>previous|next|following|same)[^\S\n]+(?P<unit2>day|night|morning|week|month|year)"
            r"|that[^\S\n]+(?P<unit3>day|night|morning))\b",
        ),
        (
            "ago",
            rf"\b(?:(?P<mod>{modifier})[^\S\n]+)?(?P<num>{number})[^\S\n]+(?P<unit>{units})[^\S\n]+(?:(?P<dir>ago|earlier|later)\b"
            r"|(?P<dir2>before|after)\b(?![^\S\n]+(?:the|a|an|his|her|their|its|this|that|it|he|she|they|we|you|I|(?-i:[A-Z0-9]))))",
        ),
        (
            "relunit",
            rf"\b{edge}?(?P<rel>last|next|this|the[^\S\n]+coming|the[^\S\n]+previous|the[^\S\n]+following|the[^\S\n]+current|the[^\S\n]+last"
            rf"|(?:earlier|later)[^\S\n]+this|the)[^\S\n]+(?P<unit>{relative_unit})\b",
        ),
        (
            "month",
            rf"\b{edge}?(?:(?P<rel>last|next|this)[^\S\n]+)?(?P<month>{MONTH})"
            rf"(?:[^\S\n]+(?:of[^\S\n]+)?(?P<year>{YEAR})|[^\S\n]+of[^\S\n]+(?P<yrel>this|last|next)[^\S\n]+year)?\b(?![^\S\n]*\d)",
        ),
        ("year", rf"(?<![\w$€£/-]){edge}?(?P<year>{YEAR})\b{NOT_A_YEAR_AFTER}"),
        ("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)\b(?!s\b|['’]|[^\S\n]*%)"),
        ("fiscal", rf"\b(?:fiscal(?:[^\S\n]+year)?[^\S\n]+|FY[^\S\n]?)(?P<year>{YEAR})\b"),
        ("decade", r"\b(?:the[^\S\n]+)?(?:(?P<pos>early|mid|late)[- ])?(?P<dec>(?:1[5-9]|20)\d0)'?s\b"),
        ("decade", r"(?:\bthe[^\S\n]+|(?<!\w))(?:(?P<pos>early|mid|late)[- ])?'(?P<dd>\d0)s\b"),
        ("decade", r"\bthe[^\S\n]+(?:(?P<pos>early|mid|late)[- ])?(?P<dd>[2-9]0)s\b"),
        ("century", r"\b(?:the[^\S\n]+)?(?P<cent>1\d|2[01])(?:st|nd|rd|th)[- ]century\b"),
        (
            "quarter",
            rf"\b(?:the[^\S\n]+)?(?P<ord>{ordinal})[- ](?P<unit>quarter|half)"
            rf"(?:[^\S\n]+of[^\S\n]+(?:(?P<year>{YEAR})|(?P<rel>this|last|next)[^\S\n]+year"
            rf"|the[^\S\n]+(?P<rel2>previous|following|current)[^\S\n]+year))?\b",
        ),
        ("quarter", rf"\b(?P<q>Q[1-4]|H[12])(?:[^\S\n]+(?P<year>{YEAR}))?\b"),
        (
            "season",
            rf"\b(?:(?P<rel>last|next|this|early|late|(?:the[^\S\n]+)?(?:early|late))[^\S\n]+)?(?P<season>{season})(?:[^\S\n]+(?:of[^\S\n]+)?(?P<year>{YEAR}))?\b",
        ),
        ("holiday", rf"\b(?P<holiday>{alternation(v.holidays)})(?:[^\S\n]+(?P<year>{YEAR}))?\b"),
        (
            "duration",
            rf"\b(?:(?P<mod>{modifier})[^\S\n]+)?(?:the[^\S\n]+(?P<span>past|last|next|coming|previous|first|following|final)[^\S\n]+)?"
            rf"(?P<num>{number})(?P<half>[^\S\n]+and[^\S\n]+a[^\S\n]+half)?(?:[^\S\n]|-)+(?:(?:straight|consecutive|successive|trading|business|working|full|more|additional|long|whole)[^\S\n]+)?(?P<unit>{units})(?P<half2>[^\S\n]+and[^\S\n]+a[^\S\n]+half)?\b"
            r"(?!-old|[^\S\n]+old\b|-olds)",
        ),
        (
            "duration",
            rf"\b(?:(?P<mod>{modifier})[^\S\n]+)?the[^\S\n]+(?P<span>past|last|next|coming|previous|first|following)[^\S\n]+(?P<unit>{units})\b",
        ),
        (
            "vague_duration",
            rf"\b(?:for|over|in|within|after|take|took|takes|taken|lasted)[^\S\n]+(?P<body>(?:the[^\S\n]+past[^\S\n]+|recent[^\S\n]+)?(?P<unit>{units}))\b",
        ),
        ("vague_duration", rf"\b(?P<unit>{units})-long\b"),
        ("vague_duration", r"\bover[^\S\n]+the[^\S\n]+(?P<unit>years|decades|months|weeks)\b"),
        (
            "the_day",
            r"\bthe[^\S\n]+day\b(?![^\S\n]+(?:of|when|before|after|that|which|and|it|he|she|they|we|I|(?-i:[A-Z])))",
        ),
        (
            "set",
            rf"\b(?:(?P<times>once|twice|{number}[^\S\n]+times)[^\S\n]+(?:a|an|per|every|each)[^\S\n]+(?P<unit>{units})"
            rf"|(?:every|each)[^\S\n]+(?:(?P<num>other|{number})[^\S\n]+)?(?P<unit2>{units}|{weekday}|{part})"
            rf"|per[^\S\n]+(?P<unit3>{units}))\b",
        ),
        ("set_word", rf"\b(?P<word>{alternation(v.sets)})\b"),
        ("reference", rf"\b(?P<word>{alternation(v.references)})\b"),
    ]
    return Patterns(tuple((kind, re.compile(regex, re.IGNORECASE)) for kind, regex in table))


def find_candidates(text: str, patterns: Patterns) -> list[Candidate]:
    """Return every candidate in ``text``: explicit calendar dates first, then each pattern's matches."""
    found = [
        Candidate(d.start, d.end, "calendar", {"y": str(d.year or ""), "m": str(d.month), "d": str(d.day)})
        for d in find_dates(text)
    ]
    for kind, regex in patterns.table:
        for match in regex.finditer(text):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            # a pattern may need words around the expression that are not part of it
            start, end = match.span("body") if "body" in groups else match.span()
            found.append(Candidate(start, end, kind, groups))
    return found


def longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap, earlier kinds winning ties; in text order."""
    order = {kind: n for n, kind in enumerate(["calendar", *dict.fromkeys(c.kind for c in candidates)])}
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.length, order[c.kind], c.start)):
        if all(candidate.end <= c.start or c.end <= candidate.start for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)
