"""Coreference inside one article, by rules over the parse: surnames, descriptions, pronouns.

- A surname ("Lavrov", "Xi") points to the full-name person seen before it.
- A definite description ("the ministry", "the force", "the spokesman") points to
  the most recent actor it fits: by a word of its name, its sector, or its office.
- "he"/"she" point to a person only when one person is in view: the only one named
  in the sentence so far, else the subject (or only person) of the sentence before.
- An unnamed official who is a sentence's subject and a person first named as the
  next sentence's subject are one ("The Director General ... emphasized ...
  Frédéric Mondoloni reiterated ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsgraph.extract.actors.describe import Description
from newsgraph.extract.actors.matcher import BODY, GOVERNMENT, REFERENCE, TITLE, Hit, surname_of
from newsgraph.extract.actors.scene import Named, head_of
from newsgraph.extract.actors.syntax import SUBJECT_DEPS
from newsgraph.extract.actors.table import COUNTRY_KIND, ORG_KIND, PERSON_KIND, Draft
from newsgraph.lexicon import Person

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.extract.actors.resolve import Resolver

SPOKES = ("spokesman", "spokeswoman", "spokesperson")
LOOK_BACK = 300


def surnames_of(resolver: Resolver, name: str, person: Person | None, country: str | None = None) -> set[str]:
    """Return the short forms a person may be called by: the family name (first for Xi Jinping)."""
    lexicon = resolver.lexicon
    if person is not None:
        return {s for n in (person.name, *person.aliases) if (s := surname_of(person, n, lexicon))}
    words = name.split()
    if len(words) < 2:
        return {name}
    forms = {words[-1]}
    if country in lexicon.nouns.family_first:
        forms.add(words[0])
    return forms


def person_by_surname(resolver: Resolver, surname: str, before: int) -> Draft | None:
    """Return the person called ``surname`` mentioned most recently (mentions come in text order)."""
    key = resolver.by_surname.get(surname)
    draft = resolver.table.get(key) if key else None
    return draft if draft is not None and surname in draft.surnames else None


def look_back(resolver: Resolver, before: int) -> Iterator[tuple[int, int, str]]:
    """Mentions before a token, most recent first, at most ``LOOK_BACK`` of them.

    Bounded so the work per document stays linear; a description or a pair of
    countries rarely points further back than that.
    """
    for count, entry in enumerate(reversed(resolver.history)):
        if count >= LOOK_BACK:
            return
        if entry[0] < before:
            yield entry


def looks_like_a_person(resolver: Resolver, named: Named) -> bool:
    """Whether an "organisation" the model found is a person's name ("Frédéric Mondoloni reiterated")."""
    doc = resolver.doc
    tokens = doc[named.start : named.end]
    if not 2 <= len(tokens) <= 3 or named.inner:
        return False
    if any(t.i in resolver.scene.noun_covering or not t.text[:1].isupper() or t.text.isupper() for t in tokens):
        return False
    if not all(t.pos_ == "PROPN" and t.text.replace("-", "").isalpha() for t in tokens):
        return False
    head = head_of(doc, named.start, named.end)
    return head.dep_ in SUBJECT_DEPS and head.head.pos_ == "VERB"


def reference(resolver: Resolver, head: Token, hit: Hit) -> None:
    """Point a definite description ("the ministry", "the force", "the spokesman") back to its actor."""
    if not any(t.lower_ in ("the", "this", "that") and t.dep_ == "det" for t in head.lefts):
        return
    if any(t.dep_ in ("amod", "compound", "poss") and t.i < hit.start for t in head.lefts):
        return  # "the Iranian ministry" is described, not referred to
    title = hit.first(TITLE)
    word = hit.first(TITLE, BODY, GOVERNMENT, REFERENCE) or title
    noun = (word.extra if word else None) or head.lower_
    accepted = resolver.lexicon.nouns.references.get(noun.split()[-1], frozenset())
    for _, _, key in look_back(resolver, hit.start):
        draft = resolver.table.get(key)
        if draft is None:
            continue
        if title is not None and not hit.first(BODY, GOVERNMENT, REFERENCE):
            fits = draft.kind == PERSON_KIND and _holds(draft, noun)
        elif hit.first(GOVERNMENT):
            fits = draft.key.startswith("gov:")
        else:
            fits = (
                draft.kind in (ORG_KIND, "group")
                and not draft.key.startswith(("group:", "people:", "norp:"))
                and (noun in draft.name.lower() or (draft.sector is not None and draft.sector in accepted))
            )
        if fits:
            start = min(t.i for t in head.lefts if t.dep_ == "det")
            resolver.mention(start, head.i + 1, "NOUN", draft)
            return


def _holds(draft: Draft, noun: str) -> bool:
    role = (draft.role or "").lower()
    if noun in SPOKES:
        return any(s in role for s in SPOKES)
    return noun in role


