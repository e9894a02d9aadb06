"""The world outline of the event map, drawn from the vendored world-atlas TopoJSON.

``vendor/world-atlas/countries-110m.json`` (ISC, from Natural Earth, public
domain) is decoded here into SVG paths in an equirectangular projection, so the
map works offline and needs no tile server. Decoding takes a few milliseconds;
the app keeps the result once built (``app.state``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

Point = tuple[float, float]


@dataclass(frozen=True)
class Country:
    name: str
    path: str  # SVG path data


def project(lon: float, lat: float, width: float, height: float) -> Point:
    """Equirectangular: longitude to x, latitude to y, the whole world in width × height."""
    return (lon + 180.0) / 360.0 * width, (90.0 - lat) / 180.0 * height


def _arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Decode the delta-encoded, quantized arcs into longitude/latitude points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[Point]]) -> list[Point]:
    points: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _unwrap(ring: list[Point]) -> list[Point]:
    """Make longitudes continuous, so a ring crossing the antimeridian does not streak across the map."""
    result = [ring[0]]
    for lon, lat in ring[1:]:
        previous = result[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        result.append((lon, lat))
    return result


def _path(ring: list[Point], width: float, height: float, shift: float) -> str:
    coordinates = (project(lon + shift, lat, width, height) for lon, lat in ring)
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coordinates) + "Z"


def world(width: float, height: float) -> list[Country]:
    """Every country of the vendored outline as an SVG path in a width × height equirectangular map."""
    source = resources.files("newsgraph.web") / "vendor" / "world-atlas" / "countries-110m.json"
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("type") == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry.get("type") == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        parts: list[str] = []
        for polygon in polygons:
            for indexes in polygon:
                ring = _unwrap(_ring(indexes, arcs))
                if len(ring) < 3:
                    continue
                low, high = min(p[0] for p in ring), max(p[0] for p in ring)
                # a ring pushed past ±180° is drawn again on the other side; the SVG clips both
                shifts = [0.0] + ([-360.0] if high > 180 else []) + ([360.0] if low < -180 else [])
                parts.extend(_path(ring, width, height, shift) for shift in shifts)
        name = str((geometry.get("properties") or {}).get("name") or "")
        countries.append(Country(name, "".join(parts)))
    return countries
