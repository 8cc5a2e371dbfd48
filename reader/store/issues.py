"""Saving parsed issues and reading them back.

Identity rules, decided once:
- the same bytes imported again (from anywhere) are a no-op;
- changed bytes at a path already imported are a new *version* of that issue:
  the issue row and every article whose key survives keep their ids, so tags,
  notes and reading state stay attached;
- an article's key is ``issue key / normalised title / occurrence``, never a row id.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

from reader import filenames
from reader.dates import now_iso
from reader.errors import NotFoundError
from reader.importer.model import ParsedArticle, ParsedIssue
from reader.store import annotations as notes
from reader.store import compact, search


class SaveStatus(StrEnum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class SaveResult:
    status: SaveStatus
    issue_id: int
    version: int
    article_ids: list[int]


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def normalise_title(title: str) -> str:
    """Title as used in keys: width-folded, without spaces, so a re-typeset title keeps its key."""
    folded = unicodedata.normalize("NFKC", title)
    return "".join(folded.split())


def article_keys(issue_key: str, articles: list[ParsedArticle]) -> list[str]:
    seen: Counter[str] = Counter()
    keys = []
    for article in articles:
        title = normalise_title(article.title)
        seen[title] += 1
        keys.append(f"{issue_key}/{title}/{seen[title]}")
    return keys


def _unique_issue_key(db: Database, source_file: str) -> str:
    key, n = source_file, 1
    while db.execute("SELECT 1 FROM issues WHERE key = ?", [key]).fetchone():
        n += 1
        key = f"{source_file}~{n}"
    return key


class PreparedArticle(NamedTuple):
    """One article's row, bylines and search entry, computed without the database."""

    title_key: str  # ``normalise_title``: the middle of the article's key
    section: str | None
    values: tuple[Any, ...]  # ``_ROW_FIELDS`` in order
    bylines: tuple[tuple[str, str], ...]  # (role, name)
    search: search.Prepared


@dataclass(frozen=True)
class PreparedIssue:
    """Everything ``save_issue`` writes for one parsed file that does not depend on the library.

    The importer computes it in its parse workers (JSON, keys, search tokens), so the
    single writer only executes statements; it also pickles to a fraction of the
    ``ParsedIssue`` it comes from (no block objects).
    """

    title: str | None
    issue_date: str | None
    fields: dict[str, Any]  # issue columns taken as parsed: encoding, layout, publication, warnings…
    sections: tuple[str, ...]
    articles: tuple[PreparedArticle, ...]
    warnings: tuple[str, ...]


_ROW_FIELDS = (
    "kicker", "title", "subtitle", "byline_text", "dateline", "date_line", "credit", "source_note",
    "editor_codes", "text", "blocks", "char_count",
)  # fmt: skip


def prepare_issue(parsed: ParsedIssue) -> PreparedIssue:
    """The rows ``save_issue`` will write for ``parsed``: pure work, safe in another process."""
    articles = []
    texts = [article.text for article in parsed.articles]  # a property that joins the blocks: once each
    named = zip(parsed.articles, texts, strict=True)
    entries = search.prepare_many([(a.kicker, a.title, a.subtitle, text) for a, text in named])
    for article, text, entry in zip(parsed.articles, texts, entries, strict=True):
        values = (
            article.kicker,
            article.title,
            article.subtitle,
            article.byline_text,
            article.dateline,
            article.date_line,
            article.credit,
            article.source_note,
            json.dumps(article.editor_codes, ensure_ascii=False) if article.editor_codes else "[]",
            text,
            compact.kinds_json([block.kind for block in article.blocks]),  # StrEnum: reads as its value
            len(text),
        )
        bylines = tuple((byline.role, byline.name) for byline in article.byline)
        articles.append(
            PreparedArticle(normalise_title(article.title), article.section, values, bylines, entry)
        )
    fields = {
        "encoding": parsed.encoding,
        "layout": parsed.layout,
        "publication": parsed.publication,
        "warnings": json.dumps(parsed.warnings, ensure_ascii=False),
        "boilerplate": compact.boilerplate_json(
            (item.line, item.text, item.reason) for item in parsed.boilerplate
        ),
    }
    return PreparedIssue(
        parsed.title,
        parsed.issue_date,
        fields,
        tuple(parsed.sections),
        tuple(articles),
        tuple(parsed.warnings),
    )


