"""Where inputs come from: files, directories, standard input and URLs.

``expand_inputs`` turns command-line arguments into input references (walking
directories); ``open_input`` gives a binary stream with compression removed and
the first bytes already read for sniffing.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, cast

from newsgraph.errors import InputError, SkipReason
from newsgraph.ingest.fetch import fetch_url
from newsgraph.settings import Settings

HEAD_BYTES = 65_536
InputKind = Literal["file", "stdin", "url"]


@dataclass(frozen=True)
class InputRef:
    """One input: its display name, what it is, and a format hint from its transport."""

    name: str
    kind: InputKind
    hint: str | None = None


@dataclass
class OpenedInput:
    """An input ready to read: ``head`` holds its first bytes, ``stream`` the rest."""

    ref: InputRef
    head: bytes
    stream: BinaryIO
    url: str | None = None
    compression: str | None = None


def expand_inputs(arguments: Iterable[str]) -> Iterator[InputRef | InputError]:
    """Yield an input per file named or found under a directory; errors for the missing."""
    for argument in arguments:
        if argument == "-":
            yield InputRef("-", "stdin")
        elif argument.startswith(("http://", "https://")):
            yield InputRef(argument, "url")
        else:
            yield from _expand_path(Path(argument))


def _expand_path(path: Path) -> Iterator[InputRef | InputError]:
    if path.is_dir():
        failures: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=failures.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield InputRef(str(Path(root) / name), "file")
        for failure in failures:
            where = failure.filename or str(path)
            yield InputError(str(where), SkipReason.UNREADABLE, f"cannot list directory ({failure.strerror})")
    elif path.exists():
        yield InputRef(str(path), "file")
    else:
        yield InputError(str(path), SkipReason.NOT_FOUND, "no such file or directory")


@contextmanager
def open_input(ref: InputRef, settings: Settings) -> Iterator[OpenedInput]:
    """Open an input for reading, undoing gzip, bzip2 or xz compression."""
    url: str | None = None
    hint = ref.hint
    if ref.kind == "url":
        fetched = fetch_url(ref.name, settings)
        raw: BinaryIO = io.BytesIO(fetched.body)
        url, hint = fetched.url, fetched.format_hint
    elif ref.kind == "stdin":
        raw = sys.stdin.buffer
    else:
        try:
            raw = open(ref.name, "rb")
        except OSError as error:
            raise InputError(ref.name, SkipReason.UNREADABLE, f"cannot open ({error.strerror})") from None
    try:
        stream, compression = _decompressed(raw)
        head, broken = _read_head(stream, ref.name, compression)
        if broken is not None:
            # the archive breaks within its first bytes: readers get what came before, then the error
            stream = cast(BinaryIO, _Failing(broken))
        yield OpenedInput(InputRef(ref.name, ref.kind, hint), head, stream, url, compression)
    finally:
        if ref.kind != "stdin":
            raw.close()


def _decompressed(raw: BinaryIO) -> tuple[BinaryIO, str | None]:
    magic = _peek(raw, 6)
    if magic.startswith(b"\x1f\x8b"):
        return cast(BinaryIO, gzip.GzipFile(fileobj=raw)), "gzip"
    if magic.startswith(b"BZh"):
        return cast(BinaryIO, bz2.BZ2File(raw)), "bzip2"
    if magic.startswith(b"\xfd7zXZ\x00"):
        return cast(BinaryIO, lzma.LZMAFile(raw)), "xz"
    return raw, None


def _peek(raw: BinaryIO, size: int) -> bytes:
    if isinstance(raw, io.BufferedReader):
        return raw.peek(size)[:size]
    if raw.seekable():
        position = raw.tell()
        data = raw.read(size)
        raw.seek(position)
        return data
    return b""


def _read_head(stream: BinaryIO, where: str, compression: str | None) -> tuple[bytes, InputError | None]:
    """Return the first bytes, and the error that cut them short if the input breaks after some."""
    chunks: list[bytes] = []
    size = 0
    try:
        while size < HEAD_BYTES:
            # partial reads: a truncated archive keeps what decompressed before the break
            chunk = read_checked(stream, HEAD_BYTES - size, where, compression, partial=True)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except InputError as error:
        if not chunks:
            raise
        return b"".join(chunks), error
    except OSError as error:
        raise InputError(where, SkipReason.UNREADABLE, f"read failed ({error})") from None
    return b"".join(chunks), None


class _Failing(io.RawIOBase):
    """A stream that fails with a known error at its first read."""

    def __init__(self, error: InputError) -> None:
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        raise self._error


def read_checked(stream: BinaryIO, size: int, where: str, compression: str | None, partial: bool = False) -> bytes:
    """Read up to ``size`` bytes, turning a truncated or corrupt archive into an InputError.

    ``partial`` returns what one underlying read gives (fewer bytes, but those
    before a break in an archive are not lost with the rest of the request).
    """
    try:
        if partial and hasattr(stream, "read1"):
            return cast(bytes, stream.read1(size))
        return stream.read(size)
    except (EOFError, gzip.BadGzipFile, lzma.LZMAError, zlib.error, OSError, ValueError) as error:
        if compression:
            detail = f"{compression} data is truncated or corrupt ({error or type(error).__name__})"
            raise InputError(where, SkipReason.UNREADABLE, detail) from None
        raise


class CheckedStream(io.RawIOBase):
    """A stream whose read errors from a broken archive become InputErrors."""

    def __init__(self, stream: BinaryIO, where: str, compression: str | None) -> None:
        self._stream = stream
        self._where = where
        self._compression = compression

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        return read_checked(self._stream, size, self._where, self._compression, partial=size > 0)

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def bounded_read(opened: OpenedInput, limit: int) -> bytes:
    """Read a whole input into memory, refusing one larger than ``limit`` bytes."""
    body = read_checked(opened.stream, limit + 1 - len(opened.head), opened.ref.name, opened.compression)
    data = opened.head + body
    if len(data) > limit:
        raise InputError(
            opened.ref.name,
            SkipReason.TOO_LARGE,
            f"more than {limit:,} bytes; raise --max-document-bytes or split the file",
        )
    return data


def checked(opened: OpenedInput) -> BinaryIO:
    """Return the rest of the input as a stream whose archive errors are InputErrors."""
    return io.BufferedReader(CheckedStream(opened.stream, opened.ref.name, opened.compression))


class _HeadThenRest(io.RawIOBase):
    """The bytes already read for sniffing, then the rest of a checked stream."""

    def __init__(self, head: bytes, rest: io.RawIOBase) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def full_stream(opened: OpenedInput) -> BinaryIO:
    """Return the whole input, from its first byte, as a stream whose archive errors are InputErrors."""
    rest = CheckedStream(opened.stream, opened.ref.name, opened.compression)
    # unbuffered: each read returns what is there, so bytes before a break reach the reader
    return cast(BinaryIO, _HeadThenRest(opened.head, rest))
