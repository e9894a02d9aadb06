"""Plain-text dumps: split a file holding several articles, and clean each one.

Scrapers that save a page as text repeat what the page shows twice (a headline
above the photo and again above the body; a caption in the figure and again in a
lightbox) and keep stray layout lines (a logo's letters, lines of non-breaking
spaces). The rules here work from repetition, position and shape, never from a
particular site's strings:

* an article starts at a headline-shaped line that is repeated within the next
  few lines, at a separator line (``-----``, ``=====``, a form feed), or at a
  ``Title:`` header line;
* between and around the headline's copies sit the captions (long lines, kept
  once, credits separated) and logo or boilerplate lines (short, dropped);
* the body runs to the next article's start; copies of the headline or captions
  and short lines that recur across articles are dropped from it.

Lines are consumed as a stream; only the current articles are held in memory.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsgraph.dates import parse_metadata_date
from newsgraph.ingest.captions import parse_caption
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.model import Caption, Source

HEADER_WINDOW = 12  # non-blank lines within which a headline's copy must recur
CHUNK_LINES = 5_000  # lines gathered before complete articles are released
_SEPARATOR = re.compile(r"^(?:[-=*_#~]\s*){3,}$|^\f+$")
_KEY_VALUE = re.compile(
    r"^(?P<key>title|headline|url|link|source|date|published|publication date|author|byline)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# a sentence closed inside quotes ("... the northern moorings.") is a quote, perhaps a repeated pull quote
_QUOTED_SENTENCE_END = re.compile(r"[.,][\"'\u201d\u2019]+$")
_TERMINAL = (".", "!", "?", ":", ";", '"', "\u201d", "\u2019", "'", ")", "]")


@dataclass(frozen=True)
class Segment:
    """One article's lines: where its header starts and where its body starts."""

    start: int
    body: int
    end: int
    title: str | None
    captions: tuple[str, ...]
    metadata: tuple[tuple[str, str], ...] = ()


class TooLargeError(Exception):
    """A run of text with no article boundary grew beyond the size limit."""

    def __init__(self, chars: int) -> None:
        super().__init__(f"{chars} characters without an article boundary")
        self.chars = chars


def read_text_dump(lines: Iterable[str], path: str, max_article_chars: int) -> Iterator[ArticleDraft]:
    """Yield the articles of a plain-text dump, in order, streaming over its lines.

    Raises ``TooLargeError`` (after yielding everything before it) when a stretch
    of text longer than ``max_article_chars`` has no article boundary.
    """
    buffer: list[str] = []
    buffered_chars = 0
    index = 0
    for raw in lines:
        line = raw.strip()
        buffer.append(line)
        buffered_chars += len(line) + 1
        if len(buffer) < CHUNK_LINES and buffered_chars < 4 * max_article_chars:
            continue
        segments = find_segments(buffer, continuation=index > 0)
        if len(segments) < 2:
            if buffered_chars > 4 * max_article_chars:
                raise TooLargeError(buffered_chars)
            continue
        release, keep_from = segments[:-1], segments[-1].start
        recurring = _recurring_short_lines(buffer)
        for segment in release:
            draft = _draft(buffer, segment, path, index, recurring)
            if draft is not None:
                yield draft
                index += 1
        buffer = buffer[keep_from:]
        buffered_chars = sum(len(line) + 1 for line in buffer)
    if buffered_chars > max_article_chars * 4:
        raise TooLargeError(buffered_chars)
    recurring = _recurring_short_lines(buffer)
    for segment in find_segments(buffer, continuation=index > 0):
        draft = _draft(buffer, segment, path, index, recurring)
        if draft is not None:
            yield draft
            index += 1


def find_segments(lines: list[str], continuation: bool = False) -> list[Segment]:
    """Return the articles in ``lines`` (stripped lines, blank ones empty).

    ``continuation`` says the lines begin where a previous chunk cut at an
    article start, so whatever comes first is an article, however short.
    """
    if not any(lines):
        return []
    starts = _article_starts(lines)
    first = _first_content(lines)
    if not starts or (starts[0] > first and (continuation or _has_content(lines[: starts[0]]))):
        starts.insert(0, first)
    segments: list[Segment] = []
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        segments.append(_segment(lines, start, end))
    return segments


def _article_starts(lines: list[str]) -> list[int]:
    starts: list[int] = []
    covered_until = -1
    after_separator = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if _SEPARATOR.match(line):
            after_separator = True
            continue
        if i <= covered_until:
            continue
        header = _KEY_VALUE.match(line)
        if after_separator or (header and header["key"].lower() in ("title", "headline")):
            starts.append(i)
            after_separator = False
            covered_until = i
            continue
        # a header line ("Source: Reuters") recurs from article to article: it is no headline
        if not header and _is_headline_shaped(line):
            copy = _repeat_within_window(lines, i)
            if copy is not None:
                starts.append(i)
                covered_until = _header_end(lines, i, copy)
    return starts


