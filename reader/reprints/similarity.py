"""The exact check: how much of two texts is the same, character by character.

``ratio`` is the Indel similarity (2·LCS / total length, what ``difflib`` calls ratio) of the
normalised texts, computed by rapidfuzz in C.  "97 % the same" in the reading pane is this
number; ``reader reprints --min-similarity`` filters on it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Indel, Levenshtein


def ratio(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return float(Indel.normalized_similarity(a, b))


def folded(text: str) -> bytes:
    """The text with every character mapped onto one of 255 byte values.

    rapidfuzz compares a one-byte alphabet twenty times faster than CJK text (no hash map per
    character).  Mapping can only add matches, never remove one, so ``ratio(folded(a), folded(b))``
    is an upper bound of the true ratio: a pair below the threshold there is below it for sure, and
    only the rest is checked exactly.  At 0.8 the bound turns away all but 0.3 % of the pairs that
    share a paragraph or two (``benchmarks/README.md``).
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    hashed = (codes * np.uint64(2654435761) >> np.uint64(16)) % np.uint64(255)
    return (hashed + np.uint64(1)).astype(np.uint8).tobytes()


def at_least(a: str, b: str, folded_a: bytes, folded_b: bytes, threshold: float) -> float | None:
    """The exact ratio when it is ≥ ``threshold``, else ``None`` (cheaply, for most pairs below)."""
    if Indel.normalized_similarity(folded_a, folded_b, score_cutoff=threshold) < threshold:
        return None
    if not a and not b:
        return 1.0
    exact = float(Indel.normalized_similarity(a, b, score_cutoff=threshold))
    return exact if exact >= threshold else None


def could_reach(length_a: int, length_b: int, threshold: float) -> bool:
    """Whether two lengths allow a ratio ≥ threshold at all (LCS ≤ the shorter length)."""
    total = length_a + length_b
    return total > 0 and 2 * min(length_a, length_b) / total >= threshold


@dataclass(frozen=True)
class DiffOp:
    """One stretch of the side-by-side diff: ``equal``, ``replace``, ``delete`` or ``insert``."""

    tag: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def diff(a: str, b: str) -> list[DiffOp]:
    """Character-level opcodes turning ``a`` into ``b`` (offsets into the strings as given)."""
    return [
        DiffOp(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Levenshtein.opcodes(a, b)
    ]
