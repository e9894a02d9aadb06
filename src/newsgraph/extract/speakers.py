"""Turn the words that name a speaker into a name, and into an actor when mentions are given.

Given mentions (from the actor extractor), a speaker's words map to the actor of the
mention that overlaps them, and the speaker's name is the actor's canonical name. The
text alone also gives good names, so quotes are named before any actor exists:

- a surname is expanded to the full name the article gave earlier ("Li" → "Li Qiang"),
  and titles are dropped ("President Vladimir Putin" → "Vladimir Putin");
- a pronoun ("he added") is the most recent speaker, or person named as a subject, in
  the same or the previous paragraph, of the kind the pronoun can stand for;
- a definite description ("the spokesman", "the ministry") is the person last
  introduced with that title, or the last fuller phrase with that head
  ("the Iranian foreign ministry");
- a statement as subject ("the statement added") is whoever last issued one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from newsgraph.extract.attribution import DETERMINERS, SpeakerRef
from newsgraph.extract.layout import Layout
from newsgraph.lexicon.speech import SpeechCues
from newsgraph.model import Actor, Mention

KIND_OF_LABEL = {"PERSON": "person", "ORG": "organization", "FAC": "organization", "GPE": "organization"}
KIND_OF_LABEL |= {"NORP": "group", "LOC": "organization"}
# what a pronoun of each kind may stand for
PRONOUN_TARGETS = {"person": ("person",), "organization": ("organization",), "group": ("group", "organization")}
_DEFINITE = frozenset({"the", "this", "that"})


@dataclass(frozen=True)
class Resolved:
    """A speaker: name, where the attribution names them, kind, actor, and the naming words."""

    name: str
    start: int
    end: int
    kind: str | None = None  # person | organization | group
    actor: str | None = None
    evidence: tuple[int, int] = (0, 0)  # the words that name them (a pronoun's antecedent)


@dataclass(frozen=True)
class _Said:
    at: int
    speaker: Resolved
    channel: str | None


class SpeakerResolver:
    """Names speakers in text order, remembering who spoke for pronouns and statements."""

    def __init__(self, layout: Layout, cues: SpeechCues, actors: Sequence[Actor], mentions: Sequence[Mention]):
        self.layout = layout
        self.cues = cues
        self.actors = {a.id: a for a in actors}
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.persons = [e for e in layout.entities if e.label_ == "PERSON"]
        self.history: list[_Said] = []
        # first and last word of every longer person name, for expanding a surname
        self._name_ends = [(p, (p.text.split()[0], self._person_words(p)[-1])) for p in self.persons if len(p) > 1]

    def remember(self, speaker: Resolved, channel: str | None) -> None:
        """Record a speaker so later pronouns and statements can point back at them."""
        self.history.append(_Said(speaker.start, speaker, channel))

    def resolve(self, ref: SpeakerRef) -> Resolved | None:
        """Name the speaker ``ref`` points at, mapped to an actor through the mentions."""
        token = self.layout.doc[ref.head]
        own = self._from_text(ref, token)
        mention = self._mention(ref.start, ref.end, token.idx)
        if mention is None and own is not None and own.evidence != (ref.start, ref.end):
            mention = self._mention(own.evidence[0], own.evidence[1], own.evidence[0])
        if mention is None:
            return own
        actor = self.actors.get(mention.actor)
        evidence = (mention.start, mention.end)
        if actor is None:
            name = own.name if own is not None else mention.text
            return Resolved(name, ref.start, ref.end, own.kind if own else None, mention.actor, evidence)
        kind = "organization" if actor.kind == "country" else actor.kind
        return Resolved(actor.name, ref.start, ref.end, kind, actor.id, evidence)

    def _mention(self, start: int, end: int, head: int) -> Mention | None:
        overlapping = [m for m in self.mentions if m.start < end and start < m.end]
        if not overlapping:
            return None
        on_head = [m for m in overlapping if m.start <= head < m.end]
        return max(on_head or overlapping, key=lambda m: min(end, m.end) - max(start, m.start))

    def _from_text(self, ref: SpeakerRef, token: Token) -> Resolved | None:
        if token.pos_ == "PRON" and token.lower_ in self.cues.pronouns:
            return self._antecedent(ref, self.cues.pronouns[token.lower_])
        if token.pos_ == "PRON":
            return None  # "who", "I", "one": nobody we can name
        if token.lemma_.lower() in self.cues.channels and not token.ent_type_:
            return self._issuer(ref)
        if token.ent_type_ or token.pos_ == "PROPN":
            return self._named(ref, token)
        return self._described(ref, token)

    def _named(self, ref: SpeakerRef, token: Token) -> Resolved:
        words = self.layout.text[ref.start : ref.end].split()
        titled = self._after_title(words)
        kind = "person" if titled != words or self._titled(token) else KIND_OF_LABEL.get(token.ent_type_)
        words = titled
        evidence = (ref.start, ref.end)
        if len(words) == 1:
            person = self._full_name(words[0], ref.start)
            if person is not None:
                words, kind = self._person_words(person), "person"
                evidence = (person.start_char, person.end_char)
        return Resolved(" ".join(words), ref.start, ref.end, kind, None, evidence)

    def _is_title(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.cues.titles

    def _after_title(self, words: list[str]) -> list[str]:
        """The words after the last person title: "Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"."""
        titles = [i for i, word in enumerate(words[:-1]) if self._is_title(word)]
        return words[titles[-1] + 1 :] if titles else words

    def _titled(self, head: Token) -> bool:
        """Tell whether a name is introduced with a person title ("Chancellor Olaf Scholz")."""
        return any(c.dep_ == "compound" and self._is_title(c.text) for c in head.lefts)

    def _person_words(self, person: TokenSpan) -> list[str]:
        words = person.text.split()
        while len(words) > 1 and (self._is_title(words[0]) or words[0].lower() in self.cues.title_words):
            words = words[1:]
        while len(words) > 1 and words[-1] in ("'s", "’s"):
            words = words[:-1]
        return words

    def _full_name(self, word: str, before: int) -> TokenSpan | None:
        """The nearest longer person name ending (or, for names written surname first, starting) in ``word``.

        The last such name before ``before`` wins, else the first after it.
        """
        matches = [p for p, ends in self._name_ends if word in ends]
        earlier = [p for p in matches if p.start_char < before]
        if earlier:
            return earlier[-1]
        return matches[0] if matches else None

    def _described(self, ref: SpeakerRef, token: Token) -> Resolved:
        name = self.layout.text[ref.start : ref.end]
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.lefts)
        bare = ref.end - ref.start == len(token)
        if definite and bare:
            person = self._titled_person(token.lemma_.lower(), ref.start)
            if person is not None:
                span = (person.start_char, person.end_char)
                return Resolved(" ".join(self._person_words(person)), ref.start, ref.end, "person", None, span)
            fuller = self._fuller_phrase(token, ref.start)
            if fuller is not None:
                return Resolved(fuller[0], ref.start, ref.end, "organization", None, fuller[1])
        kind = "group" if token.tag_ in ("NNS", "NNPS") else None
        return Resolved(name, ref.start, ref.end, kind, None, (ref.start, ref.end))

    def _titled_person(self, title: str, before: int) -> TokenSpan | None:
        """The person last introduced with ``title``: "Kremlin spokesman Dmitry Peskov", "Peskov, the spokesman"."""
        for person in reversed([p for p in self.persons if p.end_char <= before]):
            root = person.root
            words = [c for c in root.lefts if c.i < person.start and c.dep_ in ("compound", "amod")]
            words += [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                words.append(root.head)
            if any(w.lemma_.lower() == title for w in words):
                return person
        return None

    def _fuller_phrase(self, token: Token, before: int) -> tuple[str, tuple[int, int]] | None:
        """The last noun phrase before with the same head and more words: "the Iranian foreign ministry"."""
        lemma = token.lemma_.lower()
        best: tuple[str, tuple[int, int]] | None = None
        for chunk in self.layout.noun_chunks:
            if chunk.end_char > before:
                break
            words = [w for w in chunk if w.lower_ not in DETERMINERS and w.dep_ != "poss" and w.tag_ != "POS"]
            if chunk.root.lemma_.lower() == lemma and len(words) > 1:
                best = (" ".join(w.text for w in words), (words[0].idx, chunk.end_char))
        return best

    def _antecedent(self, ref: SpeakerRef, kind: str) -> Resolved | None:
        """The most recent fitting speaker or subject in this paragraph or the one before."""
        targets = (*PRONOUN_TARGETS.get(kind, (kind,)), None)  # a speaker of unknown kind may fit too
        index = self.layout.paragraph_index(ref.start)
        low = self.layout.paragraphs[max(index - 1, 0)].start
        candidates: list[tuple[int, Resolved]] = [
            (said.at, said.speaker)
            for said in self.history
            if low <= said.at < ref.start and said.speaker.kind in targets
        ]
        subjects = [e for e in self._entities(targets, low, ref.start) if e.root.dep_ in ("nsubj", "nsubjpass")]
        candidates += [(e.start_char, self._entity_speaker(e)) for e in subjects]
        if "person" not in targets:
            candidates += self._subject_phrases(low, ref.start)
        if not candidates:
            candidates = [(e.start_char, self._entity_speaker(e)) for e in self._entities(targets, low, ref.start)]
        if not candidates:
            return None
        _, found = max(candidates, key=lambda pair: pair[0])
        return replace(found, start=ref.start, end=ref.end)

    def _subject_phrases(self, low: int, high: int) -> list[tuple[int, Resolved]]:
        """Common-noun subjects ("the Iranian foreign ministry designated …") an "it" or "they" may point at."""
        found = []
        for chunk in self.layout.noun_chunks:
            root = chunk.root
            if root.pos_ not in ("NOUN", "PROPN"):
                continue
            inside = low <= chunk.start_char and chunk.end_char <= high and not self.layout.quoted(chunk.start_char)
            if inside and root.dep_ == "nsubj" and not root.ent_type_:
                words = [w for w in chunk if w.lower_ not in DETERMINERS and w.dep_ != "poss" and w.tag_ != "POS"]
                kind = "group" if root.tag_ == "NNS" else "organization"
                span = (words[0].idx, chunk.end_char)
                found.append((chunk.start_char, Resolved(" ".join(w.text for w in words), *span, kind, None, span)))
        return found

    def _entities(self, targets: tuple[str | None, ...], low: int, high: int) -> list[TokenSpan]:
        """Named entities of a fitting kind between ``low`` and ``high``, outside direct quotes."""
        return [
            e
            for e in self.layout.entities
            if low <= e.start_char
            and e.end_char <= high
            and not self.layout.quoted(e.start_char)
            and self._entity_kind(e) in targets
            and self._entity_kind(e) is not None
        ]

    def _entity_kind(self, entity: TokenSpan) -> str | None:
        return "person" if self._titled(entity.root) else KIND_OF_LABEL.get(entity.label_)

    def _entity_speaker(self, entity: TokenSpan) -> Resolved:
        kind = self._entity_kind(entity)
        words = self._person_words(entity) if kind == "person" else entity.text.split()
        while len(words) > 1 and words[0].lower() in DETERMINERS:
            words = words[1:]
        evidence = (entity.start_char, entity.end_char)
        if kind == "person" and len(words) == 1:
            person = self._full_name(words[0], entity.start_char)
            if person is not None:
                words, evidence = self._person_words(person), (person.start_char, person.end_char)
        return Resolved(" ".join(words), entity.start_char, entity.end_char, kind, None, evidence)

    def _issuer(self, ref: SpeakerRef) -> Resolved | None:
        """Who issued "the statement": the last speaker with that channel, else the last institution."""
        token = self.layout.doc[ref.head]
        earlier = [s for s in self.history if s.at < ref.start]
        same_channel = [s for s in earlier if s.channel and token.lemma_.lower() in s.channel.lower().split()]
        institutions = [s for s in earlier if s.speaker.kind in ("organization", "group")]
        for pool in (same_channel, institutions):
            if pool:
                return replace(pool[-1].speaker, start=ref.start, end=ref.end)
        return None
