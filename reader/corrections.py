"""The entity-correction use case, one for the CLI (``reader entity reject|add``) and the window.

A correction is recorded, then only the articles it can change are recognised again:
the one article of a single occurrence, or every article containing the text for a
library-wide one.  As ``reader.ingest`` is for imports, this sits above the store and the
recogniser and below both front ends, so they cannot drift apart.
"""

from __future__ import annotations

from sqlite_utils import Database

from reader.entities import pipeline
from reader.store import entities as store_entities
from reader.store.search import matching_article_ids

Occurrence = tuple[int, str, int, int]  # article id, field, start, end


def correct(
    db: Database,
    text: str,
    action: str,
    *,
    kind: str | None = None,
    scope: str = "all",
    occurrence: Occurrence | None = None,
    run: pipeline.Recognise | None = None,
) -> list[int]:
    """Record ``action`` (reject, add, retype) for ``text`` and re-annotate what it touches.

    Returns the ids of the re-annotated articles; ``run`` recognises (default: in this process).
    """
    article_id, field, start, end = occurrence if occurrence else (None, None, None, None)
    with db.atomic():
        store_entities.add_correction(
            db, text, action, kind=kind, scope=scope, article_id=article_id, field=field, start=start, end=end
        )
    touched = {article_id} if scope == "occurrence" and article_id is not None else set()
    if scope == "all":
        touched |= matching_article_ids(db, text)
    pipeline.annotate_articles(db, sorted(touched), run=run or pipeline.recognise)
    return sorted(touched)
