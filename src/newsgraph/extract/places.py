"""Places: names used as locations in the text, resolved to gazetteer entries.

``places_in(document, gazetteer, mentions)`` finds place names (entities and proper
nouns the gazetteer knows), keeps those the parse uses as a location ("in Russia",
"the capital Tehran", "the central city of Isfahan", "Roshchino, Novgorod region")
and drops those used as an agent ("Russia said", "Beijing insists", "Iran's
military", "ties with Tehran"). Spans of METONYM actor mentions are skipped. Each
name is resolved by the article's countries, a qualifier next to it ("Paris, Texas"),
then prominence (feature, population).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.gazetteer import Entry, Gazetteer
from newsgraph.model import Mention, Place
from newsgraph.nlp import Document

_CANDIDATE_LABELS = {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}
_AGENT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "expl"}
_SMALL_TOWN = 15_000  # below this a town needs a country or qualifier in the text to be believed
_NAME_TOWN = 50_000  # below this a name the parse calls a person or organisation needs its country in the text
_CONTEXT_BONUS = 4.0
_QUALIFIER_BONUS = 10.0
_LEADING = re.compile(r"^(?:the\s+)", re.IGNORECASE)


@dataclass(frozen=True)
class _Name:
    """A candidate place name: its span (without "the" or "'s") and whether a region word follows."""

    span: Span
    region_word: bool
    label: str


def places_in(document: Document, gazetteer: Gazetteer, mentions: Sequence[Mention] = ()) -> list[Place]:
    """Return the places of the body, then of each caption, resolved against the whole article's countries."""
    docs = [document.doc, *document.captions]
    names = [_names(doc, gazetteer, mentions if n == 0 else ()) for n, doc in enumerate(docs)]
    countries = _article_countries(docs, names, gazetteer)
    found: list[Place] = []
    for number, (doc, doc_names) in enumerate(zip(docs, names, strict=True)):
        caption = None if number == 0 else number - 1
        found.extend(replace(p, caption=caption) for p in _places(doc, doc_names, gazetteer, countries))
    return found


def places_in_doc(doc: Doc, gazetteer: Gazetteer, mentions: Sequence[Mention] = ()) -> list[Place]:
    """Return the places of one analysed text, with its own countries as context."""
    names = _names(doc, gazetteer, mentions)
    return _places(doc, names, gazetteer, _article_countries([doc], [names], gazetteer))


def _names(doc: Doc, gazetteer: Gazetteer, mentions: Sequence[Mention]) -> list[_Name]:
    """Candidate names: entities and runs of proper nouns the gazetteer knows, outside metonym mentions."""
    metonyms = [(m.start, m.end) for m in mentions if m.label == "METONYM"]
    spans: list[tuple[Span, str]] = [(e, e.label_) for e in doc.ents if e.label_ in _CANDIDATE_LABELS]
    covered = {t.i for e, _ in spans for t in e}
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.i not in covered and token.text[:1].isupper():
            run.append(token)
            continue
        if run:
            spans.append((doc[run[0].i : run[-1].i + 1], ""))
            run = []
    names = []
    for entity, label in spans:
        span = _trim(entity)
        if span is None or any(span.start_char < e and s < span.end_char for s, e in metonyms):
            continue
        if label == "PERSON" and len(span) > 1:
            continue
        following = doc[span.end] if span.end < len(doc) else None
        region_word = following is not None and following.lower_ in gazetteer.roles.region_words
        if len(span) > 1 and span[-1].lower_ in gazetteer.roles.region_words:
            region_word, following = True, None  # the entity already ends with it: "Isfahan province"
        elif region_word:
            assert following is not None
            span = doc[span.start : following.i + 1]
        key = span.text if not region_word else span[:-1].text
        if gazetteer.lookup(key) and not gazetteer.country_of_demonym(key):
            names.append(_Name(span, region_word, label))
    return sorted(names, key=lambda n: n.span.start)


