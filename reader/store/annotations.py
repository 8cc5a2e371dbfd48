"""Highlights with notes: saved at once, re-attached after re-imports, never deleted by the library.

Every public function that writes is its own transaction, committed before it
returns, so a note survives a crash the instant the call is over.  Functions
that change something return what the caller needs to undo it (the GUI's undo
stack keeps those values):

=============================  =========================================================
call                           undo with
=============================  =========================================================
``add_annotation`` → new       ``delete_annotation(db, new.id)``
``update_annotation`` → old    ``restore_annotation(db, old)``
``delete_annotation`` → old    ``restore_annotation(db, old)``
``set_color_meaning`` → old    ``set_color_meaning(db, color, old)``
=============================  =========================================================

An :class:`Annotation` is a complete snapshot (tags included): restoring one
puts the row back with the same uid (and the same id when it is free).

Offsets index ``articles.text``.  ``start``/``end`` stay stored for orphans as
the last known position (a hint for the next re-import) but :meth:`Annotation.to_json`
reports them as ``null``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any
from uuid import uuid4

from sqlite_utils import Database

from reader import anchoring
from reader.dates import now_iso
from reader.errors import BadInputError, NotFoundError
from reader.store import settings
from reader.store import tags as tag_store
from reader.store.db import inserted

COLORS: tuple[str, ...] = ("yellow", "red", "green", "blue", "purple")
DEFAULT_COLOR = "yellow"
DEFAULT_MEANINGS: dict[str, str] = {
    "yellow": "要点",
    "red": "存疑",
    "green": "数据",
    "blue": "",
    "purple": "",
}
_MEANING_KEY = "highlight_color_meaning."


@dataclass(frozen=True)
class Annotation:
    id: int
    uid: str
    article_id: int | None
    issue_id: int | None
    article_key: str
    article_title: str
    source_hash: str
    start: int | None
    end: int | None
    quote: str
    prefix: str
    suffix: str
    note: str
    color: str
    orphaned: bool
    anchor: str  # how it was last placed: created | position | exact | fuzzy | orphaned | manual | imported
    created_at: str
    updated_at: str
    tags: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``reader note list --json`` shape."""
        attached = not self.orphaned
        return {
            "id": self.id,
            "uid": self.uid,
            "article_id": self.article_id,
            "quote": self.quote,
            "note": self.note,
            "color": self.color,
            "tags": list(self.tags),
            "start": self.start if attached else None,
            "end": self.end if attached else None,
            "orphaned": self.orphaned,
        }


_COLUMNS = (
    "a.id, a.uid, a.article_id, a.issue_id, a.article_key, a.article_title, a.source_hash, a.start, a.end, "
    "a.quote, a.prefix, a.suffix, a.note, a.color, a.orphaned, a.anchor, a.created_at, a.updated_at"
)
_FROM = (
    "FROM annotations a LEFT JOIN articles ar ON ar.id = a.article_id "
    "LEFT JOIN issues i ON i.id = COALESCE(ar.issue_id, a.issue_id) "
    "LEFT JOIN sections s ON s.id = ar.section_id"
)
_ORDER = "ORDER BY i.issue_date IS NULL, i.issue_date, i.id, ar.position IS NULL, ar.position, a.start, a.id"


def _rows(db: Database, where: str, params: list[Any]) -> list[Annotation]:
    rows = db.execute(f"SELECT {_COLUMNS} {_FROM} {where} {_ORDER}", params).fetchall()
    tags = tag_store.annotation_tag_map(db, [row[0] for row in rows])
    found = []
    for row in rows:
        values = list(row)
        values[14] = bool(values[14]) or values[2] is None  # no article left: orphaned whatever the flag says
        found.append(Annotation(*values, tags=tuple(tags.get(row[0], ()))))  # type: ignore[misc]  # 18 columns
    return found


def get_annotation(db: Database, annotation_id: int) -> Annotation:
    found = _rows(db, "WHERE a.id = ?", [annotation_id])
    if not found:
        raise NotFoundError(f"no annotation with id {annotation_id}")
    return found[0]


def get_by_uid(db: Database, uid: str) -> Annotation:
    found = _rows(db, "WHERE a.uid = ?", [uid])
    if not found:
        raise NotFoundError(f"no annotation with uid {uid}")
    return found[0]


