"""A small, realistic event corpus built by hand, for the query layer, exports, API and UI.

Eight news-style articles (written for these tests, on the model of real wire
copy) with actors, mentions, time expressions, places with coordinates, direct and
reported quotes, and events of many types, modalities, dates (day, month, year,
unknown) and dyads, including one real-world event told by two articles (a shared
cluster), claimed and denied events, an event without a target, an undated article
without events, and one hostile article whose every text field carries HTML/JS.

Offsets are computed from the text, so every span is exactly what it claims to be.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.ingest.dedupe import fingerprint
from newsgraph.model import (
    Actor,
    Analysis,
    Article,
    DatePrecision,
    Event,
    EventDate,
    EventLocation,
    Mention,
    Modality,
    Origin,
    Place,
    Published,
    Quote,
    Source,
    Span,
    Speaker,
    TextSpan,
    Timex,
    article_id,
)
from newsgraph.store import open_store

# type -> (CAMEO root, quad class, Goldstein-style score), after PLOVER.md
DERIVED = {
    "AGREE": ("03", 1, 2.5),
    "CONSULT": ("04", 1, 2.5),
    "SUPPORT": ("05", 1, 5.0),
    "CONCEDE": ("08", 1, 4.5),
    "COOPERATE": ("06", 2, 9.5),
    "AID": ("07", 2, 10.0),
    "RETREAT": ("08", 2, 6.5),
    "REQUEST": ("10", 3, 0.0),
    "ACCUSE": ("11", 3, -2.0),
    "REJECT": ("12", 3, -2.0),
    "THREATEN": ("13", 3, -3.5),
    "PROTEST": ("14", 4, -5.0),
    "SANCTION": ("16", 4, -6.0),
    "MOBILIZE": ("15", 4, -5.5),
    "COERCE": ("17", 4, -7.0),
    "ASSAULT": ("18", 4, -9.0),
}

TEHRAN = ("Tehran", "IRN", 35.6944, 51.4215, 112931, "city")
OTTAWA = ("Ottawa", "CAN", 45.4112, -75.6981, 6094817, "city")
MOSCOW = ("Moscow", "RUS", 55.7522, 37.6156, 524901, "city")
NOVGOROD = ("Novgorod Oblast", "RUS", 58.5, 31.33, 519324, "region")
BEIJING = ("Beijing", "CHN", 39.9075, 116.3972, 1816670, "city")
WASHINGTON = ("Washington", "USA", 38.8951, -77.0364, 4140963, "city")
TAIWAN = ("Taiwan", "TWN", 23.5, 121.0, 1668284, "country")
CAIRO = ("Cairo", "EGY", 30.0444, 31.2357, 360630, "city")
GAZA = ("Gaza City", "PSE", 31.5017, 34.4668, 281133, "city")
BRUSSELS = ("Brussels", "BEL", 50.8503, 4.3517, 2800866, "city")


class Draft:
    """An article under construction: records are placed by finding their words in the text."""

    def __init__(
        self,
        title: str | None,
        paragraphs: list[str],
        published: str | None,
        source: str | None = "Example Wire",
        url: str | None = None,
        origin: str = "corpus.jsonl",
        index: int = 0,
    ) -> None:
        self.title = title
        self.text = "\n\n".join(paragraphs)
        spans, start = [], 0
        for paragraph in paragraphs:
            spans.append(Span(start, start + len(paragraph)))
            start += len(paragraph) + 2
        self.paragraphs = tuple(spans)
        precision: DatePrecision | None = "day" if published else None
        self.published = Published(published, precision, "dateline" if published else "none")
        self.source = Source(source, url)
        self.origin = Origin(origin, index)
        self.actors: list[Actor] = []
        self.mentions: list[Mention] = []
        self.timexes: list[Timex] = []
        self.places: list[Place] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []

    def find(self, needle: str, nth: int = 0, after: int = 0) -> tuple[int, int]:
        """Return the offsets of the nth whole-word occurrence of ``needle`` at or after ``after``."""
        pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
        found = [m.span() for m in pattern.finditer(self.text, after)]
        if len(found) <= nth:
            raise AssertionError(f"{needle!r} (#{nth}) not in the text of {self.title!r}")
        return found[nth]

    def actor(
        self,
        actor_id: str,
        name: str,
        kind: str,
        code: str | None,
        *mentions: str | tuple[str, int],
        role: str | None = None,
        aliases: tuple[str, ...] = (),
        label: str = "ORG",
    ) -> str:
        country = code[:3] if code else None
        sector = code[3:6] if code and len(code) > 3 else None
        self.actors.append(Actor(actor_id, name, kind, code, country, sector, role, aliases))  # type: ignore[arg-type]
        for mention in mentions:
            needle, nth = mention if isinstance(mention, tuple) else (mention, 0)
            start, end = self.find(needle, nth)
            self.mentions.append(Mention(start, end, needle, label, actor_id))
        return actor_id

    def timex(self, needle: str, value: str, nth: int = 0, kind: str = "DATE") -> None:
        start, end = self.find(needle, nth)
        self.timexes.append(Timex(start, end, needle, kind, value))  # type: ignore[arg-type]

    def place(self, needle: str, where: tuple[str, str, float, float, int, str], nth: int = 0) -> None:
        start, end = self.find(needle, nth)
        name, country, lat, lon, geonameid, feature = where
        self.places.append(Place(start, end, needle, name, country, lat, lon, geonameid, feature))

    def quote(self, words: str, speaker: str, actor: str | None, cue: str, direct: bool, nth: int = 0) -> None:
        start, end = self.find(words)
        s_start, s_end = self.find(speaker, nth)
        self.quotes.append(Quote(start, end, words, direct, Speaker(actor, speaker, s_start, s_end), cue))

    def event(
        self,
        event_id: str,
        type_: str,
        source: tuple[str, ...],
        target: tuple[str, ...],
        modality: Modality,
        evidence: str,
        trigger: str,
        date: str | None,
        where: tuple[str, str, float, float, int, str] | None = None,
        cluster: str | None = None,
        mode: str | None = None,
        context: tuple[str, ...] = (),
        confidence: float = 0.8,
    ) -> None:
        e_start, e_end = self.find(evidence)
        t_start, t_end = self.find(trigger, after=e_start)
        assert t_end <= e_end, f"trigger {trigger!r} outside its evidence"
        precision: DatePrecision | None = None
        if date:
            precision = {4: "year", 7: "month", 10: "day"}[len(date)]  # type: ignore[assignment]
        location = EventLocation(where[0], where[1], where[2], where[3]) if where else None
        cameo, quad, goldstein = DERIVED[type_]
        self.events.append(
            Event(
                id=event_id,
                type=type_,
                source=source,
                target=target,
                modality=modality,
                evidence=TextSpan(e_start, e_end, evidence),
                trigger=TextSpan(t_start, t_end, trigger),
                cluster=cluster,
                mode=mode,
                context=context,
                cameo=cameo,
                quad=quad,
                goldstein=goldstein,
                date=EventDate(date, precision),
                location=location,
                confidence=confidence,
            )
        )

    def build(self) -> Analysis:
        article = Article(
            id=article_id(self.text),
            title=self.title,
            text=self.text,
            paragraphs=self.paragraphs,
            published=self.published,
            source=self.source,
            origin=self.origin,
        )
        return Analysis(
            article=article,
            actors=tuple(self.actors),
            mentions=tuple(sorted(self.mentions, key=lambda m: m.start)),
            timexes=tuple(sorted(self.timexes, key=lambda t: t.start)),
            places=tuple(sorted(self.places, key=lambda p: p.start)),
            quotes=tuple(self.quotes),
            events=tuple(self.events),
        )


def iran_canada() -> Analysis:
    d = Draft(
        "Iran designates Royal Canadian Navy a terrorist organization",
        [
            "TEHRAN, Dec 30 - Iran designated the Royal Canadian Navy a terrorist organization on Tuesday, in "
            "retaliation for Ottawa's listing of the Revolutionary Guards last year.",
            'The Iranian foreign ministry said the decision followed "hostile and illegal actions" by Canada against '
            "the Islamic Republic.",
            "Canadian Foreign Minister Anita Anand condemned the move. "
            '"This is a reckless and baseless designation," Anand told reporters in Ottawa on Tuesday.',
            "Analysts said Tehran could also expel the remaining Canadian diplomats if tensions rise further.",
        ],
        "2025-12-30",
        source="Gulf Monitor",
        url="https://news.example.org/2025/12/30/iran-canada-navy",
        index=0,
    )
    iran = d.actor("a1", "Iran", "country", "IRNGOV", "Iran", "Tehran", aliases=("Tehran",), label="GPE")
    navy = d.actor("a2", "Royal Canadian Navy", "organization", "CANMIL", "Royal Canadian Navy")
    canada = d.actor("a3", "Canada", "country", "CANGOV", "Ottawa", "Canada", aliases=("Ottawa",), label="GPE")
    guards = d.actor("a4", "Revolutionary Guards", "organization", "IRNMIL", "Revolutionary Guards")
    ministry = d.actor("a5", "Iranian foreign ministry", "organization", "IRNGOV", "Iranian foreign ministry")
    anand = d.actor(
        "a6",
        "Anita Anand",
        "person",
        "CANGOV",
        "Anita Anand",
        ("Anand", 1),
        role="Foreign Minister",
        aliases=("Anand",),
        label="PERSON",
    )
    d.actor("a7", "Analysts", "group", None, "Analysts", label="NORP")
    d.timex("Dec 30", "2025-12-30")
    d.timex("on Tuesday", "2025-12-30")
    d.timex("last year", "2024")
    d.timex("on Tuesday", "2025-12-30", nth=1)
    d.place("TEHRAN", TEHRAN)
    d.place("Ottawa", OTTAWA, nth=1)
    d.quote("hostile and illegal actions", "Iranian foreign ministry", ministry, "said", True)
    d.quote("This is a reckless and baseless designation,", "Anand", anand, "told", True, nth=1)
    lead = d.text[d.find("Iran designated")[0] : d.find("last year.")[1]]
    d.event(
        "e1", "SANCTION", (iran,), (navy,), "asserted", lead, "designated", "2025-12-30", TEHRAN,
        cluster="c-irn-designates-can-navy", mode="designate", context=("terrorism",), confidence=0.9,
    )  # fmt: skip
    d.event(
        "e2", "SANCTION", (canada,), (guards,), "asserted", lead, "listing", "2024",
        cluster="c-can-lists-irgc", context=("terrorism",), confidence=0.7,
    )  # fmt: skip
    d.event(
        "e3", "ACCUSE", (anand,), (iran,), "asserted",
        "Canadian Foreign Minister Anita Anand condemned the move.", "condemned", "2025-12-30", OTTAWA,
        cluster="c-can-condemns-irn",
    )  # fmt: skip
    d.event(
        "e4", "SANCTION", (iran,), (canada,), "hypothetical",
        "Analysts said Tehran could also expel the remaining Canadian diplomats if tensions rise further.",
        "expel", None, cluster="c-irn-may-expel-can", mode="expel", confidence=0.55,
    )  # fmt: skip
    return d.build()


def drone_claim() -> Analysis:
    d = Draft(
        "Russia says Ukraine attacked Putin residence; Kyiv denies",
        [
            "MOSCOW, Dec 29 - Russian Foreign Minister Sergei Lavrov said on Monday that Ukraine had launched a drone "
            "attack on President Vladimir Putin's residence in the Novgorod region overnight.",
            "Ukrainian Foreign Minister Andrii Sybiha denied the claim, calling it "
            '"another lie designed to undermine peace talks."',
            "Kremlin spokesman Dmitry Peskov said Russia would toughen its negotiating position in response.",
            "Ukraine said Russia has given no evidence for its claim that Ukraine launched a drone attack.",
        ],
        "2025-12-29",
        source="Wire Service",
        url="https://news.example.org/2025/12/29/drone-claim",
        index=1,
    )
    lavrov = d.actor(
        "a1", "Sergei Lavrov", "person", "RUSGOV", "Sergei Lavrov",
        role="Foreign Minister", aliases=("Lavrov",), label="PERSON",
    )  # fmt: skip
    ukraine = d.actor("a2", "Ukraine", "country", "UKRGOV", "Ukraine", ("Ukraine", 1), ("Ukraine", 2), label="GPE")
    putin = d.actor(
        "a3", "Vladimir Putin", "person", "RUSGOV", "Vladimir Putin",
        role="President", aliases=("Putin",), label="PERSON",
    )  # fmt: skip
    sybiha = d.actor(
        "a4", "Andrii Sybiha", "person", "UKRGOV", "Andrii Sybiha", role="Foreign Minister", label="PERSON"
    )
    d.actor(
        "a5", "Dmitry Peskov", "person", "RUSGOV", "Dmitry Peskov",
        role="Kremlin spokesman", aliases=("Peskov",), label="PERSON",
    )  # fmt: skip
    russia = d.actor("a6", "Russia", "country", "RUSGOV", "Russia", ("Russia", 1), label="GPE")
    d.timex("Dec 29", "2025-12-29")
    d.timex("on Monday", "2025-12-29")
    d.timex("overnight", "2025-12-29")
    d.place("MOSCOW", MOSCOW)
    d.place("Novgorod region", NOVGOROD)
    d.quote(
        "Ukraine had launched a drone attack on President Vladimir Putin's residence in the Novgorod region overnight",
        "Sergei Lavrov", lavrov, "said", False,
    )  # fmt: skip
    d.quote("another lie designed to undermine peace talks.", "Andrii Sybiha", sybiha, "calling", True)
    d.quote("Russia would toughen its negotiating position in response", "Dmitry Peskov", "a5", "said", False)
    lead = d.text[d.find("Russian Foreign Minister")[0] : d.find("overnight.")[1]]
    d.event(
        "e1", "ACCUSE", (lavrov,), (ukraine,), "asserted", lead, "said", "2025-12-29", MOSCOW,
        cluster="c-rus-accuses-ukr-drones",
    )  # fmt: skip
    d.event(
        "e2", "ASSAULT", (ukraine,), (putin,), "claimed", lead, "drone attack", "2025-12-29", NOVGOROD,
        cluster="c-ukr-drone-attack-putin", mode="drone", confidence=0.75,
    )  # fmt: skip
    denial = "Ukrainian Foreign Minister Andrii Sybiha denied the claim"
    d.event(
        "e3", "ACCUSE", (sybiha,), (lavrov,), "asserted", denial, "denied", "2025-12-29",
        cluster="c-ukr-rejects-rus-claim",
    )  # fmt: skip
    d.event(
        "e4", "ASSAULT", (ukraine,), (putin,), "denied", denial, "claim", "2025-12-29",
        cluster="c-ukr-drone-attack-putin", mode="drone", confidence=0.7,
    )  # fmt: skip
    d.event(
        "e5", "REJECT", (russia,), (ukraine,), "future",
        "Kremlin spokesman Dmitry Peskov said Russia would toughen its negotiating position in response.",
        "toughen", None, cluster="c-rus-toughens-position", confidence=0.6,
    )  # fmt: skip
    recap = "Ukraine said Russia has given no evidence for its claim that Ukraine launched a drone attack."
    d.event(
        "e6", "ACCUSE", (ukraine,), (russia,), "asserted", recap, "said", "2025-12-29",
        cluster="c-ukr-accuses-rus-no-evidence",
    )  # fmt: skip
    d.event(
        "e7", "ASSAULT", (ukraine,), (), "claimed", recap, "drone attack", None,
        cluster="c-ukr-drone-attack-putin", mode="drone", confidence=0.6,
    )  # fmt: skip
    return d.build()


def drone_claim_repeated() -> Analysis:
    d = Draft(
        "Moscow repeats drone attack accusation",
        [
            "Russia on Tuesday repeated its accusation that Ukraine had targeted Vladimir Putin's residence with "
            "drones, and said it would hand over evidence to the United States.",
        ],
        "2025-12-30",
        source="Second Wire",
        url="https://other.example.net/world/moscow-repeats",
        origin="feed.xml",
        index=0,
    )
    russia = d.actor("a1", "Russia", "country", "RUSGOV", "Russia", label="GPE")
    ukraine = d.actor("a2", "Ukraine", "country", "UKRGOV", "Ukraine", label="GPE")
    putin = d.actor("a3", "Vladimir Putin", "person", "RUSGOV", "Vladimir Putin", role="President", label="PERSON")
    usa = d.actor("a4", "United States", "country", "USAGOV", "United States", label="GPE")
    d.timex("on Tuesday", "2025-12-30")
    sentence = d.text
    d.event(
        "e1", "ACCUSE", (russia,), (ukraine,), "asserted", sentence, "repeated its accusation", "2025-12-30",
        cluster="c-rus-repeats-accusation",
    )  # fmt: skip
    d.event(
        "e2", "ASSAULT", (ukraine,), (putin,), "claimed", sentence, "targeted", "2025-12-29", NOVGOROD,
        cluster="c-ukr-drone-attack-putin", mode="drone", confidence=0.7,
    )  # fmt: skip
    d.event(
        "e3", "COOPERATE", (russia,), (usa,), "future", sentence, "hand over evidence", None,
        cluster="c-rus-evidence-to-usa", mode="intelligence", confidence=0.6,
    )  # fmt: skip
    return d.build()


def bazaar_strike() -> Analysis:
    d = Draft(
        "Shopkeepers strike in Tehran as currency slumps",
        [
            "Shopkeepers in Tehran's Grand Bazaar went on strike on Wednesday after the rial fell to a record low, "
            "witnesses said.",
            "Riot police fired tear gas at protesters near the bazaar and arrested at least a dozen people, the Ilna "
            "news agency reported.",
            '"We cannot sell anything at these prices," said one carpet trader, who asked not to be named.',
        ],
        "2025-12-31",
        source="Gulf Monitor",
        url="https://news.example.org/2025/12/31/bazaar-strike",
        index=2,
    )
    shopkeepers = d.actor("a1", "Shopkeepers", "group", "IRNBUS", "Shopkeepers", label="NORP")
    police = d.actor("a2", "Riot police", "organization", "IRNCOP", "Riot police")
    protesters = d.actor("a3", "protesters", "group", "IRNCVL", "protesters", label="NORP")
    d.actor("a4", "Ilna", "organization", "IRNJRN", "Ilna", aliases=("Ilna news agency",))
    trader = d.actor("a5", "carpet trader", "person", "IRNBUS", "carpet trader", label="PERSON")
    d.timex("on Wednesday", "2025-12-31")
    d.place("Tehran", TEHRAN)
    d.quote("We cannot sell anything at these prices,", "one carpet trader", trader, "said", True)
    d.event(
        "e1", "PROTEST", (shopkeepers,), (), "asserted",
        "Shopkeepers in Tehran's Grand Bazaar went on strike on Wednesday after the rial fell to a record low, "
        "witnesses said.", "went on strike", "2025-12-31", TEHRAN, cluster="c-bazaar-strike", mode="strike",
        context=("economic",),
    )  # fmt: skip
    police_sentence = d.text[d.find("Riot police")[0] : d.find("reported.")[1]]
    d.event(
        "e2", "ASSAULT", (police,), (protesters,), "asserted", police_sentence, "fired tear gas", "2025-12-31",
        TEHRAN, cluster="c-tehran-tear-gas", mode="crowd-control", context=("repression",),
    )  # fmt: skip
    d.event(
        "e3", "COERCE", (police,), (protesters,), "asserted", police_sentence, "arrested", "2025-12-31", TEHRAN,
        cluster="c-tehran-arrests", mode="arrest", context=("repression",),
    )  # fmt: skip
    return d.build()


def taiwan_drills() -> Analysis:
    d = Draft(
        "China stages drills around Taiwan; US urges restraint",
        [
            "BEIJING, Nov 24 - China's military launched large-scale drills around Taiwan on Monday, deploying "
            "warships and fighter jets in what it called a stern warning to separatist forces.",
            "Taiwan's defence ministry said it had detected 32 Chinese aircraft and 14 navy ships near the island.",
            "The United States urged Beijing to show restraint. "
            '"We call on China to stop its military pressure against Taiwan," State Department spokesman Tommy '
            "Pigott said in Washington.",
        ],
        "2025-11-24",
        source="Pacific Desk",
        url="https://asia.example.com/taiwan-drills",
        index=3,
    )
    pla = d.actor("a1", "Chinese military", "organization", "CHNMIL", "China's military", aliases=("China's military",))
    taiwan = d.actor("a2", "Taiwan", "country", "TWN", ("Taiwan", 0), ("Taiwan", 2), label="GPE")
    ministry = d.actor("a3", "Taiwan defence ministry", "organization", "TWNMIL", "Taiwan's defence ministry")
    usa = d.actor("a4", "United States", "country", "USAGOV", "United States", label="GPE")
    beijing = d.actor("a5", "China", "country", "CHNGOV", "Beijing", ("China", 1), aliases=("Beijing",), label="GPE")
    pigott = d.actor(
        "a6", "Tommy Pigott", "person", "USAGOV", "Tommy Pigott", role="State Department spokesman", label="PERSON"
    )
    d.timex("Nov 24", "2025-11-24")
    d.timex("on Monday", "2025-11-24")
    d.place("BEIJING", BEIJING)
    d.place("Taiwan", TAIWAN, nth=0)
    d.place("Washington", WASHINGTON)
    d.quote("it had detected 32 Chinese aircraft and 14 navy ships near the island", "Taiwan's defence ministry",
            ministry, "said", False)  # fmt: skip
    d.quote("We call on China to stop its military pressure against Taiwan,", "Tommy Pigott", pigott, "said", True)
    lead = d.text[d.find("China's military")[0] : d.find("separatist forces.")[1]]
    d.event(
        "e1", "MOBILIZE", (pla,), (taiwan,), "asserted", lead, "launched large-scale drills", "2025-11-24", TAIWAN,
        cluster="c-pla-drills-taiwan", mode="military", context=("military", "territory"),
    )  # fmt: skip
    d.event(
        "e2", "THREATEN", (pla,), (taiwan,), "asserted", lead, "stern warning", "2025-11-24",
        cluster="c-pla-warns-taiwan", mode="violence", context=("territory",), confidence=0.65,
    )  # fmt: skip
    d.event(
        "e3", "REQUEST", (usa,), (beijing,), "asserted", "The United States urged Beijing to show restraint.",
        "urged", "2025-11-24", WASHINGTON, cluster="c-usa-urges-china", mode="yield",
    )  # fmt: skip
    return d.build()


def cairo_talks() -> Analysis:
    d = Draft(
        "Egypt hosts ceasefire talks as UN delivers aid to Gaza",
        [
            "CAIRO, Jan 5 - Egyptian mediators hosted Israeli and Hamas negotiators in Cairo on Monday for a new "
            "round of ceasefire talks, officials said.",
            "Israel agreed to allow more aid trucks into Gaza, and the United Nations said it delivered food and "
            "medicine to 40,000 families in Gaza City.",
            "Hamas said it would release four more hostages if the talks succeed.",
        ],
        "2026-01-05",
        source="Regional Desk",
        url="https://mideast.example.org/cairo-talks",
        index=4,
    )
    egypt = d.actor("a1", "Egypt", "country", "EGYGOV", "Egyptian mediators", aliases=("Egyptian mediators",))
    israel = d.actor("a2", "Israel", "country", "ISRGOV", "Israeli", "Israel", label="GPE")
    hamas = d.actor("a3", "Hamas", "group", "PSEREB", "Hamas", ("Hamas", 1))
    un = d.actor("a4", "United Nations", "organization", "IGOUNO", "United Nations")
    families = d.actor("a5", "families in Gaza City", "group", "PSECVL", "families", label="NORP")
    d.timex("Jan 5", "2026-01-05")
    d.timex("on Monday", "2026-01-05")
    d.place("CAIRO", CAIRO)
    d.place("Cairo", CAIRO)
    d.place("Gaza City", GAZA)
    d.quote("it delivered food and medicine to 40,000 families in Gaza City", "United Nations", un, "said", False)
    d.quote("it would release four more hostages if the talks succeed", "Hamas", hamas, "said", False, nth=1)
    lead = d.text[d.find("Egyptian mediators")[0] : d.find("officials said.")[1]]
    d.event(
        "e1", "CONSULT", (egypt, israel, hamas), (), "asserted", lead, "ceasefire talks", "2026-01-05", CAIRO,
        cluster="c-cairo-talks", mode="mediate", context=("diplomatic",),
    )  # fmt: skip
    aid = d.text[d.find("Israel agreed")[0] : d.find("Gaza City.")[1]]
    d.event(
        "e2", "AGREE", (israel,), (families,), "asserted", aid, "agreed", "2026-01-05",
        cluster="c-isr-allows-aid", context=("human_security",),
    )  # fmt: skip
    d.event(
        "e3", "AID", (un,), (families,), "asserted", aid, "delivered", "2026-01", GAZA,
        cluster="c-un-aid-gaza", mode="humanitarian", context=("human_security",),
    )  # fmt: skip
    d.event(
        "e4", "RETREAT", (hamas,), (israel,), "hypothetical",
        "Hamas said it would release four more hostages if the talks succeed.", "release", None,
        cluster="c-hamas-may-release", mode="release", confidence=0.6,
    )  # fmt: skip
    return d.build()


def eu_sanctions() -> Analysis:
    d = Draft(
        "EU adopts new sanctions package against Russia",
        [
            "BRUSSELS, Dec 18 - The European Union adopted its 20th package of sanctions against Russia on Thursday, "
            "targeting oil tankers of the so-called shadow fleet.",
            "Russia's foreign ministry condemned the measures as illegal and said Moscow would respond.",
            "EU foreign policy chief Kaja Kallas said the bloc would keep up pressure until Russia agrees to a "
            "ceasefire.",
        ],
        "2025-12-18",
        source="Brussels Bureau",
        url=None,
        origin="brussels-dump.txt",
        index=0,
    )
    eu = d.actor("a1", "European Union", "organization", "EUR", "European Union")
    russia = d.actor("a2", "Russia", "country", "RUSGOV", "Russia", ("Russia", 2), "Moscow", aliases=("Moscow",))
    ministry = d.actor("a3", "Russian foreign ministry", "organization", "RUSGOV", "Russia's foreign ministry")
    kallas = d.actor(
        "a4", "Kaja Kallas", "person", "EURGOV", "Kaja Kallas", role="EU foreign policy chief", label="PERSON"
    )
    d.timex("Dec 18", "2025-12-18")
    d.timex("on Thursday", "2025-12-18")
    d.place("BRUSSELS", BRUSSELS)
    d.quote("the bloc would keep up pressure until Russia agrees to a ceasefire", "Kaja Kallas", kallas, "said",
            False)  # fmt: skip
    lead = d.text[d.find("The European Union")[0] : d.find("shadow fleet.")[1]]
    d.event(
        "e1", "SANCTION", (eu,), (russia,), "asserted", lead, "adopted", "2025-12-18", BRUSSELS,
        cluster="c-eu-sanctions-20", mode="discontinue", context=("economic",), confidence=0.9,
    )  # fmt: skip
    reply = "Russia's foreign ministry condemned the measures as illegal and said Moscow would respond."
    d.event("e2", "ACCUSE", (ministry,), (eu,), "asserted", reply, "condemned", "2025-12-18",
            cluster="c-rus-condemns-eu")  # fmt: skip
    d.event("e3", "THREATEN", (russia,), (eu,), "asserted", reply, "would respond", "2025-12-18",
            cluster="c-rus-threatens-eu", confidence=0.55)  # fmt: skip
    d.event(
        "e4", "SANCTION", (kallas,), (russia,), "future",
        "EU foreign policy chief Kaja Kallas said the bloc would keep up pressure until Russia agrees to a ceasefire.",
        "keep up pressure", None, cluster="c-eu-keeps-pressure", confidence=0.5,
    )  # fmt: skip
    return d.build()


def quiet_markets() -> Analysis:
    d = Draft(
        None,
        [
            "Stock markets in Asia were little changed in thin holiday trading, with investors waiting for new "
            "economic data."
        ],
        None,
        source=None,
        origin="undated.txt",
    )
    return d.build()


def realistic_corpus() -> list[Analysis]:
    """The eight articles, in no particular order."""
    return [
        iran_canada(),
        drone_claim(),
        drone_claim_repeated(),
        bazaar_strike(),
        taiwan_drills(),
        cairo_talks(),
        eu_sanctions(),
        quiet_markets(),
    ]


XSS_TITLE = '<script>window.__xss = "title"</script>Breaking: <img src=x onerror="window.__xss = \'title-img\'">'
XSS_BODY = (
    'Officials said <img src=x onerror="window.__xss = \'body\'"> the <script>window.__xss = "body-script"</script> '
    "group attacked the convoy near the border."
)
XSS_ACTOR = "<svg onload=\"window.__xss = 'actor'\">Group"
XSS_PLACE = "<b onmouseover=\"window.__xss = 'place'\">Border</b>"


def hostile_article() -> Analysis:
    """An article whose title, body, actor name, quote, place and event all carry HTML and JavaScript."""
    d = Draft(
        XSS_TITLE,
        [XSS_BODY, f'"</p><script>window.__xss = "quote"</script>," said {XSS_ACTOR}.'],
        "2025-12-20",
        source='<i onclick="window.__xss = 1">Evil Source</i>',
        url="javascript:window.__xss='url'",
        origin="hostile.jsonl",
    )
    group = d.actor("a1", XSS_ACTOR, "group", "IRNREB", (XSS_ACTOR, 0))
    d.actor("a2", "Officials", "group", "IRNGOV", "Officials")
    d.place("border", (XSS_PLACE, "IRN", 33.0, 46.0, 1, "region"))
    d.quote('</p><script>window.__xss = "quote"</script>,', XSS_ACTOR, group, "said", True)
    d.event("e1", "ASSAULT", (group,), (), "asserted", d.text[: len(XSS_BODY)], "attacked", "2025-12-20",
            (XSS_PLACE, "IRN", 33.0, 46.0, 1, "region"), cluster="c-hostile")  # fmt: skip
    return d.build()


def save_all(db: Path | str, analyses: list[Analysis]) -> Path:
    """Store analyses in a (new or existing) SQLite database through ``Store.save``; return its path."""
    with open_store(str(db)) as store:
        for analysis in analyses:
            print_ = fingerprint(analysis.article.text)
            store.save(analysis, print_.signature, print_.bands)
    return Path(db)
