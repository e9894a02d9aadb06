"""The bundled sample through the pipeline: every required gold quote, with its speaker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest.read import read_articles
from newsgraph.model import Analysis, Article, Quote
from newsgraph.pipeline import Analyser
from newsgraph.settings import Settings

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str) -> str:
    return " ".join(text.translate(FOLD).split())


def overlaps(system: str, gold: str) -> bool:
    """Text overlap of at least half of the shorter text (longest common stretch, folded)."""
    a, b = fold(system), fold(gold)
    shorter, longer = sorted((a, b), key=len)
    need = max(1, len(shorter) // 2)
    return any(shorter[i : i + need] in longer for i in range(len(shorter) - need + 1))


def names_match(system: list[str], gold_names: list[str]) -> bool:
    """The gold rule: a name matches itself, and a full name also matches its surname.

    ``system`` holds the speaker's name and, when the speaker is an actor, the
    actor's aliases ("Andriy Sybiha" is also written "Andriy Sybiga").
    """
    for said in system:
        found = fold(said).casefold().removeprefix("the ")
        for name in gold_names:
            wanted = fold(name).casefold().removeprefix("the ")
            if found == wanted or found == wanted.split()[-1] or found.split()[-1:] == [wanted]:
                return True
    return False


def speaker_names(analysis: Analysis, quote: Quote) -> list[str]:
    if quote.speaker is None:
        return []
    actor = next((a for a in analysis.actors if a.id == quote.speaker.actor), None)
    return [quote.speaker.name, *(actor.aliases if actor else ())]


@pytest.fixture(scope="module")
def analyses(sample_path: Path) -> list[Analysis]:
    settings = Settings()
    articles = [a for a in read_articles([str(sample_path)], settings) if isinstance(a, Article)]
    return Analyser(settings).analyse(articles)


def gold_quotes(gold: list[dict[str, Any]], required: bool) -> list[tuple[int, dict[str, Any]]]:
    return [(g["article"] - 1, q) for g in gold for q in g["quotes"] if q.get("required", True) is required]


def matching(quotes: tuple[Quote, ...], wanted: dict[str, Any]) -> list[Quote]:
    return [q for q in quotes if overlaps(q.text, wanted["text"])]


def test_every_required_gold_quote_is_found_with_its_speaker(
    analyses: list[Analysis], gold: list[dict[str, Any]]
) -> None:
    required = gold_quotes(gold, required=True)
    found = attributed = 0
    missing = []
    for index, wanted in required:
        candidates = matching(analyses[index].quotes, wanted)
        found += bool(candidates)
        right = [q for q in candidates if names_match(speaker_names(analyses[index], q), wanted["speaker"])]
        attributed += bool(right)
        if not right:
            missing.append((wanted["text"][:50], [q.speaker.name if q.speaker else None for q in candidates]))
    print(f"\nsample gold: {len(required)} required quotes, {found} found, {attributed} with a correct speaker")
    assert not missing
    assert found == attributed == len(required) == 16


def test_optional_gold_quotes_are_found_too(analyses: list[Analysis], gold: list[dict[str, Any]]) -> None:
    optional = gold_quotes(gold, required=False)
    right = [
        wanted
        for index, wanted in optional
        if any(
            names_match(speaker_names(analyses[index], q), wanted["speaker"])
            for q in matching(analyses[index].quotes, wanted)
        )
    ]
    print(f"\nsample gold: {len(optional)} optional quotes, {len(right)} found with a correct speaker")
    assert len(right) == len(optional)


@pytest.mark.parametrize(
    ("article", "opening"),
    [
        pytest.param(0, "Li, in turn, hailed", id="straight-open-typographic-close"),
        pytest.param(0, "Negotiations with Kyiv are impossible", id="typographic-open-never-closed"),
        pytest.param(3, '"Almost a day passed', id="stray-single-mark-inside"),
        pytest.param(3, "On Tuesday, Kremlin spokesman", id="straight-open-typographic-close-after-colon"),
    ],
)
def test_unbalanced_paragraphs_do_not_swallow_their_neighbours(
    analyses: list[Analysis], article: int, opening: str
) -> None:
    text = analyses[article].article.text
    paragraph = next(p for p in analyses[article].article.paragraphs if text[p.start : p.end].startswith(opening))
    inside = [q for q in analyses[article].quotes if q.direct and paragraph.start <= q.start < paragraph.end]
    assert inside, "the paragraph's quote was lost"
    for quote in inside:
        assert quote.end <= paragraph.end
        assert quote.speaker is not None


def test_every_quote_indexes_the_article(analyses: list[Analysis]) -> None:
    for analysis in analyses:
        text = analysis.article.text
        for quote in analysis.quotes:
            assert text[quote.start : quote.end] == quote.text
            if quote.speaker is not None:
                assert 0 <= quote.speaker.start < quote.speaker.end <= len(text)


def test_required_quotes_name_an_actor_of_their_article(analyses: list[Analysis], gold: list[dict[str, Any]]) -> None:
    """The pipeline runs actors first: the speakers of the gold quotes are actors, named canonically."""
    for index, wanted in gold_quotes(gold, required=True):
        actors = {a.id: a for a in analyses[index].actors}
        for quote in matching(analyses[index].quotes, wanted):
            if quote.direct and quote.speaker is not None:
                assert quote.speaker.actor in actors, (wanted["text"][:40], quote.speaker)
                assert quote.speaker.name == actors[quote.speaker.actor].name
