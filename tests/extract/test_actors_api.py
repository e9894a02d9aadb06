"""The extractor's interface: ids, offsets, labels, and finding the actor of a span."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.actors import LABELS, actor_for_span, actors_in
from newsgraph.lexicon import Lexicon
from newsgraph.model import Mention

MENTIONS = (
    Mention(0, 7, "Kremlin", "METONYM", "a1"),
    Mention(18, 31, "Dmitry Peskov", "PERSON", "a2"),
    Mention(40, 47, "Ukraine", "GPE", "a3"),
)


@pytest.mark.parametrize(
    ("start", "end", "actor"),
    [(0, 31, "a2"), (18, 24, "a2"), (0, 7, "a1"), (3, 3, "a1"), (40, 47, "a3"), (32, 39, None), (100, 120, None)],
)
def test_actor_for_span_prefers_the_best_covering_mention(start: int, end: int, actor: str | None) -> None:
    assert actor_for_span(MENTIONS, start, end) == actor


def test_empty_article_has_no_actors(lexicon: Lexicon, document_of: Any) -> None:
    result = actors_in(document_of("   "), lexicon)
    assert result.actors == () and result.mentions == ()


def test_ids_follow_first_mention_and_offsets_quote_the_text(lexicon: Lexicon, document_of: Any) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said Moscow would respond. Ukrainian troops advanced near Kupiansk, "
        "the General Staff said. Peskov added that President Vladimir Putin had been briefed, and he "
        "thanked the army."
    )
    document = document_of(text)
    result = actors_in(document, lexicon)
    first = {}
    for mention in result.mentions:
        assert document.article.text[mention.start : mention.end] == mention.text
        assert mention.label in LABELS
        first.setdefault(mention.actor, mention.start)
    assert [a.id for a in result.actors] == sorted(first, key=first.__getitem__)
    assert [a.id for a in result.actors] == [f"a{n}" for n in range(1, len(result.actors) + 1)]
    kremlin = next(m for m in result.mentions if m.text == "Kremlin")
    assert (kremlin.label, result.actor(kremlin.actor).code) == ("METONYM", "RUSGOV")  # type: ignore[union-attr]
    whole = text.index("Kremlin spokesman Dmitry Peskov")
    speaker = actor_for_span(result.mentions, whole, whole + len("Kremlin spokesman Dmitry Peskov"))
    assert result.actor(speaker).name == "Dmitry Peskov"  # type: ignore[union-attr]


def test_every_case_yields_consistent_records(resolve: Any) -> None:
    found = resolve("The IRGC said its forces seized a tanker. The Guards said the crew was held.", "Guards")
    ids = {a.id for a in found.result.actors}
    assert {m.actor for m in found.result.mentions} == ids
    assert len(ids) == len(found.result.actors)
