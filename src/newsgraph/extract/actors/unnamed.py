"""Actors named by common nouns: titles, groups, bodies, governments and polities.

"a Russian official", "students", "the Iranian foreign ministry", "the Ukrainian
leadership", "Western countries", "ministers from the two countries": the head word
gives the kind and sector (``nouns.yaml``), its modifiers the country, and where the
text names none, local groups and governments take the story's country. A definite
description with nothing to describe it ("the ministry") is a reference instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.actors import coref
from newsgraph.extract.actors.describe import Description, describe_noun, role_text
from newsgraph.extract.actors.matcher import BODY, GOVERNMENT, GROUP, POLITY, TITLE
from newsgraph.extract.actors.syntax import noun_phrase_left
from newsgraph.extract.actors.table import GROUP_KIND, ORG_KIND, PERSON_KIND, Draft
from newsgraph.lexicon import split_code

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.extract.actors.resolve import Resolver


def noun(resolver: Resolver, head: Token) -> None:
    """A noun that may name an unnamed actor: a title, group, body, government or polity."""
    scene = resolver.scene
    if head.i in resolver.title_tokens or head.i in scene.named_at or head.pos_ not in ("NOUN", "PROPN"):
        return
    hit = scene.noun_at[head.i]
    description = describe_noun(scene, head, resolver.marker_of)
    kind = description.head_kind
    if kind is None:
        coref.reference(resolver, head, hit)
        return
    if kind == GOVERNMENT:
        government(resolver, head, hit.start, description)
    elif kind == POLITY:
        polity(resolver, head, hit.start, description)
    elif kind == BODY:
        body(resolver, head, hit.start, description)
    elif kind == TITLE:
        office(resolver, head, hit.start, description)
    elif kind == GROUP:
        unnamed_group(resolver, head, hit.start, description)


def noun_start(resolver: Resolver, head: Token, start: int) -> int:
    """Where a noun mention starts: its determiner and modifiers ("the Iranian foreign ministry")."""
    left = [t.i for t in noun_phrase_left(head) if t.dep_ in ("det", "amod", "compound", "poss", "nummod")]
    return min([start, *left])


def government(resolver: Resolver, head: Token, start: int, description: Description) -> None:
    """A government as a whole ("the Ukrainian leadership", "the government"): the country's GOV actor."""
    countries = description.countries() or context_countries(resolver, description, head)
    if not countries:
        if definite(resolver, head):
            coref.reference(resolver, head, resolver.scene.noun_at[head.i])
        return
    for prefix in countries:
        resolver.mention(noun_start(resolver, head, start), head.i + 1, "NOUN", resolver.government_draft(prefix))


def polity(resolver: Resolver, head: Token, start: int, description: Description) -> None:
    """A country or bloc named by a noun: "Western countries", "the two countries", "both sides"."""
    countries = description.countries()
    if description.pair() or any(t.lower_ in ("two", "both") for t in head.lefts):
        countries = coref.recent_pair(resolver, head.i)
    for prefix in countries:
        if prefix in resolver.lexicon.country_by_iso:
            draft = resolver.country_draft(prefix)
        elif prefix in resolver.lexicon.region_by_code:
            draft = resolver.region_draft(prefix)
        else:
            continue
        resolver.mention(noun_start(resolver, head, start), head.i + 1, "NOUN", draft)


def context_countries(resolver: Resolver, description: Description, head: Token) -> list[str]:
    """The countries a local group or government belongs to when the text names none: the story's."""
    if description.pair():
        return coref.recent_pair(resolver, head.i)
    local = sentence_countries(resolver, head)
    if len(local) == 1:
        # "students protested in Belgrade": the sentence's one country beats the story's
        return local
    dominant = resolver.scene.dominant_country
    return [dominant] if dominant else []


def sentence_countries(resolver: Resolver, head: Token) -> list[str]:
    """The countries named in the sentence of ``head`` (countries, capitals, demonyms)."""
    from newsgraph.extract.actors.scene import country_of_hit

    sentence = head.sent
    found: list[str] = []
    for named in resolver.scene.named:
        if not sentence.start <= named.start < sentence.end:
            continue
        for hit in [named.hit] if named.hit else named.inner:
            country = country_of_hit(hit, resolver.scene.day)
            if country and country not in found:
                found.append(country)
    return found


