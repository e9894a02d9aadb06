"""Turn a sentence's triggers and frames into candidate events with roles and modality.

A candidate is an event before the article-level steps (dates, clusters, ids):
its type, mode, source and target actor ids, modality, and the tokens that
evidence it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsgraph.extract.events.modality import Embedding, embedded_modality, frames_above, local_modality
from newsgraph.extract.events.roles import (
    OBJECTS,
    SUBJECTS,
    ActorIndex,
    child_with,
    objects_of,
    prep_objects,
    subject_of,
)
from newsgraph.extract.events.triggers import FRAME_TYPES, Frame, SentenceTriggers, Trigger
from newsgraph.extract.events.vocabulary import EventVocabulary
from newsgraph.model import Modality

COOPERATIVE = frozenset({"SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT", "AGREE"})
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN", "ACCUSE", "REJECT"})
NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION"})
_TARGET_PREPS = {
    "ASSAULT": ("on", "against", "at", "into", "in"),
    "COERCE": ("on", "against", "in"),
    "SANCTION": ("on", "against", "of", "from"),
    "PROTEST": ("against",),
    "CONSULT": ("with", "between"),
    "COOPERATE": ("with", "between"),
    "AID": ("to", "for"),
    "SUPPORT": ("for", "to", "on", "of", "between"),
    "ACCUSE": ("of", "against", "over", "to"),
    "REQUEST": ("to", "on", "from"),
    "REJECT": ("from", "with", "by"),
    "THREATEN": ("with", "against", "to"),
    "AGREE": ("with", "to"),
    "RETREAT": ("from",),
    "CONCEDE": ("to",),
    "MOBILIZE": ("against", "to", "near", "along"),
}
_BACKGROUND_PREPS = frozenset(
    {"after", "before", "following", "since", "amid", "despite", "ahead", "prior", "over", "due", "because"}
)
_PARTICIPATION_PREPS = frozenset({"at", "during", "in", "on", "upon"})
_FRAME_MODES = {
    "THREATEN": {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "relations"},
    "REQUEST": {
        "AID": "assist",
        "COOPERATE": "assist",
        "SUPPORT": "assist",
        "CONSULT": "meet",
        "AGREE": "meet",
        "RETREAT": "yield",
        "CONCEDE": "yield",
    },
}
_FRAME_MODES["REJECT"] = _FRAME_MODES["REQUEST"]
_OBLIGATION = frozenset({"must", "should", "ought"})
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"})


@dataclass(frozen=True)
class Candidate:
    """An event found in one sentence, before article-level resolution."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    source: tuple[str, ...]
    target: tuple[str, ...]
    modality: Modality
    future: bool
    trigger_start: int
    trigger_end: int
    predicate: Token
    sentence: Span
    confidence: float
    speaker: tuple[str, ...] = ()
    mutual: bool = False  # "offer each other support": every party acts on every other


def sentence_candidates(
    sent: Span, found: SentenceTriggers, index: ActorIndex, vocab: EventVocabulary
) -> list[Candidate]:
    """Candidates from the frames and triggers of one sentence."""
    absorbed: set[int] = set()
    candidates: list[Candidate] = list(_obligations(sent, found, index, absorbed))
    for frame in found.frames.values():
        if frame.kind in FRAME_TYPES:
            made = _frame_event(frame, found, index, vocab, absorbed)
            if made is not None:
                candidates.append(made)
    for trigger in found.triggers:
        if trigger.head.i in absorbed:
            continue
        made = _trigger_event(trigger, found, index, vocab)
        if made is not None:
            candidates.append(made)
    candidates.extend(_claims_as_accusations(candidates, found, index))
    candidates.extend(_accusing_speech(sent, found, index, vocab, candidates))
    return candidates


def _obligations(sent: Span, found: SentenceTriggers, index: ActorIndex, absorbed: set[int]) -> list[Candidate]:
    """ "Russia said Sudan must return the helicopter": a demand by the speaker of Sudan."""
    made: list[Candidate] = []
    for verb in sent:
        if not any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            continue  # "a cost that must be paid by airlines" describes, it does not demand
        speaker = speaker_of(verb, found, index)
        target = [a for a in subject_of(verb, index) if a not in speaker]
        if not speaker or not target:
            continue
        here = [t for t in found.triggers if t.predicate.i == verb.i]
        absorbed.update(t.head.i for t in here)
        mode = _FRAME_MODES["REQUEST"].get(here[0].type, "change") if here else "change"
        made.append(
            Candidate(
                type="REQUEST",
                mode=mode,
                context=here[0].entry.context if here else (),
                source=tuple(speaker),
                target=tuple(target),
                modality="asserted",
                future=False,
                trigger_start=verb.idx,
                trigger_end=verb.idx + len(verb),
                predicate=verb,
                sentence=sent,
                confidence=0.55,
            )
        )
    return made