def _header_end(lines: list[str], start: int, copy: int) -> int:
    """The last line of a header whose headline recurs at ``copy``: captions repeated after it belong to it."""
    header = set(lines[start + 1 : copy])
    end = copy
    while end + 1 < len(lines) and (not lines[end + 1] or lines[end + 1] in header):
        end += 1
    return end


def _repeat_within_window(lines: list[str], i: int) -> int | None:
    seen = 0
    for j in range(i + 1, len(lines)):
        if not lines[j]:
            continue
        if lines[j] == lines[i]:
            return j if j > i + 1 or seen else None
        seen += 1
        if seen > HEADER_WINDOW:
            return None
    return None


def _is_headline_shaped(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 250
        and not line.endswith((".", ",", ";", ":"))
        and not _QUOTED_SENTENCE_END.search(line)
        and not line[0].islower()
        and not _SEPARATOR.match(line)
    )


def _is_boilerplate_shaped(line: str) -> bool:
    """A logo's letters, a "Share" button, a lone number: short and not a sentence."""
    return len(line.split()) <= 3 and len(line) <= 24 and not line.endswith((".", "!", "?", '"', "\u201d"))


def _has_content(lines: list[str]) -> bool:
    """Whether text before the first article start is an article too, not page furniture."""
    text_lines = [line for line in lines if line and not _SEPARATOR.match(line)]
    sentences = [
        line for line in text_lines if len(line.split()) >= 8 and line.endswith((".", "!", "?", '"', "\u201d"))
    ]
    return bool(sentences) or sum(len(line.split()) for line in text_lines) >= 40


def _first_content(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line and not _SEPARATOR.match(line)), 0)


def _segment(lines: list[str], start: int, end: int) -> Segment:
    metadata: list[tuple[str, str]] = []
    i = start
    while i < end and (not lines[i] or _KEY_VALUE.match(lines[i])):
        match = _KEY_VALUE.match(lines[i])
        if match:
            metadata.append((match["key"].lower(), match["value"].strip()))
        i += 1
    if metadata:
        title = next((v for k, v in metadata if k in ("title", "headline")), None)
        return Segment(start, i, end, title, (), tuple(metadata))
    title_line = lines[start]
    copies = [j for j in range(start, min(end, start + 4 * HEADER_WINDOW)) if lines[j] == title_line]
    if len(copies) < 2:
        return _single_article_segment(lines, start, end)
    header_lines = [line for line in lines[copies[0] + 1 : copies[-1]] if line and line != title_line]
    body = copies[-1] + 1
    seen = set(header_lines)
    while body < end and (not lines[body] or lines[body] in seen or _is_boilerplate_shaped(lines[body])):
        if lines[body] and not _is_boilerplate_shaped(lines[body]):
            header_lines.append(lines[body])
        body += 1
    captions = tuple(dict.fromkeys(line for line in header_lines if not _is_boilerplate_shaped(line)))
    return Segment(start, body, end, title_line, captions)


def _single_article_segment(lines: list[str], start: int, end: int) -> Segment:
    """An article without a repeated headline: its first line is a title if shaped like one."""
    first = lines[start]
    following = [line for line in lines[start + 1 : end] if line]
    rest_words = sum(len(line.split()) for line in following)
    blank_after = start + 1 < end and not lines[start + 1]
    if _is_headline_shaped(first) and blank_after and rest_words >= 3 * len(first.split()) and following:
        return Segment(start, start + 1, end, first, ())
    return Segment(start, start, end, None, ())


def _recurring_short_lines(lines: list[str]) -> frozenset[str]:
    """Short non-sentence lines that recur in the buffer: layout, not story."""
    counts = Counter(line for line in lines if line and _is_boilerplate_shaped(line))
    return frozenset(line for line, count in counts.items() if count >= 2)


def _draft(lines: list[str], segment: Segment, path: str, index: int, recurring: frozenset[str]) -> ArticleDraft | None:
    skip = set(segment.captions) | recurring
    if segment.title:
        skip.add(segment.title)
    body_lines = [
        line if line and line not in skip and not _SEPARATOR.match(line) else ""
        for line in lines[segment.body : segment.end]
    ]
    paragraphs = join_wrapped_lines(body_lines)
    if not paragraphs:
        return None
    captions: list[Caption] = [parse_caption(line) for line in segment.captions]
    meta = dict(segment.metadata)
    parsed_date = None
    for key in ("published", "publication date", "date"):
        if key in meta:
            parsed = parse_metadata_date(meta[key])
            if parsed:
                parsed_date = parsed[0]
                break
    url = meta.get("url") or meta.get("link")
    source = Source(name=meta.get("source"), url=url) if (url or meta.get("source")) else Source()
    return ArticleDraft(
        paragraphs=paragraphs,
        path=path,
        index=index,
        title=segment.title,
        captions=captions,
        metadata_date=parsed_date,
        source=source,
    )


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: blank lines separate them; hard-wrapped lines join.

    Two adjacent lines belong to one paragraph when the first does not end a
    sentence: a line that ends with a full stop is a paragraph of its own even
    without a blank line after it, as many scrapers write them.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current and current[-1].endswith(_TERMINAL):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return [" ".join(p.split()) for p in paragraphs if p.strip()]
