"""MEANTIME (NewsReader, CC BY 4.0): documents rebuilt from tokens, TIMEX3 gold, scoring.

A MEANTIME document is an XML file (CAT format) of tokens with sentence numbers,
and markables that point at token ids. The text is rebuilt from the tokens,
detokenised the way news is printed ("Ryanair's", "June 13, 2005", "(EPA)"), so
a time-expression extractor sees ordinary prose; every token's offsets are kept,
so each TIMEX3 becomes a gold span of the rebuilt text. Sentence 0 is the
headline and sentence 1 the dateline (Wikinews layout): each gets its own
paragraph, the body follows. MEANTIME annotates only the headline, the dateline
and the first sentences of the body (sentences 0 to 5): system timexes after the
annotated part are not scored, or correct ones there would count as errors.

The document creation time (DCT) is the TIMEX3 marked ``CREATION_TIME``; two
files lack the mark, and there the DCT is the TIMEX3 the others are anchored to.
One file writes its DCT as ``03-02-2009`` (its dateline reads February 03, 2009):
values of that day-month-year shape are put in ISO order, in the DCT and in the
gold timex alike. The system reads each text as ``extract --as-is --published <DCT>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.errors import UsageError
from newsgraph.eval.matching import ratio
from newsgraph.eval.report import Report, Row, Section, prf_row
from newsgraph.eval.score_marks import NO_TIMEXES, GoldMark, TimexScores, score_timexes
from newsgraph.eval.system import SysMark
from newsgraph.eval.text import Anchor, Span

# Penn Treebank quote tokens, printed as the marks they stand for
_TOKEN_FORMS = {"``": '"', "''": '"', "`": "'"}
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "%", ")", "]", "}", "?", "!", "...", "'", "\u201d", "\u2019"})
_CLITICS = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'S", "N'T"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#", "\u00a3", "\u20ac", "\u00a5", "\u201c", "\u2018"})
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
_DAY_MONTH_YEAR = re.compile(r"^(\d\d)-(\d\d)-(\d{4})$")
ANNOTATED_SENTENCES = 5  # the last sentence number MEANTIME annotates


def iso_value(value: str) -> str:
    """Return a TIMEX3 value with a day-month-year date (``03-02-2009``) put in ISO order."""
    match = _DAY_MONTH_YEAR.match(value)
    return f"{match[3]}-{match[2]}-{match[1]}" if match else value


@dataclass(frozen=True)
class MeantimeTimex:
    span: Span
    text: str
    value: str
    type: str


@dataclass(frozen=True)
class MeantimeDoc:
    """A rebuilt document: its text, creation date, and gold time expressions."""

    name: str
    text: str
    dct: str
    timexes: tuple[MeantimeTimex, ...]
    annotated_end: int  # offset where the annotated sentences end


def parse_meantime(data: bytes, name: str) -> MeantimeDoc:
    """Parse one MEANTIME XML file; raise UsageError when it is not one."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise UsageError(f"{name}: not XML ({error}); expected a MEANTIME (CAT) document") from None
    tokens = root.findall("token")
    if root.tag != "Document" or not tokens:
        raise UsageError(f"{name}: no <Document> with <token> elements; expected a MEANTIME (CAT) document")
    numbered = [(t.get("t_id", ""), int(t.get("sentence", "0")), t.text or "") for t in tokens]
    text, offsets = rebuild_text(numbered)
    annotated = [offsets[i].end for i, sentence, _ in numbered if sentence <= ANNOTATED_SENTENCES and i in offsets]
    annotated_end = max(annotated, default=len(text))
    timexes: list[MeantimeTimex] = []
    marks = root.findall("Markables/TIMEX3")
    for mark in marks:
        ids = [a.get("t_id", "") for a in mark.findall("token_anchor")]
        spans = [offsets[i] for i in ids if i in offsets]
        if not spans:
            continue  # a timex not written in the text (e.g. a creation time kept as metadata)
        span = Span(min(s.start for s in spans), max(s.end for s in spans))
        value = iso_value(mark.get("value", ""))
        timexes.append(MeantimeTimex(span, text[span.start : span.end], value, mark.get("type", "")))
    ordered = tuple(sorted(timexes, key=lambda t: t.span.start))
    return MeantimeDoc(name, text, _creation_time(marks, name), ordered, annotated_end)


