# ruff: noqa: E501
"""Sentence → expected event cases for the PLOVER coder, written from real-news patterns.

Each case: (sentence, type, source code, target code or None, modality). A code
matches as the gold rules do: "RUS" accepts any RUS… code, "RUSGOV" only
itself; a target of None means the case does not check the target. The
modality None means "any".
"""

from __future__ import annotations

Case = tuple[str, str, str, str | None, str | None]

AGREE: list[Case] = [
    (
        "Iran agreed to resume talks with the International Atomic Energy Agency next month.",
        "AGREE",
        "IRN",
        None,
        "asserted",
    ),
    ("Russia promised to release the detained journalists within a week.", "AGREE", "RUS", None, "asserted"),
    ("Japan pledged to provide $500 million in aid to Ukraine.", "AGREE", "JPN", "UKR", "asserted"),
    ("Turkey offered to mediate between Russia and Ukraine.", "AGREE", "TUR", None, "asserted"),
    ("Germany will send more air defence systems to Ukraine, the chancellor said.", "AGREE", "DEU", "UKR", "asserted"),
    ("China said it would support Pakistan's efforts to stabilise its economy.", "AGREE", "CHN", "PAK", "asserted"),
    (
        "Egypt is willing to host a new round of ceasefire talks, its foreign minister said.",
        "AGREE",
        "EGY",
        None,
        "asserted",
    ),
    ("The European Union vowed to continue its support for Moldova.", "AGREE", "IGO", None, "asserted"),
    ("Saudi Arabia invited Iranian President Masoud Pezeshkian to visit Riyadh.", "AGREE", "SAU", "IRN", "asserted"),
    ("India and Japan agreed to expand defence cooperation.", "AGREE", "IND", None, "asserted"),
    (
        "France will provide additional funding to Lebanon's army, President Emmanuel Macron said.",
        "AGREE",
        "FRA",
        "LBN",
        "asserted",
    ),
    ("Qatar said it was ready to mediate between Hamas and Israel.", "AGREE", "QAT", None, "asserted"),
]

CONSULT: list[Case] = [
    (
        "Russian President Vladimir Putin met with Chinese President Xi Jinping in Beijing on Tuesday.",
        "CONSULT",
        "RUS",
        "CHN",
        "asserted",
    ),
    ("US Secretary of State Antony Blinken visited Israel on Monday.", "CONSULT", "USA", "ISR", "asserted"),
    (
        "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in Moscow.",
        "CONSULT",
        "IND",
        "RUS",
        "asserted",
    ),
    ("The foreign ministers of Iran and Saudi Arabia met in Beijing.", "CONSULT", "IRN", None, "asserted"),
    (
        "Turkish President Recep Tayyip Erdogan spoke by phone with Ukrainian President Volodymyr Zelensky.",
        "CONSULT",
        "TUR",
        None,
        "asserted",
    ),
    ("Egypt hosted a summit on the Gaza war on Saturday.", "CONSULT", "EGY", None, "asserted"),
    (
        "Hungarian Prime Minister Viktor Orban arrived in Moscow for talks with Vladimir Putin.",
        "CONSULT",
        "HUN",
        "RUS",
        "asserted",
    ),
    (
        "German Chancellor Olaf Scholz received Polish Prime Minister Donald Tusk in Berlin.",
        "CONSULT",
        "DEU",
        "POL",
        "asserted",
    ),
    ("Negotiators from Israel and Hamas resumed indirect talks in Doha.", "CONSULT", "ISR", None, "asserted"),
    ("Chinese Foreign Minister Wang Yi will visit Australia next week.", "AGREE", "CHN", "AUS", "asserted"),
]

