"""Run the recogniser over stored articles, apply the user's corrections, store mentions.

Library-wide consistency: a person found by a context rule anywhere becomes a
known name (recognised wherever it appears), and a text the user rejected is
never a person again.  ``reindex`` therefore runs twice: once to collect the
names, once to apply them everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlite_utils import Database

from reader.entities.claims import normalise_name
from reader.entities.recogniser import Mention, Recogniser, Segmented
from reader.store import entities as store
from reader.store.issues import SaveResult

FIELDS = store.FIELDS


def _known_people(db: Database) -> set[str]:
    rows = db.execute(
        "SELECT DISTINCT e.text FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.kind = 'person'"
    ).fetchall()
    return {row[0] for row in rows}


def build_recogniser(
    db: Database, extra_people: Iterable[str] = (), token_memo: dict[str, Segmented] | None = None
) -> Recogniser:
    """The recogniser the library's corrections call for; ``token_memo`` shares jieba's work between the
    two passes over one batch of articles."""
    corrections = store.list_corrections(db)
    rejected = {c["text"] for c in corrections if c["action"] == "reject" and c["scope"] == "all"}
    entries = {name: "person" for name in extra_people if len(name) >= 2}
    for c in corrections:
        if c["scope"] == "all" and c["action"] in ("add", "retype"):
            entries[c["text"]] = c["kind"]
    return Recogniser(user_entries=entries.items(), rejections=rejected, token_memo=token_memo)


def _apply(
    corrections: list[dict[str, Any]], article_id: int, field: str, text: str, mentions: list[Mention]
) -> list[Mention]:
    result = list(mentions)
    for c in corrections:
        if c["action"] == "reject" and c["scope"] == "all" and c["kind"] is not None:
            result = [m for m in result if not (m.kind == c["kind"] and m.text == c["text"])]
        if c["scope"] != "occurrence" or c["article_id"] != article_id or c["field"] != field:
            continue
        start, end = c["start"], c["end"]
        result = [m for m in result if m.end <= start or m.start >= end]
        if c["action"] in ("add", "retype") and 0 <= start < end <= len(text):
            result.append(Mention(c["kind"], start, end, text[start:end]))
    return sorted(result, key=lambda m: m.start)


def _articles(db: Database, article_ids: Iterable[int]) -> Iterable[dict[str, Any]]:
    for article_id in article_ids:
        row = db.execute(
            "SELECT id, title, kicker, subtitle, text FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is not None:
            yield dict(zip(("id", "title", "kicker", "subtitle", "text"), row, strict=True))


def _recognise_into(
    db: Database, recogniser: Recogniser, article: dict[str, Any], corrections: list[dict[str, Any]]
) -> None:
    by_field = {}
    for field in FIELDS:
        value = article[field] or ""
        by_field[field] = _apply(corrections, article["id"], field, value, recogniser.recognise(value))
    rejected = {c["text"] for c in corrections if c["action"] == "reject" and c["scope"] == "all"}
    byline = [
        normalise_name(r[0])
        for r in db.execute(
            "SELECT name FROM bylines WHERE article_id = ? ORDER BY position", [article["id"]]
        ).fetchall()
    ]
    store.replace_mentions(db, article["id"], by_field, [n for n in byline if n and n not in rejected])


def _people_in(recogniser: Recogniser, articles: Iterable[dict[str, Any]]) -> set[str]:
    """Names a context rule confirmed in these articles (first of the two passes)."""
    return {
        name
        for article in articles
        for field in FIELDS
        for name in recogniser.confirmed_people(article[field] or "")
    }


def annotate_articles(db: Database, article_ids: Iterable[int]) -> int:
    """Recognise and store the mentions of the given articles in one transaction.

    Names known from the rest of the library and names confirmed anywhere in
    these articles are recognised in all of them (two passes, as in ``reindex``).
    """
    ids = list(article_ids)
    memo: dict[str, Segmented] = {}
    people = _known_people(db) | _people_in(build_recogniser(db, token_memo=memo), _articles(db, ids))
    recogniser = build_recogniser(db, people, token_memo=memo)
    corrections = store.list_corrections(db)
    count = 0
    with db.atomic():
        for article in _articles(db, ids):
            _recognise_into(db, recogniser, article, corrections)
            count += 1
        if store.get_state(db, "version") is None:
            store.set_state(db, "version", Recogniser.VERSION)
    return count


def annotate_saved(db: Database, result: SaveResult) -> None:
    """``after_save`` hook of the import: recognise the articles one saved file produced."""
    annotate_articles(db, result.article_ids)


def reindex(db: Database, progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute every article's mentions, e.g. after the recogniser or the dictionaries changed."""
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    corrections = store.list_corrections(db)
    recogniser = build_recogniser(db, _people_in(build_recogniser(db), _articles(db, ids)))
    with db.atomic():
        for done, article in enumerate(_articles(db, ids), start=1):
            _recognise_into(db, recogniser, article, corrections)
            if progress is not None:
                progress(done, len(ids))
        db.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)")
        store.set_state(db, "version", Recogniser.VERSION)
    return len(ids)


def needs_reindex(db: Database) -> bool:
    return store.get_state(db, "version") != Recogniser.VERSION
