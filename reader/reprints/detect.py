"""Which earlier article is each article a near-duplicate of: MinHash LSH candidates, checked exactly.

What counts as a reprint: two whole articles whose normalised texts are at least ``THRESHOLD``
alike by the Indel ratio (2·LCS / total length) — the same story with small edits, not two
articles that share a paragraph.  Every article is checked against the indexed articles before
it that share an LSH band with it (through a band held by more than ``BUCKET_CAP`` of them, the
first ``BUCKET_CAP`` only), best estimate first, and paired with the first one of each
cluster the exact check confirms (``matches``).  The pairs form a forest whose trees are the
clusters — the connected components of "≥ 0.8 alike" among the candidates — and a story printed
a thousand times costs about a thousand checks, not half a million.  An article whose normalised
text is identical to an indexed one is paired with it outright and not indexed itself.

``batch_pairs`` runs over a batch of articles in id order — the whole library, or the files an
import saved — with what the store already holds as extra candidates, vectorised over all band
buckets at once; the rule does not depend on how the library was cut into batches, so an import
file by file gives the pairs a whole-library run gives (``tests/reprints``).  (An article indexed
again after its text changed counts as the last of its buckets; a rebuild puts it back in id order,
which can differ only through a crowded band.)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from reader.reprints.signature import NUM_PERM, THREADS, band_keys
from reader.reprints.similarity import at_least, folded

THRESHOLD = 0.8
"""Pairs at or above this similarity are reprints; ``--min-similarity`` may only go higher."""
DEFAULT_SIMILARITY = THRESHOLD
MIN_ESTIMATE = 0.45
"""Candidates whose signatures agree on fewer than 45 % of the permutations (estimated 3-gram
Jaccard) are not checked.  Calibrated on a sample apart from the benchmark's planted set
(``benchmarks/README.md``): copies with up to 10 % of their characters edited estimate at 0.51
or more, pairs of the synthetic library that are ≥ 0.8 alike at 0.5 or more; articles that
share a paragraph or two sit below."""
MIN_AGREEING = math.ceil(MIN_ESTIMATE * NUM_PERM)
"""The same in permutations, counted exactly (integers: no float rounding between two runs)."""
MIN_LENGTH_SHARE = THRESHOLD / (2 - THRESHOLD)
"""2·min/(a+b) ≥ 0.8 needs the shorter text to be at least 2/3 of the longer one."""
BUCKET_CAP = 64
"""A band key held by more than this many earlier articles is a *stop band*: an article is compared
through it with the first ``BUCKET_CAP`` of them only (lowest ids, so the rule does not depend on
how the library was cut into batches).  Without it the work grows with the square of a bucket: in
the synthetic 500,000-article library (texts recombining a few hundred seed paragraphs) 326 keys
are held by more than 1,000 articles each, and one new article met tens of thousands of
candidates.  A story printed a thousand times still finds its earliest versions in the first 64;
an article sharing only boilerplate with the rest of a bucket is found through its other bands
(a pair ≥ 0.8 alike shares several: ``signature.BANDS``)."""
_CHUNK = 32_768

Pair = tuple[int, int, float]


@dataclass
class Work:
    """What a pass did, counted (tests hold the bucket cap to it; the pass logs it)."""

    candidates: int = 0
    """Candidate pairs estimated from their signatures (each a comparison of 128 values)."""
    checked: int = 0
    """Pairs compared by text (the exact check, after the one-byte bound)."""
    capped: int = 0
    """Articles that met at least one stop band (``BUCKET_CAP``)."""
    stop_bands: int = 0
    """Times an article met a stop band (one article, one band: one)."""


class Pool:
    """Normalised texts by article id (fetched when first needed), with their byte-folded forms."""

    def __init__(
        self, texts: Mapping[int, str], fetch: Callable[[list[int]], Mapping[int, str]] | None = None
    ) -> None:
        self.texts = dict(texts)
        self._fetch = fetch
        self._folded: dict[int, bytes] = {}

    def text(self, key: int) -> str:
        if key not in self.texts and self._fetch is not None:
            self.texts.update(self._fetch([key]))
        return self.texts[key]

    def prefetch(self, keys: Sequence[int]) -> None:
        """Fetch the texts of these articles at once (one query per chunk, not one per text)."""
        missing = sorted(set(keys) - self.texts.keys())
        if missing and self._fetch is not None:
            self.texts.update(self._fetch(missing))

    def folded(self, key: int) -> bytes:
        if key not in self._folded:
            self._folded[key] = folded(self.text(key))
        return self._folded[key]


@dataclass(frozen=True)
class Stored:
    """What the index already holds for a batch: band-sharing candidates and identical copies."""

    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """For each candidate pair: the batch row (position in ``docs``)…"""
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """…and the indexed article sharing a band key with it."""
    known: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    """The distinct candidate ids, ascending, with their signatures (the low byte of each value, as
    the index keeps them) and text lengths."""
    sigs: np.ndarray = field(default_factory=lambda: np.zeros((0, NUM_PERM), np.uint8))
    lengths: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    twins: Mapping[int, int] = field(default_factory=dict)
    """Batch row → the indexed article with the identical normalised text."""
    clusters_of: Callable[[list[int]], Mapping[int, int]] | None = None
    """Stored candidates → their clusters (``reprint_members``), for those in one: asked only for
    the candidates that pass the estimate."""
    held: Mapping[int, int] = field(default_factory=dict)
    """Band key → how many indexed articles hold it, counted up to ``BUCKET_CAP + 1``: the articles
    of the batch come after them in the bucket (``rows``/``ids`` hold the first ``BUCKET_CAP``)."""


class Clusters:
    """Union–find over article ids: which earlier articles are already versions of one story."""

    def __init__(self, known: Mapping[int, int] | None = None) -> None:
        self.parent: dict[int, int] = dict(known or {})  # a stored article → its cluster's id
        for root in set(self.parent.values()):
            self.parent.setdefault(root, root)

    def find(self, x: int) -> int:
        parent = self.parent
        root = parent.setdefault(x, x)
        while root != parent.setdefault(root, root):
            root = parent[root]
        while x != root:  # point the path at the root
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def matches(
    article_id: int, candidates: Sequence[int], pool: Pool, found: Clusters, work: Work | None = None
) -> list[Pair]:
    """Pairs with the candidates at least ``THRESHOLD`` alike, checked best first, one per cluster:
    once the article is a version of a story, the story's other versions are not checked again;
    a candidate of another cluster still is, and a match joins the two (a story whose versions
    drifted apart step by step is one story)."""
    text, mine = pool.text(article_id), pool.folded(article_id)
    pairs = []
    root = found.find(article_id)
    for other in candidates:
        if found.find(other) == root:
            continue
        if work is not None:
            work.checked += 1
        similarity = at_least(text, pool.text(other), mine, pool.folded(other), THRESHOLD)
        if similarity is not None:
            pairs.append((min(article_id, other), max(article_id, other), round(similarity, 4)))
            found.union(article_id, other)
            root = found.find(article_id)
    return pairs


def batch_pairs(
    docs: Sequence[tuple[int, str]],
    sigs: np.ndarray,
    stored: Stored | None = None,
    pool: Pool | None = None,
    progress: Callable[[int, int], None] | None = None,
    work: Work | None = None,
) -> tuple[list[Pair], list[int]]:
    """Pairs for ``docs`` (article id, normalised text long enough to sign; in id order) with their
    signatures.  Returns the pairs and the articles to index (all but the identical copies)."""
    stored = stored or Stored()
    work = work if work is not None else Work()
    pairs, kept = _twins(docs, stored.twins)
    ids = np.array([docs[row][0] for row in kept], dtype=np.int64)
    mine = sigs[kept]
    lengths = np.array([len(docs[row][1]) for row in kept], dtype=np.int64)
    later, earlier, agreeing = _in_batch(band_keys(mine), mine, lengths, stored.held, work)
    other = ids[earlier]
    if len(stored.rows):
        more_later, more_other, more_agreeing = _from_store(stored, kept, mine, lengths, work)
        later, other = np.concatenate((later, more_later)), np.concatenate((other, more_other))
        agreeing = np.concatenate((agreeing, more_agreeing))
    order = np.lexsort((other, -agreeing, later))  # by article, best estimate first, then lowest id
    later, other = later[order], other[order]
    pool = pool or Pool({})
    pool.texts.update({docs[row][0]: docs[row][1] for row in kept})
    pool.prefetch(other.tolist())  # an article without a reprint (most) is checked against them all
    starts = np.flatnonzero(np.r_[True, later[1:] != later[:-1]])[: len(later)]  # one run per article
    ends = np.r_[starts[1:], len(later)][: len(starts)]
    found = Clusters(_clusters_of(stored, other, ids))
    for number, (start, end) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
        pairs.extend(matches(int(ids[later[start]]), other[start:end].tolist(), pool, found, work))
        if progress is not None and number % 1000 == 0:
            progress(number, len(starts))
    return sorted(pairs), ids.tolist()


def _clusters_of(stored: Stored, other: np.ndarray, batch: np.ndarray) -> Mapping[int, int]:
    if stored.clusters_of is None:
        return {}
    return stored.clusters_of(sorted(set(other.tolist()) - set(batch.tolist())))


def _twins(docs: Sequence[tuple[int, str]], stored: Mapping[int, int]) -> tuple[list[Pair], list[int]]:
    """Pairs of each text identical to an indexed or earlier one, and the rows left to index."""
    first: dict[str, int] = {}
    pairs: list[Pair] = []
    kept: list[int] = []
    for row, (article_id, text) in enumerate(docs):
        twin = stored.get(row, first.get(text))
        if twin is None:
            first[text] = article_id
            kept.append(row)
        else:
            pairs.append((min(twin, article_id), max(twin, article_id), 1.0))
    return pairs, kept


def _worth_checking(
    later: np.ndarray, mine: np.ndarray, theirs: np.ndarray, lengths: np.ndarray, their_lengths: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Which candidate pairs pass the length bound and the estimate, and how many permutations agree.

    ``later`` indexes ``mine`` and ``lengths``; ``theirs[k]``, ``their_lengths[k]`` belong to pair k.
    """
    short, long = np.minimum(lengths[later], their_lengths), np.maximum(lengths[later], their_lengths)
    fitting = np.flatnonzero(short >= MIN_LENGTH_SHARE * long)
    agreeing = np.zeros(len(later), dtype=np.int64)
    for start in range(0, len(fitting), _CHUNK):  # chunks small enough for the cache
        rows = fitting[start : start + _CHUNK]
        agreeing[rows] = np.count_nonzero(mine[later[rows]] == theirs[rows], axis=1)
    return agreeing >= MIN_AGREEING, agreeing