def save_issue(
    db: Database,
    parsed: ParsedIssue | PreparedIssue,
    *,
    source_path: str | Path,
    data: bytes = b"",
    index_later: list[search.Entry] | None = None,
    digest: str | None = None,
    byte_size: int | None = None,
    stored_path: str | None = None,
) -> SaveResult:
    """Store one parsed file in one transaction; a failure leaves the library as it was.

    ``parsed`` may come already prepared (``prepare_issue``, done in the importer's
    workers); then ``digest`` (``content_hash`` of the bytes) and ``byte_size`` stand
    for ``data``, and ``stored_path`` (``stored_form``) may stand for resolving ``source_path``
    here.  With ``index_later`` the articles' search entries are appended there
    for the caller to pass to ``search.index_prepared`` in the same transaction,
    instead of indexed now.
    """
    issue = parsed if isinstance(parsed, PreparedIssue) else prepare_issue(parsed)
    digest = digest or content_hash(data)
    size = len(data) if byte_size is None else byte_size
    path = stored_path if stored_path is not None else stored_form(source_path)
    unchanged = _already_stored(db, digest, path)
    if unchanged:
        return unchanged
    name = filenames.shown(Path(source_path).name)
    stamp = now_iso()
    with db.atomic():
        fields: dict[str, Any] = {
            "source_file": name,
            "source_path": path,
            "content_hash": digest,
            "byte_size": size,
            **issue.fields,
            "updated_at": stamp,
        }
        row = _write_issue_row(db, issue, fields, name, path, stamp)
        issue_id, issue_key, version, issue_date, status = row
        _insert(
            db,
            "issue_versions",
            {
                "issue_id": issue_id,
                "version": version,
                "content_hash": digest,
                "byte_size": size,
                "imported_at": stamp,
            },
        )
        article_ids = _replace_articles(
            db, issue_id, issue_key, issue, issue_date, index_later, status is SaveStatus.IMPORTED
        )
        if status is SaveStatus.UPDATED:
            db.execute("UPDATE issues SET article_count = ? WHERE id = ?", [len(article_ids), issue_id])
        if status is SaveStatus.IMPORTED:
            notes.adopt_orphans(db, issue_id, digest)  # the same text back: its notes come back too
        notes.reanchor_issue(db, issue_id)  # highlights follow corrected text, or become orphans
    return SaveResult(status, issue_id, version, article_ids)


def stored_form(source_path: str | Path) -> str:
    """The path as the library keeps it: resolved (links followed), undecodable bytes escaped."""
    return filenames.stored(Path(source_path).resolve()) if str(source_path) else ""


def _already_stored(db: Database, digest: str, path: str) -> SaveResult | None:
    """The issue that already holds these bytes, if any: saving them again changes nothing."""
    same = db.execute(
        "SELECT id, version FROM issues WHERE content_hash = ? ORDER BY id LIMIT 1", [digest]
    ).fetchone()
    if not same:  # bytes an issue was superseded by (a merged duplicate's original, from elsewhere)
        same = db.execute(
            "SELECT i.id, i.version FROM issue_versions v JOIN issues i ON i.id = v.issue_id "
            "WHERE v.content_hash = ? AND i.source_path != ? ORDER BY v.id DESC LIMIT 1",
            [digest, path],
        ).fetchone()
    if not same:
        return None
    ids = [row[0] for row in db.execute("SELECT id FROM articles WHERE issue_id = ?", [same[0]])]
    return SaveResult(SaveStatus.UNCHANGED, same[0], same[1], ids)


