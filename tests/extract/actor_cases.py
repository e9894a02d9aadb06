"""Shared shape of the actor test cases: a phrase in a news sentence and what it must resolve to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

DEFAULT_DATE = "2025-06-15"


@dataclass(frozen=True)
class Case:
    """A phrase (its ``nth`` whole-word occurrence) in a text, and the actor it must resolve to.

    ``code`` None means an honest unknown: no actor, or one without a code. A set of
    codes means the phrase names several actors ("ministers from both countries").
    """

    text: str
    phrase: str
    code: str | set[str] | None
    name: str | None = None
    kind: str | None = None
    role: str | None = None
    label: str | None = None
    nth: int = 1
    published: str | None = DEFAULT_DATE
    title: str | None = None


def case(text: str, phrase: str, code: str | set[str] | None, *, id: str, **expected: Any) -> Any:
    return pytest.param(Case(text, phrase, code, **expected), id=id)


def check(resolve: Callable[..., Any], c: Case) -> None:
    """Analyse the case's text and assert that the phrase resolved to the expected actor."""
    found = resolve(c.text, c.phrase, c.nth, c.published, c.title)
    if isinstance(c.code, set):
        assert c.code <= found.codes, f"expected codes {sorted(c.code)} on the phrase, got {found.codes}"
        return
    actor = found.actor
    if c.code is None:
        assert actor is None or actor.code is None, f"expected no code, got {actor}"
        if actor is None:
            return
    else:
        assert actor is not None, "no actor for the phrase"
        assert actor.code == c.code, f"expected {c.code}, got {actor}"
    for field in ("name", "kind", "role"):
        if getattr(c, field) is not None:
            assert getattr(actor, field) == getattr(c, field), actor
    if c.label is not None:
        assert c.label in found.labels, f"expected label {c.label}, got {found.labels}"
