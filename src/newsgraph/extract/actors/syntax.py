"""Where things sit in the parse: modifiers of a noun, a name's title, appositions, metonymy.

Pure functions of the dependency parse (and the scene's hits); they decide which
tokens describe an actor, never what the actor is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.actors.matcher import BODY, GOVERNMENT, LOCATIVE, PERSON, SURNAME, TITLE
from newsgraph.extract.actors.scene import Scene, head_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# prepositions whose object describes the noun before them: "ministers from Iran", "the ministry of X"
DESCRIBING_PREPS = frozenset({"of", "from", "for", "at", "in", "with", "throughout", "across"})
LOCATING_PREPS = frozenset({"in", "at", "throughout", "across"})
# a capital after these is where something happens, not who acts
PLACE_PREPS = frozenset(
    {"in", "at", "near", "into", "inside", "outside", "across", "around", "through", "throughout", "via", "of",
     "to", "from", "toward", "towards", "onto", "over", "under", "beyond", "within", "off", "on"}
)  # fmt: skip
# after these a capital stands for its government: "talks with Kyiv", "pressure on Beijing"
PARTY_PREPS = frozenset({"with", "between", "against", "by", "among", "versus", "vs", "vs."})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NAME_KINDS = frozenset({PERSON, SURNAME, "ner-PERSON"})
MAX_TITLE = 10


def noun_phrase_left(head: Token) -> list[Token]:
    """Return the tokens that modify a noun from the left in its sentence ("the Iranian foreign")."""
    tokens: list[Token] = []
    for child in head.lefts:
        tokens.extend(t for t in child.subtree if t.i < head.i)
    return tokens


def prepositional_objects(head: Token, preps: frozenset[str] = DESCRIBING_PREPS, depth: int = 2) -> list[Token]:
    """Return objects of the prepositions after a noun: "ministers [from] the two countries"."""
    found: list[Token] = []
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.append(obj)
                    if depth > 1:
                        found.extend(prepositional_objects(obj, preps, depth - 1))
    return found


def title_before(scene: Scene, start: int, end: int) -> list[int]:
    """Return the indices of a title written before a name ("Russian Foreign Minister" Sergei Lavrov).

    Scans left while each word (or hit) hangs on the name or on words already taken,
    so "On Tuesday Putin said" takes nothing.
    """
    doc = scene.doc
    first = scene.sentence_starts[scene.sentence_of(start)]
    taken: set[int] = set(range(start, end))
    index = start - 1
    while index >= first and len(taken) - (end - start) < MAX_TITLE:
        token = doc[index]
        span = _unit_at(scene, index)
        if span is None:
            if token.pos_ == "DET" and token.head.i in taken:
                taken.add(index)
            break
        low, high = span
        head = head_of(doc, low, high + 1)
        if head.head.i not in taken and not any(t.head.i in taken for t in doc[low : high + 1]):
            break
        taken.update(range(low, high + 1))
        index = low - 1
    return sorted(i for i in taken if i < start)


def _unit_at(scene: Scene, index: int) -> tuple[int, int] | None:
    """The title-scan unit ending at ``index``: a title/body hit, a non-person name, or a word."""
    token = scene.doc[index]
    noun = scene.noun_covering.get(index)
    if noun is not None and noun.first(TITLE, BODY, GOVERNMENT):
        return noun.start, noun.end - 1
    named = scene.named_at.get(index)
    if named is not None:
        return None if named.kind in NAME_KINDS else (named.start, named.end - 1)
    if token.pos_ in ("PROPN", "NOUN", "ADJ") or token.tag_ == "POS" or token.text in ("-", "–"):
        return index, index
    if token.lower_ in scene.lexicon.nouns.former:
        return index, index
    return None


def apposed_title(scene: Scene, start: int, end: int) -> Token | None:
    """Return the head of a title set before a name with a comma ("the Special Envoy ..., Li Hui")."""
    doc = scene.doc
    head = head_of(doc, start, end)
    if head.dep_ == "appos" and _is_title(scene, head.head.i):
        return head.head
    if start < 2 or doc[start - 1].text != ",":
        return None
    first = scene.sentence_starts[scene.sentence_of(start)]
    for index in range(start - 2, max(first, start - 14) - 1, -1):
        token = doc[index]
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":", '"'):
            return None
        if _is_title(scene, index) and scene.noun_at.get(index):
            return token
    return None


def appositions(head: Token) -> list[Token]:
    """Return the heads of appositions after a name ("Ryan Hass, [a senior fellow] at ...")."""
    return [child for child in head.rights if child.dep_ == "appos"]


def _is_title(scene: Scene, index: int) -> bool:
    hit = scene.noun_at.get(index)
    return hit is not None and hit.first(TITLE, BODY) is not None


def first_conjunct(token: Token) -> Token:
    """Return the first of coordinated words ("Moscow and Beijing agreed": Moscow)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def government_position(scene: Scene, token: Token, seat: bool) -> bool:
    """Whether a capital (or, with ``seat``, a seat of power) here stands for a government.

    Yes as a subject ("Beijing insists"), a possessor of something not a place
    ("Beijing's support", not "Beijing's streets"), a party ("talks with Kyiv"), the
    doer of a participle ("Ottawa declaring"), or the object of a verb that takes an
    agent ("urged Beijing"). A seat of power ("the Kremlin") is the government
    unless it is where something happens ("at the Kremlin").
    """
    if any(child.dep_ in ("acl", "relcl") and child.tag_ in ("VBG", "VBZ", "VBD") for child in token.children):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.tag_ == "VBG" and following.dep_ in ("acl", "advcl", "pcomp"):
        return True  # "in reaction to Ottawa declaring ...": the parser hangs the gerund elsewhere
    token = first_conjunct(token)
    dep = token.dep_
    agent_words = scene.lexicon.nouns.agent_words
    if dep in SUBJECT_DEPS:
        return True
    if dep == "poss":
        owned = token.head
        return owned.pos_ != "PROPN" and owned.lower_ not in scene.lexicon.nouns.locatives
    if dep == "pobj":
        prep = token.head
        if prep.lower_ in PARTY_PREPS or prep.dep_ == "agent":
            return not _motion(scene, prep.head)
        governing = {prep.head.lemma_} | {c.lemma_ for c in prep.head.children if c.dep_ == "dobj"}
        if prep.lower_ in ("on", "against", "to", "toward", "towards", "from") and governing & agent_words:
            return True  # "sanctions on Caracas", "imposed sanctions on Caracas", "an appeal to Moscow"
        return seat and prep.lower_ not in PLACE_PREPS
    if dep == "dobj":
        return (seat and not _motion(scene, token.head)) or token.head.lemma_ in agent_words
    if dep in ("compound", "nmod", "amod"):
        return seat
    if dep in ("appos", "ROOT", "conj"):
        return seat
    return False


def _motion(scene: Scene, token: Token) -> bool:
    return token.lemma_ in scene.lexicon.nouns.motion_words


def is_locative(scene: Scene, index: int) -> bool:
    hit = scene.noun_at.get(index)
    return hit is not None and hit.first(LOCATIVE) is not None