SUPPORT: list[Case] = [
    (
        "Brazil's President Luiz Inacio Lula da Silva praised China's peace proposal for Ukraine.",
        "SUPPORT",
        "BRA",
        "CHN",
        "asserted",
    ),
    (
        "The United States welcomed Saudi Arabia's decision to restore ties with Syria.",
        "SUPPORT",
        "USA",
        "SAU",
        "asserted",
    ),
    ("Spain, Ireland and Norway recognized a Palestinian state on Tuesday.", "SUPPORT", "ESP", None, "asserted"),
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "SUPPORT", "ARM", None, "asserted"),
    ("Russian lawmakers ratified a defence treaty with North Korea.", "SUPPORT", "RUS", "PRK", "asserted"),
    (
        "Japan's prime minister apologized to South Korea for wartime forced labour.",
        "SUPPORT",
        "JPN",
        "KOR",
        "asserted",
    ),
    (
        "NATO Secretary General Mark Rutte expressed support for Ukraine's bid to join the alliance.",
        "SUPPORT",
        "IGO",
        "UKR",
        "asserted",
    ),
    ("The Kremlin hailed the election of Donald Trump.", "SUPPORT", "RUS", "USA", "asserted"),
    ("Kenya's president endorsed the African Union's plan for Sudan.", "SUPPORT", "KEN", "IGO", "asserted"),
    ("China and Brazil signed 37 agreements during Lula's visit.", "SUPPORT", "CHN", None, "asserted"),
]

COOPERATE: list[Case] = [
    (
        "China and Russia have deepened military cooperation, holding joint patrols in the Pacific.",
        "COOPERATE",
        "CHN",
        None,
        "asserted",
    ),
    (
        "Poland extradited a Ukrainian suspect to Germany over the Nord Stream sabotage.",
        "COOPERATE",
        "POL",
        "DEU",
        "asserted",
    ),
    (
        "The United States and the Philippines shared intelligence on Chinese vessels.",
        "COOPERATE",
        "USA",
        None,
        "asserted",
    ),
    ("Israel and the United Arab Emirates have expanded trade since 2020.", "COOPERATE", "ISR", None, "asserted"),
]

AID: list[Case] = [
    ("Germany sent Patriot missile systems to Ukraine in April.", "AID", "DEU", "UKR", "asserted"),
    ("The World Food Programme delivered food aid to Gaza on Sunday.", "AID", "IGO", None, "asserted"),
    ("Canada granted asylum to a Russian journalist.", "AID", "CAN", None, "asserted"),
    ("The European Union provided 50 billion euros of assistance to Ukraine.", "AID", "IGO", "UKR", "asserted"),
    ("The United States evacuated its citizens from Sudan.", "AID", "USA", None, "asserted"),
    ("Japan donated medical supplies to Turkey after the earthquake.", "AID", "JPN", "TUR", "asserted"),
    ("Iran has supplied drones to Russia, Western officials said.", "AID", "IRN", "RUS", None),
]

CONCEDE_RETREAT: list[Case] = [
    ("Russia withdrew its troops from the city of Kherson in November 2022.", "RETREAT", "RUS", None, "asserted"),
    ("Hamas released four Israeli hostages on Saturday.", "RETREAT", "PSE", None, "asserted"),
    ("Israel freed 90 Palestinian prisoners in exchange.", "RETREAT", "ISR", None, "asserted"),
    ("The Sudanese army allowed humanitarian access to Darfur.", "RETREAT", "SDN", None, "asserted"),
    ("British Prime Minister Liz Truss resigned after six weeks in office.", "RETREAT", "GBR", None, "asserted"),
    ("The United States eased sanctions on Venezuela's oil sector.", "CONCEDE", "USA", "VEN", "asserted"),
    ("China lifted its ban on Japanese seafood imports.", "CONCEDE", "CHN", None, "asserted"),
    ("Azerbaijan reopened the Lachin corridor on Sunday.", "RETREAT", "AZE", None, "asserted"),
]

