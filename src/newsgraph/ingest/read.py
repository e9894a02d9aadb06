"""Read inputs into dated Articles, accounting for every input and every failure.

``read_articles`` is the entry point of ingestion: it expands the arguments,
opens each input, picks a reader by sniffing (or by ``--format``), settles each
article's publication date, and yields Articles along with an ``InputFailure``
for anything it could not use. One bad input never stops the others, and
articles read before an input broke are still yielded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from newsgraph.errors import InputError, SkipReason, UsageError
from newsgraph.ingest.decode import decode_bytes, iter_lines
from newsgraph.ingest.draft import ArticleDraft, paragraph_spans
from newsgraph.ingest.feeds import read_feed
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_jsonl
from newsgraph.ingest.published import OwnEvidence, own_evidence, resolve_with_context
from newsgraph.ingest.sniff import FORMATS, sniff_format
from newsgraph.ingest.sources import (
    InputRef,
    OpenedInput,
    bounded_read,
    checked,
    expand_inputs,
    full_stream,
    open_input,
)
from newsgraph.ingest.textdump import TooLargeError, read_text_dump
from newsgraph.ingest.warc import read_warc
from newsgraph.model import Article, Origin, Published, article_id
from newsgraph.settings import Settings

CONTEXT_WINDOW = 64  # articles of one input held back so neighbours can date each other


@dataclass(frozen=True)
class InputFailure:
    """An input, or one record in it, that could not be used, and why."""

    where: str
    reason: SkipReason
    detail: str

    @property
    def message(self) -> str:
        return f"cannot read {self.where}: {self.detail}"


@dataclass(frozen=True)
class InputRead:
    """An input that was read to its end, with its format and article count."""

    where: str
    format: str
    articles: int


ReadEvent = Article | InputFailure | InputRead
DraftOrError = ArticleDraft | InputError


def read_articles(arguments: Iterable[str], settings: Settings, as_is: bool = False) -> Iterator[ReadEvent]:
    """Yield Articles from every input, an InputFailure per problem and an InputRead per input."""
    if settings.format is not None and settings.format not in FORMATS:
        raise UsageError(f"unknown --format {settings.format!r}; expected one of: {', '.join(FORMATS)}")
    for ref in expand_inputs(arguments):
        if isinstance(ref, InputError):
            yield _failure(ref)
            continue
        yield from _read_one(ref, settings, as_is)


def _read_one(ref: InputRef, settings: Settings, as_is: bool) -> Iterator[ReadEvent]:
    count = 0
    format_name = "text"
    try:
        with open_input(ref, settings) as opened:
            if as_is:
                format_name = "as-is"
                yield _as_is_article(opened, settings)
                count = 1
            else:
                format_name = settings.format or sniff_format(opened.head, ref.name, opened.ref.hint)
                for event in _dated_articles(_drafts(opened, format_name, settings), settings):
                    if isinstance(event, Article):
                        count += 1
                    yield event
    except InputError as error:
        yield _failure(error)
        return
    except OSError as error:
        yield InputFailure(ref.name, SkipReason.UNREADABLE, f"read failed ({error})")
        return
    except UsageError:
        raise
    except Exception as error:
        # a parser's own failure on one input (a bug in it, or in us) must not end the batch
        detail = f"the {format_name} reader failed ({type(error).__name__}: {error}); please report it with the file"
        yield InputFailure(ref.name, SkipReason.MALFORMED, detail)
        return
    if count == 0:
        yield InputFailure(ref.name, SkipReason.EMPTY, f"no article text found (read as {format_name})")
        return
    yield InputRead(ref.name, format_name, count)


def _failure(error: InputError) -> InputFailure:
    return InputFailure(error.where, error.reason, error.detail)


def _drafts(opened: OpenedInput, format_name: str, settings: Settings) -> Iterator[DraftOrError]:
    reader = _READERS.get(format_name)
    if reader is None:
        raise UsageError(f"format {format_name!r} is not supported")
    return reader(opened, settings)


def _read_text(opened: OpenedInput, settings: Settings) -> Iterator[DraftOrError]:
    lines = iter_lines(checked(opened), opened.ref.name, head=opened.head)
    try:
        yield from read_text_dump(lines, opened.ref.name, settings.max_article_chars)
    except TooLargeError as error:
        raise InputError(
            opened.ref.name,
            SkipReason.TOO_LARGE,
            f"{error.chars:,} characters with no article boundary (limit {4 * settings.max_article_chars:,}); "
            "split the file or raise --max-article-chars",
        ) from None


def _read_jsonl(opened: OpenedInput, settings: Settings) -> Iterator[DraftOrError]:
    lines = iter_lines(checked(opened), opened.ref.name, head=opened.head)
    yield from read_jsonl(lines, opened.ref.name)


def _read_html(opened: OpenedInput, settings: Settings) -> Iterator[DraftOrError]:
    yield read_html(bounded_read(opened, settings.max_document_bytes), opened.ref.name, url=opened.url)


def _read_feed(opened: OpenedInput, settings: Settings) -> Iterator[DraftOrError]:
    yield from read_feed(bounded_read(opened, settings.max_document_bytes), opened.ref.name)


def _read_warc(opened: OpenedInput, settings: Settings) -> Iterator[DraftOrError]:
    yield from read_warc(full_stream(opened), opened.ref.name, settings.max_document_bytes)


_READERS: dict[str, Callable[[OpenedInput, Settings], Iterator[DraftOrError]]] = {
    "text": _read_text,
    "html": _read_html,
    "feed": _read_feed,
    "warc": _read_warc,
    "jsonl": _read_jsonl,
}


def _dated_articles(drafts: Iterator[DraftOrError], settings: Settings) -> Iterator[Article | InputFailure]:
    """Settle dates in windows of neighbouring articles; flush the window even on failure."""
    window: list[tuple[ArticleDraft, OwnEvidence]] = []
    try:
        for item in drafts:
            if isinstance(item, InputError):
                yield _failure(item)
                continue
            if len(item.text) > settings.max_article_chars:
                yield InputFailure(
                    f"{item.path}#{item.index + 1}",
                    SkipReason.TOO_LARGE,
                    f"article of {len(item.text):,} characters (limit {settings.max_article_chars:,})",
                )
                continue
            window.append((item, own_evidence(item)))
            if len(window) >= CONTEXT_WINDOW:
                yield from _finish_window(window, settings)
                window = []
    except Exception:
        # the input broke part-way: the articles already read are still kept
        yield from _finish_window(window, settings)
        raise
    yield from _finish_window(window, settings)


def _finish_window(window: list[tuple[ArticleDraft, OwnEvidence]], settings: Settings) -> Iterator[Article]:
    neighbours = [evidence.published for _, evidence in window]
    for position, (draft, evidence) in enumerate(window):
        others = neighbours[:position] + neighbours[position + 1 :]
        yield draft.finish(resolve_with_context(evidence, others, settings.published))


def _as_is_article(opened: OpenedInput, settings: Settings) -> Article:
    """The whole input as one article, its text exactly as decoded (offsets index it)."""
    data = bounded_read(opened, settings.max_document_bytes)
    text = decode_bytes(data, opened.ref.name, normalise_newlines=False).text
    published = Published()
    if settings.published:
        published = resolve_with_context(OwnEvidence(Published(), None), [], settings.published)
    return Article(
        id=article_id(text),
        title=None,
        text=text,
        paragraphs=paragraph_spans(text),
        published=published,
        origin=Origin(opened.ref.name, 0),
    )
