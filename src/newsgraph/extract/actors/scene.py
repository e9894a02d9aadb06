"""One article prepared for actor resolution: its named spans, noun hits and countries.

Named spans merge the lexicon's matches with the model's entities: a lexicon name
wins where it explains an entity (the model's "Mishustin China" is two known
names), an entity wins where it holds more than the names inside it (the model's
"Bank of Russia" is more than "Russia"), and what was inside is kept as its markers.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from newsgraph.extract.actors.matcher import (
    BODY,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    ORG,
    ORG_SEAT,
    ORG_SHORT,
    PEOPLE,
    PERSON,
    REGION,
    REGION_ADJ,
    SEAT,
    SURNAME,
    TITLE,
    ActorMatcher,
    Hit,
    matcher_for,
)
from newsgraph.lexicon import Lexicon, split_code
from newsgraph.model import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsgraph.nlp import Document

# model entity labels that can name an actor we do not know
NER_PERSON, NER_ORG, NER_NORP = "PERSON", "ORG", "NORP"
UNKNOWN_LABELS = frozenset({NER_PERSON, NER_ORG, NER_NORP})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a single-token name must look like one: a proper noun, an acronym or part of an entity
NEEDS_PROPER = frozenset({PERSON, SURNAME, ORG, ORG_SHORT, ORG_SEAT, COUNTRY, CAPITAL, SEAT, REGION})
# tokens an entity may hold beyond the names inside it without being more than them
FILLER_POS = frozenset({"DET", "ADP", "CCONJ", "PART", "PUNCT"})


@dataclass
class Named:
    """A named span: a lexicon hit, or a model entity the lexicon does not know."""

    start: int
    end: int
    hit: Hit | None = None
    label: str | None = None  # the model's entity label
    inner: list[Hit] = field(default_factory=list)  # lexicon names inside an unknown entity

    @property
    def kind(self) -> str:
        return self.hit.targets[0].kind if self.hit else f"ner-{self.label}"

    def has(self, *kinds: str) -> bool:
        return self.hit is not None and self.hit.first(*kinds) is not None


@dataclass
class Scene:
    """Everything the resolver needs about one analysed article."""

    doc: Doc
    article: Article
    lexicon: Lexicon
    matcher: ActorMatcher
    day: date | None
    named: list[Named]
    named_at: dict[int, Named]
    nouns: list[Hit]
    noun_at: dict[int, Hit]  # by the noun phrase's last token
    noun_covering: dict[int, Hit]
    sentence_starts: list[int]
    countries: Counter[str] = field(default_factory=Counter)

    def sentence_of(self, token: int) -> int:
        return bisect.bisect_right(self.sentence_starts, token) - 1

    def span(self, start: int, end: int) -> Span:
        return self.doc[start:end]

    @property
    def dominant_country(self) -> str | None:
        """The story's country: clearly the most mentioned (twice at least), else None."""
        ranked = self.countries.most_common(2)
        if not ranked or ranked[0][1] < 2:
            return None
        if len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1] * 2:
            return None
        return ranked[0][0]

    @property
    def story_country(self) -> str | None:
        """The country the story is about: the dominant one, or the only one it names at all."""
        if len(self.countries) == 1:
            return next(iter(self.countries))
        return self.dominant_country

    def two_countries(self) -> list[str]:
        """The story's two countries ("the two countries", "both sides"), when two stand out."""
        ranked = self.countries.most_common(3)
        if len(ranked) < 2 or (len(ranked) == 3 and ranked[2][1] * 2 > ranked[1][1]):
            return []
        return [ranked[0][0], ranked[1][0]]


