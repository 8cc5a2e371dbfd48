"""Queries behind the research tools: article text for concordances and trends, saved searches.

Which articles match a query is the search index's answer
(``reader.store.search.matching_article_ids``); this module only fetches those
articles' text and metadata under the search panel's filters, and the size of
everything published (the trend's denominator).  Every value is bound; id sets
travel as one JSON parameter (``json_each``), never as SQL text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader.dates import now_iso
from reader.errors import NotFoundError, ReaderError

_META = "a.id, a.issue_id, a.position, a.title, i.issue_date, i.source_file, i.publication"
# Characters of the searched fields: char_count is len(text) as the importer stored it.
_CHARS = "a.char_count + length(a.title) + coalesce(length(a.kicker), 0) + coalesce(length(a.subtitle), 0)"


def _filtered(
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    section: str | None = None,
    issue_id: int | None = None,
    article_ids: Iterable[int] | None = None,
) -> tuple[str, list[Any]]:
    """``FROM … WHERE …`` over articles ``a`` joined to issues ``i``, narrowed like the search panel.

    A tag filter arrives as ``article_ids`` (``reader.store.tags.tagged_article_ids``,
    the set the search panel uses), so both agree on what "tagged" means.
    """
    joins = ["JOIN issues i ON i.id = a.issue_id"]
    where: list[str] = []
    params: list[Any] = []
    if date_from:
        where.append("i.issue_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("i.issue_date <= ?")
        params.append(date_to)
    if section is not None:
        joins.append("JOIN sections s ON s.id = a.section_id")
        where.append("s.name = ?")
        params.append(section)
    if issue_id is not None:
        where.append("a.issue_id = ?")
        params.append(issue_id)
    if article_ids is not None:
        where.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(_id_list(article_ids))
    clause = f"FROM articles a {' '.join(joins)}"
    if where:
        clause += f" WHERE {' AND '.join(where)}"
    return clause, params


def _id_list(ids: Iterable[int]) -> str:
    return json.dumps(sorted({int(article_id) for article_id in ids}))


def articles_with_text(
    db: Database, candidate_ids: Iterable[int], **filters: Any
) -> Iterator[tuple[Any, ...]]:
    """``(id, issue_id, position, title, issue_date, source_file, publication, kicker, title, subtitle,
    text)`` for those of ``candidate_ids`` that pass the filters, in storage order."""
    clause, params = _filtered(**filters)
    joiner = " AND " if " WHERE " in clause else " WHERE "
    sql = (
        f"SELECT {_META}, a.kicker, a.title, a.subtitle, a.text {clause}"
        f"{joiner}a.id IN (SELECT value FROM json_each(?))"
    )
    yield from db.execute(sql, [*params, _id_list(candidate_ids)])


def articles_for_trend(
    db: Database, candidate_ids: Iterable[int], **filters: Any
) -> Iterator[tuple[int, int, int, int, bytes | None]]:
    """Every article passing the filters: ``(id, issue_id, position, chars, fields)``, where ``fields``
    is kicker, title, subtitle and text joined by line breaks, as UTF-8 bytes, for ``candidate_ids``
    and NULL for the others.

    One pass over the table gives the trend both its denominator (characters
    published) and the text to count in, rather than reading the table twice;
    one joined string per article is a quarter of the Python objects; bytes
    need no decoding (see ``article_bytes``); dates and sources are the issues'
    (``issue_sources``), not repeated on every article's row.
    """
    clause, params = _filtered(**filters)
    codec = _stored_codec(db)
    sql = (
        f"SELECT a.id, a.issue_id, a.position, {_CHARS}, "
        f"CASE WHEN a.id IN (SELECT value FROM json_each(?)) THEN CAST({_joined_fields()} AS BLOB) END "
        f"{clause}"
    )
    rows = db.execute(sql, [_id_list(candidate_ids), *params])
    if codec == "utf-8":
        yield from rows
    else:
        yield from ((*row[:4], row[4].decode(codec).encode() if row[4] is not None else None) for row in rows)


def _joined_fields() -> str:
    """kicker, title, subtitle and text joined by line breaks (no query term spans one)."""
    return (
        "coalesce(a.kicker, '') || char(10) || a.title || char(10) || coalesce(a.subtitle, '') "
        "|| char(10) || a.text"
    )


def _stored_codec(db: Database) -> str:
    """Python's name for the library's text encoding: its bytes come back as they are stored."""
    encoding = str(db.execute("PRAGMA encoding").fetchone()[0]).lower()
    return {"utf-16le": "utf-16-le", "utf-16be": "utf-16-be"}.get(encoding, "utf-8")


def article_bytes(
    db: Database, candidate_ids: Iterable[int], **filters: Any
) -> Iterator[tuple[int, int, int, bytes]]:
    """``(id, issue_id, position, fields)`` for those of ``candidate_ids`` that pass the filters, where
    ``fields`` is kicker, title, subtitle and text joined by line breaks, as UTF-8 bytes.

    Why bytes: turning stored UTF-8 into Python strings is most of the cost of reading
    tens of thousands of articles, and counting a term's occurrences needs no decoding
    (``reader.research.matching``, binary terms).  A library stored in UTF-16 (new libraries
    are) hands over its stored bytes too: decoding UTF-16 and encoding UTF-8 in Python costs
    two thirds of letting SQLite convert the text and Python decode it.
    """
    clause, params = _filtered(**filters)
    joiner = " AND " if " WHERE " in clause else " WHERE "
    codec = _stored_codec(db)
    sql = (
        f"SELECT a.id, a.issue_id, a.position, CAST({_joined_fields()} AS BLOB) {clause}"
        f"{joiner}a.id IN (SELECT value FROM json_each(?))"
    )
    rows = db.execute(sql, [*params, _id_list(candidate_ids)])
    if codec == "utf-8":
        yield from rows
    else:
        yield from ((i, issue, position, data.decode(codec).encode()) for i, issue, position, data in rows)


def issue_sources(db: Database, issue_ids: Iterable[int]) -> dict[int, tuple[str | None, str, str | None]]:
    """Issue id → ``(issue_date, source_file, publication)``."""
    rows = db.execute(
        "SELECT id, issue_date, source_file, publication FROM issues "
        "WHERE id IN (SELECT value FROM json_each(?))",
        [_id_list(issue_ids)],
    )
    return {issue_id: (date, source_file, publication) for issue_id, date, source_file, publication in rows}


# ---- saved searches ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    filters: str  # JSON of reader.research.filters.Filters, as saved
    fold_variants: bool
    created_at: str
    updated_at: str


_SAVED = "id, name, query, filters, fold_variants, created_at, updated_at"


def _saved(row: tuple[Any, ...]) -> SavedSearch:
    return SavedSearch(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6])


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ReaderError("a saved search needs a name")
    return cleaned


def list_saved(db: Database) -> list[SavedSearch]:
    rows = db.execute(f"SELECT {_SAVED} FROM saved_searches ORDER BY name COLLATE NOCASE, id").fetchall()
    return [_saved(row) for row in rows]


def get_saved(db: Database, name: str) -> SavedSearch:
    row = db.execute(f"SELECT {_SAVED} FROM saved_searches WHERE name = ?", [_clean_name(name)]).fetchone()
    if row is None:
        raise NotFoundError(f"no saved search named {name!r}")
    return _saved(row)


def save_search(
    db: Database,
    name: str,
    query: str,
    filters: str = "{}",
    *,
    fold_variants: bool = True,
    replace: bool = False,
) -> SavedSearch:
    """Save (or with ``replace``, overwrite) a search under ``name``; names ignore letter case."""
    name = _clean_name(name)
    if not query.strip():
        raise ReaderError("a saved search needs a query")
    stamp = now_iso()
    with db.atomic():
        existing = db.execute("SELECT id FROM saved_searches WHERE name = ?", [name]).fetchone()
        if existing is not None and not replace:
            raise ReaderError(f"a saved search named {name!r} already exists")
        if existing is not None:
            db.execute(
                "UPDATE saved_searches SET name = ?, query = ?, filters = ?, fold_variants = ?, "
                "updated_at = ? WHERE id = ?",
                [name, query, filters, int(fold_variants), stamp, existing[0]],
            )
        else:
            db.execute(
                "INSERT INTO saved_searches (name, query, filters, fold_variants, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [name, query, filters, int(fold_variants), stamp, stamp],
            )
    return get_saved(db, name)


def rename_saved(db: Database, old: str, new: str) -> SavedSearch:
    saved = get_saved(db, old)
    new = _clean_name(new)
    clash = db.execute("SELECT id FROM saved_searches WHERE name = ? AND id != ?", [new, saved.id]).fetchone()
    if clash is not None:
        raise ReaderError(f"a saved search named {new!r} already exists")
    with db.atomic():
        db.execute(
            "UPDATE saved_searches SET name = ?, updated_at = ? WHERE id = ?", [new, now_iso(), saved.id]
        )
    return get_saved(db, new)


def delete_saved(db: Database, name: str) -> SavedSearch:
    """Remove a saved search; returns it as it was, so the caller can offer to restore it."""
    saved = get_saved(db, name)
    with db.atomic():
        db.execute("DELETE FROM saved_searches WHERE id = ?", [saved.id])
    return saved