REQUEST: list[Case] = [
    ("The United Nations Secretary-General urged Israel to allow aid into Gaza.", "REQUEST", "IGO", "ISR", "asserted"),
    ("China called on the United States to stop arming Taiwan.", "REQUEST", "CHN", "USA", "asserted"),
    ("Ukraine asked its allies for more air defence systems.", "REQUEST", "UKR", None, "asserted"),
    ("The European Union demanded that Russia release the detained activists.", "REQUEST", "IGO", "RUS", "asserted"),
    ("Pope Francis appealed for a ceasefire in Gaza.", "REQUEST", "VAT", None, "asserted"),
    ("Germany said Iran must stop supplying drones to Russia.", "REQUEST", "DEU", "IRN", "asserted"),
    (
        "Ukrainian President Volodymyr Zelensky has made the withdrawal of Russian troops a precondition for talks.",
        "REQUEST",
        "UKR",
        "RUS",
        "asserted",
    ),
    ("South Korea urged North Korea to return to talks.", "REQUEST", "KOR", "PRK", "asserted"),
    ("Iran's supreme leader called for unity among Muslim nations.", "REQUEST", "IRN", None, "asserted"),
]

ACCUSE: list[Case] = [
    ("Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant.", "ACCUSE", "UKR", "RUS", "asserted"),
    ("China condemned the latest US arms sale to Taiwan.", "ACCUSE", "CHN", "USA", "asserted"),
    (
        "The French foreign ministry condemned Iran's detention of two French citizens.",
        "ACCUSE",
        "FRA",
        "IRN",
        "asserted",
    ),
    ("Poland blamed Belarus for the migrant crisis on its border.", "ACCUSE", "POL", "BLR", "asserted"),
    ("Russia criticized NATO's expansion into Finland.", "ACCUSE", "RUS", "IGO", "asserted"),
    ("India summoned the Canadian envoy to protest the remarks.", "ACCUSE", "IND", "CAN", "asserted"),
    ("Ukrainian prosecutors charged a Russian general with war crimes.", "ACCUSE", "UKR", "RUS", "asserted"),
    ("Moscow denounced the sanctions as illegal.", "ACCUSE", "RUS", None, "asserted"),
    ("Venezuela's government slammed the United States for its interference.", "ACCUSE", "VEN", "USA", "asserted"),
    ("Iran said the United States was responsible for the escalation.", "ACCUSE", "IRN", "USA", "asserted"),
]

REJECT: list[Case] = [
    ("Russia rejected Ukraine's peace plan on Thursday.", "REJECT", "RUS", "UKR", "asserted"),
    ("Israel refused to allow UN investigators into the country.", "REJECT", "ISR", None, "asserted"),
    ("Hamas rejected the Israeli proposal for a truce.", "REJECT", "PSE", "ISR", "asserted"),
    ("Hungary vetoed the European Union's aid package for Ukraine.", "REJECT", "HUN", None, "asserted"),
    ("Iran dismissed the demand to halt uranium enrichment.", "REJECT", "IRN", None, "asserted"),
    (
        "North Korea will not return to talks with the United States, Pyongyang said.",
        "REJECT",
        "PRK",
        "USA",
        "asserted",
    ),
    ("Talks with Kyiv are impossible, the Kremlin said.", "REJECT", "RUS", "UKR", "asserted"),
    ("Turkey declined to join the sanctions against Russia.", "REJECT", "TUR", None, "asserted"),
]

THREATEN: list[Case] = [
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN", "IRN", None, "asserted"),
    (
        "North Korea warned the United States of a nuclear response to military drills.",
        "THREATEN",
        "PRK",
        "USA",
        "asserted",
    ),
    ("China threatened to impose sanctions on American defence companies.", "THREATEN", "CHN", "USA", "asserted"),
    (
        "Israel will strike Hezbollah if the rocket fire continues, Israeli Defence Minister Israel Katz warned.",
        "THREATEN",
        "ISR",
        "LBN",
        "asserted",
    ),
    ("Turkey threatened to block Sweden's NATO membership.", "THREATEN", "TUR", "SWE", "asserted"),
    ("The Houthis vowed to attack more ships in the Red Sea.", "THREATEN", "YEM", None, "asserted"),
    ("Russia issued an ultimatum to Ukraine.", "THREATEN", "RUS", "UKR", "asserted"),
    (
        "Russia will achieve all its goals in Ukraine through its special military operation, Kremlin spokesman Dmitry Peskov said.",
        "THREATEN",
        "RUS",
        "UKR",
        "asserted",
    ),
]

