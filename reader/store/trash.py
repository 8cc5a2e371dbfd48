"""Removing issues without losing anything: a trash that restores them exactly.

Why a snapshot and not a "deleted" flag: every query in the library (search, people,
the tree, exports) would have to learn to skip flagged rows.  Instead an issue that
is removed is written, rows and all, into one ``trash`` row (a JSON snapshot of the
issue, its versions, sections, articles, bylines, mentions, article tags, read marks
and per-occurrence entity corrections) and then deleted.  Its highlights are never
deleted: the foreign keys detach them (``article_id``/``issue_id`` become NULL), the
snapshot remembers where each one was, and restoring puts them back exactly.  Should
the same file be imported again instead, ``issues.save_issue`` re-attaches them by
content hash or article key (see ``annotations.adopt_orphans``).

Every public function that writes is one transaction, committed before it returns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader.dates import now_iso
from reader.errors import NotFoundError
from reader.store import annotations as annotation_store
from reader.store import entities as entity_store
from reader.store import search
from reader.store.db import in_chunks

TRASHED_ANCHOR = "trashed"  # ``annotations.anchor`` while the highlight's issue sits in the trash


@dataclass(frozen=True)
class Attached:
    """How many of the user's own things hang off some issues: what removing them would touch."""

    highlights: int = 0
    notes: int = 0  # highlights with a written note
    tagged_articles: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.highlights or self.tagged_articles)


@dataclass(frozen=True)
class TrashEntry:
    id: int
    issue_id: int
    issue_key: str
    title: str | None
    issue_date: str | None
    source_file: str
    articles: int
    highlights: int
    notes: int
    trashed_at: str
    back_in_library: int | None = None  # an issue with the same content imported again meanwhile


def attached(db: Database, issue_ids: Sequence[int]) -> Attached:
    """Highlights, notes and tagged articles of these issues (the confirmation dialog's numbers)."""
    highlights = notes = tagged = 0
    for chunk, marks in in_chunks(list(issue_ids)):
        row = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(a.note != ''), 0) FROM annotations a "
            f"JOIN articles ar ON ar.id = a.article_id WHERE ar.issue_id IN ({marks})",
            chunk,
        ).fetchone()
        highlights, notes = highlights + row[0], notes + row[1]
        tagged += db.execute(
            "SELECT COUNT(DISTINCT t.article_id) FROM article_tags t "
            f"JOIN articles ar ON ar.id = t.article_id WHERE ar.issue_id IN ({marks})",
            chunk,
        ).fetchone()[0]
    return Attached(highlights, notes, tagged)


def _rows(db: Database, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


_OF_ISSUE = "JOIN articles ar ON ar.id = x.article_id WHERE ar.issue_id = ?"


def _snapshot(db: Database, issue_id: int) -> dict[str, Any]:
    issues = _rows(db, "SELECT * FROM issues WHERE id = ?", [issue_id])
    if not issues:
        raise NotFoundError(f"no issue with id {issue_id}")
    return {
        "issue": issues[0],
        "versions": _rows(db, "SELECT * FROM issue_versions WHERE issue_id = ? ORDER BY version", [issue_id]),
        "sections": _rows(db, "SELECT * FROM sections WHERE issue_id = ? ORDER BY position", [issue_id]),
        "articles": _rows(db, "SELECT * FROM articles WHERE issue_id = ? ORDER BY position", [issue_id]),
        "bylines": _rows(db, f"SELECT x.* FROM bylines x {_OF_ISSUE}", [issue_id]),
        "mentions": _rows(
            db,
            'SELECT x.article_id, e.kind, e.text, x.field, x.start, x."end", x.source FROM mentions x '
            f"JOIN entities e ON e.id = x.entity_id {_OF_ISSUE}",
            [issue_id],
        ),
        "article_tags": _rows(
            db,
            "SELECT x.article_id, t.name, t.color FROM article_tags x "
            f"JOIN tags t ON t.id = x.tag_id {_OF_ISSUE}",
            [issue_id],
        ),
        "corrections": _rows(db, f"SELECT x.* FROM entity_corrections x {_OF_ISSUE}", [issue_id]),
        "annotations": _rows(
            db,
            'SELECT uid, article_id, start, "end", orphaned, anchor FROM annotations WHERE issue_id = ?',
            [issue_id],
        ),
    }


def trash_issues(db: Database, issue_ids: Iterable[int]) -> list[int]:
    """Move issues to the trash (one transaction); returns the trash entry ids, in the order given."""
    entries = []
    stamp = now_iso()
    with db.atomic():
        for issue_id in issue_ids:
            snapshot = _snapshot(db, issue_id)
            count = attached(db, [issue_id])
            issue = snapshot["issue"]
            entry = db.execute(
                "INSERT INTO trash (issue_id, issue_key, title, issue_date, source_file, content_hash, "
                "articles, highlights, notes, trashed_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    issue_id, issue["key"], issue["title"], issue["issue_date"], issue["source_file"],
                    issue["content_hash"], len(snapshot["articles"]), count.highlights, count.notes, stamp,
                    json.dumps(snapshot, ensure_ascii=False),
                ],
            ).lastrowid  # fmt: skip
            uids = [a["uid"] for a in snapshot["annotations"]]
            for article in snapshot["articles"]:
                search.remove_article(db, article["id"])
            db.execute("DELETE FROM issues WHERE id = ?", [issue_id])  # cascades; notes are only detached
            for chunk, marks in in_chunks(uids):  # type: ignore[arg-type]
                db.execute(
                    f"UPDATE annotations SET orphaned = 1, anchor = ? WHERE uid IN ({marks})",
                    [TRASHED_ANCHOR, *chunk],
                )
            entries.append(int(entry or 0))
    return entries


