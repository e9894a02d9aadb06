"""Wire the stages together: the only module that knows their order.

ingest (read, date, dedupe) → analyse (spaCy, extractors) → store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from newsgraph import nlp
from newsgraph.extract.actors import actors_in
from newsgraph.extract.events import events_in
from newsgraph.extract.places import places_in
from newsgraph.extract.quotes import quotes_in
from newsgraph.extract.timexes import timexes_in
from newsgraph.gazetteer import load_gazetteer
from newsgraph.ingest.dedupe import Fingerprint, fingerprint, similarity
from newsgraph.ingest.read import InputFailure, InputRead, read_articles
from newsgraph.lexicon import load_lexicon
from newsgraph.lexicon.speech import load_speech_cues
from newsgraph.model import Analysis, Article
from newsgraph.parallel import analysed_batches
from newsgraph.settings import Settings
from newsgraph.store import FailureRecord, Store

ANALYSE_BATCH = 32  # articles `extract` analyses together


@dataclass
class RunSummary:
    """What an ingest run did with every input: read, stored, duplicate or failed."""

    inputs_read: int = 0
    articles_found: int = 0
    stored: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    interrupted: bool = False

    @property
    def failed_by_reason(self) -> Counter[str]:
        return Counter(f.reason.value for f in self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs_read": self.inputs_read,
            "inputs_failed": len({f.where.split("#")[0] for f in self.failures}),
            "articles_found": self.articles_found,
            "stored": self.stored,
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "failed": dict(self.failed_by_reason),
            "interrupted": self.interrupted,
        }


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped an ingest run; ``summary`` says what was stored before it.

    Every article is stored in its own transaction, so what was stored is whole
    and re-running the same command completes the job.
    """

    def __init__(self, summary: RunSummary) -> None:
        super().__init__()
        self.summary = summary


class Analyser:
    """Runs the analysis stages over batches of articles; build one per process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lexicon = load_lexicon(settings.lexicon)  # once: the extractors share it
        self.gazetteer = load_gazetteer()
        self.speech_cues = load_speech_cues(settings.lexicon)

    def analyse(self, articles: Sequence[Article]) -> list[Analysis]:
        """Return the analysis of each article, in order."""
        documents = nlp.analyse(articles, self.settings.model, self.settings.batch_size)
        return [self.extract(document) for document in documents]

    def extract(self, document: nlp.Document) -> Analysis:
        """Run the extractors over one analysed article, in dependency order:
        actors, then timexes and places, then quotes, then events."""
        actors = actors_in(document, self.lexicon)
        timexes = timexes_in(document)
        # actor mentions labelled METONYM ("Beijing insists") are governments, not places
        places = places_in(document, self.gazetteer, mentions=actors.mentions)
        quotes = quotes_in(document, actors.actors, actors.mentions, cues=self.speech_cues)
        events = events_in(document, actors.actors, actors.mentions, timexes, places)
        return Analysis(
            article=document.article,
            actors=actors.actors + events.actors,
            mentions=tuple(sorted(actors.mentions + events.mentions, key=lambda m: (m.start, m.end))),
            timexes=tuple(timexes),
            places=tuple(places),
            quotes=tuple(quotes),
            events=events.events,
        )


def extract(arguments: Iterable[str], settings: Settings, as_is: bool = False) -> Iterator[Analysis | InputFailure]:
    """Analyse inputs without a database; yield analyses and failures as they come."""
    analyser = Analyser(settings)
    batch: list[Article] = []
    for event in read_articles(arguments, settings, as_is=as_is):
        if isinstance(event, Article):
            batch.append(event)
            if len(batch) >= ANALYSE_BATCH:
                yield from analyser.analyse(batch)
                batch = []
        elif isinstance(event, InputFailure):
            yield event
    if batch:
        yield from analyser.analyse(batch)


@dataclass
class _Pending:
    article: Article
    print: Fingerprint


@dataclass
class _Batch:
    """Articles waiting to be analysed and stored, and the duplicates that point at them."""

    originals: list[_Pending] = field(default_factory=list)
    duplicates: list[tuple[Article, str, str, float]] = field(default_factory=list)


class _InFlight:
    """Originals read but not stored yet (being analysed), so later copies are known duplicates."""

    def __init__(self) -> None:
        self.prints: dict[str, Fingerprint] = {}
        self.by_band: dict[tuple[int, int], set[str]] = {}

    def add(self, item: _Pending) -> None:
        self.prints[item.article.id] = item.print
        for band in enumerate(item.print.bands):
            self.by_band.setdefault(band, set()).add(item.article.id)

    def forget(self, item: _Pending) -> None:
        self.prints.pop(item.article.id, None)
        for band in enumerate(item.print.bands):
            ids = self.by_band.get(band)
            if ids is not None:
                ids.discard(item.article.id)
                if not ids:
                    del self.by_band[band]

    def candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """(id, signature) of the in-flight articles that share a band with ``bands``."""
        found = sorted({i for band in enumerate(bands) for i in self.by_band.get(band, ())})
        return [(i, self.prints[i].signature) for i in found]


def ingest(
    arguments: Sequence[str],
    store: Store,
    settings: Settings,
    on_article: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read, deduplicate, analyse and store every input; return the run's summary.

    This process reads, deduplicates and writes; analysis runs on
    ``settings.worker_count`` processes, a batch of ``settings.batch_size``
    articles at a time.
    """
    summary = RunSummary()
    run_id = store.start_run(arguments)
    in_flight = _InFlight()
    try:
        batches = _batches(arguments, store, settings, summary, in_flight, on_article)
        tagged = (([p.article for p in batch.originals], batch) for batch in batches)
        for analyses, batch in analysed_batches(tagged, partial(Analyser, settings), settings.worker_count):
            _store_batch(batch, analyses, store, summary)
            for item in batch.originals:
                in_flight.forget(item)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise IngestInterrupted(summary) from None
    finally:
        failures = [FailureRecord(f.where, f.reason.value, f.detail) for f in summary.failures]
        store.finish_run(run_id, summary.to_dict(), failures)
    return summary


