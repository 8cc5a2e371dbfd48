"""Keep the reprint index of a library up to date: per saved file on import, or all at once.

The import calls ``index_articles`` with the articles one file produced: only texts that
changed are signed, their candidates come from the stored band keys and are estimated against
the low byte of each of their stored MinHash values (their texts are read only for the exact
check of the few that pass), and only the clusters they touch are regrouped, so an issue costs
milliseconds whatever the library's size.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlite_utils import Database

from reader.reprints import detect
from reader.reprints.clusters import clusters
from reader.reprints.detect import (
    DEFAULT_SIMILARITY,
    MIN_LENGTH_SHARE,
    Clusters,
    Pair,
    Pool,
    Stored,
    Work,
    batch_pairs,
)
from reader.reprints.signature import (
    LOW_BYTE,
    MIN_CHARS,
    NUM_PERM,
    band_keys,
    keys_blob,
    low_bytes,
    normalise,
    signatures,
)
from reader.reprints.similarity import ratio
from reader.reprints.sources import parse_note
from reader.store import reprints as store

log = logging.getLogger(__name__)

NOTE_SIMILARITY = 0.6
"""A 原载 note names the publication and the day, so the one article of that issue it means may be
edited more than a reprint found by search alone."""


def _fingerprint(normalised: str) -> int:
    """64 bits of BLAKE2b of the normalised text: which text an article was indexed from, and which
    articles are identical copies (two different texts meet with probability 2⁻⁶⁴ per pair)."""
    digest = hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _normalised(texts: dict[int, str]) -> dict[int, str]:
    return {article_id: normalise(text) for article_id, text in texts.items()}


def index_articles(db: Database, article_ids: Sequence[int], work: Work | None = None) -> int:
    """Index new or changed articles and pair them with the library; returns how many were (re)indexed.

    The caller owns the transaction (the import runs this once per group of saved files, inside the
    group's transaction).  A changed article takes the clusters it was in along: their members look
    for their match again, so no pair is left pointing at a text that is gone.
    """
    store.purge_stale(db)  # band rows of articles that left the index since the last pass
    current = _normalised(store.texts(db, article_ids))
    prints = {i: _fingerprint(t) for i, t in current.items()}
    known = store.docs(db, list(current))
    changed = {i for i in current if known.get(i) != prints[i]}
    if not changed:
        return 0
    before = store.members_of_clusters(db, changed)
    redo = sorted(changed | before)
    texts = {**current, **_normalised(store.texts(db, set(redo) - current.keys()))}
    store.forget(db, redo)
    work = work if work is not None else Work()
    docs, bands, found = _index(db, [(i, texts[i]) for i in redo], from_store=True, prints=prints, work=work)
    _log(work, len(redo))
    store.add_docs(db, docs)
    store.add_bands(db, bands)
    store.add_pairs(db, found)
    if before:  # a changed article's old clusters may fall apart: regroup their components
        _regroup(db, set(redo))
    else:
        _join(db, found)
    return len(redo)


Rows = tuple[list[tuple[int, int, int, bytes | None, bytes | None]], Iterable[tuple[int, int]], list[Pair]]


def _index(
    db: Database,
    docs: list[tuple[int, str]],
    *,
    from_store: bool,
    progress: Any = None,
    prints: dict[int, int] | None = None,
    work: Work | None = None,
) -> Rows:
    """Pair a batch (id order) with the index and with each other: the rows that add it to the index
    (``reprint_docs``, ``reprint_bands``) and the pairs found."""
    prints = dict(prints or {})
    for article_id, text in docs:
        if article_id not in prints:
            prints[article_id] = _fingerprint(text)
    signed = [(i, t) for i, t in docs if len(t) >= MIN_CHARS]
    sigs = signatures([t for _i, t in signed])
    fetch = lambda ids: _normalised(store.texts(db, ids))  # noqa: E731
    pool = Pool({}, fetch)
    stored = _stored(db, signed, sigs, pool, prints) if from_store else None
    found, indexed = batch_pairs(signed, sigs, stored, pool, progress, work)
    row_of = {article_id: row for row, (article_id, _t) in enumerate(signed)}
    rows = [row_of[i] for i in indexed]
    keys = band_keys(sigs[rows])
    blobs = {i: keys_blob(keys[n]) for n, i in enumerate(indexed)}  # none for an identical copy
    lows = {i: low_bytes(sigs[row]) for i, row in zip(indexed, rows, strict=True)}
    docs_rows = [(i, prints[i], len(t), blobs.get(i), lows.get(i)) for i, t in docs]
    return docs_rows, _band_rows(np.array(indexed, dtype=np.int64), keys), found


def _stored(
    db: Database, signed: list[tuple[int, str]], sigs: np.ndarray, pool: Pool, prints: dict[int, int]
) -> Stored:
    """The indexed articles sharing a band key with the batch, and the batch's identical copies.

    Each indexed article keeps the low byte of each of its MinHash values (128 bytes): the estimate
    against a candidate compares those bytes (two different values agree by chance one time in 256,
    which moves an estimate by a fraction of one permutation; the exact check decides anyway).  A
    candidate indexed without them (none so far) is read and signed again."""
    rows, ids, held = store.band_candidates(db, band_keys(sigs), detect.BUCKET_CAP)
    known = np.sort(ids)
    known = known[np.r_[True, known[1:] != known[:-1]]] if len(known) else known
    sketches = store.sketches(db, known.tolist())
    lengths = np.array([sketches[i][0] for i in known.tolist()], dtype=np.int64)
    mine = np.array([len(t) for _i, t in signed], dtype=np.int64)[rows]
    theirs = lengths[np.searchsorted(known, ids)]
    fitting = np.minimum(mine, theirs) >= MIN_LENGTH_SHARE * np.maximum(mine, theirs)
    needed = np.isin(known, ids[fitting])  # only these are ever compared
    known_sigs = np.zeros((len(known), NUM_PERM), dtype=np.uint8)
    missing = []
    for position in np.flatnonzero(needed).tolist():
        signature = sketches[int(known[position])][1]
        if signature is None:
            missing.append(int(known[position]))
        else:
            known_sigs[position] = np.frombuffer(signature, dtype=np.uint8)
    if missing:
        pool.prefetch(missing)
        rows_missing = np.searchsorted(known, missing)
        known_sigs[rows_missing] = signatures([pool.text(i) for i in missing]) & LOW_BYTE
    twins = store.first_with(db, [prints[i] for i, _t in signed])
    return Stored(
        rows=rows,
        ids=ids,
        known=known,
        sigs=known_sigs,
        lengths=lengths,
        twins={row: twin for row, twin in enumerate(twins) if twin is not None},
        clusters_of=lambda ids: store.clusters_of(db, ids),
        held=held,
    )


def _regroup(db: Database, touched: set[int]) -> None:
    """Recluster the connected components the touched articles are (or were) part of."""
    component = set(touched)
    frontier = set(touched)
    pairs: set[tuple[int, int, float]] = set()
    while frontier:
        new_pairs = set(store.pairs_touching(db, frontier, DEFAULT_SIMILARITY)) - pairs
        pairs |= new_pairs
        reached = {x for a, b, _s in new_pairs for x in (a, b)} - component
        component |= reached
        frontier = reached
    store.replace_members(db, component, _member_rows(db, clusters(pairs, DEFAULT_SIMILARITY)))


def _join(db: Database, found: list[Pair]) -> None:
    """Add the pairs of articles that were in no cluster to the clustering: each article joins (and
    may merge) the clusters of its partners, whose members stay where they are unless their cluster
    takes a lower id.  The rows ``_regroup`` would write, at a cost that follows the new pairs and
    the clusters they touch, not those clusters' sizes (the synthetic 500,000-article library has
    clusters of 9,000 articles, and rereading one took seconds).  A partner in no cluster yet joins
    as the newcomers do."""
    paired = {x for a, b, _s in found for x in (a, b)}
    cluster_of = store.clusters_of(db, sorted(paired))
    groups = Clusters()
    for a, b, _s in found:
        groups.union(cluster_of.get(a, a), cluster_of.get(b, b))
    old = set(cluster_of.values())
    newcomers = paired - cluster_of.keys()
    members: dict[int, list[int]] = {}
    for node in old | newcomers:
        members.setdefault(groups.find(node), []).append(node)
    originals = store.originals(db, sorted(old))
    ids = newcomers | set(originals.values())
    key = _original_key(store.dates(db, ids), store.declared_reprints(db, ids))
    rows: list[tuple[int, int, int]] = []
    for cluster_id, nodes in members.items():  # the union keeps the lowest id as the root
        joined = [x for x in nodes if x in old]
        arriving = [x for x in nodes if x in newcomers]
        original = min(arriving + [originals[c] for c in joined if c in originals], key=key)
        for cluster in joined:
            if cluster != cluster_id:
                store.move_cluster(db, cluster, cluster_id)
            if originals.get(cluster) not in (None, original):
                store.set_original(db, originals[cluster], False)
        rows.extend((x, cluster_id, int(x == original)) for x in arriving)
    store.replace_members(db, [], rows)


def _original_key(dates: dict[int, str | None], notes: set[int]) -> Callable[[int], tuple[Any, ...]]:
    """First published: the earliest dated; on the same day, one that names no other source (原载…)."""
    return lambda i: (dates.get(i) is None, dates.get(i) or "", i in notes, i)


def _member_rows(db: Database, found: Iterable[Any]) -> list[tuple[int, int, int]]:
    found = list(found)
    ids = {i for cluster in found for i in cluster.article_ids}
    key = _original_key(store.dates(db, ids), store.declared_reprints(db, ids))
    rows: list[tuple[int, int, int]] = []
    for cluster in found:
        original = min(cluster.article_ids, key=key)
        rows.extend((i, cluster.article_ids[0], int(i == original)) for i in cluster.article_ids)
    return rows


def rebuild(
    db: Database, progress: Callable[[int, int], None] | None = None, work: Work | None = None
) -> int:
    """Index the whole library from scratch (after an upgrade, or to check the incremental index)."""
    docs = [(article_id, normalise(text)) for article_id, text in store.all_texts(db)]
    work = work if work is not None else Work()
    rows, bands, found = _index(db, docs, from_store=False, progress=progress, work=work)
    _log(work, len(docs))
    members = _member_rows(db, clusters(found, DEFAULT_SIMILARITY))
    store.replace_all(db, rows, bands, found, members)
    return len(docs)


def _log(work: Work, articles: int) -> None:
    if work.capped:
        cap = detect.BUCKET_CAP
        log.info(
            "reprints: %d of %d articles met a band key held by more than %d earlier articles "
            "(%d times) and were compared with the first %d of it; %d candidates estimated, %d checked",
            work.capped, articles, cap, work.stop_bands, cap, work.candidates, work.checked,
        )  # fmt: skip


def _band_rows(ids: np.ndarray, keys: np.ndarray) -> Iterable[tuple[int, int]]:
    """``(key, article_id)`` in key order, the order the table keeps them in."""
    flat = keys.ravel()
    owners = np.repeat(ids, keys.shape[1])
    order = np.lexsort((owners, flat))
    flat, owners = flat[order], owners[order]
    once = np.r_[True, (flat[1:] != flat[:-1]) | (owners[1:] != owners[:-1])] if len(flat) else []
    return zip(flat[once].tolist(), owners[once].tolist(), strict=True)  # two bands, one key: one row


@dataclass(frozen=True)
class ClusterRow:
    article_ids: list[int]
    similarity: float
    first_published: str | None
    original_article_id: int


def library_clusters(db: Database, min_similarity: float = DEFAULT_SIMILARITY) -> list[ClusterRow]:
    """The clusters at ``min_similarity`` (≥ ``THRESHOLD``), largest first."""
    found = clusters(store.pairs(db, min_similarity), min_similarity)
    ids = {i for cluster in found for i in cluster.article_ids}
    dates = store.dates(db, ids)
    key = _original_key(dates, store.declared_reprints(db, ids))
    rows = []
    for cluster in found:
        original = min(cluster.article_ids, key=key)
        rows.append(ClusterRow(list(cluster.article_ids), cluster.similarity, dates.get(original), original))
    return sorted(rows, key=lambda row: (-len(row.article_ids), row.article_ids[0]))


def original_of_note(db: Database, article_id: int) -> int | None:
    """The article a ``原载…`` note of ``article_id`` names, when that issue is in the library.

    Among the articles of that publication and day, a reprint pair wins; otherwise the one
    whose text is most alike (at least ``NOTE_SIMILARITY``), so a note never links to an unrelated article.
    """
    note_text, text = store.source_note(db, article_id)
    note = parse_note(note_text) or parse_note(text[-80:])
    if note is None:
        return None
    printed = [
        row
        for row in store.articles_printed(db, note.publication, note.date)
        if row["article_id"] != article_id
    ]
    if not printed:
        return None
    paired = {row["article_id"]: row["similarity"] or 0.0 for row in store.others_of(db, article_id)}
    if in_pairs := [row for row in printed if row["article_id"] in paired]:
        return max(in_pairs, key=lambda row: paired[row["article_id"]])["article_id"]
    mine = normalise(text)
    scored = [(ratio(mine, normalise(row["text"])), row["article_id"]) for row in printed]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= NOTE_SIMILARITY else None
