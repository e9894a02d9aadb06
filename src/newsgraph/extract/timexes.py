"""Time expressions: find them, check them against the parse, normalise them to TIMEX3.

``timexes_in(document)`` returns the timexes of an article's body and captions,
normalised against its publication date. Extents follow TimeML: the expression
without a governing preposition ("Tuesday" in "on Tuesday", "2012" in "in 2012").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsgraph.dates import month_number
from newsgraph.extract.timenorm import TimeContext, normalise
from newsgraph.extract.timepatterns import Candidate, default_patterns, find_candidates, longest_first
from newsgraph.extract.timevocab import TimeVocabulary, time_vocabulary
from newsgraph.model import Timex
from newsgraph.nlp import Document

_FULL_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
# words before a bare year or month that make it a date ("in 2012", "since May")
_TEMPORAL_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|of|before|after|during|through|throughout|to|between|and|or|the|early|late"
    r"|mid|end|for|around|last|next|this|year|fiscal|season|election|elections|summer|winter|spring|autumn|fall"
    r"|on|at)|'s|’s|-)\s*$",
    re.IGNORECASE,
)
# nouns that "current" or "recent" modify without placing them in time
_NOT_TIME_NOUNS = frozenset({"account", "accounts", "affairs", "event", "events"})
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\(c\)|copyright)\s*$", re.IGNORECASE)
_NAMES = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "NORP"}
_COUNT_ENTITIES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def publication_day(document: Document) -> date | None:
    """Return the article's publication day, or None unless it is known to the day."""
    value = document.article.published.value
    if value is None or not _FULL_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def timexes_in(document: Document, vocabulary: TimeVocabulary | None = None) -> list[Timex]:
    """Return the time expressions of the body, then of each caption, normalised to TIMEX3."""
    vocabulary = vocabulary or time_vocabulary()
    reference = publication_day(document)
    found = timexes_in_doc(document.doc, reference, vocabulary)
    for number, caption in enumerate(document.captions):
        found.extend(replace(t, caption=number) for t in timexes_in_doc(caption, reference, vocabulary))
    return found


def timexes_in_doc(doc: Doc, reference: date | None, vocabulary: TimeVocabulary | None = None) -> list[Timex]:
    """Return the time expressions of one analysed text, against ``reference`` (may be None)."""
    vocabulary = vocabulary or time_vocabulary()
    text = doc.text
    candidates = [c for c in find_candidates(text, default_patterns()) if _plausible(c, doc, text)]
    chosen = longest_first(candidates)
    results: dict[int, Timex] = {}
    anchor = reference
    # clock times take their day from the sentence, so they wait for the dates
    for clocks in (False, True):
        for candidate in chosen:
            if (candidate.kind in {"clock", "noon"}) != clocks:
                continue
            span = _span(doc, candidate)
            context = TimeContext(
                reference=reference,
                anchor=anchor,
                day=_sentence_day(span, results, candidate) if clocks else None,
                direction=direction_of(span, vocabulary) if span is not None else None,
            )
            normalised = normalise(candidate, vocabulary, context)
            if normalised is None:
                continue
            kind, value = normalised
            if kind == "DURATION" and _is_rate(candidate, doc):
                kind = "SET"
            results[candidate.start] = Timex(
                candidate.start, candidate.end, text[candidate.start : candidate.end], kind, value
            )
            if _FULL_DAY.match(value) and candidate.kind not in {"anchored"}:
                anchor = date.fromisoformat(value)
    return _join_clock_and_day([results[k] for k in sorted(results)], text)


_BETWEEN_CLOCK_AND_DAY = re.compile(r"^[^\S\n]*(?:(?:on|at)[^\S\n]+)?$")


