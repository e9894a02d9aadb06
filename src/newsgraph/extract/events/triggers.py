"""Words that name events: verbs, nouns, light-verb constructions and frames.

A *trigger* names an event of a PLOVER type ("attacked", "protests", "held
talks"). A *frame* embeds another event and changes what it is ("demanded that
…", "threatened to …", "its claim that …"). Both are found from the lexicon
and the dependency parse of one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.tokens import Span, Token

from newsgraph.extract.events.roles import OBJECTS, child_with, objects_of
from newsgraph.extract.events.vocabulary import EventVocabulary, LightVerb, TriggerEntry

_V = TypeVar("_V")

FRAME_TYPES = {
    "vow": "AGREE",  # or THREATEN, when what is vowed is hostile
    "request": "REQUEST",
    "threaten": "THREATEN",
    "reject": "REJECT",
    "agree": "AGREE",
    "accuse": "ACCUSE",
}
_COMPLEMENT_DEPS = ("oprd", "attr", "acomp", "ccomp", "xcomp")
# "call for", "push for", "press for": these request frames need their preposition
_FRAME_PREPS = {
    "call": ("for", "on", "upon"),
    "press": ("for",),
    "push": ("for",),
    "appeal": ("for", "to"),
    "charge": ("with",),
}
_NOUN_FRAMES = {
    "claim": "claim",
    "allegation": "claim",
    "accusation": "claim",
    "assertion": "claim",
    "charge": "claim",
    "report": "speech",
    "statement": "speech",
    "reminder": "speech",
    "declaration": "speech",
    "announcement": "speech",
    "warning": "threaten",
    "denial": "deny",
    "threat": "threaten",
    "demand": "request",
    "call": "request",
    "appeal": "request",
    "plan": "intend",
    "offer": "agree",
    "promise": "agree",
    "pledge": "agree",
    "refusal": "reject",
}


@dataclass(frozen=True)
class Trigger:
    """A word naming an event, the predicate whose arguments fill its roles, and its type."""

    head: Token
    predicate: Token
    entry: TriggerEntry
    type: str
    mode: str | None
    nominal: bool
    alternatives: tuple[TriggerEntry, ...] = ()
    # "complement": the event noun is what a party demands ("made the withdrawal
    # of troops a precondition"): its own agent is the target
    via: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        """Character span covering the trigger word (and its light verb when close)."""
        first, last = sorted((self.head.i, self.predicate.i))
        doc = self.head.doc
        if last - first > 4:
            first = last = self.head.i
        return doc[first].idx, doc[last].idx + len(doc[last])


@dataclass(frozen=True)
class Frame:
    """A word that embeds an event ("demanded", "claimed", "willing") and how."""

    token: Token
    kind: str
    nominal: bool = False


@dataclass
class SentenceTriggers:
    """The triggers and frames of one sentence."""

    triggers: list[Trigger] = field(default_factory=list)
    frames: dict[int, Frame] = field(default_factory=dict)


def sentence_triggers(sent: Span, vocab: EventVocabulary) -> SentenceTriggers:
    """Find the triggers and frames of a sentence."""
    found = SentenceTriggers()
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            frame = _verb_frame(token, vocab)
            if frame is not None:
                found.frames[token.i] = frame
            light = _light_verb_trigger(token, vocab)
            if light is not None:
                found.triggers.append(light)
                consumed.add(light.head.i)
                if frame is not None and frame.kind in FRAME_TYPES:
                    # "offered support" is the support itself, not an offer around it
                    del found.frames[token.i]
                continue
            verb = _verb_trigger(token, vocab)
            if verb is not None:
                found.triggers.append(verb)
                consumed.update(obj.i for obj in objects_of(token) if verb.entry.objects)
        elif token.pos_ == "ADJ" and token.lemma_.lower() in vocab.frame_adjectives:
            found.frames[token.i] = Frame(token, vocab.frame_adjectives[token.lemma_.lower()])
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _NOUN_FRAMES and _has_clause(token):
            found.frames[token.i] = Frame(token, _NOUN_FRAMES[token.lemma_.lower()], nominal=True)
    for token in sent:
        if token.pos_ == "NOUN" and token.i not in consumed and token.ent_type_ not in ("DATE", "TIME"):
            noun = _noun_trigger(token, vocab)
            if noun is not None:
                found.triggers.append(noun)
    return found


def lemma_in(token: Token, table: dict[str, _V]) -> str | None:
    """The form of ``token`` under which ``table`` lists it, if any.

    The model's lemmatizer slips on some verbs ("staged" → "stag"), so the word
    itself and its regular stems are tried after the lemma.
    """
    lower = token.lower_
    candidates = [token.lemma_.lower(), lower]
    if lower.endswith("ied"):
        candidates.append(lower[:-3] + "y")
    if lower.endswith("ed"):
        candidates += [lower[:-1], lower[:-2]]
    if lower.endswith("ing"):
        candidates += [lower[:-3], lower[:-3] + "e"]
    if lower.endswith("s"):
        candidates.append(lower[:-1])
    return next((c for c in candidates if c in table), None)


def _has_clause(noun: Token) -> bool:
    """A noun like "claim" frames an event only with a clause: "its claim that …"."""
    return any(child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX") for child in noun.children)


def _verb_frame(token: Token, vocab: EventVocabulary) -> Frame | None:
    lemma = lemma_in(token, vocab.frames)
    if lemma is None:
        return None
    kind = vocab.frames[lemma]
    if token.dep_ in ("amod", "compound", "nmod"):
        return None  # "declining living standards" describes, it does not decline anything
    has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    preps = _FRAME_PREPS.get(lemma)
    if preps is not None:
        has_prep = any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)
        if not (has_prep or has_clause):
            return None
    # a request, refusal, promise or threat needs something requested or refused
    needs_object = kind in FRAME_TYPES and kind != "accuse" and not has_clause
    if needs_object and not any(c.dep_ in ("dobj", "dative", "prep", "nsubjpass") for c in token.children):
        return None
    return Frame(token, kind)


def _verb_trigger(token: Token, vocab: EventVocabulary) -> Trigger | None:
    lemma = lemma_in(token, vocab.verbs)
    entries = vocab.verbs[lemma] if lemma else ()
    if not entries:
        return None
    matching = [entry for entry in entries if _verb_entry_matches(token, entry)]
    if not matching:
        return None
    entry = matching[0]
    mode = entry.mode or _mode_from_modifiers(token, vocab)
    return Trigger(token, token, entry, entry.type, mode, nominal=False, alternatives=tuple(matching[1:]))


def _verb_entry_matches(token: Token, entry: TriggerEntry) -> bool:
    particles = {child.lemma_.lower() for child in token.children if child.dep_ == "prt"}
    # "pulled out of": the parser takes the particle for a preposition
    particles |= {
        c.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("out", "off", "down", "up", "back")
    }
    if entry.particle and entry.particle not in particles:
        return False
    if (
        not entry.particle
        and particles & {"up", "off", "down", "out", "over", "back"}
        and token.lemma_
        in (
            "break",
            "cut",
            "shoot",
            "blow",
            "step",
            "pull",
            "hand",
            "call",
            "carry",
        )
    ):
        return False
    if entry.objects and not any(_lemmas(obj) & entry.objects for obj in _supplied(token)):
        return False
    if entry.requires_prep and not _has_required_prep(token, entry):
        return False
    if entry.no_object and any(child.dep_ in OBJECTS for child in token.children):
        return False
    return not entry.complements or any(_lemmas(comp) & entry.complements for comp in _complements(token))


def _supplied(verb: Token) -> list[Token]:
    """What a verb acts on: its objects, and "with Y" in "provided Ukraine with Y"."""
    found = list(objects_of(verb))
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            found.extend(objects_of_prep(child))
    return found


def objects_of_prep(prep: Token) -> list[Token]:
    return [child for child in prep.children if child.dep_ == "pobj"]


def _has_required_prep(verb: Token, entry: TriggerEntry) -> bool:
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for prep, objects in entry.requires_prep:
            if child.lower_ != prep:
                continue
            if not objects or any(_lemmas(pobj) & objects for pobj in child.children if pobj.dep_ == "pobj"):
                return True
    return False


def _complements(verb: Token) -> Iterator[Token]:
    """Object complements: "designated X a terrorist organization", "listed X as …"."""
    objects = [child for child in verb.children if child.dep_ in OBJECTS]
    if len(objects) >= 2:
        # "made the withdrawal a precondition" parses as two objects
        yield objects[-1]
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "xcomp", "ccomp") and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            yield child
        elif child.dep_ == "prep" and child.lower_ == "as":
            yield from (c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in OBJECTS:
            # the parser often attaches the complement under the object
            for grandchild in child.children:
                if grandchild.dep_ in ("oprd", "appos", "attr", "amod") and grandchild.pos_ in ("NOUN", "ADJ"):
                    yield grandchild
                elif grandchild.dep_ == "prep" and grandchild.lower_ == "as":
                    yield from (c for c in grandchild.children if c.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "ccomp":
            # "declaring the Guards a terror group" sometimes parses as a small clause
            yield from (c for c in child.children if c.dep_ in ("attr", "oprd", "dobj"))


def _lemmas(token: Token) -> set[str]:
    """The lemma of a noun and of its modifiers: "a foreign terrorist organization"."""
    found = {token.lemma_.lower(), token.lower_}
    if token.ent_type_:
        found.add(token.ent_type_)  # "released Evan Gershkovich": a person as the object
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            found.add(child.lemma_.lower())
    return found


def _light_verb_trigger(token: Token, vocab: EventVocabulary) -> Trigger | None:
    lemma = lemma_in(token, vocab.light_verbs)
    options = vocab.light_verbs[lemma] if lemma else ()
    if not options:
        return None
    particles = {child.lemma_.lower() for child in token.children if child.dep_ == "prt"}
    light: LightVerb | None = next((o for o in options if o.particle is None or o.particle in particles), None)
    if light is None:
        return None
    for obj in objects_of(token):
        noun = _noun_trigger(obj, vocab)
        if noun is None:
            continue
        new_type = light.changes.get(noun.type, noun.type)
        for complement in _complements(token):
            changed = light.complement_changes.get(complement.lemma_.lower())
            if changed:
                return Trigger(noun.head, token, noun.entry, changed, _request_mode(noun.type), False, via="complement")
        return Trigger(noun.head, token, noun.entry, new_type, noun.mode, nominal=False)
    return None


def _request_mode(embedded_type: str) -> str:
    if embedded_type in ("RETREAT", "CONCEDE"):
        return "yield"
    if embedded_type in ("CONSULT", "AGREE"):
        return "meet"
    if embedded_type in ("AID", "COOPERATE", "SUPPORT"):
        return "assist"
    return "change"


def _noun_trigger(token: Token, vocab: EventVocabulary) -> Trigger | None:
    entries = vocab.nouns.get(token.lemma_.lower())
    if not entries or token.pos_ != "NOUN" or token.ent_type_ in ("DATE", "TIME"):
        return None
    modifiers = [child for child in token.children if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod")]
    modifier_lemmas = {child.lemma_.lower() for child in modifiers} | {child.lower_ for child in modifiers}
    for entry in entries:
        if len(entry.words) > 1 and not set(entry.words[:-1]) <= modifier_lemmas:
            continue
        if entry.needs_modifier and not (modifier_lemmas & entry.needs_modifier):
            continue
        if entry.needs_modifier_or_possessor and not any(
            child.dep_ in ("poss", "compound", "amod") for child in token.children
        ):
            continue
        mode = entry.mode or _mode_from_modifiers(token, vocab)
        predicate = _light_governor(token, vocab) or token
        return Trigger(token, predicate, entry, entry.type, mode, nominal=predicate is token)
    return None


def _light_governor(noun: Token, vocab: EventVocabulary) -> Token | None:
    """The light verb a noun is the object of ("staged a protest"), if any."""
    if noun.dep_ in OBJECTS or noun.dep_ == "nsubjpass":
        head = noun.head
        if lemma_in(head, vocab.light_verbs):
            return head
    return None


def _mode_from_modifiers(token: Token, vocab: EventVocabulary) -> str | None:
    for child in token.subtree:
        if child.i >= token.i + 1 and child.dep_ != "prep":
            continue
        mode = vocab.mode_modifiers.get(child.lemma_.lower())
        if mode and child.i != token.i:
            return mode
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "by"):
            pobj = child_with(child, ("pobj",))
            if pobj is not None and pobj.lemma_.lower() in vocab.mode_modifiers:
                return vocab.mode_modifiers[pobj.lemma_.lower()]
    return None
