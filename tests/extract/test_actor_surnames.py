"""A bare surname names a lexicon office holder only when it can be only them.

One surname of several words ("von der Leyen", "bin Salman") is a surname, not a full
name made of two; a surname several office holders share goes to the one the story
and the day single out, else to none of them (with the code they all share, if any).
"""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

CASES = [
    case(
        "The bloc will respond in kind, von der Leyen said on Sunday.",
        "von der Leyen",
        "IGOEUREEC",
        name="Ursula von der Leyen",
        id="surname-of-three-words",
    ),
    case(
        "Kim said North Korea would test more missiles this year.",
        "Kim",
        "PRKGOV",
        name="Kim Jong Un",
        id="namesakes-one-in-office-of-a-country-in-the-story",
    ),
    case(
        "Khan said the court would rule soon.",
        "Khan",
        None,
        id="namesakes-no-country-no-title-no-guess",
    ),
    case(
        "Saudi Arabia will invest more in the region, bin Salman said.",
        "bin Salman",
        "SAUGOV",
        name="bin Salman",
        id="namesakes-of-one-country-share-its-code",
    ),
]


@pytest.mark.parametrize("c", CASES)
def test_bare_surname(resolve: Any, c: Case) -> None:
    check(resolve, c)
