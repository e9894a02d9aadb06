"""Turn bytes into text: detect the encoding, refuse binary data, never crash.

Small inputs are decoded whole (``decode_bytes``); large text is decoded as a
stream of lines (``iter_lines``) so memory stays bounded whatever the file size.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import charset_normalizer

from newsgraph.errors import InputError, SkipReason

SNIFF_BYTES = 65_536
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Latin-script languages whose letters cp1252 and Latin-1 lack (as charset_normalizer names them)
_NOT_WESTERN_LANGUAGES = frozenset(
    {"Czech", "Slovak", "Polish", "Hungarian", "Croatian", "Slovene", "Romanian", "Turkish", "Lithuanian", "Latvian"}
)
_CHAOS_MARGIN = 0.03
_COHERENCE_MARGIN = 0.1
# a letter, a character that is no Western letter or word punctuation, a letter
_SYMBOL_IN_WORD = re.compile(r"[^\W\d_](?:[\u0080-\u00bf\u00d0\u00de\u00f0\u00fe](?<![\u00b4\u00b7]))[^\W\d_]")
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32)) | {11, 127}


@dataclass(frozen=True)
class Decoded:
    """Text with the encoding it was read in; ``guessed`` when it was not UTF-8 or a BOM."""

    text: str
    encoding: str
    guessed: bool = False


def detect_encoding(head: bytes, where: str) -> tuple[str, bool]:
    """Return (encoding, guessed) for data starting with ``head``; raise if it is not text."""
    if not head:
        raise InputError(where, SkipReason.EMPTY, "the input is empty (0 bytes)")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, False
    if _looks_binary(head):
        preview = head[:8].hex(" ")
        raise InputError(
            where,
            SkipReason.NOT_TEXT,
            f"binary data, not text (first bytes: {preview}); pass a text, HTML, feed, WARC or JSON Lines file",
        )
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(head, final=False)
        return "utf-8", False
    except UnicodeDecodeError:
        pass
    return _guess_legacy_encoding(head), True


def _guess_legacy_encoding(head: bytes) -> str:
    """Return the likeliest single-byte encoding, Western first when it reads about as well.

    Short texts often decode cleanly in several code pages, and charset
    detection then picks among them by small differences (a Latin-1 French text
    may come out as Baltic). Windows-1252 and Latin-1 are by far the commonest
    legacy encodings of news, so one of them wins when detection rates it nearly
    as well as its best guess, the language detected is one they can write, and
    it puts no symbol inside a word (``rz¹d`` is Polish in cp1250, ``Baþbakan``
    Turkish in cp1254).
    """
    results = charset_normalizer.from_bytes(head)
    best = results.best()
    if best is None or best.encoding is None:
        return "cp1252"
    if best.languages and best.languages[0] in _NOT_WESTERN_LANGUAGES:
        return str(best.encoding)
    close = [
        match
        for match in results
        if match.chaos <= best.chaos + _CHAOS_MARGIN and match.coherence >= best.coherence - _COHERENCE_MARGIN
    ]
    for name in _WESTERN:
        if any(name in match.could_be_from_charset for match in close):
            if not _SYMBOL_IN_WORD.search(head.decode(name, errors="replace")):
                return name
            break
    return str(best.encoding)


def _looks_binary(head: bytes) -> bool:
    sample = head[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > max(8, len(sample) // 20)


def decode_bytes(data: bytes, where: str, normalise_newlines: bool = True) -> Decoded:
    """Decode a whole input; undecodable bytes become U+FFFD rather than an error.

    Line ends become ``\n`` unless ``normalise_newlines`` is false (``--as-is``,
    whose offsets must index the input exactly as read).
    """
    if not data.strip():
        raise InputError(where, SkipReason.EMPTY, "the input is empty or only white space")
    encoding, guessed = detect_encoding(data[:SNIFF_BYTES], where)
    if encoding == "utf-8" and not guessed:
        text = data.decode("utf-8", errors="replace")
    else:
        text = data.decode(encoding, errors="replace")
    if normalise_newlines:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding, guessed)


def iter_lines(stream: BinaryIO, where: str, head: bytes = b"") -> Iterator[str]:
    """Yield the lines of a text stream (without line ends), decoding incrementally.

    ``head`` holds bytes already read from the stream for sniffing.
    """
    first = head + stream.read(max(0, SNIFF_BYTES - len(head)))
    if not first.strip():
        raise InputError(where, SkipReason.EMPTY, "the input is empty or only white space")
    encoding, _ = detect_encoding(first, where)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    pending = ""
    chunk = first
    while chunk:
        pending += decoder.decode(chunk)
        pending = pending.replace("\r\n", "\n")
        if pending.endswith("\r"):
            # keep a lone CR until we know whether LF follows
            lines, pending = pending[:-1].replace("\r", "\n").split("\n"), "\r"
            pending = lines.pop() + pending
        else:
            lines = pending.replace("\r", "\n").split("\n")
            pending = lines.pop()
        yield from lines
        chunk = stream.read(SNIFF_BYTES)
    pending += decoder.decode(b"", final=True)
    tail = pending.replace("\r\n", "\n").replace("\r", "\n")
    if tail:
        yield from tail.split("\n")