def build_scene(document: Document, lexicon: Lexicon) -> Scene:
    """Match the lexicon over a document and merge the matches with the model's entities."""
    doc = document.doc
    matcher = matcher_for(lexicon, doc.vocab)
    nouns = matcher.noun_hits(doc)
    offices = {i for h in nouns if h.first(TITLE, BODY) for i in range(h.start, h.end)}
    modifiers = lexicon.nouns.title_modifiers
    hits = [
        h
        for h in matcher.name_hits(doc)
        if _looks_like_a_name(doc, h)
        # "Labour Minister" is an office, not the Labour Party's
        and not (
            h.end - h.start == 1
            and (h.start in offices or h.end in offices)
            and doc[h.start].lower_ in modifiers
            and h.first(ORG)
        )
    ]
    named = _merge_entities(doc, hits, {i for h in nouns for i in range(h.start, h.end)})
    scene = Scene(
        doc=doc,
        article=document.article,
        lexicon=lexicon,
        matcher=matcher,
        day=_publication_day(document.article),
        named=named,
        named_at={i: n for n in named for i in range(n.start, n.end)},
        nouns=nouns,
        noun_at={h.end - 1: h for h in nouns},
        noun_covering={i: h for h in nouns for i in range(h.start, h.end)},
        sentence_starts=[s.start for s in doc.sents],
    )
    scene.countries = _count_countries(scene, document.article.title)
    return scene


def _publication_day(article: Article) -> date | None:
    value = article.published.value
    if not value:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _looks_like_a_name(doc: Doc, hit: Hit) -> bool:
    """A one-word name must be a proper noun, an acronym or inside an entity ("Male" is no capital)."""
    if hit.end - hit.start > 1 or not any(t.kind in NEEDS_PROPER for t in hit.targets):
        return True
    token = doc[hit.start]
    if token.text.islower():
        # a lower-case short name ("the bloc", "the alliance") counts after "the" only
        return hit.first(ORG_SHORT) is not None and hit.start > 0 and doc[hit.start - 1].lower_ == "the"
    return token.pos_ == "PROPN" or token.text.isupper() or bool(token.ent_type_)


def _merge_entities(doc: Doc, hits: list[Hit], noun_tokens: set[int]) -> list[Named]:
    """Return non-overlapping named spans from lexicon hits and the model's entities."""
    by_token = {i: h for h in hits for i in range(h.start, h.end)}
    winners: dict[int, Named] = {h.start: Named(h.start, h.end, hit=h) for h in hits}
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            _place_entity(doc, ent, by_token, winners)
            continue
        if ent.label_ not in UNKNOWN_LABELS:
            continue
        start, end = _trim(ent)
        if start >= end:
            continue
        if ent.label_ == NER_PERSON:
            end = _extend_name(doc, end, by_token)
        inside = {id(by_token[i]): by_token[i] for i in range(start, end) if i in by_token}
        if not inside:
            winners[start] = Named(start, end, label=ent.label_)
            continue
        crossing = any(h.start < start or h.end > end for h in inside.values())
        covered = {i for h in inside.values() for i in range(h.start, h.end)}
        extra = [t for t in doc[start:end] if t.i not in covered and t.pos_ not in FILLER_POS]
        # a full name made of known surnames ("Ahmed Hassan") is someone else; one surname
        # of several words ("bin Laden", "de Klerk") is not
        surnames_only = (
            ent.label_ == NER_PERSON
            and len(inside) > 1
            and all(all(t.kind == SURNAME for t in h.targets) for h in inside.values())
        )
        if (crossing or not extra) and not surnames_only:
            continue  # the lexicon's names explain the entity
        for hit in inside.values():
            winners.pop(hit.start, None)
        winners[start] = Named(start, end, label=ent.label_, inner=sorted(inside.values(), key=lambda h: h.start))
    taken = {i for n in winners.values() for i in range(n.start, n.end)} | noun_tokens
    for start, end in _untagged_names(doc, taken):
        winners[start] = Named(start, end, label=NER_PERSON)
    return sorted(winners.values(), key=lambda n: n.start)


