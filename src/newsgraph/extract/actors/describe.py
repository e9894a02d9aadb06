"""What the words around a noun or a name say about an actor: country, sector, office.

A description gathers *markers* (a demonym, a country or capital, a seat of power,
an organisation, a person) from a noun phrase's modifiers and prepositional objects,
and the sector its head word implies ("minister" GOV, "students" EDU, "navy" MIL).
The resolver turns a description into a code: the marker of highest precedence
gives the country (an organisation over a person over a seat over a country), the
head word or else a marker gives the sector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsgraph.extract.actors.matcher import (
    BODY,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    GOVERNMENT,
    GROUP,
    ORG_SEAT,
    PEOPLE,
    POLITY,
    REGION,
    REGION_ADJ,
    SEAT,
    TITLE,
    Hit,
)
from newsgraph.extract.actors.scene import Named, Scene
from newsgraph.extract.actors.syntax import LOCATING_PREPS, noun_phrase_left, prepositional_objects
from newsgraph.lexicon import NON_STATE_PREFIXES, code_of, split_code

if TYPE_CHECKING:
    from spacy.tokens import Token

# marker kinds, by precedence for the country of an actor
ORG_MARK, PERSON_MARK, SEAT_MARK, COUNTRY_MARK, REGION_MARK, SECTOR_MARK, PAIR_MARK = (
    "org", "person", "seat", "country", "region", "sector", "pair",
)  # fmt: skip
PRECEDENCE = (ORG_MARK, PERSON_MARK, SEAT_MARK, COUNTRY_MARK, REGION_MARK)
PLACE_KINDS = frozenset({COUNTRY, DEMONYM, PEOPLE, CAPITAL, SEAT, REGION, REGION_ADJ, ORG_SEAT})
PAIR_WORDS = frozenset({"two", "both"})


@dataclass(frozen=True)
class Marker:
    """What one modifier says: a country (or region/IGO prefix), a sector, a full code."""

    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    named: Named | None = None


@dataclass
class Description:
    """The markers around a head word, and what the head word itself says."""

    head_kind: str | None = None  # TITLE, GROUP, BODY, GOVERNMENT, POLITY
    head_sector: str | None = None
    head_words: str | None = None  # the noun as listed ("foreign ministry")
    markers: list[Marker] = field(default_factory=list)
    former: bool = False
    role_tokens: list[int] = field(default_factory=list)

    def countries(self) -> list[str]:
        """Countries (or region/IGO prefixes) by precedence; coordinated ones of one kind all count."""
        for kind in PRECEDENCE:
            found = [m.country for m in self.markers if m.kind == kind and m.country]
            if found:
                return list(dict.fromkeys(found))
        return []

    def organization(self) -> Marker | None:
        return next((m for m in self.markers if m.kind == ORG_MARK and m.code), None)

    def sector(self) -> str | None:
        """The sector: ELI for a former office; a group's or body's own word; else the markers'.

        For an office the markers come first: "a senior official in Egypt's
        intelligence service" is SPY, "Pentagon spokesman" MIL; the title word
        ("official" GOV) is the fallback.
        """
        if self.former:
            return "ELI"
        if self.head_kind in (GROUP, BODY, GOVERNMENT) and self.head_sector:
            return self.head_sector
        for kind in (ORG_MARK, SEAT_MARK, SECTOR_MARK):
            for marker in self.markers:
                if marker.kind == kind and marker.sector:
                    return marker.sector
        return self.head_sector

    def code(self, country: str | None = None) -> str | None:
        """The CAMEO-style code: an international organisation's own code, else country + sector."""
        org = self.organization()
        if org and org.country in NON_STATE_PREFIXES and org.code:
            return org.code
        return code_of(country or next(iter(self.countries()), None), self.sector())

    def pair(self) -> bool:
        return any(m.kind == PAIR_MARK for m in self.markers)


MarkerOf = Callable[[Named], Marker | None]


def place_marker(scene: Scene, named: Named) -> Marker | None:
    """Return the marker a country, demonym, capital, seat or region name gives."""
    hit = named.hit
    if hit is None:
        return None
    target = hit.targets[0]
    if target.kind == ORG_SEAT:
        org = target.entry
        code = org.code_at(scene.day)
        prefix, sector = split_code(code)
        return Marker(ORG_MARK, prefix, sector, code, named)
    if target.kind in (COUNTRY, DEMONYM, PEOPLE, CAPITAL):
        return Marker(COUNTRY_MARK, target.entry.iso3, named=named)
    if target.kind == SEAT:
        return Marker(SEAT_MARK, target.entry.iso3, target.extra, named=named)
    if target.kind in (REGION, REGION_ADJ):
        return Marker(REGION_MARK, target.entry.code, named=named)
    return None


