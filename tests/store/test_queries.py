"""The query layer over the hand-built corpus in SQLite and in PostgreSQL: filters, pages, aggregates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pgserver
from eventcorpus import realistic_corpus, save_all
from newsgraph.errors import InvalidParameter
from newsgraph.store import Store, open_store
from newsgraph.store.aggregates import actor_codes, actor_profile, actors_page, event_locations, stats
from newsgraph.store.filters import ActorFilter, EventFilter, QuoteFilter, check_page
from newsgraph.store.queries import EventRow, Page, articles_page, events_page, get_event, iter_events, quotes_page

IC = "Iran designates Royal Canadian Navy a terrorist organization"
DC = "Russia says Ukraine attacked Putin residence; Kyiv denies"
DR = "Moscow repeats drone attack accusation"
BZ = "Shopkeepers strike in Tehran as currency slumps"
TW = "China stages drills around Taiwan; US urges restraint"
CT = "Egypt hosts ceasefire talks as UN delivers aid to Gaza"
EU = "EU adopts new sanctions package against Russia"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The corpus in a SQLite file, then in a PostgreSQL database: the query layer speaks both."""
    if request.param == "sqlite":
        db = save_all(tmp_path_factory.mktemp("queries") / "corpus.db", realistic_corpus())
        with open_store(str(db), read_only=True) as opened:
            yield opened
        return
    with pgserver.fresh_database(request.getfixturevalue("postgres_server")) as url:
        save_all(url, realistic_corpus())
        with open_store(url, read_only=True) as opened:
            yield opened


def found(page: Page[EventRow]) -> set[tuple[str | None, str]]:
    return {(row.article.title, row.event.id) for row in page.items}


def everything(store: Store, filters: EventFilter) -> set[tuple[str | None, str]]:
    page = events_page(store, filters, 1000, 0)
    assert page.total == len(page.items)
    return found(page)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            EventFilter(actor="RUS"),
            {(DC, e) for e in ("e1", "e2", "e3", "e4", "e5", "e6")}
            | {(DR, "e1"), (DR, "e2"), (DR, "e3")}
            | {(EU, e) for e in ("e1", "e2", "e3", "e4")},
        ),
        (
            EventFilter(actor="rusgov", role="source"),
            {(DC, "e1"), (DC, "e5"), (DR, "e1"), (DR, "e3"), (EU, "e2"), (EU, "e3")},
        ),
        (EventFilter(actor="RUS", exact_code=True), set()),
        (EventFilter(actor_name="vladimir PUTIN"), {(DC, "e2"), (DC, "e4"), (DR, "e2")}),
        (EventFilter(actor_name="Analysts", exact_code=True), set()),
        (
            EventFilter(dyad_source="UKR", dyad_target="RUS"),
            {(DC, "e2"), (DC, "e3"), (DC, "e4"), (DC, "e6"), (DR, "e2")},
        ),
        (
            EventFilter(dyad_source="UKR", dyad_target="RUS", both_directions=True),
            {(DC, "e2"), (DC, "e3"), (DC, "e4"), (DC, "e6"), (DR, "e2"), (DC, "e1"), (DC, "e5"), (DR, "e1")},
        ),
        (EventFilter(dyad_source="IRN"), {(IC, "e1"), (IC, "e4"), (BZ, "e1"), (BZ, "e2"), (BZ, "e3")}),
        (EventFilter(dyad_target="PSE"), {(CT, "e2"), (CT, "e3")}),
        (EventFilter(types=("ASSAULT",)), {(DC, "e2"), (DC, "e4"), (DC, "e7"), (DR, "e2"), (BZ, "e2")}),
        (
            EventFilter(types=("assault,coerce",)),
            {(DC, "e2"), (DC, "e4"), (DC, "e7"), (DR, "e2"), (BZ, "e2"), (BZ, "e3")},
        ),
        (EventFilter(modalities=("claimed",)), {(DC, "e2"), (DC, "e7"), (DR, "e2")}),
        (EventFilter(modalities=("denied", "negated")), {(DC, "e4")}),
        (EventFilter(types=("ASSAULT",), modalities=("asserted",)), {(BZ, "e2")}),
        (
            EventFilter(since="2025-12-30"),
            {
                (IC, "e1"),
                (IC, "e3"),
                (DR, "e1"),
                (BZ, "e1"),
                (BZ, "e2"),
                (BZ, "e3"),
                (CT, "e1"),
                (CT, "e2"),
                (CT, "e3"),
            },
        ),
        (EventFilter(until="2024"), {(IC, "e2")}),
        (EventFilter(since="2026-01-15"), {(CT, "e3")}),  # dated only to January 2026: overlaps
        (EventFilter(since="2025-12-19", until="2025-12-28"), set()),
        (EventFilter(place="TEHRAN"), {(IC, "e1"), (BZ, "e1"), (BZ, "e2"), (BZ, "e3")}),
        (EventFilter(country="rus"), {(DC, "e1"), (DC, "e2"), (DR, "e2")}),
        (EventFilter(text="Putin's"), {(DC, "e1"), (DC, "e2"), (DR, "e1"), (DR, "e2"), (DR, "e3")}),
        (EventFilter(text="50%"), set()),
        (EventFilter(text="with_drones"), set()),
        (EventFilter(quad=1), {(CT, "e1"), (CT, "e2")}),
        (EventFilter(actor="IRN", country="CAN"), {(IC, "e3")}),
    ],
    ids=repr,
)
def test_event_filters_select_exactly_the_matching_events(
    store: Store, filters: EventFilter, expected: set[tuple[str, str]]
) -> None:
    assert everything(store, filters) == expected