def list_annotations(
    db: Database,
    *,
    article_id: int | None = None,
    issue_id: int | None = None,
    tag: str | None = None,
    color: str | None = None,
    orphaned: bool | None = None,
    text: str | None = None,
    section: str | None = None,
    since: str | None = None,
    until: str | None = None,
    article_ids: Iterable[int] | None = None,
) -> list[Annotation]:
    """Annotations in reading order (issue date, issue, article position, offset), filters ANDed.

    ``tag`` matches a tag on the highlight or on its article; ``text`` is a
    substring of the note or the quote; ``since``/``until`` bound the issue
    date (ISO, inclusive); ``article_ids`` is for filters computed elsewhere
    (entities mentioned, search hits).
    """
    where: list[str] = []
    params: list[Any] = []
    if article_id is not None:
        where.append("a.article_id = ?")
        params.append(article_id)
    if issue_id is not None:
        where.append("COALESCE(ar.issue_id, a.issue_id) = ?")
        params.append(issue_id)
    if tag is not None:
        where.append(
            "(a.id IN (SELECT at.annotation_id FROM annotation_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE t.name = ?) OR a.article_id IN (SELECT art.article_id FROM article_tags art "
            "JOIN tags t ON t.id = art.tag_id WHERE t.name = ?))"
        )
        name = tag_store.normalise_name(tag)
        params += [name, name]
    if color is not None:
        where.append("a.color = ?")
        params.append(check_color(color))
    if orphaned is not None:
        where.append("(a.orphaned = 1 OR a.article_id IS NULL)" if orphaned else "a.orphaned = 0")
        if not orphaned:
            where.append("a.article_id IS NOT NULL")
    if text:
        where.append("(instr(a.note, ?) > 0 OR instr(a.quote, ?) > 0)")
        params += [text, text]
    if section is not None:
        where.append("s.name = ?")
        params.append(section)
    if since:
        where.append("i.issue_date >= ?")
        params.append(since)
    if until:
        where.append("i.issue_date <= ?")
        params.append(until)
    if article_ids is not None:
        where.append("a.article_id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(str(int(n)) for n in sorted(set(article_ids))) + "]")
    return _rows(db, ("WHERE " + " AND ".join(where)) if where else "", params)


def check_color(color: str) -> str:
    if color not in COLORS:
        raise BadInputError(f"colour {color!r}", f"not one of {', '.join(COLORS)}")
    return color


def color_meanings(db: Database) -> dict[str, str]:
    """Every colour's user-given meaning (defaults: yellow=要点, red=存疑, green=数据), in palette order."""
    stored = settings.starting_with(db, _MEANING_KEY)
    return {color: stored.get(_MEANING_KEY + color, DEFAULT_MEANINGS[color]) for color in COLORS}


def set_color_meaning(db: Database, color: str, meaning: str) -> str:
    """Name what a colour means; returns the previous meaning (for undo)."""
    previous = color_meanings(db)[check_color(color)]
    settings.put(db, _MEANING_KEY + color, meaning.strip())
    return previous


def _article(db: Database, article_id: int) -> tuple[int, str, str, str, str]:
    row = db.execute(
        "SELECT ar.issue_id, ar.key, ar.title, ar.text, i.content_hash FROM articles ar "
        "JOIN issues i ON i.id = ar.issue_id WHERE ar.id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no article with id {article_id}")
    return row


