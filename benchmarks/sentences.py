"""A benchmark corpus of any size, made by recombining real news sentences.

The sentences come from the repository's own real texts: the example dump
(examples/*.txt, read with newsgraph's reader so captions and layout lines are
left out) and the sentences quoted in tests/data/*.gold.jsonl. Article ``n`` is
built from a random generator seeded with ``n``: 3 to 8 paragraphs of 1 to 4
sentences drawn from the pool, a title made of the first words of another
sentence, and a publication date in 2025. The same ``n`` always gives the same
article, so runs are comparable; sentences are real, so spaCy and the extractors
see the entity density and sentence lengths of news. Articles are near-duplicates
of one another only by chance (rarely: each draws about 12 of some hundreds of
sentences), and no network or data download is involved.

    python benchmarks/sentences.py 10000 > corpus.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘A-Z0-9])")


def sentence_pool() -> list[str]:
    """Every distinct real sentence of the repository's example and gold texts (8 words or more)."""
    from newsgraph.ingest.read import read_articles
    from newsgraph.model import Article
    from newsgraph.settings import Settings

    sentences: list[str] = []
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
    for item in read_articles(examples, Settings()):
        if isinstance(item, Article):
            for span in item.paragraphs:
                sentences.extend(_SENTENCE_END.split(item.text[span.start : span.end]))
    for gold in sorted((ROOT / "tests" / "data").glob("*.gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.extend(_strings_named(json.loads(line), ("sentence", "text")))
    seen: set[str] = set()
    pool = []
    for sentence in (s.strip() for s in sentences):
        if len(sentence.split()) >= 8 and sentence not in seen:
            seen.add(sentence)
            pool.append(sentence)
    return pool


def _strings_named(value: object, keys: tuple[str, ...]) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in keys and isinstance(item, str):
                yield item
            else:
                yield from _strings_named(item, keys)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_named(item, keys)


def article(number: int, pool: list[str]) -> dict[str, str]:
    """The ``number``-th article of the corpus, as a JSON Lines record newsgraph reads."""
    rng = random.Random(number)
    paragraphs = [" ".join(rng.sample(pool, rng.randint(1, 4))) for _ in range(rng.randint(3, 8))]
    title = " ".join(rng.choice(pool).split()[:9]).rstrip(",;:")
    day = rng.randint(0, 364)
    month, day_of_month = divmod(day, 28)
    return {
        "title": title,
        "published": f"2025-{1 + month % 12:02d}-{1 + day_of_month:02d}",
        "url": f"https://news.example/{number}",
        "text": "\n\n".join(paragraphs),
    }


def write_corpus(count: int, path: Path) -> Path:
    """Write ``count`` articles to ``path`` as JSON Lines (kept if it already holds them)."""
    if path.exists() and sum(1 for _ in path.open(encoding="utf-8")) == count:
        return path
    pool = sentence_pool()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps(article(number, pool), ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    pool = sentence_pool()
    for n in range(int(sys.argv[1]) if len(sys.argv) > 1 else 10):
        print(json.dumps(article(n, pool), ensure_ascii=False))
