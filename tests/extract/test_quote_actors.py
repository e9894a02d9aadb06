"""Speakers mapped to actors through the actor extractor's mentions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.extract.quotes import quotes_in
from newsgraph.model import Actor, Mention, Quote
from newsgraph.nlp import Document

Analyse = Callable[..., Document]


def mention(document: Document, words: str, label: str, actor: str, occurrence: int = 0) -> Mention:
    """The mention of ``words`` (its n-th occurrence) as the actor extractor would give it."""
    text = document.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Mention(start, start + len(words), words, label, actor)


def quote_with(quotes: list[Quote], words: str) -> Quote:
    return next(q for q in quotes if words in q.text)


LI = Actor("a1", "Li Qiang", "person", "CHNGOV", "CHN", "GOV", "Premier", ("Li",))
STUBB = Actor("a2", "Alexander Stubb", "person", "FINGOV", "FIN", "GOV", "President", ("Stubb",))
MINISTRY = Actor("a3", "Iranian Ministry of Foreign Affairs", "organization", "IRNGOV", "IRN", "GOV")
KREMLIN = Actor("a4", "Russian presidency", "organization", "RUSGOV", "RUS", "GOV")
AFP = Actor("a5", "Agence France-Presse", "organization", "FRAMED", "FRA", "MED")
HASS = Actor("a6", "Ryan Hass", "person", "USAEDU", "USA", "EDU")


def test_pronoun_mention_gives_the_actor_and_its_canonical_name(analysed: Analyse) -> None:
    document = analysed(
        "Chinese Premier Li Qiang met business leaders in Beijing on Tuesday.",
        '"Growth will reach five percent this year," he added.',
    )
    mentions = [mention(document, "Li Qiang", "PERSON", "a1"), mention(document, "he", "PRON", "a1")]
    quote = quote_with(quotes_in(document, [LI], mentions), "Growth will reach")
    assert quote.speaker is not None
    assert (quote.speaker.actor, quote.speaker.name) == ("a1", "Li Qiang")
    assert document.article.text[quote.speaker.start : quote.speaker.end] == "he"


def test_pronoun_resolved_here_maps_its_antecedent_to_the_actor(analysed: Analyse) -> None:
    document = analysed(
        "Chinese Premier Li Qiang met business leaders in Beijing on Tuesday.",
        '"Growth will reach five percent this year," he added.',
    )
    mentions = [mention(document, "Li Qiang", "PERSON", "a1")]  # the pronoun left unresolved
    quote = quote_with(quotes_in(document, [LI], mentions), "Growth will reach")
    assert quote.speaker is not None and quote.speaker.actor == "a1"


def test_surname_mention_gives_the_full_canonical_name(analysed: Analyse) -> None:
    document = analysed('"Finland stands with Ukraine," Stubb said.')
    quote = quote_with(quotes_in(document, [STUBB], [mention(document, "Stubb", "PERSON", "a2")]), "Finland")
    assert quote.speaker is not None
    assert (quote.speaker.actor, quote.speaker.name) == ("a2", "Alexander Stubb")


@pytest.mark.parametrize(
    ("paragraph", "words", "label", "actor"),
    [
        pytest.param(
            '"The decision violates international law," the ministry said.',
            "the ministry",
            "NOUN",
            MINISTRY,
            id="definite-description",
        ),
        pytest.param(
            '"There will be no talks under pressure," the Kremlin said.',
            "the Kremlin",
            "METONYM",
            KREMLIN,
            id="metonym",
        ),
    ],
)
def test_described_speaker_takes_the_mentioned_actor(
    analysed: Analyse, paragraph: str, words: str, label: str, actor: Actor
) -> None:
    document = analysed(paragraph)
    (quote,) = [q for q in quotes_in(document, [actor], [mention(document, words, label, actor.id)]) if q.direct]
    assert quote.speaker is not None
    assert (quote.speaker.actor, quote.speaker.name) == (actor.id, actor.name)


def test_the_channel_is_not_taken_for_the_speaker(analysed: Analyse) -> None:
    document = analysed('"The alliance is fragile," Ryan Hass, a senior fellow, told AFP.')
    mentions = [mention(document, "Ryan Hass", "PERSON", "a6"), mention(document, "AFP", "ORG", "a5")]
    (quote,) = quotes_in(document, [HASS, AFP], mentions)
    assert quote.speaker is not None and quote.speaker.actor == "a6"
    assert quote.channel == "AFP"


def test_continued_quote_and_reported_speech_carry_the_actor(analysed: Analyse) -> None:
    document = analysed(
        "Li Qiang said trade had grown sharply this year.",
        '"Investment is rising too," Li said.',
        '"Both sides will gain."',
    )
    mentions = [mention(document, "Li Qiang", "PERSON", "a1"), mention(document, "Li", "PERSON", "a1", occurrence=1)]
    quotes = quotes_in(document, [LI], mentions)
    assert len(quotes) == 3
    assert all(q.speaker is not None and q.speaker.actor == "a1" for q in quotes)
    assert {q.speaker.name for q in quotes if q.speaker} == {"Li Qiang"}


def test_without_mentions_names_come_from_the_text_and_actor_is_null(analysed: Analyse) -> None:
    document = analysed('"There will be no talks under pressure," the Kremlin said.')
    (quote,) = quotes_in(document)
    assert quote.speaker is not None
    assert (quote.speaker.actor, quote.speaker.name) == (None, "Kremlin")


def test_mention_elsewhere_leaves_the_speaker_unmapped(analysed: Analyse) -> None:
    document = analysed("Finnish President Alexander Stubb flew home.", '"We are ready," the ministry said.')
    (quote,) = quotes_in(document, [STUBB], [mention(document, "Alexander Stubb", "PERSON", "a2")])
    assert quote.speaker is not None and quote.speaker.actor is None