def _write_issue_row(
    db: Database, issue: PreparedIssue, fields: dict[str, Any], name: str, path: str, stamp: str
) -> tuple[int, str, int, str | None, SaveStatus]:
    """Update the issue imported from the same path, keeping the title and date the user edited, or
    insert a new one; gives its id, key, version, date and whether it was updated or imported."""
    previous = db.execute(
        "SELECT id, key, version, title_edited, date_edited FROM issues WHERE source_path = ?",
        [path],
    ).fetchone()
    if previous:
        issue_id, issue_key, version, title_edited, date_edited = previous
        version += 1
        if not title_edited:
            fields["title"] = issue.title
        if not date_edited:
            fields["issue_date"] = issue.issue_date
        fields["version"] = version
        db.table("issues").update(issue_id, fields)
        issue_date = db.execute("SELECT issue_date FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
        return issue_id, issue_key, version, issue_date, SaveStatus.UPDATED
    issue_key = _unique_issue_key(db, name)
    issue_date = issue.issue_date
    fields.update(
        key=issue_key, title=issue.title, issue_date=issue_date, version=1, imported_at=stamp,
        article_count=len(issue.articles),
    )  # fmt: skip
    issue_id = _insert(db, "issues", fields)
    return issue_id, issue_key, 1, issue_date, SaveStatus.IMPORTED


def _insert(db: Database, table: str, fields: dict[str, Any]) -> int:
    """One row by a plain statement (sqlite-utils' ``insert`` re-reads the schema on every call)."""
    columns = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    cursor = db.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(fields.values()))
    return int(cursor.lastrowid or 0)


_INSERT_ARTICLE = (
    f"INSERT INTO articles (id, issue_id, section_id, key, position, {', '.join(_ROW_FIELDS)}) "
    f"VALUES ({', '.join('?' * (len(_ROW_FIELDS) + 5))})"
)


def _last_article_id(conn: Any) -> int:
    """The highest article id: new articles get the ids SQLite would give them one by one (``max + 1``),
    so they can go in with one ``executemany`` (a statement per article cost the writer more)."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])


_UPDATE_ARTICLE = (
    "UPDATE articles SET issue_id = ?, section_id = ?, key = ?, position = ?, "
    f"{', '.join(f + ' = ?' for f in _ROW_FIELDS)} WHERE id = ?"
)


def _replace_articles(
    db: Database,
    issue_id: int,
    issue_key: str,
    issue: PreparedIssue,
    issue_date: str | None,
    index_later: list[search.Entry] | None,
    new: bool,
) -> list[int]:
    """Bring the issue's sections and articles in line with ``issue``; ``new``: the issue was just created.

    Plain prepared statements rather than sqlite-utils' table helpers: this is
    the import hot path, and the helpers re-read the schema on every call.
    """
    conn = db.conn
    existing, section_ids = _replace_sections(conn, issue_id, issue, new)
    keys = _keys(issue_key, issue.articles)
    for gone_key in set(existing) - set(keys):
        search.remove_article(db, existing[gone_key])
        conn.execute("DELETE FROM articles WHERE id = ?", [existing[gone_key]])
    ids = []
    inserts: list[tuple[Any, ...]] = []
    bylines: list[tuple[int, int, str, str]] = []
    entries: list[search.Entry] = []
    next_id = _last_article_id(conn) + 1
    for position, (article, key) in enumerate(zip(issue.articles, keys, strict=True)):
        head = (issue_id, section_ids.get(article.section) if article.section else None, key, position)
        article_id = existing.get(key)
        if article_id is not None:
            conn.execute(_UPDATE_ARTICLE, [*head, *article.values, article_id])
            conn.execute("DELETE FROM bylines WHERE article_id = ?", [article_id])
            entries.append(search.Entry(article_id, article.search))
        else:
            article_id = next_id
            next_id += 1
            inserts.append((article_id, *head, *article.values))
            entries.append(search.Entry(article_id, article.search, new=True, issue_date=issue_date))
        bylines += [(article_id, n, role, name) for n, (role, name) in enumerate(article.bylines)]
        ids.append(article_id)
    conn.executemany(_INSERT_ARTICLE, inserts)
    if bylines:
        conn.executemany(
            "INSERT INTO bylines (article_id, position, role, name) VALUES (?, ?, ?, ?)", bylines
        )
    if index_later is not None:
        index_later.extend(entries)
    else:
        search.index_prepared(db, entries)
    return ids


def _replace_sections(
    conn: Any, issue_id: int, issue: PreparedIssue, new: bool
) -> tuple[dict[str, int], dict[str, int]]:
    """The issue's articles so far (key → id) and its sections written anew (name → id)."""
    existing: dict[str, int] = {}
    if not new:
        existing = dict(
            conn.execute("SELECT key, id FROM articles WHERE issue_id = ?", [issue_id]).fetchall()
        )
        conn.execute("UPDATE articles SET section_id = NULL WHERE issue_id = ?", [issue_id])
        conn.execute("DELETE FROM sections WHERE issue_id = ?", [issue_id])
    section_ids = {
        name: conn.execute(
            "INSERT INTO sections (issue_id, name, position) VALUES (?, ?, ?)", [issue_id, name, position]
        ).lastrowid
        for position, name in enumerate(issue.sections)
    }
    return existing, section_ids


