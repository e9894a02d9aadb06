"""Load the speech-cue lexicon (``speech_cues.yaml``): what attributes words to a speaker.

The quote extractor reads no files; the pipeline loads this once and passes it in.
A user's lexicon file (``--lexicon``, ``lexicon = "..."`` in the settings) may hold a
``speech_cues`` section in the format of ``speech_cues.yaml``: its verbs and pronouns
add to (or replace, lemma by lemma) the shipped ones, and its word lists add to theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import UsageError
from newsgraph.lexicon.load import read_user_file
from newsgraph.yamldata import load_yaml

FILE_NAME = "speech_cues.yaml"
PRONOUN_KINDS = ("person", "organization", "group")


@dataclass(frozen=True)
class SpeechCues:
    """The speech-cue lexicon: every set holds lower-case words."""

    verbs: frozenset[str]  # lemmas of verbs that attribute a quote
    forms: frozenset[str]  # the written forms of those verbs
    reported: frozenset[str]  # lemmas whose clausal complement is reported speech
    quoting: frozenset[str]  # "<channel> cited <speaker> as saying"
    according: tuple[tuple[str, ...], ...]  # multi-word phrases introducing a source
    channels: frozenset[str]  # nouns for the medium of a statement
    media: frozenset[str]  # nouns that make a noun phrase a news medium
    not_speakers: frozenset[str]  # sources that are records, not speakers
    pronouns: Mapping[str, str]  # pronoun -> person | organization | group
    titles: frozenset[str]  # person titles before a name ("President", "spokesman")
    title_words: frozenset[str]  # words that go with a title ("Foreign", "Deputy")

    @cached_property
    def according_starts(self) -> frozenset[str]:
        """The first words of the "according to" phrases, to rule most tokens out at once."""
        return frozenset(phrase[0] for phrase in self.according)

    def is_cue_word(self, word: str) -> bool:
        """Tell whether a written word is a form of a speech verb."""
        return word.lower() in self.forms


def load_speech_cues(user: str | Path | None = None) -> SpeechCues:
    """Read the shipped speech cues and, if given, the ``speech_cues`` section of a user's lexicon file."""
    if user is None:
        return default_speech_cues()
    section = read_user_file(user).get("speech_cues")
    if section is None:
        return default_speech_cues()
    where = f"{user} (speech_cues)"
    if not isinstance(section, dict):
        raise UsageError(f"lexicon {where}: expected a mapping of sections, got {type(section).__name__}")
    shipped = _read((resources.files("newsgraph.lexicon") / FILE_NAME).read_text(encoding="utf-8"), FILE_NAME)
    return _parse(_merged(shipped, section), where)


def _merged(shipped: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """The shipped sections with the user's added: mappings updated, lists extended."""
    merged = dict(shipped)
    for key, value in user.items():
        base = merged.get(key)
        if isinstance(base, dict) and isinstance(value, dict):
            merged[key] = {**base, **value}
        elif isinstance(base, list) and isinstance(value, list):
            merged[key] = base + [v for v in value if v not in base]
        else:
            merged[key] = value
    return merged


@lru_cache(maxsize=1)
def default_speech_cues() -> SpeechCues:
    """The packaged speech-cue lexicon, read once per process."""
    text = (resources.files("newsgraph.lexicon") / FILE_NAME).read_text(encoding="utf-8")
    return _parse(_read(text, FILE_NAME), FILE_NAME)


def _read(text: str, where: str) -> dict[str, Any]:
    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        raise UsageError(f"lexicon {where} is not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise UsageError(f"lexicon {where}: expected a mapping of sections, got {type(data).__name__}")
    return data


def _words(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"lexicon {where}: section {key!r} must be a list of words, got {value!r}")
    return [v.strip().lower() for v in value]


def _parse(data: dict[str, Any], where: str) -> SpeechCues:
    verbs = data.get("verbs", {})
    if not isinstance(verbs, dict) or not verbs:
        raise UsageError(f"lexicon {where}: section 'verbs' must map each lemma to its written forms")
    forms: set[str] = set()
    for lemma, written in verbs.items():
        if not isinstance(written, list) or not written or not all(isinstance(w, str) for w in written):
            raise UsageError(f"lexicon {where}: verb {lemma!r} needs a list of written forms, got {written!r}")
        forms.update(w.lower() for w in written)
    lemmas = frozenset(str(lemma).lower() for lemma in verbs)
    reported = frozenset(_words(data, "reported", where))
    unknown = sorted(reported - lemmas)
    if unknown:
        raise UsageError(f"lexicon {where}: 'reported' names verbs missing from 'verbs': {', '.join(unknown)}")
    pronouns = data.get("pronouns", {})
    if not isinstance(pronouns, dict) or not all(v in PRONOUN_KINDS for v in pronouns.values()):
        raise UsageError(f"lexicon {where}: 'pronouns' must map pronouns to one of {', '.join(PRONOUN_KINDS)}")
    return SpeechCues(
        verbs=lemmas,
        forms=frozenset(forms),
        reported=reported,
        quoting=frozenset(_words(data, "quoting", where)),
        according=tuple(tuple(phrase.split()) for phrase in _words(data, "according", where)),
        channels=frozenset(_words(data, "channels", where)),
        media=frozenset(_words(data, "media", where)),
        not_speakers=frozenset(_words(data, "not_speakers", where)),
        pronouns={str(k).lower(): str(v) for k, v in pronouns.items()},
        titles=frozenset(_words(data, "titles", where)),
        title_words=frozenset(_words(data, "title_words", where)),
    )
