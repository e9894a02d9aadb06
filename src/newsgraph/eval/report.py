"""A scoring report: sections of rows, each row a few figures and the counts behind them.

Every figure is a number in [0, 1] where higher is better, and has a stable name,
``<dataset>.<section>.<row>.<column>`` (e.g. ``seed.events.dyad.f1``): the flat
``metrics()`` the quality gate pins floors to. Counts (matched, system, gold, ...)
explain the figures and are not gated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsgraph.eval.matching import PRF


@dataclass(frozen=True)
class Row:
    """One line of a section: named figures and the counts they come from."""

    name: str
    figures: Mapping[str, float]
    counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    """A group of rows about one kind of fact, with notes on how it is scored."""

    key: str
    title: str
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """What one gold set says about the system."""

    dataset: str
    description: str
    sections: tuple[Section, ...]
    notes: tuple[str, ...] = ()

    def metrics(self) -> dict[str, float]:
        """Return every figure under its stable dotted name."""
        return {
            f"{self.dataset}.{section.key}.{row.name}.{column}": value
            for section in self.sections
            for row in section.rows
            for column, value in row.figures.items()
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "description": self.description,
            "metrics": {name: round(value, 4) for name, value in self.metrics().items()},
            "sections": [
                {
                    "key": section.key,
                    "title": section.title,
                    "rows": [
                        {
                            "name": row.name,
                            "figures": {k: round(v, 4) for k, v in row.figures.items()},
                            "counts": dict(row.counts),
                        }
                        for row in section.rows
                    ],
                    "notes": list(section.notes),
                }
                for section in self.sections
            ],
            "notes": list(self.notes),
        }


def prf_row(name: str, prf: PRF) -> Row:
    """A row of precision, recall and F1 with their counts."""
    return Row(name, prf.figures(), prf.counts())


def render_table(report: Report) -> str:
    """Return the report as a readable plain-text table."""
    lines = [report.description, ""]
    for section in report.sections:
        lines.extend(_render_section(section))
        lines.append("")
    lines.extend(report.notes)
    return "\n".join(lines).rstrip() + "\n"


def _render_section(section: Section) -> list[str]:
    columns: list[str] = []
    for row in section.rows:
        columns.extend(c for c in row.figures if c not in columns)
    name_width = max([len(section.title), *(len(row.name) + 2 for row in section.rows)])
    widths = [max(len(c), 5) for c in columns]
    header = (
        section.title.ljust(name_width) + "  " + "  ".join(c.rjust(w) for c, w in zip(columns, widths, strict=True))
    )
    lines = [header.rstrip()]
    for row in section.rows:
        cells = [
            (f"{row.figures[c]:.3f}" if c in row.figures else "").rjust(w) for c, w in zip(columns, widths, strict=True)
        ]
        counts = "  ".join(f"{k} {v}" for k, v in row.counts.items())
        lines.append(f"  {row.name}".ljust(name_width) + "  " + "  ".join(cells) + (f"   {counts}" if counts else ""))
    lines.extend(f"  ({note})" for note in section.notes)
    return lines
