"""Wire the stages together: the only module that knows their order.

ingest (read, date, dedupe) → analyse (spaCy, extractors) → store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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
from newsgraph.settings import Settings
from newsgraph.store import FailureRecord, Store

ANALYSE_BATCH = 32  # articles analysed and stored together


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


def ingest(
    arguments: Sequence[str],
    store: Store,
    settings: Settings,
    on_article: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read, deduplicate, analyse and store every input; return the run's summary."""
    summary = RunSummary()
    run_id = store.start_run(arguments)
    analyser = Analyser(settings)
    batch = _Batch()
    try:
        for event in read_articles(arguments, settings):
            if isinstance(event, InputFailure):
                summary.failures.append(event)
            elif isinstance(event, InputRead):
                summary.inputs_read += 1
            else:
                summary.articles_found += 1
                candidate = _Pending(event, fingerprint(event.text))
                duplicate = _duplicate_of(candidate, batch, store, settings)
                if duplicate is None:
                    batch.originals.append(candidate)
                else:
                    original, kind, score = duplicate
                    batch.duplicates.append((event, original, kind, score))
                    if kind == "exact":
                        summary.exact_duplicates += 1
                    else:
                        summary.near_duplicates += 1
                if len(batch.originals) >= ANALYSE_BATCH:
                    _store_batch(batch, analyser, store, summary)
                    batch = _Batch()
                if on_article:
                    on_article(summary)
        _store_batch(batch, analyser, store, summary)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise IngestInterrupted(summary) from None
    finally:
        failures = [FailureRecord(f.where, f.reason.value, f.detail) for f in summary.failures]
        store.finish_run(run_id, summary.to_dict(), failures)
    return summary


def _duplicate_of(
    candidate: _Pending, batch: _Batch, store: Store, settings: Settings
) -> tuple[str, str, float] | None:
    """Return (original id, "exact" or "near", similarity) when the candidate is a duplicate."""
    article_id = candidate.article.id
    if store.has_article(article_id) or any(p.article.id == article_id for p in batch.originals):
        return article_id, "exact", 1.0
    bands = set(candidate.print.bands)
    others = store.near_duplicate_candidates(candidate.print.bands) + [
        (p.article.id, p.print.signature) for p in batch.originals if bands & set(p.print.bands)
    ]
    best: tuple[str, str, float] | None = None
    for other_id, signature in others:
        score = similarity(candidate.print.signature, signature)
        if score >= settings.near_duplicate_threshold and (best is None or score > best[2]):
            best = (other_id, "near", round(score, 3))
    return best


def _store_batch(batch: _Batch, analyser: Analyser, store: Store, summary: RunSummary) -> None:
    analyses = analyser.analyse([p.article for p in batch.originals])
    for item, analysis in zip(batch.originals, analyses, strict=True):
        store.save(analysis, item.print.signature, item.print.bands)
        summary.stored += 1
    for article, original, kind, score in batch.duplicates:
        store.add_origin(original, article.origin, article.source.url, kind, score)
