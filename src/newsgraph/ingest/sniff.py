"""Tell an input's format from its first bytes, with its name and transport as tie-breakers."""

from __future__ import annotations

import json
import re

FORMATS = ("text", "html", "feed", "warc", "jsonl")
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".arc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_HTML_TAGS = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


def sniff_format(head: bytes, name: str, hint: str | None = None) -> str:
    """Return one of FORMATS for an input whose (decompressed) first bytes are ``head``."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    lowered = start[:4096].lower()
    if _FEED_ROOT.search(start[:4096]) and (lowered.startswith(b"<?xml") or _FEED_ROOT.match(start)):
        return "feed"
    if lowered.startswith((b"<!doctype html", b"<html")) or len(_HTML_TAGS.findall(start[:8192])) >= 2:
        return "html"
    if start.startswith(b"{") and _first_line_is_json_object(start):
        return "jsonl"
    if hint in FORMATS:
        return hint
    return _EXTENSIONS.get(_suffix(name), "text")


def _first_line_is_json_object(start: bytes) -> bool:
    line = start.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _suffix(name: str) -> str:
    lowered = name.lower()
    for compressed in (".gz", ".bz2", ".xz"):
        if lowered.endswith(compressed):
            lowered = lowered[: -len(compressed)]
    dot = lowered.rfind(".")
    return lowered[dot:] if dot > lowered.rfind("/") else ""
