"""The event coder's vocabulary: trigger words, light verbs and frames, read from data.

``lexicon/events.yaml`` is the source; this module turns it into lookup tables
once, and checks every entry on the way, so a typo in the data fails loudly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.model import EVENT_TYPES as PLOVER_TYPES
from newsgraph.yamldata import load_yaml

FRAME_KINDS = (
    "request",
    "threaten",
    "reject",
    "agree",
    "accuse",
    "claim",
    "deny",
    "speech",
    "factive",
    "intend",
    "attempt",
    "cause",
    "vow",
)
_ENTRY_KEYS = {
    "lemma",
    "type",
    "mode",
    "context",
    "particle",
    "objects",
    "complements",
    "reciprocal",
    "source_by",
    "needs_modifier",
    "needs_modifier_or_possessor",
    "preps",
    "requires_subject_sector",
    "requires_prep",
    "patient_object",
    "no_object",
}


@dataclass(frozen=True)
class TriggerEntry:
    """One way a word can name an event, with the conditions under which it does."""

    words: tuple[str, ...]  # lemmas, modifiers first, head last ("air", "strike")
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    reciprocal: bool = False
    source_by: bool = False
    needs_modifier: frozenset[str] = frozenset()
    needs_modifier_or_possessor: bool = False
    preps: tuple[str, ...] = ()
    requires_subject_sector: frozenset[str] = frozenset()
    # the verb needs one of these prepositions, with an object among the listed lemmas
    # (any object when the list is empty): "spoke with", "went on strike"
    requires_prep: tuple[tuple[str, frozenset[str]], ...] = ()
    # the direct object is what the act is done with, not the party it is done to
    # ("extradited a suspect to Germany")
    patient_object: bool = False
    # the verb names the event only without a direct object: "students demonstrated",
    # not "Airbus demonstrated the plane"
    no_object: bool = False

    @property
    def head(self) -> str:
        return self.words[-1]

    @property
    def specificity(self) -> int:
        """How many conditions the entry sets: the most specific matching entry wins."""
        return (
            len(self.words)
            + bool(self.particle)
            + bool(self.objects)
            + bool(self.complements)
            + bool(self.needs_modifier)
            + bool(self.requires_subject_sector)
            + bool(self.requires_prep)
        )


@dataclass(frozen=True)
class LightVerb:
    """A verb whose object noun names the event ("held talks"), maybe changing its type."""

    lemma: str
    particle: str | None = None
    changes: dict[str, str] = field(default_factory=dict)
    # "made the withdrawal a precondition": the complement noun sets the type
    complement_changes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EventVocabulary:
    """Every lookup table the event coder uses."""

    verbs: dict[str, tuple[TriggerEntry, ...]]
    nouns: dict[str, tuple[TriggerEntry, ...]]
    light_verbs: dict[str, tuple[LightVerb, ...]]
    frames: dict[str, str]
    frame_adjectives: dict[str, str]
    accusation_words: frozenset[str]
    mode_modifiers: dict[str, str]
    future_auxiliaries: frozenset[str]
    future_in_past: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    conditional_marks: frozenset[str]
    alleged_modifiers: frozenset[str]
    negative_determiners: frozenset[str]
    happen_verbs: frozenset[str]
    blocked_modifiers: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def event_vocabulary() -> EventVocabulary:
    """Load and check ``lexicon/events.yaml`` (once per process)."""
    text = (resources.files("newsgraph") / "lexicon" / "events.yaml").read_text(encoding="utf-8")
    return parse_vocabulary(load_yaml(text))


def parse_vocabulary(data: dict[str, Any]) -> EventVocabulary:
    """Build the vocabulary from the parsed YAML, raising UsageError on a bad entry."""
    verbs = _entries(data.get("verbs", []), "verbs")
    nouns = _entries(data.get("nouns", []), "nouns")
    light: dict[str, list[LightVerb]] = defaultdict(list)
    for raw in data.get("light_verbs", []):
        _check_words(raw, ("lemma", "particle"))
        changes = raw.get("changes") or {}
        complement_changes = raw.get("complement_changes") or {}
        for old, new in changes.items():
            _check_type(old, raw)
            _check_type(new, raw)
        for new in complement_changes.values():
            _check_type(new, raw)
        light[raw["lemma"]].append(
            LightVerb(raw["lemma"], raw.get("particle"), dict(changes), dict(complement_changes))
        )
    frames: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for kind, lemmas in (data.get("frames") or {}).items():
        if kind.endswith("_adjectives"):
            for lemma in lemmas:
                adjectives[lemma] = kind.removesuffix("_adjectives")
            continue
        if kind not in FRAME_KINDS:
            raise UsageError(f"events lexicon: unknown frame kind {kind!r}; expected one of {', '.join(FRAME_KINDS)}")
        for lemma in lemmas:
            frames.setdefault(lemma, kind)
    modality = data.get("modality") or {}
    return EventVocabulary(
        verbs=verbs,
        nouns=nouns,
        light_verbs={k: tuple(v) for k, v in light.items()},
        frames=frames,
        frame_adjectives=adjectives,
        accusation_words=frozenset(data.get("accusation_words", [])),
        mode_modifiers=dict(data.get("mode_modifiers") or {}),
        future_auxiliaries=frozenset(modality.get("future_auxiliaries", [])),
        future_in_past=frozenset(modality.get("future_in_past", [])),
        hypothetical_auxiliaries=frozenset(modality.get("hypothetical_auxiliaries", [])),
        conditional_marks=frozenset(modality.get("conditional_marks", [])),
        alleged_modifiers=frozenset(modality.get("alleged_modifiers", [])),
        negative_determiners=frozenset(modality.get("negative_determiners", [])),
        happen_verbs=frozenset(modality.get("happen_verbs", [])),
        blocked_modifiers=frozenset(modality.get("blocked_modifiers", [])),
    )


def _entries(raw_entries: list[dict[str, Any]], section: str) -> dict[str, tuple[TriggerEntry, ...]]:
    table: dict[str, list[TriggerEntry]] = defaultdict(list)
    for raw in raw_entries:
        unknown = set(raw) - _ENTRY_KEYS
        if unknown:
            raise UsageError(f"events lexicon, {section}: unknown keys {sorted(unknown)} in {raw}")
        _check_type(raw.get("type", ""), raw)
        _check_words(raw, ("lemma", "particle"))
        entry = TriggerEntry(
            words=tuple(str(raw["lemma"]).split()),
            type=raw["type"],
            mode=raw.get("mode"),
            context=tuple(raw.get("context") or ()),
            particle=raw.get("particle"),
            objects=frozenset(raw.get("objects") or ()),
            complements=frozenset(raw.get("complements") or ()),
            reciprocal=bool(raw.get("reciprocal", False)),
            source_by=bool(raw.get("source_by", False)),
            needs_modifier=frozenset(raw.get("needs_modifier") or ()),
            needs_modifier_or_possessor=bool(raw.get("needs_modifier_or_possessor", False)),
            preps=tuple(raw.get("preps") or ()),
            requires_subject_sector=frozenset(raw.get("requires_subject_sector") or ()),
            requires_prep=tuple(
                (str(prep), frozenset(objects or ())) for prep, objects in (raw.get("requires_prep") or {}).items()
            ),
            patient_object=bool(raw.get("patient_object", False)),
            no_object=bool(raw.get("no_object", False)),
        )
        table[entry.head].append(entry)
    return {head: tuple(sorted(entries, key=lambda e: -e.specificity)) for head, entries in table.items()}


def _check_words(raw: dict[str, Any], keys: tuple[str, ...]) -> None:
    # YAML reads a bare off/on/no as a boolean: the data must quote them
    for key in keys:
        if key in raw and not isinstance(raw[key], str):
            raise UsageError(f"events lexicon: {key} must be a string, got {raw[key]!r} in {raw}; quote it")
    for key in ("objects", "complements", "preps", "needs_modifier", "context"):
        values = raw.get(key) or []
        if any(not isinstance(value, str) for value in values):
            raise UsageError(f"events lexicon: every {key} must be a string in {raw}; quote on/off/yes/no")


def _check_type(value: str, raw: object) -> None:
    if value not in PLOVER_TYPES:
        raise UsageError(f"events lexicon: {value!r} is not a PLOVER type (entry {raw})")
