"""The actors of one article as they are found, and the mentions that point to them.

Actors are drafts until the end: a later mention may add an alias, a name (an
unnamed official who is named in the next sentence) or merge two drafts. ``records``
then numbers them by first mention and freezes them into ``Actor`` and ``Mention``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.lexicon import Organization, Person
from newsgraph.model import Actor, ActorKind, Mention

PERSON_KIND: ActorKind = "person"
ORG_KIND: ActorKind = "organization"
COUNTRY_KIND: ActorKind = "country"
GROUP_KIND: ActorKind = "group"


@dataclass
class Draft:
    """An actor being resolved: its identity, profile, and what coreference needs."""

    key: str
    name: str
    kind: ActorKind
    code: str | None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    person: Person | None = None
    org: Organization | None = None
    named: bool = True  # False for an unnamed official ("the Director General") who may be named later
    surnames: set[str] = field(default_factory=set)


@dataclass
class Pending:
    """A mention before it is frozen: character span, label and actor key."""

    start: int
    end: int
    label: str
    key: str


class ActorTable:
    """Drafts by key, mentions in text order, and the index coreference looks things up in."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.drafts: dict[str, Draft] = {}
        self.mentions: list[Pending] = []
        self._redirect: dict[str, str] = {}

    def add(self, draft: Draft) -> Draft:
        """Return the draft already held under the same key, or hold this one."""
        key = self.resolve(draft.key)
        if key in self.drafts:
            return self.drafts[key]
        self.drafts[draft.key] = draft
        return draft

    def get(self, key: str) -> Draft | None:
        return self.drafts.get(self.resolve(key))

    def resolve(self, key: str) -> str:
        while key in self._redirect:
            key = self._redirect[key]
        return key

    def mention(self, start: int, end: int, label: str, draft: Draft) -> None:
        """Record that characters [start, end) point to ``draft`` (once per span and actor)."""
        key = self.resolve(draft.key)
        if any(m.start == start and m.end == end and self.resolve(m.key) == key for m in self.mentions[-4:]):
            return
        self.mentions.append(Pending(start, end, label, key))
        surface = self.text[start:end]
        if label not in ("PRON", "NOUN") and surface != draft.name and surface not in draft.aliases:
            draft.aliases.append(surface)

    def merge(self, source: Draft, target: Draft) -> None:
        """Fold ``source`` into ``target``: its mentions and aliases now belong to ``target``."""
        if source is target:
            return
        self._redirect[source.key] = target.key
        self.drafts.pop(source.key, None)
        for alias in [source.name, *source.aliases]:
            if alias != target.name and alias not in target.aliases and source.named:
                target.aliases.append(alias)
        target.surnames |= source.surnames

    def recent(self, keys: list[str]) -> list[Draft]:
        """Return the drafts of these keys, most recently mentioned first, each once."""
        seen: list[Draft] = []
        for key in reversed(keys):
            draft = self.get(key)
            if draft is not None and draft not in seen:
                seen.append(draft)
        return seen

    def records(self) -> tuple[tuple[Actor, ...], tuple[Mention, ...]]:
        """Return frozen actors (ids a1, a2… by first mention) and mentions in text order."""
        pending = sorted(
            {(m.start, m.end, m.label, self.resolve(m.key)) for m in self.mentions},
            key=lambda m: (m[0], m[1], m[3]),
        )
        ids: dict[str, str] = {}
        for _, _, _, key in pending:
            if key not in ids and key in self.drafts:
                ids[key] = f"a{len(ids) + 1}"
        actors = tuple(
            Actor(
                id=ids[key],
                name=draft.name,
                kind=draft.kind,
                code=draft.code,
                country=draft.country,
                sector=draft.sector,
                role=draft.role,
                aliases=tuple(a for a in draft.aliases if a != draft.name),
            )
            for key, draft in sorted(self.drafts.items(), key=lambda item: int(ids.get(item[0], "a0")[1:]))
            if key in ids
        )
        mentions = tuple(
            Mention(start, end, self.text[start:end], label, ids[key])
            for start, end, label, key in pending
            if key in ids
        )
        return actors, mentions
