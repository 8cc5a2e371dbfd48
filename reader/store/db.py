"""Open a library file: location, pragmas, migrations, friendly errors."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from reader.errors import LibraryError

APP_NAME = "bulletin-reader"
DB_ENV_VAR = "READER_DB"
DB_FILE_NAME = "library.db"


def default_db_path() -> Path:
    """``$READER_DB`` when set, else ``library.db`` in the per-user data folder."""
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def open_db(path: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open (creating when missing) the library at ``path`` and bring its schema up to date.

    WAL lets the window read while the import worker writes; foreign keys keep
    sections, articles and everything hanging off them consistent.
    """
    from reader.store.migrations import migrate as run_migrations

    db_path = Path(path).expanduser() if path is not None else default_db_path()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(db_path), timeout=10, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        # Only takes effect on a new, empty file; 16 KiB pages make importing ~15% faster
        # (fewer, fuller pages for article text and the search index).
        conn.execute("PRAGMA page_size = 16384")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the search index's b-trees stay in memory
    except (OSError, sqlite3.Error) as error:
        raise LibraryError(f"cannot open the library {db_path}: {error}") from error
    db = Database(conn)
    if migrate:
        try:
            run_migrations(db, db_path)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise LibraryError(f"{db_path} is not a readable library: {error}") from error
    return db


def memory_db() -> Database:
    """A migrated in-memory library, for tests and throw-away work."""
    from reader.store.migrations import migrate as run_migrations

    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    run_migrations(db, None)
    return db


def in_chunks(ids: Sequence[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    """``(chunk, "?,?,…")`` pairs for ``WHERE x IN (…)`` queries over many ids.

    SQLite caps the number of bound parameters, so long id lists are queried
    a chunk at a time, each with its own row of placeholders.
    """
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ",".join("?" * len(chunk))
