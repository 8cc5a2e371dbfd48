"""Tags on articles and on highlights, with a colour each; renamed and merged library-wide.

Names are stored as typed (trimmed, NFC, a leading ``#`` dropped) and compared
case-insensitively for Latin letters, so ``Safety`` and ``safety`` are one tag.
Each writing call is one committed transaction and returns what undoes it:

==================================  ==============================================
call                                undo with
==================================  ==============================================
``add_article_tag`` → True          ``remove_article_tag`` (False: nothing to undo)
``remove_article_tag`` → True       ``add_article_tag``
``rename_tag(old, new)``            ``rename_tag(new, old)``
``merge_tags`` → TagMerge           ``undo_merge(db, merge)``
``delete_tag`` → TagSnapshot        ``restore_tag(db, snapshot)``
``set_tag_color`` → old colour      ``set_tag_color(db, name, old)``
==================================  ==============================================
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader.errors import BadInputError, NotFoundError
from reader.store.db import in_chunks, inserted

# Default tag colours: readable on light and dark backgrounds; picked from the name so they are stable.
PALETTE: tuple[str, ...] = (
    "#d9534f", "#f0ad4e", "#5cb85c", "#5bc0de", "#428bca", "#9b59b6", "#e67e22", "#16a085",
)  # fmt: skip
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
MAX_NAME = 60


def normalise_name(name: str) -> str:
    """The stored form of a tag name; raises ``BadInputError`` for an unusable one."""
    clean = unicodedata.normalize("NFC", name).strip().lstrip("#").strip()
    if not clean:
        raise BadInputError(f"tag {name!r}", "a tag needs at least one visible character")
    if any(char in clean for char in "\r\n\t"):
        raise BadInputError(f"tag {name!r}", "a tag cannot contain line breaks or tabs")
    if len(clean) > MAX_NAME:
        raise BadInputError(f"tag {name!r}", f"longer than {MAX_NAME} characters")
    return clean


def default_color(name: str) -> str:
    digest = hashlib.blake2b(name.casefold().encode("utf-8"), digest_size=2).digest()
    return PALETTE[int.from_bytes(digest, "big") % len(PALETTE)]


def check_color(color: str) -> str:
    if not _HEX.fullmatch(color):
        raise BadInputError(f"tag colour {color!r}", "expected #rrggbb, e.g. #d9534f")
    return color.lower()


def _tag_id(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM tags WHERE name = ?", [normalise_name(name)]).fetchone()
    return row[0] if row else None


def _require(db: Database, name: str) -> int:
    tag_id = _tag_id(db, name)
    if tag_id is None:
        raise NotFoundError(f"no tag named {normalise_name(name)!r}")
    return tag_id


def ensure_tag(db: Database, name: str, color: str | None = None) -> int:
    """The tag's id, creating it (with ``color`` or a stable default) when new. No transaction of its own."""
    clean = normalise_name(name)
    found = _tag_id(db, clean)
    if found is not None:
        return found
    return inserted(
        db, "tags", {"name": clean, "color": check_color(color) if color else default_color(clean)}
    )


def list_tags(db: Database) -> list[dict[str, Any]]:
    """Every tag with its colour and how many articles and highlights carry it, by name."""
    return list(
        db.query(
            "SELECT t.id, t.name, t.color, "
            "(SELECT COUNT(*) FROM article_tags x WHERE x.tag_id = t.id) AS article_count, "
            "(SELECT COUNT(*) FROM annotation_tags y WHERE y.tag_id = t.id) AS annotation_count "
            "FROM tags t ORDER BY t.name COLLATE NOCASE, t.id"
        )
    )


def complete(db: Database, prefix: str, limit: int = 20) -> list[str]:
    """Existing tag names starting with ``prefix`` (then containing it), most used first: for completion."""
    needle = prefix.strip().lstrip("#").casefold()
    scored = []
    for tag in list_tags(db):
        folded = tag["name"].casefold()
        if needle in folded:
            rank = 0 if folded.startswith(needle) else 1
            scored.append((rank, -(tag["article_count"] + tag["annotation_count"]), folded, tag["name"]))
    return [name for *_key, name in sorted(scored)[:limit]]


def article_tags(db: Database, article_id: int) -> list[str]:
    return [
        row[0]
        for row in db.execute(
            "SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = ? "
            "ORDER BY t.name COLLATE NOCASE",
            [article_id],
        )
    ]