def _in_batch(
    keys: np.ndarray, mine: np.ndarray, lengths: np.ndarray, held: Mapping[int, int], work: Work
) -> tuple[np.ndarray, ...]:
    """(later row, earlier row, agreeing) for the pairs of the batch worth checking."""
    earlier, later = _candidates(keys, held, work)
    work.candidates += len(later)
    keep = np.zeros(len(later), dtype=bool)
    agreeing = np.zeros(len(later), dtype=np.int64)

    def part(start: int) -> None:
        part = slice(start, start + _CHUNK)
        keep[part], agreeing[part] = _worth_checking(
            later[part], mine, mine[earlier[part]], lengths, lengths[earlier[part]]
        )

    _each_chunk(part, len(later))
    return later[keep], earlier[keep], agreeing[keep]


def _each_chunk(work: Callable[[int], None], count: int) -> None:
    """``work(start)`` for every chunk of ``count`` candidate pairs, on ``THREADS`` threads (numpy's
    loops let go of the GIL, and the chunks write to disjoint slices)."""
    starts = range(0, count, _CHUNK)
    if len(starts) < 2:
        for start in starts:
            work(start)
        return
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(work, starts))


def _from_store(
    stored: Stored, kept: list[int], mine: np.ndarray, lengths: np.ndarray, work: Work
) -> tuple[np.ndarray, ...]:
    """(later row, indexed article id, agreeing) for the stored candidates worth checking."""
    row_of = np.full(max(int(stored.rows.max()), max(kept, default=0)) + 1, -1, dtype=np.int64)
    row_of[kept] = np.arange(len(kept))
    later = row_of[stored.rows]
    present = later >= 0  # identical copies are not indexed, so they look for nothing
    later, ids = later[present], stored.ids[present]
    work.candidates += len(later)
    which = np.searchsorted(stored.known, ids)
    keep = np.zeros(len(later), dtype=bool)
    agreeing = np.zeros(len(later), dtype=np.int64)
    low = (mine & np.uint32(0xFF)).astype(np.uint8)  # the index keeps the low byte of each value

    def part(start: int) -> None:
        part = slice(start, start + _CHUNK)
        keep[part], agreeing[part] = _worth_checking(
            later[part], low, stored.sigs[which[part]], lengths, stored.lengths[which[part]]
        )

    _each_chunk(part, len(later))
    return later[keep], ids[keep], agreeing[keep]


