"""Generated news inputs for the benchmarks: real sentences, recombined, in every input format.

The material is real: the sentences, headlines and photo captions of the bundled
sample (``examples/``) and of the ingestion test fixtures (``tests/data/ingest/``),
read with newsgraph's own readers. Each generated article takes a real headline (made
unique by a serial number), a real caption and ten real sentences drawn at
random (seeded, so runs are repeatable) and grouped into paragraphs. With well
over a hundred sentences to draw from, two articles almost never share the nine
sentences it would take to make them near-duplicates, so the benchmark measures
storing, not skipping.

Writers put the same articles in the formats newsgraph reads: a text dump laid
out like the sample (headline and captions repeated, a logo line, blank lines of
non-breaking spaces), JSON Lines, and a WARC crawl of HTML pages. Nothing is
downloaded.
"""

from __future__ import annotations

import io
import itertools
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest.captions import caption_with_credit
from newsgraph.ingest.read import read_articles
from newsgraph.model import Article
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples", ROOT / "tests" / "data" / "ingest")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[A-Z\"\u201c])")
SENTENCES_PER_ARTICLE = 10


@dataclass(frozen=True)
class Material:
    """Real sentences, headlines and captions to recombine."""

    sentences: tuple[str, ...]
    headlines: tuple[str, ...]
    captions: tuple[str, ...]


@dataclass(frozen=True)
class Generated:
    """One generated article."""

    number: int
    headline: str
    caption: str
    paragraphs: tuple[str, ...]
    published: date


def load_material(sources: Iterable[Path] = SOURCES) -> Material:
    """Read the real articles under ``sources`` and take their sentences, headlines and captions apart."""
    sentences: set[str] = set()
    headlines: set[str] = set()
    captions: set[str] = set()
    inputs = [str(path) for path in sources if path.exists()]
    for event in read_articles(inputs, Settings()):
        if not isinstance(event, Article):
            continue
        if event.title:
            headlines.add(event.title)
        captions.update(caption_with_credit(c) for c in event.captions if not c.archive)
        for span in event.paragraphs:
            for sentence in _SENTENCE.split(event.text[span.start : span.end]):
                if 8 <= len(sentence.split()) <= 60:
                    sentences.add(sentence.strip())
    return Material(tuple(sorted(sentences)), tuple(sorted(headlines)), tuple(sorted(captions)))


def generate(material: Material, count: int | None = None, seed: int = 2025) -> Iterator[Generated]:
    """Yield ``count`` articles (endlessly when None), the same ones for the same seed."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    number = 0
    while count is None or number < count:
        chosen = rng.sample(material.sentences, SENTENCES_PER_ARTICLE)
        cuts = sorted(rng.sample(range(1, SENTENCES_PER_ARTICLE), 3))
        bounds = [0, *cuts, SENTENCES_PER_ARTICLE]
        paragraphs = tuple(" ".join(chosen[a:b]) for a, b in itertools.pairwise(bounds))
        yield Generated(
            number=number,
            headline=f"{rng.choice(material.headlines)} ({number + 1})",
            caption=rng.choice(material.captions),
            paragraphs=paragraphs,
            published=start + timedelta(days=rng.randrange(730)),
        )
        number += 1


def as_dump_text(article: Generated) -> str:
    """The article as a scraped page saved as text, in the sample's layout."""
    header = (
        f"{article.headline}\n\n{article.caption}\n{article.caption}\nNG\n\n{article.headline}\n\n{article.caption}\n\n"
    )
    return header + "\n\n\u00a0\n\n".join(article.paragraphs) + "\n\n\n"


def write_text_dump(path: Path, articles: Iterable[Generated]) -> int:
    """Write articles one after another into one text dump; return how many."""
    written = 0
    with path.open("w", encoding="utf-8") as output:
        for article in articles:
            output.write(as_dump_text(article))
            written += 1
    return written


def write_dump_of_size(path: Path, material: Material, size: int, seed: int = 2025) -> int:
    """Write a text dump of at least ``size`` bytes; return how many articles it holds."""
    written = 0
    with path.open("w", encoding="utf-8") as output:
        for article in generate(material, None, seed):
            if output.tell() >= size:
                break
            output.write(as_dump_text(article))
            written += 1
    return written


def write_jsonl(path: Path, articles: Iterable[Generated]) -> int:
    """Write one JSON object per article; return how many."""
    written = 0
    with path.open("w", encoding="utf-8") as output:
        for article in articles:
            record = {
                "title": article.headline,
                "text": "\n\n".join(article.paragraphs),
                "published": article.published.isoformat(),
                "url": f"https://news.example/{article.number}",
                "source": "Generated News",
            }
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def as_html(article: Generated) -> bytes:
    """The article as a news web page, with navigation, a figure and a footer around it."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{escape(article.headline)} | Generated News</title>
<meta property="og:title" content="{escape(article.headline)}">
<meta property="og:site_name" content="Generated News">
<meta property="article:published_time" content="{article.published.isoformat()}T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{escape(article.headline)}</h1>
<figure><img src="/img/{article.number}.jpg" alt=""><figcaption>{escape(article.caption)}</figcaption></figure>
{body}
</article><footer>Subscribe to our newsletter. (c) Generated News</footer></body></html>"""
    return page.encode("utf-8")


def write_warc(path: Path, articles: Iterable[Generated]) -> int:
    """Write a gzipped WARC with a request and an HTML response per article; return how many."""
    written = 0
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        for article in articles:
            uri = f"https://news.example/{article.published:%Y/%m/%d}/{article.number}"
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=request)
            )
            body = as_html(article)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            )
            written += 1
    return written
