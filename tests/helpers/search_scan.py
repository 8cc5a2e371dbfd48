"""The search tests' reference answer: every article read and tested with ``in``, no index."""

from __future__ import annotations

from sqlite_utils import Database

from reader.store.search import query_terms
from reader.textfold import fold


def brute_force_ids(db: Database, query: str, *, variants: bool = True) -> set[int]:
    """Fold every field of every article and keep those where each term is a substring of a field."""
    terms = query_terms(query, variants=variants)
    if not terms:
        return set()
    found = set()
    for article_id, *fields in db.execute("SELECT id, kicker, title, subtitle, text FROM articles"):
        folded = [fold(value, variants=variants) for value in fields if value]
        if all(any(term in value for value in folded) for term in terms):
            found.add(article_id)
    return found