def _embedded_triggers(frame: Frame, found: SentenceTriggers) -> list[Trigger]:
    """The events a frame is about: its complement clause, or the event noun it governs.

    "invited Putin to visit Beijing during their summit": the visit is what was
    invited, the summit is not (it is where the invitation was made).
    """
    inside = []
    for trigger in found.triggers:
        embedding = frames_above(trigger.predicate, found.frames)
        if embedding.frames and embedding.frames[0].token.i == frame.token.i and _complement_of(trigger, frame):
            inside.append(trigger)
    return inside


def _complement_of(trigger: Trigger, frame: Frame) -> bool:
    current = trigger.predicate
    for _ in range(6):
        if current.i == frame.token.i:
            return True
        if current.dep_ in ("pobj", "prep") and current.head.i != frame.token.i:
            prep = current if current.dep_ == "prep" else current.head
            if prep.lower_ not in ("for", "of", "to", "on", "with", "against"):
                return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _frame_event(
    frame: Frame, found: SentenceTriggers, index: ActorIndex, vocab: EventVocabulary, absorbed: set[int]
) -> Candidate | None:
    event_type = FRAME_TYPES[frame.kind]
    embedded = [t for t in (settle(t, index) for t in _embedded_triggers(frame, found)) if t is not None]
    if frame.kind == "vow" and embedded and embedded[0].type in _HOSTILE_ACTS:
        event_type = "THREATEN"
    if frame.kind != "accuse":
        absorbed.update(t.head.i for t in embedded)
    token = frame.token
    source = _frame_source(frame, found, index)
    target = _frame_target(frame, embedded, index, source)
    target = [a for a in target if _other_party(a, source, index)]
    first = embedded[0] if embedded else None
    mode = _FRAME_MODES.get(event_type, {}).get(first.type) if first else None
    if event_type == "THREATEN" and first is not None and first.type == "COERCE":
        mode = first.mode or "restrict"
    if event_type == "ACCUSE":
        mode = "allege"
    context = first.entry.context if first else ()
    negated = any(child.dep_ == "neg" for child in token.children)
    embedding = frames_above(token, found.frames)
    modality = embedded_modality("negated" if negated else None, embedding, contested=False)
    return Candidate(
        type=event_type,
        mode=mode,
        context=context,
        source=tuple(source),
        target=tuple(target),
        modality=modality,
        future=False,
        trigger_start=token.idx,
        trigger_end=token.idx + len(token),
        predicate=token,
        sentence=token.sent,
        confidence=0.6 if embedded else 0.55,
    )


def _other_party(target: str, source: list[str], index: ActorIndex) -> bool:
    """Whether a frame's target is not its source under another name: another country, or
    another part of the source's country ("the opposition demanded that the president
    resign", ZWEOPP and ZWEGOV); "Iran said Tehran would ..." is one party."""
    country = index.country(target)
    same = [a for a in source if index.country(a) == country]
    if country is None or not same:
        return True
    sector = index.actors[target].sector if target in index.actors else None
    return sector is not None and all(a in index.actors and index.actors[a].sector not in (None, sector) for a in same)


def _frame_source(frame: Frame, found: SentenceTriggers, index: ActorIndex) -> list[str]:
    token = frame.token
    if frame.nominal:
        possessor = child_with(token, ("poss",))
        if possessor is not None:
            return index.phrase(possessor)
        return speaker_of(token, found, index)
    if token.pos_ == "ADJ":
        copula = token.head
        subject = child_with(copula, SUBJECTS)
        if subject is not None:
            found_actors = index.phrase(subject)
            if found_actors:
                return found_actors
        return speaker_of(token, found, index)
    return subject_of(token, index) or speaker_of(token, found, index)


