"""Direct quotes and their speakers, through the real model, on patterns from real news."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.extract.quotes import quotes_in
from newsgraph.model import Quote
from newsgraph.nlp import Document

Analyse = Callable[..., Document]


def direct(analysed: Analyse, *paragraphs: str) -> list[Quote]:
    return [q for q in quotes_in(analysed(*paragraphs)) if q.direct]


def find(quotes: list[Quote], words: str) -> Quote:
    matches = [q for q in quotes if words in q.text]
    assert matches, f"no quote containing {words!r} in {[q.text for q in quotes]}"
    return matches[0]


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


# (paragraphs, words of the quote, speaker's name)
SPEAKERS = [
    pytest.param(
        ['"The ceasefire must hold," UN Secretary-General Antonio Guterres said on Monday.'],
        "ceasefire must hold",
        "Antonio Guterres",
        id="speaker-after-quote",
    ),
    pytest.param(
        ["German Chancellor Olaf Scholz told reporters in Berlin: \u201cNobody wants an escalation.\u201d"],
        "Nobody wants",
        "Olaf Scholz",
        id="speaker-before-quote-with-colon",
    ),
    pytest.param(
        ['"We have no information about that," said Maria Zakharova, the foreign ministry spokeswoman.'],
        "no information",
        "Maria Zakharova",
        id="inverted-said-name",
    ),
    pytest.param(
        [
            "White House spokesman John Kirby briefed reporters on Tuesday.",
            '"The talks were constructive," said the spokesman.',
        ],
        "talks were constructive",
        "John Kirby",
        id="inverted-said-the-spokesman-resolved-to-the-titled-person",
    ),
    pytest.param(
        [
            "Stephane Dujarric, the UN spokesman, briefed reporters in New York.",
            '"Aid is not getting through," the spokesman said.',
        ],
        "Aid is not",
        "Stephane Dujarric",
        id="the-spokesman-resolved-through-apposition",
    ),
    pytest.param(
        [
            "Indian Prime Minister Narendra Modi arrived in Washington on Wednesday.",
            '"India and the United States are natural partners," he said.',
        ],
        "natural partners",
        "Narendra Modi",
        id="pronoun-resolved-to-person-in-previous-paragraph",
    ),
    pytest.param(
        [
            '"Inflation is falling," European Central Bank President Christine Lagarde said.',
            '"But the job is not done," she added.',
        ],
        "job is not done",
        "Christine Lagarde",
        id="pronoun-resolved-to-previous-speaker",
    ),
    pytest.param(
        [
            '"We will not abandon Kyiv," German Chancellor Olaf Scholz said after meeting Volodymyr Zelensky.',
            '"Our support is for the long term," he added.',
        ],
        "long term",
        "Olaf Scholz",
        id="pronoun-prefers-the-speaker-over-a-person-named-as-object",
    ),
    pytest.param(
        [
            "Finnish President Alexander Stubb met Ukrainian officials in Kyiv.",
            '"Finland stands with Ukraine," Stubb said.',
        ],
        "Finland stands",
        "Alexander Stubb",
        id="surname-expanded-to-full-name",
    ),
    pytest.param(
        [
            "Chinese Foreign Minister Wang Yi met his Indian counterpart on Sunday.",
            '"Dialogue is the only way forward," Wang said.',
        ],
        "only way forward",
        "Wang Yi",
        id="family-name-first-expanded",
    ),
    pytest.param(
        ['"The strikes targeted military infrastructure only," the defence ministry said in a statement.'],
        "military infrastructure",
        "defence ministry",
        id="institution-as-speaker",
    ),
    pytest.param(
        [
            "The Israeli military said in a statement that it had struck targets in southern Lebanon.",
            '"The operation will continue as long as necessary," the statement added.',
        ],
        "operation will continue",
        "Israeli military",
        id="the-statement-resolved-to-its-issuer",
    ),
    pytest.param(
        [
            "The European Commission proposed new sanctions on Wednesday.",
            '"The package targets revenues that fund the war," the commission said.',
        ],
        "package targets",
        "European Commission",
        id="the-institution-resolved-to-its-full-name",
    ),
    pytest.param(
        [
            "The World Health Organization issued a warning on Friday.",
            '"The outbreak is spreading faster than expected," it said.',
        ],
        "outbreak is spreading",
        "World Health Organization",
        id="it-resolved-to-the-organisation",
    ),
    pytest.param(
        [
            "Rescue workers reached the flooded village on Sunday.",
            '"Many people are still trapped in their homes," they said.',
        ],
        "still trapped",
        "Rescue workers",
        id="they-resolved-to-the-plural-subject",
    ),
    pytest.param(
        ['"Any attack will be met with a decisive response," Iran\'s Supreme Leader Ali Khamenei warned.'],
        "decisive response",
        "Ali Khamenei",
        id="cue-warned",
    ),
    pytest.param(
        ['"We did nothing wrong," the company insisted in a filing.'],
        "did nothing wrong",
        "company",
        id="cue-insisted",
    ),
    pytest.param(
        ['"Who will pay for this?" asked opposition leader Kemi Badenoch.'],
        "Who will pay",
        "Kemi Badenoch",
        id="question-then-inverted-asked",
    ),
    pytest.param(
        ['"The economy is resilient," Jerome Powell, the Federal Reserve chair, said on Wednesday.'],
        "economy is resilient",
        "Jerome Powell",
        id="speaker-with-apposition",
    ),
    pytest.param(
        ['"The situation is catastrophic," Jan Egeland, head of the Norwegian Refugee Council, told AFP.'],
        "catastrophic",
        "Jan Egeland",
        id="told-agency-speaker-is-not-the-agency",
    ),
    pytest.param(
        ['"The so-called \'peace plan is a trap," Foreign Minister Radoslaw Sikorski said.'],
        "peace plan is a trap",
        "Radoslaw Sikorski",
        id="stray-single-mark-inside-quote",
    ),
    pytest.param(
        ["French President Emmanuel Macron hailed the agreement as \u201ca historic step for Europe\u201d."],
        "historic step",
        "Emmanuel Macron",
        id="cue-hailed-quote-as-object",
    ),
    pytest.param(
        ['Mayor Sadiq Khan met families on Monday, saying that "no one should be left behind" after the fire.'],
        "no one should",
        "Sadiq Khan",
        id="participle-cue-takes-the-clause-subject",
    ),
    pytest.param(
        [
            'Canada accused Beijing of "arbitrary detention of Canadian citizens and interference in our democracy".',
        ],
        "arbitrary detention",
        "Canada",
        id="cue-accused",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), SPEAKERS)
def test_speaker_is_named(analysed: Analyse, paragraphs: list[str], words: str, speaker: str) -> None:
    quote = find(direct(analysed, *paragraphs), words)
    assert speaker_name(quote) == speaker
    assert quote.speaker is not None and quote.speaker.actor is None


# (paragraphs, words of the quote, channel)
CHANNELS = [
    pytest.param(
        ['"Russia must be held accountable," Polish Foreign Minister Radoslaw Sikorski wrote in a post on X.'],
        "held accountable",
        "X",
        id="post-on-x",
    ),
    pytest.param(
        ['"Air defence is working," Kyiv Mayor Vitali Klitschko said on Telegram.'],
        "Air defence",
        "Telegram",
        id="said-on-platform",
    ),
    pytest.param(
        ['"We expect a decision next week," a senior EU official told Reuters.'],
        "decision next week",
        "Reuters",
        id="told-agency",
    ),
    pytest.param(
        ['"We are not at war with NATO," Sergei Lavrov said in an interview with CNN.'],
        "not at war",
        "CNN",
        id="interview-with-broadcaster",
    ),
    pytest.param(
        ['"Our forces repelled the attack," the army said in a statement.'],
        "repelled the attack",
        "statement",
        id="in-a-statement",
    ),
    pytest.param(
        [
            "President Vladimir Putin told Alexander Lukashenko that Russia would "
            '"support its ally in every way", according to a readout published by the Kremlin.'
        ],
        "support its ally",
        "Kremlin",
        id="readout-by-author",
    ),
    pytest.param(
        [
            "The state news agency IRNA quoted Foreign Minister Abbas Araqchi as saying: "
            '"Iran will not negotiate under pressure."'
        ],
        "not negotiate",
        "IRNA",
        id="quoted-as-saying",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "channel"), CHANNELS)
def test_channel_is_kept_apart_from_the_speaker(
    analysed: Analyse, paragraphs: list[str], words: str, channel: str
) -> None:
    quote = find(direct(analysed, *paragraphs), words)
    assert quote.channel == channel
    assert speaker_name(quote) not in (None, channel)


def test_quoted_as_saying_names_the_quoted_person(analysed: Analyse) -> None:
    quote = find(
        direct(
            analysed,
            "The state news agency IRNA quoted Foreign Minister Abbas Araqchi as saying: "
            '"Iran will not negotiate under pressure."',
        ),
        "not negotiate",
    )
    assert speaker_name(quote) == "Abbas Araqchi"


def test_readout_speaker_is_who_spoke_not_who_published(analysed: Analyse) -> None:
    quote = find(
        direct(
            analysed,
            "President Vladimir Putin told Alexander Lukashenko that Russia would "
            '"support its ally in every way", according to a readout published by the Kremlin.',
        ),
        "support its ally",
    )
    assert speaker_name(quote) == "Vladimir Putin"


# (paragraphs, words of a quote with no cue of its own, the speaker it continues)
CONTINUATIONS = [
    pytest.param(
        [
            '"Prices will keep rising," economist Jane Foster told the BBC.',
            '"Households should prepare for a difficult winter."',
        ],
        "difficult winter",
        "Jane Foster",
        id="quote-only-paragraph-continues-previous-speaker",
    ),
    pytest.param(
        ['"The border is closed," the regional governor said. "Nobody can cross until further notice."'],
        "Nobody can cross",
        "regional governor",
        id="next-sentence-quote-continues-same-paragraph-speaker",
    ),
    pytest.param(
        [
            '"We have lost everything," said Amina Yusuf, a farmer near Maiduguri. "Our fields are burned.',
            '"Our animals were stolen and our wells poisoned."',
        ],
        "animals were stolen",
        "Amina Yusuf",
        id="quote-continued-over-paragraphs",
    ),
    pytest.param(
        [
            '"We want peace." "We want our children home," said Olena Kovalenko, whose son is missing.',
        ],
        "We want peace",
        "Olena Kovalenko",
        id="quote-before-the-attributed-one-in-the-paragraph",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), CONTINUATIONS)
def test_quote_without_cue_continues_its_speaker(
    analysed: Analyse, paragraphs: list[str], words: str, speaker: str
) -> None:
    quote = find(direct(analysed, *paragraphs), words)
    assert speaker_name(quote) == speaker
    assert quote.cue is None


def test_quote_paragraph_after_narration_takes_no_speaker(analysed: Analyse) -> None:
    quotes = direct(
        analysed,
        "Prime Minister Keir Starmer visited the flooded town on Monday.",
        "Residents waited for hours in the rain.",
        '"Nobody came to help us."',
    )
    assert speaker_name(find(quotes, "Nobody came")) is None


@pytest.mark.parametrize(
    ("paragraph", "halves", "speaker"),
    [
        pytest.param(
            '"We are ready," the minister said, "but not at any price."',
            ["We are ready", "but not at any price."],
            "minister",
            id="description",
        ),
        pytest.param(
            '"We are open to talks," Turkish President Recep Tayyip Erdogan said, "but our red lines remain."',
            ["We are open to talks", "but our red lines remain."],
            "Recep Tayyip Erdogan",
            id="name",
        ),
    ],
)
def test_split_quote_gives_two_records_with_one_speaker(
    analysed: Analyse, paragraph: str, halves: list[str], speaker: str
) -> None:
    quotes = direct(analysed, paragraph)
    assert [q.text for q in quotes] == halves
    assert [speaker_name(q) for q in quotes] == [speaker, speaker]
    assert not any(q.fragment for q in quotes)


# (paragraphs, words, fragment?, speaker)
FRAGMENTS = [
    pytest.param(
        ["The so-called \u201cshadow fleet\u201d of ageing tankers continues to sail."],
        "shadow fleet",
        True,
        None,
        id="scare-quote-without-cue-has-no-speaker",
    ),
    pytest.param(
        ['Officials said the new rules would end the "chaos" at the border.'],
        "chaos",
        True,
        "Officials",
        id="scare-quote-in-reported-speech-takes-its-speaker",
    ),
    pytest.param(
        ['Beijing accused Washington of "reckless provocation" in the Taiwan Strait.'],
        "reckless provocation",
        True,
        "Beijing",
        id="fragment-object-of-cue",
    ),
    pytest.param(
        ['The sanctions target eight tankers that the Treasury said were part of a "shadow fleet" of old ships.'],
        "shadow fleet",
        True,
        "Treasury",
        id="cue-in-relative-clause-takes-its-own-subject",
    ),
    pytest.param(
        ['The minister described the talks as "frank" but said no deal was reached.'],
        "frank",
        True,
        "minister",
        id="one-word-fragment",
    ),
    pytest.param(
        ['"Enough," the judge said.'],
        "Enough",
        False,
        "judge",
        id="short-quote-opening-a-sentence-is-not-a-fragment",
    ),
    pytest.param(
        ['Analysts see the "new normal" of high rates lasting.', '"It is here to stay," one banker said.'],
        "new normal",
        True,
        None,
        id="fragment-takes-no-speaker-from-another-sentence",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "fragment", "speaker"), FRAGMENTS)
def test_fragments_are_flagged(
    analysed: Analyse, paragraphs: list[str], words: str, fragment: bool, speaker: str | None
) -> None:
    quote = find(direct(analysed, *paragraphs), words)
    assert quote.fragment is fragment
    assert speaker_name(quote) == speaker


@pytest.mark.parametrize(
    ("paragraph", "cue"),
    [
        pytest.param('"The risks are rising," the IMF noted in its report.', "noted", id="noted"),
        pytest.param('"Safety comes first," the airline stressed.', "stressed", id="stressed"),
        pytest.param('"The vote was rigged," the opposition claimed.', "claimed", id="claimed"),
        pytest.param('"That is simply false," the embassy wrote on X.', "wrote", id="wrote"),
        pytest.param('"We never received the letter," the ministry denied.', "denied", id="denied"),
        pytest.param(
            'Moscow will respond, the Kremlin said, adding that "all options are on the table".',
            "adding",
            id="adding",
        ),
    ],
)
def test_cue_is_reported_as_written(analysed: Analyse, paragraph: str, cue: str) -> None:
    (quote,) = direct(analysed, paragraph)
    assert quote.cue == cue
    assert quote.speaker is not None


def test_quote_text_is_without_marks_and_indexes_the_article(analysed: Analyse) -> None:
    document = analysed(
        "Paris Mayor Anne Hidalgo visited the site.", "\u201cWe will win,\u201d she said, \u201cand soon.\u201d"
    )
    for quote in quotes_in(document):
        assert document.article.text[quote.start : quote.end] == quote.text
        assert "\u201c" not in quote.text and "\u201d" not in quote.text
    assert quote.speaker is not None
    assert document.article.text[quote.speaker.start : quote.speaker.end] == "she"
    assert quote.speaker.name == "Anne Hidalgo"


def test_unresolvable_pronoun_gives_no_speaker(analysed: Analyse) -> None:
    (quote,) = direct(analysed, "The storm hit the coast overnight.", '"It was terrifying," she said.')
    assert quote.speaker is None
    assert quote.cue == "said"
