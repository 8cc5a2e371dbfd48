"""Ordered schema steps, recorded by sqlite-utils' ``Migrations`` and mirrored in ``PRAGMA user_version``.

Rules: a step, once released, never changes; a new need is a new step at the
end.  Before any pending step runs on an existing library, a backup copy of the
file is written beside it (``library.db.bak-v3`` for a library at version 3).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database, Migrations

migrations = Migrations("bulletin-reader")


@migrations(name="m001_core")
def m001_core(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            source_file TEXT NOT NULL,
            source_path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            byte_size INTEGER NOT NULL,
            encoding TEXT,
            layout TEXT NOT NULL,
            title TEXT,
            publication TEXT,
            issue_date TEXT,
            title_edited INTEGER NOT NULL DEFAULT 0,
            date_edited INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            warnings TEXT NOT NULL DEFAULT '[]',
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX issues_source_path ON issues(source_path)")
    db.execute("CREATE INDEX issues_content_hash ON issues(content_hash)")
    db.execute("CREATE INDEX issues_issue_date ON issues(issue_date)")
    db.execute(
        """
        CREATE TABLE issue_versions (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            byte_size INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (issue_id, version)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX sections_issue ON sections(issue_id, position)")
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            key TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL,
            kicker TEXT,
            title TEXT NOT NULL,
            subtitle TEXT,
            byline_text TEXT,
            dateline TEXT,
            date_line TEXT,
            credit TEXT,
            source_note TEXT,
            editor_codes TEXT NOT NULL DEFAULT '[]',
            text TEXT NOT NULL,
            blocks TEXT NOT NULL DEFAULT '[]',
            char_count INTEGER NOT NULL,
            read_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX articles_issue ON articles(issue_id, position)")
    db.execute("CREATE INDEX articles_section ON articles(section_id)")
    db.execute(
        """
        CREATE TABLE bylines (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            name TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX bylines_article ON bylines(article_id, position)")
    db.execute("CREATE INDEX bylines_name ON bylines(name)")


@migrations(name="m002_search")
def m002_search(db: Database) -> None:
    from reader.store.search import create_schema

    create_schema(db)


@migrations(name="m003_entities")
def m003_entities(db: Database) -> None:
    from reader.store.entities import create_schema as create_entity_schema

    create_entity_schema(db)


@migrations(name="m004_annotations")
def m004_annotations(db: Database) -> None:
    from reader.store.annotations import create_schema as create_annotation_schema
    from reader.store.tags import create_schema as create_tag_schema

    create_annotation_schema(db)
    create_tag_schema(db)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def latest_version() -> int:
    return len(migrations._migrations)


def _backup(db: Database, db_path: Path, version: int) -> Path:
    target = db_path.with_name(f"{db_path.name}.bak-v{version}")
    copy = sqlite3.connect(str(target))
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    return target


def migrate(db: Database, db_path: Path | None) -> Path | None:
    """Apply pending steps; return the backup written first, if any.

    A library written by a newer release (a higher ``user_version`` than this
    code knows) is refused rather than silently mis-read.
    """
    current = schema_version(db)
    newest = latest_version()
    if current > newest:
        from reader.errors import LibraryError

        raise LibraryError(
            f"this library was written by a newer Bulletin Reader (schema {current}, "
            f"this program knows up to {newest}); please upgrade"
        )
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = None
    if db_path is not None and current > 0:
        backup = _backup(db, db_path, current)
    try:
        migrations.apply(db)
    finally:
        # user_version mirrors the recorded steps so plain SQLite tools can read it
        db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
    return backup
