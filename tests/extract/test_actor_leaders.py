"""Leaders of every region of the world resolve from people.yaml by full name and by the surname alone.

A title before the name ("Rwandan President Paul Kagame") and a bare surname later in the
article ("Kagame said") must both give the office held on the publication day.
"""

from __future__ import annotations

from typing import Any

import pytest
from actor_cases import Case, case, check

from newsgraph.extract.actors.matcher import surname_of
from newsgraph.lexicon import Lexicon

LEADERS = [
    case(
        "Rwandan President Paul Kagame hosted the summit in Kigali on Tuesday.\n\n"
        "The talks ran late into the night. Kagame said the region could not afford another war.",
        "Kagame",
        "RWAGOV",
        name="Paul Kagame",
        role="President",
        nth=2,
        published="2025-03-10",
        id="kagame-surname-in-a-later-paragraph",
    ),
    case(
        "Kagame said on Sunday that his country would not withdraw its troops.",
        "Kagame",
        "RWAGOV",
        name="Paul Kagame",
        published="2025-02-02",
        id="kagame-surname-alone",
    ),
    case(
        "William Ruto flew to Port-au-Prince on Saturday. Ruto said the Kenyan-led police mission would stay.",
        "Ruto",
        "KENGOV",
        name="William Ruto",
        nth=2,
        published="2024-09-21",
        role="President",
        id="ruto-without-a-title",
    ),
    case(
        "Bola Tinubu ordered a review of fuel prices on Thursday. Tinubu said subsidies were unaffordable.",
        "Tinubu",
        "NGAGOV",
        name="Bola Tinubu",
        nth=2,
        published="2023-06-01",
        id="tinubu",
    ),
    case(
        "John Mahama was sworn in on Tuesday in Accra. Mahama promised to reset the economy.",
        "Mahama",
        "GHAGOV",
        name="John Mahama",
        nth=2,
        published="2025-01-07",
        id="mahama-on-his-first-day",
    ),
    case(
        "Former President Nana Akufo-Addo attended the ceremony in Accra.",
        "Nana Akufo-Addo",
        "GHAELI",
        published="2025-06-10",
        id="akufo-addo-after-leaving-office",
    ),
    case(
        "Ethiopian Prime Minister Abiy Ahmed told parliament the dam was finished. Abiy said Egypt had "
        "nothing to fear.",
        "Abiy",
        "ETHGOV",
        name="Abiy Ahmed",
        nth=2,
        published="2025-07-03",
        id="abiy-known-by-his-given-name",
    ),
    case(
        "Taye Atske Selassie opened the new session of parliament. Taye said the government would hold talks.",
        "Taye",
        "ETHGOV",
        name="Taye Atske Selassie",
        role="President",
        nth=2,
        published="2025-01-10",
        id="ethiopian-president-known-by-his-given-name",
    ),
    case(
        "Gabriel Boric named a new cabinet in Santiago. Boric said security was the priority.",
        "Boric",
        "CHLGOV",
        name="Gabriel Boric",
        nth=2,
        published="2024-05-01",
        id="boric",
    ),
    case(
        "Dina Boluarte left the presidential palace under police escort.",
        "Dina Boluarte",
        "PERELI",
        role="former President",
        published="2025-11-01",
        id="boluarte-after-removal",
    ),
    case(
        "Muhammad Yunus, the head of Bangladesh's interim government, met party leaders. Yunus said "
        "elections would be held next year.",
        "Yunus",
        "BGDGOV",
        name="Muhammad Yunus",
        role="Chief Adviser",
        nth=2,
        published="2025-01-15",
        id="yunus",
    ),
    case(
        "Thai Prime Minister Paetongtarn Shinawatra met the army chief. Paetongtarn said the border would stay open.",
        "Paetongtarn",
        "THAGOV",
        name="Paetongtarn Shinawatra",
        nth=2,
        published="2025-02-10",
        id="thai-leader-known-by-her-given-name",
    ),
    case(
        "Malaysian Prime Minister Anwar Ibrahim hosted the ASEAN summit. Anwar said the bloc must stay united.",
        "Anwar",
        "MYSGOV",
        name="Anwar Ibrahim",
        nth=2,
        published="2025-05-26",
        id="anwar",
    ),
    case(
        "Pham Minh Chinh met investors in Hanoi. Chinh said growth would top 8%.",
        "Chinh",
        "VNMGOV",
        name="Pham Minh Chinh",
        nth=2,
        published="2025-04-02",
        id="vietnamese-leader-known-by-the-last-word",
    ),
    case(
        "Kassym-Jomart Tokayev received the Russian delegation in Astana. Tokayev said trade would grow.",
        "Tokayev",
        "KAZGOV",
        name="Kassym-Jomart Tokayev",
        nth=2,
        published="2024-07-03",
        id="tokayev",
    ),
    case(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Washington. "
        "Aliyev said peace was within reach.",
        "Aliyev",
        "AZEGOV",
        name="Ilham Aliyev",
        nth=2,
        published="2025-08-08",
        id="aliyev-after-two-leaders",
    ),
    case(
        "Aleksandar Vucic addressed the nation from Belgrade. Vucic said he would not resign.",
        "Vucic",
        "SRBGOV",
        name="Aleksandar Vučić",
        nth=2,
        published="2025-03-16",
        id="vucic-without-accents",
    ),
    case(
        "Albin Kurti rejected the request on Monday. Kurti said the police would stay in the north.",
        "Kurti",
        "XKXGOV",
        name="Albin Kurti",
        nth=2,
        published="2023-06-01",
        id="kurti-of-kosovo",
    ),
    case(
        "Christopher Luxon visited Beijing this week. Luxon said trade ties were strong.",
        "Luxon",
        "NZLGOV",
        name="Christopher Luxon",
        nth=2,
        published="2024-06-13",
        id="luxon",
    ),
    case(
        "Ilie Bolojan announced spending cuts in Bucharest.",
        "Ilie Bolojan",
        "ROUGOV",
        role="Prime Minister",
        published="2025-08-20",
        id="bolojan-as-prime-minister",
    ),
    case(
        "Romanian interim President Ilie Bolojan said the vote would be free.",
        "Ilie Bolojan",
        "ROUGOV",
        role="acting President",
        published="2025-03-20",
        id="bolojan-as-interim-president",
    ),
]


@pytest.mark.parametrize("c", LEADERS)
def test_leader_resolves_by_name_and_surname(resolve: Any, c: Case) -> None:
    check(resolve, c)


@pytest.mark.parametrize(
    "name, short",
    [
        ("Xi Jinping", "Xi"),
        ("Hun Manet", "Hun"),
        ("Abiy Ahmed", "Abiy"),
        ("Isaias Afwerki", "Isaias"),
        ("Anwar Ibrahim", "Anwar"),
        ("Srettha Thavisin", "Srettha"),
        ("To Lam", "Lam"),
        ("Pham Minh Chinh", "Chinh"),
        ("Alexander Van der Bellen", "Van der Bellen"),
        ("Marcelo Rebelo de Sousa", "de Sousa"),
        ("Hassanal Bolkiah", "Bolkiah"),
        ("Mswati III", None),
    ],
)
def test_leader_is_called_by_the_name_news_uses(lexicon: Lexicon, name: str, short: str | None) -> None:
    person = next(p for p in lexicon.people if p.name == name)
    assert surname_of(person, person.name, lexicon) == short