def _batches(
    arguments: Sequence[str],
    store: Store,
    settings: Settings,
    summary: RunSummary,
    in_flight: _InFlight,
    on_article: Callable[[RunSummary], None] | None,
) -> Iterator[_Batch]:
    """Read and deduplicate the inputs; yield batches of originals with the duplicates seen meanwhile."""
    batch = _Batch()
    size = max(1, settings.batch_size)
    for event in read_articles(arguments, settings):
        if isinstance(event, InputFailure):
            summary.failures.append(event)
        elif isinstance(event, InputRead):
            summary.inputs_read += 1
        else:
            summary.articles_found += 1
            candidate = _Pending(event, fingerprint(event.text))
            duplicate = _duplicate_of(candidate, in_flight, store, settings)
            if duplicate is None:
                batch.originals.append(candidate)
                in_flight.add(candidate)
            else:
                original, kind, score = duplicate
                batch.duplicates.append((event, original, kind, score))
                if kind == "exact":
                    summary.exact_duplicates += 1
                else:
                    summary.near_duplicates += 1
            if len(batch.originals) >= size:
                yield batch
                batch = _Batch()
            if on_article:
                on_article(summary)
    if batch.originals or batch.duplicates:
        yield batch


def _duplicate_of(
    candidate: _Pending, in_flight: _InFlight, store: Store, settings: Settings
) -> tuple[str, str, float] | None:
    """Return (original id, "exact" or "near", similarity) when the candidate is a duplicate."""
    article_id = candidate.article.id
    if article_id in in_flight.prints or store.has_article(article_id):
        return article_id, "exact", 1.0
    others = store.near_duplicate_candidates(candidate.print.bands) + in_flight.candidates(candidate.print.bands)
    best: tuple[float, str] | None = None
    for other_id, signature in others:
        score = similarity(candidate.print.signature, signature)
        # ties go to the smallest id, so the choice does not depend on which originals are stored yet
        if score >= settings.near_duplicate_threshold and (best is None or (-score, other_id) < (-best[0], best[1])):
            best = (score, other_id)
    return (best[1], "near", round(best[0], 3)) if best else None


def _store_batch(batch: _Batch, analyses: list[Analysis], store: Store, summary: RunSummary) -> None:
    for item, analysis in zip(batch.originals, analyses, strict=True):
        store.save(analysis, item.print.signature, item.print.bands)
        summary.stored += 1
    for article, original, kind, score in batch.duplicates:
        store.add_origin(original, article.origin, article.source.url, kind, score)


def store_analysed(
    analysed: Iterable[tuple[Analysis, Fingerprint]], store: Store, settings: Settings, summary: RunSummary
) -> None:
    """Store analyses made elsewhere (Ray actors, a Parquet folder), deduplicating as ``ingest`` does.

    Storing is idempotent: an article already stored only gains the origin, if it is new.
    """
    nothing_in_flight = _InFlight()
    for analysis, print_ in analysed:
        summary.articles_found += 1
        article = analysis.article
        duplicate = _duplicate_of(_Pending(article, print_), nothing_in_flight, store, settings)
        if duplicate is None:
            store.save(analysis, print_.signature, print_.bands)
            summary.stored += 1
            continue
        original, kind, score = duplicate
        store.add_origin(original, article.origin, article.source.url, kind, score)
        if kind == "exact":
            summary.exact_duplicates += 1
        else:
            summary.near_duplicates += 1
