"""The geometry of the inline SVG pictures: the chart over time, the network, the world map."""

from __future__ import annotations

import re

import pytest

from newsgraph.web import graphics, worldmap


@pytest.mark.parametrize(
    ("values", "granularity", "buckets", "left_out"),
    [
        (["2025-12-29", "2025-12-31"], "day", 3, 0),  # the empty day between shows as a gap
        (["2025-12-29", "2025-12-30", "2025"], "day", 2, 1),  # a year cannot be placed on a day
        (["2025-12-29", "2025-12", "2025"], "month", 1, 1),  # most dates are known to the month
        (["2025-01-05", "2025-06-30", "2025-03"], "month", 6, 0),
        (["2025-01-05", "2025", "2019-03"], "year", 7, 0),
        (["2024"], "year", 1, 0),
        (["2025-W52", "XXXX-XX-XX"], "day", 0, 0),  # nothing usable
    ],
)
def test_time_chart_picks_a_granularity_and_fills_gaps(
    values: list[str], granularity: str, buckets: int, left_out: int
) -> None:
    chart = graphics.time_chart([(v, {4: 2, 1: 1}) for v in values])
    assert len(chart.bars) == buckets and chart.left_out == 3 * left_out
    if buckets:
        assert chart.granularity == granularity


def test_time_chart_stacks_pieces_to_scale() -> None:
    chart = graphics.time_chart([("2025-12-01", {1: 3, 4: 1}), ("2025-12-02", {3: 8})], href=lambda b, q: f"/{b}/{q}")
    first, second = chart.bars
    assert [p.css for p in first.pieces] == ["quad-1", "quad-4"]
    assert first.pieces[0].height == pytest.approx(3 * first.pieces[1].height)
    assert second.pieces[0].height == pytest.approx(8 * first.pieces[1].height)
    assert max(value for _, value in chart.y_ticks) >= 8
    assert first.pieces[0].href == "/2025-12-01/1" and "3 events, verbal cooperation" in first.pieces[0].title


def test_ego_network_places_partners_on_a_ring_with_arrows_each_way() -> None:
    ties = [
        graphics.Tie("Ukraine", "UKRGOV", 2, 1, 3, 0, "/actors/Ukraine"),
        graphics.Tie("European Union", "EUR", 1, 0, 1, 0, None),
        graphics.Tie("United States", "USAGOV", 0, 1, 0, 1, None),
    ]
    net = graphics.ego_network("Russia", ties, [(1, 0, 2)])
    assert len(net.nodes) == 4 and net.nodes[0].label == "Russia"
    centre = net.nodes[0]
    radii = {round(((n.x - centre.x) ** 2 + (n.y - centre.y) ** 2) ** 0.5, 6) for n in net.nodes[1:]}
    assert len(radii) == 1  # all on one circle
    assert [e.css for e in net.edges] == [
        "edge conflict",
        "edge conflict",
        "edge conflict",
        "edge coop",
        "edge between",
    ]


def test_projection_maps_the_world_onto_the_picture() -> None:
    assert worldmap.project(-180, 90, 960, 480) == (0, 0)
    assert worldmap.project(0, 0, 960, 480) == (480, 240)
    assert worldmap.project(180, -90, 960, 480) == (960, 480)


def test_world_outline_has_every_country_and_wraps_the_antimeridian() -> None:
    countries = {c.name: c for c in worldmap.world(960, 480)}
    assert len(countries) > 170 and {"Iran", "Canada", "Russia", "Fiji", "Brazil"} <= set(countries)
    for country in countries.values():
        assert re.fullmatch(r"(M[-\d.,]+(L[-\d.,]+)+Z)+", country.path), country.name
    xs = [float(x) for x in re.findall(r"[ML](-?[\d.]+),", countries["Russia"].path)]
    assert min(xs) < 0 and max(xs) > 900  # Chukotka drawn again across the date line
