"""HTML pages: the article body and metadata by trafilatura, the date by htmldate.

trafilatura finds the main text (dropping navigation, cookie banners, related
links and footers) and the page's title, site name and canonical URL; it runs
htmldate for the date, told to prefer the original publication date over the
last update and to read only the markup (meta tags, structured data, ``<time>``
elements, the URL), not guess from free text. A date the page declares only as
its modification date is not taken as the publication date. Figure captions,
which trafilatura drops with the images, are read from the markup.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import lxml.html
import trafilatura

from newsgraph.dates import parse_metadata_date
from newsgraph.errors import InputError, SkipReason
from newsgraph.ingest.draft import ArticleDraft, clean_paragraphs
from newsgraph.ingest.htmltext import decode_markup, figure_captions, xml_safe
from newsgraph.model import Caption, Source

_MODIFIED_KEY = re.compile(r"modif|updat|revis|last-?changed", re.IGNORECASE)
_PUBLISHED_KEY = re.compile(r"publi|pubdate|creat|issued|release|^date$|dc\.date|datetime", re.IGNORECASE)
_DATE_KEYS_JSON = re.compile(r"^date(?:Published|Created|Modified)$|^uploadDate$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?:\s|$)")
_MIN_SENTENCE_WORDS = 6
_MIN_ARTICLE_WORDS = 40


def read_html(
    data: bytes, where: str, index: int = 0, url: str | None = None, declared_charset: str | None = None
) -> ArticleDraft:
    """Return the article of one HTML page; raise InputError(EMPTY) when it has no article text.

    ``where`` names the page in messages and as the article's origin path;
    ``url`` is where it was fetched or archived from, used when the page
    declares no canonical URL.
    """
    text = decode_markup(data, where, declared_charset)
    tree = trafilatura.load_html(xml_safe(text))
    if tree is None:
        detail = "not an HTML page lxml can parse; pass --format text if it is plain text"
        raise InputError(where, SkipReason.MALFORMED, detail)
    captions = figure_captions(tree)
    published, modified = declared_dates(tree)
    extracted = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=True,
        date_extraction_params={"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()},
    )
    body = getattr(extracted, "text", None) or ""
    title = (getattr(extracted, "title", None) or "").strip() or None
    paragraphs = _body_paragraphs(body, title, captions)
    if not _reads_as_article(paragraphs):
        raise InputError(
            where,
            SkipReason.EMPTY,
            "no article text in the HTML page (no main content found: a front page, an index or a script-only page?)",
        )
    found_date = getattr(extracted, "date", None)
    if found_date and found_date in modified and found_date not in published:
        found_date = None  # the page only says when it was last changed
    return ArticleDraft(
        paragraphs=paragraphs,
        path=where,
        index=index,
        title=title,
        captions=captions,
        metadata_date=found_date,
        source=Source(getattr(extracted, "sitename", None) or None, getattr(extracted, "url", None) or url),
    )


def _body_paragraphs(body: str, title: str | None, captions: list[Caption]) -> list[str]:
    """Split trafilatura's text into paragraphs, without the headline or caption copies."""
    paragraphs = clean_paragraphs(body.split("\n"))
    if paragraphs and title and _fold(paragraphs[0]) == _fold(title):
        paragraphs = paragraphs[1:]
    caption_texts = {_fold(c.text) for c in captions}
    return [p for p in paragraphs if not any(_fold(p).startswith(c) for c in caption_texts if c)]


def _reads_as_article(paragraphs: list[str]) -> bool:
    """Whether extracted text is prose, not the menu or link list trafilatura falls back to."""
    sentences = [p for p in paragraphs if len(p.split()) >= _MIN_SENTENCE_WORDS and _SENTENCE_END.search(p)]
    return bool(sentences) or sum(len(p.split()) for p in paragraphs) >= _MIN_ARTICLE_WORDS


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def declared_dates(tree: lxml.html.HtmlElement) -> tuple[set[str], set[str]]:
    """Return the days a page declares as (published, modified) in meta tags and JSON-LD."""
    published: set[str] = set()
    modified: set[str] = set()
    for meta in tree.iter("meta"):
        key = " ".join(filter(None, (meta.get(k) for k in ("property", "name", "itemprop", "http-equiv"))))
        _file_date(key, meta.get("content") or "", published, modified)
    for element in tree.iter("time"):
        key = f"{element.get('itemprop', '')} {element.get('class', '')}".strip() or "datetime"
        _file_date(key, element.get("datetime") or "", published, modified)
    for script in tree.xpath("//script[@type='application/ld+json']"):
        for key, value in _json_dates(script.text or ""):
            _file_date(key, value, published, modified)
    return published, modified


def _file_date(key: str, value: str, published: set[str], modified: set[str]) -> None:
    if not key or not value:
        return
    parsed = parse_metadata_date(value)
    if parsed is None or parsed[1] != "day":
        return
    if _MODIFIED_KEY.search(key):
        modified.add(parsed[0])
    elif _PUBLISHED_KEY.search(key):
        published.add(parsed[0])


def _json_dates(script: str) -> list[tuple[str, str]]:
    try:
        data = json.loads(script)
    except ValueError:
        return []
    found: list[tuple[str, str]] = []
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if isinstance(value, str) and _DATE_KEYS_JSON.match(key):
                    found.append((key, value))
                elif isinstance(value, dict | list):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return found
