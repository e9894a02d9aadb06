"""On the bundled sample, every actor of the gold events resolves to a code the gold accepts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsgraph.ingest.read import InputFailure
from newsgraph.model import Analysis
from newsgraph.pipeline import extract
from newsgraph.settings import Settings

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


@pytest.fixture(scope="module")
def analyses(sample_path: Path) -> list[Analysis]:
    results = list(extract([str(sample_path)], Settings()))
    assert not [r for r in results if isinstance(r, InputFailure)]
    return [r for r in results if isinstance(r, Analysis)]


def accepts(gold_codes: list[str], code: str | None) -> bool:
    """The scoring rule: the full code, or a three-letter gold code accepting any code it starts."""
    return code is not None and any(code == g or (len(g) == 3 and code.startswith(g)) for g in gold_codes)


def sentence_window(analysis: Analysis, sentence: str) -> tuple[int, int]:
    """The characters of the gold sentence in the body (quotes folded, white space free)."""
    pattern = r"\s+".join(re.escape(word) for word in sentence.translate(FOLD).split())
    match = re.search(pattern, analysis.article.text.translate(FOLD))
    assert match, f"gold sentence not in the body: {sentence!r}"
    return match.span()


def gold_slots(gold: list[dict[str, Any]], analyses: list[Analysis]) -> list[tuple[bool, str]]:
    """One (found, description) per actor slot (source, non-empty target) of every gold event."""
    slots = []
    for record in gold:
        analysis = analyses[record["article"] - 1]
        codes = {a.id: a.code for a in analysis.actors}
        text = analysis.article.text
        for event in record["events"]:
            start, end = sentence_window(analysis, event["sentence"])
            # the evidence is the whole sentence around the gold phrase
            start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
            stop = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
            found = {codes[m.actor] for m in analysis.mentions if m.start < stop and m.end > start}
            for role in ("source", "target"):
                if event[role]:
                    ok = any(accepts(event[role], code) for code in found)
                    slots.append(
                        (ok, f"{role} {event[role]} in {event['sentence'][:60]!r}: found {sorted(map(str, found))}")
                    )
    return slots


def test_every_gold_event_actor_resolves_to_an_accepted_code(
    gold: list[dict[str, Any]], analyses: list[Analysis]
) -> None:
    slots = gold_slots(gold, analyses)
    missed = [why for ok, why in slots if not ok]
    print(f"gold event actors resolved: {len(slots) - len(missed)}/{len(slots)}")
    assert not missed, "\n".join(missed)


@pytest.mark.parametrize(
    ("article", "name", "code", "kind", "role"),
    [
        (1, "Sergei Lavrov", "RUSGOV", "person", "Foreign Minister"),
        (1, "Ryan Hass", "USA", "person", "Senior Fellow"),
        (1, "Xi Jinping", "CHNGOV", "person", "President"),
        (1, "the West", "WST", "group", None),
        (1, "Frédéric Mondoloni", "FRAGOV", "person", "Director General"),
        (2, "Iranian Labour News Agency", "IRNJRN", "organization", None),
        (2, "Iranian students", "IRNEDU", "group", None),
        (2, "Iranian shopkeepers", "IRNBUS", "group", None),
        (3, "Royal Canadian Navy", "CANMIL", "organization", None),
        (3, "Islamic Revolutionary Guard Corps", "IRNMIL", "organization", None),
        (3, "Iranian Foreign Ministry", "IRNGOV", "organization", None),
        (4, "Andriy Sybiha", "UKRGOV", "person", "Foreign Minister"),
    ],
)
def test_sample_actors(
    analyses: list[Analysis], article: int, name: str, code: str, kind: str, role: str | None
) -> None:
    actor = next((a for a in analyses[article - 1].actors if a.name == name), None)
    assert actor is not None, [a.name for a in analyses[article - 1].actors]
    assert (actor.code, actor.kind, actor.role) == (code, kind, role)


def test_mentions_point_to_actors_and_quote_the_text(analyses: list[Analysis]) -> None:
    for analysis in analyses:
        ids = {a.id for a in analysis.actors}
        assert ids == {m.actor for m in analysis.mentions}
        for mention in analysis.mentions:
            assert analysis.article.text[mention.start : mention.end] == mention.text
            assert mention.label in {"PERSON", "ORG", "GPE", "NORP", "GROUP", "NOUN", "PRON", "METONYM"}
