"""All SQL about entities: mentions, user corrections, the people index.

Mentions point into one field of one article with Python string offsets.
Corrections are kept by text (not by mention id) so they survive ``reindex``
and re-import, which both delete and rewrite mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from sqlite_utils import Database

from reader.dates import now_iso
from reader.errors import BadInputError
from reader.mentions import FIELDS, KINDS, Mention, normalise_name
from reader.store import settings
from reader.textfold import simplified

CONFIRMED = "confirmed"
ACTIONS = ("reject", "add", "retype")
SCOPES = ("all", "occurrence")


def entity_id(db: Database, kind: str, text: str) -> int:
    """The row of an entity as printed, made on first sight with its simplified reading (see m018)."""
    db.execute(
        "INSERT OR IGNORE INTO entities (kind, text, reading) VALUES (?, ?, ?)",
        [kind, text, simplified(text)],
    )
    return db.execute("SELECT id FROM entities WHERE kind = ? AND text = ?", [kind, text]).fetchone()[0]


def replace_mentions(
    db: Database,
    article_id: int,
    mentions_by_field: Mapping[str, Iterable[Mention]],
    byline_people: Iterable[str] = (),
    confirmed: Iterable[str] = (),
) -> None:
    """Drop an article's mentions and write the new ones; the caller owns the transaction.

    Byline people have no offsets (the byline is not part of any field), so they
    are stored with field ``byline`` and ``start = end = 0``: the people index
    counts them, ``reader entities`` (which promises offsets) leaves them out.
    People named in ``confirmed`` (and byline people) are stored with source
    ``confirmed``: the library recognises them wherever they occur (``known_people``).
    """
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    strong = set(confirmed)
    rows = []
    for field, mentions in mentions_by_field.items():
        if field not in FIELDS:
            raise ValueError(f"unknown article field {field!r}")
        for mention in mentions:
            key = normalise_name(mention.text) if mention.kind == "person" else mention.text
            source = CONFIRMED if mention.kind == "person" and key in strong else "text"
            rows.append(
                (article_id, entity_id(db, mention.kind, key), field, mention.start, mention.end, source)
            )
    for name in byline_people:
        rows.append((article_id, entity_id(db, "person", normalise_name(name)), "byline", 0, 0, CONFIRMED))
    db.conn.executemany(
        'INSERT INTO mentions (article_id, entity_id, field, start, "end", source) VALUES (?, ?, ?, ?, ?, ?)',
        rows,
    )


def known_people(db: Database) -> set[str]:
    """People confirmed somewhere in the library (a post, a byline, a list, a confident model reading)."""
    rows = db.execute(
        "SELECT DISTINCT e.text FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE e.kind = 'person' AND m.source = ?",
        [CONFIRMED],
    ).fetchall()
    return {row[0] for row in rows}


# ---------------------------------------------------------------- the tagging queue
def mark_pending(db: Database, article_ids: Iterable[int]) -> None:
    """Queue articles for the recogniser; the caller's transaction makes it part of the save."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO entity_queue (article_id) VALUES (?)", [(i,) for i in article_ids]
    )


def mark_all_pending(db: Database) -> int:
    db.execute("INSERT OR IGNORE INTO entity_queue (article_id) SELECT id FROM articles")
    return pending_count(db)


def queue_untagged(db: Database) -> int:
    """Queue every article no recogniser has tagged yet (nothing is skipped silently); returns the queue."""
    db.execute(
        "INSERT OR IGNORE INTO entity_queue (article_id) "
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM entity_done)"
    )
    return pending_count(db)