PROTEST: list[Case] = [
    ("Thousands of students protested in Belgrade on Sunday.", "PROTEST", "SRB", None, "asserted"),
    ("Farmers blocked roads across France to protest low prices.", "PROTEST", "FRA", None, "asserted"),
    ("Kenyan protesters rallied against the new tax law.", "PROTEST", "KEN", None, "asserted"),
    ("Student protests erupted at universities in Tehran on Tuesday.", "PROTEST", "IRN", None, "asserted"),
    ("Georgian opposition supporters demonstrated outside parliament.", "PROTEST", "GEO", None, "asserted"),
    ("Workers at South Korean car plants went on strike on Friday.", "PROTEST", "KOR", None, "asserted"),
    ("Protests by Israeli reservists continued for a third week.", "PROTEST", "ISR", None, "asserted"),
    ("Pakistani opposition supporters staged a rally in Islamabad.", "PROTEST", "PAK", None, "asserted"),
]

SANCTION: list[Case] = [
    ("The European Union imposed new sanctions on Russia on Friday.", "SANCTION", "IGO", "RUS", "asserted"),
    ("Iran designated the Royal Canadian Navy a terrorist organization.", "SANCTION", "IRN", "CAN", "asserted"),
    (
        "The United States listed the Houthis as a foreign terrorist organization in January.",
        "SANCTION",
        "USA",
        "YEM",
        "asserted",
    ),
    ("Niger expelled the French ambassador in August.", "SANCTION", "NER", "FRA", "asserted"),
    ("Nicaragua broke off diplomatic relations with Taiwan.", "SANCTION", "NIC", "TWN", "asserted"),
    ("Australia suspended aid to the Palestinian relief agency.", "SANCTION", "AUS", None, "asserted"),
    ("Britain froze the assets of 50 Russian oligarchs.", "SANCTION", "GBR", "RUS", "asserted"),
    ("Canada declared the IRGC a terror group on June 19, 2024.", "SANCTION", "CAN", "IRN", "asserted"),
    ("Israel recalled its ambassador to Turkey for consultations.", "SANCTION", "ISR", None, "asserted"),
    ("The United States sanctioned two Chinese companies for supplying Iran.", "SANCTION", "USA", "CHN", "asserted"),
]

MOBILIZE: list[Case] = [
    ("Russia deployed tactical nuclear weapons to Belarus.", "MOBILIZE", "RUS", None, "asserted"),
    ("Israel mobilized 300,000 reservists after the attack.", "MOBILIZE", "ISR", None, "asserted"),
    ("China massed warships around Taiwan on Monday.", "MOBILIZE", "CHN", None, "asserted"),
    (
        "The United States deployed an aircraft carrier to the eastern Mediterranean.",
        "MOBILIZE",
        "USA",
        None,
        "asserted",
    ),
]

COERCE: list[Case] = [
    ("Russian police detained more than 400 people at vigils for Alexei Navalny.", "COERCE", "RUS", None, "asserted"),
    ("Iranian authorities arrested a French journalist in Tehran.", "COERCE", "IRN", "FRA", "asserted"),
    ("Israeli forces seized a ship carrying aid to Gaza.", "COERCE", "ISR", None, "asserted"),
    ("The Taliban banned women from universities.", "COERCE", "AFG", None, "asserted"),
    ("Pakistan deported thousands of Afghan refugees last year.", "COERCE", "PAK", "AFG", "asserted"),
    ("Georgian police dispersed protesters with water cannon.", "COERCE", "GEO", None, "asserted"),
    ("Mali's junta imposed a curfew in the capital.", "COERCE", "MLI", None, "asserted"),
    ("Russia annexed four Ukrainian regions in September 2022.", "COERCE", "RUS", "UKR", "asserted"),
    ("Turkey closed its border with Syria.", "COERCE", "TUR", "SYR", "asserted"),
]

