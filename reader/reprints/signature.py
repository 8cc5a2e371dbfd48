"""MinHash signatures of character shingles, computed for many texts at once.

A reprint differs from its original by a few characters here and there, so the unit is the
character 3-gram: one edited character spoils only three shingles.  The signature is
datasketch's ``affine32`` MinHash (MurmurHash3 finalizer, then ``a·h + b`` modulo 2³² per
permutation, minimum over the shingles) computed for a whole batch in numpy: per text,
``MinHash.update_batch`` spends most of its time in per-call overhead.
``tests/reprints/test_signature.py`` holds the batch equal to datasketch's own result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash

from reader.textfold import fold

SHINGLE = 3
NUM_PERM = 128
BANDS, ROWS = 32, 4
"""32 bands of 4 rows: a pair whose shingle sets overlap by Jaccard J becomes a candidate with
probability 1 − (1 − J⁴)³²: 0.97 at J = 0.57 (a copy with 10 % of its characters changed),
0.003 at J = 0.1 (two articles sharing one paragraph)."""
SEED = 20241
MIN_CHARS = 50
"""Shorter texts (a caption, a one-line notice) are not indexed: a few shared words make them
look alike without being the same story."""
_CHUNK_SHINGLES = 60_000

_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations
_A = _PERMUTATIONS[0].astype(np.uint32)
_B = _PERMUTATIONS[1].astype(np.uint32)
_EMPTY = np.uint32(0xFFFFFFFF)


def normalise(text: str) -> str:
    """The text compared: width- and case-folded, without any whitespace (layouts differ in it)."""
    return "".join(fold(text).split())


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
    parts = [shingle_hashes(text) for text in texts]
    sizes = np.array([len(part) for part in parts])
    if not sizes.sum():
        return
    hashes = _fmix32(np.concatenate(parts))
    with np.errstate(over="ignore"):
        permuted = _A[:, None] * hashes[None, :]  # one contiguous row per permutation
        permuted += _B[:, None]
    present = np.flatnonzero(sizes)
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1]))[present]
    out[present] = np.minimum.reduceat(permuted, offsets, axis=1).T


def minhash(signature: np.ndarray) -> MinHash:
    """The datasketch object of a signature, for ``MinHashLSH``."""
    return MinHash(hashvalues=signature, permutations=_PERMUTATIONS, scheme="affine32")


def band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit key per band: the persistent form of the LSH buckets (``reprint_bands``)."""
    data = signature.astype("<u4").tobytes()
    width = ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(data[i * width : (i + 1) * width], digest_size=8).digest(), "little", signed=True
        )
        for i in range(BANDS)
    ]
