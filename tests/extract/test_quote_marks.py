"""Quote marks alone: pairing, nesting, paragraphs, and recovery from unbalanced marks."""

from __future__ import annotations

import pytest

from newsgraph.extract.quote_marks import marked_quotes
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.lexicon.speech import default_speech_cues
from newsgraph.model import Article, Published


def article_of(*paragraphs: str) -> Article:
    return ArticleDraft(list(paragraphs), "test").finish(Published())


def quoted(*paragraphs: str) -> list[str]:
    article = article_of(*paragraphs)
    return [q.text(article.text) for q in marked_quotes(article.text, article.paragraphs, default_speech_cues().forms)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ['"We will not retreat," the general said.'],
            ["We will not retreat"],
            id="straight-marks-trailing-comma-dropped",
        ),
        pytest.param(
            ["\u201cThe vote was free and fair,\u201d the observer said."],
            ["The vote was free and fair"],
            id="typographic-marks",
        ),
        pytest.param(
            ['She called it a "historic day for the region.\u201d'],
            ["historic day for the region."],
            id="straight-open-typographic-close",
        ),
        pytest.param(
            ["\u201eWir schaffen das\u201c, sagte die Kanzlerin."], ["Wir schaffen das"], id="german-low-high-marks"
        ),
        pytest.param(["Il a dit \u00abnous resterons\u00bb hier."], ["nous resterons"], id="guillemets"),
        pytest.param(
            ["\u2018We are ready to talk,\u2019 the envoy said."], ["We are ready to talk"], id="british-single-marks"
        ),
        pytest.param(
            ["'Nobody told us anything,' one resident said."], ["Nobody told us anything"], id="straight-single-marks"
        ),
        pytest.param(
            ["\"They told us 'leave now' and we ran,\" she said."],
            ["They told us 'leave now' and we ran"],
            id="single-nested-in-double-stays-inside",
        ),
        pytest.param(
            ["\u2018He called the plan \u201ca farce\u201d,\u2019 the MP said."],
            ["He called the plan \u201ca farce\u201d"],
            id="double-nested-in-single-stays-inside",
        ),
        pytest.param(
            ["Moscow's allies don't agree, and the leaders' summit ended early."], [], id="apostrophes-are-not-quotes"
        ),
        pytest.param(
            ["The ministers' meeting ended. 'It was useful,' one said."],
            ["It was useful"],
            id="plural-possessive-before-a-single-quote",
        ),
        pytest.param(["Life in the '90s was hard, the villagers recall."], [], id="elided-decade"),
        pytest.param(
            ['"We are open to talks," he said, "but our red lines remain."'],
            ["We are open to talks", "but our red lines remain."],
            id="split-by-attribution-gives-two",
        ),
        pytest.param(
            ["The so-called \u201cpeace plan\u201d was rejected by both sides."], ["peace plan"], id="scare-quote"
        ),
        pytest.param(['A 12" water main burst on Main Street.'], [], id="inch-mark-is-not-a-quote"),
        pytest.param(['He said "" and left.'], [], id="empty-quote-skipped"),
        pytest.param(["The deal\u201d collapsed on Monday."], [], id="stray-closing-mark-skipped"),
        pytest.param(["\u201dWe won,\u201d the coach said."], ["We won"], id="reversed-opening-mark-recovered"),
    ],
)
def test_quote_marks_pair_into_quotes(paragraphs: list[str], expected: list[str]) -> None:
    assert quoted(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        pytest.param(
            ['"We will rebuild every school.', '"And we will do it this year," the mayor said.'],
            ["We will rebuild every school.\n\nAnd we will do it this year"],
            id="two-paragraph-quote-is-one",
        ),
        pytest.param(
            [
                "\u201cFirst, the guns must fall silent.",
                "\u201cThen the aid must flow.",
                "\u201cOnly then can we talk.\u201d",
            ],
            ["First, the guns must fall silent.\n\nThen the aid must flow.\n\nOnly then can we talk."],
            id="three-paragraph-quote-is-one",
        ),
        pytest.param(
            ['He said "we are ready to talk.', "Officials met again on Friday."],
            ["we are ready to talk."],
            id="unclosed-quote-stays-in-its-paragraph",
        ),
        pytest.param(
            ["Talks are off because Kyiv has \u201cbanned all contact with Moscow, said the spokesman.", "Next."],
            ["banned all contact with Moscow"],
            id="unclosed-quote-ends-before-its-attribution",
        ),
        pytest.param(
            ['Critics called the plan "reckless. "It will fail," one analyst said.'],
            ["reckless.", "It will fail"],
            id="unclosed-quote-ends-where-the-next-opens",
        ),
        pytest.param(
            ['"This never closes', 'A normal paragraph with "a quote" inside.', "The end."],
            ["This never closes", "a quote"],
            id="unclosed-quote-does-not-swallow-the-next-paragraph",
        ),
        pytest.param(['Officials said "', "Nothing else."], [], id="mark-at-paragraph-end-opens-nothing"),
    ],
)
def test_quotes_are_bounded_by_paragraphs(paragraphs: list[str], expected: list[str]) -> None:
    assert quoted(*paragraphs) == expected


def test_a_continued_quote_keeps_offsets_into_the_text() -> None:
    article = article_of('"We will rebuild.', '"And soon," the mayor said.')
    (quote,) = marked_quotes(article.text, article.paragraphs, default_speech_cues().forms)
    assert article.text[quote.start : quote.end] == 'We will rebuild.\n\n"And soon'
    assert quote.text(article.text) == "We will rebuild.\n\nAnd soon"
    assert quote.continuations == (article.text.index('"And'),)


def test_single_quote_offsets_index_the_text() -> None:
    article = article_of("Intro.", 'Then: "Go home," she said, "now."')
    for quote in marked_quotes(article.text, article.paragraphs, default_speech_cues().forms):
        assert article.text[quote.start : quote.end] == quote.text(article.text)
        assert article.text[quote.opened] == '"'
