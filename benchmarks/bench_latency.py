"""Query latency with a million events, in SQLite and in PostgreSQL.

Builds a database of ``--articles`` articles (texts from benchmarks/sentences.py) with
``--events-per-article`` events each (1M by default), written through the store's
own ``save``. Actors are drawn from 60 countries × 6 sectors with Zipf-like
weights (a few actors are in many events, most in few), events from 20 PLOVER
types and 6 modalities over 2024–2025. Then it times, ``--runs`` times each with
different arguments drawn the same way, and prints p50 and p95 in milliseconds:

- events by actor: the 50 latest events of an actor code prefix
  (``store.timelines.events_by_actor``);
- dyad timeline: a source/target pair's events month by month
  (``store.timelines.dyad_timeline``);
- full-text search: the 20 best articles for one or two words (``search_articles``).

PostgreSQL is the server at ``--postgres URL``, or one started for the run in a
temporary folder (as the tests do). The SQLite file is kept in benchmarks/out/ and
reused when it already holds the same number of events.

    python benchmarks/bench_latency.py --articles 50000 --events-per-article 20
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from newsgraph.model import (  # noqa: E402
    EVENT_TYPES,
    MODALITIES,
    Actor,
    Analysis,
    Article,
    Event,
    EventDate,
    Origin,
    Published,
    Span,
    TextSpan,
)
from newsgraph.model import article_id as make_id  # noqa: E402
from newsgraph.store import Store, open_store  # noqa: E402
from newsgraph.store.filters import EventFilter  # noqa: E402
from newsgraph.store.queries import articles_page, events_page  # noqa: E402
from newsgraph.store.timelines import dyad_timeline, events_by_actor  # noqa: E402
from sentences import article, sentence_pool  # noqa: E402

COUNTRIES = [
    "USA",
    "RUS",
    "UKR",
    "CHN",
    "IRN",
    "ISR",
    "PSE",
    "GBR",
    "FRA",
    "DEU",
    "TUR",
    "SYR",
    "IRQ",
    "SAU",
    "YEM",
    "LBN",
    "EGY",
    "IND",
    "PAK",
    "AFG",
    "JPN",
    "KOR",
    "PRK",
    "TWN",
    "POL",
    "BLR",
    "HUN",
    "ITA",
    "ESP",
    "CAN",
    "MEX",
    "BRA",
    "ARG",
    "VEN",
    "COL",
    "NGA",
    "ETH",
    "SDN",
    "SSD",
    "SOM",
    "KEN",
    "ZAF",
    "COD",
    "MLI",
    "NER",
    "LBY",
    "TUN",
    "DZA",
    "MAR",
    "QAT",
    "ARE",
    "JOR",
    "AZE",
    "ARM",
    "GEO",
    "KAZ",
    "MMR",
    "THA",
    "PHL",
    "IDN",
]
SECTORS = ("", "GOV", "MIL", "REB", "OPP", "CVL")
# the 16 PLOVER types and 4 older names, so 20 values spread the events as before
TYPES = [*EVENT_TYPES, "ATTACK", "SEIZE", "DISAPPROVE", "INVESTIGATE"]

FIRST_DAY = date(2024, 1, 1)


def actor_codes() -> tuple[list[str], list[float]]:
    """Every actor code, and a Zipf-like weight for each (rank r weighs 1/r)."""
    codes = [country + sector for country in COUNTRIES for sector in SECTORS]
    shuffled = random.Random(7).sample(codes, len(codes))
    return shuffled, [1.0 / rank for rank in range(1, len(shuffled) + 1)]


def synthetic_analyses(articles: int, per_article: int) -> Iterator[Analysis]:
    """Articles of real sentences carrying ``per_article`` synthetic events each."""
    pool = sentence_pool()
    codes, weights = actor_codes()
    for number in range(articles):
        rng = random.Random(number)
        record = article(number, pool)
        text = f"{record['text']}\n\n(benchmark article {number})"
        chosen = rng.choices(codes, weights, k=6)
        actors = tuple(Actor(f"a{i}", code, "country", code, code[:3]) for i, code in enumerate(dict.fromkeys(chosen)))
        events = []
        for e in range(per_article):
            source, target = rng.sample(actors, 2) if len(actors) > 1 else (actors[0], actors[0])
            when = (FIRST_DAY + timedelta(days=rng.randint(0, 730))).isoformat()
            events.append(
                Event(
                    id=f"e{e}",
                    type=rng.choice(TYPES),
                    source=(source.id,),
                    target=(target.id,),
                    modality=rng.choice(MODALITIES),
                    evidence=TextSpan(0, 10, text[:10]),
                    trigger=TextSpan(0, 5, text[:5]),
                    goldstein=round(rng.uniform(-10, 10), 1),
                    date=EventDate(when, "day"),
                    confidence=0.5,
                )
            )
        yield Analysis(
            article=Article(
                id=make_id(text),
                title=record["title"],
                text=text,
                paragraphs=(Span(0, len(text)),),
                published=Published(record["published"], "day", "metadata"),
                origin=Origin("benchmark.jsonl", number),
            ),
            actors=actors,
            events=tuple(events),
        )


def build(db: str, articles: int, per_article: int) -> None:
    """Fill an empty database, printing progress to stderr."""
    start = time.perf_counter()
    with open_store(db) as store:
        if store.stats()["events"] == articles * per_article:
            print(f"  {db}: already built", file=sys.stderr)
            return
        if store.stats()["articles"]:
            raise SystemExit(f"{db} holds another data set; delete it first")
        for number, analysis in enumerate(synthetic_analyses(articles, per_article), start=1):
            store.save(analysis, None, ())
            if number % 5000 == 0:
                print(f"  {number} articles, {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        store.execute("ANALYZE")  # fresh planner statistics, as a long-lived database has
    print(f"  built in {time.perf_counter() - start:.0f} s", file=sys.stderr)


def latencies(store: Store, runs: int) -> dict[str, list[float]]:
    """Time each query ``runs`` times with arguments drawn like the data; milliseconds."""
    rng = random.Random(11)
    codes, weights = actor_codes()
    words = sorted({w.strip(".,;:\"'()").lower() for s in sentence_pool() for w in s.split() if len(w) > 5})

    queries: dict[str, Callable[[], Any]] = {
        "events by actor": lambda: events_by_actor(store, rng.choices(codes, weights)[0][:3], 50),
        "dyad timeline": lambda: dyad_timeline(store, *[c[:3] for c in rng.choices(codes, weights, k=2)]),
        "full-text search": lambda: store.search_articles(" ".join(rng.sample(words, rng.randint(1, 2))), 20, 0),
        # the query layer the API and the exports use (store/queries.py), first page with its total
        "API events?actor=": lambda: events_page(store, EventFilter(actor=rng.choices(codes, weights)[0][:3]), 50),
        "API events?dyad=": lambda: events_page(
            store,
            EventFilter(dyad_source=rng.choices(codes, weights)[0][:3], dyad_target=rng.choices(codes, weights)[0][:3]),
            50,
        ),
        "API articles?q=": lambda: articles_page(store, " ".join(rng.sample(words, rng.randint(1, 2))), 20),
    }
    timings: dict[str, list[float]] = {}
    for name, query in queries.items():
        query()  # warm the cache once
        timings[name] = []
        for _ in range(runs):
            start = time.perf_counter()
            query()
            timings[name].append((time.perf_counter() - start) * 1000)
    return timings


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    import pgserver

    with pgserver.running_server() as server, pgserver.fresh_database(server) as fresh:
        yield fresh


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--events-per-article", type=int, default=20)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--postgres", metavar="URL", help="an empty PostgreSQL database (default: start one)")
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    total = args.articles * args.events_per_article
    print(f"{total} events in {args.articles} articles; {args.runs} runs of each query; milliseconds")
    print(f"{'backend':<10} {'query':<20} {'p50':>8} {'p95':>8}")
    (HERE / "out").mkdir(exist_ok=True)
    backends = [
        ("sqlite", nullcontext(str(HERE / "out" / f"queries-{total}.db"))),
        ("postgres", postgres(args.postgres)),
    ]
    for backend, location in backends:
        if args.only and backend != args.only:
            continue
        with location as db:
            print(f"building {backend} …", file=sys.stderr)
            build(db, args.articles, args.events_per_article)
            with open_store(db, read_only=True) as store:
                for name, values in latencies(store, args.runs).items():
                    p50 = statistics.median(values)
                    p95 = statistics.quantiles(values, n=20)[-1]
                    print(f"{backend:<10} {name:<20} {p50:>8.1f} {p95:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
