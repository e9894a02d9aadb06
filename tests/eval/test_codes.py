"""Actor codes: the gold matching rule and the legacy-code table."""

from __future__ import annotations

import pytest

from newsgraph.eval.codes import code_accepted, iso_country, legacy_country_codes, side_matches


def test_every_legacy_code_maps_to_an_iso3_code() -> None:
    table = legacy_country_codes()
    assert table  # the file was read
    for legacy, iso in table.items():
        assert len(legacy) == len(iso) == 3 and legacy.isalpha() and iso.isalpha() and iso.isupper()
        assert legacy != iso
        assert iso not in table  # no chains


@pytest.mark.parametrize(
    ("code", "iso"), [("JAP", "JPN"), ("jap", "JPN"), ("ITL", "ITA"), ("RUS", "RUS"), ("IGO", "IGO")]
)
def test_iso_country(code: str, iso: str) -> None:
    assert iso_country(code) == iso


@pytest.mark.parametrize(
    ("system", "gold", "accepted"),
    [
        ("RUSGOV", ["RUS"], True),
        ("rusgov", ["RUSGOV"], True),
        ("RUS", ["RUSGOV"], False),
        ("RUSGOVMIL", ["RUSGOV"], False),
        ("WSTGOV", ["WST"], True),
        ("UKR", ["RUS", "UKRGOV"], False),
    ],
)
def test_code_accepted(system: str, gold: list[str], accepted: bool) -> None:
    assert code_accepted(system, gold) is accepted


def test_an_empty_gold_side_is_not_scored() -> None:
    assert side_matches((), ())
    assert not side_matches((), ("RUS",))
