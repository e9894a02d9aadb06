"""Find the lexicon's names and nouns in a parsed document with precompiled matchers.

Two spaCy ``PhraseMatcher`` objects are built once per lexicon and vocabulary: one
case-sensitive over names (people, organisations, countries, demonyms, capitals,
seats of power, regions), one case-insensitive over common nouns (titles, groups,
bodies). Matching is a single linear pass over the tokens in Cython; everything
after works on the few spans found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsgraph.lexicon import Country, Lexicon, Person

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# What a name hit is: decides how a span becomes an actor.
PERSON, SURNAME, ORG, ORG_SHORT = "person", "surname", "org", "short"
COUNTRY, DEMONYM, PEOPLE, CAPITAL, SEAT = "country", "demonym", "people", "capital", "seat"
ORG_SEAT, REGION, REGION_ADJ = "org-seat", "region", "region-adj"
# What a noun hit is.
TITLE, GROUP, BODY, GOVERNMENT = "title", "group", "body", "government"
POLITY, REFERENCE, LOCATIVE = "polity", "ref", "loc"


@dataclass(frozen=True)
class Target:
    """What a matched phrase may stand for: a kind and the lexicon entry (or sector)."""

    kind: str
    entry: Any  # Country | Region | Organization | Person | tuple of Persons | sector str | None
    extra: str | None = None  # the seat's sector; the noun as listed


@dataclass(frozen=True)
class Hit:
    """A matched phrase: token span [start, end) and every entry it may stand for."""

    start: int
    end: int
    targets: tuple[Target, ...]

    def first(self, *kinds: str) -> Target | None:
        return next((t for t in self.targets if t.kind in kinds), None)


def fold(text: str) -> str:
    """Return ``text`` without accents and with straight apostrophes (Élysée → Elysee)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def variants(name: str, keep_article: bool = False) -> set[str]:
    """Return the spellings a name is matched in: as written, folded, curly apostrophes, without "the"."""
    forms = {name, fold(name)}
    forms |= {f.replace("'", "\u2019") for f in forms if "'" in f}
    if not keep_article:
        forms = {f[4:] if f.lower().startswith("the ") and len(f) > 4 else f for f in forms}
    forms |= {"The " + f[4:] for f in forms if f.startswith("the ")}
    return {f for f in forms if f.strip()}


ROMAN = re.compile(r"^[IVXLC]+\.?$")


