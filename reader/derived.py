"""What the library derives from saved articles besides their search entries and mentions.

The reprint index (near-duplicates) and the career ledger's claims.  Claims read the entity
mentions, so ``reader.entities.pipeline.tag_articles`` rewrites them in the transaction that writes
the mentions (on import, from the tagging queue, after a correction, on ``reader reindex``).
``reader.ingest`` indexes the reprints of the whole import in one pass at its end: vectorised over
thousands of articles at once, that pass costs a third of what a pass per group did.  The window
asks the import to leave that pass (``reprints=False``) and runs it as a writer job of its own once
the import's summary is up, as it tags entities in the background.  An article
that missed it (the process stopped in between) has no ``reprint_docs`` row and is taken by the
next pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

REPRINT_BATCH = 100_000
"""Articles per transaction of the reprint pass (memory: their signatures, 50 MB, and candidate
pairs).  Large: no signature is stored, so an article of an earlier batch that is a candidate of a
later one is read and signed again — in one batch, a whole import's articles never are."""


def update_claims(db: Database, article_ids: Sequence[int]) -> None:
    """Rewrite the claims of these articles and of the other articles of their issues (an issue's
    place mentions are the context every one of its claims is read in); the caller owns the
    transaction."""
    from reader.careers.update import update_issues_of

    update_issues_of(db, article_ids)


def update_reprints(db: Database, article_ids: Sequence[int]) -> int:
    """Index these new or changed articles for reprints, and any article no pass has indexed yet;
    one transaction per batch of ``REPRINT_BATCH``.  Returns how many were (re)indexed."""
    from reader.reprints.index import index_articles
    from reader.store.reprints import purge_stale, unchecked, unindexed

    with db.atomic():
        purge_stale(db)  # the band rows of articles removed since the last pass, even if none is new
    ids = sorted(set(article_ids) | set(unindexed(db, article_ids)))
    count = 0
    for start in range(0, len(ids), REPRINT_BATCH):
        with unchecked(db):  # bulk writes of ids read in the same transaction: see its docstring
            count += index_articles(db, ids[start : start + REPRINT_BATCH])
    return count