def add_annotation(
    db: Database,
    article_id: int,
    start: int,
    end: int,
    *,
    note: str = "",
    color: str = DEFAULT_COLOR,
    tags: Iterable[str] = (),
) -> Annotation:
    """Highlight ``text[start:end]`` of an article (offsets into ``articles.text``), committed at once."""
    check_color(color)
    issue_id, key, title, text, digest = _article(db, article_id)
    try:
        quote, _position = anchoring.describe(text, start, end)
    except ValueError as error:
        raise BadInputError(f"article {article_id}", str(error)) from error
    stamp = now_iso()
    with db.atomic():
        new_id = inserted(
            db,
            "annotations",
            {
                "uid": uuid4().hex,
                "article_id": article_id,
                "issue_id": issue_id,
                "article_key": key,
                "article_title": title,
                "source_hash": digest,
                "start": start,
                "end": end,
                "quote": quote.exact,
                "prefix": quote.prefix,
                "suffix": quote.suffix,
                "note": note,
                "color": color,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
        tag_store.set_annotation_tags(db, new_id, tags)
    return get_annotation(db, new_id)


def add_by_quote(
    db: Database,
    article_id: int,
    quote: str,
    *,
    occurrence: int = 1,
    note: str = "",
    color: str = DEFAULT_COLOR,
    tags: Iterable[str] = (),
) -> Annotation:
    """Highlight the ``occurrence``-th (1-based) exact occurrence of ``quote`` in the article's text."""
    text = _article(db, article_id)[3]
    start = anchoring.find_occurrence(text, quote, occurrence)
    if start is None:
        count = len(anchoring._exact_starts(text, quote)) if quote else 0
        raise BadInputError(f"article {article_id}", _missing_occurrence(quote, count, occurrence))
    return add_annotation(db, article_id, start, start + len(quote), note=note, color=color, tags=tags)


def _missing_occurrence(quote: str, count: int, occurrence: int) -> str:
    if count == 0:
        return f"the quote {quote!r} is not in the article's text (it must match exactly)"
    times = "once" if count == 1 else f"{count} times"
    return f"the quote {quote!r} occurs {times} in the text; there is no occurrence {occurrence}"


def update_annotation(
    db: Database,
    annotation_id: int,
    *,
    note: str | None = None,
    color: str | None = None,
    tags: Iterable[str] | None = None,
) -> Annotation:
    """Change note, colour and/or tags; returns the annotation as it was (for undo)."""
    before = get_annotation(db, annotation_id)
    changes: dict[str, Any] = {"updated_at": now_iso()}
    if note is not None:
        changes["note"] = note
    if color is not None:
        changes["color"] = check_color(color)
    with db.atomic():
        db.table("annotations").update(annotation_id, changes)
        if tags is not None:
            tag_store.set_annotation_tags(db, annotation_id, tags)
    return before


def delete_annotation(db: Database, annotation_id: int) -> Annotation:
    """Delete on the user's request; returns the full snapshot so the deletion can be undone."""
    before = get_annotation(db, annotation_id)
    with db.atomic():
        db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])
    return before


def restore_annotation(db: Database, snapshot: Annotation) -> Annotation:
    """Put a snapshot back (undo of delete or update): same uid, same id when free, same tags.

    When the snapshot's article is still there the highlight is re-anchored
    against its current text; otherwise it comes back orphaned.
    """
    row = _snapshot_row(db, snapshot)
    with db.atomic():
        existing = db.execute("SELECT id FROM annotations WHERE uid = ?", [snapshot.uid]).fetchone()
        if existing:
            annotation_id = existing[0]
            db.table("annotations").update(annotation_id, row)
        else:
            taken = db.execute("SELECT 1 FROM annotations WHERE id = ?", [snapshot.id]).fetchone()
            insert = row if taken else {"id": snapshot.id, **row}
            annotation_id = inserted(db, "annotations", insert)
        tag_store.set_annotation_tags(db, annotation_id, snapshot.tags)
    return get_annotation(db, annotation_id)


def _snapshot_row(db: Database, snapshot: Annotation) -> dict[str, Any]:
    row = {
        "uid": snapshot.uid,
        "article_id": None,
        "issue_id": snapshot.issue_id,
        "article_key": snapshot.article_key,
        "article_title": snapshot.article_title,
        "source_hash": snapshot.source_hash,
        "start": snapshot.start,
        "end": snapshot.end,
        "quote": snapshot.quote,
        "prefix": snapshot.prefix,
        "suffix": snapshot.suffix,
        "note": snapshot.note,
        "color": check_color(snapshot.color),
        "orphaned": 1,
        "anchor": "orphaned",
        "created_at": snapshot.created_at,
        "updated_at": snapshot.updated_at,
    }
    if snapshot.article_id is None:
        return row
    try:
        issue_id, key, title, text, digest = _article(db, snapshot.article_id)
    except NotFoundError:
        return row
    found = _anchor_in(text, snapshot)
    if found is None:
        return {**row, "article_id": snapshot.article_id, "issue_id": issue_id}
    return {
        **row,
        **_attached_fields(text, found),
        "article_id": snapshot.article_id,
        "issue_id": issue_id,
        "article_key": key,
        "article_title": title,
        "source_hash": digest,
        "anchor": snapshot.anchor if found.method is anchoring.AnchorMethod.POSITION else found.method.value,
    }


def _anchor_in(text: str, annotation: Annotation, *, use_position: bool = True) -> anchoring.Anchor | None:
    quote = anchoring.TextQuoteSelector(annotation.quote, annotation.prefix, annotation.suffix)
    position = None
    if use_position and annotation.start is not None and annotation.end is not None:
        position = anchoring.TextPositionSelector(annotation.start, annotation.end)
    return anchoring.anchor(text, quote, position)


