"""Geometry for the inline SVG pictures: a stacked bar chart over time and an actor's network.

Functions here compute numbers and labels only; templates turn them into SVG
elements, so every label is escaped like any other text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

QUADS = {
    1: ("verbal cooperation", "quad-1"),
    2: ("material cooperation", "quad-2"),
    3: ("verbal conflict", "quad-3"),
    4: ("material conflict", "quad-4"),
    0: ("quad unknown", "quad-0"),
}
QUAD_ORDER = (1, 2, 3, 4, 0)


@dataclass(frozen=True)
class BarPiece:
    y: float
    height: float
    css: str
    title: str
    href: str | None


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    pieces: list[BarPiece]


@dataclass
class Chart:
    """A stacked bar chart: bars, axis ticks, labels, and what could not be drawn."""

    width: int
    height: int
    top: int
    left: int
    plot_height: int
    bars: list[Bar] = field(default_factory=list)
    y_ticks: list[tuple[float, int]] = field(default_factory=list)  # (y, value)
    x_labels: list[tuple[float, str]] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (name, css)
    granularity: str = "day"
    left_out: int = 0  # counts dated too coarsely for the chart's granularity

    @property
    def empty(self) -> bool:
        return not self.bars


def _parse(value: str) -> tuple[str, date] | None:
    try:
        if len(value) == 10:
            return "day", date.fromisoformat(value)
        if len(value) == 7:
            return "month", date(int(value[:4]), int(value[5:7]), 1)
        if len(value) == 4:
            return "year", date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def _granularity(parsed: list[tuple[tuple[str, date], int]]) -> str:
    """The finest granularity that can place most of the counts and spans a readable range."""
    total = sum(count for _, count in parsed)
    for granularity, precisions, limit in (("day", ("day",), 92), ("month", ("day", "month"), 60)):
        placed = [(day, count) for (precision, day), count in parsed if precision in precisions]
        if not placed or 2 * sum(count for _, count in placed) < total:
            continue
        first, last = min(day for day, _ in placed), max(day for day, _ in placed)
        span = (last - first).days if granularity == "day" else (last.year - first.year) * 12 + last.month - first.month
        if span <= limit:
            return granularity
    return "year"


def _bucket(precision: str, day: date, granularity: str) -> str | None:
    """The bucket a date falls in at this granularity, or None when it is known too coarsely."""
    rank = {"day": 0, "month": 1, "year": 2}
    if rank[precision] > rank[granularity]:
        return None
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return day.isoformat()[:7]
    return str(day.year)


def _buckets_between(first: str, last: str, granularity: str) -> list[str]:
    """Every bucket from first to last, so gaps in time show as gaps."""
    found = [first]
    if granularity == "day":
        day = date.fromisoformat(first)
        while found[-1] < last:
            day += timedelta(days=1)
            found.append(day.isoformat())
    elif granularity == "month":
        year, month = int(first[:4]), int(first[5:7])
        while found[-1] < last:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            found.append(f"{year:04d}-{month:02d}")
    else:
        found = [str(y) for y in range(int(first), int(last) + 1)]
    return found


def _nice_step(maximum: int) -> int:
    if maximum <= 5:
        return 1
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


def time_chart(
    points: list[tuple[str, dict[int, int]]],
    series: dict[int, tuple[str, str]] | None = None,
    href: Callable[[str, int], str | None] | None = None,
    width: int = 760,
    height: int = 240,
) -> Chart:
    """Lay out counts by date as stacked bars: one bar per day, month or year, one piece per series.

    ``points`` are (ISO date value, {series key: count}); ``series`` names each key and
    gives its CSS class (the quad classes by default); ``href(bucket, key)`` links a piece.
    """
    series = series or QUADS
    left, top, bottom = 40, 10, 30
    chart = Chart(width, height, top, left, height - top - bottom)
    chart.legend = [series[k] for k in sorted(series, key=lambda k: (k == 0, k)) if any(k in c for _, c in points)]
    parsed = [(p, counts) for value, counts in points if (p := _parse(value)) is not None]
    if not parsed:
        return chart
    chart.granularity = _granularity([(p, sum(counts.values())) for p, counts in parsed])
    totals: dict[str, dict[int, int]] = {}
    for (precision, day), counts in parsed:
        bucket = _bucket(precision, day, chart.granularity)
        if bucket is None:
            chart.left_out += sum(counts.values())
            continue
        into = totals.setdefault(bucket, {})
        for key, count in counts.items():
            into[key] = into.get(key, 0) + count
    if not totals:
        return chart
    buckets = _buckets_between(min(totals), max(totals), chart.granularity)
    highest = max(sum(c.values()) for c in totals.values())
    step = _nice_step(highest)
    top_value = step * math.ceil(highest / step)
    scale = chart.plot_height / top_value
    chart.y_ticks = [(top + chart.plot_height - v * scale, v) for v in range(0, top_value + 1, step)]
    slot = (width - left - 10) / len(buckets)
    gap = min(4.0, slot * 0.2)
    order = [k for k in QUAD_ORDER if k in series] if series is QUADS else sorted(series)
    for index, bucket in enumerate(buckets):
        x = left + index * slot + gap / 2
        y = float(top + chart.plot_height)
        pieces = []
        for key in order:
            count = totals.get(bucket, {}).get(key, 0)
            if not count:
                continue
            name, css = series[key]
            y -= count * scale
            title = f"{bucket}: {count} {'event' if count == 1 else 'events'}, {name}"
            pieces.append(BarPiece(y, count * scale, css, title, href(bucket, key) if href else None))
        chart.bars.append(Bar(x, max(slot - gap, 1.0), pieces))
    every = max(1, math.ceil(len(buckets) / 8))
    chart.x_labels = [
        (left + i * slot + slot / 2, _short(bucket, chart.granularity))
        for i, bucket in enumerate(buckets)
        if i % every == 0
    ]
    return chart


def _short(bucket: str, granularity: str) -> str:
    if granularity == "day":
        return bucket[5:]
    return bucket


# --- network -------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    x: float
    y: float
    r: float
    label: str
    title: str
    href: str | None
    css: str
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    css: str
    title: str


@dataclass
class Network:
    size: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


@dataclass(frozen=True)
class Tie:
    """One partner of the centre actor, with event counts each way."""

    name: str
    code: str | None
    outgoing: int
    incoming: int
    conflict: int
    cooperation: int
    href: str | None


def ego_network(
    centre: str,
    ties: list[Tie],
    links: list[tuple[int, int, int]],
    size: int = 560,
) -> Network:
    """A circular layout: the actor in the middle, its partners on a ring, arrows for who acted on whom.

    ``links`` are (source tie index, target tie index, events) between partners.
    """
    net = Network(size)
    cx = cy = size / 2
    ring = size / 2 - 110
    net.nodes.append(Node(cx, cy, 18, _clip(centre), centre, None, "node centre", cx, cy + 34, "middle"))
    positions = []
    for i, tie in enumerate(ties):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(ties), 1)
        x, y = cx + ring * math.cos(angle), cy + ring * math.sin(angle)
        total = tie.outgoing + tie.incoming
        r = 6 + 2.5 * math.sqrt(total)
        positions.append((x, y, r))
        label_x = x + (r + 6) * math.cos(angle)
        label_y = y + (r + 6) * math.sin(angle) + 4
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        name = f"{tie.name} ({tie.code})" if tie.code else tie.name
        title = f"{name}: {tie.outgoing} events by {centre} towards it, {tie.incoming} by it towards {centre}"
        net.nodes.append(Node(x, y, r, _clip(tie.name), title, tie.href, "node", label_x, label_y, anchor))
        kind = "conflict" if tie.conflict > tie.cooperation else "coop" if tie.cooperation > tie.conflict else "mixed"
        if tie.outgoing:
            net.edges.append(
                _arrow(
                    (cx, cy, 18),
                    (x, y, r),
                    1 + math.log2(1 + tie.outgoing),
                    f"edge {kind}",
                    f"{centre} → {name}: {tie.outgoing}",
                    3,
                )
            )
        if tie.incoming:
            net.edges.append(
                _arrow(
                    (x, y, r),
                    (cx, cy, 18),
                    1 + math.log2(1 + tie.incoming),
                    f"edge {kind}",
                    f"{name} → {centre}: {tie.incoming}",
                    3,
                )
            )
    for source, target, events in links:
        a, b = positions[source], positions[target]
        title = f"{ties[source].name} → {ties[target].name}: {events}"
        net.edges.append(_arrow(a, b, 1 + math.log2(1 + events) / 2, "edge between", title, 2))
    return net


def _arrow(
    a: tuple[float, float, float], b: tuple[float, float, float], width: float, css: str, title: str, offset: float
) -> Edge:
    """A line from circle a to circle b, stopping at their rims, shifted sideways so two directions both show."""
    (x1, y1, r1), (x2, y2, r2) = a, b
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx, ny = -uy * offset, ux * offset
    return Edge(
        x1 + ux * r1 + nx, y1 + uy * r1 + ny, x2 - ux * (r2 + 4) + nx, y2 - uy * (r2 + 4) + ny, width, css, title
    )


def _clip(text: str, size: int = 26) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
