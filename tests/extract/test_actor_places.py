"""Capitals and seats of power that stand for governments; demonyms and regions."""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

METONYMY = [
    case(
        "Beijing has repeatedly warned Washington against arms sales to Taiwan.",
        "Beijing",
        "CHNGOV",
        kind="country",
        label="METONYM",
        id="capital-subject",
    ),
    case(
        "Beijing has repeatedly warned Washington against arms sales to Taiwan.",
        "Washington",
        "USAGOV",
        label="METONYM",
        id="capital-object-of-warn",
    ),
    case(
        "Ottawa announced new sanctions on Tuesday against four Iranian officials.",
        "Ottawa",
        "CANGOV",
        label="METONYM",
        id="ottawa-announced",
    ),
    case("Kyiv denies targeting civilians in the border region.", "Kyiv", "UKRGOV", id="kyiv-denies"),
    case("The Kremlin said the talks had been constructive.", "Kremlin", "RUSGOV", label="METONYM", id="kremlin"),
    case(
        "The White House said the president would sign the bill on Friday.", "White House", "USAGOV", id="white-house"
    ),
    case(
        "The Pentagon said it would send two more destroyers to the region.",
        "Pentagon",
        "USAMIL",
        id="pentagon-is-military",
    ),
    case(
        "Downing Street said the prime minister had spoken to his French counterpart.",
        "Downing Street",
        "GBRGOV",
        id="downing-street",
    ),
    case("The Elysee said the president would travel to Berlin next week.", "Elysee", "FRAGOV", id="elysee"),
    case(
        "The Elysee said the president would travel to Berlin next week.", "Berlin", None, id="destination-is-a-place"
    ),
    case("Tehran's response to the proposal was delivered through Oman.", "Tehran", "IRNGOV", id="possessor-response"),
    case("Thousands of people marched through central Tehran on Friday.", "Tehran", None, id="march-through-capital"),
    case(
        "Relations between Moscow and Kyiv have collapsed since the invasion.",
        "Moscow",
        "RUSGOV",
        id="between-capitals-first",
    ),
    case(
        "Relations between Moscow and Kyiv have collapsed since the invasion.",
        "Kyiv",
        "UKRGOV",
        id="between-capitals-second",
    ),
    case("Residents of Kyiv spent the night in metro stations.", "Kyiv", None, id="residents-of-capital"),
    case(
        "Seoul and Tokyo agreed to share intelligence on missile launches.",
        "Seoul",
        "KORGOV",
        id="coordinated-subjects-first",
    ),
    case(
        "Seoul and Tokyo agreed to share intelligence on missile launches.",
        "Tokyo",
        "JPNGOV",
        id="coordinated-subjects-second",
    ),
    case("New Delhi rejected the remarks as unwarranted.", "New Delhi", "INDGOV", id="multiword-capital"),
    case("Pyongyang fired two ballistic missiles into the sea on Thursday.", "Pyongyang", "PRKGOV", id="pyongyang"),
    case("The talks in Riyadh ended without a deal.", "Riyadh", None, id="talks-in-capital"),
    case(
        "Ankara has demanded that Stockholm crack down on Kurdish militants.", "Ankara", "TURGOV", id="ankara-demanded"
    ),
    case(
        "Ankara has demanded that Stockholm crack down on Kurdish militants.",
        "Stockholm",
        "SWEGOV",
        id="subject-of-complement",
    ),
    case(
        "Brussels wants member states to agree on the package by June.",
        "Brussels",
        "IGOEUREEC",
        id="brussels-is-the-eu",
    ),
    case("He flew from Moscow to Minsk for the summit.", "Moscow", None, id="flight-from-capital"),
    case("Zhongnanhai has not commented on the purge.", "Zhongnanhai", "CHNGOV", id="zhongnanhai"),
    case("Bankova said the exchange of prisoners would take place on Friday.", "Bankova", "UKRGOV", id="bankova"),
    case(
        "Moscow's mayor Sergei Sobyanin said several drones had been shot down.",
        "Moscow",
        None,
        id="capital-mayor-is-place",
    ),
    case(
        "Moscow's mayor Sergei Sobyanin said several drones had been shot down.",
        "Sergei Sobyanin",
        "RUSGOV",
        role="Mayor",
        id="mayor-of-capital",
    ),
    case(
        "Washington imposed new sanctions on Caracas, accusing it of rigging the vote.",
        "Caracas",
        "VENGOV",
        id="sanctions-on-capital",
    ),
    case("Talks with Tehran will resume next month in Oman.", "Tehran", "IRNGOV", id="talks-with-capital"),
    case("The minister met business leaders at the Kremlin on Monday.", "Kremlin", None, id="at-the-kremlin"),
    case(
        "Israeli troops raided a village in the West Bank on Sunday.",
        "West Bank",
        None,
        id="place-around-a-region-name",
    ),
    case("Chinese warships sailed through the Sea of Japan.", "Sea of Japan", None, id="place-around-a-country-name"),
]

