"""Every entry of the speech-cue lexicon loads and does its job in a sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from newsgraph import nlp
from newsgraph.errors import UsageError
from newsgraph.extract.quotes import quotes_in
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.lexicon.speech import FILE_NAME, default_speech_cues, load_speech_cues
from newsgraph.model import Published, Quote

RAW: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "lexicon" / FILE_NAME).read_text(encoding="utf-8")
)


def quotes_of(*paragraphs: str) -> list[Quote]:
    article = ArticleDraft(list(paragraphs), "test").finish(Published())
    return quotes_in(nlp.Document(article, nlp.parse(article.text)))


def test_packaged_lexicon_loads_every_section() -> None:
    cues = default_speech_cues()
    assert cues.verbs == set(RAW["verbs"])
    assert cues.reported <= cues.verbs
    assert cues.quoting <= cues.verbs
    for section in ("channels", "media", "not_speakers", "titles", "title_words"):
        assert getattr(cues, section) == {w.lower() for w in RAW[section]}
    assert set(cues.pronouns.values()) <= {"person", "organization", "group"}


@pytest.mark.parametrize(("lemma", "forms"), sorted(RAW["verbs"].items()))
def test_every_verb_attributes_a_direct_quote(lemma: str, forms: list[str]) -> None:
    (quote,) = [q for q in quotes_of(f'"We are ready," the minister {forms[0]}.') if q.direct]
    assert quote.cue == forms[0]
    assert quote.speaker is not None and quote.speaker.name == "minister"


@pytest.mark.parametrize("lemma", sorted(RAW["reported"]))
def test_every_reporting_verb_reports_a_clause(lemma: str) -> None:
    form = RAW["verbs"][lemma][0]
    (quote,) = quotes_of(f"The minister {form} that the talks would resume in May.")
    assert (quote.direct, quote.text, quote.cue) == (False, "the talks would resume in May", form)


@pytest.mark.parametrize("noun", sorted(RAW["channels"]))
def test_every_channel_noun_is_a_channel(noun: str) -> None:
    (quote,) = quotes_of(f'"We are ready," the minister said in a {noun}.')
    assert quote.channel == noun
    assert quote.speaker is not None and quote.speaker.name == "minister"


@pytest.mark.parametrize("noun", sorted(RAW["media"]))
def test_every_medium_relays_rather_than_speaks(noun: str) -> None:
    (quote,) = quotes_of(f"Officials said the border would reopen on Monday, the state {noun} reported.")
    assert quote.text == "the border would reopen on Monday"
    assert quote.speaker is not None and quote.speaker.name == "Officials"
    assert quote.channel == f"state {noun}"


@pytest.mark.parametrize("noun", sorted(RAW["not_speakers"]))
def test_records_are_not_speakers(noun: str) -> None:
    assert quotes_of(f"According to the {noun}, exports fell by a third last year.") == []


@pytest.mark.parametrize("title", sorted(RAW["titles"]))
def test_every_title_is_left_out_of_the_name(title: str) -> None:
    (quote,) = quotes_of(f'"We are ready," {title.capitalize()} John Smith said.')
    assert quote.speaker is not None and quote.speaker.name == "John Smith"


@pytest.mark.parametrize("word", sorted(RAW["title_words"]))
def test_every_title_word_goes_with_its_title(word: str) -> None:
    quote = quotes_of(f"{word.capitalize()} Minister John Smith met the press.", '"We are ready," Smith said.')[0]
    assert quote.speaker is not None and quote.speaker.name == "John Smith"


@pytest.mark.parametrize(("pronoun", "kind"), sorted(RAW["pronouns"].items()))
def test_every_pronoun_points_back(pronoun: str, kind: str) -> None:
    antecedent = {
        "person": ("Health Minister Anna Berg visited the hospital.", "Anna Berg"),
        "organization": ("The Red Cross opened a field hospital.", "Red Cross"),
        "group": ("Local doctors opened a field hospital.", "Local doctors"),
    }[kind]
    quote = quotes_of(antecedent[0], f'"The need is enormous," {pronoun} said.')[0]
    assert quote.speaker is not None and quote.speaker.name == antecedent[1]


def test_a_user_lexicon_adds_its_speech_cues(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "speech_cues:\n  verbs:\n    murmur: [murmured]\n  reported: [murmur]\n  channels: [dispatch]\n",
        encoding="utf-8",
    )
    cues = load_speech_cues(user)
    shipped = default_speech_cues()
    assert cues.verbs == shipped.verbs | {"murmur"} and "murmured" in cues.forms
    assert cues.reported == shipped.reported | {"murmur"}
    assert cues.channels == shipped.channels | {"dispatch"}


def test_a_user_lexicon_without_speech_cues_keeps_the_shipped_ones(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("people: []\n", encoding="utf-8")
    assert load_speech_cues(user) == default_speech_cues()


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        pytest.param("speech_cues: [unclosed", "not valid YAML", id="bad-yaml"),
        pytest.param("speech_cues: [a, list]", "expected a mapping", id="not-a-mapping"),
        pytest.param("speech_cues:\n  verbs:\n    say: said", "needs a list of written forms", id="forms-not-a-list"),
        pytest.param("speech_cues:\n  reported: [mutter]", "missing from 'verbs': mutter", id="unknown-reported"),
        pytest.param("speech_cues:\n  pronouns: {he: alien}", "'pronouns' must map", id="bad-pronoun-kind"),
        pytest.param("speech_cues:\n  channels: statement", "must be a list of words", id="section-not-a-list"),
        pytest.param("speeches: {}", "expected a mapping with sections", id="unknown-section"),
    ],
)
def test_a_broken_user_lexicon_is_explained(tmp_path: Path, content: str, complaint: str) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=complaint):
        load_speech_cues(user)


def test_a_missing_user_lexicon_is_explained(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read lexicon"):
        load_speech_cues(tmp_path / "absent.yaml")
