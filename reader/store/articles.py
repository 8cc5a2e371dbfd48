"""Reading articles back, in the shape the CLI's JSON and the window use."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlite_utils import Database

from reader.dates import now_iso
from reader.errors import NotFoundError
from reader.mentions import FIELDS
from reader.store import compact
from reader.store.db import in_chunks

_SELECT = """
SELECT articles.id, articles.issue_id, articles.key, issues.source_file, issues.title AS issue_title,
       issues.publication, issues.issue_date, issues.boilerplate AS issue_boilerplate,
       sections.name AS section, articles.position,
       articles.kicker, articles.title, articles.subtitle, articles.byline_text, articles.dateline,
       articles.date_line, articles.credit, articles.source_note, articles.editor_codes,
       articles.text, articles.blocks, articles.char_count, articles.read_at
FROM articles
JOIN issues ON issues.id = articles.issue_id
LEFT JOIN sections ON sections.id = articles.section_id
"""

SUMMARY_COLUMNS = (
    "articles.id, articles.issue_id, articles.section_id, articles.position, articles.kicker, "
    "articles.title, articles.subtitle, articles.char_count, articles.read_at"
)


def _bylines(db: Database, article_ids: list[int]) -> dict[int, list[dict[str, str]]]:
    found: dict[int, list[dict[str, str]]] = defaultdict(list)
    for chunk, marks in in_chunks(article_ids):
        for article_id, role, name in db.execute(
            f"SELECT article_id, role, name FROM bylines WHERE article_id IN ({marks}) "
            "ORDER BY article_id, position",
            chunk,
        ):
            found[article_id].append({"role": role, "name": name})
    return found


def _finish(db: Database, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    bylines = _bylines(db, [row["id"] for row in rows])
    for row in rows:
        row["byline"] = bylines.get(row["id"], [])
        row["editor_codes"] = json.loads(row["editor_codes"])
        row["blocks"] = compact.block_kinds(row["blocks"])
        if "issue_boilerplate" in row:  # the issue's set-aside lines, as text: what no article holds
            items = compact.boilerplate_items(row.pop("issue_boilerplate"))
            row["boilerplate"] = "\n".join(item[1] for item in items)
    return rows


def list_articles(db: Database, *, issue_id: int | None = None) -> list[dict[str, Any]]:
    """Full articles (text included) in reading order: by issue, then position."""
    where, params = ("WHERE articles.issue_id = ?", [issue_id]) if issue_id is not None else ("", [])
    rows = list(db.query(f"{_SELECT} {where} ORDER BY articles.issue_id, articles.position", params))
    return _finish(db, rows)


def get_article(db: Database, article_id: int) -> dict[str, Any]:
    rows = list(db.query(f"{_SELECT} WHERE articles.id = ?", [article_id]))
    if not rows:
        raise NotFoundError(f"no article with id {article_id}")
    return _finish(db, rows)[0]


def get_article_by_key(db: Database, key: str) -> dict[str, Any]:
    row = db.execute("SELECT id FROM articles WHERE key = ?", [key]).fetchone()
    if not row:
        raise NotFoundError(f"no article with key {key!r}")
    return get_article(db, row[0])


def article_summaries(
    db: Database, *, issue_id: int, section_id: int | None = None, unsectioned: bool = False
) -> list[dict[str, Any]]:
    """Light rows (no body) for lists and trees."""
    sql = f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE issue_id = ?"
    params: list[Any] = [issue_id]
    if section_id is not None:
        sql += " AND section_id = ?"
        params.append(section_id)
    elif unsectioned:
        sql += " AND section_id IS NULL"
    return list(db.query(sql + " ORDER BY position", params))


def article_count(db: Database) -> int:
    return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def set_read(db: Database, article_id: int, read: bool = True) -> None:
    with db.atomic():
        db.execute("UPDATE articles SET read_at = ? WHERE id = ?", [now_iso() if read else None, article_id])


def summaries_with_title(db: Database, fragment: str, *, limit: int = 500) -> list[dict[str, Any]]:
    """Light rows whose title contains ``fragment`` (case-insensitive for Latin), for the sidebar filter."""
    pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return list(
        db.query(
            f"SELECT {SUMMARY_COLUMNS} FROM articles WHERE title LIKE ? ESCAPE '\\' "
            "ORDER BY issue_id, position LIMIT ?",
            [pattern, limit],
        )
    )


def field_texts(db: Database, article_id: int) -> dict[str, str]:
    """The fields entity and highlight offsets index into, ``""`` where a field is empty."""
    row = db.execute(f"SELECT {', '.join(FIELDS)} FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {article_id}")
    return {name: value or "" for name, value in zip(FIELDS, row, strict=True)}