def _attached_fields(text: str, found: anchoring.Anchor) -> dict[str, Any]:
    quote, _ = anchoring.describe(text, found.start, found.end)
    return {
        "start": found.start,
        "end": found.end,
        "quote": quote.exact,
        "prefix": quote.prefix,
        "suffix": quote.suffix,
        "orphaned": 0,
    }


def reattach(db: Database, annotation_id: int, article_id: int, start: int, end: int) -> Annotation:
    """Pin an (orphaned) highlight to a span the user chose; returns the old snapshot for undo."""
    before = get_annotation(db, annotation_id)
    issue_id, key, title, text, digest = _article(db, article_id)
    try:
        anchoring.describe(text, start, end)
    except ValueError as error:
        raise BadInputError(f"article {article_id}", str(error)) from error
    found = anchoring.Anchor(start, end, anchoring.AnchorMethod.POSITION, 0, 1.0)
    fields = {
        **_attached_fields(text, found),
        "article_id": article_id,
        "issue_id": issue_id,
        "article_key": key,
        "article_title": title,
        "source_hash": digest,
        "anchor": "manual",
        "updated_at": now_iso(),
    }
    with db.atomic():
        db.table("annotations").update(annotation_id, fields)
    return before


@dataclass(frozen=True)
class ReanchorReport:
    unchanged: int = 0  # stored offsets still held the quote
    moved: int = 0  # found verbatim elsewhere (or in another article of the issue)
    corrected: int = 0  # re-attached to an approximate match
    orphaned: int = 0


def reanchor_issue(db: Database, issue_id: int) -> ReanchorReport:
    """Re-attach every annotation of an issue to its articles' current text.

    Called by ``save_issue`` inside its transaction, right after the articles
    were replaced, so it opens no transaction of its own.  A highlight whose
    article vanished (its title changed, so its key did) is looked for across
    the issue's articles; one that cannot be found is flagged orphaned, never
    deleted, and keeps its quote and last position for the next try.
    """
    issue = db.execute("SELECT content_hash FROM issues WHERE id = ?", [issue_id]).fetchone()
    annotations = _rows(db, "WHERE a.issue_id = ?", [issue_id]) if issue is not None else []
    if not annotations:  # the usual case on import: nothing to move, so read no article text
        return ReanchorReport()
    articles = {
        row[0]: row[1:]
        for row in db.execute("SELECT id, key, title, text FROM articles WHERE issue_id = ?", [issue_id])
    }
    report = ReanchorReport()
    for annotation in annotations:
        target, found = _relocate(annotation, articles)
        if found is None or target is None:
            db.execute(
                "UPDATE annotations SET orphaned = 1, anchor = 'orphaned' WHERE id = ?", [annotation.id]
            )
            report = replace(report, orphaned=report.orphaned + 1)
            continue
        key, title, text = articles[target]
        fields = {
            **_attached_fields(text, found),
            "article_id": target,
            "article_key": key,
            "article_title": title,
            "source_hash": issue[0],
            "anchor": found.method.value,
        }
        db.table("annotations").update(annotation.id, fields)
        if found.method is anchoring.AnchorMethod.POSITION and target == annotation.article_id:
            report = replace(report, unchanged=report.unchanged + 1)
        elif found.method is anchoring.AnchorMethod.FUZZY:
            report = replace(report, corrected=report.corrected + 1)
        else:
            report = replace(report, moved=report.moved + 1)
    return report


def adopt_orphans(db: Database, issue_id: int, content_hash: str) -> int:
    """Give a newly imported issue the detached highlights that belong to its text; returns how many.

    A highlight whose issue was removed (or trashed) keeps its quote, article key and the
    hash of the file it was made on.  When the same text comes back, it is adopted: by the
    file's hash, or by its article key's title part where its quote is found in that article.
    ``reanchor_issue`` then places it.  Runs inside ``save_issue``'s transaction.
    """
    orphans = _rows(db, "WHERE a.article_id IS NULL AND a.issue_id IS NULL", [])
    if not orphans:
        return 0
    articles = {
        key.split("/", 1)[-1]: text
        for key, text in db.execute("SELECT key, text FROM articles WHERE issue_id = ?", [issue_id])
    }
    adopted = [
        orphan.id
        for orphan in orphans
        if orphan.source_hash == content_hash
        or (
            orphan.article_key.split("/", 1)[-1] in articles
            and _anchor_in(articles[orphan.article_key.split("/", 1)[-1]], orphan, use_position=False)
        )
    ]
    db.conn.executemany("UPDATE annotations SET issue_id = ? WHERE id = ?", [(issue_id, n) for n in adopted])
    return len(adopted)