def office_holder(resolver: Resolver, head: Token, start: int, description: Description, countries: list[str]) -> bool:
    """Resolve "the Iranian president" to the one lexicon person holding that office that day."""
    if not countries or description.former:
        return False
    noun = " ".join(t.lower_ for t in resolver.doc[start : head.i + 1])
    day = resolver.scene.day
    holders = []
    for person in resolver.lexicon.people:
        role, former = person.role_at(day)
        country = role.country if role and role.country else person.country
        if role is not None and not former and country == countries[0] and role.role.lower() == noun:
            holders.append(person)
    if len(holders) != 1:
        return False
    draft = resolver.known_person_draft(holders[0])
    left = min([start, *(t.i for t in head.lefts if t.dep_ == "det")])
    resolver.mention(left, head.i + 1, "NOUN", draft)
    return True


def pronoun(resolver: Resolver, token: Token) -> None:
    """Point "he"/"she" to the one person in view, or to nobody."""
    scene = resolver.scene
    sentence = scene.sentence_of(token.i)
    here = _people_in(resolver, sentence, before=token.i)
    if len(here) == 1:
        resolver.mention(token.i, token.i + 1, "PRON", here[0][1])
        return
    if here:
        subjects = [d for head, d in here if head.dep_ in SUBJECT_DEPS]
        if len({d.key for d in subjects}) == 1:
            resolver.mention(token.i, token.i + 1, "PRON", subjects[0])
        return
    if sentence == 0:
        return
    previous = _people_in(resolver, sentence - 1, before=token.i)
    distinct = {d.key: d for _, d in previous}
    if len(distinct) == 1:
        resolver.mention(token.i, token.i + 1, "PRON", next(iter(distinct.values())))
        return
    main_subjects = {d.key: d for head, d in previous if head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT"}
    if len(main_subjects) == 1:
        resolver.mention(token.i, token.i + 1, "PRON", next(iter(main_subjects.values())))


def _people_in(resolver: Resolver, sentence: int, before: int) -> list[tuple[Token, Draft]]:
    """Persons mentioned in a sentence before a token, with the head word of each mention."""
    found = []
    for start, end, key in resolver.by_sentence.get(sentence, []):
        if start >= before:
            continue
        draft = resolver.table.get(key)
        if draft is not None and draft.kind == PERSON_KIND:
            found.append((head_of(resolver.doc, start, end), draft))
    return found


def name_unnamed_officials(resolver: Resolver) -> None:
    """Give an unnamed official the name of the person introduced as the next sentence's subject."""
    scene = resolver.scene
    subjects: dict[int, list[Draft]] = {}
    first_seen: dict[str, int] = {}
    for start, end, key in resolver.history:
        draft = resolver.table.get(key)
        if draft is None:
            continue
        first_seen.setdefault(draft.key, scene.sentence_of(start))
        if head_of(resolver.doc, start, end).dep_ in SUBJECT_DEPS:
            subjects.setdefault(scene.sentence_of(start), []).append(draft)
    for sentence, drafts in sorted(subjects.items()):
        official = next((d for d in drafts if d.kind == PERSON_KIND and not d.named), None)
        following = [d for d in subjects.get(sentence + 1, []) if d.kind == PERSON_KIND]
        if official is None or not following:
            continue
        person = following[0]
        if (
            person.named
            and person.person is None
            and person.code is None
            and person.role is None
            and (first_seen.get(person.key) == sentence + 1)
        ):
            role_name = official.name
            resolver.table.merge(person, official)
            official.name, official.named = person.name, True
            official.aliases = [a for a in official.aliases if a != person.name]
            official.surnames |= person.surnames
            if role_name not in official.aliases:
                official.aliases.append(role_name)


def possessor_countries(resolver: Resolver, head: Token) -> list[str]:
    """For "its forces": the country of the organisation or country that is the clause's subject."""
    for start, end, key in reversed(resolver.by_sentence.get(resolver.scene.sentence_of(head.i), [])):
        if start >= head.i:
            continue
        draft = resolver.table.get(key)
        is_subject = head_of(resolver.doc, start, end).dep_ in SUBJECT_DEPS
        if draft is not None and draft.kind in (ORG_KIND, COUNTRY_KIND) and draft.country and is_subject:
            return [draft.country]
    return []


def recent_pair(resolver: Resolver, before: int) -> list[str]:
    """The two countries last named before a token ("India and Pakistan ... both countries")."""
    found: list[str] = []
    for _, _, key in look_back(resolver, before):
        draft = resolver.table.get(key)
        if draft is not None and draft.kind == COUNTRY_KIND and draft.country:
            if draft.country not in found:
                found.append(draft.country)
            if len(found) == 2:
                return found[::-1]
    return resolver.scene.two_countries()


def plural(words: str) -> str:
    """Return the plural of a noun phrase's last word ("student" → "students", "policeman" → "policemen")."""
    *rest, last = words.split()
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        last += "es"
    else:
        last += "s"
    return " ".join([*rest, last])