def test_date_range_of_a_whole_month(store: Store) -> None:
    december = everything(store, EventFilter(since="2025-12", until="2025-12"))
    assert len(december) == 15
    assert (IC, "e2") not in december  # dated 2024
    assert not {key for key in december if key[0] == CT}  # January


def test_article_filter_takes_an_id_prefix(store: Store) -> None:
    taiwan = next(row.article.id for row in iter_events(store) if row.article.title == TW)
    assert everything(store, EventFilter(article=taiwan[:6])) == {(TW, "e1"), (TW, "e2"), (TW, "e3")}


def test_events_come_with_actors_and_article_resolved(store: Store) -> None:
    row = next(r for r in iter_events(store, EventFilter(actor_name="Sergei Lavrov", role="source")))
    assert [(a.name, a.code) for a in row.source_actors] == [("Sergei Lavrov", "RUSGOV")]
    assert [(a.name, a.code) for a in row.target_actors] == [("Ukraine", "UKRGOV")]
    assert row.article.title == DC and row.article.url and row.article.published == "2025-12-29"
    record = row.to_dict()
    assert record["source"] == ["a1"] and record["key"] == f"{row.article.id}/e1"
    assert get_event(store, row.article.id, "e1") == row
    assert get_event(store, row.article.id, "e99") is None


def test_events_are_listed_newest_first_with_undated_last(store: Store) -> None:
    dates = [row.event.date.value for row in iter_events(store, batch=7)]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)
    assert dates.index(None) == len(known)  # every undated event after every dated one


def test_pages_slice_the_same_listing_and_keep_the_total(store: Store) -> None:
    whole = [row.key for row in iter_events(store)]
    first, second = events_page(store, None, 10, 0), events_page(store, None, 10, 10)
    last = events_page(store, None, 10, 20)
    assert first.total == second.total == last.total == len(whole) == 28
    assert [r.key for r in (*first.items, *second.items, *last.items)] == whole
    assert (first.next_offset, last.next_offset) == (10, None)
    assert events_page(store, None, 10, 500).items == ()


