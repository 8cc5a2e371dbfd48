"""Ordered schema steps, recorded by sqlite-utils' ``Migrations`` and mirrored in ``PRAGMA user_version``.

Every step holds its own SQL, so the schema a library went through stays written down here
whatever the store modules become.  Rules: a step, once released, never changes; a new need is
a new step at the end.  Before any pending step runs on an existing library, a backup copy of
the file is written beside it (``library.db.bak-v3`` for a library at version 3).
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
    """One FTS5 token per character (hex of its UTF-16 unit), so phrase queries are exact substrings."""
    db.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "kicker, title, subtitle, text, content='', tokenize='ascii', detail=full)"
    )
    db.execute(
        """
        CREATE TABLE search_docs (
            doc_id INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL
        )
        """
    )


@migrations(name="m003_entities")
def m003_entities(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (kind, text)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            source TEXT NOT NULL DEFAULT 'text'
        )
        """
    )
    db.execute("CREATE INDEX mentions_article ON mentions(article_id, field, start)")
    db.execute("CREATE INDEX mentions_entity ON mentions(entity_id)")
    db.execute(
        """
        CREATE TABLE entity_corrections (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            kind TEXT,
            action TEXT NOT NULL CHECK (action IN ('reject', 'add', 'retype')),
            scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'occurrence')),
            article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
            field TEXT,
            start INTEGER,
            "end" INTEGER,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE recogniser_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations(name="m004_annotations")
def m004_annotations(db: Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            issue_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,
            article_key TEXT NOT NULL,
            article_title TEXT NOT NULL DEFAULT '',
            source_hash TEXT NOT NULL,
            start INTEGER,
            end INTEGER,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            orphaned INTEGER NOT NULL DEFAULT 0,
            anchor TEXT NOT NULL DEFAULT 'created',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX annotations_article ON annotations(article_id, start)")
    db.execute("CREATE INDEX annotations_issue ON annotations(issue_id)")
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            color TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)
        )
        """
    )
    db.execute("CREATE INDEX article_tags_tag ON article_tags(tag_id)")
    db.execute(
        """
        CREATE TABLE annotation_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        )
        """
    )
    db.execute("CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)")


@migrations(name="m005_issue_boilerplate")
def m005_issue_boilerplate(db: Database) -> None:
    """The lines of a file that belong to no article (page footers, web-page chrome, the TOC), kept with it.

    A JSON list of ``[line, text, reason]``; existing issues get theirs at their next re-import.
    """
    db.execute("ALTER TABLE issues ADD COLUMN boilerplate TEXT NOT NULL DEFAULT '[]'")


@migrations(name="m006_reprints")
def m006_reprints(db: Database) -> None:
    """Near-duplicate articles: MinHash signatures and band keys (the persistent LSH index), checked pairs.

    ``reprint_docs`` remembers which text each article was indexed from (so an unchanged article is
    not indexed again) and its signature (so an import compares its candidates without re-reading
    their texts); ``reprint_members`` is the clustering, kept so search and the people index can
    count a cluster once in SQL.
    """
    db.execute(
        """
        CREATE TABLE reprint_docs (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            length INTEGER NOT NULL,
            signature BLOB
        )
        """
    )
    db.execute("CREATE INDEX reprint_docs_fingerprint ON reprint_docs(fingerprint)")
    db.execute(
        """
        CREATE TABLE reprint_bands (
            band INTEGER NOT NULL,
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band, key, article_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX reprint_bands_article ON reprint_bands(article_id)")
    db.execute(
        """
        CREATE TABLE reprint_pairs (
            a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity REAL NOT NULL,
            PRIMARY KEY (a, b),
            CHECK (a < b)
        )
        """
    )
    db.execute("CREATE INDEX reprint_pairs_b ON reprint_pairs(b)")
    db.execute(
        """
        CREATE TABLE reprint_members (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            cluster_id INTEGER NOT NULL,
            is_original INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX reprint_members_cluster ON reprint_members(cluster_id)")


@migrations(name="m007_careers")
def m007_careers(db: Database) -> None:
    """The career ledger: dated person–post claims per article, and the user's merges and splits.

    Claims are rewritten whenever an article's text or mentions change; corrections name people
    by (name, place) — text, not row ids — so they survive every rewrite.
    """
    db.execute(
        """
        CREATE TABLE career_claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            post TEXT NOT NULL,
            place TEXT,
            organisation TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('mention', 'appointment', 'removal')),
            date TEXT,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            printed TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX career_claims_article ON career_claims(article_id)")
    db.execute("CREATE INDEX career_claims_name ON career_claims(name)")
    db.execute("CREATE INDEX career_claims_post ON career_claims(post)")
    db.execute(
        """
        CREATE TABLE career_corrections (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            name TEXT NOT NULL,
            place TEXT,
            other_name TEXT NOT NULL,
            other_place TEXT,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE TABLE career_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


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