DEMONYMS = [
    case(
        "The Iranian foreign ministry summoned the British ambassador on Sunday.",
        "Iranian foreign ministry",
        "IRNGOV",
        kind="organization",
        id="demonym-ministry",
    ),
    case(
        "The Iranian foreign ministry summoned the British ambassador on Sunday.",
        "British ambassador",
        "GBRGOV",
        kind="person",
        id="demonym-ambassador",
    ),
    case("Chinese customs data showed that exports fell in May.", "Chinese customs", "CHNGOV", id="chinese-customs"),
    case(
        "Russian troops advanced near Pokrovsk, the ministry said.",
        "Russian troops",
        "RUSMIL",
        kind="group",
        id="russian-troops",
    ),
    case(
        "Western countries have frozen Russian central bank assets.", "Western countries", "WST", id="western-countries"
    ),
    case(
        "Western countries have frozen Russian central bank assets.",
        "Russian central bank",
        "RUSGOV",
        id="central-bank",
    ),
    case(
        "The collective West is waging a hybrid war against us, the minister said.",
        "collective West",
        "WST",
        id="collective-west",
    ),
    case("The West must not abandon Ukraine, the Polish president said.", "The West", "WST", id="the-west"),
    case(
        "The West must not abandon Ukraine, the Polish president said.",
        "Polish president",
        "POLGOV",
        kind="person",
        id="unnamed-president",
    ),
    case("Israeli forces raided the Jenin refugee camp overnight.", "Israeli forces", "ISRMIL", id="israeli-forces"),
    case(
        "Ukrainian drones struck an oil refinery in Ryazan.",
        "Ukrainian drones",
        "UKRMIL",
        id="weapons-act-for-the-military",
    ),
    case(
        "Ukrainian grain exports rose in March.",
        "Ukrainian",
        "UKR",
        label="NORP",
        id="demonym-modifies-thing",
    ),
    case("Turkish police detained dozens of protesters in Istanbul.", "Turkish police", "TURCOP", id="police"),
    case(
        "Pakistani security forces killed five militants in a raid.",
        "Pakistani security forces",
        "PAKCOP",
        id="security-forces",
    ),
    case("European leaders will meet in Brussels on Thursday.", "European leaders", "EURGOV", id="european-leaders"),
    case("Syrian rebels seized the city after a two-day offensive.", "Syrian rebels", "SYRREB", id="rebels"),
    case(
        "Saudi officials said the kingdom was open to normalisation.", "Saudi officials", "SAUGOV", id="saudi-officials"
    ),
    case(
        "The Chinese embassy in London said the claims were baseless.",
        "Chinese embassy",
        "CHNGOV",
        kind="organization",
        id="embassy",
    ),
    case("Russian state media reported the arrests on Tuesday.", "Russian state media", "RUSJRN", id="state-media"),
    case("Egyptian mediators have proposed a new ceasefire.", "Egyptian mediators", "EGYGOV", id="mediators"),
    case("A Russian court sentenced the journalist to eight years.", "Russian court", "RUSJUD", id="court"),
    case("French prosecutors opened an investigation into the fire.", "French prosecutors", "FRAJUD", id="prosecutors"),
    case(
        "Western sanctions have cut Moscow's oil revenue by a third.",
        "Western",
        "WST",
        label="NORP",
        id="western-sanctions",
    ),
    case("Western sanctions have cut Moscow's oil revenue by a third.", "Moscow", "RUSGOV", id="moscow-revenue"),
    case(
        "Iranians queued for fuel in Tehran after the price rise.",
        "Iranians",
        "IRN",
        kind="group",
        id="people-of-country",
    ),
    case("The U.S. military said it had struck a Houthi radar site.", "U.S. military", "USAMIL", id="us-military"),
    case("The U.S. military said it had struck a Houthi radar site.", "Houthi", "YEMREB", id="houthi-adjective"),
    case(
        "South Korean officials said the launch was a provocation.",
        "South Korean officials",
        "KORGOV",
        id="multiword-demonym",
    ),
    case(
        "The Ukrainian leadership has ruled out territorial concessions.",
        "Ukrainian leadership",
        "UKRGOV",
        kind="country",
        id="leadership-is-government",
    ),
    case(
        "Chinese and Russian warships held joint drills in the Sea of Japan.",
        "Chinese",
        "CHNMIL",
        id="demonym-warships",
    ),
    case(
        "The Iranian president said the country would not be intimidated.",
        "Iranian president",
        "IRNGOV",
        name="Masoud Pezeshkian",
        id="office-holder-by-description",
    ),
    case(
        "The French president spoke with his Ukrainian counterpart on Monday.",
        "French president",
        "FRAGOV",
        name="Emmanuel Macron",
        id="french-president",
    ),
    case("Canada's navy said the frigate had left port.", "Canada's navy", "CANMIL", id="possessive-navy"),
    case(
        "Africa's largest economy, Nigeria, is holding elections.", "Nigeria", "NGA", kind="country", id="country-name"
    ),
    case(
        "European governments have been divided over the plan.",
        "European governments",
        "EURGOV",
        id="european-governments",
    ),
    case("Gulf states have pledged billions in aid.", "Gulf states", "PGS", id="gulf-states"),
]


@pytest.mark.parametrize("c", METONYMY)
def test_place_standing_for_a_government(resolve: Any, c: Case) -> None:
    check(resolve, c)


@pytest.mark.parametrize("c", DEMONYMS)
def test_demonym_and_region_give_the_country(resolve: Any, c: Case) -> None:
    check(resolve, c)
