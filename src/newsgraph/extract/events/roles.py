"""Who the arguments of a predicate are: syntactic roles, then the actors they name.

``ActorIndex`` maps tokens to the actors the actor extractor found; ``subject_of``
and friends find a predicate's arguments in the dependency parse, climbing
through control and coordination when a clause has no subject of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Actor, Mention

SUBJECTS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
OBJECTS = ("dobj", "obj")
# verbs whose object is the subject of their infinitive ("urged Iran to stop")
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "order",
        "force",
        "compel",
        "invite",
        "tell",
        "call",
        "allow",
        "permit",
        "press",
        "encourage",
        "persuade",
        "warn",
        "enable",
        "help",
        "instruct",
        "request",
        "push",
        "appeal",
    }
)
QUANTITY_NOUNS = frozenset(
    {
        "series",
        "number",
        "set",
        "raft",
        "package",
        "pair",
        "couple",
        "range",
        "host",
        "flurry",
        "slew",
        "wave",
        "string",
        "round",
        "batch",
        "one",
        "some",
        "all",
        "part",
        "dozen",
        "group",
        "team",
        "delegation",
        "unit",
        "member",
        "members",
    }
)
_PERSONAL = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_NEUTER = {"it", "its", "itself"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_COLLECTIVE_KINDS = ("country", "organization", "group")


class ActorIndex:
    """The actors mentioned at each token of one document."""

    def __init__(self, doc: Doc, actors: Sequence[Actor], mentions: Sequence[Mention]) -> None:
        self.doc = doc
        self.actors = {actor.id: actor for actor in actors}
        self._by_token: dict[int, list[str]] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                ids = self._by_token.setdefault(token.i, [])
                if mention.actor not in ids:
                    ids.append(mention.actor)

    def at(self, token: Token) -> list[str]:
        """Actors mentioned by this very token (or resolved pronoun)."""
        found = self._by_token.get(token.i)
        if found:
            return list(found)
        if token.pos_ == "PRON" or token.lower_ in _PERSONAL | _NEUTER | _PLURAL:
            return self._pronoun(token)
        return []

    def code(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.code if actor else None

    def country(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        return actor.country or (actor.code[:3] if actor.code else None)

    def phrase(self, head: Token, depth: int = 3) -> list[str]:
        """Actors a noun phrase headed by ``head`` refers to (with its conjuncts).

        "Putin's home" refers to Putin; "a series of agreements" looks through
        "series"; "the Guards, the ideological arm of Iran's military" uses the head.
        """
        found: list[str] = []
        for member in (head, *_conjuncts(head)):
            _extend(found, self._single(member, depth))
        return found

    def _single(self, head: Token, depth: int) -> list[str]:
        own = self.at(head)
        if own:
            return own
        if depth <= 0:
            return []
        for child in head.children:
            if child.dep_ == "appos":
                found = self._single(child, depth - 1)
                if found:
                    return found
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod") and child.i < head.i:
                found = self.at(child) or (self._single(child, depth - 1) if child.dep_ == "poss" else [])
                if found:
                    return found
        if head.lemma_.lower() in QUANTITY_NOUNS or head.pos_ in ("NUM", "PRON"):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.phrase(pobj, depth - 1)
        return []

    def _pronoun(self, token: Token) -> list[str]:
        """Resolve a pronoun the actor extractor left alone, to the nearest fitting actor before it."""
        lower = token.lower_
        if lower in _PERSONAL:
            kinds: tuple[str, ...] = ("person",)
        elif lower in _NEUTER:
            kinds = _COLLECTIVE_KINDS
        elif lower in _PLURAL:
            clause = _clause_participants(self, token)
            if len(clause) >= 2:
                return clause
            kinds = (*_COLLECTIVE_KINDS, "person")
        else:
            return []
        if token.dep_ == "poss" and lower in ("its", "their"):
            subject = _clause_subject(token)
            if subject is not None and subject.i < token.i:
                for actor_id in self._by_token.get(subject.i, []):
                    actor = self.actors.get(actor_id)
                    if actor and actor.kind in kinds:
                        return [actor_id]
        floor = _previous_sentence_start(token)
        for i in range(token.i - 1, floor - 1, -1):
            for actor_id in self._by_token.get(i, []):
                actor = self.actors.get(actor_id)
                if actor and actor.kind in kinds:
                    return [actor_id]
        return []


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above a token ("Russia will achieve its goals")."""
    current = token
    for _ in range(6):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            subject = child_with(current, SUBJECTS)
            if subject is not None:
                return subject
    return None