def _candidates(
    keys: np.ndarray, held: Mapping[int, int] | None = None, work: Work | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every (earlier row, later row) sharing a band key, once, each later row paired only with the
    first entries of a bucket: ``BUCKET_CAP`` in all, the ``held`` indexed articles of the key coming
    first.  All bands' keys in one pool, as the stored index looks them up (``band_keys``: the band
    is part of the key)."""
    count = len(keys)
    flat = keys.ravel()
    owners = np.repeat(np.arange(count, dtype=np.int64), keys.shape[1])
    positions = np.arange(len(flat), dtype=np.int64)
    order = np.lexsort((owners, flat))  # by key, then row: a bucket's rows ascending
    sorted_keys = flat[order]
    starts = np.r_[True, sorted_keys[1:] != sorted_keys[:-1]] if len(flat) else np.zeros(0, bool)
    bucket_start = np.maximum.accumulate(np.where(starts, positions, 0)) if len(flat) else positions
    ahead = _held_counts(sorted_keys, held or {})  # indexed articles before the batch in each bucket
    before = positions - bucket_start  # how many earlier entries of the batch share this one's bucket
    if work is not None:
        stopped = before + ahead > BUCKET_CAP
        work.stop_bands += int(stopped.sum())
        work.capped += len(np.unique(owners[order[stopped]]))
    before = np.minimum(before, np.maximum(BUCKET_CAP - ahead, 0))
    total = int(before.sum())
    if not total:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    later = np.repeat(positions, before)
    first = np.repeat(np.cumsum(before) - before, before)
    earlier = np.repeat(bucket_start, before) + (np.arange(total) - first)
    early, late = owners[order[earlier]], owners[order[later]]
    codes = (early * count + late)[early != late]  # one article whose two bands met in a key: no pair
    unique = np.sort(codes)  # np.unique hashes, and is far slower on millions
    unique = unique[np.r_[True, unique[1:] != unique[:-1]]]
    return unique // count, unique % count


def _held_counts(sorted_keys: np.ndarray, held: Mapping[int, int]) -> np.ndarray:
    """For each entry of ``sorted_keys``, how many indexed articles hold that key (0 for most)."""
    if not held or not len(sorted_keys):
        return np.zeros(len(sorted_keys), dtype=np.int64)
    keys = np.array(sorted(held), dtype=np.int64)
    counts = np.array([held[key] for key in keys.tolist()], dtype=np.int64)
    where = np.minimum(np.searchsorted(keys, sorted_keys), len(keys) - 1)
    return np.where(keys[where] == sorted_keys, counts[where], 0)
