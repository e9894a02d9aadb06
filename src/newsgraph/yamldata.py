"""Read the YAML data files: with libyaml's C loader when PyYAML has it (several times faster)."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text safely (no arbitrary objects), as ``yaml.safe_load`` does."""
    return yaml.load(text, Loader=_LOADER)
