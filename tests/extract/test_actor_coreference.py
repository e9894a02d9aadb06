"""Coreference inside an article: surnames, short names, descriptions and pronouns."""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

COREFERENCE = [
    case(
        "Chinese President Xi Jinping met the visiting delegation on Monday. Xi said ties were at a high.",
        "Xi",
        "CHNGOV",
        name="Xi Jinping",
        nth=2,
        id="chinese-surname-first",
    ),
    case(
        "Chinese Premier Li Qiang opened the forum in Tianjin. Li said growth would meet the target.",
        "Li",
        "CHNGOV",
        name="Li Qiang",
        nth=2,
        id="li",
    ),
    case(
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov told reporters the talks were useful.",
        "Lavrov",
        "RUSGOV",
        name="Sergei Lavrov",
        nth=2,
        id="lavrov-surname",
    ),
    case(
        "Mishustin was joined by Deputy Prime Minister Alexander Novak. Novak told a forum that supplies would grow.",
        "Novak",
        "RUSGOV",
        name="Alexander Novak",
        nth=2,
        id="surname-shared-with-another-office-holder",
    ),
    case(
        "Chilean Interior Minister Carolina Tohá announced the curfew on Sunday. Tohá said it would last a week.",
        "Tohá",
        "CHLGOV",
        name="Carolina Tohá",
        nth=2,
        id="unknown-person-surname",
    ),
    case(
        "Ukrainian Foreign Minister Andrii Sybiha met his Polish counterpart. Sybiha called for more air defence.",
        "Sybiha",
        "UKRGOV",
        name="Andriy Sybiha",
        nth=2,
        id="sybiha",
    ),
    case(
        "Iran's Revolutionary Guards seized a tanker in the Gulf. The Guards said the ship was smuggling fuel.",
        "Guards",
        "IRNMIL",
        name="Islamic Revolutionary Guard Corps",
        nth=2,
        id="the-guards",
    ),
    case(
        "The Islamic Revolutionary Guard Corps launched drills near the Strait of Hormuz. The IRGC said the "
        "exercises would last three days.",
        "IRGC",
        "IRNMIL",
        name="Islamic Revolutionary Guard Corps",
        id="the-irgc",
    ),
    case("The Guards regiment paraded in London on Saturday.", "Guards", None, id="guards-without-irgc"),
    case(
        "The Royal Navy escorted the convoy through the Channel. The force said no shots were fired.",
        "The force",
        "GBRMIL",
        name="Royal Navy",
        label="NOUN",
        id="the-force",
    ),
    case(
        "Japan's foreign ministry protested the incursion. The ministry said it had lodged a complaint.",
        "The ministry",
        "JPNGOV",
        label="NOUN",
        id="the-ministry",
    ),
    case(
        "Pentagon spokesman Sean Parnell said the strikes were precise. The spokesman added that no troops were hurt.",
        "The spokesman",
        "USAMIL",
        name="Sean Parnell",
        id="the-spokesman",
    ),
    case(
        'Ukrainian President Volodymyr Zelensky said the attack was cynical. "We will respond," he said.',
        "he",
        "UKRGOV",
        name="Volodymyr Zelensky",
        label="PRON",
        id="he-after-one-person",
    ),
    case(
        "Joe Biden called Benjamin Netanyahu on Sunday. He said a ceasefire was needed.",
        "He",
        "USAGOV",
        name="Joe Biden",
        published="2024-05-01",
        id="he-is-the-subject",
    ),
    case(
        "Prices rose again in March, the statistics office said. He said more data would follow.",
        "He",
        None,
        id="he-with-nobody-in-view",
    ),
    case(
        "Hamas released two hostages on Saturday. The group said more would follow.",
        "The group",
        "PSEREB",
        name="Hamas",
        id="the-group",
    ),
    case(
        "The IAEA said its inspectors were denied access. The agency called on Tehran to cooperate.",
        "The agency",
        "IGOUNOIAE",
        name="International Atomic Energy Agency",
        id="the-agency",
    ),
    case(
        "The European Union agreed a new sanctions package. The bloc will review it in six months.",
        "The bloc",
        "IGOEUREEC",
        name="European Union",
        id="the-bloc",
    ),
    case(
        "NATO leaders met in The Hague. The alliance agreed to raise spending targets.",
        "The alliance",
        "IGOWSTNAT",
        name="NATO",
        id="the-alliance",
    ),
    case(
        "French President Emmanuel Macron hosted the summit. The president said Europe must act.",
        "The president",
        "FRAGOV",
        name="Emmanuel Macron",
        id="the-president",
    ),
    case(
        "British Prime Minister Keir Starmer visited Kyiv. The prime minister promised more aid.",
        "The prime minister",
        "GBRGOV",
        name="Keir Starmer",
        id="the-prime-minister",
    ),
    case(
        "Kenyan police spokeswoman Muchiri Nyaga said 12 people were arrested. The spokeswoman said the "
        "protests were illegal.",
        "The spokeswoman",
        "KENCOP",
        name="Muchiri Nyaga",
        id="the-spokeswoman",
    ),
    case(
        "Canada declared the IRGC a terrorist entity last year. Ottawa accused the Guards of destabilising the region.",
        "Guards",
        "IRNMIL",
        id="guards-after-acronym",
    ),
    case(
        "Germany's defence ministry confirmed the purchase. The ministry said the first jets would arrive in 2026.",
        "The ministry",
        "DEUMIL",
        id="ministry-with-sector",
    ),
    case(
        "Mexican President Claudia Sheinbaum spoke with Trump on Friday. Sheinbaum said tariffs were avoided.",
        "Sheinbaum",
        "MEXGOV",
        name="Claudia Sheinbaum",
        nth=2,
        id="sheinbaum",
    ),
    case(
        "Vladimir Putin said on Tuesday that Russia was ready for talks, and he repeated his demands.",
        "he",
        "RUSGOV",
        name="Vladimir Putin",
        id="he-in-the-same-sentence",
    ),
    case(
        "The Taliban government banned the books. The administration said the ban protected Islamic values.",
        "The administration",
        None,
        id="administration-without-country",
    ),
    case(
        "Indian Prime Minister Narendra Modi met the Chinese leader in Tianjin. Modi said the two neighbours "
        "must cooperate.",
        "Modi",
        "INDGOV",
        nth=2,
        id="modi",
    ),
    case(
        "The Director General of the French foreign ministry emphasised Russia's responsibility for the war. "
        "Claire Dupont reiterated the point at a meeting on Friday.",
        "Claire Dupont",
        "FRAGOV",
        name="Claire Dupont",
        id="official-named-in-next-sentence",
    ),
]


@pytest.mark.parametrize("c", COREFERENCE)
def test_later_mention_points_to_the_same_actor(resolve: Any, c: Case) -> None:
    check(resolve, c)


def test_surname_and_full_name_are_one_actor(resolve: Any) -> None:
    found = resolve("Chinese Premier Li Qiang met the delegation. Li later toured a factory.", "Li", nth=2)
    actors = [a for a in found.result.actors if a.name == "Li Qiang"]
    assert len(actors) == 1
    assert "Li" in actors[0].aliases
    assert sum(m.actor == actors[0].id for m in found.result.mentions) == 2
