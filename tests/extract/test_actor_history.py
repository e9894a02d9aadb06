"""Older news codes its leaders: office holders of 1975-2022 resolve on the publication day.

people_history.yaml gives the dated roles; a bare surname several people share ("Bush",
"Assad", "Hussein") goes to the one in office that day, and with no date to none of
them (the code they all share, if any); a long-retired office holder does not take
another person's surname; ordinary capitalised words ("May", "Major", "the Moon") stay
words.
"""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

NAMED = [
    case(
        "President Reagan met Soviet leader Mikhail Gorbachev in Geneva on Tuesday.",
        "Reagan",
        "USAGOV",
        name="Ronald Reagan",
        role="President",
        published="1985-11-19",
        id="reagan-surname-with-title",
    ),
    case(
        "President Reagan met Soviet leader Mikhail Gorbachev in Geneva on Tuesday.",
        "Mikhail Gorbachev",
        "RUSGOV",
        name="Mikhail Gorbachev",
        published="1985-11-19",
        id="soviet-leader-is-rus",
    ),
    case(
        "President Bush met Soviet leader Mikhail Gorbachev off Malta on Saturday.",
        "Bush",
        "USAGOV",
        name="George H. W. Bush",
        published="1989-12-02",
        id="bush-in-1989-is-the-father",
    ),
    case(
        "President Bush met Russian President Vladimir Putin in Bratislava on Thursday.",
        "Bush",
        "USAGOV",
        name="George W. Bush",
        published="2005-02-24",
        id="bush-in-2005-is-the-son",
    ),
    case(
        "President Bush has threatened further action against Russia.",
        "Bush",
        "USAGOV",
        name="Bush",
        published=None,
        id="bush-without-a-date-is-either-both-usagov",
    ),
    case(
        "Assad said Syria would not give up the Golan Heights.",
        "Assad",
        "SYRGOV",
        name="Hafez al-Assad",
        published="1995-06-01",
        id="assad-in-1995-is-hafez",
    ),
    case(
        "Assad said Syria would not give up the Golan Heights.",
        "Assad",
        "SYRGOV",
        name="Bashar al-Assad",
        published="2005-06-01",
        id="assad-in-2005-is-bashar",
    ),
    case(
        "Jordan's King Hussein met Iraqi President Saddam Hussein in Baghdad.",
        "King Hussein",
        "JORGOV",
        name="Hussein bin Talal",
        published="1990-08-04",
        id="king-hussein-of-jordan",
    ),
    case(
        "Hussein said Iraq would defend itself against any attack.",
        "Hussein",
        "IRQGOV",
        name="Saddam Hussein",
        published="1990-08-04",
        id="hussein-in-an-iraq-story-is-saddam",
    ),
    case(
        "U.N. Secretary-General Javier Perez de Cuellar met Iraqi Foreign Minister Tariq Aziz in Amman.",
        "Javier Perez de Cuellar",
        "IGOUNO",
        published="1991-01-13",
        id="un-secretary-general",
    ),
    case(
        "U.N. Secretary-General Javier Perez de Cuellar met Iraqi Foreign Minister Tariq Aziz in Amman.",
        "Tariq Aziz",
        "IRQGOV",
        published="1991-01-13",
        id="iraqi-foreign-minister",
    ),
    case(
        "NATO Secretary General Javier Solana said the air campaign would go on.",
        "Javier Solana",
        "IGOWSTNAT",
        published="1999-04-10",
        id="solana-at-nato-before-the-eu",
    ),
    case(
        "Palestinian leader Yasser Arafat and Israeli Prime Minister Yitzhak Rabin shook hands.",
        "Yasser Arafat",
        "PSEGOV",
        published="1993-09-13",
        id="arafat",
    ),
    case(
        "The Taliban refused to hand over bin Laden, a spokesman said.",
        "bin Laden",
        "IMGREB",
        name="Osama bin Laden",
        published="2001-10-01",
        id="surname-of-two-words",
    ),
    case(
        "The ANC will talk to the government, de Klerk said in Pretoria.",
        "de Klerk",
        "ZAFGOV",
        name="F. W. de Klerk",
        published="1990-02-11",
        id="de-klerk-surname-with-particle",
    ),
    case(
        "Former Chancellor Helmut Kohl attended the ceremony in Berlin.",
        "Helmut Kohl",
        "DEUELI",
        published="2005-06-01",
        id="after-office-eli",
    ),
    case(
        "Former President Carter said the election in Venezuela had been fair.",
        "Carter",
        "USAELI",
        name="Jimmy Carter",
        published="2004-08-17",
        id="long-retired-but-called-former",
    ),
]

UNNAMED = [
    case(
        "Powell said the Federal Reserve would hold interest rates steady.",
        "Powell",
        None,
        published="2024-06-12",
        id="long-retired-surname-is-someone-else",
    ),
    case(
        "Kim said the South would pursue its Sunshine Policy with the North.",
        "Kim",
        None,
        published="1998-06-01",
        id="two-kims-in-office-no-country-no-code",
    ),
    case(
        "Sales rose sharply in May, the company said.",
        "May",
        None,
        published="2017-06-01",
        id="a-month-is-no-prime-minister",
    ),
    case(
        "Major General Michael Rose commands the UN force in Bosnia.",
        "Major",
        None,
        published="1994-06-01",
        id="a-rank-is-no-prime-minister",
    ),
    case(
        "Astronauts will return to the Moon by 2024, NASA said.",
        "Moon",
        None,
        published="2019-06-01",
        id="the-moon-is-no-president",
    ),
]


@pytest.mark.parametrize("c", NAMED)
def test_office_holder_of_the_day(resolve: Any, c: Case) -> None:
    check(resolve, c)


@pytest.mark.parametrize("c", UNNAMED)
def test_no_office_holder_is_invented(resolve: Any, c: Case) -> None:
    check(resolve, c)