@pytest.mark.parametrize(
    ("build", "parameter"),
    [
        (lambda: EventFilter(types=("BOMBING",)), "type"),
        (lambda: EventFilter(modalities=("maybe",)), "modality"),
        (lambda: EventFilter(since="2025-13"), "since"),
        (lambda: EventFilter(since="30-12-2025"), "since"),
        (lambda: EventFilter(until="2025-02-30"), "until"),
        (lambda: EventFilter(since="2025-12-31", until="2025-12-01"), "since"),
        (lambda: EventFilter(actor="R U S"), "actor"),
        (lambda: EventFilter(dyad_target="<IRN>"), "dyad_target"),
        (lambda: EventFilter(country="Iran"), "country"),
        (lambda: EventFilter(article="not-an-id"), "article"),
        (lambda: EventFilter(quad=5), "quad"),
        (lambda: EventFilter(role="victim"), "role"),  # type: ignore[arg-type]
        (lambda: EventFilter(text="x" * 201), "text"),
        (lambda: QuoteFilter(since="yesterday"), "since"),
        (lambda: ActorFilter(kind="ship"), "kind"),
        (lambda: ActorFilter(order="random"), "order"),  # type: ignore[arg-type]
        (lambda: check_page(0, 0), "limit"),
        (lambda: check_page(1001, 0), "limit"),
        (lambda: check_page(10, -1), "offset"),
    ],
)
def test_bad_parameters_are_refused_with_what_was_expected(build: Any, parameter: str) -> None:
    with pytest.raises(InvalidParameter) as caught:
        build()
    assert caught.value.parameter == parameter
    assert str(caught.value).startswith(f"{parameter}: expected ")


def test_blank_parameters_mean_no_filter() -> None:
    assert EventFilter(actor=" ", since="", place="  ", types=("",), article=" ").is_empty


def test_actors_are_aggregated_across_articles_by_name_and_code(store: Store) -> None:
    page = actors_page(store, None, 100, 0)
    by_key = {(a.name, a.code): a for a in page.items}
    russia = by_key[("Russia", "RUSGOV")]
    assert (russia.articles, russia.mentions, russia.as_source, russia.as_target) == (3, 6, 4, 3)
    assert by_key[("Vladimir Putin", "RUSGOV")].articles == 2
    assert by_key[("Analysts", None)].events == 0
    assert page.total == len(page.items) == len(by_key)
    events = [a.events for a in page.items]
    assert events == sorted(events, reverse=True)


@pytest.mark.parametrize(
    ("filters", "names"),
    [
        (ActorFilter(name="moscow"), {"Russia"}),  # an alias
        (
            ActorFilter(code="IRN", kind="organization"),
            {"Revolutionary Guards", "Iranian foreign ministry", "Riot police", "Ilna"},
        ),
        (ActorFilter(kind="person", code="UKR"), {"Andrii Sybiha"}),
        (ActorFilter(name="zzz"), set()),
    ],
)
def test_actor_filters(store: Store, filters: ActorFilter, names: set[str]) -> None:
    assert {a.name for a in actors_page(store, filters, 100, 0).items} == names


def test_actor_profile_gathers_everything_about_one_actor(store: Store) -> None:
    profile = actor_profile(store, "russia", "RUSGOV")
    assert profile is not None
    assert (profile.name, profile.articles, profile.mentions, profile.aliases) == ("Russia", 3, 6, ("Moscow",))
    assert (profile.as_source.total, profile.as_target.total) == (4, 3)
    assert all(any(a.name == "Russia" for a in r.source_actors) for r in profile.as_source.items)
    partners = {(p.name, p.code): p for p in profile.partners}
    assert (partners[("Ukraine", "UKRGOV")].outgoing, partners[("Ukraine", "UKRGOV")].incoming) == (2, 1)
    assert partners[("United States", "USAGOV")].cooperation == 1
    timeline = {p.date: p for p in profile.timeline}
    assert timeline["2025-12-18"].events == 2 and timeline["2025-12-18"].mentions == 3
    assert profile.to_dict()["events_as_source"]["total"] == 4


