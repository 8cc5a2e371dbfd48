"""What the library derives from every saved file besides its search entries and mentions.

One call from the import (``reader.ingest``), after the entity mentions of a group of files are
written and inside the group's transaction: the reprint index (near-duplicates) and the career
ledger's claims of the articles those files produced.  Kept in its own module so the import
routine carries one line for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database


def update_articles(db: Database, article_ids: Sequence[int]) -> None:
    """Index these (new or changed) articles for reprints and rewrite their claims; the caller owns
    the transaction.  The import calls it once per group of saved files, not per file: the reprint
    index then compares a few hundred new articles with the library in one vectorised pass."""
    from reader.careers.update import update_articles as update_claims
    from reader.reprints.index import index_articles

    index_articles(db, article_ids)
    update_claims(db, article_ids)
