"""Versions, not duplicates: spot an issue that repeats another, and fold it in as a new version.

A corrected copy of a file that sits in another folder has another path, so the
import cannot know it is the same issue: it becomes an issue of its own, and every
search hit, article count and chart doubles.  ``likely_duplicates`` finds such
pairs (the same article titles, or the same publication and date with some titles
in common: different pages of one day's paper share a date but no titles), and
``merge`` makes the newer issue the next version of the older one: the older
issue keeps its id, key and links, takes the newer text (article ids are kept
where the titles are), and every highlight of both is re-anchored, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader.dates import now_iso
from reader.errors import BadInputError
from reader.store import annotations as annotation_store
from reader.store import search
from reader.store.db import in_chunks
from reader.store.issues import get_issue, normalise_title

SAME_TITLES = 0.6  # share of titles in common (of all titles of both) that makes two issues one
SAME_DAY_TITLES = 0.25  # enough when publication and date agree too


@dataclass(frozen=True)
class Duplicate:
    issue_id: int  # the issue checked (usually just imported)
    of_issue: int  # the issue already in the library it repeats
    same_day: bool  # same publication and issue date
    overlap: float  # titles in common / titles of both
    highlights: int  # highlights on ``of_issue``: what a merge re-anchors


def _titles(db: Database, issue_id: int) -> set[str]:
    return {
        normalise_title(t) for (t,) in db.execute("SELECT title FROM articles WHERE issue_id = ?", [issue_id])
    }


def likely_duplicates(db: Database, issue_id: int) -> list[Duplicate]:
    """Issues ``issue_id`` seems to repeat, best match first (empty when it looks new).

    Runs after every imported file, so it stays cheap on a big library: one grouped query
    over the title index counts the titles each other issue shares, and only issues sharing
    at least a quarter of them are compared title by title.
    """
    issue = get_issue(db, issue_id)
    titles = sorted({t for (t,) in db.execute("SELECT title FROM articles WHERE issue_id = ?", [issue_id])})
    shared: dict[int, int] = {}
    for chunk, marks in in_chunks(titles):  # type: ignore[arg-type]
        for other, count in db.execute(
            f"SELECT issue_id, COUNT(DISTINCT title) FROM articles WHERE title IN ({marks}) "
            "AND issue_id != ? GROUP BY issue_id",
            [*chunk, issue_id],
        ):
            shared[other] = shared.get(other, 0) + count
    least = max(1, int(SAME_DAY_TITLES * len(titles)))
    mine = {normalise_title(t) for t in titles}
    found = []
    for other in sorted(o for o, count in shared.items() if count >= least):
        row = db.execute("SELECT publication, issue_date FROM issues WHERE id = ?", [other]).fetchone()
        theirs = _titles(db, other)
        overlap = len(mine & theirs) / max(1, len(mine | theirs))
        same_day = bool(issue["issue_date"]) and (row[0], row[1]) == (
            issue["publication"],
            issue["issue_date"],
        )
        if overlap >= SAME_TITLES or (same_day and overlap >= SAME_DAY_TITLES):
            highlights = db.execute(
                "SELECT COUNT(*) FROM annotations WHERE issue_id = ?", [other]
            ).fetchone()[0]
            found.append(Duplicate(issue_id, other, same_day, overlap, highlights))
    return sorted(found, key=lambda d: (-d.overlap, -d.same_day, d.of_issue))


_CONTENT = (
    "section_id", "position", "kicker", "title", "subtitle", "byline_text", "dateline", "date_line",
    "credit", "source_note", "editor_codes", "text", "blocks", "char_count",
)  # fmt: skip


def merge(db: Database, source_id: int, target_id: int) -> annotation_store.ReanchorReport:
    """Make issue ``source_id`` the newest version of ``target_id`` and remove it as an issue of its own.

    The target keeps its id, key (so every ``bulletin-reader://`` link), title or date
    the user corrected, and the ids of articles whose titles both have.  It takes the
    source's text, sections, mentions and file; article tags and read marks of both
    are kept; every highlight of both is re-anchored (an orphan stays, never deleted).
    Returns how the highlights were placed.
    """
    if source_id == target_id:
        raise BadInputError(f"issue {source_id}", "cannot merge an issue into itself")
    source, target = get_issue(db, source_id), get_issue(db, target_id)
    with db.atomic():
        stamp = now_iso()
        old_sections = [r[0] for r in db.execute("SELECT id FROM sections WHERE issue_id = ?", [target_id])]
        db.execute("UPDATE sections SET issue_id = ? WHERE issue_id = ?", [target_id, source_id])
        theirs = dict(db.execute("SELECT key, id FROM articles WHERE issue_id = ?", [target_id]).fetchall())
        tails = {key[len(target["key"]) :]: article_id for key, article_id in theirs.items()}
        kept: set[int] = set()
        for key, article_id in db.execute(
            "SELECT key, id FROM articles WHERE issue_id = ?", [source_id]
        ).fetchall():
            tail = key[len(source["key"]) :]
            if tail in tails:
                _take_over(db, article_id, tails[tail])
                kept.add(tails[tail])
            else:
                db.execute(
                    "UPDATE articles SET issue_id = ?, key = ? WHERE id = ?",
                    [target_id, target["key"] + tail, article_id],
                )
        for article_id in set(theirs.values()) - kept:  # gone from the newer text: its notes re-anchor
            search.remove_article(db, article_id)
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        for chunk, marks in in_chunks(old_sections):
            db.execute(f"DELETE FROM sections WHERE id IN ({marks})", chunk)
        prefix = source["key"] + "/"
        db.execute(
            "UPDATE annotations SET issue_id = ?, article_key = ? || substr(article_key, ?) "
            "WHERE issue_id = ? AND substr(article_key, 1, ?) = ?",
            [target_id, target["key"] + "/", len(prefix) + 1, source_id, len(prefix), prefix],
        )
        db.execute("UPDATE annotations SET issue_id = ? WHERE issue_id = ?", [target_id, source_id])
        _adopt_file(db, source_id, target_id, stamp)
        db.execute("DELETE FROM issues WHERE id = ?", [source_id])
        return annotation_store.reanchor_issue(db, target_id)


def _take_over(db: Database, source_article: int, target_article: int) -> None:
    """The target's article takes the source article's text and everything hanging off it."""
    row = db.execute(
        f"SELECT {', '.join(_CONTENT)}, read_at FROM articles WHERE id = ?", [source_article]
    ).fetchone()
    values: dict[str, Any] = dict(zip((*_CONTENT, "read_at"), row, strict=True))
    db.execute(
        f"UPDATE articles SET {', '.join(c + ' = ?' for c in _CONTENT)}, "
        "read_at = COALESCE(read_at, ?) WHERE id = ?",
        [*(values[c] for c in _CONTENT), values["read_at"], target_article],
    )
    for table in ("bylines", "mentions"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [target_article])
        db.execute(
            f"UPDATE {table} SET article_id = ? WHERE article_id = ?", [target_article, source_article]
        )
    db.execute(
        "INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags "
        "WHERE article_id = ?",
        [target_article, source_article],
    )
    for table in ("entity_corrections", "annotations"):
        db.execute(
            f"UPDATE {table} SET article_id = ? WHERE article_id = ?", [target_article, source_article]
        )
    search.remove_article(db, source_article)
    db.execute("DELETE FROM articles WHERE id = ?", [source_article])
    search.index_article(
        db,
        target_article,
        kicker=values["kicker"],
        title=values["title"],
        subtitle=values["subtitle"],
        text=values["text"],
    )


def _adopt_file(db: Database, source_id: int, target_id: int, stamp: str) -> None:
    """The target's row describes the source's file now, as its next version; user corrections stay."""
    columns = "source_file, source_path, content_hash, byte_size, encoding, layout, publication, warnings"
    src = db.execute(
        f"SELECT {columns}, title, issue_date, title_edited, date_edited FROM issues WHERE id = ?",
        [source_id],
    ).fetchone()
    tgt = db.execute(
        "SELECT title, issue_date, title_edited, date_edited, version FROM issues WHERE id = ?", [target_id]
    ).fetchone()
    title, title_edited = (tgt[0], 1) if tgt[2] else (src[8], src[10])
    issue_date, date_edited = (tgt[1], 1) if tgt[3] else (src[9], src[11])
    version = tgt[4] + 1
    db.execute(
        f"UPDATE issues SET ({columns}) = (?, ?, ?, ?, ?, ?, ?, ?), title = ?, issue_date = ?, "
        "title_edited = ?, date_edited = ?, version = ?, updated_at = ? WHERE id = ?",
        [*src[:8], title, issue_date, title_edited, date_edited, version, stamp, target_id],
    )
    db.execute(
        "INSERT INTO issue_versions (issue_id, version, content_hash, byte_size, imported_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [target_id, version, src[2], src[3], stamp],
    )
