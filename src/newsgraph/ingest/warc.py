"""WARC and ARC web archives (warcio): one article per archived HTML page.

The archive is streamed record by record, so its size does not matter. Each
HTML ``response`` record (or ``resource`` record, as some crawlers store pages)
with a successful status is read as an HTML page; requests, metadata, redirects,
error pages and non-HTML responses (images, scripts, feeds' stylesheets) are not
articles and are passed over without being counted as failures. The record's
target URI is the article's URL when the page declares no canonical one.
``WARC-Date`` is when the page was crawled, not when it was published, so it is
never used as a publication date.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsgraph.errors import InputError, RecordError, SkipReason
from newsgraph.ingest.draft import ArticleDraft
from newsgraph.ingest.html import read_html
from newsgraph.ingest.sniff import sniff_format

_PAGE_RECORDS = ("response", "resource")
_HTML_TYPES = ("text/html", "application/xhtml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def read_warc(stream: BinaryIO, path: str, max_record_bytes: int) -> Iterator[ArticleDraft | RecordError]:
    """Yield an article per HTML page archived in a WARC or ARC stream, a RecordError per unusable one.

    Raises InputError when the stream stops being a readable archive; the pages
    before that point have been yielded.
    """
    index = 0
    for number, record in enumerate(_records(stream, path), start=1):
        page = _html_page(record)
        if page is None:
            continue
        uri, charset, typed = page
        where = f"{path}#{number}"
        try:
            body = record.content_stream().read(max_record_bytes + 1)
        except (OSError, ValueError, EOFError, zlib.error) as error:
            yield RecordError(where, SkipReason.MALFORMED, f"record for {uri}: body cannot be decoded ({error})")
            continue
        if not typed and sniff_format(body[:4096], uri or "") != "html":
            continue
        if len(body) > max_record_bytes:
            detail = f"record for {uri} is larger than {max_record_bytes:,} bytes; raise --max-document-bytes"
            yield RecordError(where, SkipReason.TOO_LARGE, detail)
            continue
        try:
            draft = read_html(body, path, index=index, url=uri, declared_charset=charset)
        except InputError as error:
            yield RecordError(where, error.reason, f"record for {uri}: {error.detail}")
            continue
        yield draft
        index += 1


def _records(stream: BinaryIO, path: str) -> Iterator[Any]:
    """Yield the archive's records; a break in the archive becomes an InputError naming where it came."""
    records = iter(ArchiveIterator(stream, arc2warc=True))
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except InputError:
            raise  # the file itself broke (a truncated gzip): already explained
        except Exception as error:
            # warcio fails in assorted ways (ArchiveLoadFailed, parser errors, even AttributeError) on broken data
            after = f" after record {number}" if number else ""
            raise InputError(
                path,
                SkipReason.MALFORMED,
                f"not a readable WARC or ARC archive{after} ({_first_line(error)}); the pages before it were read",
            ) from None
        number += 1
        yield record


def _html_page(record: Any) -> tuple[str | None, str | None, bool] | None:
    """Return (target URI, declared charset, typed as HTML) when a record may archive a successful HTML page.

    A record without a useful content type is returned untyped, to be judged by its first bytes.
    """
    if record.rec_type not in _PAGE_RECORDS:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    content_type = record.rec_headers.get_header("Content-Type") or ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif "application/http" in content_type:
        return None  # an HTTP message warcio could not parse: nothing we can read as a page
    lowered = content_type.lower()
    typed = any(kind in lowered for kind in _HTML_TYPES)
    if not typed and lowered and "text/plain" not in lowered and "octet-stream" not in lowered:
        return None
    charset = _CHARSET.search(content_type)
    return uri, charset.group(1) if charset else None, typed


def _first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]
