"""Events: who did what to whom, when, where, and how sure the text is (PLOVER).

The coder is a set of patterns over the spaCy dependency parse, driven by the
vocabulary in ``lexicon/events.yaml``:

1. triggers and frames in each sentence (``triggers``);
2. roles and modality for each, frames rewriting the events they embed
   (``candidates``, ``modality``, ``roles``);
3. PLOVER's rules for tense ("will support" is AGREE, "will attack" is THREATEN);
4. article-level work: dates and places (``anchors``), "did the same", mentions
   of one event grouped into a cluster (``clusters``), and the CAMEO fields.

Every event points to its trigger and its evidence sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsgraph.extract.events.anchors import (
    event_date,
    event_location,
    governing_place,
    reported_as_just_happened,
)
from newsgraph.extract.events.cameo import CameoTable, cameo_table
from newsgraph.extract.events.candidates import (
    COOPERATIVE,
    Candidate,
    clause_target,
    distinct_target,
    sentence_candidates,
)
from newsgraph.extract.events.clusters import cluster_ids, same_as_before
from newsgraph.extract.events.roles import ActorIndex
from newsgraph.extract.events.triggers import sentence_triggers
from newsgraph.extract.events.vocabulary import EventVocabulary, event_vocabulary
from newsgraph.model import Actor, Event, EventDate, Mention, Place, TextSpan, Timex
from newsgraph.nlp import Document

__all__ = ["EventResult", "events_in"]


@dataclass(frozen=True)
class EventResult:
    """The events of an article, and the actors they made for places acted upon."""

    events: tuple[Event, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()


_THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "relations"}
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


def events_in(
    document: Document,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    timexes: Sequence[Timex] = (),
    places: Sequence[Place] = (),
    vocabulary: EventVocabulary | None = None,
    table: CameoTable | None = None,
) -> EventResult:
    """Return the events of an analysed article (one record per mention) and the actors
    they made for places that were acted upon ("a strike on Kyiv")."""
    vocab = vocabulary or event_vocabulary()
    cameo = table or cameo_table()
    doc = document.doc
    index = ActorIndex(doc, actors, mentions, places)
    candidates: list[Candidate] = []
    for sent in doc.sents:
        found = sentence_triggers(sent, vocab)
        here = [_with_target(apply_tense_rules(c), index) for c in sentence_candidates(sent, found, index, vocab)]
        here.extend(same_as_before(sent, candidates + here, index))
        candidates.extend(_deduplicated(here, index))
    dates = [
        event_date(
            c.predicate,
            timexes,
            document.article.published,
            c.modality == "asserted" and reported_as_just_happened(c.predicate),
        )
        for c in candidates
    ]
    clusters, dates = cluster_ids(candidates, dates, index)
    events: list[Event] = []
    for candidate, date, cluster in zip(candidates, dates, clusters, strict=True):
        if not candidate.source:
            continue
        events.append(_event(candidate, date, cluster, places, cameo, len(events) + 1, document.article.text))
    used = {actor for event in events for actor in (*event.source, *event.target)}
    made = tuple(a for a in index.place_actors if a.id in used)
    made_ids = {a.id for a in made}
    return EventResult(tuple(events), made, tuple(m for m in index.place_mentions if m.actor in made_ids))


def apply_tense_rules(candidate: Candidate) -> Candidate:
    """PLOVER: a cooperative act in the future is AGREE; a hostile one is THREATEN."""
    if not (candidate.future or candidate.modality == "future"):
        return candidate
    if candidate.type in COOPERATIVE and candidate.type != "AGREE":
        if candidate.modality == "negated":
            return replace(candidate, type="REJECT", mode=None, modality="asserted")
        if candidate.modality in ("future", "asserted"):
            return replace(candidate, type="AGREE", mode=None, modality="asserted")
    if candidate.type in _HOSTILE_ACTS and candidate.modality in ("future", "asserted", "hypothetical"):
        # "will strike if …" is a threat; "could strike" (no will/would) stays hypothetical
        mode = candidate.mode if candidate.type == "COERCE" else _THREAT_MODES.get(candidate.type)
        return replace(candidate, type="THREATEN", mode=mode, modality="asserted", target=_threat_target(candidate))
    return candidate


def _threat_target(candidate: Candidate) -> tuple[str, ...]:
    return candidate.target


def _with_target(candidate: Candidate, index: ActorIndex) -> Candidate:
    """Threats and refusals are aimed at someone: look for them in the clause if no role names them."""
    if candidate.mutual and len(candidate.source) > 1:
        return replace(candidate, target=candidate.source)
    candidate = replace(candidate, target=distinct_target(candidate.source, candidate.target, index))
    if candidate.target or candidate.type not in ("THREATEN", "REJECT") or not candidate.source:
        return candidate
    target = clause_target(candidate.predicate, index, candidate.source + candidate.speaker)
    return replace(candidate, target=target) if target else candidate


def _deduplicated(candidates: list[Candidate], index: ActorIndex) -> list[Candidate]:
    """One event per type and actors in a sentence: a verb and its noun often tell it twice."""
    kept: list[Candidate] = []

    def codes(actors: tuple[str, ...]) -> set[str]:
        return {index.code(a) or a for a in actors}

    for candidate in sorted(candidates, key=lambda c: (-len(c.source) - len(c.target), -c.confidence)):
        duplicate = False
        for other in kept:
            if other.type != candidate.type or other.sentence != candidate.sentence:
                continue
            same_source = codes(candidate.source) <= codes(other.source) or not candidate.source
            same_target = codes(candidate.target) <= codes(other.target) or not candidate.target
            if same_source and same_target:
                duplicate = True
                break
        if not duplicate:
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.sentence.start, c.trigger_start))


def _event(
    candidate: Candidate,
    date: EventDate,
    cluster: str,
    places: Sequence[Place],
    cameo: CameoTable,
    number: int,
    text: str,
) -> Event:
    sentence = candidate.sentence
    derived = cameo.derive(candidate.type, candidate.mode)
    return Event(
        id=f"e{number}",
        cluster=cluster,
        type=candidate.type,
        mode=candidate.mode,
        context=candidate.context,
        cameo=derived.cameo,
        quad=derived.quad,
        goldstein=derived.goldstein,
        source=candidate.source,
        target=candidate.target,
        modality=candidate.modality,
        date=date,
        location=event_location(governing_place(candidate.predicate, places)),
        evidence=TextSpan(sentence.start_char, sentence.end_char, text[sentence.start_char : sentence.end_char]),
        # the article's text, not Doc.text: that one is rebuilt from the tokens at every call
        trigger=TextSpan(
            candidate.trigger_start, candidate.trigger_end, text[candidate.trigger_start : candidate.trigger_end]
        ),
        confidence=round(min(0.95, candidate.confidence + (0.1 if candidate.target else 0.0)), 2),
    )
