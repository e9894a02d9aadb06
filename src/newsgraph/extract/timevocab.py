"""The vocabulary of English time expressions, loaded from ``lexicon/time.yaml``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsgraph.errors import UsageError
from newsgraph.yamldata import load_yaml

_REQUIRED = (
    "numbers",
    "ordinals",
    "units",
    "modifiers",
    "parts_of_day",
    "seasons",
    "relative_days",
    "references",
    "sets",
    "holidays",
    "future_cues",
    "zones",
)


@dataclass(frozen=True)
class Unit:
    """A time unit: its TIMEX3 letter, whether it is a clock unit (PT…), and a multiplier."""

    code: str
    time: bool = False
    times: int = 1


@dataclass(frozen=True)
class TimeVocabulary:
    """Words of time expressions and what they mean; ``numbers`` map to an int or "X"."""

    numbers: Mapping[str, int | str]
    ordinals: Mapping[str, int]
    units: Mapping[str, Unit]
    modifiers: tuple[str, ...]
    parts_of_day: Mapping[str, str]
    seasons: Mapping[str, str]
    relative_days: Mapping[str, int]
    references: Mapping[str, str]
    sets: Mapping[str, str]
    holidays: Mapping[str, str]
    future_cues: frozenset[str]
    zones: Mapping[str, str]

    def number(self, words: str) -> int | str | None:
        """Return the value of a number written in digits or words ("twenty-one", "several")."""
        text = " ".join(words.lower().replace("-", " ").split())
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            return int(float(text)) if float(text).is_integer() else text
        if text in self.numbers:
            return self.numbers[text]
        parts = text.split()
        values = [self.numbers.get(p) for p in parts]
        if len(parts) == 2 and all(isinstance(v, int) for v in values):
            tens, ones = values
            assert isinstance(tens, int) and isinstance(ones, int)
            if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= ones <= 9:
                return tens + ones
        return None

    def unit(self, word: str) -> tuple[str, Unit] | None:
        """Return (singular name, unit) for a unit word, singular or plural."""
        text = word.lower()
        if text == "centuries":
            text = "century"
        elif text.endswith("s") and text[:-1] in self.units:
            text = text[:-1]
        found = self.units.get(text)
        return (text, found) if found else None


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces matching white space within a line."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in ordered)


@lru_cache(maxsize=1)
def time_vocabulary() -> TimeVocabulary:
    """Load the time vocabulary shipped with newsgraph (once per process)."""
    source = resources.files("newsgraph.lexicon") / "time.yaml"
    return parse_vocabulary(load_yaml(source.read_text(encoding="utf-8")))


def parse_vocabulary(data: Any) -> TimeVocabulary:
    """Check and convert the parsed YAML of a time vocabulary."""
    if not isinstance(data, dict) or any(key not in data for key in _REQUIRED):
        missing = [key for key in _REQUIRED if not isinstance(data, dict) or key not in data]
        raise UsageError(f"time vocabulary: expected the sections {', '.join(_REQUIRED)}; missing {missing}")
    numbers: dict[str, int | str] = {}
    for word, value in data["numbers"].items():
        if not (isinstance(value, int) or value == "X"):
            raise UsageError(f"time vocabulary: number {word!r} must be an integer or X, got {value!r}")
        numbers[str(word)] = value
    units = {str(name): Unit(**spec) for name, spec in data["units"].items()}
    return TimeVocabulary(
        numbers=numbers,
        ordinals={str(k): int(v) for k, v in data["ordinals"].items()},
        units=units,
        modifiers=tuple(str(m) for m in data["modifiers"]),
        parts_of_day={str(k): str(v) for k, v in data["parts_of_day"].items()},
        seasons={str(k): str(v) for k, v in data["seasons"].items()},
        relative_days={str(k): int(v) for k, v in data["relative_days"].items()},
        references={str(k): str(v) for k, v in data["references"].items()},
        sets={str(k): str(v) for k, v in data["sets"].items()},
        holidays={str(k): str(v) for k, v in data["holidays"].items()},
        future_cues=frozenset(str(c) for c in data["future_cues"]),
        zones={str(k): str(v) for k, v in data["zones"].items()},
    )