def rebuild_text(tokens: Sequence[tuple[str, int, str]]) -> tuple[str, dict[str, Span]]:
    """Join (token id, sentence, token) into printed text; return it and each token's span."""
    parts: list[str] = []
    offsets: dict[str, Span] = {}
    length = 0
    previous: str | None = None
    previous_sentence = -1
    open_double = False  # inside a double quote: the next mark closes it
    after_opening = False
    for token_id, sentence, raw in tokens:
        form = _TOKEN_FORMS.get(raw, raw)
        if previous is None:
            gap = ""
        elif sentence != previous_sentence and previous_sentence < 2:
            gap = "\n\n"  # headline and dateline are paragraphs of their own
        elif after_opening or _joins_previous(form, open_double) or _joins_next(previous):
            gap = ""
        else:
            gap = " "
        after_opening = form == '"' and not open_double
        if form == '"':
            open_double = not open_double
        parts.append(gap + form)
        length += len(gap)
        offsets[token_id] = Span(length, length + len(form))
        length += len(form)
        previous, previous_sentence = form, sentence
    return "".join(parts), offsets


def _joins_previous(form: str, open_double: bool) -> bool:
    if form == '"':
        return open_double  # a closing mark hugs the word before it
    return form in _NO_SPACE_BEFORE or form in _CLITICS


def _joins_next(previous: str) -> bool:
    return previous in _NO_SPACE_AFTER or previous.endswith("$")


def _creation_time(marks: Sequence[ET.Element], name: str) -> str:
    for mark in marks:
        if mark.get("functionInDocument") == "CREATION_TIME" and mark.get("value"):
            return iso_value(mark.get("value", ""))
    anchors = Counter(m.get("anchorTimeID") for m in marks if m.get("anchorTimeID"))
    values = {m.get("m_id"): m.get("value") for m in marks}
    for anchor_id, _ in anchors.most_common():
        value = values.get(anchor_id)
        if value:
            return iso_value(value)
    raise UsageError(f"{name}: no document creation time (no CREATION_TIME TIMEX3, none anchored to)")


def gold_marks(doc: MeantimeDoc) -> list[GoldMark]:
    """The document's timexes as gold marks for ``score_timexes``."""
    return [GoldMark(Anchor(t.text, (t.span,)), t.value, t.type) for t in doc.timexes]


def _starts_before(mark: SysMark, end: int) -> bool:
    return mark.span is None or mark.span.start < end


def score_meantime(docs: Sequence[tuple[MeantimeDoc, Sequence[SysMark]]], description: str) -> Report:
    """Score the system's timexes of every document; return the report."""
    total = NO_TIMEXES
    kinds: dict[str, TimexScores] = dict.fromkeys(TIMEX_TYPES, NO_TIMEXES)
    for doc, every_system_mark in docs:
        system = [m for m in every_system_mark if _starts_before(m, doc.annotated_end)]
        gold = gold_marks(doc)
        total += score_timexes(gold, system)
        for kind in TIMEX_TYPES:
            # per type, recall and value accuracy only: a system timex has no gold type to be counted under
            subset = [g for g in gold if g.kind == kind]
            kinds[kind] += score_timexes(subset, system)
    gold_n = total.found.gold
    rows = (
        prf_row("overlap", total.found),
        prf_row("exact", total.exact),
        Row("value", {"accuracy": ratio(total.right_value, gold_n)}, {"right": total.right_value, "gold": gold_n}),
        Row("type", {"accuracy": ratio(total.right_type, gold_n)}, {"right": total.right_type, "gold": gold_n}),
    )
    by_type = tuple(
        Row(
            kind,
            {"recall": scores.found.recall, "value_accuracy": ratio(scores.right_value, scores.found.gold)},
            {"hits": scores.found.matched, "right_value": scores.right_value, "gold": scores.found.gold},
        )
        for kind, scores in kinds.items()
    )
    sections = (
        Section(
            "timexes",
            "timexes",
            rows,
            (
                "overlap: a system timex overlapping a gold one (one to one); exact: the same span",
                "value/type accuracy: gold timexes found with exactly the gold TIMEX3 value/type",
            ),
        ),
        Section("timexes.by_type", "timexes by gold type", by_type),
    )
    return Report("meantime", description, sections)
