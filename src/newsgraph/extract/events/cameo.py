"""CAMEO root code, quad class and conflict/cooperation score for a PLOVER type and mode.

Derived from the published CAMEO→PLOVER mapping (``lexicon/CAMEO2PLOVER-2021.txt``,
Open Event Data Alliance, CC BY-SA 4.0) with the PLOVER manual's corrections and
scores kept in ``lexicon/plover_scores.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsgraph.yamldata import load_yaml

_LINE = re.compile(
    r"^(?P<code>\d{2,4}):\s*(?P<type>[A-Z]+)\s*,\s*(?P<mode>[^,#]*?)\s*(?:,(?P<context>[^#]*))?(?:#.*)?$"
)


@dataclass(frozen=True)
class Derived:
    """The GDELT-style fields derived from a PLOVER type and mode."""

    cameo: str
    quad: int
    goldstein: float


@dataclass(frozen=True)
class CameoTable:
    """The CAMEO roots each PLOVER (type, mode) maps to, with the manual's overrides."""

    by_type_mode: dict[tuple[str, str], str]
    by_type: dict[str, str]
    overrides: dict[str, dict[str, str]]
    scores: dict[str, dict[str, float]]
    quads: dict[str, int]

    def derive(self, event_type: str, mode: str | None) -> Derived:
        """Return the CAMEO root, quad class and score for ``event_type`` in ``mode``."""
        root = self._root(event_type, mode or "")
        score_table = self.scores.get(event_type, {})
        score = score_table.get(mode or "default", score_table.get("default", 0.0))
        return Derived(cameo=root, quad=self.quads[root], goldstein=score)

    def _root(self, event_type: str, mode: str) -> str:
        override = self.overrides.get(event_type)
        if override:
            return override.get(mode, override["default"])
        return self.by_type_mode.get((event_type, mode)) or self.by_type[event_type]


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    """Parse the shipped mapping and scores (once per process)."""
    folder = resources.files("newsgraph") / "lexicon"
    mapping = (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    scores = load_yaml((folder / "plover_scores.yaml").read_text(encoding="utf-8"))
    return build_table(mapping, scores)


def build_table(mapping: str, data: dict[str, Any]) -> CameoTable:
    """Count, for each PLOVER (type, mode), which CAMEO roots the mapping sends there."""
    type_mode: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for line in mapping.splitlines():
        match = _LINE.match(line.strip())
        if not match or len(match["code"]) < 3:
            continue
        root = match["code"][:2]
        event_type = match["type"]
        mode = match["mode"].strip()
        by_type[event_type][root] += 1
        type_mode[(event_type, mode)][root] += 1
    scores: dict[str, dict[str, float]] = {}
    for event_type, value in data["scores"].items():
        scores[event_type] = (
            {k: float(v) for k, v in value.items()} if isinstance(value, dict) else {"default": float(value)}
        )
    return CameoTable(
        by_type_mode={key: _most_common(counter) for key, counter in type_mode.items()},
        by_type={key: _most_common(counter) for key, counter in by_type.items()},
        overrides={k: {m: str(r) for m, r in v.items()} for k, v in data["cameo_roots"].items()},
        scores=scores,
        quads={str(k): int(v) for k, v in data["quads"].items()},
    )


def _most_common(counter: Counter[str]) -> str:
    # ties go to the lower root, the more general one
    return min(counter, key=lambda root: (-counter[root], root))