def tagged_article_ids(db: Database, name: str) -> set[int]:
    """Articles carrying the tag themselves or through one of their highlights (sidebar and search filter)."""
    tag_id = _tag_id(db, name)
    if tag_id is None:
        return set()
    rows = db.execute(
        "SELECT article_id FROM article_tags WHERE tag_id = ? UNION "
        "SELECT a.article_id FROM annotation_tags y JOIN annotations a ON a.id = y.annotation_id "
        "WHERE y.tag_id = ? AND a.article_id IS NOT NULL",
        [tag_id, tag_id],
    )
    return {row[0] for row in rows}


def all_tagged_article_ids(db: Database) -> set[int]:
    """Articles that carry at least one tag of their own."""
    return {row[0] for row in db.execute("SELECT DISTINCT article_id FROM article_tags")}


def annotation_tag_map(db: Database, annotation_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for chunk, marks in in_chunks(annotation_ids):
        for annotation_id, name in db.execute(
            f"SELECT y.annotation_id, t.name FROM annotation_tags y JOIN tags t ON t.id = y.tag_id "
            f"WHERE y.annotation_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            found[annotation_id].append(name)
    return found


def set_annotation_tags(db: Database, annotation_id: int, names: Iterable[str]) -> None:
    """Replace a highlight's tags; runs inside the caller's transaction (annotations.py calls it)."""
    ids = {ensure_tag(db, name) for name in names}
    db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [annotation_id])
    db.table("annotation_tags").insert_all(
        ({"annotation_id": annotation_id, "tag_id": tag_id} for tag_id in sorted(ids)), ignore=True
    )


def add_article_tag(db: Database, article_id: int, name: str) -> bool:
    """Tag an article; True when the tag was not there before (so undo should remove it)."""
    if not db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone():
        raise NotFoundError(f"no article with id {article_id}")
    with db.atomic():
        tag_id = ensure_tag(db, name)
        cursor = db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)", [article_id, tag_id]
        )
    return cursor.rowcount == 1


def remove_article_tag(db: Database, article_id: int, name: str) -> bool:
    """Untag an article; True when it had the tag. The tag itself stays (it may be used elsewhere)."""
    tag_id = _tag_id(db, name)
    if tag_id is None:
        return False
    with db.atomic():
        cursor = db.execute(
            "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [article_id, tag_id]
        )
    return cursor.rowcount == 1


def set_tag_color(db: Database, name: str, color: str) -> str:
    """Recolour a tag; returns the previous colour."""
    tag_id = _require(db, name)
    previous = db.execute("SELECT color FROM tags WHERE id = ?", [tag_id]).fetchone()[0]
    with db.atomic():
        db.execute("UPDATE tags SET color = ? WHERE id = ?", [check_color(color), tag_id])
    return previous


def rename_tag(db: Database, old: str, new: str) -> None:
    """Rename everywhere at once; refuses when ``new`` already exists (that is a merge)."""
    tag_id = _require(db, old)
    clean = normalise_name(new)
    other = _tag_id(db, clean)
    if other is not None and other != tag_id:
        raise BadInputError(f"tag {clean!r}", f"already exists; use merge to fold {old!r} into it")
    with db.atomic():
        db.execute("UPDATE tags SET name = ? WHERE id = ?", [clean, tag_id])


@dataclass(frozen=True)
class TagSnapshot:
    """A tag and everything it was attached to: enough to put it back exactly."""

    id: int
    name: str
    color: str
    article_ids: tuple[int, ...]
    annotation_ids: tuple[int, ...]


@dataclass(frozen=True)
class TagMerge:
    source: TagSnapshot
    target: str
    added_article_ids: tuple[int, ...]  # links the merge created on the target (undo removes them)
    added_annotation_ids: tuple[int, ...]
    target_created: bool  # the merge made the target tag; undo deletes it again


def _snapshot(db: Database, tag_id: int) -> TagSnapshot:
    name, color = db.execute("SELECT name, color FROM tags WHERE id = ?", [tag_id]).fetchone()
    articles = db.execute("SELECT article_id FROM article_tags WHERE tag_id = ? ORDER BY 1", [tag_id])
    notes = db.execute("SELECT annotation_id FROM annotation_tags WHERE tag_id = ? ORDER BY 1", [tag_id])
    return TagSnapshot(tag_id, name, color, tuple(r[0] for r in articles), tuple(r[0] for r in notes))


def delete_tag(db: Database, name: str) -> TagSnapshot:
    """Remove a tag from every article and highlight; the snapshot undoes it."""
    snapshot = _snapshot(db, _require(db, name))
    with db.atomic():
        db.execute("DELETE FROM tags WHERE id = ?", [snapshot.id])
    return snapshot


