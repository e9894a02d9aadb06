"""The date and place that govern a clause, for the event extractor.

Given an event's trigger (a token or span), ``governing_time`` and
``governing_place`` return the timex and place that apply to its clause: first one
attached inside the clause of its verb (the nearest by dependency path), then one
attached to the verb it is conjoined with ("gathered on Tuesday and marched"),
then one of the same sentence that belongs to no other clause. A timex or place
attached to another clause ("Ukraine said Tuesday that Russia attacked") is never
returned for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Span, Token

from newsgraph.model import Place, Timex
from newsgraph.nlp import Document

_CLAUSES = {"ccomp", "advcl", "relcl", "xcomp", "acl", "csubj", "parataxis", "conj", "pcomp"}
_GOVERNING_TYPES = {"DATE", "TIME"}


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def caption(self) -> int | None: ...


T = TypeVar("T", bound=_Located)


def governing_time(document: Document, timexes: Sequence[Timex], span: Span | Token) -> Timex | None:
    """Return the DATE or TIME timex that applies to the clause of ``span``, or None."""
    return _governing(document, [t for t in timexes if t.type in _GOVERNING_TYPES], span)


def governing_place(document: Document, places: Sequence[Place], span: Span | Token) -> Place | None:
    """Return the place that applies to the clause of ``span``, or None."""
    return _governing(document, places, span)


def governing_setting(
    document: Document, timexes: Sequence[Timex], places: Sequence[Place], span: Span | Token
) -> tuple[Timex | None, Place | None]:
    """Return (time, place) of the clause of ``span``: both lookups at once."""
    return governing_time(document, timexes, span), governing_place(document, places, span)


def _governing(document: Document, items: Sequence[T], span: Span | Token) -> T | None:
    doc = document.doc
    anchor = span.root if isinstance(span, Span) else span
    sentence = anchor.sent
    located: list[tuple[int, Token, T]] = []
    for item in items:
        if item.caption is not None or not sentence.start_char <= item.start < sentence.end_char:
            continue
        item_span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if item_span is not None:
            located.append((abs(item.start - anchor.idx), item_span.root, item))
    for head in [anchor, *_inherited_from(_clause_head(anchor))]:
        attached = [(steps, gap, item) for gap, root, item in located if (steps := _distance(root, head)) is not None]
        if attached:
            return min(attached, key=lambda a: (a[0], a[1]))[2]
    fragments = [(gap, item) for gap, root, item in located if _in_fragment(root)]
    return min(fragments, key=lambda f: f[0])[1] if fragments else None


def _clause_head(token: Token) -> Token:
    """The verb whose clause a token is in (the token itself when it is a verb)."""
    current = token
    for _ in range(8):
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current
        current = current.head
    return current


def _inherited_from(verb: Token) -> list[Token]:
    """The verb and the clauses it shares its time and place with: the verb it is conjoined
    with ("gathered ... and marched") or the clause a participle hangs off ("..., killing 176")."""
    chain = [verb]
    current = verb
    while len(chain) < 4 and current.head.i != current.i:
        participle = (
            current.dep_ == "advcl"
            and current.tag_ in {"VBG", "VBN"}
            and not any(c.dep_ in {"nsubj", "mark"} for c in current.children)
        )
        if current.dep_ != "conj" and not participle:
            break
        current = current.head
        chain.append(current)
    return chain


def _distance(item: Token, head: Token) -> int | None:
    """Dependency steps from ``item`` up to ``head``, or None when another clause comes first."""
    steps = 0
    current = item
    while current.i != head.i:
        if current.head.i == current.i or current.dep_ in _CLAUSES:
            return None
        if current.i != item.i and current.pos_ in {"VERB", "AUX"}:
            return None
        current = current.head
        steps += 1
    return steps


def _in_fragment(item: Token) -> bool:
    """Whether an item hangs off a sentence without a verb (a caption, a dateline)."""
    current = item
    while current.head.i != current.i:
        if current.pos_ in {"VERB", "AUX"} and current.i != item.i:
            return False
        current = current.head
    return current.pos_ not in {"VERB", "AUX"}