def test_actor_profile_of_speaker_lists_its_quotes(store: Store) -> None:
    profile = actor_profile(store, "Andrii Sybiha", "UKRGOV")
    assert profile is not None and profile.roles == (("Foreign Minister", 1),)
    assert [row.quote.text for row in profile.quotes.items] == ["another lie designed to undermine peace talks."]


def test_actor_without_a_code_has_a_profile_and_unknown_actors_have_none(store: Store) -> None:
    assert actor_profile(store, "Analysts", None) is not None
    assert actor_profile(store, "Analysts", "IRN") is None
    assert actor_profile(store, "Nobody", None) is None
    assert actor_codes(store, "russia") == ["RUSGOV"]
    assert actor_codes(store, "Analysts") == [None]


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        (QuoteFilter(), 11),
        (QuoteFilter(speaker="lavrov"), 1),
        (QuoteFilter(actor="USA"), 1),
        (QuoteFilter(direct=True), 5),
        (QuoteFilter(since="2025-12-30"), 5),
        (QuoteFilter(text="ceasefire"), 1),
        (QuoteFilter(actor_name="Kaja Kallas", actor="EURGOV", exact_code=True), 1),
    ],
)
def test_quote_filters(store: Store, filters: QuoteFilter, count: int) -> None:
    page = quotes_page(store, filters, 100, 0)
    assert page.total == len(page.items) == count


def test_quotes_come_with_speaker_actor_and_article(store: Store) -> None:
    row = quotes_page(store, QuoteFilter(speaker="Pigott"), 10, 0).items[0]
    assert row.speaker_actor is not None and row.speaker_actor.code == "USAGOV"
    assert row.article.title == TW and row.quote.direct


def test_stats_count_events_by_type_modality_date_and_dyad(store: Store) -> None:
    numbers = stats(store)
    assert numbers.counts["events"] == numbers.counts["events_matching"] == 28
    assert numbers.by_type["ACCUSE"] == 6 and numbers.by_modality["asserted"] == 19
    assert numbers.undated == 6
    assert sum(sum(q.values()) for _, q in numbers.by_date) + numbers.undated == 28
    assert dict(numbers.by_date)["2025-12-29"] == {3: 3, 4: 3}
    assert (numbers.top_dyads[0].source, numbers.top_dyads[0].target, numbers.top_dyads[0].events) == (
        "UKRGOV",
        "RUSGOV",
        5,
    )
    assert numbers.top_actors[0] == ("Ukraine", "UKRGOV", 8)


def test_stats_follow_the_event_filters(store: Store) -> None:
    claimed = stats(store, EventFilter(modalities=("claimed",)))
    assert claimed.counts["events_matching"] == 3 and claimed.by_type == {"ASSAULT": 3}
    assert claimed.counts["events"] == 28  # database counts stay whole


def test_event_locations_count_events_by_place_and_quad(store: Store) -> None:
    places = {p.name: p for p in event_locations(store)}
    assert places["Tehran"].quads == {4: 4} and places["Tehran"].lat == pytest.approx(35.6944)
    assert places["Cairo"].quads == {1: 1}
    assert [p.name for p in event_locations(store, EventFilter(types=("PROTEST",)))] == ["Tehran"]


def test_article_pages_count_search_hits(store: Store) -> None:
    assert articles_page(store, None, 3, 0).total == 8
    hits = articles_page(store, "drone", 10, 0)
    assert hits.total == 2 and {a.title for a in hits.items} == {DC, DR}
    assert articles_page(store, "zebra", 10, 0).total == 0


def test_the_query_layer_never_writes(tmp_path: Path) -> None:
    db = save_all(tmp_path / "ro.db", realistic_corpus()[:2])
    before = db.read_bytes()
    with open_store(str(db), read_only=True) as opened:
        stats(opened)
        list(iter_events(opened))
        actors_page(opened, None, 10, 0)
        actor_profile(opened, "Ukraine", "UKRGOV")
    assert db.read_bytes() == before