ASSAULT: list[Case] = [
    ("Russian forces attacked Kharkiv with missiles overnight.", "ASSAULT", "RUS", "UKR", "asserted"),
    ("Israeli warplanes struck Hezbollah targets in southern Lebanon.", "ASSAULT", "ISR", None, "asserted"),
    ("Ukraine launched a drone attack on a Russian oil refinery.", "ASSAULT", "UKR", "RUS", "asserted"),
    ("Houthi rebels fired missiles at a commercial ship in the Red Sea.", "ASSAULT", "YEM", None, "asserted"),
    ("Russia invaded Ukraine in February 2022.", "ASSAULT", "RUS", "UKR", "asserted"),
    (
        "The Iranian Revolutionary Guards shot down a Ukrainian airliner in January 2020.",
        "ASSAULT",
        "IRN",
        None,
        "asserted",
    ),
    ("Sudanese paramilitaries shelled a market in Omdurman.", "ASSAULT", "SDN", None, "asserted"),
    ("Israel assassinated Hamas leader Ismail Haniyeh in Tehran.", "ASSAULT", "ISR", "PSE", "asserted"),
    ("Pakistani troops clashed with Afghan Taliban forces along the border.", "ASSAULT", "PAK", "AFG", "asserted"),
    ("A Russian missile strike on Kyiv killed 12 people.", "ASSAULT", "RUS", None, "asserted"),
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", "ASSAULT", "SOM", None, "asserted"),
]

MODALITY: list[Case] = [
    ("Russia said Ukraine attacked Putin's residence with drones.", "ASSAULT", "UKR", "RUS", "claimed"),
    ("Kyiv denied that it had attacked the residence.", "ASSAULT", "UKR", None, "denied"),
    ("Moscow accused Kyiv of attacking the residence.", "ACCUSE", "RUS", "UKR", "asserted"),
    ("Moscow accused Kyiv of attacking the residence.", "ASSAULT", "UKR", None, "claimed"),
    (
        "Russia has given no evidence for its claim that Ukraine launched a drone attack, Ukraine said.",
        "ASSAULT",
        "UKR",
        None,
        "claimed",
    ),
    (
        "Russia has given no evidence for its claim that Ukraine launched a drone attack, Ukraine said.",
        "ACCUSE",
        "RUS",
        "UKR",
        "asserted",
    ),
    ("The alleged attack by Ukraine on the residence was condemned by Moscow.", "ASSAULT", "UKR", None, "claimed"),
    ("Israel did not strike the hospital, the army said.", "ASSAULT", "ISR", None, "negated"),
    ("Russia would toughen its negotiating stance, Peskov said.", "THREATEN", "RUS", None, None),
    (
        "If Iran enriches uranium further, Israel could strike its nuclear sites.",
        "ASSAULT",
        "ISR",
        "IRN",
        "hypothetical",
    ),
    (
        "China may impose sanctions on Lithuania if it allows a Taiwanese office.",
        "SANCTION",
        "CHN",
        None,
        "hypothetical",
    ),
    ("The IRGC admitted its forces downed the jet.", "ASSAULT", "IRN", None, "asserted"),
    ("Hamas claimed that Israeli troops killed the hostages.", "ASSAULT", "ISR", None, "claimed"),
    ("Local media reported that students protested in Tehran.", "PROTEST", "IRN", None, "asserted"),
    ("Ukraine plans to launch a counteroffensive in the spring.", "THREATEN", "UKR", None, "asserted"),
]

