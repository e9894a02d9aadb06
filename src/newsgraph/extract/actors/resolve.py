"""Turn an article's names and nouns into actors, left to right, with their mentions.

One pass over the anchors in text order: named spans (people, organisations,
countries, capitals, demonyms, regions), noun heads that name unnamed actors
(titles, groups, bodies, "the government", "Western countries") and pronouns.
Text order matters: a surname, "the ministry" or "he" points back to the most
recent fitting actor already seen. ``coref`` holds those look-backs, ``unnamed``
the actors named by common nouns, ``describe`` reads the words around a head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.actors import coref, surnames, unnamed
from newsgraph.extract.actors.describe import (
    ORG_MARK,
    PERSON_MARK,
    REGION_MARK,
    Description,
    Marker,
    MarkerOf,
    describe_noun,
    describe_tokens,
    place_marker,
    role_text,
)
from newsgraph.extract.actors.matcher import (
    BODY,
    CAPITAL,
    COUNTRY,
    DEMONYM,
    GOVERNMENT,
    GROUP,
    ORG,
    ORG_SEAT,
    ORG_SHORT,
    PEOPLE,
    PERSON,
    POLITY,
    REFERENCE,
    REGION,
    REGION_ADJ,
    SEAT,
    SURNAME,
    TITLE,
    Target,
)
from newsgraph.extract.actors.scene import NER_NORP, NER_ORG, NER_PERSON, Named, Scene, head_of
from newsgraph.extract.actors.syntax import (
    apposed_title,
    appositions,
    first_conjunct,
    government_position,
    noun_phrase_left,
    prepositional_objects,
    title_before,
)
from newsgraph.extract.actors.table import (
    COUNTRY_KIND,
    GROUP_KIND,
    ORG_KIND,
    PERSON_KIND,
    ActorTable,
    Draft,
)
from newsgraph.lexicon import Organization, Person, code_of, split_code

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

MARKER_KINDS = frozenset({COUNTRY, DEMONYM, PEOPLE, CAPITAL, SEAT, REGION, REGION_ADJ, ORG_SEAT})
ACTOR_NOUNS = (TITLE, GROUP, BODY, GOVERNMENT, POLITY)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr", "ROOT", "dative"})


class Resolver:
    """Resolves one scene; ``run`` returns the table of actors and mentions."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self.doc = scene.doc
        self.lexicon = scene.lexicon
        self.table = ActorTable(scene.article.text)
        self.history: list[tuple[int, int, str]] = []  # (start, end token, actor key), in text order
        self.by_sentence: dict[int, list[tuple[int, int, str]]] = {}  # the same, by sentence
        self.by_surname: dict[str, str] = {}  # family name → the person last mentioned by it
        self.title_tokens: set[int] = set()  # words of a person's title: not actors themselves
        self.licensed: set[str] = set()  # organisations named in full: their short names now count
        self._unknown_orgs: dict[int, Draft | None] = {}

    # --- the pass -----------------------------------------------------------------

    def run(self) -> ActorTable:
        scene = self.scene
        for named in scene.named:
            if self._is_person(named):
                self.title_tokens.update(self._title_of(named))
            elif named.label == NER_ORG or named.has(ORG):
                # "U.S. automaker Chrysler", "Iranian news agency Tasnim": the words describe the name
                self.title_tokens.update(title_before(scene, named.start, named.end))
        anchors: list[tuple[int, int, object]] = [(n.start, 0, n) for n in scene.named]
        anchors += [(h.end - 1, 1, h.end - 1) for h in scene.nouns if h.first(*ACTOR_NOUNS, REFERENCE)]
        anchors += [(t.i, 2, t) for t in _pronouns(self.doc, self.lexicon.nouns.pronouns)]
        for _, order, item in sorted(anchors, key=lambda a: (a[0], a[1])):
            if order == 0:
                assert isinstance(item, Named)
                self._named(item)
            elif order == 1:
                assert isinstance(item, int)
                unnamed.noun(self, self.doc[item])
            else:
                coref.pronoun(self, item)  # type: ignore[arg-type]
        coref.name_unnamed_officials(self)
        return self.table

    def mention(self, start: int, end: int, label: str, draft: Draft) -> Draft:
        """Record a mention over tokens [start, end) and remember it for coreference."""
        doc = self.doc
        self.table.mention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), label, draft)
        entry = (start, end, draft.key)
        self.history.append(entry)
        self.by_sentence.setdefault(self.scene.sentence_of(start), []).append(entry)
        if draft.kind == PERSON_KIND:
            for surname in draft.surnames:
                self.by_surname[surname] = draft.key
        return draft

    # --- named spans --------------------------------------------------------------

    def _named(self, named: Named) -> None:
        if named.hit is None:
            self._unknown(named)
            return
        kinds = {t.kind for t in named.hit.targets}
        if kinds & {PERSON, SURNAME}:
            self._person(named)
        elif kinds & {ORG, ORG_SHORT}:
            self._organization(named)
        elif kinds & MARKER_KINDS:
            self._place(named)

    def _is_person(self, named: Named) -> bool:
        if named.hit is not None:
            return named.has(PERSON, SURNAME)
        return named.label == NER_PERSON or (named.label == NER_ORG and coref.looks_like_a_person(self, named))

    def _title_of(self, named: Named) -> list[int]:
        """The words that give a person's office: before the name, apposed, or after it."""
        tokens = title_before(self.scene, named.start, named.end)
        head = head_of(self.doc, named.start, named.end)
        before = apposed_title(self.scene, named.start, named.end)
        if before is not None:
            tokens += [before.i, *(t.i for t in noun_phrase_left(before))]
        for appos in appositions(head):
            tokens += [appos.i, *(t.i for t in noun_phrase_left(appos))]
        return tokens

    def _person(self, named: Named) -> None:
        hit = named.hit
        assert hit is not None
        target = hit.first(PERSON)
        if target is not None and named.end - named.start == 1:
            # a one-word name that is also the surname of someone the article already
            # named in full ("Alexander Novak … Novak told") is that person, not the lexicon's
            earlier = coref.person_by_surname(self, self.doc[named.start].text, named.start)
            if earlier is not None and earlier.person is not target.entry:
                self.mention(named.start, named.end, "PERSON", earlier)
                return
        if target is not None:
            self._known_person(named, target.entry, target)
            return
        surname = hit.first(SURNAME)
        assert surname is not None
        # every reading of the name ("Novak" may be Alexander Novak or Katalin Novák), then
        # the word as written: whoever the article already named wins
        readings = [t.extra for t in hit.targets if t.kind == SURNAME and t.extra]
        readings.append(self.doc[named.start : named.end].text)
        draft = next((d for s in readings if (d := coref.person_by_surname(self, s, named.start))), None)
        if draft is not None:
            self.mention(named.start, named.end, "PERSON", draft)
            return
        description = self._person_description(named)
        person = surnames.holder(self, surname.entry, description)
        if person is not None:
            self._known_person(named, person, surname)
            return
        # the surname of lexicon people none of whom fits: their readings, not the story, give the country
        draft = self._new_person(named, story_country=False)
        if draft.person is None and (shared := surnames.shared_code(self, surname.entry, description)):
            upgrade(draft, *shared)  # "President Bush" with no date: USAGOV, whichever Bush

    def _known_person(self, named: Named, person: Person, target: Target) -> Draft:
        """A lexicon office holder, with the role held on the publication day."""
        draft = self.known_person_draft(person, self._person_description(named))
        return self.mention(named.start, named.end, "PERSON", draft)

    def known_person_draft(self, person: Person, description: Description | None = None) -> Draft:
        """The draft of a lexicon person: code and role from the role held that day ("former" → ELI)."""
        role, former = person.role_at(self.scene.day)
        former = former or (description is not None and description.former)
        code = self.lexicon.person_code(person, role, former)
        if role is None and description is not None and description.sector():
            code = code_of(person.country, description.sector())  # no office known that day: the text's title
        prefix, sector = split_code(code) if code else (None, None)
        role_name = role.role if role else (role_text(self.scene, description.role_tokens) if description else None)
        if former and role_name and not role_name.lower().startswith("former"):
            role_name = f"former {role_name}"
        return self.table.add(
            Draft(
                key=f"person:{person.name}",
                name=person.name,
                kind=PERSON_KIND,
                code=code,
                country=prefix,
                sector=sector,
                role=role_name,
                person=person,
                surnames=coref.surnames_of(self, person.name, person),
            )
        )

    def _new_person(self, named: Named, story_country: bool = True) -> Draft:
        """A person the lexicon does not know: the title or apposition gives the code, if any."""
        name = self.doc[named.start : named.end].text
        known = coref.person_by_surname(self, name, named.start) if " " not in name else None
        if known is None:
            known = self.table.get(f"person:{name}")
        description = self._person_description(named)
        countries = description.countries()
        if (
            story_country
            and not countries
            and description.organization() is None
            and role_text(self.scene, description.role_tokens)
        ):
            # "Vice-President Moody Awori", "Judge Alejandro Rivera": an office with no country
            # of its own is the story's (only when the story clearly has one)
            story = self.scene.story_country
            countries = [story] if story else []
        code = description.code(countries[0] if countries else None)
        prefix, sector = split_code(code) if code else (None, description.sector())
        if known is not None:
            if known.person is None:
                upgrade(known, code, prefix, sector, role_text(self.scene, description.role_tokens))
            return self.mention(named.start, named.end, "PERSON", known)
        draft = self.table.add(
            Draft(
                key=f"person:{name}",
                name=name,
                kind=PERSON_KIND,
                code=code,
                country=prefix,
                sector=sector,
                role=role_text(self.scene, description.role_tokens),
                surnames=coref.surnames_of(self, name, None, prefix),
            )
        )
        return self.mention(named.start, named.end, "PERSON", draft)

    def _person_description(self, named: Named) -> Description:
        """Read the title before the name, else the apposition ("Ryan Hass, a senior fellow at ...")."""
        scene = self.scene
        before = title_before(scene, named.start, named.end)
        description = describe_tokens(scene, before, self.marker_of, Description())
        description.role_tokens = before
        head = head_of(self.doc, named.start, named.end)
        if not description.countries():
            # "King Abdullah of Jordan", "Queen Margrethe of Denmark"
            of = prepositional_objects(head, frozenset({"of"}), depth=1)
            describe_tokens(scene, [t.i for o in of for t in (*noun_phrase_left(o), o)], place_only(self), description)
        if role_text(scene, before) is not None:
            return description
        heads = [h for h in [apposed_title(scene, named.start, named.end), *appositions(head)] if h is not None]
        for title in heads:
            apposed = describe_noun(scene, title, self.marker_of, (TITLE, BODY))
            if apposed.head_kind is None:
                continue
            apposed.markers += description.markers
            apposed.former = apposed.former or description.former
            apposed.role_tokens = [t.i for t in noun_phrase_left(title)] + [title.i]
            return apposed
        return description

    def _organization(self, named: Named) -> None:
        hit = named.hit
        assert hit is not None
        candidates = [t for t in hit.targets if t.kind == ORG]
        if candidates and self._other_country(named, candidates):
            return
        org = self._choose_org(candidates)
        if org is None:
            short = hit.first(ORG_SHORT)
            if short is None or short.entry.name not in self.licensed:
                return
            org = short.entry
            if self.doc[named.start].text.islower():  # "the bloc": a description, not a name
                self.mention(named.start - 1, named.end, "NOUN", self.org_draft(org))
                return
        self.licensed.add(org.name)
        self.mention(named.start, named.end, "ORG", self.org_draft(org))

    def _other_country(self, named: Named, candidates: list[Target]) -> bool:
        """A shared name qualified by a country none of its entries has: "Lithuanian Parliament".

        Then it is that country's institution, built like "the Iranian foreign ministry".
        """
        if len(candidates) < 2:
            return False
        left = [t.i for t in noun_phrase_left(self.doc[named.end - 1]) if t.i < named.start]
        markers = [m for i in left if (n := self.scene.named_at.get(i)) and (m := place_marker(self.scene, n))]
        countries = [m.country for m in markers if m.country]
        if not countries:
            return False
        matching = [t for t in candidates if t.entry.code.startswith(countries[0])]
        if matching:
            self.licensed.add(matching[0].entry.name)
            self.mention(named.start, named.end, "ORG", self.org_draft(matching[0].entry))
            return True
        description = describe_noun(self.scene, self.doc[named.end - 1], self.marker_of, (BODY,))
        if description.head_kind is None:
            return False
        draft = unnamed.body_draft(self, description.head_words or "", description)
        self.mention(min([named.start, *left]), named.end, "ORG", draft)
        return True

    def _choose_org(self, targets: list[Target]) -> Organization | None:
        """Among organisations of one name, the one of the story's countries (else the first listed)."""
        if len(targets) <= 1:
            return targets[0].entry if targets else None
        counts = self.scene.countries
        best = max(targets, key=lambda t: counts.get(t.entry.code[:3], 0))
        org: Organization = best.entry
        return org

    def org_draft(self, org: Organization) -> Draft:
        code = org.code_at(self.scene.day)
        prefix, sector = split_code(code)
        return self.table.add(Draft(f"org:{org.name}:{code}", org.name, ORG_KIND, code, prefix, sector, org=org))

    def _place(self, named: Named) -> None:
        """A country, capital, seat, demonym or region: an actor unless it only describes one."""
        hit = named.hit
        assert hit is not None
        if self._describes_actor(named):
            seat = hit.first(SEAT)
            if seat is not None:  # "Kremlin spokesman": the seat still names the government
                draft = self._seat_draft(seat.entry.iso3, seat.extra or "GOV", named)
                self.mention(named.start, named.end, "METONYM", draft)
            return
        head = head_of(self.doc, named.start, named.end)
        seat_org = hit.first(ORG_SEAT)
        if seat_org is not None and government_position(self.scene, head, seat=False):
            self.mention(named.start, named.end, "METONYM", self.org_draft(seat_org.entry))
            return
        target = hit.first(COUNTRY) or hit.targets[0]  # "Hong Kong" is a name before an adjective
        country = target.entry
        if target.kind == COUNTRY:
            self.mention(named.start, named.end, "GPE", self.country_draft(country.iso3))
        elif target.kind == CAPITAL:
            if government_position(self.scene, head, seat=False):
                self.mention(named.start, named.end, "METONYM", self.government_draft(country.iso3))
        elif target.kind == SEAT:
            if government_position(self.scene, head, seat=True):
                start = named.start - 1 if named.start and self.doc[named.start - 1].lower_ == "the" else named.start
                self.mention(start, named.end, "METONYM", self._seat_draft(country.iso3, target.extra or "GOV", named))
        elif (target.kind == PEOPLE and not hit.first(DEMONYM)) or (
            target.kind in (DEMONYM, PEOPLE) and head.pos_ in ("NOUN", "PROPN") and head.dep_ in NOMINAL_DEPS
        ):
            self.mention(named.start, named.end, "NORP", self._people_draft(country.iso3))
        elif target.kind in (DEMONYM, PEOPLE):
            self.mention(named.start, named.end, "NORP", self.country_draft(country.iso3))
        elif target.kind == REGION:
            start = named.start
            self.mention(start, named.end, "GPE", self.region_draft(country.code))
        elif target.kind == REGION_ADJ:
            self.mention(named.start, named.end, "NORP", self.region_draft(country.code))

    def _describes_actor(self, named: Named) -> bool:
        """Whether a place name only describes another actor ("Russian troops", "Kremlin spokesman")."""
        if named.start in self.title_tokens:
            return True
        head = first_conjunct(head_of(self.doc, named.start, named.end))
        noun = head.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            noun = head.head.head
        elif head.dep_ not in ("amod", "compound", "poss", "nmod"):
            return False
        if self._actor_noun(noun.i) and noun.i > head.i - 3:
            return True
        # "Chinese customs data": the adjective hangs on "data", a compound is the actor
        return any(c.dep_ == "compound" and c.i > head.i and self._actor_noun(c.i) for c in noun.children)

    def _actor_noun(self, index: int) -> bool:
        hit = self.scene.noun_at.get(index)
        if hit is None or index in self.title_tokens:
            return hit is not None
        if hit.first(POLITY):
            return True
        return hit.first(TITLE, GROUP, BODY, GOVERNMENT) is not None

    def _unknown(self, named: Named) -> None:
        """A model entity the lexicon does not know: a person, an organisation or a group."""
        text = self.doc[named.start : named.end].text
        known = coref.person_by_surname(self, text, named.start)
        if known is not None:  # the model calls "Sheinbaum" an organisation after "Claudia Sheinbaum"
            self.mention(named.start, named.end, "PERSON", known)
        elif self._is_person(named):
            self._new_person(named)
        elif named.label == NER_ORG:
            if self._only_title_words(named):
                return  # the model's "Defence" of "Defence Secretary John Healey" is part of a title
            draft = self.unknown_org(named)
            if draft is not None:
                self.mention(named.start, named.end, "ORG", draft)
        elif named.label == NER_NORP:
            head = head_of(self.doc, named.start, named.end)
            if head.dep_ in NOMINAL_DEPS and head.pos_ in ("NOUN", "PROPN"):
                name = self.doc[named.start : named.end].text
                self.mention(
                    named.start, named.end, "NORP", self.table.add(Draft(f"norp:{name}", name, GROUP_KIND, None))
                )

    def _only_title_words(self, named: Named) -> bool:
        """Whether an entity is title words before a person's name ("Defence" of "Defence Secretary
        John Healey"), not an institution ("Iran's supreme leader" alone names an office)."""
        nouns = self.lexicon.nouns
        title_words = nouns.titles.keys() | nouns.title_modifiers
        words = [t.lower_ for t in self.doc[named.start : named.end] if not t.is_punct]
        if not words or not all(w in title_words for w in words):
            return False
        index = named.end
        while index < len(self.doc) and self.doc[index].lower_ in title_words:
            index += 1
        after = self.scene.named_at.get(index)
        return after is not None and (after.label == NER_PERSON or after.has(PERSON, SURNAME))

    def unknown_org(self, named: Named) -> Draft | None:
        """Describe an organisation the lexicon does not know from its words and surroundings."""
        if named.start in self._unknown_orgs:
            return self._unknown_orgs[named.start]
        self._unknown_orgs[named.start] = None  # a description that comes back to this name finds nothing
        scene = self.scene
        # places inside the name give its country ("Nigerian Union of Teachers"); an organisation
        # counts only as the name's first word ("Hamas Political Bureau", not "International Labor Office")
        markers = [
            m
            for h in named.inner
            if (m := self.marker_of(Named(h.start, h.end, hit=h))) is not None
            and m.kind != REGION_MARK
            and (m.kind != ORG_MARK or h.start == named.start)
        ]
        government = False
        for hit in scene.nouns:
            if named.start <= hit.start and hit.end <= named.end:
                target = hit.first(GOVERNMENT, BODY)
                government = government or bool(hit.first(GOVERNMENT))
                if target is not None and target.entry:
                    markers.append(Marker("sector", sector=target.entry))
        head = head_of(self.doc, named.start, named.end)
        outside = [t.i for t in noun_phrase_left(head) if t.i < named.start]
        outside += title_before(scene, named.start, named.end)
        around = describe_tokens(scene, outside, self.marker_of, Description())
        for appos in appositions(head):
            apposed = describe_noun(scene, appos, self.marker_of, (BODY,))
            around.markers += apposed.markers
            if apposed.head_sector:
                around.markers.append(Marker("sector", sector=apposed.head_sector))
        description = Description(markers=markers + around.markers)
        countries = description.countries()
        draft: Draft
        if government and countries and description.organization() is None:
            draft = self.government_draft(countries[0])
        else:
            name = self.doc[named.start : named.end].text
            code = description.code(countries[0] if countries else None)
            prefix, sector = split_code(code) if code else (None, description.sector())
            draft = self.table.add(Draft(f"org:{name}", name, ORG_KIND, code, prefix, sector))
            upgrade(draft, code, prefix, sector)
        self._unknown_orgs[named.start] = draft
        return draft

    # --- markers ------------------------------------------------------------------

    def marker_of(self, named: Named) -> Marker | None:
        """What a named span says when it modifies another actor."""
        marker = place_marker(self.scene, named)
        if marker is not None:
            return marker
        hit = named.hit
        if hit is not None and hit.first(ORG, ORG_SHORT):
            org = self._choose_org([t for t in hit.targets if t.kind == ORG])
            if org is None:
                return None
            code = org.code_at(self.scene.day)
            prefix, sector = split_code(code)
            return Marker(ORG_MARK, prefix, sector, code, named)
        if hit is not None and hit.first(PERSON, SURNAME):
            person = hit.first(PERSON)
            if person is not None:
                role, former = person.entry.role_at(self.scene.day)
                person_code = self.lexicon.person_code(person.entry, role, former)
                return Marker(PERSON_MARK, person_code[:3] if person_code else None, named=named)
            surname = hit.first(SURNAME)
            assert surname is not None
            draft = coref.person_by_surname(self, surname.extra or "", named.start)
            if draft is not None:
                return Marker(PERSON_MARK, draft.country, named=named)
            return None
        if named.label == NER_ORG and not self._is_person(named):
            draft = self.unknown_org(named)
            if draft is not None and draft.code:
                return Marker(ORG_MARK, draft.country, draft.sector, draft.code, named)
        if named.label == NER_PERSON:
            draft = self.table.get(f"person:{self.doc[named.start : named.end].text}")
            if draft is not None and draft.country:
                return Marker(PERSON_MARK, draft.country, named=named)
        return None

    # --- actors of countries, regions, groups ----------------------------------------

    def country_draft(self, iso3: str) -> Draft:
        country = self.lexicon.country_by_iso[iso3]
        return self.table.add(Draft(f"country:{iso3}", country.name, COUNTRY_KIND, iso3, iso3))

    def government_draft(self, prefix: str) -> Draft:
        """A country's (or bloc's) government as a whole: "Beijing", "the Kremlin", "the Ukrainian leadership"."""
        country = self.lexicon.country_by_iso.get(prefix)
        if country is not None:
            name = f"{country.adjective} government"
            return self.table.add(Draft(f"gov:{prefix}", name, COUNTRY_KIND, f"{prefix}GOV", prefix, "GOV"))
        region = self.lexicon.region_by_code.get(prefix)
        name = f"{region.adjectives[0] if region and region.adjectives else prefix} governments"
        return self.table.add(Draft(f"gov:{prefix}", name, GROUP_KIND, f"{prefix}GOV", prefix, "GOV"))

    def _seat_draft(self, iso3: str, sector: str, named: Named) -> Draft:
        if sector == "GOV":
            return self.government_draft(iso3)
        name = self.doc[named.start : named.end].text
        return self.table.add(Draft(f"seat:{iso3}:{sector}", name, ORG_KIND, f"{iso3}{sector}", iso3, sector))

    def _people_draft(self, iso3: str) -> Draft:
        country = self.lexicon.country_by_iso[iso3]
        name = country.people[0] if country.people else f"people of {country.name}"
        return self.table.add(Draft(f"people:{iso3}", name, GROUP_KIND, iso3, iso3))

    def region_draft(self, code: str) -> Draft:
        region = self.lexicon.region_by_code[code]
        return self.table.add(Draft(f"region:{code}", region.name, GROUP_KIND, code, code))

    def adjective(self, prefix: str) -> str:
        """The word for things of a country or region ("Iranian", "Western"), else its code."""
        country = self.lexicon.country_by_iso.get(prefix)
        if country is not None:
            return country.adjective
        region = self.lexicon.region_by_code.get(prefix)
        return region.adjectives[0] if region and region.adjectives else prefix


def place_only(resolver: Resolver) -> MarkerOf:
    """A marker reader that sees countries, capitals and regions only."""
    return lambda named: place_marker(resolver.scene, named)


def upgrade(draft: Draft, code: str | None, country: str | None, sector: str | None, role: str | None = None) -> None:
    """Give an actor first named without a description the code a later mention's description gives."""
    if draft.code is None and code is not None:
        draft.code, draft.country, draft.sector = code, country, sector
    if draft.role is None and role is not None:
        draft.role = role


__all__ = ["Resolver"]


def _pronouns(doc: Doc, words: Collection[str]) -> list[Token]:
    """The pronoun tokens among ``words``, found on the doc's arrays: a Token per word is slow."""
    from spacy.attrs import LOWER, POS
    from spacy.parts_of_speech import PRON

    strings = doc.vocab.strings
    wanted = {strings.add(word) for word in words}
    array = doc.to_array([LOWER, POS])
    return [doc[i] for i, (lower, pos) in enumerate(array.tolist()) if pos == PRON and lower in wanted]
