"""Which lexicon office holder a bare surname names ("Putin", "President Bush"), if any.

A surname the article has not introduced with a full name names a lexicon person when
the person fits the story: their country is in it, or their office is one whose holder
a surname alone names ("Putin", "Erdogan"), and the words around the name give no
other country ("King Hassan of Morocco"). Two rules keep older office holders from
taking other people's names:

- Long gone: a person who left every office more than ``RECENT`` before the
  publication day is named by a bare surname only when the text calls them former
  ("former President Carter"); years later "Powell" or "Brown" is someone else.
- Namesakes (George H. W. and George W. Bush, Hafez and Bashar al-Assad, the Kims):
  a surname several lexicon people share names the one who held an office on the
  publication day, if exactly one did (else exactly one of those of a country in
  the story), and only when the story names that country or the text gives a title
  ("President Bush"): a shared surname is a common one. The text's country alone
  also decides ("Jordan's King Hussein").

With no publication day namesakes cannot be told apart: the surname stays an unknown
person, with the code every live reading agrees on, if they do: "President Bush" is
USAGOV whichever Bush it is, "Kim" has no code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsgraph.lexicon import NON_STATE_PREFIXES, Person, split_code

if TYPE_CHECKING:
    from newsgraph.extract.actors.describe import Description
    from newsgraph.extract.actors.resolve import Resolver

# How long after leaving every office a bare surname may still name a person unintroduced.
RECENT = timedelta(days=730)


def holder(resolver: Resolver, people: Sequence[Person], description: Description) -> Person | None:
    """Return the one lexicon person a bare surname names, or None when none or several fit."""
    scene = resolver.scene
    fitting = [p for p in people if in_story(resolver, p, description)]
    if len(people) == 1 or (len(fitting) == 1 and description.countries()):
        return fitting[0] if len(fitting) == 1 and not long_gone(fitting[0], scene.day, description) else None
    if scene.day is None:
        return None
    day = scene.day
    serving = [p for p in fitting if serves(p, day)]
    if len(serving) > 1:
        serving = [p for p in serving if p.country in scene.countries]
    if len(serving) != 1:
        return None
    chosen = serving[0]
    supported = chosen.country in scene.countries or description.sector() is not None
    return chosen if supported else None


def in_story(resolver: Resolver, person: Person, description: Description) -> bool:
    """Whether a bare surname may be this office holder: their country is in the story, or their
    office is one of the few whose holder's surname alone names them ("Putin", "Erdogan").
    Never when the words around the name give another country ("King Hassan of Morocco")."""
    given = description.countries()
    if given and person.country not in given:
        return False
    if person.country in NON_STATE_PREFIXES or person.country in resolver.scene.countries:
        return True
    role, _ = person.role_at(None)
    top = resolver.lexicon.nouns.top_offices
    return role is not None and any(role.role.lower().startswith(office) for office in top)


def long_gone(person: Person, day: date | None, description: Description) -> bool:
    """Whether the person left every office more than ``RECENT`` before ``day`` (and the text
    does not call them former)."""
    if day is None or description.former or not person.roles:
        return False
    ends = [role.end for role in person.roles]
    return all(end is not None for end in ends) and max(e for e in ends if e) + RECENT < day


def serves(person: Person, day: date) -> bool:
    """Whether the person held one of their offices on ``day``."""
    role, former = person.role_at(day)
    return role is not None and not former


def shared_code(
    resolver: Resolver, people: Sequence[Person], description: Description
) -> tuple[str, str, str | None] | None:
    """Return (code, country, sector) all live readings of an unresolved shared surname agree on.

    Live readings fit the story and are not long gone; there must be two at least (one
    alone was not resolved for a reason). The country must be common to all; the
    sector is the text's title ("former" gives ELI), else the one all readings share.
    """
    day = resolver.scene.day
    lexicon = resolver.lexicon
    live = [p for p in people if in_story(resolver, p, description) and not long_gone(p, day, description)]
    if len(live) < 2:
        return None
    codes = {lexicon.person_code(p, *p.role_at(day)) for p in live}
    if None in codes:
        return None
    split = {split_code(code) for code in codes if code}
    countries = {country for country, _ in split}
    if len(countries) != 1:
        return None
    country = countries.pop()
    if country in NON_STATE_PREFIXES:
        # an organisation's code is whole (IGOUNO): every reading must give the same one
        return (codes.pop() or "", country, None) if len(codes) == 1 else None
    sectors = {sector for _, sector in split}
    sector = description.sector() or (sectors.pop() if len(sectors) == 1 else None)
    return country + (sector or ""), country, sector