def _join_clock_and_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Merge a clock time and the day next to it ("12:00 UTC Monday", "Monday at 10 a.m.") into one TIME."""
    joined: list[Timex] = []
    for timex in timexes:
        last = joined[-1] if joined else None
        if last is not None and _BETWEEN_CLOCK_AND_DAY.match(text[last.end : timex.start]):
            pair = {last.type, timex.type}
            clock = last if last.type == "TIME" else timex
            day = timex if clock is last else last
            if pair == {"TIME", "DATE"} and _FULL_DAY.match(day.value) and clock.value.startswith(day.value):
                joined[-1] = Timex(last.start, timex.end, text[last.start : timex.end], "TIME", clock.value)
                continue
        joined.append(timex)
    return joined


def _span(doc: Doc, candidate: Candidate) -> Span | None:
    return doc.char_span(candidate.start, candidate.end, alignment_mode="expand")


def _sentence_day(span: Span | None, results: dict[int, Timex], candidate: Candidate) -> date | None:
    """Return the day named by another timex of the clock time's sentence, the nearest first."""
    if span is None:
        return None
    sentence = span.sent
    days = [
        t
        for t in results.values()
        if sentence.start_char <= t.start < sentence.end_char and _FULL_DAY.match(t.value[:10]) and t.type != "DURATION"
    ]
    if not days:
        return None
    nearest = min(days, key=lambda t: abs(t.start - candidate.start))
    return date.fromisoformat(nearest.value[:10])


