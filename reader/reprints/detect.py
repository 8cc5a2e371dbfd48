"""Candidate pairs from MinHash LSH, kept only when the exact check agrees."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from datasketch import MinHashLSH

from reader.reprints.signature import BANDS, NUM_PERM, ROWS, minhash, signatures
from reader.reprints.similarity import could_reach, ratio

FLOOR = 0.6
"""Pairs at or above this similarity are kept; ``--min-similarity`` may not go lower."""
DEFAULT_SIMILARITY = 0.8

Pair = tuple[int, int, float]


def checked(a: int, b: int, text_a: str, text_b: str, floor: float = FLOOR) -> Pair | None:
    """``(low id, high id, similarity)`` when the texts are at least ``floor`` alike."""
    if a == b or not could_reach(len(text_a), len(text_b), floor):
        return None
    similarity = ratio(text_a, text_b)
    return (min(a, b), max(a, b), round(similarity, 4)) if similarity >= floor else None


def all_pairs(
    docs: Sequence[tuple[int, str]],
    floor: float = FLOOR,
    progress: Callable[[int, int], None] | None = None,
    sigs: np.ndarray | None = None,
) -> list[Pair]:
    """Every near-duplicate pair among ``docs`` (article id, normalised text): the whole-library run."""
    if sigs is None:
        sigs = signatures([text for _id, text in docs])
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    sketches = [minhash(sig) for sig in sigs]
    with lsh.insertion_session() as session:
        for (article_id, _text), sketch in zip(docs, sketches, strict=True):
            session.insert(article_id, sketch, check_duplication=False)
    texts = dict(docs)
    found: list[Pair] = []
    for number, ((article_id, text), sketch) in enumerate(zip(docs, sketches, strict=True)):
        for other in lsh.query(sketch):
            if other > article_id and (pair := checked(article_id, other, text, texts[other], floor)):
                found.append(pair)
        if progress is not None and number % 1000 == 0:
            progress(number, len(docs))
    return found


def check_candidates(
    new: Iterable[tuple[int, str]],
    candidates: dict[int, set[int]],
    texts: dict[int, str],
    floor: float = FLOOR,
) -> list[Pair]:
    """The incremental run: each new article against the articles sharing an LSH band with it."""
    found: dict[tuple[int, int], Pair] = {}
    for article_id, text in new:
        for other in candidates.get(article_id, ()):
            pair = checked(article_id, other, text, texts[other], floor)
            if pair is not None:
                found[pair[:2]] = pair
    return sorted(found.values())