def pending_count(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM entity_queue").fetchone()[0])


def has_pending(db: Database) -> bool:
    """Whether any article waits for the recogniser: one row looked at, where a count reads the queue."""
    return db.execute("SELECT EXISTS (SELECT 1 FROM entity_queue)").fetchone()[0] == 1


def pending_ids(db: Database, limit: int | None = None) -> list[int]:
    sql = "SELECT article_id FROM entity_queue ORDER BY article_id"
    rows = db.execute(sql + " LIMIT ?", [limit]).fetchall() if limit else db.execute(sql).fetchall()
    return [row[0] for row in rows]


def pending_chunk(db: Database, limit: int) -> list[int]:
    """Queued article ids in id order adding up to about ``limit`` characters (at least one id)."""
    ids, total = [], 0
    for article_id in pending_ids(db, limit=512):
        row = db.execute("SELECT char_count FROM articles WHERE id = ?", [article_id]).fetchone()
        ids.append(article_id)
        total += row[0] if row else 0
        if total >= limit:
            break
    return ids


def texts_to_recognise(
    db: Database, article_ids: Iterable[int]
) -> list[tuple[int, dict[str, str], list[str]]]:
    """``(id, fields, byline names)`` of each article that still exists, in the order asked.

    ``fields`` maps every name of ``FIELDS`` to its text ('' when empty); names are normalised.
    """
    found = []
    for article_id in article_ids:
        row = db.execute(
            "SELECT id, title, kicker, subtitle, text FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            continue
        names = db.execute(
            "SELECT name FROM bylines WHERE article_id = ? ORDER BY position", [article_id]
        ).fetchall()
        fields = {f: v or "" for f, v in zip(FIELDS, row[1:], strict=True)}
        found.append((row[0], fields, [normalise_name(n[0]) for n in names if n[0]]))
    return found


def drop_unmentioned(db: Database) -> None:
    """Entities no mention points at any more (their articles were re-tagged or removed)."""
    db.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)")


def unqueue(db: Database, article_ids: Iterable[int]) -> None:
    db.conn.executemany("DELETE FROM entity_queue WHERE article_id = ?", [(i,) for i in article_ids])


def done_digest(db: Database, article_id: int, version: str) -> str | None:
    """The digest of the text the article's mentions were computed from by this recogniser version."""
    row = db.execute(
        "SELECT digest FROM entity_done WHERE article_id = ? AND version = ?", [article_id, version]
    ).fetchone()
    return None if row is None else str(row[0])


def record_done(db: Database, article_id: int, digest: str, version: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO entity_done (article_id, digest, version) VALUES (?, ?, ?)",
        [article_id, digest, version],
    )


def forget_done(db: Database) -> None:
    """Make every article's text count as new: the next tagging recomputes all of it."""
    db.execute("DELETE FROM entity_done")


def twin(db: Database, digest: str, version: str, article_id: int) -> int | None:
    """Another article tagged from the same text by this version, without corrections of its own."""
    row = db.execute(
        "SELECT d.article_id FROM entity_done d WHERE d.digest = ? AND d.version = ? AND d.article_id != ? "
        "AND NOT EXISTS (SELECT 1 FROM entity_corrections c WHERE c.article_id = d.article_id) LIMIT 1",
        [digest, version, article_id],
    ).fetchone()
    return None if row is None else int(row[0])


def copy_mentions(db: Database, source_id: int, article_id: int) -> None:
    """Give ``article_id`` the mentions of an article with the same text (a re-imported copy)."""
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute(
        'INSERT INTO mentions (article_id, entity_id, field, start, "end", source) '
        'SELECT ?, entity_id, field, start, "end", source FROM mentions WHERE article_id = ?',
        [article_id, source_id],
    )


def list_mentions(
    db: Database, article_id: int | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    """Mentions with offsets, in reading order: title, kicker, subtitle, then body."""
    sql = (
        'SELECT m.article_id, e.kind, e.text AS entity, m.field, m.start, m."end" '
        "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.field != 'byline'"
    )
    params: list[Any] = []
    if article_id is not None:
        sql += " AND m.article_id = ?"
        params.append(article_id)
    if kind is not None:
        _check_kind(kind)
        sql += " AND e.kind = ?"
        params.append(kind)
    sql += " ORDER BY m.article_id, CASE m.field WHEN 'title' THEN 0 WHEN 'kicker' THEN 1 "
    sql += "WHEN 'subtitle' THEN 2 ELSE 3 END, m.start"
    rows = db.execute(sql, params).fetchall()
    keys = ("article_id", "kind", "entity", "field", "start", "end")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise BadInputError("--kind", f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")


def add_correction(
    db: Database,
    text: str,
    action: str,
    kind: str | None = None,
    scope: str = "all",
    article_id: int | None = None,
    field: str | None = None,
    start: int | None = None,
    end: int | None = None,
) -> int:
    """Record a user's fix; ``reindex`` and later imports apply it."""
    text = text.strip()
    if not text:
        raise BadInputError("entity", "the text to correct is empty")
    if action not in ACTIONS:
        raise BadInputError("action", f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    if scope not in SCOPES:
        raise BadInputError("scope", f"unknown scope {scope!r}; use one of {', '.join(SCOPES)}")
    _check_kind(kind)
    if action in ("add", "retype") and kind is None:
        raise BadInputError("--kind", f"{action} needs the kind the text should have")
    if scope == "occurrence" and (article_id is None or field is None or start is None or end is None):
        raise BadInputError("scope", "a correction of one occurrence needs article, field, start and end")
    now = now_iso()
    cursor = db.execute(
        "INSERT INTO entity_corrections "
        '(text, kind, action, scope, article_id, field, start, "end", created_at) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [text, kind, action, scope, article_id, field, start, end, now],
    )
    return int(cursor.lastrowid or 0)


def list_corrections(db: Database) -> list[dict[str, Any]]:
    rows = db.execute(
        'SELECT id, text, kind, action, scope, article_id, field, start, "end", created_at '
        "FROM entity_corrections ORDER BY id"
    ).fetchall()
    keys = ("id", "text", "kind", "action", "scope", "article_id", "field", "start", "end", "created_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def get_state(db: Database, key: str) -> str | None:
    """The recogniser's state in this library (its version: a change means everything is tagged again)."""
    return settings.get(db, f"recogniser.{key}")


def set_state(db: Database, key: str, value: str) -> None:
    settings.put(db, f"recogniser.{key}", value)


def people_index(db: Database, kind: str = "person", collapse_reprints: bool = False) -> list[dict[str, Any]]:
    """Per name: the posts printed just before it, article count, first and last issue date.

    A name is its simplified reading (``reading``): 林鄭月娥 and 林郑月娥 are one row, shown as it is
    printed most often, the other printings under ``variants``.  ``collapse_reprints`` counts a
    cluster of reprints (``reprint_members``) as one article.
    """
    _check_kind(kind)
    counted = "COALESCE(rm.cluster_id, m.article_id)" if collapse_reprints else "m.article_id"
    rows = db.execute(
        f"""
        SELECT e.reading, COUNT(DISTINCT {counted}) AS n, MIN(i.issue_date), MAX(i.issue_date)
        FROM entities e JOIN mentions m ON m.entity_id = e.id
        JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
        LEFT JOIN reprint_members rm ON rm.article_id = m.article_id
        WHERE e.kind = ? GROUP BY e.reading ORDER BY n DESC, COUNT(*) DESC, e.reading
        """,
        [kind],
    ).fetchall()
    printings = _printings(db, kind)
    positions = _positions_before(db) if kind == "person" else {}
    return [_row(reading, printings[reading], positions, n, first, last) for reading, n, first, last in rows]


def entity_summary(db: Database, kind: str, text: str) -> dict[str, Any] | None:
    """One row of ``people_index`` (the name in either script), read through the index on readings:
    what the entity page shows, without reading the whole index on the window's thread."""
    _check_kind(kind)
    reading = simplified(text)
    n, first, last = db.execute(
        """
        SELECT COUNT(DISTINCT m.article_id), MIN(i.issue_date), MAX(i.issue_date)
        FROM entities e JOIN mentions m ON m.entity_id = e.id
        JOIN articles a ON a.id = m.article_id JOIN issues i ON i.id = a.issue_id
        WHERE e.kind = ? AND e.reading = ?
        """,
        [kind, reading],
    ).fetchone()
    if not n:
        return None
    printed = _printings(db, kind, reading)[reading]
    positions = _positions_before(db, reading) if kind == "person" else {}
    return _row(reading, printed, positions, n, first, last)


def _row(
    reading: str, printed: list[str], positions: dict[str, list[str]], n: int, first: str, last: str
) -> dict[str, Any]:
    """A name's row of the index: shown as printed most often, its other printings beside it."""
    return {
        "name": printed[0],
        "variants": printed[1:],
        "reading": reading,
        "positions": positions.get(reading, []),
        "articles": n,
        "first_date": first,
        "last_date": last,
    }


def _printings(db: Database, kind: str, reading: str | None = None) -> dict[str, list[str]]:
    """Each reading's printed forms (of one ``reading``, or of all), the most mentioned first (of equals,
    the first in code order)."""
    one = "AND e.reading = ?" if reading is not None else ""
    rows = db.execute(
        f"""
        SELECT e.reading, e.text FROM entities e JOIN mentions m ON m.entity_id = e.id
        WHERE e.kind = ? {one} GROUP BY e.id ORDER BY COUNT(*) DESC, e.text
        """,
        [kind] if reading is None else [kind, reading],
    ).fetchall()
    printings: dict[str, list[str]] = {}
    for key, text in rows:
        printings.setdefault(key, []).append(text)
    return printings


def _positions_before(db: Database, reading: str | None = None) -> dict[str, list[str]]:
    """Per person's reading (one ``reading``, or all), the posts whose mention ends exactly where the
    person's starts (市委书记|鲍常勇); a post printed in both scripts (司長, 司长) is listed once, as
    printed most."""
    one = "AND person.reading = ?" if reading is not None else ""
    rows = db.execute(
        f"""
        SELECT person.reading, pe.text, COUNT(*) AS n FROM mentions p
        JOIN mentions q ON q.article_id = p.article_id AND q.field = p.field AND q."end" = p.start
        JOIN entities pe ON pe.id = q.entity_id AND pe.kind = 'position'
        JOIN entities person ON person.id = p.entity_id AND person.kind = 'person' {one}
        GROUP BY p.entity_id, pe.text ORDER BY n DESC, pe.text
        """,
        [] if reading is None else [reading],
    ).fetchall()  # by entity, not by reading: that plan took 8 s instead of 0.1 on the held-out sets
    counts: dict[str, dict[str, int]] = {}
    shown: dict[str, dict[str, str]] = {}
    for reading, text, n in rows:  # 市委副书记、市长 is two posts: list each post once, commonest first
        for post in re.split(r"[、，,；;\s]+", text):
            if post:
                mine, names = counts.setdefault(reading, {}), shown.setdefault(reading, {})
                key = simplified(post)
                names.setdefault(key, post)
                mine[key] = mine.get(key, 0) + n
    return {
        reading: [
            shown[reading][key] for key in sorted(posts, key=lambda key: (-posts[key], shown[reading][key]))
        ]
        for reading, posts in counts.items()
    }


def entity_articles(db: Database, kind: str, text: str) -> list[dict[str, Any]]:
    """Articles mentioning one entity in either script, newest issue first, with the mention count."""
    _check_kind(kind)
    rows = db.execute(
        """
        SELECT a.id, a.title, i.issue_date, COUNT(*) FROM mentions m
        JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id
        JOIN issues i ON i.id = a.issue_id
        WHERE e.kind = ? AND e.reading = ? GROUP BY a.id ORDER BY i.issue_date DESC, a.id
        """,
        [kind, simplified(text)],
    ).fetchall()
    return [{"article_id": r[0], "title": r[1], "issue_date": r[2], "mentions": r[3]} for r in rows]


def cooccurrence(db: Database, name: str, limit: int = 20, kind: str = "person") -> list[dict[str, Any]]:
    """Other entities of ``kind`` sharing articles with the person ``name``, most shared first.  Names
    are grouped by their simplified reading as in ``people_index``, each shown as printed most often
    in the shared articles."""
    reading = simplified(name)
    rows = db.execute(
        """
        WITH mine AS (
            SELECT DISTINCT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE e.kind = 'person' AND e.reading = ?
        ),
        shared AS (
            SELECT e.reading, e.text, m.article_id FROM mentions m
            JOIN entities e ON e.id = m.entity_id JOIN mine ON mine.article_id = m.article_id
            WHERE e.kind = ? AND NOT (e.kind = 'person' AND e.reading = ?)
        )
        SELECT (SELECT text FROM shared t WHERE t.reading = s.reading
                GROUP BY text ORDER BY COUNT(*) DESC, text LIMIT 1),
               COUNT(DISTINCT s.article_id) AS n
        FROM shared s GROUP BY s.reading ORDER BY n DESC, s.reading LIMIT ?
        """,
        [reading, kind, reading, limit],
    ).fetchall()
    return [{"name": text, "articles": n} for text, n in rows]
