"""The quality gate: every figure `newsgraph eval` reports stays at or above its pinned floor.

Floors live in floors.toml, with the rules at its top: raising a floor is a commit
that shows the new figures; lowering one needs a written reason next to it.
"""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest

from newsgraph.eval import Report

FLOORS = Path(__file__).with_name("floors.toml")
DATASETS = ("seed", "meantime", "plover")


def flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def load_floors(text: str) -> dict[str, Any]:
    return flatten(tomllib.loads(text))


FLOOR_VALUES = load_floors(FLOORS.read_text(encoding="utf-8"))


def all_metrics(reports: dict[str, Report]) -> dict[str, float]:
    return {name: value for report in reports.values() for name, value in report.metrics().items()}


@pytest.mark.parametrize("name", sorted(FLOOR_VALUES))
def test_figure_stays_at_or_above_its_floor(name: str, reports: dict[str, Report]) -> None:
    metrics = all_metrics(reports)
    assert name in metrics, f"floor {name} names no figure the scorer reports; remove it or fix its name"
    assert round(metrics[name], 3) >= FLOOR_VALUES[name], (
        f"{name} = {metrics[name]:.3f} dropped below its floor {FLOOR_VALUES[name]}"
    )


def test_every_reported_figure_has_a_floor(reports: dict[str, Report]) -> None:
    unguarded = sorted(set(all_metrics(reports)) - set(FLOOR_VALUES))
    assert not unguarded, "figures without a floor in floors.toml (add them): " + ", ".join(unguarded)


def test_every_gold_set_is_gated(reports: dict[str, Report]) -> None:
    assert {name.split(".")[0] for name in FLOOR_VALUES} == set(DATASETS)
    assert all(reports[dataset].metrics() for dataset in DATASETS)


@pytest.mark.parametrize("name", sorted(FLOOR_VALUES))
def test_floor_is_a_figure_between_zero_and_one(name: str) -> None:
    value = FLOOR_VALUES[name]
    assert isinstance(value, int | float) and not isinstance(value, bool), f"{name}: floor must be a number"
    assert 0.0 <= value <= 1.0, f"{name}: floor {value} is outside [0, 1]"


def reasons(text: str) -> dict[str, str]:
    """Return {floor name: comment text} from the comment block above each floor line and its own comment."""
    found: dict[str, str] = {}
    table = ""
    comments: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            table, comments = stripped.strip("[]").strip() + ".", []
        elif stripped.startswith("#"):
            comments.append(stripped.lstrip("# "))
        elif "=" in stripped:
            key, _, rest = stripped.partition("=")
            own = rest.partition("#")[2].strip()
            found[table + key.strip()] = " ".join([*comments, own]).strip()
            comments = []
        else:
            comments = []
    return found


def previous_floors_text() -> str | None:
    """The floors file before its latest change: the committed one when the working copy
    differs from it, else the one before the commit that last changed it."""

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *args], cwd=FLOORS.parent, capture_output=True, text=True, check=False)

    relative = git("ls-files", "--full-name", FLOORS.name).stdout.strip()
    last = git("log", "-n", "1", "--format=%H", "--", FLOORS.name).stdout.strip()
    if not relative or not last:
        return None
    committed = git("show", f"{last}:{relative}")
    if committed.returncode != 0:
        return None
    if committed.stdout != FLOORS.read_text(encoding="utf-8"):
        return committed.stdout
    before = git("show", f"{last}~1:{relative}")
    return before.stdout if before.returncode == 0 else None


def test_a_lowered_floor_carries_a_written_reason() -> None:
    previous = previous_floors_text()
    if previous is None:
        pytest.skip("no git history of floors.toml to compare with")
    old = load_floors(previous)
    text = FLOORS.read_text(encoding="utf-8")
    notes = reasons(text)
    silent = [
        f"{name} ({old[name]} -> {value})"
        for name, value in load_floors(text).items()
        if name in old and value < old[name] and "lowered" not in notes.get(name, "").lower()
    ]
    assert not silent, "floors lowered without a '# lowered from X: reason' comment next to them: " + ", ".join(silent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[a.b]\nx = 0.5\n", {"a.b.x": ""}),
        (
            "[a.b]\n# lowered from 0.6: the gold was corrected\nx = 0.5\n",
            {"a.b.x": "lowered from 0.6: the gold was corrected"},
        ),
        (
            "[a.b]\nx = 0.5  # lowered from 0.6: new tokenizer\ny = 1.0\n",
            {"a.b.x": "lowered from 0.6: new tokenizer", "a.b.y": ""},
        ),
    ],
)
def test_reasons_are_read_from_comments_next_to_the_floor(text: str, expected: dict[str, str]) -> None:
    assert reasons(text) == expected
