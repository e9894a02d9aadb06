"""Print the quality gate's figures as floors.toml tables: each figure rounded down to 3 decimals.

Run it to raise floors (copy the lines that went up into tests/quality/floors.toml,
and put the `newsgraph eval` tables in the commit message) or to add floors for new
figures. It never edits floors.toml: lowering a floor is a decision, with a reason.

    .venv/bin/python scripts/current_floors.py [--compare]
"""

from __future__ import annotations

import math
import sys
import tomllib
from pathlib import Path

from newsgraph.eval import evaluate
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
GOLD_SETS = (DATA / "seed.gold.jsonl", DATA / "meantime-en", DATA / "plover-gsr" / "PLOVER_GSR_CAMEO.json")
FLOORS = ROOT / "tests" / "quality" / "floors.toml"


def flatten(table: dict[str, object], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def main(compare: bool) -> None:
    metrics: dict[str, float] = {}
    for gold in GOLD_SETS:
        metrics.update(evaluate(gold, Settings()).metrics())
    if compare:
        floors = flatten(tomllib.loads(FLOORS.read_text(encoding="utf-8")))
        for name, value in metrics.items():
            floor = floors.get(name)
            if floor is None:
                print(f"{name}: {value:.3f} (no floor)")
            elif round(value, 3) != floor:
                print(f"{name}: {value:.3f} (floor {floor})")
        return
    table = None
    for name, value in metrics.items():
        head, _, key = name.rpartition(".")
        if head != table:
            print(f"\n[{head}]")
            table = head
        print(f"{key} = {math.floor(round(value, 6) * 1000) / 1000}")


if __name__ == "__main__":
    main("--compare" in sys.argv[1:])
