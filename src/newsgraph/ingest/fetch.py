"""Fetch a page or feed over HTTP(S): with a timeout, a size cap and an honest user agent."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from newsgraph.errors import InputError, SkipReason
from newsgraph.settings import Settings

_TYPE_FORMATS = (
    ("rss", "feed"),
    ("atom", "feed"),
    ("application/xml", None),
    ("text/xml", None),
    ("html", "html"),
    ("json", "jsonl"),
    ("warc", "warc"),
    ("text/plain", "text"),
)


@dataclass(frozen=True)
class Fetched:
    """A fetched body with the final URL (after redirects) and a format hint."""

    url: str
    body: bytes
    format_hint: str | None


def fetch_url(url: str, settings: Settings) -> Fetched:
    """Download ``url``; every failure becomes an InputError naming the URL and the cause."""
    headers = {"User-Agent": settings.user_agent, "Accept": "*/*"}
    try:
        with (
            httpx.Client(
                timeout=settings.fetch_timeout, follow_redirects=True, max_redirects=5, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(url, SkipReason.UNREADABLE, f"the server answered HTTP {response.status_code}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.fetch_max_bytes:
                raise _too_large(url, settings)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > settings.fetch_max_bytes:
                    raise _too_large(url, settings)
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "").lower()
            return Fetched(str(response.url), b"".join(chunks), _format_from_type(content_type))
    except httpx.TimeoutException:
        raise InputError(
            url, SkipReason.UNREADABLE, f"no answer within {settings.fetch_timeout:g} s; raise --fetch-timeout"
        ) from None
    except httpx.HTTPError as error:
        raise InputError(url, SkipReason.UNREADABLE, f"fetch failed ({type(error).__name__}: {error})") from None


def _too_large(url: str, settings: Settings) -> InputError:
    return InputError(
        url, SkipReason.TOO_LARGE, f"larger than {settings.fetch_max_bytes:,} bytes; raise --fetch-max-bytes"
    )


def _format_from_type(content_type: str) -> str | None:
    for fragment, format_name in _TYPE_FORMATS:
        if fragment in content_type:
            return format_name
    return None
