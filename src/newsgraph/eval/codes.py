"""Actor codes: when a system code satisfies a gold one, and old codes made ISO.

A code is an ISO 3166-1 alpha-3 country (or a region/IGO code such as ``WST``)
followed by sector codes. Gold compares the full code, except that a gold
country-only code (three letters) accepts any code that starts with it: gold
``RUS`` takes ``RUSGOV`` and ``RUSMIL``, gold ``RUSGOV`` does not take ``RUS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

COUNTRY_LENGTH = 3


def code_accepted(system_code: str, gold_codes: Iterable[str]) -> bool:
    """Return whether one system code satisfies one of the gold codes."""
    code = system_code.upper()
    return any(code == gold or (len(gold) == COUNTRY_LENGTH and code.startswith(gold)) for gold in gold_codes)


def side_matches(system_codes: Sequence[str], gold_codes: Sequence[str]) -> bool:
    """Return whether a source or target side matches: any system code accepted by the
    gold list; an empty gold list is not scored and accepts anything."""
    if not gold_codes:
        return True
    return any(code_accepted(code, gold_codes) for code in system_codes)


@lru_cache(maxsize=1)
def legacy_country_codes() -> dict[str, str]:
    """Return {legacy code: ISO3 code} from ``legacy_codes.tsv``."""
    table: dict[str, str] = {}
    text = resources.files("newsgraph.eval").joinpath("legacy_codes.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        legacy, iso, *_ = line.split("\t")
        table[legacy.strip().upper()] = iso.strip().upper()
    return table


def iso_country(code: str) -> str:
    """Return the ISO3 form of a country code (``JAP`` → ``JPN``); other codes unchanged."""
    upper = code.strip().upper()
    return legacy_country_codes().get(upper, upper)