def _frame_target(frame: Frame, embedded: list[Trigger], index: ActorIndex, source: list[str]) -> list[str]:
    token = frame.token
    for obj in (*objects_of(token), *(c for c in token.children if c.dep_ == "dative")):
        found = [a for a in index.phrase(obj) if a not in source]
        if not found and frame.kind in ("request", "reject"):
            # "demanded an admission by Moscow": who is to do what is demanded
            found = [a for a in _own_agents(obj, index) if a not in source]
        if found:
            return found
    frame_preps = ("on", "upon", "to", "against", "with") + (("from",) if frame.kind == "request" else ())
    for pobj in prep_objects(token, frame_preps):
        found = [a for a in index.phrase(pobj) if a not in source]
        if found:
            return found
    for child in token.children:
        if frame.kind not in ("request", "reject"):
            break  # "warned that Israel will strike": the complement's subject acts, it is not the target
        if child.dep_ in ("ccomp", "xcomp"):
            subject = child_with(child, (*SUBJECTS, "nsubjpass"))
            if subject is not None:
                found = [a for a in index.phrase(subject) if a not in source]
                if found:
                    return found
    for trigger in embedded:
        target = [a for a in trigger_roles(trigger, index)[1] if a not in source]
        if target:
            return target
    if token.pos_ == "ADJ":
        subject = child_with(token.head, SUBJECTS)
        if subject is not None:
            for pobj in prep_objects(subject, ("with", "on", "against", "to")):
                found = [a for a in index.phrase(pobj) if a not in source]
                if found:
                    return found
    return []


def speaker_of(token: Token, found: SentenceTriggers, index: ActorIndex) -> list[str]:
    """Who says the clause ``token`` is in: the subject of the nearest speech frame above it."""
    for frame in frames_above(token, found.frames).frames:
        if frame.kind in ("speech", "claim", "factive"):
            return _speaker(frame.token, index)
    root = token.sent.root
    if root.i != token.i and root.lemma_.lower() in ("say", "tell", "add", "state", "insist"):
        return _speaker(root, index)
    for frame in found.frames.values():
        # "Talks are impossible, said the spokesman": attribution hung off the main clause
        if frame.kind == "speech" and frame.token.head.i == root.i and frame.token.dep_ in ("advcl", "parataxis"):
            return _speaker(frame.token, index)
    return []


def _speaker(verb: Token, index: ActorIndex) -> list[str]:
    if verb.pos_ in ("NOUN", "PROPN"):
        # "issued a reminder that …", "its statement that …": the noun's owner or issuer speaks
        possessor = child_with(verb, ("poss",))
        if possessor is not None:
            return index.phrase(possessor)
        return subject_of(verb.head, index) if verb.dep_ in OBJECTS else []
    if verb.lemma_.lower() in ("cite", "quote"):
        obj = child_with(verb, OBJECTS)
        if obj is not None:
            return index.phrase(obj)
    return subject_of(verb, index)


def trigger_roles(trigger: Trigger, index: ActorIndex) -> tuple[list[str], list[str]]:
    """Source and target actors of a trigger, from its own arguments."""
    if trigger.nominal:
        return _nominal_roles(trigger, index)
    verb = trigger.predicate
    source = subject_of(verb, index)
    exclude = frozenset(source)
    target: list[str] = []
    if trigger.via == "complement":
        return source, [a for a in _own_agents(trigger.head, index) if a not in source]
    objects = [obj for obj in objects_of(verb) if obj.i != trigger.head.i]
    if not trigger.entry.patient_object:
        for obj in objects:
            _extend(target, index.recipient(obj, exclude=exclude))
    for dative in (c for c in verb.children if c.dep_ == "dative"):
        _extend(target, index.phrase(dative, exclude=exclude))
    preps = trigger.entry.preps or _TARGET_PREPS.get(trigger.type, ())
    if trigger.entry.reciprocal:
        preps = (*preps, "with")
    holders = [verb, trigger.head] if trigger.head.i != verb.i else [verb]
    for obj in objects:
        # "broke off ties with Tehran", "eased sanctions on Venezuela": the target hangs off the object
        holders.append(obj)
    noun_preps = _TARGET_PREPS.get(trigger.entry.type, ())
    for holder in holders:
        if holder.i == verb.i:
            holder_preps = preps
        elif holder.i == trigger.head.i:
            holder_preps = (*preps, *noun_preps)  # "eased sanctions on Venezuela"
        else:
            holder_preps = (*preps, "with", "to", "on", "against")
        for pobj in prep_objects(holder, holder_preps):
            _extend(target, index.recipient(pobj, exclude=exclude))
    if not target:
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("NOUN", "PROPN")):
            # "declared the IRGC a terror group" parses as a small clause
            subject = child_with(clause, SUBJECTS)
            if subject is not None:
                _extend(target, index.phrase(subject, exclude=exclude))
    if trigger.head.i != verb.i:
        possessor = child_with(trigger.head, ("poss",))
        if possessor is not None and not source:
            source = index.phrase(possessor)
    return _split_reciprocal(trigger, source, target)