def list_trash(db: Database) -> list[TrashEntry]:
    """What is in the trash, most recently removed first."""
    rows = db.execute(
        "SELECT t.id, t.issue_id, t.issue_key, t.title, t.issue_date, t.source_file, t.articles, "
        "t.highlights, t.notes, t.trashed_at, "
        "(SELECT i.id FROM issues i WHERE i.content_hash = t.content_hash) FROM trash t ORDER BY t.id DESC"
    ).fetchall()
    return [TrashEntry(*row) for row in rows]


def _free(db: Database, table: str, row_id: int) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is None


def _unique_key(db: Database, key: str) -> str:
    candidate, n = key, 1
    while db.execute("SELECT 1 FROM issues WHERE key = ?", [candidate]).fetchone():
        n += 1
        candidate = f"{key}~{n}"
    return candidate


def _insert(db: Database, table: str, row: dict[str, Any], keep_id: bool = True) -> int:
    values = dict(row)
    if not keep_id or not _free(db, table, values["id"]):
        values.pop("id")
    columns = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" * len(values))
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
    return int(cursor.lastrowid or 0)


def _tag_id(db: Database, name: str, color: str) -> int:
    row = db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row:
        return int(row[0])
    return int(db.execute("INSERT INTO tags (name, color) VALUES (?, ?)", [name, color]).lastrowid or 0)


