"""Who the arguments of a predicate are: syntactic roles, then the actors they name.

``ActorIndex`` maps tokens to the actors the actor extractor found; ``subject_of``
and friends find a predicate's arguments in the dependency parse, climbing
through control and coordination when a clause has no subject of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Actor, Mention, Place

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
        "thousands",
        "hundreds",
        "dozens",
        "scores",
        "millions",
        "tens",
        "billions",
        "lot",
        "majority",
    }
)
_AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_PERSONAL = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_NEUTER = {"it", "its", "itself"}
_PLURAL = {"they", "them", "their", "theirs", "themselves"}
_COLLECTIVE_KINDS = ("country", "organization", "group")
# the sectors that act for the state itself; "" is a bare country code
_STATE_SECTORS = frozenset({"", "GOV", "MIL", "SPY"})


class ActorIndex:
    """The actors mentioned at each token of one document."""

    def __init__(
        self, doc: Doc, actors: Sequence[Actor], mentions: Sequence[Mention], places: Sequence[Place] = ()
    ) -> None:
        self.doc = doc
        self.actors = {actor.id: actor for actor in actors}
        self._by_token: dict[int, list[str]] = {}
        self._places: dict[int, Place] = {}
        for place in places:
            if getattr(place, "caption", None) is None and place.country:
                span = doc.char_span(place.start, place.end, alignment_mode="expand")
                if span is not None:
                    self._places[span.root.i] = place
        # actors made here for places that are acted upon ("a strike on Kyiv"), with their mentions
        self.place_actors: list[Actor] = []
        self.place_mentions: list[Mention] = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                ids = self._by_token.setdefault(token.i, [])
                if mention.actor not in ids:
                    ids.append(mention.actor)

    def at(self, token: Token, exclude: frozenset[str] = frozenset()) -> list[str]:
        """Actors mentioned by this very token (or resolved pronoun, skipping ``exclude``)."""
        found = self._by_token.get(token.i)
        if found:
            return list(found)
        if token.pos_ == "PRON" or token.lower_ in _PERSONAL | _NEUTER | _PLURAL:
            return self._pronoun(token, exclude)
        return []

    def recipient(self, head: Token, exclude: frozenset[str] = frozenset()) -> list[str]:
        """Actors a target phrase names; a place that is acted upon stands for its country.

        "Russian missiles hit Kharkiv": Kharkiv is where the strike landed and who
        suffered it, so it becomes an actor coded as its country (UKR).
        """
        found: list[str] = []
        for member in (head, *_conjuncts(head)):
            named = self._single(member, 3, exclude)
            if named and any(self.code(a) for a in named):
                _extend(found, named)
            else:
                _extend(found, self._near(member, exclude) or named)
        return found

    def _near(self, head: Token, exclude: frozenset[str], depth: int = 2) -> list[str]:
        """Who a target phrase without a coded actor is about: "Kharkiv", "Odesa's port",
        "the Essequibo region of Guyana" (a coded actor there, else the place's country)."""
        for token in (head, *(c for c in head.children if c.dep_ in ("poss", "compound", "nmod"))):
            coded = [a for a in self._by_token.get(token.i, []) if self.code(a) and a not in exclude]
            if coded:
                return coded
            if token.i in self._places:
                return self._place_actor(self._places[token.i])
        if depth > 0:
            for pobj in (c for prep in head.children if prep.lower_ == "of" for c in prep.children):
                if pobj.dep_ == "pobj":
                    return self._near(pobj, exclude, depth - 1)
        return []

    def _place_actor(self, place: Place) -> list[str]:
        for actor in self.place_actors:
            if actor.name == place.name and actor.code == place.country:
                return [actor.id]
        actor_id = f"p{len(self.place_actors) + 1}"
        actor = Actor(actor_id, place.name, "country", place.country, place.country, None)
        self.place_actors.append(actor)
        self.place_mentions.append(Mention(place.start, place.end, place.text, "GPE", actor_id))
        self.actors[actor_id] = actor
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        for token in span or ():
            self._by_token.setdefault(token.i, []).append(actor_id)
        return [actor_id]

    def code(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        return actor.code if actor else None

    def country(self, actor_id: str) -> str | None:
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        return actor.country or (actor.code[:3] if actor.code else None)

    def same_side(self, one: str, other: str) -> bool:
        """Whether two actors are one party: the same actor, or one state and its own government,
        armed forces or intelligence ("Iran" and "Iranian officials"). A state's government and
        its opposition, rebels, courts, police or citizens are different parties."""
        if one == other:
            return True
        country = self.country(one)
        if country is None or country != self.country(other):
            return False
        return all(self._state_part(actor) for actor in (one, other))

    def _state_part(self, actor_id: str) -> bool:
        code = self.code(actor_id) or ""
        return code[3:6] in _STATE_SECTORS

    def phrase(self, head: Token, depth: int = 3, exclude: frozenset[str] = frozenset()) -> list[str]:
        """Actors a noun phrase headed by ``head`` refers to (with its conjuncts).

        "Putin's home" refers to Putin; "a series of agreements" looks through
        "series"; "the Guards, the ideological arm of Iran's military" uses the head.
        """
        found: list[str] = []
        for member in (head, *_conjuncts(head)):
            _extend(found, self._single(member, depth, exclude))
        if head.dep_ in SUBJECTS and found:
            _extend(found, self._left_coordinate(head))
        return found

    def _left_coordinate(self, head: Token) -> list[str]:
        """ "Xi told Mishustin China and Russia would …": a subject whose "X and" the parser
        attached elsewhere still has X as a co-subject."""
        first = min(head.left_edge.i, head.i)
        if first < 2 or any(child.dep_ == "conj" for child in head.children):
            return []
        doc = head.doc
        if doc[first - 1].lower_ != "and":
            return []
        before = doc[first - 2]
        if before.dep_ in SUBJECTS or before.head.i == head.head.i:
            return []
        return [a for a in self._by_token.get(before.i, []) if self.actors.get(a) and self.actors[a].kind == "country"]

    def _single(self, head: Token, depth: int, exclude: frozenset[str] = frozenset()) -> list[str]:
        if head.pos_ == "PRON":
            # "support it (Ukraine)": the apposition says who "it" is
            for child in head.children:
                if child.dep_ == "appos" and self._by_token.get(child.i):
                    return list(self._by_token[child.i])
        own = self.at(head, exclude)
        if own:
            return own
        if depth <= 0:
            return []
        for child in head.children:
            if child.dep_ == "appos":
                found = self._single(child, depth - 1, exclude)
                if found:
                    return found
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod") and child.i < head.i:
                found = self.at(child, exclude) or (
                    self._single(child, depth - 1, exclude) if child.dep_ == "poss" else []
                )
                if found:
                    return found
        if head.lemma_.lower() in QUANTITY_NOUNS or head.lower_ in QUANTITY_NOUNS or head.pos_ in ("NUM", "PRON"):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.phrase(pobj, depth - 1, exclude)
        return []

    def _pronoun(self, token: Token, exclude: frozenset[str] = frozenset()) -> list[str]:
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
                    if actor and actor.kind in kinds and actor_id not in exclude:
                        return [actor_id]
        floor = _previous_sentence_start(token)
        for i in range(token.i - 1, floor - 1, -1):
            for actor_id in self._by_token.get(i, []):
                actor = self.actors.get(actor_id)
                if actor and actor.kind in kinds and actor_id not in exclude:
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
    for _ in range(3):
        # "Xi invited Putin to visit Beijing during their summit": their = Xi and Putin
        for child in sorted(verb.children, key=lambda c: c.i):
            if child.dep_ not in (*SUBJECTS, *OBJECTS, "dative") or token in child.subtree:
                continue
            for member in (child, *_conjuncts(child)):
                # direct mentions only: resolving pronouns here could loop
                _extend(found, index._by_token.get(member.i, []))
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
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
    if verb.dep_ == "pcomp" and head.lower_ in ("for", "of", "over") and head.head.pos_ == "VERB":
        # "accused X of attacking", "sanctioned X for supplying": X does the second verb
        obj = child_with(head.head, OBJECTS)
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
    """Look through "a series of", "thousands of", "$500 million in" to the noun that matters."""
    amount = (
        token.ent_type_ in _AMOUNT_ENTITIES
        or token.pos_ == "NUM"
        or any(child.dep_ == "nummod" for child in token.children)  # "50 billion euros of assistance"
    )
    if token.lemma_.lower() in QUANTITY_NOUNS or token.lower_ in QUANTITY_NOUNS or amount:
        preps = ("of", "in", "worth") if amount else ("of",)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
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
