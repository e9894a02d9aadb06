"""The event coder's data and article-level behaviour: vocabulary, CAMEO fields, clusters, evidence."""

from __future__ import annotations

from functools import lru_cache

import pytest

from newsgraph.errors import UsageError
from newsgraph.extract.events.cameo import cameo_table
from newsgraph.extract.events.vocabulary import PLOVER_TYPES, event_vocabulary, parse_vocabulary
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Analysis, Published
from newsgraph.pipeline import Analyser
from newsgraph.settings import Settings


@lru_cache(maxsize=1)
def analyser() -> Analyser:
    return Analyser(Settings())


def analyse(*paragraphs: str, published: str | None = "2025-12-30") -> Analysis:
    date = Published(published, "day", "option") if published else Published()
    return analyser().analyse([ArticleDraft(list(paragraphs), "case.txt").finish(date)])[0]


def test_every_vocabulary_entry_loads_and_names_a_plover_type() -> None:
    vocabulary = event_vocabulary()
    entries = [e for table in (vocabulary.verbs, vocabulary.nouns) for group in table.values() for e in group]
    assert len(entries) > 300
    assert all(entry.type in PLOVER_TYPES for entry in entries)
    assert all(entry.words and all(entry.words) for entry in entries)


def test_every_plover_type_can_be_reached() -> None:
    vocabulary = event_vocabulary()
    reachable = {e.type for table in (vocabulary.verbs, vocabulary.nouns) for group in table.values() for e in group}
    reachable |= {"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"}  # frames make these
    assert reachable == set(PLOVER_TYPES)


@pytest.mark.parametrize(
    ("raw", "complaint"),
    [
        ({"verbs": [{"lemma": "break", "particle": False, "type": "SANCTION"}]}, "quote it"),
        ({"verbs": [{"lemma": "attack", "type": "ATTACK"}]}, "not a PLOVER type"),
        ({"verbs": [{"lemma": "attack", "type": "ASSAULT", "colour": "red"}]}, "unknown keys"),
        ({"nouns": [{"lemma": "raid", "type": "ASSAULT", "preps": [True]}]}, "must be a string"),
        ({"frames": {"wish": ["hope"]}}, "unknown frame kind"),
    ],
)
def test_a_bad_vocabulary_entry_is_refused_with_its_reason(raw: dict[str, object], complaint: str) -> None:
    with pytest.raises(UsageError, match=complaint):
        parse_vocabulary(raw)


@pytest.mark.parametrize(
    ("event_type", "mode", "cameo", "quad", "goldstein"),
    [
        ("AGREE", None, "03", 1, 2.5),
        ("CONSULT", "visit", "04", 1, 4.0),
        ("CONSULT", "phone", "04", 1, 1.5),
        ("SUPPORT", None, "05", 1, 5.0),
        ("COOPERATE", None, "06", 2, 9.5),
        ("AID", None, "07", 2, 10.0),
        ("RETREAT", "withdraw", "08", 2, 6.5),
        ("CONCEDE", None, "08", 2, 4.5),
        ("ACCUSE", "investigate", "09", 3, -2.0),
        ("REQUEST", "meet", "10", 3, 0.0),
        ("ACCUSE", "allege", "11", 3, -3.5),
        ("REJECT", None, "12", 3, -2.0),
        ("THREATEN", "violence", "13", 3, -3.5),
        ("PROTEST", "demo", "14", 4, -5.0),
        ("MOBILIZE", "troops", "15", 4, -5.5),
        ("SANCTION", "discontinue", "16", 4, -6.0),  # the manual: sanctions are not CAMEO 163 (coerce)
        ("COERCE", "arrest", "17", 4, -7.0),
        ("ASSAULT", None, "18", 4, -9.0),
        ("ASSAULT", "aerial", "19", 4, -9.0),
    ],
)
def test_cameo_fields_follow_the_mapping_and_the_manual(
    event_type: str, mode: str | None, cameo: str, quad: int, goldstein: float
) -> None:
    derived = cameo_table().derive(event_type, mode)
    assert (derived.cameo, derived.quad, derived.goldstein) == (cameo, quad, goldstein)


def test_every_event_points_to_its_trigger_and_evidence() -> None:
    analysis = analyse(
        "Russian forces attacked Kharkiv with missiles on Monday.",
        "Ukraine accused Russia of targeting civilians, and the European Union condemned the strikes.",
    )
    assert len(analysis.events) >= 3
    text = analysis.article.text
    for event in analysis.events:
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert event.evidence.start <= event.trigger.start < event.trigger.end <= event.evidence.end
        assert event.source and set(event.source) <= {a.id for a in analysis.actors}
        assert set(event.target) <= {a.id for a in analysis.actors}
        assert event.cameo and event.quad in (1, 2, 3, 4) and event.goldstein is not None
        assert 0.0 < event.confidence <= 1.0


def test_mentions_of_one_event_share_a_cluster_and_its_most_precise_date() -> None:
    analysis = analyse(
        "Iran condemned Canada's 2024 blacklisting of the Revolutionary Guards.",
        "On June 19, 2024, Canada declared the IRGC a terror group.",
        "Ottawa broke off diplomatic ties with Tehran in 2012.",
    )
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    designations = [e for e in sanctions if e.date.value and e.date.value.startswith("2024")]
    assert len(designations) == 2
    assert designations[0].cluster == designations[1].cluster
    assert {e.date.value for e in designations} == {"2024-06-19"}
    ties = [e for e in sanctions if e.date.value == "2012"]
    assert len(ties) == 1 and ties[0].cluster != designations[0].cluster


def test_an_agentless_event_dates_the_one_that_names_its_agent() -> None:
    analysis = analyse(
        "The airliner was shot down after takeoff in January 2020, killing all 176 people on board.",
        "The Revolutionary Guards later admitted their forces downed the jet.",
    )
    downed = [e for e in analysis.events if e.trigger.text == "downed"]
    assert downed and downed[0].date.value == "2020-01"


def test_an_event_reported_as_just_happened_takes_the_publication_date() -> None:
    (event,) = [e for e in analyse("Ukraine has accused Russia of war crimes.").events if e.type == "ACCUSE"]
    assert event.date.value == "2025-12-30"
    (undated,) = [e for e in analyse("Ukraine accused Russia of war crimes.").events if e.type == "ACCUSE"]
    assert undated.date.value is None


def test_without_a_publication_date_no_event_date_is_invented() -> None:
    analysis = analyse("Ukraine has accused Russia of war crimes on Tuesday.", published=None)
    assert all(e.date.value is None or not e.date.value[:1].isdigit() for e in analysis.events)


def test_a_place_that_is_struck_becomes_an_actor_of_its_country() -> None:
    analysis = analyse("A Russian missile strike on Kyiv killed 12 people.")
    code = {a.id: a.code for a in analysis.actors}
    (strike,) = [e for e in analysis.events if e.type == "ASSAULT"]
    assert [code[t] for t in strike.target] == ["UKR"]
    assert any(m.text == "Kyiv" and m.actor in strike.target for m in analysis.mentions)