def _own_agents(noun: Token, index: ActorIndex) -> list[str]:
    """Who does what a noun names: "the withdrawal of Russian troops" → the troops."""
    found: list[str] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod") and child.i < noun.i:
            _extend(found, index.phrase(child, 1))
    for pobj in prep_objects(noun, ("of", "by")):
        _extend(found, index.phrase(pobj))
    return found


def clause_target(predicate: Token, index: ActorIndex, exclude: tuple[str, ...]) -> tuple[str, ...]:
    """The first actor in a predicate's clause other than ``exclude``: a last-resort target."""
    excluded_countries = {index.country(a) for a in exclude}
    clause = predicate
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "through its operation" → the verb the operation serves
    for token in clause.subtree:
        for actor in index.at(token):
            if actor not in exclude and index.country(actor) not in excluded_countries:
                return (actor,)
    return ()


def _nominal_roles(trigger: Trigger, index: ActorIndex) -> tuple[list[str], list[str]]:
    noun = trigger.head
    source: list[str] = []
    target: list[str] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            _extend(source, index.phrase(child, 1))
    for agent in prep_objects(noun, ("by",)):
        _extend(source, index.phrase(agent))
    preps = _TARGET_PREPS.get(trigger.type, ())
    if trigger.type in _HOSTILE_ACTS and source:
        preps = (*preps, "of")  # "Russia's invasion of Ukraine": with its agent named, "of" is the victim
    for pobj in prep_objects(noun, preps):
        _extend(target, [a for a in index.recipient(pobj, frozenset(source)) if a not in source])
    for pobj in prep_objects(noun, ("between", "among")):
        _extend(source, index.phrase(pobj))
    possessor = child_with(noun, ("poss",))
    if possessor is not None and possessor.lower_ == "their" and len(source) > 1 and not target:
        # "Xi invited Putin … during their summit": the inviter hosts, the invitee visits
        return source[:1], source[1:]
    if not source and _participates(noun, trigger.type):
        source = subject_of(noun.head.head, index) if noun.dep_ == "pobj" else []
    return _split_reciprocal(trigger, source, target)