def _trim(span: Span) -> Span | None:
    """Drop a leading "the" and a trailing possessive "'s"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _article_countries(docs: Sequence[Doc], names: Sequence[Sequence[_Name]], gazetteer: Gazetteer) -> Counter[str]:
    """Count the countries an article names: country names (whatever their role) and demonyms."""
    countries: Counter[str] = Counter()
    for doc_names in names:
        for name in doc_names:
            for entry in gazetteer.lookup(name.span.text):
                if entry.feature == "country" and entry.country:
                    countries[entry.country] += 1
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ == "NORP":
                country = gazetteer.country_of_demonym(entity.text)
                if country:
                    countries[country] += 1
    return countries


def _places(doc: Doc, names: Sequence[_Name], gazetteer: Gazetteer, countries: Counter[str]) -> list[Place]:
    decided: dict[int, bool] = {}
    places: list[Place] = []
    for number, name in enumerate(names):
        located = _is_location(name, gazetteer, decided)
        for token in name.span:
            decided[token.i] = located
        if not located:
            continue
        qualifier = _qualifier(name, names[number + 1 :], gazetteer)
        inside = _qualified(name, names[number - 1] if number else None, gazetteer)
        entry = resolve(_key(name), gazetteer, countries, qualifier, name, inside)
        if entry is None:
            continue
        span = name.span
        places.append(
            Place(
                span.start_char,
                span.end_char,
                span.text,
                entry.name,
                entry.country,
                entry.lat,
                entry.lon,
                entry.geonameid,
                entry.feature,
            )
        )
    return places


def _is_location(name: _Name, gazetteer: Gazetteer, decided: dict[int, bool]) -> bool:
    """Whether the parse uses the name as a location rather than as an agent."""
    roles = gazetteer.roles
    root = name.span.root
    following = root.doc[name.span.end] if name.span.end < len(root.doc) else None
    if following is not None and following.tag_ == "VBG" and following.dep_ in {"acl", "advcl"}:
        return False  # the subject of a gerund: "in reaction to Ottawa declaring the Guards a terror group"
    token: Token = root
    for _ in range(4):  # appositions and conjuncts take the role of what they attach to
        dep, head = token.dep_, token.head
        if dep in _AGENT_DEPS:
            return False
        if dep == "poss":
            # "Tehran's streets", "outside Tbilisi's parliament"; not "Iran's military"
            in_place = head.dep_ == "pobj" and head.head.lower_ in roles.locative_prepositions
            return in_place or head.lemma_.lower() in roles.location_nouns or head.ent_type_ in {"FAC", "LOC"}
        if dep == "pobj":
            preposition = head.lower_
            if preposition == "of":
                return head.head.lemma_.lower() in roles.location_nouns
            if preposition == "to" and head.head.pos_ in {"NOUN", "PROPN"}:
                return head.head.lemma_.lower() in roles.destination_nouns
            if preposition in ("on", "against") and head.head.lemma_.lower() in roles.strike_words:
                return True  # "a missile strike on Kyiv": where the strike landed
            return preposition in roles.locative_prepositions
        if dep == "dobj":
            return head.lemma_.lower() in roles.movement_verbs
        if dep in {"appos", "conj", "compound", "npadvmod"} and head.i != token.i:
            if head.lemma_.lower() in roles.location_nouns and head.pos_ == "NOUN":
                return True
            if head.i in decided:
                return decided[head.i]
            if dep == "compound":
                return False
            token = head
            continue
        break
    return name.label in {"LOC", "FAC"} and token.dep_ not in _AGENT_DEPS


def _key(name: _Name) -> str:
    return name.span[:-1].text if name.region_word else name.span.text


def _comma_between(first: Span, second: Span) -> bool:
    """Whether only a comma separates two spans ("Paris, Texas")."""
    return second.start == first.end + 1 and first.doc[first.end].text == ","


def _qualified(name: _Name, previous: _Name | None, gazetteer: Gazetteer) -> list[Entry]:
    """The places a name qualifies when it follows them after a comma ("Atlanta, Georgia")."""
    if previous is None or not _comma_between(previous.span, name.span):
        return []
    return gazetteer.lookup(_key(previous))


def _qualifier(name: _Name, following: Iterable[_Name], gazetteer: Gazetteer) -> Entry | None:
    """The country or state written right after a name ("Paris, Texas"; "Tehran, Iran")."""
    for other in following:
        if not _comma_between(name.span, other.span):
            return None
        for entry in gazetteer.lookup(_key(other)):
            if entry.feature in {"country", "region"}:
                return entry
        return None
    return None


def resolve(
    text: str,
    gazetteer: Gazetteer,
    countries: Counter[str] | None = None,
    qualifier: Entry | None = None,
    name: _Name | None = None,
    inside: Sequence[Entry] = (),
) -> Entry | None:
    """Return the entry a place name most likely means here, or None when nothing fits."""
    countries = countries or Counter()
    candidates = gazetteer.lookup(_LEADING.sub("", text))
    region_word = name is not None and name.region_word
    if region_word:
        # "Novgorod region": a region of that name, else the region around the likeliest city of that name
        regions = [e for e in candidates if e.feature in {"region", "area"}]
        candidates = regions or [e for e in candidates if e.feature == "city"]
    if not candidates:
        return None

    def score(entry: Entry) -> float:
        value = entry.prominence
        if entry.country and countries[entry.country]:
            value += _CONTEXT_BONUS
        if qualifier is not None and _within(entry, qualifier):
            value += _QUALIFIER_BONUS
        if any(_within(other, entry) for other in inside if other.feature == "city"):
            value += _QUALIFIER_BONUS
        return value

    best = max(candidates, key=score)
    if region_word and best.feature == "city":
        return replace(best, feature="region", geonameid=None)
    if best.feature != "city":
        return best
    in_context = bool(countries[best.country or ""]) or (qualifier is not None and _within(best, qualifier))
    if best.population < _SMALL_TOWN and not in_context:
        return None
    named_otherwise = name is not None and name.label in {"ORG", "PERSON", ""}
    if named_otherwise and best.population < _NAME_TOWN and not countries[best.country or ""]:
        return None  # a small town's name that the parse reads as a person or an organisation
    return best


def _within(entry: Entry, qualifier: Entry) -> bool:
    if entry.country != qualifier.country or entry is qualifier:
        return False
    return qualifier.feature == "country" or qualifier.admin1 is None or entry.admin1 == qualifier.admin1
