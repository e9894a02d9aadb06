"""Analyse batches of articles on every core: a pool of processes, each holding one model.

The process that reads, deduplicates and writes hands batches of articles to
worker processes and gets the analyses back in the order it sent them, so that
what is stored, and in which order, does not depend on the number of workers.
At most ``2 × workers`` batches are in flight, so memory does not grow with the
input. Workers are started with ``spawn``: they import newsgraph afresh and load
the spaCy model once each, instead of inheriting the reader's memory, open
database connections or threads.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

from newsgraph.errors import NewsgraphError
from newsgraph.model import Analysis, Article

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 2


class BatchAnalyser(Protocol):
    """What a worker runs: articles in, their analyses out, in order."""

    def analyse(self, articles: Sequence[Article]) -> list[Analysis]: ...


class WorkerDiedError(NewsgraphError):
    """A worker process ended abruptly (most often killed for lack of memory)."""


# One analyser per worker process, built by the pool's initializer. A process pool
# can only reach per-process state through a module global; nothing else uses it.
_worker_analyser: BatchAnalyser | None = None


def _start_worker(make_analyser: Callable[[], BatchAnalyser]) -> None:
    global _worker_analyser
    # Ctrl-C is the main process's to handle: it stops handing out batches, lets the
    # running ones finish and records the run; a worker dying of it would break the pool
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_analyser = make_analyser()
    # an empty batch loads the model now, so a slow start is not charged to the first batch
    _worker_analyser.analyse([])


def _analyse_in_worker(articles: list[Article]) -> list[Analysis]:
    assert _worker_analyser is not None, "worker started without an analyser"
    return _worker_analyser.analyse(articles)


def analysed_batches(
    batches: Iterable[tuple[list[Article], T]],
    make_analyser: Callable[[], BatchAnalyser],
    workers: int,
) -> Iterator[tuple[list[Analysis], T]]:
    """Yield (analyses, tag) for each (articles, tag) batch, in the order the batches came.

    ``make_analyser`` must be picklable (a class, or a ``functools.partial`` of one).
    With one worker, or when the input fits in a single batch, everything runs in
    this process: starting workers only pays off from the second batch on.
    """
    iterator = iter(batches)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if workers <= 1 or second is None:
        analyser = make_analyser()
        for articles, tag in _chain(first, second, iterator):
            yield analyser.analyse(articles), tag
        return
    yield from _in_pool(_chain(first, second, iterator), make_analyser, workers)


def _chain(
    first: tuple[list[Article], T], second: tuple[list[Article], T] | None, rest: Iterator[tuple[list[Article], T]]
) -> Iterator[tuple[list[Article], T]]:
    yield first
    if second is not None:
        yield second
        yield from rest


def _in_pool(
    batches: Iterator[tuple[list[Article], T]], make_analyser: Callable[[], BatchAnalyser], workers: int
) -> Iterator[tuple[list[Analysis], T]]:
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker, initargs=(make_analyser,))
    in_flight: deque[tuple[Future[list[Analysis]], T]] = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    try:
        for articles, tag in batches:
            in_flight.append((executor.submit(_analyse_in_worker, articles), tag))
            if len(in_flight) >= limit:
                yield _oldest(in_flight)
        while in_flight:
            yield _oldest(in_flight)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _oldest(in_flight: deque[tuple[Future[list[Analysis]], T]]) -> tuple[list[Analysis], T]:
    future, tag = in_flight.popleft()
    try:
        return future.result(), tag
    except BrokenProcessPool:
        raise WorkerDiedError(
            "an analysis worker process died (most often killed for lack of memory); "
            "articles stored so far are kept: rerun with fewer --workers or a smaller batch_size"
        ) from None
