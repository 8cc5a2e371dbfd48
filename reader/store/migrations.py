"""Ordered schema steps, recorded by sqlite-utils' ``Migrations`` and mirrored in ``PRAGMA user_version``.

Every step holds its own SQL, so the schema a library went through stays written down here
whatever the store modules become.  Rules: a step, once released, never changes; a new need is
a new step at the end.  Before any pending step runs on an existing library, a backup copy of
the file is written beside it (``library.db.bak-v3`` for a library at version 3).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database, Migrations

from reader.textfold import simplified

migrations = Migrations("bulletin-reader")


@migrations(name="m001_core")
def m001_core(db: Database) -> None:
    """The first schema.  Split by table group only to keep each function short: the statements,
    their text and their order are exactly as released."""
    _m001_issues(db)
    _m001_sections_and_articles(db)
    _m001_bylines(db)


def _m001_issues(db: Database) -> None:
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


def _m001_sections_and_articles(db: Database) -> None:
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


def _m001_bylines(db: Database) -> None:
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


@migrations(name="m006_trash")
def m006_trash(db: Database) -> None:
    """Removed issues wait here as JSON snapshots (``reader.store.trash``) until restored or purged."""
    db.execute(
        """
        CREATE TABLE trash (
            id INTEGER PRIMARY KEY,
            issue_id INTEGER NOT NULL,
            issue_key TEXT NOT NULL,
            title TEXT,
            issue_date TEXT,
            source_file TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            articles INTEGER NOT NULL,
            highlights INTEGER NOT NULL,
            notes INTEGER NOT NULL,
            trashed_at TEXT NOT NULL,
            payload TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX trash_content_hash ON trash(content_hash)")
    # an older version's bytes imported again from elsewhere are a no-op (``issues.save_issue``)
    db.execute("CREATE INDEX issue_versions_content_hash ON issue_versions(content_hash)")
    # likely duplicates are found by shared article titles (``reader.store.versions``)
    db.execute("CREATE INDEX articles_title ON articles(title)")


@migrations(name="m007_entity_tagging")
def m007_entity_tagging(db: Database) -> None:
    """Entity tagging as a resumable queue: articles waiting for the recogniser, and for each tagged
    article the digest of the text its mentions were computed from (unchanged text is not tagged again)."""
    db.execute(
        "CREATE TABLE entity_queue (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE)"
    )
    db.execute(
        """
        CREATE TABLE entity_done (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            digest TEXT NOT NULL,
            version TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX entity_done_digest ON entity_done(digest)")


@migrations(name="m008_application_id")
def m008_application_id(db: Database) -> None:
    """Mark the file as ours (``PRAGMA application_id`` = b"BRdr"), so a foreign SQLite file is refused."""
    db.execute("PRAGMA application_id = 1112695922")


@migrations(name="m009_search_bigrams")
def m009_search_bigrams(db: Database) -> None:
    """Bigram phrases + a position-free table of characters, row ids ordered by issue date.

    The old one-token-per-character index is dropped; ``migrate`` then re-indexes every
    article (``search_meta.rebuild``), with simplified/traditional folding.
    """
    db.execute("DROP TABLE IF EXISTS search_fts")
    db.execute("DROP TABLE IF EXISTS search_docs")
    db.execute(
        "CREATE VIRTUAL TABLE search_grams USING fts5(body, title, content='', tokenize='ascii', detail=full)"
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_chars USING fts5(chars, content='', tokenize='ascii', detail=none)"
    )
    db.execute(
        """
        CREATE TABLE search_docs (
            doc_id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL
        )
        """
    )
    for table in ("search_grams", "search_chars"):
        # 8 MiB of pending terms before a flush, not 1: half the insert time of a pair index
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', 8388608)")
    db.execute("CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        db.execute("INSERT INTO search_meta (key, value) VALUES ('rebuild', 'm009')")


@migrations(name="m010_issue_counts")
def m010_issue_counts(db: Database) -> None:
    """Each issue's article count kept on the issue, so the window's tree never counts articles."""
    db.execute("ALTER TABLE issues ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX sections_name ON sections(name)")  # the search filter's distinct names
    # the library tree's order within a publication, read a page at a time
    db.execute(
        "CREATE INDEX issues_tree ON issues"
        "(coalesce(publication, ''), issue_date IS NULL, issue_date DESC, id, article_count)"
    )
    db.execute("CREATE INDEX issues_order ON issues(issue_date IS NULL, issue_date DESC, id)")
    db.execute(
        "UPDATE issues SET article_count = "
        "(SELECT count(*) FROM articles WHERE articles.issue_id = issues.id)"
    )


@migrations(name="m011_saved_searches")
def m011_saved_searches(db: Database) -> None:
    """Searches kept by name: query, filters (JSON), variant folding; counted afresh when shown."""
    db.execute(
        """
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            query TEXT NOT NULL,
            filters TEXT NOT NULL DEFAULT '{}',
            fold_variants INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


@migrations(name="m012_search_hash_32mib")
def m012_search_hash_32mib(db: Database) -> None:
    """32 MiB of pending index terms per table instead of 8: an import's group of files (about a second
    of work, ≈ 10 MB of text) then becomes one segment, so fewer, larger segments are written and
    merged (the writer's CPU per MB fell from 121 to 103 ms at 50,000 articles)."""
    for table in ("search_grams", "search_chars"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', 33554432)")


@migrations(name="m013_library_settings")
def m013_library_settings(db: Database) -> None:
    """One table for what belongs to the library (``reader.store.settings``, made by m004 for the colours'
    meanings): the recogniser's state moves in (as ``recogniser.<key>``); the window's per-library
    state follows at its next close."""
    db.execute("INSERT INTO settings (key, value) SELECT 'recogniser.' || key, value FROM recogniser_state")
    db.execute("DROP TABLE recogniser_state")


@migrations(name="m014_reprints")
def m014_reprints(db: Database) -> None:
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


@migrations(name="m015_careers")
def m015_careers(db: Database) -> None:
    """The career ledger: dated person–post claims per article, and the user's merges and splits.

    Claims are rewritten whenever an article's mentions are written; corrections name people
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
    # claims are written where mentions are (``entities.pipeline.tag_articles``): an existing library's
    # articles go through the tagging queue once; unchanged text is not recognised again
    db.execute("INSERT OR IGNORE INTO entity_queue (article_id) SELECT id FROM articles")


@migrations(name="m016_reprint_index_compact")
def m016_reprint_index_compact(db: Database) -> None:
    """A reprint index a quarter of m014's size: no signatures, one 31-bit key per band, no by-article
    index of the band rows.

    ``reprint_docs`` keeps a 64-bit fingerprint, the article's band keys (a blob of 4 bytes a key)
    and the low byte of each of its MinHash values (128 bytes) instead of a hex fingerprint and a
    512-byte signature; ``reprint_bands`` is ``(key, article_id)``, the band
    mixed into the key.  When an article leaves the index — its ``reprint_docs`` row is deleted, by
    the cascade from ``articles`` or because its text changed — a trigger queues its keys in
    ``reprint_stale`` and drops its pairs; the next pass deletes the queued band rows by primary key.
    The old index cannot be converted (its keys are of 32 bands of 4 rows): it is dropped, every
    article becomes unindexed (``reader.store.reprints.unindexed``), and the next reprint pass — the
    next import's, or ``reader reprints`` — indexes the library again.  Pairs and clusters stay
    meanwhile; that pass finds them again.
    """
    db.execute("DROP TABLE reprint_bands")
    db.execute("DROP TABLE reprint_docs")
    db.execute(
        """
        CREATE TABLE reprint_docs (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            fingerprint INTEGER NOT NULL,
            length INTEGER NOT NULL,
            keys BLOB,
            signature BLOB
        )
        """
    )
    db.execute("CREATE INDEX reprint_docs_fingerprint ON reprint_docs(fingerprint) WHERE keys IS NOT NULL")
    db.execute(
        """
        CREATE TABLE reprint_bands (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE TABLE reprint_stale (article_id INTEGER NOT NULL, keys BLOB NOT NULL)")
    db.execute(
        """
        CREATE TRIGGER reprint_docs_gone AFTER DELETE ON reprint_docs BEGIN
            INSERT INTO reprint_stale (article_id, keys) SELECT old.article_id, old.keys
                WHERE old.keys IS NOT NULL;
            DELETE FROM reprint_pairs WHERE a = old.article_id OR b = old.article_id;
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER reprint_text_changed AFTER UPDATE OF text ON articles
        WHEN old.text IS NOT new.text BEGIN
            DELETE FROM reprint_docs WHERE article_id = old.id;
        END
        """
    )


@migrations(name="m017_smaller_library")
def m017_smaller_library(db: Database) -> None:
    """A smaller library (issue 14: at most 2.5 times its source text).

    - ``articles.created_at`` and ``updated_at`` go (50 MB at 500,000 articles): written by every
      import and read by nothing; an article's stamps were its issue's (``issues.imported_at``,
      ``updated_at``, and each version's ``issue_versions.imported_at``).
    - ``articles.blocks``: a run of paragraphs is its count (``[3,"heading",2]``);
      ``issues.boilerplate``: an item's reason only where it changes (``[line, text]`` takes the
      previous one), no spaces after separators.  Read back exactly as before (``store.compact``).
    - The search tables are made again with ``columnsize=0`` (nothing reads the column sizes; the
      next row id of each day's slot moves to ``search_slots``), and ``migrate`` re-indexes every
      article: common characters are stored by absence, whitespace not at all (``store.search``).
    - Then ``migrate`` runs ``VACUUM`` once, so the file gives the freed pages back.
    """
    db.conn.create_function("m017_kinds", 1, _m017_kinds, deterministic=True)
    db.conn.create_function("m017_boilerplate", 1, _m017_boilerplate, deterministic=True)
    db.execute("ALTER TABLE articles DROP COLUMN created_at")
    db.execute("ALTER TABLE articles DROP COLUMN updated_at")
    db.execute("UPDATE articles SET blocks = m017_kinds(blocks) WHERE blocks != '[]'")
    db.execute("UPDATE issues SET boilerplate = m017_boilerplate(boilerplate) WHERE boilerplate != '[]'")
    db.execute("DROP TABLE search_grams")
    db.execute("DROP TABLE search_chars")
    db.execute(
        "CREATE VIRTUAL TABLE search_grams USING fts5(body, title, content='', tokenize='ascii', "
        "detail=full, columnsize=0)"
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_chars USING fts5(chars, content='', tokenize='ascii', "
        "detail=none, columnsize=0)"
    )
    for table in ("search_grams", "search_chars"):
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', 33554432)")
    db.execute("CREATE TABLE search_slots (slot INTEGER PRIMARY KEY, next INTEGER NOT NULL)")
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        db.execute("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('rebuild', 'm017')")
        db.execute("INSERT OR REPLACE INTO search_meta (key, value) VALUES ('vacuum', 'm017')")


def _m017_kinds(stored: str) -> str:
    """m017's form of a plain list of block kinds: each run of paragraphs becomes its count."""
    parts: list[str] = []
    run = 0
    for kind in json.loads(stored):
        if kind == "paragraph":
            run += 1
            continue
        if run:
            parts.append(str(run))
            run = 0
        parts.append(json.dumps(kind, ensure_ascii=False))
    if run:
        parts.append(str(run))
    return "[" + ",".join(parts) + "]"


def _m017_boilerplate(stored: str) -> str:
    """m017's form of a list of ``[line, text, reason]``: a reason only where it changes."""
    out: list[list[object]] = []
    previous = None
    for line, text, *given in json.loads(stored):  # an item of two is already in this form
        reason = given[0] if given else previous
        out.append([line, text] if reason == previous else [line, text, reason])
        previous = reason
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


@migrations(name="m018_entity_readings")
def m018_entity_readings(db: Database) -> None:
    """Each entity's simplified reading (``reader.textfold.simplified``), indexed by kind: the People
    index, an entity's articles and the people seen with it group the printings of one name
    (林鄭月娥 in a Hong Kong release, 林郑月娥 in a mainland report) under that reading."""
    db.execute("ALTER TABLE entities ADD COLUMN reading TEXT")
    rows = db.execute("SELECT id, text FROM entities").fetchall()
    db.conn.executemany("UPDATE entities SET reading = ? WHERE id = ?", [(simplified(t), i) for i, t in rows])
    db.execute("CREATE INDEX entities_reading ON entities (kind, reading)")


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def step_names() -> list[str]:
    """Every schema step in the order it runs (sqlite-utils keeps the list private)."""
    return [step.name for step in migrations._migrations]


def latest_version() -> int:
    return len(step_names())


def _backup(db_path: Path, version: int) -> Path:
    """Copy the library beside itself before upgrading it, never over an existing file.

    The copy is written under a temporary name and renamed when complete, so a stray
    ``library.db.bak-v3`` (even one that is not a database) neither blocks the upgrade
    nor is overwritten: the next free name (``…bak-v3-2``) is taken instead.
    """
    target = db_path.with_name(f"{db_path.name}.bak-v{version}")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}.bak-v{version}-{n}")
    handle, temporary = tempfile.mkstemp(prefix=f"{db_path.name}.bak-", suffix=".tmp", dir=db_path.parent)
    os.close(handle)
    # From a connection of its own: the caller holds the write lock, and SQLite refuses to back
    # up through a connection that is writing.  Nobody else can commit meanwhile, so the copy
    # is exactly the library about to be upgraded.
    source = sqlite3.connect(f"file:{quote(os.fsencode(db_path.resolve()))}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
        finally:
            copy.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    finally:
        source.close()
    return target


# Steps that change no table: a read-only library that lacks only these is still read correctly.
READ_COMPATIBLE = {"m008_application_id"}


def migrate(db: Database, db_path: Path | None, *, read_only: bool = False) -> Path | None:
    """Apply pending steps; return the backup written first, if any.

    A library written by a newer release (a higher ``user_version`` than this
    code knows) is refused rather than silently mis-read.  The steps run inside one
    ``BEGIN IMMEDIATE`` transaction, so two programs opening an old library at once
    upgrade it once, and a failed step leaves the library as it was.
    """
    from reader.errors import LibraryBusyError, LibraryError, LibraryReadOnlyError, MigrationError

    current = schema_version(db)
    newest = latest_version()
    if current > newest:
        raise LibraryError(
            f"this library was written by a newer Bulletin Reader (schema {current}, "
            f"this program knows up to {newest}); please upgrade"
        )
    pending = migrations.pending(db)
    if not pending:
        if not read_only:
            _rebuild_search_if_needed(db)
        return None
    if read_only:
        if all(step.name in READ_COMPATIBLE for step in pending):
            return None
        raise LibraryReadOnlyError(
            f"the library {db_path} needs an upgrade (schema {current} → {newest}) but is read-only: "
            "open it once where it can be written, or copy it somewhere writable"
        )
    backup = None
    try:
        with db.atomic():  # BEGIN IMMEDIATE: a second program opening it waits, then finds it done
            current = schema_version(db)
            if not migrations.pending(db):
                return None
            if db_path is not None and current > 0:
                backup = _backup(db_path, current)
            if current == 0:
                _choose_encoding(db)
            migrations.apply(db)
            # user_version mirrors the recorded steps so plain SQLite tools can read it
            db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
    except LibraryBusyError:
        raise
    except Exception as error:
        kept = f"; a copy from before the upgrade is at {backup}" if backup else ""
        raise MigrationError(
            f"could not upgrade the library {db_path or ''} from schema {current} to {newest}: "
            f"{error}. The library was left as it was{kept}"
        ) from error
    _rebuild_search_if_needed(db)  # after the steps are committed: a long rebuild is its own transaction
    _vacuum_if_asked(db)
    return backup


TEXT_ENCODING = "UTF-16le"
"""How a new library stores text.  Chinese characters take two bytes in UTF-16 and three in
UTF-8, and article text is most of a library: UTF-16 makes a library of Chinese bulletins about
a tenth smaller (ASCII columns such as dates and hashes grow, but they are small).  SQLite
converts at its edge, so nothing else changes; the FTS5 index holds hex tokens and is unaffected.
Only a database with no tables yet can choose: existing libraries stay UTF-8."""


def _choose_encoding(db: Database) -> None:
    if not db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
        db.execute(f"PRAGMA encoding = '{TEXT_ENCODING}'")


def _vacuum_if_asked(db: Database) -> None:
    """A step that freed much of the file asks for one ``VACUUM`` (after the rebuild, outside any
    transaction).  Not needed for correctness: when it cannot run (no room for the copy), the
    freed pages stay in the file for later imports to reuse."""
    if not db.execute("SELECT 1 FROM search_meta WHERE key = 'vacuum'").fetchone():
        return
    with db.atomic():
        db.execute("DELETE FROM search_meta WHERE key = 'vacuum'")
    with contextlib.suppress(sqlite3.Error):
        db.execute("VACUUM")


def _rebuild_search_if_needed(db: Database) -> None:
    """Steps that change the search index only ask for a rebuild; it runs here, with the current code."""
    from reader.store import search

    if search.needs_rebuild(db):
        with db.atomic():
            search.rebuild_index(db)