def restore_tag(db: Database, snapshot: TagSnapshot) -> None:
    """Undo ``delete_tag``: the tag and the links whose article or highlight still exists."""
    with db.atomic():
        tag_id = ensure_tag(db, snapshot.name, snapshot.color)
        db.execute("UPDATE tags SET color = ? WHERE id = ?", [snapshot.color, tag_id])
        _link(db, tag_id, snapshot.article_ids, snapshot.annotation_ids)


def _link(db: Database, tag_id: int, article_ids: Iterable[int], annotation_ids: Iterable[int]) -> None:
    for article_id in article_ids:
        db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT id, ? FROM articles WHERE id = ?",
            [tag_id, article_id],
        )
    for annotation_id in annotation_ids:
        db.execute(
            "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) "
            "SELECT id, ? FROM annotations WHERE id = ?",
            [tag_id, annotation_id],
        )


def merge_tags(db: Database, source: str, target: str) -> TagMerge:
    """Fold ``source`` into ``target`` (created when missing) library-wide and drop ``source``."""
    source_id = _require(db, source)
    clean_target = normalise_name(target)
    if _tag_id(db, clean_target) == source_id:
        raise BadInputError(f"tag {clean_target!r}", "cannot merge a tag into itself")
    snapshot = _snapshot(db, source_id)
    target_created = _tag_id(db, clean_target) is None
    with db.atomic():
        target_id = ensure_tag(db, clean_target, snapshot.color if target_created else None)
        had_articles = {
            r[0] for r in db.execute("SELECT article_id FROM article_tags WHERE tag_id = ?", [target_id])
        }
        had_notes = {
            r[0]
            for r in db.execute("SELECT annotation_id FROM annotation_tags WHERE tag_id = ?", [target_id])
        }
        _link(db, target_id, snapshot.article_ids, snapshot.annotation_ids)
        db.execute("DELETE FROM tags WHERE id = ?", [source_id])
    return TagMerge(
        snapshot,
        clean_target,
        tuple(a for a in snapshot.article_ids if a not in had_articles),
        tuple(a for a in snapshot.annotation_ids if a not in had_notes),
        target_created,
    )


def undo_merge(db: Database, merge: TagMerge) -> None:
    """Put the source tag back and take off the target only the links the merge added."""
    with db.atomic():
        target_id = _tag_id(db, merge.target)
        if target_id is not None and merge.target_created:
            db.execute("DELETE FROM tags WHERE id = ?", [target_id])
        elif target_id is not None:
            for article_id in merge.added_article_ids:
                db.execute(
                    "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [article_id, target_id]
                )
            for annotation_id in merge.added_annotation_ids:
                db.execute(
                    "DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?",
                    [annotation_id, target_id],
                )
        restore_tag(db, merge.source)


def tag_summaries(db: Database) -> list[dict[str, Any]]:
    """Every tag with its colour and the number of distinct articles it reaches (own or via highlights).

    The sidebar's Tags view shows this count, so it must equal ``len(tagged_articles(db, name))``.
    """
    return list(
        db.query(
            "SELECT t.id, t.name, t.color, (SELECT COUNT(*) FROM ("
            "  SELECT x.article_id FROM article_tags x WHERE x.tag_id = t.id UNION "
            "  SELECT a.article_id FROM annotation_tags y JOIN annotations a ON a.id = y.annotation_id "
            "  WHERE y.tag_id = t.id AND a.article_id IS NOT NULL)) AS article_count "
            "FROM tags t ORDER BY t.name COLLATE NOCASE, t.id"
        )
    )


def tagged_articles(db: Database, name: str) -> list[dict[str, Any]]:
    """Light rows (id, issue_id, title, issue_date) of the articles a tag reaches, newest issue first."""
    ids = sorted(tagged_article_ids(db, name))
    rows: list[dict[str, Any]] = []
    for chunk, marks in in_chunks(ids):
        rows += db.query(
            "SELECT a.id, a.issue_id, a.title, i.issue_date FROM articles a "
            f"JOIN issues i ON i.id = a.issue_id WHERE a.id IN ({marks})",
            chunk,
        )
    rows.sort(key=lambda r: r["id"])
    rows.sort(key=lambda r: r["issue_date"] or "", reverse=True)  # stable: undated last, then by id
    return rows


def article_tag_colors(db: Database, article_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """(name, colour) of each article's own tags, by name: the coloured dots on sidebar rows."""
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for chunk, marks in in_chunks(article_ids):
        for article_id, name, color in db.execute(
            f"SELECT x.article_id, t.name, t.color FROM article_tags x JOIN tags t ON t.id = x.tag_id "
            f"WHERE x.article_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            found[article_id].append((name, color))
    return found