def direction_of(span: Span, vocabulary: TimeVocabulary) -> str | None:
    """Return "future", "past" or None (present or unknown) from the verb that governs ``span``."""
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    for token in _verb_chain(verb):
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if auxiliaries & {"will", "'ll", "shall", "wo", "would", "'d"} or auxiliaries & vocabulary.future_cues:
            return "future"
        if token.lemma_.lower() in vocabulary.future_cues:
            return "future"
        if token.lower_ == "going" and any(c.dep_ == "xcomp" for c in token.children):
            return "future"
    for word in span.root.children:
        if word.lower_ in {"next", "upcoming", "coming"}:
            return "future"
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if span.root.dep_ == "pobj" and span.root.head.lower_ in {"until", "till", "by"} and not past:
        return "future"  # "markets stay closed until Friday", "wants to cut jobs by early June"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return "past"
    if verb.tag_ == "VBN" and any(c.lower_ in {"has", "have", "had"} for c in verb.children):
        return "past"
    return None


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the complement of ("plans to meet" → meet, plans)."""
    chain = [verb]
    current = verb
    while current.dep_ in {"xcomp", "ccomp"} and current.head.i != current.i and len(chain) < 3:
        if current.dep_ == "ccomp" and current.head.lemma_ not in {"expect", "plan", "schedule"}:
            break
        current = current.head
        chain.append(current)
    return chain


def _plausible(candidate: Candidate, doc: Doc, text: str) -> bool:
    """Whether a candidate reads as a time expression here (not a count, a name or a verb)."""
    before = text[max(0, candidate.start - 24) : candidate.start]
    span = _span(doc, candidate)
    if span is None:
        return False
    if _inside_name(span) and candidate.kind not in {"calendar", "numeric_date", "clock"}:
        return False
    kind, groups = candidate.kind, candidate.groups
    if kind == "reference" and text[candidate.end : candidate.end + 1] == "-":
        return False  # "the now-cancelled deal", "the soon-to-open terminal"
    if kind == "year":
        return _plausible_year(candidate, span, before, text)
    if kind == "short_year":
        # "since '82", "the class of '05": only after a word that makes it a date
        return bool(_TEMPORAL_BEFORE.search(before))
    if kind == "reference" and len(span) == 1 and span[0].pos_ == "ADJ":
        # "the current crisis", "recent losses": an adjective before its noun; not "current
        # account", nor a predicate ("the deal is recent")
        following = span.doc[span.end] if span.end < len(span.doc) else None
        return (
            span[0].dep_ == "amod"
            and span[0].head.lemma_.lower() not in _NOT_TIME_NOUNS
            and (following is None or following.lower_ not in _NOT_TIME_NOUNS)
        )
    if kind in {"month", "weekday", "holiday"}:
        word = groups.get("month") or groups.get("wd") or groups.get("holiday") or ""
        if not word[:1].isupper() or any(t.pos_ == "VERB" for t in span if t.text == word):
            return False
        if kind == "month" and not _plausible_month(groups, before):
            return False
    if kind == "season":
        if not (groups.get("rel") or groups.get("year") or _TEMPORAL_BEFORE.search(before)):
            return False
        if groups["season"].lower() == "fall" and not (groups.get("rel") or groups.get("year")):
            return False
        if groups["season"][:1].isupper() and not span[0].is_sent_start:
            return False
    if kind in {"duration", "ago", "vague_duration", "set"}:
        if text[candidate.end : candidate.end + 4] == "-on-":
            return False  # "a year-on-year increase"
        return _plausible_quantity(candidate, span)
    if kind == "quarter" and groups.get("unit", "").lower() == "half" and not (groups.get("year") or groups.get("rel")):
        return False
    if kind == "set_word":
        following = doc[span.end] if span.end < len(doc) else None
        if following is not None and following.pos_ == "PROPN":
            return False
        if groups["word"].lower() in {"daily", "weekly", "monthly"} and span.root.pos_ not in {"ADV", "ADJ"}:
            return False
    return True


def _inside_name(span: Span) -> bool:
    for token in span:
        if token.ent_type_ in _NAMES:
            entity = next((e for e in span.doc.ents if e.start <= token.i < e.end), None)
            if entity is not None and (entity.start < span.start or entity.end > span.end):
                return True
    return False


def _plausible_year(candidate: Candidate, span: Span, before: str, text: str) -> bool:
    if _COPYRIGHT_BEFORE.search(before) or text[max(0, candidate.start - 1) : candidate.start] in {"$", "€", "£", "#"}:
        return False
    token = span[-1]
    following = span.doc[token.i + 1] if token.i + 1 < len(span.doc) else None
    line_start = text.rfind("\n", 0, candidate.start) + 1
    at_line_start = not text[line_start : candidate.start].strip()
    if following is not None and following.tag_ == "NNS" and not candidate.groups.get("edge"):
        return False
    if (at_line_start or token.is_sent_start) and following is not None and following.pos_ == "PROPN":
        return False  # a copyright credit: "2025 Planet Labs PBC"
    if token.ent_type_ in _COUNT_ENTITIES:
        return False
    previous = span.doc[span.start - 1] if span.start > 0 else None
    if previous is not None and previous.pos_ == "PROPN" and month_number(previous.text) is None:
        return False  # a name with a number: "the Russell 2000 index", "Windows 2000"
    return bool(candidate.groups.get("edge") or candidate.groups.get("pos")) or bool(
        _TEMPORAL_BEFORE.search(before) or token.ent_type_ == "DATE"
    )


def _plausible_month(groups: dict[str, str], before: str) -> bool:
    word = groups["month"]
    qualified = groups.get("year") or groups.get("rel") or groups.get("edge") or groups.get("pos")
    if word.lower() == "may" and not qualified and not _TEMPORAL_BEFORE.search(before):
        return False
    # an abbreviation without its dot ("Jan", "Mar") is a name more often than a month
    return bool(qualified) or word.endswith(".") or len(word) >= 4 or word.lower() in {"may", "june", "july"}


def _plausible_quantity(candidate: Candidate, span: Span) -> bool:
    unit_word = candidate.groups.get("unit") or candidate.groups.get("unit2") or candidate.groups.get("unit3") or ""
    unit_tokens = [t for t in span if t.lower_ == unit_word.lower()]
    if unit_tokens and unit_tokens[-1].pos_ not in {"NOUN", "PROPN"}:
        return False  # "a second round": an ordinal, not a unit
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if unit_word.lower() == "quarter" and candidate.groups.get("num", "").lower() in {"a", "an"}:
        return False  # "about a quarter of its dealers": a fraction
    return not (following is not None and following.lower_ in {"old", "-old"})


def _is_rate(candidate: Candidate, doc: Doc) -> bool:
    """Whether "a year" is a rate ("$190 billion a year"), which TIMEX3 marks as a SET."""
    if candidate.kind != "duration" or candidate.groups.get("num", "").lower() not in {"a", "an", "per"}:
        return False
    span = _span(doc, candidate)
    if span is None or span.start == 0:
        return False
    previous = doc[span.start - 1]
    return previous.like_num or previous.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"} or previous.lower_ in {"times"}
