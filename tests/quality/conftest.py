"""The quality gate's data: one real pipeline run per gold set, shared by the session."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval import Report, evaluate
from newsgraph.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD_SETS = {
    "seed": DATA / "seed.gold.jsonl",
    "meantime": DATA / "meantime-en",
    "plover": DATA / "plover-gsr" / "PLOVER_GSR_CAMEO.json",
}


@pytest.fixture(scope="session")
def reports() -> dict[str, Report]:
    """Each gold set scored on newsgraph run now (spaCy and every extractor, no database)."""
    return {name: evaluate(path, Settings()) for name, path in GOLD_SETS.items()}
