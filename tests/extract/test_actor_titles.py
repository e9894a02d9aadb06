"""Titles and appositions name a person's office: role, country and sector give the code."""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

from newsgraph.extract.actors import actors_in

TITLES = [
    case(
        "Russian Foreign Minister Sergei Lavrov told reporters in Moscow that the talks would go on.",
        "Sergei Lavrov",
        "RUSGOV",
        name="Sergei Lavrov",
        kind="person",
        role="Foreign Minister",
        id="lavrov",
    ),
    case(
        "Chinese Foreign Minister Wang Yi met his Brazilian counterpart in Beijing on Monday.",
        "Wang Yi",
        "CHNGOV",
        name="Wang Yi",
        role="Foreign Minister",
        id="wang-yi",
    ),
    case(
        "Iranian President Masoud Pezeshkian said Tehran would not give up enrichment.",
        "Masoud Pezeshkian",
        "IRNGOV",
        role="President",
        id="pezeshkian",
    ),
    case(
        "Ukrainian President Volodymyr Zelenskiy urged allies to send more air defence systems.",
        "Volodymyr Zelenskiy",
        "UKRGOV",
        name="Volodymyr Zelensky",
        id="zelensky-spelling",
    ),
    case(
        "U.S. Secretary of State Marco Rubio arrived in Riyadh on Tuesday for talks.",
        "Marco Rubio",
        "USAGOV",
        role="Secretary of State",
        id="rubio",
    ),
    case(
        "Israeli Prime Minister Benjamin Netanyahu convened his security cabinet late on Saturday.",
        "Benjamin Netanyahu",
        "ISRGOV",
        role="Prime Minister",
        id="netanyahu",
    ),
    case(
        "Pakistani Interior Minister Mohsin Naqvi said the attackers had been identified.",
        "Mohsin Naqvi",
        "PAKGOV",
        name="Mohsin Naqvi",
        kind="person",
        role="Interior Minister",
        id="unknown-minister",
    ),
    case(
        "Brazilian Finance Minister Fernando Haddad defended the new fiscal rules on Wednesday.",
        "Fernando Haddad",
        "BRAGOV",
        role="Finance Minister",
        id="finance-minister",
    ),
    case(
        "Nigerian army spokesman Onyema Nwachukwu said troops had repelled the attack.",
        "Onyema Nwachukwu",
        "NGAMIL",
        id="army-spokesman",
    ),
    case(
        "Turkish Defence Minister Yasar Guler inspected units near the Syrian border.",
        "Yasar Guler",
        "TURGOV",
        role="Defence Minister",
        id="defence-minister",
    ),
    case(
        "Indian Army chief General Upendra Dwivedi visited forward posts in Ladakh.",
        "Upendra Dwivedi",
        "INDMIL",
        id="army-chief",
    ),
    case(
        "IRGC commander Hossein Salami warned Israel against any new attack.",
        "Hossein Salami",
        "IRNMIL",
        published="2024-04-20",
        id="irgc-commander",
    ),
    case(
        "IRGC commander Mohammad Pakpour visited units in the southwest.",
        "Mohammad Pakpour",
        "IRNMIL",
        published="2025-06-20",
        id="irgc-commander-later",
    ),
    case(
        "Hamas spokesman Hazem Qassem said the group would study the proposal.",
        "Hazem Qassem",
        "PSEREB",
        role="Spokesman",
        id="hamas-spokesman",
    ),
    case(
        "Kremlin aide Yuri Ushakov said the two leaders spoke for an hour.", "Yuri Ushakov", "RUSGOV", id="kremlin-aide"
    ),
    case(
        "Former French President Nicolas Sarkozy began serving his sentence in Paris.",
        "Nicolas Sarkozy",
        "FRAELI",
        role="former President",
        id="former-president",
    ),
    case(
        "Former Prime Minister Imran Khan has been in jail since August 2023.",
        "Imran Khan",
        "PAKELI",
        kind="person",
        id="former-known-to-the-lexicon",
    ),
    case(
        "Former deputy minister Karim Haddad said the plan would fail.",
        "Karim Haddad",
        None,
        kind="person",
        id="former-no-country",
    ),
    case(
        "German Chancellor Friedrich Merz called for a common European response.",
        "Friedrich Merz",
        "DEUGOV",
        role="Chancellor",
        id="merz",
    ),
    case(
        "Saudi Crown Prince Mohammed bin Salman hosted the talks in Jeddah.",
        "Mohammed bin Salman",
        "SAUGOV",
        role="Crown Prince",
        id="crown-prince",
    ),
    case(
        "North Korean leader Kim Jong Un oversaw a missile test, state media said.",
        "Kim Jong Un",
        "PRKGOV",
        role="Supreme Leader",
        id="kim",
    ),
    case(
        "Polish Foreign Minister Radoslaw Sikorski said Warsaw would respond in kind.",
        "Radoslaw Sikorski",
        "POLGOV",
        id="sikorski",
    ),
    case(
        "EU foreign policy chief Kaja Kallas said the bloc would keep up pressure on Moscow.",
        "Kaja Kallas",
        "IGOEUREEC",
        id="eu-official",
    ),
    case(
        "NATO Secretary General Mark Rutte said allies must spend more on defence.",
        "Mark Rutte",
        "IGOWSTNAT",
        id="rutte-nato",
    ),
    case(
        "Dutch Prime Minister Mark Rutte said his government would resign.",
        "Mark Rutte",
        "NLDGOV",
        published="2023-07-07",
        id="rutte-dutch-2023",
    ),
    case(
        "UN Secretary-General Antonio Guterres condemned the strike on the hospital.",
        "Antonio Guterres",
        "IGOUNO",
        id="guterres",
    ),
    case(
        "Japanese Prime Minister Shigeru Ishiba announced his resignation on Sunday.",
        "Shigeru Ishiba",
        "JPNGOV",
        role="Prime Minister",
        id="ishiba",
    ),
    case(
        "Venezuelan opposition leader Maria Corina Machado called for new protests.",
        "Maria Corina Machado",
        "VENOPP",
        id="opposition-leader",
    ),
    case(
        "Chadian army chief Abakar Abdelkerim Daoud inspected troops near the border.",
        "Abakar Abdelkerim Daoud",
        "TCDMIL",
        id="army-chief-unknown",
    ),
    case(
        "Sudanese army chief Abdel Fattah al-Burhan rejected the truce proposal.",
        "Abdel Fattah al-Burhan",
        "SDNGOV",
        id="head-of-state-known-to-the-lexicon",
    ),
    case(
        "Israeli military spokesman Avichay Adraee ordered residents to leave.",
        "Avichay Adraee",
        "ISRMIL",
        id="military-spokesman",
    ),
    case(
        "Iran's Supreme Leader Ayatollah Ali Khamenei said the enemy would fail.",
        "Ali Khamenei",
        "IRNGOV",
        name="Ali Khamenei",
        id="khamenei",
    ),
    case(
        "Russian Prime Minister Vladimir Putin met the French president in Moscow.",
        "Vladimir Putin",
        "RUSGOV",
        role="Prime Minister",
        published="2010-06-01",
        id="no-office-known-then-the-text-title",
    ),
    case(
        "Donald Trump held a rally in Iowa on Saturday.",
        "Donald Trump",
        "USAELI",
        role="former President",
        published="2023-06-03",
        id="trump-between-terms",
    ),
    case(
        "Joe Biden spoke at a conference in Chicago.",
        "Joe Biden",
        "USAELI",
        published="2025-05-06",
        id="biden-after-office",
    ),
    case(
        "President Donald Trump signed the order on Monday.",
        "Donald Trump",
        "USAGOV",
        role="President",
        published="2025-03-03",
        id="trump-in-office",
    ),
    case(
        "Colombian President Gustavo Petro suspended the extradition agreement.",
        "Gustavo Petro",
        "COLGOV",
        role="President",
        id="petro",
    ),
    case(
        "Egyptian Foreign Minister Badr Abdelatty received the Qatari envoy in Cairo.",
        "Badr Abdelatty",
        "EGYGOV",
        role="Foreign Minister",
        id="egypt-fm",
    ),
    case(
        "Russian Defence Ministry spokesman Igor Konashenkov said 40 drones were shot down.",
        "Igor Konashenkov",
        "RUSMIL",
        id="defence-ministry-spokesman",
    ),
    case(
        "Pentagon spokesman Sean Parnell said the strikes were precise.",
        "Sean Parnell",
        "USAMIL",
        id="pentagon-spokesman",
    ),
    case(
        "Chinese foreign ministry spokesperson Mao Ning told a regular news briefing that Beijing objected.",
        "Mao Ning",
        "CHNGOV",
        id="china-spokesperson",
    ),
    case(
        "French national Cecile Kohler was released from an Iranian prison on Tuesday.",
        "Cecile Kohler",
        "FRA",
        kind="person",
        id="nationality-only",
    ),
    case(
        "Russian opposition politician Vladimir Kara-Murza addressed the rally in Berlin.",
        "Vladimir Kara-Murza",
        "RUSOPP",
        id="opposition-politician",
    ),
    case(
        "Iranian journalist Niloofar Hamedi was sentenced to 13 years.",
        "Niloofar Hamedi",
        "IRNJRN",
        role="Journalist",
        id="journalist",
    ),
    case(
        "Senator Lindsey Graham introduced a sanctions bill in the US Senate.",
        "Lindsey Graham",
        "USALEG",
        role="Senator",
        id="title-without-country-takes-the-story's-only-country",
    ),
    case(
        "Senator Lindsey Graham introduced a bill imposing sanctions on Russia and Iran.",
        "Lindsey Graham",
        None,
        role="Senator",
        id="title-without-country-is-not-guessed-among-two",
    ),
    case(
        "Vice-President Moody Awori refused to resign despite pressure from Kenya's anti-corruption commission.",
        "Moody Awori",
        "KENGOV",
        role="Vice-President",
        id="title-takes-the-country-of-an-institution-in-the-story",
    ),
    case(
        "Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials.",
        "Alejandro Rivera",
        "CHLJUD",
        id="judge-takes-the-story's-country",
    ),
    case(
        "Kenya's parliament passed the budget on Tuesday. Kenyan lawmakers had debated it for a week, "
        "and a Chinese loan was part of it. Treasury Secretary John Mbadi defended the plan.",
        "John Mbadi",
        "KENGOV",
        id="title-takes-the-story's-dominant-country",
    ),
    case(
        "Kenya's parliament passed the budget. Uganda's parliament passed its own. "
        "Finance Minister John Mbadi defended the plan.",
        "John Mbadi",
        None,
        id="title-is-not-guessed-between-two-equal-countries",
    ),
    case(
        "John Mbadi defended the plan in Nairobi, the Kenyan capital.",
        "John Mbadi",
        None,
        id="name-without-title-takes-no-country",
    ),
    case(
        "Serbian Labour Minister Dragan Milovanovic met union leaders in Belgrade.",
        "Dragan Milovanovic",
        "SRBGOV",
        id="labour-minister-is-no-party",
    ),
    case(
        "Libyan leader Muammar Gaddafi signed a friendship treaty.",
        "Muammar Gaddafi",
        "LBYGOV",
        published="2000-01-01",
        id="leader-of-a-country",
    ),
]

