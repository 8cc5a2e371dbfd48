"""All SQL about the career ledger: claims per article, the user's merges and splits.

Claims are derived data: rewritten for an article whenever its text or mentions change.
Corrections name units by text (name, place), never by claim id, so they outlive every rewrite.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from reader.dates import now_iso
from reader.errors import BadInputError
from reader.ledger_values import Claim, Correction, StoredClaim, Unit
from reader.store.db import in_chunks
from reader.textfold import simplified


def article_inputs(db: Database, article_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Each article's fields, issue and mentions: what claim extraction reads."""
    rows: list[dict[str, Any]] = []
    for chunk, marks in in_chunks(list(article_ids)):
        rows.extend(
            db.query(
                "SELECT a.id, a.issue_id, a.title, a.kicker, a.subtitle, a.text, a.byline_text, "
                "i.issue_date, i.publication, i.title AS issue_title "
                "FROM articles a JOIN issues i ON i.id = a.issue_id "
                f"WHERE a.id IN ({marks})",
                chunk,
            )
        )
    mentions: dict[int, list[tuple[str, str, int, int, str]]] = {}
    for chunk, marks in in_chunks([row["id"] for row in rows]):
        for article_id, kind, field, start, end, text in db.execute(
            'SELECT m.article_id, e.kind, m.field, m.start, m."end", e.text FROM mentions m '
            f"JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN ({marks}) AND m.field != 'byline'",
            chunk,
        ):
            mentions.setdefault(article_id, []).append((kind, field, start, end, text))
    for row in rows:
        row["mentions"] = mentions.get(row["id"], [])
    return sorted(rows, key=lambda row: row["id"])


def issue_article_ids(db: Database, issue_ids: Iterable[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for chunk, marks in in_chunks(sorted(set(issue_ids))):
        for article_id, issue_id in db.execute(
            f"SELECT id, issue_id FROM articles WHERE issue_id IN ({marks}) ORDER BY position", chunk
        ):
            found.setdefault(issue_id, []).append(article_id)
    return found


def issue_ids_of(db: Database, article_ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for chunk, marks in in_chunks(sorted(set(article_ids))):
        found.update(
            row[0] for row in db.execute(f"SELECT issue_id FROM articles WHERE id IN ({marks})", chunk)
        )
    return found


def all_issue_ids(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM issues ORDER BY id")]


def replace_claims(db: Database, claims: Mapping[int, Iterable[Claim]]) -> None:
    """Drop these articles' claims and write their new ones; the caller owns the transaction."""
    for chunk, marks in in_chunks(sorted(claims)):
        db.execute(f"DELETE FROM career_claims WHERE article_id IN ({marks})", chunk)
    db.conn.executemany(
        "INSERT INTO career_claims (article_id, name, post, place, organisation, kind, date, field, start, "
        '"end", printed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
            (
                article_id,
                c.name,
                c.post,
                c.place,
                c.organisation,
                c.kind,
                c.date,
                c.field,
                c.start,
                c.end,
                c.printed,
            )
            for article_id, article_claims in claims.items()
            for c in article_claims
        ],
    )


_CLAIMS = """
SELECT c.id, c.article_id, c.name, c.post, c.place, c.organisation, c.kind, c.date, c.printed,
       c.field, c.start, c."end", a.title, i.publication, a.key
FROM career_claims c JOIN articles a ON a.id = c.article_id JOIN issues i ON i.id = a.issue_id
"""


def claims(db: Database, names: Iterable[str] | None = None) -> list[StoredClaim]:
    """Stored claims (of ``names`` only, when given), oldest first."""
    if names is None:
        rows = db.execute(_CLAIMS + " ORDER BY c.date, c.id").fetchall()
    else:
        rows = []
        for chunk, marks in in_chunks(sorted(set(names))):
            rows.extend(db.execute(_CLAIMS + f" WHERE c.name IN ({marks}) ORDER BY c.date, c.id", chunk))
    return [StoredClaim(*row) for row in rows]


def names_with(db: Database, *, name: str | None = None, post: str | None = None) -> list[str]:
    """Names having a claim whose name (or post) contains the given text, in either script (林郑 finds
    林鄭月娥, 局长 finds 局長): compared in their simplified reading, in Python over the distinct pairs."""
    wanted_name, wanted_post = simplified(name or ""), simplified(post or "")
    rows = db.execute("SELECT DISTINCT name, post FROM career_claims").fetchall()
    found = {
        claim_name
        for claim_name, claim_post in rows
        if wanted_name in simplified(claim_name) and wanted_post in simplified(claim_post)
    }
    return sorted(found)


def add_correction(db: Database, action: str, unit: Unit, other: Unit) -> int:
    if action not in ("merge", "split"):
        raise BadInputError("action", f"unknown action {action!r}; use merge or split")
    if not unit[0] or not other[0]:
        raise BadInputError("person", "a person is NAME or NAME@PLACE, and the name may not be empty")
    if unit == other:
        raise BadInputError("person", "the two people are the same")
    cursor = db.execute(
        "INSERT INTO career_corrections (action, name, place, other_name, other_place, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [action, unit[0], unit[1], other[0], other[1], now_iso()],
    )
    return int(cursor.lastrowid or 0)


def corrections(db: Database) -> list[Correction]:
    rows = db.execute(
        "SELECT action, name, place, other_name, other_place FROM career_corrections ORDER BY id"
    ).fetchall()
    return [
        Correction(action, (name, place), (other, other_place))
        for action, name, place, other, other_place in rows
    ]


def claim_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM career_claims").fetchone()[0])
