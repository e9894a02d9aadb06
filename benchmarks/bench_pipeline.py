"""End-to-end ingest speed against bare spaCy, with the same model, texts and worker count.

For each corpus size and worker count this runs, as separate processes timed from
start to exit (interpreter start, imports and model loading included in both):

- bare spaCy: read the corpus' texts from its JSON Lines, ``nlp.pipe`` them with
  newsgraph's model, batch size and ``n_process`` = workers, and throw the docs away;
- newsgraph: ``newsgraph ingest --workers W`` of the same file into a new SQLite
  database (reading, dating, deduplication, analysis, extraction, storage).

It prints articles/s and words/s of both, their ratio, and the peak resident memory
of each whole process tree (sampled every 0.1 s from /proc), of the largest worker
and of the main process. The corpus comes from benchmarks/sentences.py.

    python benchmarks/bench_pipeline.py --articles 1000 10000 --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sentences import write_corpus

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Measured:
    seconds: float
    peak_tree_mb: float
    peak_main_mb: float
    peak_child_mb: float
    returncode: int


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text(encoding="ascii", errors="replace").rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * PAGE / 2**20
    except OSError:
        return 0.0


def run_measured(command: list[str]) -> Measured:
    """Run a command; return its wall time and the peak memory of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = {"tree": 0.0, "main": 0.0, "child": 0.0}

    def sample() -> None:
        while process.poll() is None:
            tree = _children()
            descendants, frontier = [], [process.pid]
            while frontier:
                pid = frontier.pop()
                kids = tree.get(pid, [])
                descendants.extend(kids)
                frontier.extend(kids)
            main = _rss_mb(process.pid)
            children = [_rss_mb(pid) for pid in descendants]
            peaks["main"] = max(peaks["main"], main)
            peaks["child"] = max([peaks["child"], *children])
            peaks["tree"] = max(peaks["tree"], main + sum(children))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode not in (0, 1):
        sys.stderr.write(stderr.decode(errors="replace")[-2000:])
    return Measured(seconds, peaks["tree"], peaks["main"], peaks["child"], process.returncode)


def bare_spacy(corpus: str, workers: int, batch_size: int) -> None:
    """The baseline: spaCy alone over the corpus' texts (run in its own process)."""
    from newsgraph.nlp import load_model

    nlp = load_model()
    with open(corpus, encoding="utf-8") as handle:
        texts = (json.loads(line)["text"] for line in handle)
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=workers):
            pass


def corpus_words(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(len(json.loads(line)["text"].split()) for line in handle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--no-bare", action="store_true", help="skip the bare spaCy baseline")
    parser.add_argument("--bare-spacy", nargs=2, metavar=("CORPUS", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_spacy:
        bare_spacy(args.bare_spacy[0], int(args.bare_spacy[1]), args.batch_size)
        return
    python = sys.executable
    newsgraph = str(Path(python).with_name("newsgraph"))
    print(
        f"{'articles':>8} {'workers':>7} | {'spaCy art/s':>11} {'words/s':>8} {'tree MB':>8} | "
        f"{'newsgraph art/s':>15} {'words/s':>8} {'tree MB':>8} {'main MB':>8} {'worker MB':>9} | {'ratio':>5}",
        flush=True,
    )
    for count in args.articles:
        corpus = write_corpus(count, OUT / f"corpus-{count}.jsonl")
        words = corpus_words(corpus)
        for workers in args.workers:
            bare = None
            if not args.no_bare:
                command = [python, __file__, "--batch-size", str(args.batch_size), "--bare-spacy", str(corpus)]
                bare = run_measured([*command, str(workers)])
            db = OUT / f"bench-{count}-{workers}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            env_batch = ["env", f"NEWSGRAPH_BATCH_SIZE={args.batch_size}"]
            ours = run_measured(
                [*env_batch, newsgraph, "--db", str(db), "ingest", "--workers", str(workers), str(corpus)]
            )
            worker_mb = ours.peak_child_mb if workers > 1 else ours.peak_main_mb
            bare_part = (
                f"{count / bare.seconds:>11.1f} {words / bare.seconds:>8.0f} {bare.peak_tree_mb:>8.0f}"
                if bare
                else f"{'-':>11} {'-':>8} {'-':>8}"
            )
            ratio = f"{bare.seconds / ours.seconds:>5.2f}" if bare else f"{'-':>5}"
            print(
                f"{count:>8} {workers:>7} | {bare_part} | {count / ours.seconds:>15.1f} {words / ours.seconds:>8.0f} "
                f"{ours.peak_tree_mb:>8.0f} {ours.peak_main_mb:>8.0f} {worker_mb:>9.0f} | {ratio}",
                flush=True,
            )


if __name__ == "__main__":
    main()
