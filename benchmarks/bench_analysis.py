"""The analysis stage (spaCy + the actor extractor) against bare ``nlp.pipe``, same texts, same run.

Each measurement runs in a fresh process so its peak memory is its own; the model is
loaded and the lexicon compiled before the clock starts (their one-time costs are
printed apart). Texts: the bundled sample's articles and the MEANTIME news articles
under tests/data (CC BY 4.0), repeated ``--repeat`` times.

    .venv/bin/python benchmarks/bench_analysis.py [--repeat 3] [--rounds 3] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "000_dd32f5b03812fd1f.txt"
MEANTIME = ROOT / "tests" / "data" / "meantime-en"


def load_texts(repeat: int) -> list[str]:
    """The benchmark corpus: sample articles and MEANTIME documents, ``repeat`` times over."""
    from newsgraph.eval.meantime import parse_meantime
    from newsgraph.ingest.read import read_articles
    from newsgraph.model import Article
    from newsgraph.settings import Settings

    texts = [a.text for a in read_articles([str(SAMPLE)], Settings()) if isinstance(a, Article)]
    for path in sorted(MEANTIME.rglob("*.xml")):
        texts.append(parse_meantime(path.read_bytes(), path.name).text)
    return texts * repeat


def measure(stage: str, texts: list[str], batch_size: int) -> dict[str, float]:
    """Run one stage over the texts in this process; return seconds, one-time costs and peak memory."""
    from newsgraph import nlp
    from newsgraph.extract.actors import actors_in
    from newsgraph.ingest.draft import ArticleDraft
    from newsgraph.lexicon import load_lexicon
    from newsgraph.model import Published

    started = time.perf_counter()
    model = nlp.load_model()
    loaded = time.perf_counter() - started
    articles = [ArticleDraft([t], "bench").finish(Published()) for t in texts]
    warm = articles[:4]
    setup = extractor = 0.0
    if stage == "bare":
        list(model.pipe([a.text for a in warm], batch_size=batch_size))
        started, cpu = time.perf_counter(), time.process_time()
        for _ in model.pipe([a.text for a in articles], batch_size=batch_size):
            pass
    else:
        started = time.perf_counter()
        lexicon = load_lexicon()
        for document in nlp.analyse(warm, batch_size=batch_size):
            actors_in(document, lexicon)  # compiles the lexicon's matchers once
        setup = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        for document in nlp.analyse(articles, batch_size=batch_size):
            before = time.process_time()
            actors_in(document, lexicon)
            extractor += time.process_time() - before
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    return {
        "seconds": seconds,
        "cpu": cpu,
        "extractor": extractor,
        "model_load": loaded,
        "setup": setup,
        "peak_mb": peak,
    }


def _child(stage: str, texts: list[str], batch_size: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    queue.put(measure(stage, texts, batch_size))


def run_in_child(stage: str, texts: list[str], batch_size: int) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_child, args=(stage, texts, batch_size, queue))
    process.start()
    result: dict[str, float] = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="How many times the corpus is analysed (default 3).")
    parser.add_argument("--rounds", type=int, default=3, help="Alternating runs of each stage; the median counts.")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    texts = load_texts(args.repeat)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {words} words (batch size {args.batch_size}, {args.rounds} rounds)")
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "analysis": []}
    for _ in range(args.rounds):
        for stage in runs:
            runs[stage].append(run_in_child(stage, texts, args.batch_size))
    rates: dict[str, tuple[float, float]] = {}
    for stage, results in runs.items():
        seconds = statistics.median(r["seconds"] for r in results)
        cpu = statistics.median(r["cpu"] for r in results)
        rates[stage] = (words / seconds, words / cpu)
        peak = max(r["peak_mb"] for r in results)
        label = "bare nlp.pipe" if stage == "bare" else "analysis (nlp + actors)"
        print(
            f"{label:<24} {len(texts) / seconds:7.1f} articles/s {words / seconds:8.0f} words/s "
            f"(CPU: {len(texts) / cpu:7.1f} articles/s {words / cpu:8.0f} words/s)  peak {peak:5.0f} MB"
        )
    analysis = runs["analysis"]
    share = statistics.median(r["extractor"] / r["cpu"] for r in analysis)
    print(
        f"one-time costs: model load {analysis[0]['model_load']:.1f}s, "
        f"lexicon load and matcher compile {statistics.median(r['setup'] for r in analysis):.1f}s"
    )
    print(f"actor extractor share of the analysis CPU time: {share:.1%}")
    print(
        f"ratio analysis / bare: {rates['analysis'][0] / rates['bare'][0]:.2f} wall clock, "
        f"{rates['analysis'][1] / rates['bare'][1]:.2f} CPU time"
    )


if __name__ == "__main__":
    main()