def restore(db: Database, entry_id: int) -> int:
    """Put a trashed issue back as it was; returns its issue id (the old one when still free).

    When the same file was imported again meanwhile, that issue is kept: the
    snapshot's article tags, read marks and highlights join it, and the entry goes.
    """
    row = db.execute("SELECT payload, content_hash FROM trash WHERE id = ?", [entry_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no trash entry {entry_id}")
    snapshot = json.loads(row[0])
    with db.atomic():
        existing = db.execute("SELECT id FROM issues WHERE content_hash = ?", [row[1]]).fetchone()
        if existing:
            issue_id = int(existing[0])
            article_ids = _join_existing(db, snapshot, issue_id)
        else:
            issue_id, article_ids = _put_back(db, snapshot)
        _reattach(db, snapshot, issue_id, article_ids)
        db.execute("DELETE FROM trash WHERE id = ?", [entry_id])
    return issue_id


def _put_back(db: Database, snapshot: dict[str, Any]) -> tuple[int, dict[int, int]]:
    issue = dict(snapshot["issue"])
    old_key = issue["key"]
    issue["key"] = _unique_key(db, old_key)
    issue_id = _insert(db, "issues", issue)
    for version in snapshot["versions"]:
        _insert(db, "issue_versions", {**version, "issue_id": issue_id}, keep_id=False)
    sections = {s["id"]: _insert(db, "sections", {**s, "issue_id": issue_id}) for s in snapshot["sections"]}
    article_ids: dict[int, int] = {}
    columns = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
    for article in snapshot["articles"]:
        values = {
            **{name: value for name, value in article.items() if name in columns},  # m017 dropped two
            "issue_id": issue_id,
            "section_id": sections.get(article["section_id"]),
            "key": issue["key"] + article["key"][len(old_key) :],
        }
        new_id = _insert(db, "articles", values)
        article_ids[article["id"]] = new_id
        search.index_prepared(
            db,
            [
                (
                    new_id,
                    search.prepare(
                        kicker=article["kicker"],
                        title=article["title"],
                        subtitle=article["subtitle"],
                        text=article["text"],
                    ),
                )
            ],
        )
    for byline in snapshot["bylines"]:
        _insert(db, "bylines", {**byline, "article_id": article_ids[byline["article_id"]]}, keep_id=False)
    db.conn.executemany(
        'INSERT INTO mentions (article_id, entity_id, field, start, "end", source) VALUES (?, ?, ?, ?, ?, ?)',
        [
            (
                article_ids[m["article_id"]], entity_store.entity_id(db, m["kind"], m["text"]),
                m["field"], m["start"], m["end"], m["source"],
            )
            for m in snapshot["mentions"]
        ],
    )  # fmt: skip
    for correction in snapshot["corrections"]:
        values = {**correction, "article_id": article_ids[correction["article_id"]]}
        _insert(db, "entity_corrections", values, keep_id=False)
    _tag_articles(db, snapshot, article_ids)
    return issue_id, article_ids


def _tag_articles(db: Database, snapshot: dict[str, Any], article_ids: dict[int, int]) -> None:
    for tag in snapshot["article_tags"]:
        target = article_ids.get(tag["article_id"])
        if target is not None:
            db.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [target, _tag_id(db, tag["name"], tag["color"])],
            )


def _join_existing(db: Database, snapshot: dict[str, Any], issue_id: int) -> dict[int, int]:
    """Map the snapshot's articles onto an issue imported again from the same bytes (same order)."""
    key = snapshot["issue"]["key"]
    current = dict(db.execute("SELECT key, id FROM articles WHERE issue_id = ?", [issue_id]).fetchall())
    new_key = db.execute("SELECT key FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
    article_ids: dict[int, int] = {}
    for article in snapshot["articles"]:
        target = current.get(new_key + article["key"][len(key) :])
        if target is None:
            continue
        article_ids[article["id"]] = target
        if article["read_at"]:
            db.execute(
                "UPDATE articles SET read_at = COALESCE(read_at, ?) WHERE id = ?",
                [article["read_at"], target],
            )
    _tag_articles(db, snapshot, article_ids)
    return article_ids


def _reattach(db: Database, snapshot: dict[str, Any], issue_id: int, article_ids: dict[int, int]) -> None:
    """Highlights that are still detached go back where they were (exactly: the text is the same)."""
    for saved in snapshot["annotations"]:
        current = db.execute(
            "SELECT id FROM annotations WHERE uid = ? AND article_id IS NULL", [saved["uid"]]
        ).fetchone()
        if current is None:
            continue  # deleted by the user, or re-attached by an import meanwhile
        target = article_ids.get(saved["article_id"]) if saved["article_id"] is not None else None
        db.execute(
            'UPDATE annotations SET article_id = ?, issue_id = ?, start = ?, "end" = ?, orphaned = ?, '
            "anchor = ? WHERE id = ?",
            [
                target, issue_id, saved["start"], saved["end"],
                1 if target is None else saved["orphaned"], saved["anchor"], current[0],
            ],
        )  # fmt: skip
    annotation_store.reanchor_issue(db, issue_id)


def purge(db: Database, entry_ids: Iterable[int]) -> int:
    """Delete trash entries for good; their highlights stay in the library as orphans."""
    count = 0
    with db.atomic():
        for entry_id in entry_ids:
            row = db.execute("SELECT payload FROM trash WHERE id = ?", [entry_id]).fetchone()
            if row is None:
                continue
            uids = [saved["uid"] for saved in json.loads(row[0])["annotations"]]
            for chunk, marks in in_chunks(uids):  # type: ignore[arg-type]
                db.execute(
                    f"UPDATE annotations SET anchor = 'orphaned' WHERE anchor = ? AND uid IN ({marks})",
                    [TRASHED_ANCHOR, *chunk],
                )
            count += db.execute("DELETE FROM trash WHERE id = ?", [entry_id]).rowcount
    return count
