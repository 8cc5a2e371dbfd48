"""What the library derives from every saved file besides its search entries and mentions.

One call from the import (``reader.ingest._store``), after the file's entity mentions are
written and inside the file's savepoint: the reprint index (near-duplicates) and the career
ledger's claims of the articles the file produced.  Kept in its own module so the import
routine carries one line for it.
"""

from __future__ import annotations

from sqlite_utils import Database

from reader.store.issues import SaveResult


def update_saved(db: Database, result: SaveResult) -> None:
    from reader.careers.update import update_articles
    from reader.reprints.index import index_articles

    index_articles(db, result.article_ids)
    update_articles(db, result.article_ids)
