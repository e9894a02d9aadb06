"""The article view cuts overlapping spans into segments that each know what covers them."""

from __future__ import annotations

import dataclasses

import pytest

from eventcorpus import drone_claim, iran_canada, realistic_corpus
from newsgraph.model import Analysis, Caption, Place, Span, Timex
from newsgraph.web.article_view import PALETTE_SIZE, Mark, article_view, segments


@pytest.mark.parametrize("analysis", realistic_corpus(), ids=lambda a: (a.article.title or "untitled")[:30])
def test_segments_rebuild_every_paragraph_exactly(analysis: Analysis) -> None:
    view = article_view(analysis)
    paragraphs = analysis.article.paragraphs
    assert len(view.paragraphs) == len(paragraphs)
    for row, span in zip(view.paragraphs, paragraphs, strict=True):
        assert "".join(s.text for s in row) == analysis.article.text[span.start : span.end]


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        # (start, end, kind) marks over "abcdefghij" → (segment text, classes)
        ([(2, 5, "mention")], [("ab", []), ("cde", ["mention"]), ("fghij", [])]),
        ([(0, 6, "quote"), (4, 10, "place")], [("abcd", ["quote"]), ("ef", ["quote", "place"]), ("ghij", ["place"])]),
        ([(3, 4, "timex"), (3, 4, "mention")], [("abc", []), ("d", ["timex", "mention"]), ("efghij", [])]),
        ([(8, 11, "quote")], [("abcdefgh", []), ("ij", ["quote"])]),  # runs past the paragraph: clipped
        ([(5, 5, "mention")], [("abcdefghij", [])]),  # empty spans show nothing
    ],
)
def test_overlapping_marks_become_flat_segments(
    marks: list[tuple[int, int, str]], expected: list[tuple[str, list[str]]]
) -> None:
    text = "abcdefghij\n\nklm"
    rows = segments(text, (Span(0, 10), Span(12, 15)), [Mark(s, e, kind, "a1", kind) for s, e, kind in marks])
    assert [(s.text, s.classes) for s in rows[0]] == expected
    assert [s.text for s in rows[1]] == ["klm"]


def test_selecting_an_event_marks_its_evidence_and_trigger() -> None:
    analysis = drone_claim()
    event = analysis.events[1]
    view = article_view(analysis, event.id)
    assert view.selected == event.id
    selected = "".join(s.text for row in view.paragraphs for s in row if "selected" in s.classes)
    trigger = "".join(s.text for row in view.paragraphs for s in row if "selected-trigger" in s.classes)
    assert (selected, trigger) == (event.evidence.text, event.trigger.text)
    shared = [s for row in view.paragraphs for s in row if s.events == ["e1", "e2"]]
    assert shared  # both events of the lead share its segments


def test_an_unknown_selection_selects_nothing() -> None:
    view = article_view(iran_canada(), "e99")
    assert view.selected is None
    assert not [s for row in view.paragraphs for s in row if "selected" in s.classes]


def test_actors_keep_one_colour_each_in_order_of_appearance() -> None:
    view = article_view(iran_canada())
    assert [actor.name for actor, _, _ in view.actors][:3] == ["Iran", "Royal Canadian Navy", "Canada"]
    assert [colour for _, colour, _ in view.actors] == [i % PALETTE_SIZE for i in range(len(view.actors))]
    iran = [s for row in view.paragraphs for s in row if s.actor == "a1"]
    assert iran and all("actor-0" in s.classes for s in iran)
    assert "Iran (IRNGOV)" in iran[0].title


def test_a_quote_across_two_paragraphs_is_marked_in_both() -> None:
    text = "abcdefghij\n\nklm"
    rows = segments(text, (Span(0, 10), Span(12, 15)), [Mark(8, 14, "quote", "", "quote")])
    assert [(s.text, s.classes) for s in rows[0]][-1] == ("ij", ["quote"])
    assert [(s.text, s.classes) for s in rows[1]] == [("kl", ["quote"]), ("m", [])]


def test_dates_and_places_in_captions_are_marked_in_their_caption() -> None:
    analysis = iran_canada()
    caption = Caption("A banner in Tehran on Dec 29.", "EPA", "2025-12-29")
    analysis = dataclasses.replace(
        analysis,
        article=dataclasses.replace(analysis.article, captions=(caption,)),
        timexes=(*analysis.timexes, Timex(22, 28, "Dec 29", "DATE", "2025-12-29", caption=0)),
        places=(*analysis.places, Place(12, 18, "Tehran", "Tehran", "IRN", 35.69, 51.42, caption=0)),
    )
    view = article_view(analysis)
    ((shown, pieces),) = view.captions
    assert shown == caption and "".join(s.text for s in pieces) == caption.text
    assert [(s.text, s.classes) for s in pieces if s.classes] == [("Tehran", ["place"]), ("Dec 29", ["timex"])]
    body = {s.text for row in view.paragraphs for s in row if "timex" in s.classes}
    assert body == {"Dec 30", "on Tuesday", "last year"}  # caption offsets never mark the body
