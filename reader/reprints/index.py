"""Keep the reprint index of a library up to date: per saved file on import, or all at once.

The import calls ``index_articles`` with the articles one file produced: only texts that
changed are signed again, their candidates come from the stored band keys, and only the
clusters they touch are regrouped, so an issue costs milliseconds whatever the library's size.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader.reprints.clusters import clusters
from reader.reprints.detect import DEFAULT_SIMILARITY, FLOOR, all_pairs, check_candidates
from reader.reprints.signature import MIN_CHARS, band_keys, normalise, signatures
from reader.reprints.similarity import ratio
from reader.reprints.sources import parse_note
from reader.store import reprints as store


def _fingerprint(normalised: str) -> str:
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=12).hexdigest()


def index_articles(db: Database, article_ids: Sequence[int]) -> int:
    """Index new or changed articles and pair them with the library; returns how many were (re)indexed.

    The caller owns the transaction (the import runs this inside the file's savepoint).
    """
    current = store.texts(db, article_ids)
    known = store.fingerprints(db, list(current))
    changed = {i for i, text in current.items() if known.get(i) != _fingerprint(normalise(text))}
    if not changed:
        return 0
    changed |= store.followers_of(db, changed)  # members of a changed leader look for a leader again
    before = store.members_of_clusters(db, changed)
    texts = {i: normalise(t) for i, t in store.texts(db, changed).items()}
    store.forget(db, sorted(changed))
    store.add_docs(db, [(i, _fingerprint(t), len(t)) for i, t in sorted(texts.items())])
    signed = [(i, t) for i, t in sorted(texts.items()) if len(t) >= MIN_CHARS]
    keys = {i: band_keys(s) for (i, _t), s in zip(signed, signatures([t for _i, t in signed]), strict=True)}
    others: dict[int, str] = {}

    def candidates(article_id: int) -> set[int]:
        found = store.candidates_for(db, keys[article_id]) - {article_id}
        missing = found - others.keys() - texts.keys()
        others.update({i: normalise(t) for i, t in store.texts(db, missing).items()})
        return found

    def leader_added(article_id: int) -> None:
        store.add_bands(db, article_id, keys[article_id])

    pairs, _leaders = check_candidates(signed, candidates, others, on_leader=leader_added)
    store.add_pairs(db, pairs)
    _regroup(db, set(changed) | before)
    return len(changed)


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


def _original_key(dates: dict[int, str | None], notes: set[int]) -> Callable[[int], tuple[Any, ...]]:
    """First published: the earliest dated; on the same day, one that names no other source (原载…)."""
    return lambda i: (dates.get(i) is None, dates.get(i) or "", i in notes, i)


def _member_rows(db: Database, found: Iterable[Any]) -> list[tuple[int, int, int]]:
    found = list(found)
    ids = {i for cluster in found for i in cluster.article_ids}
    key = _original_key(store.dates(db, ids), store.declared_reprints(db, ids))
    rows = []
    for cluster in found:
        original = min(cluster.article_ids, key=key)
        rows.extend((i, cluster.article_ids[0], int(i == original)) for i in cluster.article_ids)
    return rows


def rebuild(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Index the whole library from scratch (after an upgrade, or to check the incremental index)."""
    docs = [(article_id, normalise(text)) for article_id, text in store.all_texts(db)]
    signed = [(i, t) for i, t in docs if len(t) >= MIN_CHARS]
    sigs = signatures([t for _i, t in signed])
    found, leaders = all_pairs(signed, FLOOR, progress, sigs)
    lead = set(leaders)
    with db.atomic():
        store.clear(db)
        store.add_docs(db, [(i, _fingerprint(t), len(t)) for i, t in docs])
        for (article_id, _text), signature in zip(signed, sigs, strict=True):
            if article_id in lead:
                store.add_bands(db, article_id, band_keys(signature))
        store.add_pairs(db, found)
        store.replace_members(db, [], _member_rows(db, clusters(found, DEFAULT_SIMILARITY)))
    return len(docs)


@dataclass(frozen=True)
class ClusterRow:
    article_ids: list[int]
    similarity: float
    first_published: str | None
    original_article_id: int


def library_clusters(db: Database, min_similarity: float = DEFAULT_SIMILARITY) -> list[ClusterRow]:
    """The clusters at ``min_similarity`` (≥ ``FLOOR``), largest first."""
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
    whose text is most alike (at least ``FLOOR``), so a note never links to an unrelated article.
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
    paired = {row["article_id"]: row["similarity"] for row in store.others_of(db, article_id)}
    if in_pairs := [row for row in printed if row["article_id"] in paired]:
        return max(in_pairs, key=lambda row: paired[row["article_id"]])["article_id"]
    mine = normalise(text)
    scored = [(ratio(mine, normalise(row["text"])), row["article_id"]) for row in printed]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= FLOOR else None
