"""Actors: every person, organisation, country and group in an article, with CAMEO-style codes.

``actors_in(document, lexicon)`` returns the article's canonical actors and every
mention that points to one, by character offsets into ``article.text``. Mentions
say how the actor was named: PERSON, ORG, GPE, NORP, GROUP (an unnamed group),
NOUN (a description: "the ministry", "the spokesman"), PRON (a pronoun) or
METONYM (a place standing for its government: "Beijing insists", "the Kremlin").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.extract.actors.resolve import Resolver
from newsgraph.extract.actors.scene import build_scene
from newsgraph.lexicon import Lexicon
from newsgraph.model import Actor, Mention
from newsgraph.nlp import Document

LABELS = ("PERSON", "ORG", "GPE", "NORP", "GROUP", "NOUN", "PRON", "METONYM")


@dataclass(frozen=True)
class ActorResult:
    """The actors of one article and the mentions that point to them."""

    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def actors_in(document: Document, lexicon: Lexicon) -> ActorResult:
    """Return the canonical actors of an analysed article and every mention of them."""
    if not document.article.text.strip():
        return ActorResult()
    table = Resolver(build_scene(document, lexicon)).run()
    actors, mentions = table.records()
    return ActorResult(actors, mentions)


def actor_for_span(mentions: Sequence[Mention], start: int, end: int) -> str | None:
    """Return the actor id of the mention that best covers characters [start, end), or None.

    The mention overlapping the span most wins; on a tie, the shorter mention (the
    more precise one) does.
    """
    best: tuple[int, int, str] | None = None
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0 and not (start == end and mention.start <= start < mention.end):
            continue
        rank = (overlap, -(mention.end - mention.start), mention.actor)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return best[2] if best else None


__all__ = ["LABELS", "ActorResult", "actor_for_span", "actors_in"]
