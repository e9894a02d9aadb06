"""Time the query layer, the exports and the API on a larger database: prints figures, asserts nothing.

The hand-built test corpus (tests/eventcorpus.py, 8 articles, 28 events) is copied
COPIES times under new article ids and cluster ids into a fresh SQLite file, then
each listing is timed (best of three runs).

    .venv/bin/python benchmarks/bench_queries.py [COPIES]
"""

from __future__ import annotations

import dataclasses
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from eventcorpus import realistic_corpus
from newsgraph.export import write_events
from newsgraph.store import Store, open_store
from newsgraph.store.aggregates import actor_profile, actors_page, event_locations, stats
from newsgraph.store.filters import EventFilter
from newsgraph.store.queries import articles_page, events_page, iter_events, quotes_page


def build(db: Path, copies: int) -> None:
    corpus = realistic_corpus()
    with open_store(str(db)) as store:
        for copy in range(copies):
            for analysis in corpus:
                article = dataclasses.replace(analysis.article, id=f"{analysis.article.id[:8]}{copy:08x}")
                events = tuple(dataclasses.replace(e, cluster=f"{e.cluster}-{copy}") for e in analysis.events)
                store.save(dataclasses.replace(analysis, article=article, events=events), None, ())


def timed(label: str, run: Callable[[], object]) -> None:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<52} {best * 1000:9.1f} ms")


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        start = time.perf_counter()
        build(db, copies)
        with open_store(str(db), read_only=True) as store:
            counts = store.stats()
            print(
                f"{counts['articles']} articles, {counts['events']} events, {counts['actors']} actor rows "
                f"(built in {time.perf_counter() - start:.1f} s)"
            )
            report(store)


def report(store: Store) -> None:
    timed("events, first page of 50", lambda: events_page(store, None, 50, 0))
    timed("events, page at offset 5000", lambda: events_page(store, None, 50, 5000))
    timed("events ?actor=RUS", lambda: events_page(store, EventFilter(actor="RUS"), 50, 0))
    timed(
        "events ?dyad UKR -> RUS", lambda: events_page(store, EventFilter(dyad_source="UKR", dyad_target="RUS"), 50, 0)
    )
    timed(
        "events ?since=2025-12&until=2025-12",
        lambda: events_page(store, EventFilter(since="2025-12", until="2025-12"), 50, 0),
    )
    timed("events ?text=drone", lambda: events_page(store, EventFilter(text="drone"), 50, 0))
    timed(
        "events ?country=RUS&type=ASSAULT",
        lambda: events_page(store, EventFilter(country="RUS", types=("ASSAULT",)), 50, 0),
    )
    timed("articles, full-text search 'drone'", lambda: articles_page(store, "drone", 50, 0))
    timed("quotes, first page", lambda: quotes_page(store, None, 50, 0))
    timed("actors aggregated, first page", lambda: actors_page(store, None, 50, 0))
    timed("actor profile Russia (RUSGOV)", lambda: actor_profile(store, "Russia", "RUSGOV"))
    timed("stats (dashboard)", lambda: stats(store))
    timed("event locations (map)", lambda: event_locations(store))
    for format_ in ("jsonl", "gdelt", "plover", "parquet"):
        timed(f"export {format_}, every event", lambda f=format_: write_events(iter_events(store), f, io.BytesIO()))


if __name__ == "__main__":
    main()