def body(resolver: Resolver, head: Token, start: int, description: Description) -> None:
    """An institution named by its country and kind: "the Iranian foreign ministry", "Chinese customs"."""
    countries = description.countries()
    org = description.organization()
    if not countries and org is None:
        if definite(resolver, head):
            coref.reference(resolver, head, resolver.scene.noun_at[head.i])
        return
    draft = body_draft(resolver, description.head_words or head.lower_, description)
    resolver.mention(noun_start(resolver, head, start), head.i + 1, "NOUN", draft)


def body_draft(resolver: Resolver, words: str, description: Description) -> Draft:
    """The actor of an institution described by a country: "Iranian Foreign Ministry", "Lithuanian Parliament"."""
    countries = description.countries()
    code = description.code(countries[0] if countries else None)
    prefix, sector = split_code(code) if code else (None, description.sector())
    adjective = resolver.adjective(countries[0]) if countries else ""
    name = f"{adjective} {words.title()}".strip()
    return resolver.table.add(Draft(f"body:{words}:{code}", name, ORG_KIND, code, prefix, sector))


def office(resolver: Resolver, head: Token, start: int, description: Description) -> None:
    """A singular office without a name: "a Russian official", "the spokesman", "the Iranian president"."""
    countries = description.countries()
    if not countries and description.organization() is None:
        if head.dep_ == "compound" and group_from_modifier(resolver, head, start):
            return
        if definite(resolver, head):
            coref.reference(resolver, head, resolver.scene.noun_at[head.i])
        return
    if definite(resolver, head) and coref.office_holder(resolver, head, start, description, countries):
        return
    role = role_text(resolver.scene, list(range(start, head.i + 1))) or head.text.title()
    code = description.code(countries[0] if countries else None)
    prefix, sector = split_code(code) if code else (None, description.sector())
    org = description.organization()
    org_name = org.named and resolver.doc[org.named.start : org.named.end].text if org else None
    name = f"{role}, {org_name}" if org_name else f"{resolver.adjective(countries[0])} {role}"
    draft = resolver.table.add(
        Draft(f"official:{name.lower()}:{code}", name, PERSON_KIND, code, prefix, sector, role=role, named=False)
    )
    resolver.mention(noun_start(resolver, head, start), head.i + 1, "NOUN", draft)


def group_from_modifier(resolver: Resolver, head: Token, start: int) -> bool:
    """A title word used as a modifier names a group: "student protests", "worker strikes"."""
    words = resolver.scene.noun_at[head.i].first(TITLE)
    plural = coref.plural((words.extra if words else None) or head.lower_)
    group = resolver.lexicon.nouns.groups.get(plural)
    if group is None:
        return False
    description = describe_noun(resolver.scene, head, resolver.marker_of)
    description.head_kind, description.head_sector, description.head_words = GROUP, group.sector, plural
    unnamed_group(resolver, head, start, description)
    return True


def unnamed_group(resolver: Resolver, head: Token, start: int, description: Description) -> None:
    """An unnamed group: "students", "Russian troops", "ministers from the two countries"."""
    words = description.head_words or head.lower_
    countries = description.countries()
    org = description.organization()
    if description.pair() and not countries:
        # "ministers from the two countries"; but "two Chinese companies" names its country
        countries = coref.recent_pair(resolver, head.i)
    elif not countries and org is None:
        if any(t.lower_ in ("its", "their") for t in head.lefts):
            countries = coref.possessor_countries(resolver, head)
        group = resolver.lexicon.nouns.groups.get(words)
        if not countries and group is not None and group.local and group.sector is not None:
            countries = context_countries(resolver, description, head)
        if not countries and (group is None or not group.local):
            return  # refugees, troops, analysts of no stated country: nobody to code
    if org is not None and not countries:
        countries = [org.country] if org.country else []
    for prefix in countries or [None]:  # type: ignore[list-item]
        code = description.code(prefix) if prefix else (org.code if org else None)
        if code is None and description.head_sector is None:
            return
        sector = description.sector()
        adjective = resolver.adjective(prefix) + " " if prefix else ""
        name = f"{adjective}{words}"
        key = f"group:{words}:{code}"
        draft = resolver.table.add(Draft(key, name, GROUP_KIND, code, prefix, sector))
        resolver.mention(noun_start(resolver, head, start), head.i + 1, "GROUP", draft)


def definite(resolver: Resolver, head: Token) -> bool:
    """Whether a noun has a definite determiner ("the spokesman", not "a spokesman")."""
    return any(t.lower_ in ("the", "this", "that") and t.dep_ == "det" for t in head.lefts)
