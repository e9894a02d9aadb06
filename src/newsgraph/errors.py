"""The exceptions newsgraph raises, and the typed reasons an input is skipped.

::

    NewsgraphError                 anything newsgraph itself reports
    ├── UsageError                 bad arguments or settings: exit code 2
    │   └── InvalidParameter       one filter or page parameter is out of range
    ├── InputError                 one input (file, URL, record) cannot be used;
    │   │                          carries a SkipReason; the batch goes on
    │   └── RecordError            one record of an input (a JSON line, a feed item,
    │                              a WARC record); the rest of the input is read on
    ├── ModelNotInstalledError     the spaCy model package is missing
    └── StoreError                 the database cannot be opened, migrated or written

Messages say what was expected, what arrived, and what to do. Errors are
translated only at the edges: the CLI prints one line per failure, the API answers
with one JSON error shape.
"""

from __future__ import annotations

from enum import StrEnum


class SkipReason(StrEnum):
    """Why an input, or an article in it, was not stored."""

    EMPTY = "empty"
    NOT_TEXT = "not text"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too large"
    MALFORMED = "malformed"
    NOT_FOUND = "not found"
    DUPLICATE = "duplicate"


class NewsgraphError(Exception):
    """Base of every error newsgraph reports to its users."""


class UsageError(NewsgraphError):
    """The user asked for something newsgraph cannot do as asked."""


class InputError(NewsgraphError):
    """One input cannot be used; ``reason`` says why in a word, the message in full."""

    def __init__(self, where: str, reason: SkipReason, detail: str) -> None:
        super().__init__(f"cannot read {where}: {detail}")
        self.where = where
        self.reason = reason
        self.detail = detail


class RecordError(InputError):
    """One record of an input cannot be used; readers yield it (not raise) and read on."""


class ModelNotInstalledError(NewsgraphError):
    """The spaCy model package newsgraph was configured with is not installed."""


class StoreError(NewsgraphError):
    """The database cannot be opened, upgraded or written."""


class InvalidParameter(UsageError):
    """One query parameter (a filter, a page size) has a value newsgraph cannot use.

    ``parameter`` names it, ``expected`` says what would have been accepted, so the
    CLI and the API can both say exactly what to change.
    """

    def __init__(self, parameter: str, expected: str, got: object) -> None:
        super().__init__(f"{parameter}: expected {expected}, got {got!r}")
        self.parameter = parameter
        self.expected = expected
        self.got = got