def describe_tokens(scene: Scene, tokens: Iterable[int], marker_of: MarkerOf, into: Description) -> Description:
    """Add what these tokens say (markers, bodies, "former", "two") to a description."""
    seen: set[int] = set()
    nouns = scene.lexicon.nouns
    for index in sorted(set(tokens)):
        token = scene.doc[index]
        named = scene.named_at.get(index)
        if named is not None:
            if named.start not in seen:
                seen.add(named.start)
                marker = marker_of(named)
                if marker is not None:
                    into.markers.append(marker)
            continue
        if token.lower_ in nouns.former or token.lower_.startswith("ex-"):
            into.former = True
        elif token.lower_ in PAIR_WORDS:
            into.markers.append(Marker(PAIR_MARK))
        hit = scene.noun_at.get(index)
        if hit is not None and hit.first(BODY, GOVERNMENT, TITLE):
            target = hit.first(BODY, GOVERNMENT, TITLE)
            assert target is not None
            if target.entry:
                into.markers.append(Marker(SECTOR_MARK, sector=target.entry))
    return into


def head_reading(hit: Hit | None, *kinds: str) -> tuple[str | None, str | None, str | None]:
    """Return (kind, sector, words) of the first reading of a noun hit among ``kinds``."""
    if hit is None:
        return None, None, None
    for target in hit.targets:
        if target.kind in kinds:
            return target.kind, target.entry, target.extra
    return None, None, None


def describe_noun(
    scene: Scene, head: Token, marker_of: MarkerOf, kinds: tuple[str, ...] = (TITLE, GROUP, BODY, GOVERNMENT, POLITY)
) -> Description:
    """Describe a noun phrase from its head: "the Iranian foreign ministry", "students in Tehran"."""
    # the parser may head "secretary-general" on "secretary": the hit covering the head counts
    hit = scene.noun_at.get(head.i) or scene.noun_covering.get(head.i)
    kind, sector, words = head_reading(hit, *kinds)
    description = Description(kind, sector, words)
    start = hit.start if hit else head.i
    left = [t.i for t in noun_phrase_left(head) if t.i < start]
    if head.dep_ == "compound":
        # "Chinese customs data": the adjective hangs on "data", but describes "customs"
        left += [t.i for t in noun_phrase_left(head.head) if t.i < start]
    describe_tokens(scene, left, marker_of, description)
    local = kind == GOVERNMENT or (kind == GROUP and sector is not None and _local(scene, words))
    for obj in prepositional_objects(head):
        if obj.head.lower_ in LOCATING_PREPS and not (local or kind in (BODY, TITLE)):
            continue
        describe_tokens(scene, [t.i for t in noun_phrase_left(obj)] + [obj.i], marker_of, description)
    return description


def _local(scene: Scene, words: str | None) -> bool:
    group = scene.lexicon.nouns.groups.get(words or "")
    return bool(group and group.local)


def role_text(scene: Scene, tokens: list[int]) -> str | None:
    """Return the office named by title tokens ("Foreign Minister"), without markers or articles.

    None when no title word is among them ("On Tuesday" is no office).
    """
    doc = scene.doc
    if not any((hit := scene.noun_covering.get(i)) is not None and hit.first(TITLE, BODY) is not None for i in tokens):
        return None
    words: list[str] = []
    joined = False  # the previous word was a hyphen inside a word: "Vice-President"
    for index in tokens:
        token = doc[index]
        named = scene.named_at.get(index)
        if named is not None and named.kind in PLACE_KINDS | {"org", "person", "surname", "ner-ORG"}:
            continue
        if token.text == "-" and words and not doc[index - 1].whitespace_ and index + 1 in tokens:
            words[-1] += "-"
            joined = True
            continue
        if token.pos_ in ("DET", "PART", "PUNCT") or token.tag_ == "POS":
            continue
        if joined:
            words[-1] += token.text
        else:
            words.append(token.text)
        joined = False
    text = " ".join(words).strip()
    if not text:
        return None
    return text if any(c.isupper() for c in text) else text.title()
