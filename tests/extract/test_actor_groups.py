"""Unnamed groups: the noun gives the sector, the text or the story the country."""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

IRAN = "Iran's currency hit a record low against the dollar on Monday, and prices in Tehran rose again."
KENYA = "Kenyan police fired tear gas at crowds in Nairobi on Tuesday."
NIGERIA = "Nigerian authorities said security was being stepped up in Kaduna state, in northern Nigeria."

GROUPS = [
    case(
        f"{IRAN} Students gathered outside Tehran University to protest.",
        "Students",
        "IRNEDU",
        kind="group",
        label="GROUP",
        id="students-in-iran-story",
    ),
    case(
        f"{IRAN} Shopkeepers in the Grand Bazaar shut their stores.",
        "Shopkeepers",
        "IRNBUS",
        id="shopkeepers-in-iran-story",
    ),
    case(
        "Shopkeepers in Tehran's Grand Bazaar shut their stores on Sunday.",
        "Shopkeepers",
        "IRNBUS",
        id="shopkeepers-in-tehran",
    ),
    case(f"{IRAN} Merchants and traders joined the strike.", "traders", "IRNBUS", id="traders"),
    case(f"{KENYA} Protesters accused the government of corruption.", "Protesters", "KENCVL", id="protesters"),
    case(
        f"{KENYA} Protesters accused the government of corruption.",
        "the government",
        "KENGOV",
        kind="country",
        id="the-government-of-the-story",
    ),
    case(f"{NIGERIA} Gunmen abducted 20 pupils from a school on Friday.", "Gunmen", "NGAUAF", id="gunmen"),
    case(f"{NIGERIA} Gunmen abducted 20 pupils from a school on Friday.", "pupils", "NGAEDU", id="pupils"),
    case(
        "South Korea's health ministry ordered trainee doctors back to work. Doctors in Seoul said they would "
        "keep striking over medical school quotas in South Korea.",
        "Doctors",
        "KORMED",
        id="doctors",
    ),
    case(
        "French farmers blocked roads around Paris with tractors. Farmers say cheap imports are ruining them, "
        "and France's government has promised help.",
        "Farmers",
        "FRAAGR",
        id="farmers",
    ),
    case(
        "Workers at the Hyundai plant in Ulsan walked out on Wednesday, South Korea's largest union said, as "
        "South Korean wage talks stalled.",
        "Workers",
        "KORLAB",
        id="workers",
    ),
    case(
        "India and Pakistan agreed to resume talks. Ministers from both countries will meet in Doha next week.",
        "Ministers",
        {"INDGOV", "PAKGOV"},
        id="ministers-from-both-countries",
    ),
    case(
        "Germany tightened its asylum rules this year. Refugees in Berlin protested against the new law in Germany.",
        "Refugees",
        None,
        id="refugees-not-of-the-host",
    ),
    case(
        "Militants attacked a checkpoint in Pakistan's Khyber Pakhtunkhwa province. Pakistani officials said "
        "four soldiers died.",
        "Militants",
        "PAKREB",
        id="militants",
    ),
    case(
        "Russian authorities blocked the website on Monday. Journalists in Moscow said the Russian move was expected.",
        "Journalists",
        "RUSJRN",
        id="journalists",
    ),
    case(f"{IRAN} Senior clerics in Qom criticised the decision.", "clerics", "IRNREL", id="clerics"),
    case(
        "Georgia's ruling party won the vote. Opposition supporters rallied in Tbilisi, Georgia, on Sunday.",
        "Opposition supporters",
        "GEOOPP",
        id="opposition-supporters",
    ),
    case(
        "China's exports rose in May. Analysts say Chinese demand remains weak.",
        "Analysts",
        None,
        id="analysts-have-no-country",
    ),
    case(
        "Sudan's army and the RSF have fought since 2023. Civilians in Sudan's Darfur region have fled.",
        "Civilians",
        "SDNCVL",
        id="civilians",
    ),
    case(
        "Russia and Ukraine exchanged 300 prisoners each. Troops on both sides are exhausted.",
        "Troops",
        None,
        id="troops-have-no-side",
    ),
    case(
        "Russia and Ukraine exchanged 300 prisoners each on Saturday. The two sides said more swaps would follow.",
        "two sides",
        {"RUS", "UKR"},
        id="the-two-sides",
    ),
    case("Officials said the road would reopen on Monday.", "Officials", None, id="officials-without-country"),
    case(
        "Iranian students held sit-ins at three universities.", "Iranian students", "IRNEDU", id="students-with-demonym"
    ),
    case(
        "Chinese and Russian officials signed a gas deal.", "officials", {"CHNGOV", "RUSGOV"}, id="coordinated-demonyms"
    ),
    case(f"{IRAN} Student protests spread to Isfahan and Shiraz.", "Student", "IRNEDU", id="student-as-modifier"),
    case("Hamas fighters crossed into Israel at dawn.", "Hamas fighters", "PSEREB", id="group-of-an-organisation"),
    case("The IRGC said its forces had seized a tanker.", "its forces", "IRNMIL", id="its-forces"),
    case(
        "Israeli settlers attacked a Palestinian village in the West Bank.",
        "Israeli settlers",
        "ISR",
        id="group-without-sector",
    ),
    case(
        "Palestinian civilians were killed in the strike, the health ministry in Gaza said.",
        "Palestinian civilians",
        "PSECVL",
        id="palestinian-civilians",
    ),
    case(
        "Gaza's health ministry said 30 people were killed.",
        "Gaza's health ministry",
        "PSEGOV",
        id="gaza-health-ministry",
    ),
    case("Hundreds of Iranian women removed their headscarves in protest.", "Iranian women", "IRNCVL", id="women"),
    case("British lawmakers voted to approve the bill.", "British lawmakers", "GBRLEG", id="lawmakers"),
    case(
        "US intelligence officials believe the attack was planned for months.",
        "US intelligence officials",
        "USASPY",
        id="intelligence-officials",
    ),
    case("Venezuelan migrants crossed into Colombia.", "Venezuelan migrants", "VENREF", id="migrants"),
    case(
        "Chinese state media said the drills were a warning.", "Chinese state media", "CHNJRN", id="chinese-state-media"
    ),
    case(
        "Tens of thousands of university students throughout Indonesia staged demonstrations.",
        "university students",
        "IDNEDU",
        id="students-throughout-a-country",
    ),
    case(
        "The president broke his promise to the Zambian people.", "Zambian people", "ZMBCVL", id="people-of-a-country"
    ),
    case("Hundreds of people gathered in the square.", "people", None, id="people-of-no-country"),
]


@pytest.mark.parametrize("c", GROUPS)
def test_unnamed_group_gets_sector_and_country(resolve: Any, c: Case) -> None:
    check(resolve, c)
