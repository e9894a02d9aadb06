"""Near-duplicate detection: MinHash signatures over word shingles, banded for LSH.

Two articles are near-duplicates when the Jaccard similarity of their 5-word
shingle sets is at least the threshold (0.8 by default): the same story reached
through two feeds, or re-scraped with a changed footer. Signatures are banded
(8 bands of 8 rows) so the store can find candidates by index lookups instead of
comparing every pair; a candidate is confirmed by the estimated similarity.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash

NUM_PERM = 64
BANDS = 8
ROWS = NUM_PERM // BANDS
SHINGLE = 5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """An article's MinHash signature and the LSH keys of its bands."""

    signature: bytes
    bands: tuple[int, ...]


def shingles(text: str) -> set[bytes]:
    """Return the set of 5-word shingles of ``text`` (its words, if it is shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def fingerprint(text: str) -> Fingerprint:
    """Return the MinHash fingerprint of an article body."""
    template = _template()
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=template.scheme)
    minhash.update_batch(list(shingles(text)))
    values = np.asarray(minhash.hashvalues, dtype=np.uint64)
    return Fingerprint(values.tobytes(), band_keys(values))


@lru_cache(maxsize=1)
def _template() -> Any:
    """A MinHash whose seeded permutations are reused: drawing them costs as much as hashing an article."""
    return MinHash(num_perm=NUM_PERM, seed=1)


def band_keys(values: np.ndarray) -> tuple[int, ...]:
    """Return one signed 63-bit key per band, suitable for an indexed integer column."""
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True) >> 1)
    return tuple(keys)


def similarity(first: bytes, second: bytes) -> float:
    """Estimate the Jaccard similarity of two articles from their signatures."""
    a = np.frombuffer(first, dtype=np.uint64)
    b = np.frombuffer(second, dtype=np.uint64)
    if a.shape != b.shape or a.size == 0:
        return 0.0
    return float(np.count_nonzero(a == b)) / float(a.size)