def _place_entity(doc: Doc, ent: Span, by_token: dict[int, Hit], winners: dict[int, Named]) -> None:
    """A place the model found around a name is a place: "the West Bank", "East Jerusalem", "Sea of Japan"."""
    start, end = ent.start, _trim(ent)[1]
    inside = {id(by_token[i]): by_token[i] for i in range(start, end) if i in by_token}
    if not inside or any(h.start < start or h.end > end for h in inside.values()):
        return
    covered = {i for h in inside.values() for i in range(h.start, h.end)}
    if not any(t.i not in covered and t.pos_ not in FILLER_POS for t in doc[start:end]):
        return  # the names are the whole place: "South Korea", "the United States"
    for hit in inside.values():
        winners.pop(hit.start, None)
    winners[start] = Named(start, end, label=ent.label_)


def _untagged_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of two or three capitalised proper nouns the model left untagged, as a verb's subject.

    The small model misses some foreign names ("Frédéric Mondoloni reiterated ...");
    in subject position such a run is a person far more often than anything else.
    """
    runs: list[tuple[int, int]] = []
    start = None
    for token in [*doc, None]:
        fits = (
            token is not None
            and token.pos_ == "PROPN"
            and token.ent_iob_ == "O"
            and token.i not in taken
            and token.text[:1].isupper()
            and not token.text.isupper()
            and token.text.replace("-", "").replace("'", "").isalpha()
        )
        if fits and start is None:
            start = token.i
        elif not fits and start is not None:
            end = token.i if token is not None else len(doc)
            head = doc[end - 1]
            if 2 <= end - start <= 3 and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
                runs.append((start, end))
            start = None
    return runs


def _extend_name(doc: Doc, end: int, by_token: dict[int, Hit]) -> int:
    """Extend a person's name over a surname the model left out ("Maria Corina" Machado)."""
    while (
        end < len(doc)
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_iob_ == "O"
        and doc[end].text[:1].isupper()
        and end not in by_token
    ):
        end += 1
    return end


def _trim(ent: Span) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from an entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return start, end


def _count_countries(scene: Scene, title: str | None) -> Counter[str]:
    """Count how often each country is named, in the body and (twice as much) in the title."""
    counts: Counter[str] = Counter()
    for named in scene.named:
        for hit in [named.hit] if named.hit else named.inner:
            country = country_of_hit(hit, scene.day)
            if country:
                counts[country] += 1
    if title:
        for word in _title_words(scene, title):
            counts[word] += 2
    return counts


def country_of_hit(hit: Hit, day: date | None) -> str | None:
    """Return the ISO3 country a lexicon hit belongs to (None for IGOs, regions, unknowns)."""
    target = hit.targets[0]
    if target.kind in (COUNTRY, DEMONYM, PEOPLE, CAPITAL, SEAT):
        return str(target.entry.iso3)
    if target.kind == ORG and len(hit.targets) == 1:
        prefix, _ = split_code(target.entry.code_at(day))
        return prefix if len(prefix) == 3 and prefix not in ("IGO", "NGO", "IMG", "MNC") else None
    if target.kind == PERSON:
        return str(target.entry.country) if target.entry.country not in ("IGO", "NGO") else None
    return None


def _title_words(scene: Scene, title: str) -> list[str]:
    """Return the countries a headline names (it is not parsed: a plain word look-up)."""
    from spacy.tokens import Doc

    words = scene.matcher.tokenizer(title)  # the tokenizer the patterns were made with
    doc = Doc(scene.doc.vocab, words=[w.text for w in words], spaces=[bool(w.whitespace_) for w in words])
    found = []
    for hit in scene.matcher.name_hits(doc):
        if hit.first(REGION, REGION_ADJ, SURNAME, ORG_SHORT, ORG_SEAT):
            continue
        country = country_of_hit(hit, scene.day)
        if country:
            found.append(country)
    return found


def head_of(doc: Doc, start: int, end: int) -> Token:
    """Return the syntactic head of a span: the token whose head lies outside it."""
    for token in doc[start:end]:
        if not (start <= token.head.i < end) or token.head.i == token.i:
            return token
    return doc[end - 1]
