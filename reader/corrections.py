"""One entity correction as a use case: record it, re-recognise what it touches, rewrite what depends on it.

The window's worker and ``reader entity add/reject`` both call ``correct_entity``, so a correction
never leaves data derived from the old mentions behind: the career ledger's claims of the touched
articles are rewritten in the same transaction as their mentions (no ``reader careers rebuild``
needed).  No Qt and no SQL here: the store modules write, the pipelines compute.
"""

from __future__ import annotations

from sqlite_utils import Database

Occurrence = tuple[int, str, int, int]
"""(article id, field, start, end) of the one occurrence a ``scope="occurrence"`` correction means."""


def correct_entity(
    db: Database,
    text: str,
    action: str,
    *,
    kind: str | None = None,
    scope: str = "all",
    occurrence: Occurrence | None = None,
) -> list[int]:
    """Apply one correction to the library; returns the ids of the articles whose mentions were redone.

    Only articles containing ``text`` can change (or the one article of an occurrence), so those are
    the ones re-recognised.  All or nothing: a failure leaves neither the correction nor half its effect.
    """
    from reader.careers.update import update_articles
    from reader.entities import pipeline
    from reader.store import entities as store
    from reader.store.search import matching_article_ids

    article_id, field, start, end = occurrence if occurrence else (None, None, None, None)
    with db.atomic():
        store.add_correction(
            db, text, action, kind=kind, scope=scope, article_id=article_id, field=field, start=start, end=end
        )
        touched = {article_id} if scope == "occurrence" and article_id is not None else set()
        if scope == "all":
            touched |= matching_article_ids(db, text)
        ids = sorted(touched)
        pipeline.annotate_articles(db, ids)
        update_articles(db, ids)  # the ledger reads mentions: its claims follow them at once
    return ids
