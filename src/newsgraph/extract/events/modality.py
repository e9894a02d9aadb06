"""How sure the text is that an event happened: asserted, claimed, denied, negated,
future or hypothetical.

Two sources of evidence: the event's own clause (negation, "no such attack",
modal verbs, "if", "alleged"), and the frames above it in the parse ("claimed
that", "accused X of", "denied", "said", "admitted", "plans to").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.events.triggers import Frame, Trigger
from newsgraph.extract.events.vocabulary import EventVocabulary
from newsgraph.model import Modality

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
# relations through which an event sits inside the frame above it
_EMBEDDING = frozenset(
    {
        "ccomp",
        "xcomp",
        "advcl",
        "acl",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "obj",
        "nsubj",
        "nsubjpass",
        "attr",
        "oprd",
        "acomp",
        "appos",
        "npadvmod",
        "dep",
        "parataxis",
        "compound",
        "agent",
        "dative",
    }
)


@dataclass(frozen=True)
class Embedding:
    """The frames above an event, nearest first, and whether it sits in a relative clause."""

    frames: tuple[Frame, ...]


def frames_above(token: Token, frames: dict[int, Frame]) -> Embedding:
    """Walk up the parse from a predicate and collect the frames it is embedded in.

    Coordination is crossed without collecting ("admitted X and claimed Y" keeps
    X under "admitted" only); a relative clause is presupposed and stops the walk.
    """
    found: list[Frame] = []
    current = token
    while current.head.i != current.i:
        dep = current.dep_
        head = current.head
        if dep == "relcl":
            break
        if dep == "conj":
            current = head
            continue
        if dep in _EMBEDDING and head.i in frames and head.i != token.i:
            found.append(frames[head.i])
        current = head
    return Embedding(tuple(found))


@dataclass(frozen=True)
class Local:
    """What the event's own clause says: a modality (or None) and whether it is in the future."""

    modality: Modality | None
    future: bool = False


def local_modality(trigger: Trigger, vocab: EventVocabulary) -> Local:
    """The modality the event's own clause gives (None when it says nothing special)."""
    if trigger.nominal:
        return _nominal_modality(trigger.head, vocab)
    predicate = trigger.predicate
    chain = [predicate]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head.i != chain[-1].i and len(chain) < 4:
        chain.append(chain[-1].head)
    negated = any(_negated(verb) for verb in chain)
    auxiliaries = {child.lower_ for verb in chain for child in verb.children if child.dep_ in ("aux", "auxpass")}
    conditional = any(_conditional(verb, vocab) for verb in chain)
    negated = negated or _nominal_object_negated(trigger)
    future = bool(auxiliaries & (vocab.future_auxiliaries | vocab.future_in_past))
    if conditional:
        return Local("hypothetical", future)
    if future:
        return Local("negated" if negated else "future", True)
    if auxiliaries & vocab.hypothetical_auxiliaries:
        return Local("hypothetical")
    return Local("negated" if negated else None)


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never") for child in verb.children)


def _conditional(verb: Token, vocab: EventVocabulary) -> bool:
    current = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in vocab.conditional_marks for c in current.children):
            return True
        if current.dep_ != "advcl" and current.dep_ != "conj":
            break
        current = current.head
    return False


def _nominal_object_negated(trigger: Trigger) -> bool:
    """ "launched no attack": the light verb's object carries the negation."""
    return any(child.dep_ == "det" and child.lower_ == "no" for child in trigger.head.children)


def _nominal_modality(noun: Token, vocab: EventVocabulary) -> Local:
    modifiers = {child.lower_ for child in noun.children if child.dep_ in ("amod", "det", "compound", "advmod")}
    if modifiers & vocab.alleged_modifiers:
        return Local("claimed")
    if modifiers & vocab.negative_determiners:
        return Local("negated")
    governor = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and governor.lemma_.lower() in vocab.happen_verbs and _negated(governor):
        return Local("negated")
    for child in noun.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in ("deny", "dispute", "reject"):
            return Local("denied")
    verb = _governing_verb(noun)
    if verb is None:
        return Local(None)
    future = bool(
        {c.lower_ for c in verb.children if c.dep_ == "aux"} & (vocab.future_auxiliaries | vocab.future_in_past)
    )
    if _negated(verb) and verb.lemma_.lower() not in vocab.happen_verbs:
        # "will not return to talks": the talks are refused, in the future
        return Local("negated", future)
    return Local("future" if future else None, future)


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause a noun sits in ("will achieve its goals through an operation")."""
    current = noun
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def embedded_modality(local: Modality | None, embedding: Embedding, contested: bool) -> Modality:
    """Combine the event's own modality with the nearest frame above it.

    ``contested`` says the nearest speech frame's speaker is a party reporting
    another party's hostile act, which the text then only claims.
    """
    for frame in embedding.frames:
        if frame.kind == "deny":
            return "denied"
        if frame.kind in ("claim", "accuse"):
            return "denied" if local == "negated" else "claimed"
        if frame.kind == "factive":
            return local or "asserted"
        if frame.kind == "intend":
            return local if local in ("negated", "hypothetical") else "future"
        if frame.kind == "speech":
            if local is not None:
                return local
            return "claimed" if contested else "asserted"
        if frame.kind == "attempt":
            return local or "asserted"
    return local or "asserted"
