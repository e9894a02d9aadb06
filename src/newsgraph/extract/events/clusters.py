"""Article-level event work: "did the same", and mentions of one event as one cluster.

News tells an event several times (the lead, a quote, a recap). Mentions with
the same type and the same actors, whose dates agree, form one cluster; the
cluster's most precise date dates every mention of it. A mention with no date
of its own also takes the date of an agentless mention of the same type just
before it ("The flight was shot down in January 2020 … The IRGC admitted its
forces downed the jet").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from newsgraph.extract.events.candidates import Candidate
from newsgraph.extract.events.roles import OBJECTS, ActorIndex, subject_of
from newsgraph.model import EventDate

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}


def same_as_before(sent: Span, earlier: Sequence[Candidate], index: ActorIndex) -> list[Candidate]:
    """ "Australia did the same last month": the previous event again, by a new actor."""
    made: list[Candidate] = []
    for token in sent:
        lemma = token.lemma_.lower()
        objects = {c.lemma_.lower() for c in token.children if c.dep_ in OBJECTS}
        same = any(t.lower_ == "same" for c in token.children if c.dep_ in (*OBJECTS, "npadvmod") for t in c.subtree)
        if not ((lemma == "do" and same) or (lemma == "follow" and "suit" in objects)):
            continue
        source = subject_of(token, index)
        previous = [c for c in earlier if c.source and c.predicate.i < token.i and set(c.source) != set(source)]
        if not source or not previous:
            continue
        model = previous[-1]
        last = max((c for c in token.children if c.dep_ in OBJECTS), key=lambda c: c.i, default=token)
        made.append(
            replace(
                model,
                source=tuple(source),
                target=tuple(a for a in model.target if a not in source),
                modality="asserted",
                future=False,
                trigger_start=token.idx,
                trigger_end=last.idx + len(last),
                predicate=token,
                sentence=sent,
                confidence=0.5,
                speaker=(),
            )
        )
    return made


def _codes(actors: Sequence[str], index: ActorIndex) -> frozenset[str]:
    return frozenset(index.code(a) or a for a in actors)


def _same_actors(first: frozenset[str], second: frozenset[str]) -> bool:
    """The same parties, one side perhaps coded less precisely ("UKR" and "UKRGOV")."""
    if len(first) != len(second):
        return False
    return all(any(a.startswith(b) or b.startswith(a) for b in second) for a in first)


def _compatible(a: EventDate, b: EventDate) -> bool:
    if a.value is None or b.value is None:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def cluster_ids(
    candidates: Sequence[Candidate], dates: Sequence[EventDate], index: ActorIndex
) -> tuple[list[str], list[EventDate]]:
    """Assign each candidate a cluster id ("c1", …) and settle each cluster's date."""
    dates = _inherit_from_agentless(candidates, list(dates))
    parent = list(range(len(candidates)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [(_codes(c.source, index), _codes(c.target, index)) for c in candidates]
    for j, later in enumerate(candidates):
        if not later.source:
            continue
        for i in range(j):
            earlier = candidates[i]
            if not earlier.source or earlier.type != later.type or not _same_actors(keys[i][0], keys[j][0]):
                continue
            targets_agree = _same_actors(keys[i][1], keys[j][1]) or not keys[i][1] or not keys[j][1]
            if targets_agree and _compatible(dates[root(i)], dates[j]) and _compatible(dates[i], dates[j]):
                parent[root(j)] = root(i)
    best: dict[int, EventDate] = {}
    for i, date in enumerate(dates):
        r = root(i)
        if _PRECISION_RANK[date.precision] > _PRECISION_RANK[best.get(r, EventDate()).precision]:
            best[r] = date
    names: dict[int, str] = {}
    ids: list[str] = []
    settled: list[EventDate] = []
    for i, candidate in enumerate(candidates):
        r = root(i)
        if candidate.source and r not in names:
            names[r] = f"c{len(names) + 1}"
        ids.append(names.get(r, ""))
        cluster_date = best.get(r, EventDate())
        settled.append(cluster_date if _compatible(cluster_date, dates[i]) and cluster_date.value else dates[i])
    return ids, settled


def _inherit_from_agentless(candidates: Sequence[Candidate], dates: list[EventDate]) -> list[EventDate]:
    for j, candidate in enumerate(candidates):
        if dates[j].value is not None or not candidate.source:
            continue
        for i in range(j - 1, -1, -1):
            earlier = candidates[i]
            if candidate.sentence.start - earlier.sentence.end > 80:
                break
            if not earlier.source and earlier.type == candidate.type and dates[i].value is not None:
                dates[j] = dates[i]
                break
    return dates
