"""MinHash signatures of character shingles and their LSH band keys, computed for many texts at once.

A reprint differs from its original by a few characters here and there, so the unit is the
character 3-gram: one edited character spoils only three shingles.  The signature is the
``affine32`` MinHash of datasketch 2 (MurmurHash3 finalizer, then ``a·h + b`` modulo 2³² per
permutation, minimum over the shingles, the permutations drawn as datasketch draws them), computed
for a whole batch in numpy: per text, datasketch's ``update_batch`` spends most of its time in
per-call overhead, and importing datasketch pulls scipy into the frozen app for nothing we use.
``tests/reprints/test_reprints.py`` holds the batch equal to datasketch's own result.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

from reader.textfold import FOLD_TABLE

SHINGLE = 3
NUM_PERM = 128
BANDS, ROWS = 32, 4
"""32 bands of 4 rows: a pair whose shingle sets overlap by Jaccard J becomes a candidate with
probability 1 − (1 − J⁴)³²: 0.90 at J = 0.51 (the least alike of 2,000 copies with 10 % of their
characters edited), 0.99 at J = 0.6, 0.05 at J = 0.2 (two articles sharing a paragraph)."""
SEED = 20241
MIN_CHARS = 50
"""Shorter texts (a caption, a one-line notice) are not indexed: a few shared words make them
look alike without being the same story."""
_CHUNK_SHINGLES = 262_144
_EMPTY = np.uint32(0xFFFFFFFF)


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's ``MinHash(num_perm, seed, scheme="affine32").permutations``: odd ``a``, any ``b``."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


_A, _B = _permutations()


@cache
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Code point → folded code point, and which code points survive (whitespace does not)."""
    fold = np.arange(0x110000, dtype=np.uint32)
    for code, folded in FOLD_TABLE.items():
        fold[code] = folded
    keep = np.ones(0x110000, dtype=bool)
    keep[[code for code in range(0x3001) if chr(code).isspace()]] = False  # none above U+3000
    return fold, keep


def normalise(text: str) -> str:
    """The text compared: width- and case-folded as search folds it (``reader.textfold``), without
    any whitespace (layouts differ in it).  Numpy rather than ``str.translate``: ten times faster on
    CJK text, and a whole-library run normalises 40 million characters."""
    fold, keep = _tables()
    codes = fold[np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)]
    return codes[keep[codes]].tobytes().decode("utf-32-le")


def shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of every character 3-gram of a normalised text (with repeats)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        return np.zeros(0, dtype=np.uint32)
    mixed = codes[:-2] * np.uint64(0x100000001B3) ^ codes[1:-1] * np.uint64(0x9E3779B97F4A7C15) ^ codes[2:]
    return ((mixed ^ (mixed >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer, as datasketch applies it before the permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def signatures(texts: Sequence[str]) -> np.ndarray:
    """One row of ``NUM_PERM`` uint32 minima per normalised text (all ``0xFFFFFFFF`` for an empty one)."""
    result = np.full((len(texts), NUM_PERM), _EMPTY, dtype=np.uint32)
    start = 0
    while start < len(texts):
        stop, total = start, 0
        while stop < len(texts) and (stop == start or total + len(texts[stop]) <= _CHUNK_SHINGLES):
            total += len(texts[stop])
            stop += 1
        _sign_chunk(texts[start:stop], result[start:stop])
        start = stop
    return result


def _sign_chunk(texts: Sequence[str], out: np.ndarray) -> None:
    """One permutation at a time over the chunk's shingles: the working row stays in the cache."""
    parts = [shingle_hashes(text) for text in texts]
    sizes = np.array([len(part) for part in parts])
    present = np.flatnonzero(sizes)
    if not len(present):
        return
    hashes = _fmix32(np.concatenate(parts))
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1]))[present]
    permuted = np.empty_like(hashes)
    with np.errstate(over="ignore"):
        for k in range(NUM_PERM):
            np.multiply(hashes, _A[k], out=permuted)
            permuted += _B[k]
            out[present, k] = np.minimum.reduceat(permuted, offsets)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """``(n, BANDS)`` signed 64-bit keys, one per band of each signature: the LSH buckets, stored in
    ``reprint_bands`` so an import finds its candidates without loading the library."""
    rows = sigs.astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    key = np.zeros(rows.shape[:2], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for row in range(ROWS):  # a multiply–xorshift chain: a different key for any change of a row
            key = (key ^ rows[:, :, row]) * np.uint64(0x9E3779B97F4A7C15)
            key ^= key >> np.uint64(29)
    return key.view(np.int64)


def to_blob(signature: np.ndarray) -> bytes:
    return signature.astype("<u4").tobytes()


def from_blobs(blobs: Sequence[bytes]) -> np.ndarray:
    if not blobs:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    return np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(blobs), NUM_PERM).astype(np.uint32)
