"""Candidate pairs from MinHash LSH, kept only when the exact check agrees."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
from datasketch import MinHashLSH

from reader.reprints.signature import BANDS, NUM_PERM, ROWS, minhash, signatures
from reader.reprints.similarity import at_least, could_reach, folded

FLOOR = 0.6
"""Pairs at or above this similarity are kept; ``--min-similarity`` may not go lower."""
DEFAULT_SIMILARITY = 0.8

MIN_ESTIMATE = 0.4
"""Candidates whose signatures agree on fewer than 40 % of the permutations (estimated shingle
Jaccard) are dropped before the exact check: a copy with 10 % of its characters changed keeps
J ≈ 0.55 (3-grams), far above; articles that merely share a paragraph or two sit below."""

Pair = tuple[int, int, float]


class Texts:
    """Normalised texts with their byte-folded forms (for the cheap bound), built once per text."""

    def __init__(self, texts: Mapping[int, str]) -> None:
        self.texts = texts  # may grow while in use (the incremental run fetches candidates lazily)
        self._folded: dict[int, str] = {}

    def folded(self, key: int) -> str:
        if key not in self._folded:
            self._folded[key] = folded(self.texts[key])
        return self._folded[key]

    def check(self, a: int, b: int, floor: float) -> Pair | None:
        """``(low id, high id, similarity)`` when the texts are at least ``floor`` alike."""
        text_a, text_b = self.texts[a], self.texts[b]
        if a == b or not could_reach(len(text_a), len(text_b), floor):
            return None
        similarity = at_least(text_a, text_b, self.folded(a), self.folded(b), floor)
        return None if similarity is None else (min(a, b), max(a, b), round(similarity, 4))


def estimated(signature: np.ndarray, others: np.ndarray) -> np.ndarray:
    """Share of equal minima between one signature and each row of ``others``."""
    return (others == signature[None, :]).mean(axis=1)


def all_pairs(
    docs: Sequence[tuple[int, str]],
    floor: float = FLOOR,
    progress: Callable[[int, int], None] | None = None,
    sigs: np.ndarray | None = None,
) -> tuple[list[Pair], list[int]]:
    """Near-duplicate pairs among ``docs`` (article id, normalised text, in id order): the whole-library run.

    Leader clustering: an article that is at least ``DEFAULT_SIMILARITY`` alike to an earlier
    *representative* joins it and is not indexed itself; otherwise it becomes a representative.
    A story printed a hundred times then costs a hundred checks, not five thousand.  Returns the
    pairs and the representatives (the articles whose band keys are stored).
    """
    if sigs is None:
        sigs = signatures([text for _id, text in docs])
    lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
    texts = Texts(dict(docs))
    row_of = {article_id: row for row, (article_id, _text) in enumerate(docs)}
    found: list[Pair] = []
    leaders: list[int] = []
    for number, (article_id, _text) in enumerate(docs):
        sketch = minhash(sigs[number])
        pairs = _against(article_id, lsh.query(sketch), sigs[number], lambda o: sigs[row_of[o]], texts, floor)
        found.extend(pairs)
        if not any(pair[2] >= DEFAULT_SIMILARITY for pair in pairs):
            lsh.insert(article_id, sketch, check_duplication=False)
            leaders.append(article_id)
        if progress is not None and number % 1000 == 0:
            progress(number, len(docs))
    return found, leaders


def _against(
    article_id: int,
    candidates: Iterable[int],
    signature: np.ndarray,
    signature_of: Callable[[int], np.ndarray],
    texts: Texts,
    floor: float,
) -> list[Pair]:
    others = sorted(set(candidates) - {article_id})
    if not others:
        return []
    close = estimated(signature, np.stack([signature_of(o) for o in others])) >= MIN_ESTIMATE
    return [
        pair
        for other in np.asarray(others)[close].tolist()
        if (pair := texts.check(article_id, other, floor))
    ]


def check_candidates(
    new: Sequence[tuple[int, str]],
    candidates: Callable[[int], set[int]],
    texts: dict[int, str],
    floor: float = FLOOR,
    on_leader: Callable[[int], None] | None = None,
) -> tuple[list[Pair], list[int]]:
    """The incremental run, the same leader clustering as ``all_pairs``: ``new`` in id order, each
    against the representatives sharing a stored band key with it (``candidates``, which sees the
    representatives added by earlier articles of ``new``).  Returns the pairs and the new leaders."""
    pool = Texts(ChainMap(dict(new), texts))
    sigs: dict[int, np.ndarray] = {}

    def signature_of(article_id: int) -> np.ndarray:
        if article_id not in sigs:
            sigs[article_id] = signatures([pool.texts[article_id]])[0]
        return sigs[article_id]

    found: list[Pair] = []
    leaders: list[int] = []
    for article_id, _text in new:
        pairs = _against(
            article_id, candidates(article_id), signature_of(article_id), signature_of, pool, floor
        )
        found.extend(pairs)
        if not any(pair[2] >= DEFAULT_SIMILARITY for pair in pairs):
            leaders.append(article_id)
            if on_leader is not None:
                on_leader(article_id)
    return found, leaders
