"""Reported speech: the clause a speech verb reports, with direct: false."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.extract.quotes import quotes_in
from newsgraph.model import Quote
from newsgraph.nlp import Document

Analyse = Callable[..., Document]


def reported(analysed: Analyse, *paragraphs: str) -> list[Quote]:
    return [q for q in quotes_in(analysed(*paragraphs)) if not q.direct]


# (paragraphs, reported clause, speaker, cue)
REPORTED = [
    pytest.param(
        ["Kremlin spokesman Dmitry Peskov also said Moscow would review its gas deliveries to Europe."],
        "Moscow would review its gas deliveries to Europe",
        "Dmitry Peskov",
        "said",
        id="said-clause",
    ),
    pytest.param(
        ["The finance minister said that the talks with creditors had failed."],
        "the talks with creditors had failed",
        "finance minister",
        "said",
        id="said-that-clause",
    ),
    pytest.param(
        ["The talks with creditors had failed, Finance Minister Rachel Reeves said on Friday."],
        "The talks with creditors had failed",
        "Rachel Reeves",
        "said",
        id="clause-before-cue",
    ),
    pytest.param(
        ["According to the mayor, more than 200 homes were destroyed by the fire."],
        "more than 200 homes were destroyed by the fire",
        "mayor",
        "According to",
        id="according-to-first",
    ),
    pytest.param(
        ["More than 200 homes were destroyed, according to local officials."],
        "More than 200 homes were destroyed",
        "local officials",
        "according to",
        id="according-to-last",
    ),
    pytest.param(
        ["President Volodymyr Zelensky told reporters that Ukraine needed more air defence systems."],
        "Ukraine needed more air defence systems",
        "Volodymyr Zelensky",
        "told",
        id="told-reporters-that",
    ),
    pytest.param(
        ["The central bank warned that inflation could stay above target until 2027."],
        "inflation could stay above target until 2027",
        "central bank",
        "warned",
        id="warned-that",
    ),
    pytest.param(
        ["The army denied that its soldiers had fired on the protesters."],
        "its soldiers had fired on the protesters",
        "army",
        "denied",
        id="denied-that",
    ),
    pytest.param(
        [
            "Moscow will respond to any new sanctions, the RIA Novosti news agency quoted "
            "Deputy Foreign Minister Sergei Ryabkov as saying."
        ],
        "Moscow will respond to any new sanctions",
        "Sergei Ryabkov",
        "quoted … as saying",
        id="quoted-as-saying-clause",
    ),
    pytest.param(
        ["The deputy leader told the BBC's Today programme that the party's members were fully behind the plans."],
        "the party's members were fully behind the plans",
        "deputy leader",
        "told",
        id="told-programme-that-clause-hung-on-the-object",
    ),
    pytest.param(
        ["KYIV, Ukraine (AP) \u2014 Russian drones struck energy facilities across Ukraine overnight, officials said."],
        "Russian drones struck energy facilities across Ukraine overnight",
        "officials",
        "said",
        id="dateline-left-out",
    ),
    pytest.param(
        [
            "Ukrainian Prime Minister Yulia Svyrydenko arrived in Brussels on Monday.",
            "She said the new aid package would be signed within weeks.",
        ],
        "the new aid package would be signed within weeks",
        "Yulia Svyrydenko",
        "said",
        id="pronoun-speaker",
    ),
]


@pytest.mark.parametrize(("paragraphs", "clause", "speaker", "cue"), REPORTED)
def test_reported_clause_is_a_quote(
    analysed: Analyse, paragraphs: list[str], clause: str, speaker: str, cue: str
) -> None:
    quotes = reported(analysed, *paragraphs)
    assert [q.text for q in quotes] == [clause]
    (quote,) = quotes
    assert quote.speaker is not None and quote.speaker.name == speaker
    assert quote.cue == cue
    assert quote.fragment is False


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("Analysts believe the central bank will cut rates in March.", id="believe"),
        pytest.param("The company saw its profits rise sharply last quarter.", id="saw"),
        pytest.param("Investors know the risks are high.", id="know"),
        pytest.param("The minister hopes the bill will pass before the summer.", id="hopes"),
        pytest.param("According to official figures, inflation rose to 5 percent in May.", id="according-to-figures"),
        pytest.param("According to customs data, exports fell by a third.", id="according-to-data"),
        pytest.param('"Officials said the bridge would reopen soon," she said.', id="reported-inside-a-quote"),
        pytest.param('"The bridge will reopen soon," the mayor said.', id="direct-quote-is-not-also-reported"),
        pytest.param("The government added 5,000 jobs to the civil service.", id="added-without-clause"),
    ],
)
def test_no_reported_speech_without_a_speech_verb_and_clause(analysed: Analyse, paragraph: str) -> None:
    assert reported(analysed, paragraph) == []


def test_channel_of_a_relayed_report(analysed: Analyse) -> None:
    (quote,) = reported(
        analysed,
        "Kim Jong Un said the country would expand its nuclear arsenal, the state news agency KCNA reported.",
    )
    assert quote.speaker is not None and quote.speaker.name == "Kim Jong Un"
    assert quote.channel == "KCNA"


def test_reported_clause_keeps_a_quoted_word_inside(analysed: Analyse) -> None:
    quotes = quotes_in(analysed('The ministry said Russia would "toughen" its stance in the talks.'))
    clause = next(q for q in quotes if not q.direct)
    word = next(q for q in quotes if q.direct)
    assert clause.text == 'Russia would "toughen" its stance in the talks'
    assert word.text == "toughen" and word.fragment
    assert clause.speaker == word.speaker
