"""Calendar helpers shared by ingestion and time normalisation."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.dates import find_dates, iso_week, quarter_of, shift_months, year_of_day, year_of_month

DAY = date(2025, 12, 30)


@pytest.mark.parametrize(
    ("day", "week"),
    [(date(2025, 12, 30), "2026-W01"), (date(2025, 12, 23), "2025-W52"), (date(2021, 1, 3), "2020-W53")],
)
def test_iso_week(day: date, week: str) -> None:
    assert iso_week(day) == week


@pytest.mark.parametrize(("months", "expected"), [(-1, (2025, 11)), (1, (2026, 1)), (-12, (2024, 12)), (0, (2025, 12))])
def test_shift_months(months: int, expected: tuple[int, int]) -> None:
    assert shift_months(DAY, months) == expected


@pytest.mark.parametrize(
    ("month", "direction", "year"),
    [
        (2, "past", 2025),
        (2, "future", 2026),
        (2, None, 2026),
        (12, "past", 2025),
        (12, "future", 2025),
        (9, None, 2025),
    ],
)
def test_year_of_month(month: int, direction: str | None, year: int) -> None:
    assert year_of_month(DAY, month, direction) == year


@pytest.mark.parametrize(
    ("month", "day", "direction", "year"),
    [
        (12, 3, "past", 2025),
        (12, 3, "future", 2026),
        (1, 5, None, 2026),
        (2, 29, None, 2024),
        (2, 30, None, None),
        (11, 30, None, 2025),
    ],
)
def test_year_of_day(month: int, day: int, direction: str | None, year: int | None) -> None:
    assert year_of_day(DAY, month, day, direction) == year


def test_quarter_of() -> None:
    assert [quarter_of(date(2025, m, 1)) for m in (1, 4, 7, 12)] == [1, 2, 3, 4]


def test_weekday_prefix_does_not_cross_a_line() -> None:
    (found,) = find_dates("Markets closed until Friday\n\nSeptember 18, 2008")
    assert (found.month, found.day, found.year) == (9, 18, 2008)
