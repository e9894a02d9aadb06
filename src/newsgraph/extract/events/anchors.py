"""When and where an event happened: the time expression and place of its own clause.

An event takes the timex and place attached inside its own clause (the
predicate's subtree, without the clauses embedded in it), then those of the
clause it is controlled by ("went to Beijing to meet Li on Wednesday"). A
timex of the reporting clause ("Ukraine said Tuesday") dates the saying, not
what was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import DatePrecision, EventDate, EventLocation, Place, Published, Timex

_EMBEDDED_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "acl", "parataxis", "conj", "csubj"})
_CONTROLLED = frozenset({"xcomp", "advcl", "conj", "pcomp"})


def clause_chars(predicate: Token) -> list[tuple[int, int]]:
    """Character ranges of the predicate's own clause, embedded clauses cut out."""
    excluded: set[int] = set()
    for child in predicate.children:
        if child.dep_ in _EMBEDDED_CLAUSES and (child.pos_ in ("VERB", "AUX") or child.dep_ == "relcl"):
            excluded.update(t.i for t in child.subtree)
    ranges: list[tuple[int, int]] = []
    for token in predicate.subtree:
        if token.i in excluded:
            continue
        ranges.append((token.idx, token.idx + len(token)))
    return ranges


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < r_end and r_start < end for r_start, r_end in ranges)


def governing_timex(predicate: Token, timexes: Sequence[Timex]) -> Timex | None:
    """The DATE or TIME expression that dates the clause of ``predicate``, if any."""
    dated = [
        t
        for t in timexes
        if t.type in ("DATE", "TIME") and t.value[:1].isdigit() and getattr(t, "caption", None) is None
    ]
    current = predicate
    for _ in range(3):
        ranges = clause_chars(current)
        found = [t for t in dated if _inside(t.start, t.end, ranges)]
        if found:
            return min(found, key=lambda t: abs(t.start - predicate.idx))
        if current.dep_ not in _CONTROLLED or current.head.i == current.i:
            return None
        current = current.head
        while current.dep_ == "prep" and current.head.i != current.i:
            current = current.head
    return None


def governing_place(predicate: Token, places: Sequence[Place]) -> Place | None:
    """The place the clause of ``predicate`` happens in, if the text gives one."""
    ranges = clause_chars(predicate)
    body_places = [p for p in places if getattr(p, "caption", None) is None]
    found = [p for p in body_places if _inside(p.start, p.end, ranges)]
    if not found:
        return None
    return min(found, key=lambda p: abs(p.start - predicate.idx))


def event_date(predicate: Token, timexes: Sequence[Timex], published: Published, just_happened: bool) -> EventDate:
    """The event's date: its clause's timex, else the publication date when it just happened."""
    timex = governing_timex(predicate, timexes)
    if timex is not None:
        return EventDate(timex.value, _precision(timex.value))
    if just_happened and published.value and published.precision == "day":
        return EventDate(published.value, "day")
    return EventDate()


def _precision(value: str) -> DatePrecision | None:
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return "day"
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        return "month"
    if len(value) == 4 and value.isdigit():
        return "year"
    return None


def reported_as_just_happened(predicate: Token) -> bool:
    """Present or present-perfect reporting ("has made", "insists") tells of the news day."""
    if predicate.tag_ in ("VBZ", "VBP"):
        return True
    return predicate.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ in ("has", "have") for child in predicate.children
    )


def event_location(place: Place | None) -> EventLocation | None:
    if place is None:
        return None
    return EventLocation(place.name, place.country, place.lat, place.lon)