def _keys(issue_key: str, articles: Sequence[PreparedArticle]) -> list[str]:
    """``article_keys`` from prepared titles."""
    seen: Counter[str] = Counter()
    keys = []
    for article in articles:
        seen[article.title_key] += 1
        keys.append(f"{issue_key}/{article.title_key}/{seen[article.title_key]}")
    return keys


ISSUE_COLUMNS = (
    "issues.id, issues.key, issues.source_file, issues.source_path, issues.content_hash, issues.layout, "
    "issues.title, issues.publication, issues.issue_date, issues.version, issues.warnings, "
    "issues.imported_at, issues.updated_at, issues.article_count"
)


def _issue_dict(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    row["warnings"] = json.loads(row["warnings"])
    return row


def list_issues(db: Database) -> list[dict[str, Any]]:
    """All issues, newest issue date first (undated last), then by import order."""
    sql = (
        f"SELECT {ISSUE_COLUMNS} FROM issues "
        "ORDER BY issues.issue_date IS NULL, issues.issue_date DESC, issues.id"
    )
    return [_issue_dict(row) for row in db.query(sql)]


TREE_COLUMNS = ("id", "title", "source_file", "publication", "issue_date", "article_count")
_ORDER = "issue_date IS NULL, issue_date DESC, id"  # list_issues order: newest first, undated last


def publication_of(db: Database, issue_id: int) -> str | None:
    """The issue's publication ('' when it has none), or None when there is no such issue."""
    row = db.execute("SELECT coalesce(publication, '') FROM issues WHERE id = ?", [issue_id]).fetchone()
    return None if row is None else str(row[0])


def issue_tree_rows(db: Database) -> list[tuple[Any, ...]]:
    """``TREE_COLUMNS`` tuples of every issue in ``list_issues`` order, without counting articles."""
    return db.execute(f"SELECT {', '.join(TREE_COLUMNS)} FROM issues ORDER BY {_ORDER}").fetchall()


def publications(db: Database) -> list[tuple[str, int, int]]:
    """``(publication or "", issues, articles)`` per publication, the one with the newest issue first.

    One pass over an index of the issues table (stored counts): what the window's tree
    needs before any issue is shown.
    """
    return db.execute(
        "SELECT coalesce(publication, '') AS name, count(*), sum(article_count) FROM issues "
        "GROUP BY name ORDER BY min(issue_date IS NULL), max(issue_date) DESC, min(id)"
    ).fetchall()


def issue_page(db: Database, publication: str, *, offset: int, limit: int) -> list[dict[str, Any]]:
    """A page of one publication's issues (``TREE_COLUMNS``) in ``list_issues`` order."""
    rows = db.execute(
        f"SELECT {', '.join(TREE_COLUMNS)} FROM issues WHERE coalesce(publication, '') = ? "
        f"ORDER BY {_ORDER} LIMIT ? OFFSET ?",  # walks the issues_tree index: no sort
        [publication, limit, offset],
    ).fetchall()
    return [dict(zip(TREE_COLUMNS, row, strict=True)) for row in rows]


def issues_by_id(db: Database, issue_ids: Sequence[int]) -> list[dict[str, Any]]:
    """``TREE_COLUMNS`` dicts of the given issues, in ``list_issues`` order."""
    rows = db.execute(
        f"SELECT {', '.join(TREE_COLUMNS)} FROM issues WHERE id IN (SELECT value FROM json_each(?)) "
        f"ORDER BY {_ORDER}",
        [json.dumps(list(issue_ids))],
    ).fetchall()
    return [dict(zip(TREE_COLUMNS, row, strict=True)) for row in rows]


def issue_position(db: Database, issue_id: int) -> int:
    """How many issues of the same publication come before this one in the tree."""
    row = db.execute(
        "SELECT coalesce(publication, ''), issue_date, id FROM issues WHERE id = ?", [issue_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no issue with id {issue_id}")
    publication, issue_date, ident = row
    return int(
        db.execute(
            "SELECT count(*) FROM issues WHERE coalesce(publication, '') = ? AND " + _before("?", "?"),
            [publication, *_before_params(issue_date, ident)],
        ).fetchone()[0]
    )


YEAR = "coalesce(substr(issue_date, 1, 4), '')"  # an issue's year in the tree ('' when undated)


def year_groups(db: Database) -> list[tuple[str, str, int, int]]:
    """``(publication or "", year or "", issues, articles)`` per year of each publication, newest year
    first, undated ('') last: what the tree's year nodes show, without reading an issue.

    One pass over the ``issues_tree`` index in its own order, grouped by day (no sort: 3 ms at 20,000
    issues, where grouping by year in SQL sorted them: 18 ms); the days are summed into years here.
    """
    years: dict[tuple[str, str], list[int]] = {}
    for name, day, issues, articles in db.execute(
        "SELECT coalesce(publication, ''), issue_date, count(*), sum(article_count) "
        "FROM issues INDEXED BY issues_tree "
        "GROUP BY coalesce(publication, ''), issue_date IS NULL, issue_date"
    ):
        total = years.setdefault((str(name), (day or "")[:4]), [0, 0])
        total[0] += int(issues)
        total[1] += int(articles or 0)
    return sorted(
        ((name, year, issues, articles) for (name, year), (issues, articles) in years.items()),
        key=lambda row: (row[0], row[1] == "", _descending(row[1])),
    )


def _descending(year: str) -> tuple[int, ...]:
    return tuple(-ord(char) for char in year)


def spans_years(db: Database, publication: str) -> bool:
    """True when the publication's dated issues fall in more than one year: the tree groups them."""
    newest = db.execute(
        f"SELECT {YEAR} FROM issues WHERE coalesce(publication, '') = ? AND {YEAR} != '' "
        f"ORDER BY {_ORDER} LIMIT 1",
        [publication],
    ).fetchone()
    if newest is None:
        return False
    # any other dated issue sorts before the newest one's year (a range of the issues_tree index)
    other = db.execute(
        "SELECT 1 FROM issues WHERE coalesce(publication, '') = ? AND (issue_date IS NULL) = 0 "
        "AND issue_date < ? AND issue_date != '' LIMIT 1",
        [publication, newest[0]],
    ).fetchone()
    return other is not None


def _in_year(year: str) -> tuple[str, list[str], str]:
    """SQL and values: the issue's ``YEAR`` is ``year``; and the ``_ORDER`` to list them in.  A year of
    four digits is a range of the ``issues_tree`` index (0.3 ms for 2,500 issues of 20,000, against
    7 ms testing each one's year), listed without the NULL test SQLite would sort by."""
    if len(year) == 4 and year.isdigit() and year != "9999":
        where = "(issue_date IS NULL) = 0 AND issue_date >= ? AND issue_date < ?"
        return where, [year, str(int(year) + 1)], "issue_date DESC, id"
    return f"{YEAR} = ?", [year], _ORDER


def year_page(db: Database, publication: str, year: str, *, offset: int, limit: int) -> list[dict[str, Any]]:
    """A page of one publication's issues of one year ('' : undated) in ``list_issues`` order."""
    where, values, order = _in_year(year)
    rows = db.execute(
        f"SELECT {', '.join(TREE_COLUMNS)} FROM issues WHERE coalesce(publication, '') = ? AND {where} "
        f"ORDER BY {order} LIMIT ? OFFSET ?",
        [publication, *values, limit, offset],
    ).fetchall()
    return [dict(zip(TREE_COLUMNS, row, strict=True)) for row in rows]


def year_position(db: Database, issue_id: int) -> tuple[str, int]:
    """The issue's year ('' when undated) and how many issues of its publication and year come before it."""
    row = db.execute(
        f"SELECT coalesce(publication, ''), issue_date, id, {YEAR} FROM issues WHERE id = ?", [issue_id]
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no issue with id {issue_id}")
    publication, issue_date, ident, year = row
    where, values, _order = _in_year(str(year))
    before = db.execute(
        f"SELECT count(*) FROM issues WHERE coalesce(publication, '') = ? AND {where} AND "
        + _before("?", "?"),
        [publication, *values, *_before_params(issue_date, ident)],
    ).fetchone()[0]
    return str(year), int(before)


def _before(date: str, ident: str) -> str:
    """SQL: this row comes before ``(date, ident)`` in ``_ORDER``; NULL dates sort last."""
    return (
        f"coalesce(CASE WHEN {date} IS NULL THEN (issue_date IS NOT NULL OR id < {ident}) "
        f"ELSE (issue_date > {date} OR (issue_date = {date} AND id < {ident})) END, 0)"
    )


def _before_params(issue_date: str | None, ident: int) -> list[Any]:
    """The five values ``_before("?", "?")`` binds, in order."""
    return [issue_date, ident, issue_date, issue_date, ident]


def neighbour_issue(db: Database, issue_id: int, direction: int) -> int | None:
    """The next (``direction`` 1) or previous (-1) issue that has articles, in ``list_issues`` order."""
    row = db.execute("SELECT issue_date, id FROM issues WHERE id = ?", [issue_id]).fetchone()
    if row is None:
        return None
    issue_date, ident = row
    if direction > 0:
        where, order = f"NOT {_before('?', '?')} AND id != ?", _ORDER
        params = [*_before_params(issue_date, ident), ident]
    else:
        where, order = _before("?", "?"), "issue_date IS NOT NULL, issue_date ASC, id DESC"
        params = _before_params(issue_date, ident)
    found = db.execute(
        f"SELECT id FROM issues WHERE article_count > 0 AND {where} ORDER BY {order} LIMIT 1", params
    ).fetchone()
    return None if found is None else int(found[0])


def first_article(db: Database) -> int | None:
    """The first article of the newest issue that has any: where a reader without history starts."""
    row = db.execute(
        f"SELECT a.id FROM (SELECT id FROM issues WHERE article_count > 0 ORDER BY {_ORDER} LIMIT 1) i "
        "JOIN articles a ON a.issue_id = i.id ORDER BY a.position LIMIT 1"
    ).fetchone()
    return None if row is None else int(row[0])


def get_issue(db: Database, issue_id: int) -> dict[str, Any]:
    rows = list(db.query(f"SELECT {ISSUE_COLUMNS} FROM issues WHERE issues.id = ?", [issue_id]))
    if not rows:
        raise NotFoundError(f"no issue with id {issue_id}")
    return _issue_dict(rows[0])


def set_aside_lines(db: Database, issue_id: int) -> list[dict[str, Any]]:
    """The lines of the issue's file that no article holds — page footers, toolbars, the TOC — and why."""
    get_issue(db, issue_id)
    row = db.execute("SELECT boilerplate FROM issues WHERE id = ?", [issue_id]).fetchone()
    items = compact.boilerplate_items(row[0])
    return [{"line": line, "text": text, "reason": reason} for line, text, reason in items]


def edit_issue(
    db: Database, issue_id: int, *, title: str | None = None, issue_date: str | None = None
) -> None:
    """A user's correction of title or date; it survives re-imports of the file."""
    get_issue(db, issue_id)
    changes: dict[str, Any] = {"updated_at": now_iso()}
    if title is not None:
        changes.update(title=title, title_edited=1)
    if issue_date is not None:
        changes.update(issue_date=issue_date, date_edited=1)
    with db.atomic():
        db.table("issues").update(issue_id, changes)
        if issue_date is not None:
            search.reindex_issue(db, issue_id)  # index row ids carry the issue date


def list_sections(db: Database, issue_id: int) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT sections.id, sections.name, sections.position, "
            "(SELECT COUNT(*) FROM articles WHERE articles.section_id = sections.id) AS article_count "
            "FROM sections WHERE issue_id = ? ORDER BY position",
            [issue_id],
        )
    )


def delete_issue(db: Database, issue_id: int) -> None:
    get_issue(db, issue_id)
    with db.atomic():
        for (article_id,) in db.execute("SELECT id FROM articles WHERE issue_id = ?", [issue_id]).fetchall():
            search.remove_article(db, article_id)
        db.execute("DELETE FROM issues WHERE id = ?", [issue_id])


def section_names(db: Database) -> list[str]:
    """Every distinct section name in the library, for the search filter."""
    return [row[0] for row in db.execute("SELECT DISTINCT name FROM sections ORDER BY name")]