CONSTRUCTIONS: list[Case] = [
    # passives
    ("Three Ukrainian soldiers were captured by Russian forces near Bakhmut.", "COERCE", "RUS", "UKR", "asserted"),
    ("The ambassador was expelled by Niger's junta.", "SANCTION", "NER", None, "asserted"),
    ("A Russian diplomat was summoned by the Polish foreign ministry.", "ACCUSE", "POL", "RUS", "asserted"),
    # light verbs
    ("Iran launched a missile attack on Israel in October.", "ASSAULT", "IRN", "ISR", "asserted"),
    ("The European Union imposed an arms embargo on Russia.", "SANCTION", "IGO", "RUS", "asserted"),
    ("Xi Jinping offered Beijing's support to Moscow.", "SUPPORT", "CHN", "RUS", "asserted"),
    ("Greek farmers staged a protest outside the parliament.", "PROTEST", "GRC", None, "asserted"),
    # coordination
    ("France and Germany signed a new defence agreement.", "SUPPORT", "FRA", None, "asserted"),
    ("France and Germany signed a new defence agreement.", "SUPPORT", "DEU", None, "asserted"),
    ("Russia and Belarus began joint military exercises.", "COOPERATE", "RUS", None, "asserted"),
    ("Israel struck Gaza and Lebanon overnight.", "ASSAULT", "ISR", "PSE", "asserted"),
    # nominal events
    ("Russia's invasion of Ukraine began in February 2022.", "ASSAULT", "RUS", "UKR", "asserted"),
    ("Canada's blacklisting of Iran's Revolutionary Guards angered Tehran.", "SANCTION", "CAN", "IRN", "asserted"),
    ("Demonstrations by shopkeepers spread across Tehran.", "PROTEST", "IRN", None, "asserted"),
    ("An Israeli airstrike on Beirut killed a Hezbollah commander.", "ASSAULT", "ISR", "LBN", "asserted"),
    # did the same
    (
        "The United States listed the group as a terrorist organization in 2019 while Australia did the same last month.",
        "SANCTION",
        "AUS",
        None,
        "asserted",
    ),
]