def surname_of(person: Person, name: str, lexicon: Lexicon) -> str | None:
    """Return the family name a person is referred to by ("Xi" for Xi Jinping, "von der Leyen")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in lexicon.nouns.titles:
        words = words[1:]  # "King Bhumibol Adulyadej", "Prince Norodom Ranariddh": the title is no name
    if len(words) < 2 or ROMAN.match(words[-1]):
        return None  # "Frederik X", "Charles III": a monarch has no family name to go by
    if person.country in lexicon.nouns.family_first:
        return words[0]
    particles = lexicon.nouns.name_particles
    for index, word in enumerate(words[1:], 1):
        if word.lower() in particles or word.lower().split("-")[0] + "-" in particles:
            return " ".join(words[index:])
    return words[-1]


class ActorMatcher:
    """The compiled name and noun matchers of one lexicon for one spaCy vocabulary."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.lexicon = lexicon
        self.vocab = vocab
        self.tokenizer = spacy.blank("en").tokenizer
        self._targets: dict[int, Target] = {}
        self.names = PhraseMatcher(vocab, attr="ORTH")
        self.nouns = PhraseMatcher(vocab, attr="LOWER")
        name_patterns: dict[str, tuple[Target, set[str]]] = {}
        for key, target, phrases in self._name_entries():
            name_patterns[key] = (target, phrases)
        for key, (target, phrases) in name_patterns.items():
            self._add(self.names, key, target, phrases)
        for key, target, phrases in self._noun_entries():
            self._add(self.nouns, key, target, phrases)

    def _add(self, matcher: Any, key: str, target: Target, phrases: Iterable[str]) -> None:
        from spacy.tokens import Doc

        docs = []
        for phrase in sorted(set(phrases)):
            tokens = self.tokenizer(phrase)
            docs.append(Doc(self.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens]))
        if docs:
            matcher.add(key, docs)
            self._targets[self.vocab.strings[key]] = target

    def _name_entries(self) -> Iterator[tuple[str, Target, set[str]]]:
        lexicon = self.lexicon
        for country in lexicon.countries:
            yield from _country_entries(country)
        for region in lexicon.regions:
            names = set().union(*(variants(n, keep_article=True) for n in (region.name, *region.aliases)))
            yield f"region:{region.code}", Target(REGION, region), names
            adjectives = set().union(*(variants(a) for a in region.adjectives)) if region.adjectives else set()
            yield f"region-adj:{region.code}", Target(REGION_ADJ, region), adjectives
        for number, org in enumerate(lexicon.organizations):
            names = set().union(*(variants(n) for n in (org.name, *org.aliases)))
            yield f"org:{number}", Target(ORG, org), names
            if org.short:
                yield f"short:{number}", Target(ORG_SHORT, org), set().union(*(variants(n) for n in org.short))
            if org.seats:
                yield f"org-seat:{number}", Target(ORG_SEAT, org), set().union(*(variants(n) for n in org.seats))
        surnames: dict[str, list[Person]] = defaultdict(list)
        for number, person in enumerate(lexicon.people):
            names = set().union(*(variants(n) for n in (person.name, *person.aliases)))
            yield f"person:{number}", Target(PERSON, person), names
            for name in (person.name, *person.aliases):
                surname = surname_of(person, name, lexicon)
                if surname and person not in surnames[surname]:
                    surnames[surname].append(person)
        for surname, people in surnames.items():
            yield f"surname:{surname}", Target(SURNAME, tuple(people), surname), variants(surname)

    def _noun_entries(self) -> Iterator[tuple[str, Target, set[str]]]:
        nouns = self.lexicon.nouns
        tables: list[tuple[str, dict[str, str | None]]] = [
            (TITLE, nouns.titles),
            (BODY, nouns.bodies),
            (GROUP, {word: group.sector for word, group in nouns.groups.items()}),
            (GOVERNMENT, dict.fromkeys(nouns.governments, "GOV")),
            (POLITY, dict.fromkeys(nouns.polities)),
            (REFERENCE, dict.fromkeys(nouns.references)),
            (LOCATIVE, dict.fromkeys(nouns.locatives)),
        ]
        for kind, table in tables:
            for word, sector in table.items():
                yield f"{kind}:{word}", Target(kind, sector, word), {word}

    def target(self, match_id: int) -> Target:
        return self._targets[match_id]

    def name_hits(self, doc: Doc) -> list[Hit]:
        """Return the longest non-overlapping name matches, each with all its readings."""
        return _longest(self.names(doc), self._targets)

    def noun_hits(self, doc: Doc) -> list[Hit]:
        """Return the longest non-overlapping noun matches, each with all its readings."""
        return _longest(self.nouns(doc), self._targets)


def _country_entries(country: Country) -> Iterator[tuple[str, Target, set[str]]]:
    names = set().union(*(variants(n) for n in (country.name, *country.aliases)))
    yield f"country:{country.iso3}", Target(COUNTRY, country), names
    if country.demonyms:
        yield f"demonym:{country.iso3}", Target(DEMONYM, country), set().union(*(variants(d) for d in country.demonyms))
    if country.people:
        yield f"people:{country.iso3}", Target(PEOPLE, country), set().union(*(variants(p) for p in country.people))
    if country.capital:
        yield f"capital:{country.iso3}", Target(CAPITAL, country), variants(country.capital)
    for seat, sector in country.seats:
        yield f"seat:{country.iso3}:{seat}", Target(SEAT, country, sector), variants(seat)


def _longest(matches: list[tuple[int, int, int]], targets: dict[int, Target]) -> list[Hit]:
    """Group matches by span, then keep the longest spans that do not overlap (earliest first on ties)."""
    by_span: dict[tuple[int, int], list[Target]] = defaultdict(list)
    for match_id, start, end in matches:
        target = targets[match_id]
        if target not in by_span[(start, end)]:
            by_span[(start, end)].append(target)
    taken: set[int] = set()
    hits = []
    for (start, end), found in sorted(by_span.items(), key=lambda item: (item[0][0] - item[0][1], item[0][0])):
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        hits.append(Hit(start, end, tuple(found)))
    return sorted(hits, key=lambda h: h.start)


def matcher_for(lexicon: Lexicon, vocab: Vocab) -> ActorMatcher:
    """Return the lexicon's compiled matcher for this vocabulary, building it on first use."""
    return lexicon.memo(("actor-matcher", id(vocab)), lambda: ActorMatcher(lexicon, vocab))
