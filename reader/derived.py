"""What the library derives from saved articles besides their search entries and mentions.

The reprint index (near-duplicates) and the career ledger's claims.  ``reader.ingest`` writes the
claims of each group of files inside the group's transaction (after the group's entity mentions)
and indexes the reprints of the whole import in one pass at its end: vectorised over thousands of
articles at once, that pass costs a third of what a pass per group did.  An article that missed
it (the process stopped in between) has no ``reprint_docs`` row and is taken by the next pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

REPRINT_BATCH = 20_000
"""Articles per transaction of the reprint pass (memory: their signatures and candidate pairs)."""


def update_claims(db: Database, article_ids: Sequence[int]) -> None:
    """Rewrite these articles' claims; the caller owns the transaction."""
    from reader.careers.update import update_articles

    update_articles(db, article_ids)


def update_reprints(db: Database, article_ids: Sequence[int]) -> int:
    """Index these new or changed articles for reprints, and any article no pass has indexed yet;
    one transaction per batch of ``REPRINT_BATCH``.  Returns how many were (re)indexed."""
    from reader.reprints.index import index_articles
    from reader.store.reprints import unchecked, unindexed

    ids = sorted(set(article_ids) | set(unindexed(db)))
    count = 0
    for start in range(0, len(ids), REPRINT_BATCH):
        with unchecked(db):  # bulk writes of ids read in the same transaction: see its docstring
            count += index_articles(db, ids[start : start + REPRINT_BATCH])
    return count


def update_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Both, for one saved file (``ingest.import_file``); the caller owns the transaction."""
    from reader.reprints.index import index_articles

    update_claims(db, article_ids)
    index_articles(db, article_ids)