APPOSITIONS = [
    case(
        "Sanam Vakil, director of the Middle East programme at London's Chatham House, said talks were fragile.",
        "Sanam Vakil",
        "GBR",
        kind="person",
        id="think-tank-london",
    ),
    case(
        "Ryan Crocker, a senior fellow at Washington's Atlantic Council, said the strikes were limited.",
        "Ryan Crocker",
        "USA",
        role="Senior Fellow",
        id="think-tank-washington",
    ),
    case(
        "Ali Vaez, Iran project director at the International Crisis Group, said the deal was close.",
        "Ali Vaez",
        "NGO",
        id="ngo-analyst",
    ),
    case(
        "Mehmet Yilmaz, a spokesman for the Turkish foreign ministry, said Ankara had summoned the envoy.",
        "Mehmet Yilmaz",
        "TURGOV",
        id="spokesman-for-ministry",
    ),
    case(
        "Esmaeil Baqaei, the Iranian foreign ministry spokesman, rejected the accusations.",
        "Esmaeil Baqaei",
        "IRNGOV",
        id="apposed-ministry-spokesman",
    ),
    case(
        "Lin Jian, China's foreign ministry spokesman, told a regular briefing that Beijing was concerned.",
        "Lin Jian",
        "CHNGOV",
        id="possessive-ministry-spokesman",
    ),
    case(
        "Ilna, a news agency affiliated with the labour movement, reported the strike.",
        "Ilna",
        "IRNJRN",
        kind="organization",
        id="ilna",
    ),
    case(
        "Dmitry Medvedev, deputy chairman of Russia's Security Council, warned of escalation.",
        "Dmitry Medvedev",
        "RUSGOV",
        id="medvedev-apposed",
    ),
    case("Yonhap, South Korea's national news agency, reported the launch.", "Yonhap", "KORJRN", id="yonhap-apposed"),
    case(
        "Ahmed Hassan, a senior official in Egypt's intelligence service, said the talks had resumed.",
        "Ahmed Hassan",
        "EGYSPY",
        id="official-in-intelligence",
    ),
    case(
        "The talks were chaired by the Special Envoy for Climate Change of the Chinese government, Liu Zhenmin.",
        "Liu Zhenmin",
        "CHNGOV",
        role="Special Envoy",
        id="title-comma-name",
    ),
    case(
        "Mikhail Ulyanov, Russia's envoy to international organisations in Vienna, said the vote was political.",
        "Mikhail Ulyanov",
        "RUSGOV",
        id="envoy-apposed",
    ),
    case(
        "Maria Lopez, a lawyer for the families, said the ruling would be appealed.",
        "Maria Lopez",
        None,
        kind="person",
        id="lawyer-no-code",
    ),
    case(
        "John Smith said the deal was good for the town.",
        "John Smith",
        None,
        kind="person",
        id="unknown-person-no-code",
    ),
    case(
        "Frank Gardner, the BBC's security correspondent, said the attack was unusual.",
        "Frank Gardner",
        "GBRJRN",
        id="correspondent-of-outlet",
    ),
    case(
        "The US rejected calls by Kofi Annan, UN secretary-general, to adopt the reforms as a package.",
        "Kofi Annan",
        "IGOUNO",
        published="2000-01-01",
        id="apposed-igo-office",
    ),
    case(
        "King Hassan of Morocco said he would host the meeting.",
        "Hassan",
        "MARGOV",
        role="King",
        published="1995-01-01",  # Hassan II reigned until 1999
        id="monarch-of-a-country-not-a-namesake",
    ),
]


@pytest.mark.parametrize("c", TITLES)
def test_title_before_a_name_gives_role_and_code(resolve: Any, c: Case) -> None:
    check(resolve, c)


@pytest.mark.parametrize("c", APPOSITIONS)
def test_apposition_gives_role_and_code(resolve: Any, c: Case) -> None:
    check(resolve, c)


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary John Healey said Britain would send more troops.",
        "Foreign Minister Penny Wong said Australia would send an envoy.",
    ],
)
def test_a_title_word_the_model_calls_an_organisation_is_no_actor(lexicon: Any, document_of: Any, text: str) -> None:
    result = actors_in(document_of(text), lexicon)
    assert all(a.name.split()[0] not in ("Defence", "Foreign") for a in result.actors), result.actors