def _relocate(
    annotation: Annotation, articles: dict[int, tuple[str, str, str]]
) -> tuple[int | None, anchoring.Anchor | None]:
    """The article of the issue a highlight now sits in, and where.

    Its own article first (by id, else by key); when the quote is not there any more
    (a re-parse moved the passage into a neighbouring article) every other article of
    the issue is searched before the highlight is given up as an orphan.
    """
    own = annotation.article_id if annotation.article_id in articles else None
    if own is None:
        own = next((aid for aid, (key, _t, _x) in articles.items() if key == annotation.article_key), None)
    if own is not None:
        found = _anchor_in(articles[own][2], annotation)
        if found is not None:
            return own, found
    best: tuple[int | None, anchoring.Anchor | None] = (own, None)
    for article_id in sorted(articles):
        if article_id == own:
            continue
        found = _anchor_in(articles[article_id][2], annotation, use_position=False)
        if found is not None and (best[1] is None or found.score > best[1].score):
            best = (article_id, found)
    return best


def source_info(db: Database, annotation: Annotation) -> dict[str, Any]:
    """Issue key and file name of the issue an annotation belongs to (for exports), when it still exists."""
    if annotation.issue_id is None:
        return {}
    row = db.execute("SELECT key, source_file FROM issues WHERE id = ?", [annotation.issue_id]).fetchone()
    return {"issueKey": row[0], "sourceFile": row[1]} if row else {}


@dataclass(frozen=True)
class Incoming:
    """An annotation read from a backup, not yet placed in this library."""

    uid: str
    article_key: str
    article_title: str
    issue_key: str | None
    source_file: str | None
    source_hash: str
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    note: str
    color: str
    tags: tuple[str, ...]
    created_at: str
    updated_at: str


def _find_issue(db: Database, incoming: Incoming) -> tuple[int, str] | None:
    """The issue a backup entry belongs to: by file hash (any version), then issue key, then file name."""
    queries = [
        ("SELECT i.id, i.key FROM issues i WHERE i.content_hash = ? ORDER BY i.id", incoming.source_hash),
        (
            "SELECT i.id, i.key FROM issue_versions v JOIN issues i ON i.id = v.issue_id "
            "WHERE v.content_hash = ? ORDER BY v.version DESC",
            incoming.source_hash,
        ),
        ("SELECT id, key FROM issues WHERE key = ?", incoming.issue_key),
        ("SELECT id, key FROM issues WHERE source_file = ? ORDER BY id DESC", incoming.source_file),
    ]
    for sql, value in queries:
        if value:
            row = db.execute(sql, [value]).fetchone()
            if row:
                return row[0], row[1]
    return None


def restore_incoming(db: Database, incoming: Incoming) -> Annotation:
    """Place one backed-up annotation (see ``reader.export.web_annotation``); orphaned when it cannot be."""
    snapshot = Annotation(
        0, incoming.uid, None, None, incoming.article_key, incoming.article_title, incoming.source_hash,
        incoming.start, incoming.end, incoming.quote, incoming.prefix, incoming.suffix, incoming.note,
        check_color(incoming.color), True, "imported", incoming.created_at or now_iso(),
        incoming.updated_at or incoming.created_at or now_iso(), tuple(incoming.tags),
    )  # fmt: skip
    row = _snapshot_row(db, snapshot)
    issue = _find_issue(db, incoming)
    if issue is not None:
        issue_id, issue_key = issue
        articles = {
            r[0]: r[1:]
            for r in db.execute("SELECT id, key, title, text FROM articles WHERE issue_id = ?", [issue_id])
        }
        tail = incoming.article_key.removeprefix(f"{incoming.issue_key}/") if incoming.issue_key else None
        probe = replace(snapshot, article_key=f"{issue_key}/{tail}" if tail else incoming.article_key)
        target, found = _relocate(probe, articles)
        row["issue_id"] = issue_id
        if target is not None:
            key, title, text = articles[target]
            row.update(article_id=target, article_key=key, article_title=title)
            if found is not None:
                digest = db.execute("SELECT content_hash FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
                row.update(_attached_fields(text, found), source_hash=digest, anchor=found.method.value)
    with db.atomic():
        annotation_id = inserted(db, "annotations", row)
        tag_store.set_annotation_tags(db, annotation_id, incoming.tags)
    return get_annotation(db, annotation_id)
