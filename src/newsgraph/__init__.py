"""newsgraph: turn raw news into structured, queryable event data."""

from __future__ import annotations

__version__ = "0.1.0"
