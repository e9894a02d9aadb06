"""HTML as text: decode markup, turn fragments into paragraphs, and keep figure captions.

Shared by the readers of web pages, feeds and archives. Main-content extraction
of whole pages is trafilatura's job (``ingest/html.py``); this module handles
what it leaves out (figure captions, which trafilatura drops with the images) and
the small HTML fragments of feed items, which are too short for its heuristics.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

import lxml.etree
import lxml.html

from newsgraph.errors import InputError, SkipReason
from newsgraph.ingest.captions import parse_caption
from newsgraph.ingest.decode import SNIFF_BYTES, decode_bytes, detect_encoding
from newsgraph.ingest.draft import clean_paragraphs
from newsgraph.model import Caption

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CREDIT_MARK = re.compile(r"credit|copyright|byline|photographer|author|source|attribution", re.IGNORECASE)
_CREDIT_TAGS = frozenset({"cite", "small"})
_CREDIT_LABEL = re.compile(r"^(?:(?:photo(?:graph)?|picture|image|credit)s?\s*(?:by|:)|\u00a9)\s*", re.IGNORECASE)
_CAPTION_XPATH = "//figcaption | //*[@itemprop='caption'] | //*[@itemprop='description' and ancestor::figure]"
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
    }
)
_NOT_TEXT_TAGS = ("script", "style", "noscript", "template", "figure", "iframe", "object")
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PARAGRAPH_GAP = re.compile(r"\n[ \t\u00a0]*\n")


def decode_markup(data: bytes, where: str, declared: str | None = None) -> str:
    """Return the text of an HTML or XML document, honouring a declared charset.

    UTF-8 (or a byte-order mark) wins; otherwise the charset the HTTP header or a
    ``<meta charset>`` declares; otherwise the detected encoding. Empty or binary
    data raises an InputError.
    """
    if not data.strip():
        raise InputError(where, SkipReason.EMPTY, "the input is empty or only white space")
    encoding, guessed = detect_encoding(data[:SNIFF_BYTES], where)
    if not guessed and encoding != "utf-8":
        return decode_bytes(data, where).text  # a byte-order mark settles it
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _DECLARED_CHARSET.search(data[:4096])
    for name in (declared, match.group(1).decode("ascii") if match else None):
        if name and name.lower().replace("_", "-") not in ("utf-8", "utf8"):
            try:
                return data.decode(name, errors="replace").replace("\r\n", "\n")
            except LookupError:
                continue
    return decode_bytes(data, where).text


def xml_safe(text: str) -> str:
    """Return ``text`` without the control characters lxml refuses."""
    return _XML_INCOMPATIBLE.sub("", text)


def figure_captions(tree: lxml.html.HtmlElement) -> list[Caption]:
    """Return the captions of the figures in a page or fragment, each once, in order."""
    captions: list[Caption] = []
    seen: set[str] = set()
    holders: set[lxml.html.HtmlElement] = set()
    for element in tree.xpath(_CAPTION_XPATH):
        # a caption marked up twice (a figcaption with itemprop="caption" inside) counts once
        if any(ancestor in holders for ancestor in element.iterancestors()):
            continue
        holders.add(element)
        caption = caption_of(element)
        if caption is not None and caption.text not in seen:
            seen.add(caption.text)
            captions.append(caption)
    return captions


def caption_of(element: lxml.html.HtmlElement) -> Caption | None:
    """Return the caption an element holds, its credit taken from a credit element if marked up."""
    holder = copy.deepcopy(element)
    marked = [child for child in holder.iterdescendants() if isinstance(child.tag, str) and _marks_credit(child)]
    # a credit nested in another ("Photo: <small>AP</small>") is read with its outer one
    outermost = [child for child in marked if not any(a in marked for a in child.iterancestors())]
    credits: list[str] = []
    for child in outermost:
        credit = _CREDIT_LABEL.sub("", " ".join(child.text_content().split())).strip()
        if credit:
            credits.append(credit)
        child.drop_tree()
    line = " ".join(holder.text_content().split())
    if not line:
        return None
    caption = parse_caption(line)
    if not caption.text:
        return None
    if credits:
        found = [caption.credit] if caption.credit else []
        caption = replace(caption, credit=" / ".join(found + credits))
    return caption


def _marks_credit(element: lxml.html.HtmlElement) -> bool:
    marks = f"{element.get('class', '')} {element.get('itemprop', '')}"
    return element.tag in _CREDIT_TAGS or bool(_CREDIT_MARK.search(marks))


def fragment_paragraphs(markup: str) -> tuple[list[str], list[Caption]]:
    """Return the paragraphs and figure captions of an HTML fragment (or of plain text)."""
    if "<" not in markup:
        return clean_paragraphs(_PARAGRAPH_GAP.split(markup.replace("\r\n", "\n"))), []
    root = parse_fragment(markup)
    if root is None:
        return [], []
    captions = figure_captions(root)
    for element in root.xpath(" | ".join(f"//{tag}" for tag in _NOT_TEXT_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    return clean_paragraphs(_PARAGRAPH_GAP.split(root.text_content())), captions


def parse_fragment(markup: str) -> lxml.html.HtmlElement | None:
    """Parse an HTML fragment under one ``<div>``; None when nothing parses."""
    try:
        return lxml.html.fragment_fromstring(xml_safe(markup), create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return None
