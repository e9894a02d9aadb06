"""Reported speech: the clause a speech verb reports, as in "Peskov said Russia would toughen …".

A reported clause is the clausal complement of a reporting verb from the lexicon
("said", "told reporters", "warned that", "cited … as saying"), or the clause an
"according to X" phrase attaches to. Verbs of thinking or seeing are not in the
lexicon, so "analysts believe …" is not reported speech. A clause is skipped when it
has no subject of its own, when it is mostly a direct quote (that quote is already
a record), when its verb sits inside a direct quote (a quote within a quote), or
when "according to" names a record rather than a speaker ("according to customs data").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.attribution import is_according, is_cue, media_report
from newsgraph.extract.layout import Layout
from newsgraph.lexicon.speech import SpeechCues

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
MIN_TOKENS = 3
MAX_QUOTED_SHARE = 0.5
_LEADING = frozenset({"mark", "punct", "cc"})
_TRAILING_PUNCT = frozenset({",", ".", ";", ":", "—", "–", "-"})
_DASHES = frozenset({"—", "–", "-", "--"})
_DATELINE_TOKENS = 12  # "WASHINGTON, Dec 30 (Reuters) -" and the like


@dataclass(frozen=True)
class ReportedClause:
    """The stretch of a reported clause and the cue reporting it."""

    start: int
    end: int
    cue: Token


def reported_clauses(layout: Layout, cues: SpeechCues) -> list[ReportedClause]:
    """Every reported clause of the article, in text order."""
    found: dict[tuple[int, int], ReportedClause] = {}
    for token in layout.doc:
        if layout.quoted(token.idx) or not is_cue(token, cues):
            continue
        if is_according(token, cues):
            clause = _according_clause(layout, cues, token)
            if clause is not None:
                found.setdefault((clause.start, clause.end), clause)
            continue
        lemma = token.lemma_.lower()
        if lemma not in cues.reported and lemma not in cues.quoting:
            continue
        for head in _complements(token):
            if layout.same_paragraph(head.idx, token.idx):
                clause = _clause(layout, cues, head, token, excluded=())
                if clause is not None:
                    found.setdefault((clause.start, clause.end), clause)
    return sorted(found.values(), key=lambda c: (c.start, c.end))


def _complements(cue: Token) -> list[Token]:
    """The heads of the clauses a cue reports: its clausal complements, and a "that" clause
    the parse hung on its object ("told the BBC's Today programme that …")."""
    heads = [c for c in cue.children if c.dep_ == "ccomp"]
    for obj in cue.children:
        if obj.dep_ in ("dobj", "dative"):
            heads += [
                c
                for c in obj.children
                if c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ]
    return heads


def _according_clause(layout: Layout, cues: SpeechCues, cue: Token) -> ReportedClause | None:
    head = layout.head_in_paragraph(cue)
    if head is None or head.pos_ not in CLAUSE_POS:
        return None
    return _clause(layout, cues, head, cue, excluded=tuple(t.i for t in cue.subtree))


def _clause(
    layout: Layout, cues: SpeechCues, head: Token, cue: Token, excluded: tuple[int, ...]
) -> ReportedClause | None:
    """The clause headed by ``head`` as a stretch of text, or None when it is not reported speech."""
    if head.pos_ not in CLAUSE_POS or not any(c.dep_ in SUBJECT_DEPS for c in head.children):
        return None
    if media_report(layout, cues, head):
        return None  # "…, the state agency reported": an attribution, not what was said
    skip = set(excluded)
    tokens = [t for t in head.subtree if t.i not in skip and not t.is_space and layout.same_paragraph(t.idx, cue.idx)]
    tokens = _contiguous(tokens, head)
    tokens = _without_dateline(tokens)
    while tokens and (tokens[0].dep_ in _LEADING and tokens[0].i != head.i):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in _TRAILING_PUNCT:
        tokens = tokens[:-1]
    if len(tokens) < MIN_TOKENS or tokens[0].i <= cue.i <= tokens[-1].i:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if layout.quoted(start) or layout.quoted_share(start, end) > MAX_QUOTED_SHARE:
        return None
    around = layout.quote_around(end - 1)
    if around is not None and layout.same_paragraph(around[1] - 1, start):
        end = around[1]  # a clause ending inside a quoted phrase keeps its closing mark
    return ReportedClause(start, end, cue)


def _without_dateline(tokens: list[Token]) -> list[Token]:
    """Drop a dateline the parse hung on the clause: "KYIV, Ukraine (AP) — Russian drones …"."""
    for position, token in enumerate(tokens[:_DATELINE_TOKENS]):
        if token.text in _DASHES and position > 0:
            before = tokens[:position]
            if all(t.pos_ in ("PROPN", "PUNCT", "NUM", "SPACE") for t in before):
                return tokens[position + 1 :]
            break
    return tokens


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive tokens around the head (a removed phrase splits the subtree)."""
    indices = sorted(t.i for t in tokens)
    if not indices:
        return []
    position = indices.index(head.i) if head.i in indices else 0
    low = high = position
    while low > 0 and indices[low - 1] == indices[low] - 1:
        low -= 1
    while high + 1 < len(indices) and indices[high + 1] == indices[high] + 1:
        high += 1
    doc = head.doc
    return [doc[i] for i in indices[low : high + 1]]
