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

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np

from reader.textfold import FOLD_TABLE

SHINGLE = 3
NUM_PERM = 128
BANDS, ROWS = 20, 3
"""20 bands of 3 rows: a pair whose shingle sets overlap by Jaccard J becomes a candidate with
probability 1 − (1 − J³)²⁰: 0.94 at J = 0.51 (the least alike of 2,000 copies with 10 % of their
characters edited), 0.99 at J = 0.6, 0.15 at J = 0.2 (two articles sharing a paragraph).  The 32
bands of 4 rows of the first index gave 0.90, 0.99 and 0.05 at 1.6 times the rows per article;
16 bands of 3 (0.90, 0.97) lost 2 of the 842 natural pairs of ``bench_reprints.py``.
The price is more candidates at low J, which the estimate turns away before any text is read."""
SEED = 20241
MIN_CHARS = 50
"""Shorter texts (a caption, a one-line notice) are not indexed: a few shared words make them
look alike without being the same story."""
_CHUNK_SHINGLES = 262_144
THREADS = min(4, os.cpu_count() or 1)
"""Threads for the numpy work of a whole pass (signatures, estimates): the pass runs alone in its
job, and on two cores it takes two thirds of the wall time one thread does."""
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
    chunks = []
    start = 0
    while start < len(texts):
        stop, total = start, 0
        while stop < len(texts) and (stop == start or total + len(texts[stop]) <= _CHUNK_SHINGLES):
            total += len(texts[stop])
            stop += 1
        chunks.append((start, stop))
        start = stop
    if len(chunks) == 1:
        _sign_chunk(texts, result)
        return result
    with ThreadPoolExecutor(max_workers=THREADS) as pool:  # numpy lets go of the GIL in its loops
        list(pool.map(lambda span: _sign_chunk(texts[span[0] : span[1]], result[span[0] : span[1]]), chunks))
    return result


def _sign_chunk(texts: Sequence[str], out: np.ndarray) -> None:
    """One permutation at a time over the chunk's shingles: the working row stays in the cache.

    The shingles of the whole chunk are hashed at once (one string, the texts' own shingles cut out
    of it): per text, numpy's call overhead cost more than the hashing."""
    sizes = np.array([max(0, len(text) - SHINGLE + 1) for text in texts])
    present = np.flatnonzero(sizes)
    if not len(present):
        return
    every = shingle_hashes("".join(texts))
    starts = np.concatenate(([0], np.cumsum([len(text) for text in texts])[:-1]))
    take = np.repeat(starts - np.concatenate(([0], np.cumsum(sizes)[:-1])), sizes) + np.arange(
        int(sizes.sum())
    )
    hashes = _fmix32(every[take])
    offsets = np.concatenate(([0], np.cumsum(sizes)[:-1]))[present]
    permuted = np.empty_like(hashes)
    with np.errstate(over="ignore"):
        for k in range(NUM_PERM):
            np.multiply(hashes, _A[k], out=permuted)
            permuted += _B[k]
            out[present, k] = np.minimum.reduceat(permuted, offsets)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """``(n, BANDS)`` keys, one per band of each signature: the LSH buckets, stored in
    ``reprint_bands`` so an import finds its candidates without loading the library.

    31 bits (SQLite stores them in four bytes), the band mixed in: one key space for all bands, so
    the table needs no band column.  Two different bands or rows meet in a key by chance with
    probability 2⁻³¹ per stored key — at 500,000 articles a few hundredths of a false candidate per
    article, which the estimate turns away."""
    rows = (
        sigs[:, : BANDS * ROWS].astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    )  # the first 60 permutations
    key = np.broadcast_to(
        np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93), rows.shape[:2]
    )
    with np.errstate(over="ignore"):
        for row in range(ROWS):  # a multiply–xorshift chain: a different key for any change of a row
            key = (key ^ rows[:, :, row]) * np.uint64(0x9E3779B97F4A7C15)
            key ^= key >> np.uint64(29)
    return (key >> np.uint64(33)).astype(np.int64)


def keys_blob(keys: np.ndarray) -> bytes:
    """One article's band keys as stored in ``reprint_docs.keys`` (to delete its band rows by)."""
    return keys.astype("<u4").tobytes()


LOW_BYTE = np.uint32(0xFF)


def low_bytes(signature: np.ndarray) -> bytes:
    """The low byte of each MinHash value: what the index keeps to estimate against later articles."""
    return (signature & LOW_BYTE).astype(np.uint8).tobytes()