MORE: list[Case] = [
    # concessions, cooperation and withdrawals in other words
    ("Israel and Lebanon renewed negotiations on a troop pullback.", "CONSULT", "ISR", None, "asserted"),
    ("Sri Lanka has established diplomatic ties with Iran.", "SUPPORT", "LKA", "IRN", "asserted"),
    ("Israeli intelligence officials have shared evidence with the U.S.", "COOPERATE", "ISRSPY", "USA", "asserted"),
    ("The United States is providing military intelligence to Ukraine.", "AID", "USA", "UKR", "asserted"),
    (
        "The Latvian Constitutional Court cancelled restrictions on the Russian language.",
        "CONCEDE",
        "LVAJUD",
        None,
        "asserted",
    ),
    ("Sudan's government shortened the nightly curfew in Khartoum.", "CONCEDE", "SDNGOV", None, "asserted"),
    ("Hezbollah declared a unilateral ceasefire in south Lebanon.", "CONCEDE", "LBN", None, "asserted"),
    ("The United States speeded up the withdrawal of its forces from Panama.", "RETREAT", "USA", "PAN", "asserted"),
    ("The US removed sanctions on Myanmar.", "CONCEDE", "USA", "MMR", "asserted"),
    # targets reached through a complement, an object or a purpose
    ("Libya has offered to hand over to Great Britain two of its nationals.", "AGREE", "LBY", "GBR", "asserted"),
    ("Syria has offered its troops to Lebanon to help end the fighting.", "AGREE", "SYR", "LBN", "asserted"),
    ("Japan said on Tuesday it had halted economic aid to Serbia.", "SANCTION", "JPN", "SRB", "asserted"),
    ("Britain mobilized army reservists for a possible war against Iraq.", "MOBILIZE", "GBR", "IRQ", "asserted"),
    (
        "The Mozambican government accepted demands from the rebels to hold talks.",
        "CONCEDE",
        "MOZGOV",
        "MOZREB",
        "asserted",
    ),
    # weapons and military vehicles act for their country's military
    (
        "Russian aircraft including helicopter gunships killed 46 Afghan civilians in an attack on a village.",
        "ASSAULT",
        "RUSMIL",
        "AFGCVL",
        "asserted",
    ),
    ("Israeli tanks fired four shells at targets in Jericho.", "ASSAULT", "ISRMIL", None, "asserted"),
    ("Russian missiles hit an apartment block in Kharkiv.", "ASSAULT", "RUSMIL", "UKR", "asserted"),
    ("U.S. border patrol agents abused illegal Mexican immigrants.", "ASSAULT", "USACOP", "MEXCVL", "asserted"),
    # domestic dyads: a government and its own opposition, rebels or courts are two parties
    (
        "Uganda's president threatened to ban opposition candidates from the elections, and the Ugandan opposition refused.",
        "THREATEN",
        "UGAGOV",
        None,
        "asserted",
    ),
    (
        "The Sudanese government demanded that Sudanese rebels free the hostages.",
        "REQUEST",
        "SDNGOV",
        "SDNREB",
        "asserted",
    ),
    (
        "Zimbabwean opposition groups are demanding that the Zimbabwean government abandon its land policy.",
        "REQUEST",
        "ZWEOPP",
        "ZWEGOV",
        "asserted",
    ),
    (
        "Kenyan police arrested dozens of Kenyan protesters in Nairobi on Tuesday.",
        "COERCE",
        "KENCOP",
        "KEN",
        "asserted",
    ),
    # verbs of every type, in other news wording
    ("Moldova and Romania agreed to build a new gas pipeline.", "AGREE", "MDA", None, "asserted"),
    ("Kazakhstan offered to host the next round of talks.", "AGREE", "KAZ", None, "asserted"),
    ("Chinese Premier Li Qiang met German Chancellor Friedrich Merz in Beijing.", "CONSULT", "CHN", "DEU", "asserted"),
    ("The Saudi crown prince received the Syrian president in Riyadh.", "CONSULT", "SAU", "SYR", "asserted"),
    (
        "French President Emmanuel Macron spoke with Indian Prime Minister Narendra Modi on Monday.",
        "CONSULT",
        "FRA",
        "IND",
        "asserted",
    ),
    ("Qatar mediated between Israel and Hamas for months.", "CONSULT", "QAT", None, "asserted"),
    ("Ukraine thanked Denmark for its military aid.", "SUPPORT", "UKR", "DNK", "asserted"),
    ("The African Union congratulated Senegal's new president.", "SUPPORT", "IGO", "SEN", "asserted"),
    ("Mexico and Canada signed a trade pact on Friday.", "SUPPORT", "MEX", None, "asserted"),
    ("Vietnam and the United States upgraded their diplomatic ties last year.", "SUPPORT", "VNM", None, "asserted"),
    ("India and France share intelligence on terrorism.", "COOPERATE", "IND", None, "asserted"),
    ("Britain supplied long-range missiles to Ukraine.", "AID", "GBR", "UKR", "asserted"),
    ("Saudi Arabia donated $500 million to Yemen's central bank.", "AID", "SAU", "YEM", "asserted"),
    ("Turkey released two detained Greek soldiers on Friday.", "RETREAT", "TUR", None, "asserted"),
    ("Israeli troops pulled out of the Jenin refugee camp.", "RETREAT", "ISR", None, "asserted"),
    ("The Myanmar junta freed thousands of prisoners in an amnesty.", "RETREAT", "MMR", None, "asserted"),
    ("Hungarian President Katalin Novak resigned over a pardon scandal.", "RETREAT", "HUN", None, "asserted"),
    ("The Pentagon urged Ukraine to halt strikes on Russian refineries.", "REQUEST", "USA", "UKR", "asserted"),
    ("Kenya asked the United Nations to send police to Haiti.", "REQUEST", "KEN", "IGO", "asserted"),
    ("Pakistan demanded that Afghanistan hand over militant leaders.", "REQUEST", "PAK", "AFG", "asserted"),
    ("The Philippines accused China of ramming its coast guard vessel.", "ACCUSE", "PHL", "CHN", "asserted"),
    ("The Philippines accused China of ramming its coast guard vessel.", "ASSAULT", "CHN", None, "claimed"),
    ("Germany criticized Hungary for blocking the aid package.", "ACCUSE", "DEU", "HUN", "asserted"),
    ("Ethiopia condemned Egypt's military deal with Somalia.", "ACCUSE", "ETH", "EGY", "asserted"),
    ("Serbia rejected Kosovo's request to join the Council of Europe.", "REJECT", "SRB", "XKX", "asserted"),
    ("Niger refused to release the detained president.", "REJECT", "NER", None, "asserted"),
    ("Venezuela threatened to annex the Essequibo region of Guyana.", "THREATEN", "VEN", "GUY", "asserted"),
    ("Russia warned Finland of countermeasures over its NATO membership.", "THREATEN", "RUS", "FIN", "asserted"),
    ("Doctors in South Korea went on strike over medical school quotas.", "PROTEST", "KOR", None, "asserted"),
    (
        "Argentine unions staged a general strike against President Javier Milei's reforms.",
        "PROTEST",
        "ARG",
        None,
        "asserted",
    ),
    ("Israeli protesters demonstrated against the judicial overhaul.", "PROTEST", "ISR", None, "asserted"),
    ("The United States imposed sanctions on Iranian oil tankers.", "SANCTION", "USA", "IRN", "asserted"),
    ("Burkina Faso expelled three French diplomats.", "SANCTION", "BFA", "FRA", "asserted"),
    ("Russia suspended its participation in the New START treaty.", "SANCTION", "RUS", None, "asserted"),
    ("North Korea deployed troops to Russia's Kursk region.", "MOBILIZE", "PRK", None, "asserted"),
    ("Poland mobilized soldiers along its border with Belarus.", "MOBILIZE", "POL", None, "asserted"),
    ("Belarusian authorities jailed a prominent opposition activist.", "COERCE", "BLR", None, "asserted"),
    ("Iran seized an oil tanker in the Gulf of Oman.", "COERCE", "IRN", None, "asserted"),
    ("China imposed martial law on the border region.", "COERCE", "CHN", None, "asserted"),
    ("Israeli forces killed five Palestinians in the West Bank.", "ASSAULT", "ISR", "PSE", "asserted"),
    ("Russian drones struck Odesa's port overnight.", "ASSAULT", "RUS", "UKR", "asserted"),
    ("Boko Haram fighters abducted dozens of schoolchildren in Nigeria.", "ASSAULT", "NGA", None, "asserted"),
    ("Azerbaijan launched a military offensive in Nagorno-Karabakh.", "ASSAULT", "AZE", None, "asserted"),
    # modality and constructions
    ("Iran denied that it had supplied missiles to Russia.", "AID", "IRN", "RUS", "denied"),
    ("China will hold military drills near Taiwan next week.", "THREATEN", "CHN", None, "asserted"),
    ("Ukraine said it had shot down 30 Russian drones overnight.", "ASSAULT", "UKR", None, "asserted"),
    ("The United States will provide Ukraine with more artillery shells.", "AGREE", "USA", "UKR", "asserted"),
    ("Russia has not attacked any NATO country, Putin said.", "ASSAULT", "RUS", None, "negated"),
    ("Hamas and Fatah signed a unity deal in Beijing.", "SUPPORT", "PSE", None, "asserted"),
    ("Protests by Georgian students continued for a week.", "PROTEST", "GEO", None, "asserted"),
    ("A Ukrainian drone attack on a Russian airbase destroyed four bombers.", "ASSAULT", "UKR", "RUS", "asserted"),
    ("The Kremlin said Ukraine must withdraw its troops from four regions.", "REQUEST", "RUS", "UKR", "asserted"),
]

ALL_CASES: list[Case] = (
    AGREE
    + CONSULT
    + SUPPORT
    + COOPERATE
    + AID
    + CONCEDE_RETREAT
    + REQUEST
    + ACCUSE
    + REJECT
    + THREATEN
    + PROTEST
    + SANCTION
    + MOBILIZE
    + COERCE
    + ASSAULT
    + MODALITY
    + CONSTRUCTIONS
    + MORE
)
