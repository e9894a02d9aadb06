"""Rebuild records from their OUTPUT.md dictionaries: the inverse of ``to_dict``.

Used where analyses travel as JSON (Parquet written by the Ray engine, read back
by ``newsgraph load``). The conversion follows the dataclasses' own type hints,
so a field added to a record in model.py is read back without changes here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

from newsgraph import model
from newsgraph.errors import UsageError
from newsgraph.model import Analysis

R = TypeVar("R")


def analysis_from_dict(record: dict[str, Any]) -> Analysis:
    """Return the Analysis whose ``to_dict()`` is ``record``; UsageError if it does not fit."""
    try:
        return record_from_dict(Analysis, record)
    except (TypeError, KeyError, ValueError) as error:
        raise UsageError(f"not an analysis record (OUTPUT.md shape): {error}") from None


def record_from_dict(cls: type[R], data: dict[str, Any]) -> R:
    """Build a frozen record of class ``cls`` from a dictionary, recursing into nested records."""
    hints = _hints(typing.cast(type, cls))
    values = {}
    for item in dataclasses.fields(cls):  # type: ignore[arg-type]
        if item.name in data:
            values[item.name] = _convert(hints[item.name], data[item.name])
    return cls(**values)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _convert(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if value is None:
        return None
    if origin in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (inner, *_) = typing.get_args(hint)
        return tuple(_convert(inner, element) for element in value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object for {hint.__name__}, got {type(value).__name__}")
        return record_from_dict(hint, value)
    if hint is float and isinstance(value, int):
        return float(value)
    return value