def _clause_participants(index: ActorIndex, token: Token) -> list[str]:
    """The subject and object actors of the clause a plural pronoun sits in ("their summit")."""
    verb = token
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    found: list[str] = []
    for child in verb.children:
        if child.dep_ not in (*SUBJECTS, *OBJECTS, "dative") or token in child.subtree:
            continue
        for member in (child, *_conjuncts(child)):
            # direct mentions only: resolving pronouns here could loop
            _extend(found, index._by_token.get(member.i, []))
    return found


def _previous_sentence_start(token: Token) -> int:
    sent = token.sent
    if sent.start == 0:
        return 0
    return token.doc[sent.start - 1].sent.start


def _conjuncts(token: Token) -> Iterable[Token]:
    for child in token.children:
        if child.dep_ == "conj":
            yield child
            yield from _conjuncts(child)


def _extend(found: list[str], more: Iterable[str]) -> None:
    for item in more:
        if item not in found:
            found.append(item)


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in (*PASSIVE_SUBJECTS, "auxpass") for child in verb.children)


def child_with(token: Token, deps: Iterable[str]) -> Token | None:
    wanted = tuple(deps)
    return next((child for child in token.children if child.dep_ in wanted), None)


def subject_of(verb: Token, index: ActorIndex, depth: int = 4) -> list[str]:
    """Actors doing what ``verb`` says, climbing through control and coordination."""
    if is_passive(verb):
        agent = passive_agent(verb)
        if agent is not None:
            return index.phrase(agent)
    else:
        subject = child_with(verb, SUBJECTS)
        if subject is not None:
            found = index.phrase(subject)
            if found or subject.lower_ not in ("which", "that", "who"):
                return found
    if depth <= 0:
        return []
    head = verb.head
    if verb.dep_ == "relcl":
        return index.phrase(head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "X listed …, while Y did the same, accusing …": the nearest clause's subject
        nearest = _nearest_subject_before(verb, index)
        if nearest:
            return nearest
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        obj = child_with(head, (*OBJECTS, "dative"))
        if obj is not None:
            found = index.phrase(obj)
            if found:
                return found
    if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp") and head.i != verb.i:
        return subject_of(head, index, depth - 1)
    if verb.dep_ == "pcomp" or (verb.dep_ == "pobj" and head.dep_ == "prep"):
        return subject_of(head.head, index, depth - 1)
    if verb.dep_ == "prep":
        return subject_of(head, index, depth - 1)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN", "VB"):
        noun = verb.head
        found = index.phrase(noun)
        if found:
            return found
        if noun.dep_ in (*OBJECTS, "pobj"):
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head
            return subject_of(governor, index, depth - 1)
    return []


def _nearest_subject_before(verb: Token, index: ActorIndex) -> list[str]:
    for candidate in reversed(list(verb.sent[: verb.i - verb.sent.start])):
        if candidate.pos_ in ("VERB", "AUX") and candidate.i < verb.i:
            subject = child_with(candidate, SUBJECTS)
            if subject is not None:
                found = index.phrase(subject)
                if found:
                    return found
    return []


def passive_agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb, as its noun."""
    for child in verb.children:
        if child.dep_ == "agent":
            return child_with(child, ("pobj",))
    return None


def objects_of(verb: Token) -> list[Token]:
    """The direct objects of a verb (the passive subject when the verb is passive)."""
    if is_passive(verb):
        subject = child_with(verb, PASSIVE_SUBJECTS)
        return [subject] if subject is not None else []
    found = [child for child in verb.children if child.dep_ in OBJECTS]
    return [_through_quantity(obj) for obj in found]


def _through_quantity(token: Token) -> Token:
    """Look through "a series of", "a number of" to the noun that matters."""
    if token.lemma_.lower() in QUANTITY_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = child_with(child, ("pobj",))
                if pobj is not None:
                    return pobj
    return token


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions hanging off ``token`` ("with X", "against Y")."""
    wanted = {p.lower() for p in preps}
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ in wanted:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def sentence_of(token: Token) -> Span:
    return token.sent
