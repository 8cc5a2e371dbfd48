"""All SQL about reprints: the LSH band index, checked pairs, and the clustering kept for counting.

Band keys live in ``reprint_bands`` (one ``(key, article_id)`` row per article and band) so an import
can look up the candidates of its new articles without loading the library; pairs are stored
once, low id first.  The band table has no index by article: an article that leaves the index
(deleted, its text changed, indexed again) leaves its keys in ``reprint_stale`` (a trigger, m016),
and ``purge_stale`` deletes those rows by primary key at the start of the next pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
from sqlite_utils import Database

from reader.store.db import in_chunks


def docs(db: Database, article_ids: Sequence[int]) -> dict[int, str]:
    """The fingerprint each of these articles was indexed from."""
    found: dict[int, str] = {}
    for chunk, marks in in_chunks(list(article_ids)):
        found.update(
            db.execute(
                f"SELECT article_id, fingerprint FROM reprint_docs WHERE article_id IN ({marks})", chunk
            )
        )
    return found


def member_titles(db: Database) -> dict[int, str]:
    """Title of every article that is in a reprint cluster."""
    rows = db.execute("SELECT id, title FROM articles WHERE id IN (SELECT article_id FROM reprint_members)")
    return {row[0]: row[1] for row in rows}


def texts(db: Database, article_ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        found.update(db.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk))
    return found


def all_texts(db: Database) -> list[tuple[int, str]]:
    return [(row[0], row[1]) for row in db.execute("SELECT id, text FROM articles ORDER BY id")]


def forget(db: Database, article_ids: Sequence[int]) -> None:
    """Drop the index rows and pairs of these articles (they are about to be indexed again): the
    trigger of ``reprint_docs`` queues their band keys, deleted here at once.  Pairs explicitly too:
    an article may have some without a ``reprint_docs`` row (the index was dropped by m016)."""
    for chunk, marks in in_chunks(list(article_ids)):
        db.execute(f"DELETE FROM reprint_pairs WHERE a IN ({marks}) OR b IN ({marks})", chunk + chunk)
        db.execute(f"DELETE FROM reprint_docs WHERE article_id IN ({marks})", chunk)
    purge_stale(db)


def purge_stale(db: Database) -> int:
    """Delete the band rows of the articles that left the index (``reprint_stale``), by primary key:
    no scan of the band table, whatever its size.  Returns how many articles they were."""
    stale = db.execute("SELECT article_id, keys FROM reprint_stale").fetchall()
    if stale:
        rows = ((key, i) for i, blob in stale for key in np.frombuffer(blob, "<u4").tolist())
        db.conn.executemany("DELETE FROM reprint_bands WHERE key = ? AND article_id = ?", rows)
        db.execute("DELETE FROM reprint_stale")
    return len(stale)


@contextmanager
def unchecked(db: Database) -> Iterator[None]:
    """One transaction without foreign-key checks, for the index's bulk writes.

    Every id they write was read from ``articles`` inside the same transaction, so none can dangle;
    checking each of a million band rows against ``articles`` (a random page of the article table
    per row) tripled the time of a whole-library pass.  Inside a caller's transaction the pragma
    cannot change, and the same work is merely checked.
    """
    switch = not db.conn.in_transaction
    if switch:
        db.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            yield
    finally:
        if switch:
            db.execute("PRAGMA foreign_keys = ON")


def replace_all(
    db: Database,
    docs: Iterable[tuple[int, int, int, bytes | None, bytes | None]],
    bands: Iterable[tuple[int, int]],
    pairs: Iterable[tuple[int, int, float]],
    members: Iterable[tuple[int, int, int]],
) -> None:
    """Replace the whole index in one transaction (the whole-library run); ``bands`` sorted by key."""
    with unchecked(db):
        for table in ("reprint_members", "reprint_pairs", "reprint_bands", "reprint_docs", "reprint_stale"):
            db.execute(f"DELETE FROM {table}")
        add_docs(db, docs)
        add_bands(db, bands)
        add_pairs(db, pairs)
        replace_members(db, [], members)


def add_docs(db: Database, rows: Iterable[tuple[int, int, int, bytes | None, bytes | None]]) -> None:
    """``(article_id, fingerprint, length, keys, signature)`` rows; band keys and the signature's low
    bytes only for an article in the band index (none for a text too short to sign, or for a later
    identical copy)."""
    db.conn.executemany(
        "INSERT INTO reprint_docs (article_id, fingerprint, length, keys, signature) VALUES (?, ?, ?, ?, ?)",
        rows,
    )


def sketches(db: Database, article_ids: Sequence[int]) -> dict[int, tuple[int, bytes | None]]:
    """``article_id → (length, signature)`` of these indexed articles: what the estimate reads of a
    candidate (the normalised length, the low byte of each MinHash value), in one walk."""
    found: dict[int, tuple[int, bytes | None]] = {}
    for chunk, marks in in_chunks(list(article_ids)):
        sql = f"SELECT article_id, length, signature FROM reprint_docs WHERE article_id IN ({marks})"
        found.update((row[0], (row[1], row[2])) for row in db.execute(sql, chunk))
    return found


def add_bands(db: Database, rows: Iterable[tuple[int, int]]) -> None:
    """``(key, article_id)`` rows: the article can now be found by the articles after it."""
    db.conn.executemany("INSERT INTO reprint_bands (key, article_id) VALUES (?, ?)", rows)


def bucket_heads(db: Database, keys: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """``(key, article_id)``: the first ``limit`` articles (lowest ids) of each key's bucket.

    One ``LIMIT`` walk down the primary key per key, so a key shared by 9,000 articles costs what one
    shared by ``limit`` does; up to 200 keys a query (SQLite allows 500 terms in a compound select).
    """
    term = (
        "SELECT * FROM (SELECT key, article_id FROM reprint_bands WHERE key = ? ORDER BY article_id LIMIT ?)"
    )
    found: list[tuple[int, int]] = []
    for start in range(0, len(keys), 200):
        chunk = keys[start : start + 200]
        sql = " UNION ALL ".join([term] * len(chunk))
        found.extend(db.execute(sql, [v for key in chunk for v in (key, limit)]).fetchall())
    return found


def band_candidates(
    db: Database, keys: np.ndarray, cap: int
) -> tuple[np.ndarray, np.ndarray, dict[int, int]]:
    """For rows of band keys (``(n, bands)``, one row per new article): (row, indexed article) for
    every shared key, once per pair, as arrays, and how many indexed articles hold each key, counted
    up to ``cap + 1``.  A key held by more than ``cap`` (a stop band) yields only the first ``cap`` of
    them (lowest ids: ``detect.BUCKET_CAP``).  The matching of keys back to rows is done in numpy."""
    flat = keys.ravel()
    owners = np.repeat(np.arange(len(keys), dtype=np.int64), keys.shape[1])
    order = np.argsort(flat, kind="stable")
    ordered = flat[order]
    hits = bucket_heads(db, np.unique(flat).tolist(), cap + 1)
    if not hits:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), {}
    found = np.array(hits, dtype=np.int64)
    found = found[np.lexsort((found[:, 1], found[:, 0]))]
    starts = np.flatnonzero(np.r_[True, found[1:, 0] != found[:-1, 0]])
    sizes = np.diff(np.r_[starts, len(found)])
    held = dict(zip(found[starts, 0].tolist(), sizes.tolist(), strict=True))
    rank = np.arange(len(found)) - np.repeat(starts, sizes)
    found = found[rank < cap]
    left = np.searchsorted(ordered, found[:, 0], "left")
    count = np.searchsorted(ordered, found[:, 0], "right") - left  # new entries with this key
    first = np.repeat(np.cumsum(count) - count, count)
    every_row = owners[order[np.repeat(left, count) + np.arange(int(count.sum())) - first]]
    every_id = np.repeat(found[:, 1], count)
    span = int(every_id.max()) + 1
    codes = np.sort(every_row * span + every_id)  # sorted, then deduplicated (np.unique hashes: slow)
    codes = codes[np.r_[True, codes[1:] != codes[:-1]]]
    return codes // span, codes % span, held


def unindexed(db: Database, pending: Sequence[int] = ()) -> list[int]:
    """Articles no reprint pass has seen (imported while the pass was not run, or before it existed).

    Every ``reprint_docs`` row belongs to an article (a cascading foreign key), so the difference of
    the two counts is how many there are; when the ``pending`` articles not yet indexed account for
    all of them, they are the answer, without the scan of the article table (0.2 s at 500,000)."""
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    indexed = db.execute("SELECT count(*) FROM reprint_docs").fetchone()[0]
    waiting = sorted(set(pending) - docs(db, sorted(set(pending))).keys())
    if articles - indexed == len(waiting):
        return waiting
    sql = (
        "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM reprint_docs d WHERE d.article_id = a.id)"
    )
    return [row[0] for row in db.execute(sql)]


def clusters_of(db: Database, article_ids: Sequence[int]) -> dict[int, int]:
    """``article_id → cluster_id`` of those of these articles that are in a cluster."""
    found: dict[int, int] = {}
    for chunk, marks in in_chunks(list(article_ids)):
        found.update(
            db.execute(
                f"SELECT article_id, cluster_id FROM reprint_members WHERE article_id IN ({marks})", chunk
            )
        )
    return found


def first_with(db: Database, fingerprints: Sequence[int]) -> list[int | None]:
    """For each fingerprint, the indexed article with that text (an identical copy stands for it)."""
    found: dict[int, int] = {}
    for start in range(0, len(fingerprints), 500):
        chunk = sorted(set(fingerprints[start : start + 500]))
        found.update(
            db.execute(
                "SELECT fingerprint, min(article_id) FROM reprint_docs WHERE keys IS NOT NULL "
                f"AND fingerprint IN ({','.join('?' * len(chunk))}) GROUP BY fingerprint",
                chunk,
            ).fetchall()
        )
    return [found.get(fingerprint) for fingerprint in fingerprints]


def add_pairs(db: Database, pairs: Iterable[tuple[int, int, float]]) -> None:
    db.conn.executemany("INSERT OR REPLACE INTO reprint_pairs (a, b, similarity) VALUES (?, ?, ?)", pairs)


def pairs(db: Database, min_similarity: float = 0.0) -> list[tuple[int, int, float]]:
    rows = db.execute(
        "SELECT a, b, similarity FROM reprint_pairs WHERE similarity >= ? ORDER BY a, b", [min_similarity]
    )
    return [(a, b, s) for a, b, s in rows]


def pairs_touching(
    db: Database, article_ids: Iterable[int], min_similarity: float
) -> list[tuple[int, int, float]]:
    found: set[tuple[int, int, float]] = set()
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        found.update(
            db.execute(
                f"SELECT a, b, similarity FROM reprint_pairs WHERE similarity >= ? "
                f"AND (a IN ({marks}) OR b IN ({marks}))",
                [min_similarity, *chunk, *chunk],
            )
        )
    return sorted(found)


def dates(db: Database, article_ids: Iterable[int]) -> dict[int, str | None]:
    found: dict[int, str | None] = {}
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        found.update(
            db.execute(
                "SELECT a.id, i.issue_date FROM articles a JOIN issues i ON i.id = a.issue_id "
                f"WHERE a.id IN ({marks})",
                chunk,
            )
        )
    return found


def declared_reprints(db: Database, article_ids: Iterable[int]) -> set[int]:
    """Articles whose source note says they were printed elsewhere first (原载…)."""
    found: set[int] = set()
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        found.update(
            row[0]
            for row in db.execute(
                f"SELECT id FROM articles WHERE id IN ({marks}) AND source_note IS NOT NULL AND source_note != ''",  # noqa: E501
                chunk,
            )
        )
    return found


def members_of_clusters(db: Database, article_ids: Iterable[int]) -> set[int]:
    """Every member of the clusters these articles are in now."""
    found: set[int] = set()
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        found.update(
            row[0]
            for row in db.execute(
                "SELECT article_id FROM reprint_members WHERE cluster_id IN "
                f"(SELECT cluster_id FROM reprint_members WHERE article_id IN ({marks}))",
                chunk,
            )
        )
    return found


def originals(db: Database, cluster_ids: Sequence[int]) -> dict[int, int]:
    """``cluster_id → `` the article marked as its original, for these clusters."""
    found: dict[int, int] = {}
    for chunk, marks in in_chunks(list(cluster_ids)):
        where = f"is_original = 1 AND cluster_id IN ({marks})"
        sql = f"SELECT cluster_id, article_id FROM reprint_members WHERE {where}"
        found.update(db.execute(sql, chunk))
    return found


def move_cluster(db: Database, old: int, new: int) -> None:
    """Every member of cluster ``old`` now belongs to cluster ``new`` (two clusters merged)."""
    db.execute("UPDATE reprint_members SET cluster_id = ? WHERE cluster_id = ?", [new, old])


def set_original(db: Database, article_id: int, original: bool) -> None:
    db.execute("UPDATE reprint_members SET is_original = ? WHERE article_id = ?", [int(original), article_id])


def replace_members(db: Database, article_ids: Iterable[int], rows: Iterable[tuple[int, int, int]]) -> None:
    """Rewrite the clustering of ``article_ids``: ``(article_id, cluster_id, is_original)`` rows."""
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        db.execute(f"DELETE FROM reprint_members WHERE article_id IN ({marks})", chunk)
    db.conn.executemany(
        "INSERT OR REPLACE INTO reprint_members (article_id, cluster_id, is_original) VALUES (?, ?, ?)", rows
    )


def others_of(db: Database, article_id: int, limit: int = 12) -> list[dict[str, Any]]:
    """The other versions of ``article_id``: the members of its cluster (paired with it directly or
    through other versions), with where they were printed, the similarity of a direct pair (``None``
    when they are linked through others) and their text; directly paired first, then by date."""
    rows = db.execute(
        """
        SELECT m.article_id, p.similarity, a.title, i.publication, i.issue_date, i.title,
               a.source_note, a.text
        FROM reprint_members m
        JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
        LEFT JOIN reprint_pairs p ON (p.a = :id AND p.b = m.article_id) OR (p.b = :id AND p.a = m.article_id)
        WHERE m.cluster_id = (SELECT cluster_id FROM reprint_members WHERE article_id = :id)
          AND m.article_id != :id
        ORDER BY p.similarity IS NULL, p.similarity DESC, i.issue_date, m.article_id
        LIMIT :limit
        """,
        {"id": article_id, "limit": limit},
    )
    keys = (
        "article_id",
        "similarity",
        "title",
        "publication",
        "issue_date",
        "issue_title",
        "source_note",
        "text",
    )
    return [dict(zip(keys, row, strict=True)) for row in rows]


def articles_printed(db: Database, publication: str, date: str | None) -> list[dict[str, Any]]:
    """Articles of issues of ``publication`` (on ``date`` when given): where a 原载 note may point."""
    sql = (
        "SELECT a.id, a.title, a.text, i.issue_date, i.title "
        "FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE (i.publication = ? OR i.title LIKE '%' || ? || '%')"
    )
    params: list[Any] = [publication, publication]
    if date is not None:
        sql += " AND i.issue_date = ?"
        params.append(date)
    keys = ("article_id", "title", "text", "issue_date", "issue_title")
    return [dict(zip(keys, row, strict=True)) for row in db.execute(sql + " ORDER BY a.id", params)]


def source_note(db: Database, article_id: int) -> tuple[str | None, str]:
    row = db.execute("SELECT source_note, text FROM articles WHERE id = ?", [article_id]).fetchone()
    return (row[0], row[1]) if row else (None, "")


def state(db: Database) -> dict[str, int]:
    docs = db.execute("SELECT count(*) FROM reprint_docs").fetchone()[0]
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"indexed": docs, "articles": articles}