def _participates(noun: Token, event_type: str = "") -> bool:
    """ "at a meeting with X", "during talks": the clause's subject takes part in the event."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    preps = _PARTICIPATION_PREPS | ({"for", "to"} if event_type == "CONSULT" else set())
    return prep.lower_ in preps and prep.lower_ not in _BACKGROUND_PREPS and prep.head.pos_ in ("VERB", "AUX")


def _mutual(trigger: Trigger) -> bool:
    """ "offer each other support", "met one another": a reciprocal pronoun as a role."""
    holders = [trigger.predicate, trigger.head]
    if trigger.predicate.dep_ == "conj":
        holders.append(trigger.predicate.head)
    for holder in holders:
        for token in holder.subtree:
            if (
                token.lower_ in ("other", "another")
                and token.i > 0
                and token.doc[token.i - 1].lower_ in ("each", "one")
            ):
                return token.head.i == holder.i or token.head.head.i == holder.i
    return False


def _split_reciprocal(trigger: Trigger, source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """ "X and Y met": both act, no recipient; "X met with Y": X acts, Y receives."""
    if trigger.entry.reciprocal and not target and len(source) > 1:
        return source, []
    return source, [a for a in target if a not in source]


def distinct_target(source: tuple[str, ...], target: tuple[str, ...], index: ActorIndex) -> tuple[str, ...]:
    """Drop targets that are the source under another name (same actor code)."""
    source_codes = {index.code(a) for a in source} - {None}
    return tuple(a for a in target if a not in source and (index.code(a) is None or index.code(a) not in source_codes))


def settle(trigger: Trigger, index: ActorIndex) -> Trigger | None:
    """Pick the entry whose conditions on the actors hold ("workers strike" is a protest,
    "Israel will strike" is not); None when none does."""
    entry = trigger.entry
    if not entry.requires_subject_sector:
        return trigger
    source = subject_of(trigger.predicate, index)
    if any((index.actors[a].sector or "") in entry.requires_subject_sector for a in source if a in index.actors):
        return trigger
    alternatives = [e for e in trigger.alternatives if not e.requires_subject_sector]
    if not alternatives:
        return None
    return replace(trigger, entry=alternatives[0], type=alternatives[0].type, mode=alternatives[0].mode)


def _trigger_event(
    trigger: Trigger, found: SentenceTriggers, index: ActorIndex, vocab: EventVocabulary
) -> Candidate | None:
    settled = settle(trigger, index)
    if settled is None:
        return None
    trigger = settled
    source, target = trigger_roles(trigger, index)
    entry = trigger.entry
    if _is_background(trigger) and (not source or (trigger.type in NEEDS_TARGET and not target)):
        return None
    if (
        trigger.type in _HOSTILE_ACTS - {"PROTEST"}
        and source
        and all((index.actors[a].sector or "") == "BUS" for a in source if a in index.actors)
    ):
        # companies close dealerships and cut jobs; they do not coerce, sanction or attack
        return None
    verb_only = not trigger.nominal and trigger.head.i == trigger.predicate.i
    subject = child_with(trigger.predicate, SUBJECTS)
    plural = subject is not None and subject.tag_ in ("NNS", "NNPS")
    if trigger.type == "CONSULT" and verb_only and not target and len(source) < 2 and not plural:
        # a meeting needs someone to meet: "to meet demand" is no consultation
        return None
    if not trigger.nominal and trigger.type in ("ACCUSE", "SUPPORT") and not target and not entry.objects:
        # "decrying living standards", "praised the plan": no party is accused or backed
        possessed = [a for obj in objects_of(trigger.predicate) for a in _own_agents(obj, index)]
        target = [a for a in possessed if a not in source]
        about_event = any(
            obj.lemma_.lower() in vocab.nouns or obj.lemma_.lower() in vocab.accusation_words
            for obj in objects_of(trigger.predicate)
        )
        if not target and not (trigger.type == "ACCUSE" and about_event):
            return None
    local = local_modality(trigger, vocab)
    event_type, mode = trigger.type, trigger.mode
    if any(c.dep_ == "amod" and c.lower_ in vocab.blocked_modifiers for c in trigger.head.children):
        if event_type in COOPERATIVE:
            event_type, mode = "REJECT", _FRAME_MODES["REJECT"].get(event_type)
        else:
            local = replace(local, modality="negated")
    embedding = frames_above(trigger.predicate, found.frames)
    speaker = speaker_of(trigger.predicate, found, index)
    contested = _contested(trigger, event_type, embedding, source, speaker, index)
    modality = embedded_modality(local.modality, embedding, contested)
    start, end = trigger.span
    confidence = 0.7 if not trigger.nominal else 0.6
    if not target and trigger.type in NEEDS_TARGET:
        confidence -= 0.15
    return Candidate(
        type=event_type,
        mode=mode,
        context=entry.context,
        source=tuple(source),
        target=tuple(target),
        modality=modality,
        future=local.future,
        trigger_start=start,
        trigger_end=end,
        predicate=trigger.predicate,
        sentence=trigger.head.sent,
        confidence=confidence,
        speaker=tuple(speaker),
        mutual=_mutual(trigger),
    )


def _is_background(trigger: Trigger) -> bool:
    """A nominal event in a temporal or causal adjunct ("after the talks", "due to sanctions")."""
    if not trigger.nominal or trigger.head.dep_ != "pobj":
        return False
    return trigger.head.head.lower_ in _BACKGROUND_PREPS or (
        trigger.head.head.dep_ in ("prep",)
        and any(c.lower_ in _BACKGROUND_PREPS for c in trigger.head.head.head.children if c.dep_ == "prep")
    )


def _contested(
    trigger: Trigger,
    event_type: str,
    embedding: Embedding,
    source: list[str],
    speaker: list[str],
    index: ActorIndex,
) -> bool:
    """A party says another party did something hostile: the text only reports a claim."""
    if trigger.nominal or event_type not in HOSTILE or not embedding.frames:
        return False
    if embedding.frames[0].kind != "speech" or not speaker or not source:
        return False
    speaker_actors = [index.actors[a] for a in speaker if a in index.actors]
    if not speaker_actors or any((a.sector or "") == "JRN" or a.code is None for a in speaker_actors):
        return False
    speaker_countries = {index.country(a) for a in speaker}
    source_countries = {index.country(a) for a in source}
    return not (speaker_countries & source_countries)


def _claims_as_accusations(candidates: list[Candidate], found: SentenceTriggers, index: ActorIndex) -> list[Candidate]:
    """ "Russia claimed Ukraine attacked": the claim itself is an accusation by Russia."""
    made: list[Candidate] = []
    for candidate in candidates:
        if candidate.type not in HOSTILE or candidate.modality != "claimed" or not candidate.source:
            continue
        embedding = frames_above(candidate.predicate, found.frames)
        frame = next((f for f in embedding.frames if f.kind == "claim"), None)
        if frame is None:
            continue
        claimant = _frame_source(frame, found, index)
        accused = [a for a in candidate.source if a not in claimant]
        if claimant and accused:
            made.append(
                replace(
                    candidate,
                    type="ACCUSE",
                    mode="allege",
                    context=candidate.context,
                    source=tuple(claimant),
                    target=tuple(accused),
                    modality="asserted",
                    future=False,
                    trigger_start=frame.token.idx,
                    trigger_end=frame.token.idx + len(frame.token),
                    predicate=frame.token,
                    confidence=0.55,
                )
            )
    return made


def _accusing_speech(
    sent: Span, found: SentenceTriggers, index: ActorIndex, vocab: EventVocabulary, existing: list[Candidate]
) -> list[Candidate]:
    """ "Lavrov said the West saw Russia as an adversary": an accusation made in speech."""
    made: list[Candidate] = []
    for frame in found.frames.values():
        if frame.kind not in ("speech", "factive") or frame.nominal:
            continue
        speaker = _speaker(frame.token, index)
        if not speaker:
            continue
        content = [
            t for child in frame.token.children if child.dep_ in ("ccomp", "dobj", "oprd") for t in child.subtree
        ]
        if not any(t.lemma_.lower() in vocab.accusation_words for t in content):
            continue
        speaker_countries = {index.country(a) for a in speaker}
        hot = [t.i for t in content if t.lemma_.lower() in vocab.accusation_words]
        clause_subjects = _accused_subjects([t for t in content if t.i in hot], frame.token, index)
        clause_subjects = [a for a in clause_subjects if a not in speaker and index.country(a) not in speaker_countries]
        scored: list[tuple[int, str]] = [(-1, a) for a in clause_subjects[:1]]
        for token in content:
            if token.pos_ == "PRON":
                continue
            for actor in index.at(token):
                if actor in speaker or index.code(actor) is None or index.country(actor) in speaker_countries:
                    continue
                scored.append((min(abs(token.i - h) for h in hot), actor))
        if not scored:
            continue
        accused = [min(scored)[1]]
        if any(c.type == "ACCUSE" and set(c.source) & set(speaker) and c.sentence == sent for c in existing):
            continue
        token = frame.token
        made.append(
            Candidate(
                type="ACCUSE",
                mode="disapprove",
                context=(),
                source=tuple(speaker),
                target=tuple(accused[:1]),
                modality="asserted",
                future=False,
                trigger_start=token.idx,
                trigger_end=token.idx + len(token),
                predicate=token,
                sentence=sent,
                confidence=0.45,
            )
        )
    return made


def _accused_subjects(words: list[Token], speech: Token, index: ActorIndex) -> list[str]:
    """ "the West views Russia as an adversary": who the clause around an accusing word is about."""
    found: list[str] = []
    for word in words:
        verb = word
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.i == speech.i:
            continue
        subject = child_with(verb, SUBJECTS)
        if subject is not None and subject.pos_ != "PRON":
            found.extend(a for a in index.phrase(subject) if index.code(a) is not None)
    return found


def _extend(found: list[str], more: list[str]) -> None:
    for item in more:
        if item not in found:
            found.append(item)
