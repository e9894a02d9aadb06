"""Named organisations: IGOs, armed forces, security bodies, parties, armed groups, news media."""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

ORGANISATIONS = [
    case(
        "The IAEA said Iran had enriched uranium to 60 percent.",
        "IAEA",
        "IGOUNOIAE",
        kind="organization",
        label="ORG",
        id="iaea",
    ),
    case("NATO allies agreed to raise defence spending to five percent.", "NATO", "IGOWSTNAT", id="nato"),
    case("The European Union imposed a 17th package of sanctions.", "European Union", "IGOEUREEC", id="eu"),
    case("The African Union suspended Niger's membership after the coup.", "African Union", "IGOAFRAFU", id="au"),
    case("BRICS leaders met in Kazan to discuss a payments system.", "BRICS", "IGO", id="brics"),
    case("OPEC+ agreed to raise output again in August.", "OPEC+", "IGOBUSOPC", id="opec-plus"),
    case(
        "The World Health Organization warned of a cholera outbreak.",
        "World Health Organization",
        "IGOUNOHLHWHO",
        id="who",
    ),
    case("The UN Security Council will meet on Friday.", "UN Security Council", "IGOUNO", id="unsc"),
    case("The G7 said it would keep Russian assets frozen.", "G7", "IGOBUSGOS", id="g7"),
    case("ASEAN foreign ministers met in Kuala Lumpur.", "ASEAN", "IGOSEAASN", id="asean"),
    case(
        "The Israel Defense Forces said it struck a Hezbollah weapons depot.",
        "Israel Defense Forces",
        "ISRMIL",
        id="idf-full",
    ),
    case("The IDF said it struck a Hezbollah weapons depot.", "IDF", "ISRMIL", id="idf"),
    case("The IDF said it struck a Hezbollah weapons depot.", "Hezbollah", "LBNREB", id="hezbollah"),
    case("The People's Liberation Army staged drills around Taiwan.", "People's Liberation Army", "CHNMIL", id="pla"),
    case("The Wagner Group withdrew from Mali.", "Wagner Group", "RUSMIL", id="wagner"),
    case("The Houthis attacked a cargo ship in the Red Sea.", "Houthis", "YEMREB", id="houthis"),
    case("Islamic State claimed responsibility for the bombing.", "Islamic State", "IMGREB", id="islamic-state"),
    case(
        "The Taliban banned girls from secondary schools.",
        "Taliban",
        "AFGGOV",
        published="2023-03-01",
        id="taliban-governing",
    ),
    case(
        "The Taliban attacked a police post in Helmand.",
        "Taliban",
        "AFGREB",
        published="2019-05-01",
        id="taliban-insurgent",
    ),
    case("UNITA rebels shelled the town of Kuito.", "UNITA", "AGOREB", published="1994-02-01", id="unita-at-war"),
    case(
        "UNITA won more seats in parliament than ever before.",
        "UNITA",
        "AGOOPP",
        published="2022-08-30",
        id="unita-in-opposition",
    ),
    case("The Tamil Tigers attacked an army camp in Jaffna.", "Tamil Tigers", "LKAREB", id="tamil-tigers"),
    case("The Kosovo Liberation Army ambushed a police patrol.", "Kosovo Liberation Army", "XKXREB", id="kla"),
    case(
        "The SPLA captured the town of Torit.", "SPLA", "SDNREB", published="2002-09-01", id="spla-before-independence"
    ),
    case("Shining Path guerrillas blew up a power pylon.", "Shining Path", "PERREB", id="shining-path"),
    case(
        "The Irish Republican Army declared a ceasefire.", "Irish Republican Army", "GBRREB", id="ira-by-its-full-name"
    ),
    case("Senators debated the IRA's clean energy credits.", "IRA", None, id="ira-acronym-is-not-the-armed-group"),
    case("Xinhua reported the meeting on Thursday.", "Xinhua", "CHNJRN", id="xinhua"),
    case("The report was carried by TASS and RIA Novosti.", "RIA Novosti", "RUSJRN", id="ria"),
    case("Reuters could not independently verify the footage.", "Reuters", "GBRJRN", id="reuters"),
    case("The Associated Press reported the arrests.", "Associated Press", "USAJRN", id="ap"),
    case("The semi-official Tasnim news agency said the drones were intercepted.", "Tasnim", "IRNJRN", id="tasnim"),
    case("Fars news agency said two suspects had been arrested.", "Fars news agency", "IRNJRN", id="fars"),
    case("The state news agency IRNA said the talks would continue.", "IRNA", "IRNJRN", id="irna"),
    case("Kyodo reported that the prime minister would visit Seoul.", "Kyodo", "JPNJRN", id="kyodo"),
    case("Anadolu Agency said the vessel had docked in Mersin.", "Anadolu Agency", "TURJRN", id="anadolu"),
    case(
        "The Royal Canadian Navy frigate sailed through the Taiwan Strait.",
        "Royal Canadian Navy",
        "CANMIL",
        id="royal-canadian-navy",
    ),
    case("The CIA declined to comment on the report.", "CIA", "USASPY", id="cia"),
    case("Mossad agents were accused of planning the operation.", "Mossad", "ISRSPY", id="mossad"),
    case("The FSB said it had foiled a plot in Moscow.", "FSB", "RUSSPY", id="fsb"),
    case(
        "Democrats in Washington criticised the budget. The Democratic Party said it would vote against it in "
        "the United States Congress.",
        "Democratic Party",
        "USAPTY",
        id="us-party",
    ),
    case(
        "Canada's Liberal government called an election. The Conservative Party of Canada leads the polls in Canada.",
        "Conservative Party of Canada",
        "CANPTY",
        id="canadian-party",
    ),
    case(
        "Canadian voters go to the polls on Monday in Canada. The Conservative Party promised lower taxes.",
        "Conservative Party",
        "CANPTY",
        id="ambiguous-party-by-context",
    ),
    case(
        "British voters go to the polls in Britain. The Conservative Party promised lower taxes in the UK.",
        "Conservative Party",
        "GBRPTY",
        id="ambiguous-party-other-context",
    ),
    case("Likud members voted to back the coalition deal.", "Likud", "ISRPTY", id="likud"),
    case(
        "India's Supreme Court ordered an inquiry into the deaths in India.",
        "Supreme Court",
        "INDJUD",
        id="court-by-context",
    ),
    case(
        "The State Department approved the sale of missiles to Taiwan.",
        "State Department",
        "USAGOV",
        id="state-department",
    ),
    case(
        "The Ukrainian Defence Ministry said 40 drones were shot down overnight.",
        "Ukrainian Defence Ministry",
        "UKRMIL",
        id="defence-ministry-by-demonym",
    ),
    case(
        "Iran's Supreme National Security Council approved the plan.",
        "Supreme National Security Council",
        "IRNGOV",
        id="snsc",
    ),
    case("Interfax quoted a source as saying the deal was close.", "Interfax", "RUSJRN", id="interfax"),
    case("Al Jazeera said its correspondent had been detained.", "Al Jazeera", "QATJRN", id="al-jazeera"),
    case(
        "The International Criminal Court issued an arrest warrant.",
        "International Criminal Court",
        "IGOJUDICC",
        id="icc",
    ),
    case("Amnesty International called the trial a sham.", "Amnesty International", "NGO", id="amnesty"),
    case(
        "The Atlantic Council, a Washington think tank, published the study.",
        "Atlantic Council",
        "USA",
        id="think-tank-by-apposition",
    ),
    case("Planet Labs released the satellite images on Tuesday.", "Planet Labs", None, id="company-unknown"),
    case(
        "Hayat Tahrir al-Sham fighters entered Aleppo.",
        "Hayat Tahrir al-Sham",
        "SYRREB",
        published="2024-11-30",
        id="hts-before-power",
    ),
    case(
        "The Lithuanian Parliament voted to amend the constitution.",
        "Lithuanian Parliament",
        "LTULEG",
        id="shared-name-of-another-country",
    ),
    case(
        "Ivory Coast's Supreme Court allowed the candidate to run.",
        "Supreme Court",
        "CIVJUD",
        id="court-of-a-named-country",
    ),
    case(
        "U.S. automaker Chrysler wants to close 789 dealerships. Chrysler said the cuts were needed.",
        "Chrysler",
        "USABUS",
        nth=2,
        id="descriptor-before-a-company-name",
    ),
    case("Apple released a new version of Mac OS X on Friday.", "X", None, id="a-regnal-number-is-no-surname"),
]


@pytest.mark.parametrize("c", ORGANISATIONS)
def test_organisation_gets_its_code(resolve: Any, c: Case) -> None:
    check(resolve, c)
