"""The Ray engine: the pipeline on a Ray cluster (or a Ray started here), with Ray Data.

Files are read by Ray tasks and analysed by a pool of Ray actors, each holding
one Analyser (one spaCy model, loaded once); results stream back to this
process, which deduplicates and writes them to the database (PostgreSQL when
several machines share it) or writes them to partitioned Parquet for
``newsgraph load``. Only this process writes, as with the local engine. Inputs
must be files or folders that every node can see at the same path (a shared
file system); they are recorded by their absolute path.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.errors import NewsgraphError, UsageError
from newsgraph.ingest.dedupe import Fingerprint, fingerprint
from newsgraph.ingest.read import InputFailure, InputRead, read_articles
from newsgraph.ingest.sources import expand_inputs
from newsgraph.model import Analysis, Article
from newsgraph.parquet import ParquetWriter
from newsgraph.pipeline import Analyser, RunSummary, store_analysed
from newsgraph.settings import Settings
from newsgraph.store import FailureRecord, Store

# Reading is light next to analysis. Asking no CPU for it lets it run beside analysers
# that hold every core (with a CPU each, reads would wait for cores the actors never free).
READ_CPUS = 0
BLOCK_BYTES = 1 << 16  # blocks of a few dozen articles, so that one large input spreads over every actor
RESULT_BATCH = 64


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray; install it with `pip install 'newsgraph[ray]'`") from None
    return ray


def ingest_with_ray(
    arguments: list[str],
    settings: Settings,
    address: str | None = None,
    store: Store | None = None,
    output: str | None = None,
) -> RunSummary:
    """Read, analyse (on Ray actors) and store or export every input; return the run's summary."""
    if (store is None) == (output is None):
        raise UsageError("the Ray engine writes either to a database or to a Parquet --output folder, not both")
    summary = RunSummary()
    files: list[str] = []
    for ref in expand_inputs(arguments):
        if isinstance(ref, Exception):
            summary.failures.append(InputFailure(ref.where, ref.reason, ref.detail))
        elif ref.kind != "file":
            raise UsageError(
                f"--engine ray reads files and folders every Ray node can see; {ref.name!r} is not one: "
                "ingest it without --engine ray"
            )
        else:
            files.append(str(Path(ref.name).resolve()))
    writer = ParquetWriter(output) if output is not None else None
    run_id = store.start_run(["--engine", "ray", *arguments]) if store is not None else None
    try:
        if files:
            results = _analysed_on_ray(files, settings, address, summary)
            if store is not None:
                store_analysed(results, store, settings, summary)
            elif writer is not None:
                for analysis, print_ in results:
                    summary.articles_found += 1
                    writer.add(analysis, print_)
                    summary.stored += 1
    finally:
        if writer is not None:
            writer.close()
        if store is not None and run_id is not None:
            failures = [FailureRecord(f.where, f.reason.value, f.detail) for f in summary.failures]
            store.finish_run(run_id, summary.to_dict(), failures)
    return summary


def _analysed_on_ray(
    files: list[str], settings: Settings, address: str | None, summary: RunSummary
) -> Iterator[tuple[Analysis, Fingerprint]]:
    """Yield (analysis, fingerprint) of every article as Ray actors finish them; count reads and failures."""
    ray = _ray()
    started = _connect(ray, address, settings)
    try:
        context = ray.data.DataContext.get_current()
        context.target_max_block_size = BLOCK_BYTES
        context.enable_progress_bars = False
        # results in input order: the same articles win deduplication as with the local engine
        context.execution_options.preserve_order = True
        actors = settings.workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        dataset = (
            ray.data.from_items([{"path": path} for path in files], override_num_blocks=len(files))
            .flat_map(_read_file, fn_kwargs={"settings": settings}, num_cpus=READ_CPUS)
            .map_batches(
                AnalyseOnActor,
                fn_constructor_args=(settings,),
                batch_size=settings.batch_size,
                batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=actors),
                num_cpus=1,
            )
        )
        for batch in dataset.iter_batches(batch_size=RESULT_BATCH, batch_format="numpy"):
            for kind, payload in zip(batch["kind"], batch["payload"], strict=True):
                item = pickle.loads(payload)
                if kind == "article":
                    yield item
                elif kind == "failure":
                    summary.failures.append(item)
                else:
                    summary.inputs_read += 1
    except ray.exceptions.RayError as error:
        raise NewsgraphError(f"the Ray job failed: {str(error).strip().splitlines()[-1]}") from None
    finally:
        if started:
            ray.shutdown()


def _connect(ray: Any, address: str | None, settings: Settings) -> bool:
    """Join the cluster at ``address``, or start Ray on this machine; True if this call started it."""
    if ray.is_initialized():
        return False
    logging.getLogger("ray").setLevel(logging.WARNING)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    options: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING, "log_to_driver": False}
    try:
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=settings.workers or None, **options)
    except (ConnectionError, RuntimeError, ValueError) as error:
        where = address or "this machine"
        raise NewsgraphError(
            f"cannot start or join Ray at {where}: {error}; for a cluster, run `ray start --head` there first"
        ) from None
    return True


def _read_file(row: dict[str, Any], settings: Settings) -> Iterator[dict[str, Any]]:
    """Read one input file into rows: an article each, a failure each, and a row saying it was read."""
    for event in read_articles([row["path"]], settings):
        if isinstance(event, Article):
            kind = "article"
        elif isinstance(event, InputFailure):
            kind = "failure"
        else:
            assert isinstance(event, InputRead)
            kind = "read"
        yield {"kind": kind, "payload": pickle.dumps(event)}


class AnalyseOnActor:
    """A Ray actor's work: one Analyser, built (and its model loaded) once per actor."""

    def __init__(self, settings: Settings) -> None:
        self.analyser = Analyser(settings)
        self.analyser.analyse([])

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        kinds = [str(kind) for kind in batch["kind"]]
        payloads = list(batch["payload"])
        articles = [pickle.loads(p) for k, p in zip(kinds, payloads, strict=True) if k == "article"]
        analyses = iter(self.analyser.analyse(articles))
        out = []
        for kind, payload in zip(kinds, payloads, strict=True):
            if kind == "article":
                analysis = next(analyses)
                out.append(pickle.dumps((analysis, fingerprint(analysis.article.text))))
            else:
                out.append(payload)
        return {"kind": np.array(kinds, dtype=object), "payload": np.array(out, dtype=object)}
