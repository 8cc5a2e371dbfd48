"""Open a library file: location, pragmas, migrations, and SQLite's failures as sentences.

Three decisions live here (see ``docs/reliability.md``):

- **Writers take turns.**  Every write transaction starts with ``BEGIN IMMEDIATE``
  (:meth:`LibraryDatabase.atomic`), so it either holds the write lock before it reads
  anything or waits for it.  A deferred ``BEGIN`` that reads first and writes later
  fails at once with "database is locked" whenever another process wrote in between,
  whatever the busy timeout says.  The wait is bounded by ``READER_BUSY_TIMEOUT``
  seconds (default 30); a connection that just held the lock for a long batch leaves a
  short gap before taking it again, so a ``note add`` waiting behind an import gets in.
- **Errors are mapped at the boundary**, as qutebrowser's ``raise_sqlite_error`` does:
  the connection class turns BUSY/LOCKED, FULL, READONLY, CANTOPEN, IOERR and
  CORRUPT/NOTADB into the typed ``reader.errors.Library…Error`` classes, whose message
  names the library and says what to do.
- **Only our own files are opened.**  A library carries ``PRAGMA application_id``;
  a non-empty SQLite file without it (and without our migration record) is refused
  before anything is written to it, so it stays byte-identical.  A library whose file
  or folder cannot be written is opened read-only: reading, searching and exporting
  work, and a write says why it cannot be saved.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import platformdirs
from sqlite_utils import Database

from reader.errors import (
    ForeignDatabaseError,
    LibraryBusyError,
    LibraryCorruptError,
    LibraryError,
    LibraryFullError,
    LibraryReadOnlyError,
    LibraryUnavailableError,
    ReaderError,
)
from reader.store import turns

APP_NAME = "bulletin-reader"
DB_ENV_VAR = "READER_DB"
DB_FILE_NAME = "library.db"
BUSY_ENV_VAR = "READER_BUSY_TIMEOUT"
DEFAULT_BUSY_TIMEOUT = 30.0
APPLICATION_ID = 0x42526472  # b"BRdr": written by migration m008_application_id

_POLL_SECONDS = 0.002  # how often a waiting writer retries BEGIN IMMEDIATE
_LONG_HOLD = 0.1  # a transaction that held the write lock this long…
_GAP = 0.01  # …leaves this much room before the same connection takes it again


def inserted(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` into ``table`` and return its row id (sqlite-utils types ``last_pk`` as optional)."""
    row_id = db.table(table).insert(row).last_pk
    if row_id is None:
        raise sqlite3.InterfaceError(f"no row id after an insert into {table}")
    return int(row_id)


def default_db_path() -> Path:
    """``$READER_DB`` when set, else ``library.db`` in the per-user data folder."""
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def busy_timeout_seconds() -> float:
    """How long a writer waits for another one: ``$READER_BUSY_TIMEOUT`` seconds, default 30."""
    raw = os.environ.get(BUSY_ENV_VAR, "").strip()
    if not raw:
        return DEFAULT_BUSY_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 86400:
        raise LibraryError(f"{BUSY_ENV_VAR}={raw!r} is not a number of seconds between 0 and 86400")
    return value


# --- SQLite errors as typed, user-facing errors ---------------------------------------------

_PRIMARY = {
    "SQLITE_BUSY": LibraryBusyError,
    "SQLITE_LOCKED": LibraryBusyError,
    "SQLITE_FULL": LibraryFullError,
    "SQLITE_READONLY": LibraryReadOnlyError,
    "SQLITE_CANTOPEN": LibraryUnavailableError,
    "SQLITE_IOERR": LibraryUnavailableError,
    "SQLITE_PERM": LibraryUnavailableError,
    "SQLITE_CORRUPT": LibraryCorruptError,
    "SQLITE_NOTADB": LibraryCorruptError,
}


def _primary_name(error: sqlite3.Error) -> str | None:
    name = getattr(error, "sqlite_errorname", None)
    if not name:
        return None
    for primary in _PRIMARY:  # extended codes: SQLITE_IOERR_WRITE, SQLITE_READONLY_DIRECTORY…
        if name == primary or name.startswith(primary + "_"):
            return primary
    return None


def _message(primary: str, error: sqlite3.Error, where: str, timeout: float, why: str) -> str:
    if primary in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return (
            f"the library is busy: another import or window has been writing to {where} for over "
            f"{timeout:g} s; try again when it has finished (nothing was changed)"
        )
    if primary == "SQLITE_FULL":
        return (
            f"the disk holding {where} is full (or the library reached its size limit); "
            "the change was not saved, everything saved before is intact: free some space and try again"
        )
    if primary == "SQLITE_READONLY":
        return (
            f"the library {where} is read-only ({why or READ_ONLY_FILE}): "
            "reading, searching and exporting work, but changes cannot be saved"
        )
    if primary == "SQLITE_NOTADB":
        return f"{where} is not a Bulletin Reader library: it is not an SQLite database ({error})"
    if primary == "SQLITE_CORRUPT":
        return (
            f"the library {where} is damaged ({error}); restore a backup copy "
            "(library.db.bak-v…) or import the files into a new library"
        )
    if primary == "SQLITE_CANTOPEN":
        return f"cannot open the library {where}: {error}"
    return f"could not read or write the library {where} ({error}): the disk or file system failed"


def library_error(
    error: sqlite3.Error, where: str = "", timeout: float | None = None, why: str = ""
) -> sqlite3.Error:
    """The typed error for ``error`` (which is returned unchanged when it is a bug, not a condition).

    The result is both a ``LibraryError`` and an instance of the ``sqlite3`` class SQLite
    raised, so existing ``except sqlite3.DatabaseError`` handlers still roll back.  An I/O
    error on a disk with no room left is reported as the full disk it is.
    """
    if isinstance(error, ReaderError):
        return error
    primary = _primary_name(error)
    if primary is None:
        return error
    if primary in ("SQLITE_IOERR", "SQLITE_CANTOPEN") and where and disk_full(Path(where)):
        primary = "SQLITE_FULL"
    seconds = DEFAULT_BUSY_TIMEOUT if timeout is None else timeout
    mapped = _PRIMARY[primary](_message(primary, error, where or "the library", seconds, why))
    mapped.sqlite_errorcode = getattr(error, "sqlite_errorcode", None)  # type: ignore[attr-defined,assignment]
    mapped.sqlite_errorname = getattr(error, "sqlite_errorname", None)  # type: ignore[attr-defined,assignment]
    return mapped


class _Connection(sqlite3.Connection):
    """A connection whose statements raise the typed errors of :func:`library_error`."""

    library_path = ""
    read_only = False
    read_only_reason = ""
    busy_seconds = DEFAULT_BUSY_TIMEOUT

    def _mapped(self, error: sqlite3.Error) -> sqlite3.Error:
        return library_error(error, self.library_path, self.busy_seconds, self.read_only_reason)

    def execute(self, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        try:
            return super().execute(*args)
        except sqlite3.Error as error:
            raise self._mapped(error) from error

    def executemany(self, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        try:
            return super().executemany(*args)
        except sqlite3.Error as error:
            raise self._mapped(error) from error

    def executescript(self, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        try:
            return super().executescript(*args)
        except sqlite3.Error as error:
            raise self._mapped(error) from error

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as error:
            raise self._mapped(error) from error


class LibraryDatabase(Database):
    """sqlite-utils' ``Database`` whose outermost transactions are ``BEGIN IMMEDIATE``."""

    _released_at = 0.0
    _held_for = 0.0

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """A transaction (or, nested, a savepoint) that holds the write lock from its first statement."""
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self._begin_immediate()
        started = time.monotonic()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise
        finally:
            self._released_at = time.monotonic()
            self._held_for = self._released_at - started

    def _begin_immediate(self) -> None:
        """Wait for the write lock in short polls, so a waiter catches the gap between two batches.

        SQLite's own busy handler sleeps up to 100 ms between tries, long enough to miss
        every gap a busy importer leaves; polling here every 2 ms does not.  A waiter also
        shows a sign beside the library, and a connection that just held the lock long waits
        for it to go (:mod:`reader.store.turns`): on a loaded machine a waiter's 2 ms sleep can
        overrun any gap.
        """
        conn = self.conn
        timeout = getattr(conn, "busy_seconds", DEFAULT_BUSY_TIMEOUT)
        sign = turns.sign_for(getattr(conn, "library_path", ""))
        if self._held_for >= _LONG_HOLD:
            pause = self._released_at + _GAP - time.monotonic()
            if pause > 0:
                time.sleep(pause)  # let a writer queued behind this long batch have its turn
            turns.stand_aside(sign)
        deadline = time.monotonic() + timeout
        waiting = turns.Waiting(sign)
        with without_busy_wait(conn):
            try:
                while True:
                    try:
                        conn.execute("BEGIN IMMEDIATE")
                        return
                    except LibraryBusyError:
                        if time.monotonic() >= deadline:
                            raise
                        waiting.refresh()
                        time.sleep(_POLL_SECONDS)
            finally:
                waiting.withdraw()


@contextlib.contextmanager
def _pragma_for_block(conn: sqlite3.Connection, name: str, value: str) -> Iterator[None]:
    """A connection's setting changed for the block and set back as it was, whatever the block does."""
    previous = conn.execute(f"PRAGMA {name}").fetchone()[0]
    conn.execute(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA {name} = {int(previous)}")


def without_busy_wait(conn: sqlite3.Connection) -> contextlib.AbstractContextManager[None]:
    """SQLite's busy handler off for the block: a statement that meets a lock fails at once (SQLITE_BUSY),
    for callers that poll or try again later rather than sleep in SQLite's handler."""
    return _pragma_for_block(conn, "busy_timeout", "0")


def journals_in_memory(conn: sqlite3.Connection) -> contextlib.AbstractContextManager[None]:
    """Savepoint journals kept in memory for the block (``temp_store = MEMORY``), then back as they were.

    A savepoint keeps the original of every page it changes in a sub-journal, which SQLite writes to a
    temporary file once it passes 64 KiB: four 16 KiB pages.  The import saves each file in a
    savepoint of its own, so 120 MB of files wrote 1.5 GB of sub-journals to temporary files (2.6 GB
    written in all, 1.1 GB without them).  In memory they hold one file's changed pages at a time.
    Only for the block: with ``temp_store = MEMORY`` everywhere, a ``VACUUM`` would build its copy of
    the library in memory.
    """
    return _pragma_for_block(conn, "temp_store", "MEMORY")


# --- opening --------------------------------------------------------------------------------


def _writable(db_path: Path) -> bool:
    if db_path.exists() and not os.access(db_path, os.W_OK):
        return False
    return os.access(db_path.parent, os.W_OK)


def _connect(db_path: Path, read_only: bool, timeout: float) -> _Connection:
    if not read_only:
        return _connection(str(db_path), db_path, read_only, timeout, uri=False)
    # A read-only library is opened immutable (nothing is created beside it: the folder may be
    # read-only too), unless an unfinished session left a -wal file: then SQLite is asked to
    # read it as well, so nothing saved is missed.
    address = f"file:{quote(os.fsencode(db_path.resolve()))}?mode=ro"
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        conn = _connection(address, db_path, read_only, timeout, uri=True)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error:
            conn.close()
    return _connection(address + "&immutable=1", db_path, read_only, timeout, uri=True)


def _connection(target: str, db_path: Path, read_only: bool, timeout: float, *, uri: bool) -> _Connection:
    conn = sqlite3.connect(target, timeout=timeout, check_same_thread=False, factory=_Connection, uri=uri)
    assert isinstance(conn, _Connection)
    conn.library_path = str(db_path)
    conn.read_only = read_only
    conn.busy_seconds = timeout
    return conn


def _check_ours(db: Database, db_path: Path) -> None:
    """Refuse a non-empty SQLite file that is not one of our libraries, before writing anything to it."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app_id == 0 and not tables:
        return  # an empty database: it becomes a new library
    if app_id == 0 and "_sqlite_migrations" in tables:
        from reader.store.migrations import migrations

        recorded = db.execute(
            "SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?", [migrations.name]
        ).fetchone()[0]
        if recorded:
            return  # a library from before the mark existed; migration m005 adds it
    raise ForeignDatabaseError(
        f"{db_path} is an SQLite database of another program, not a Bulletin Reader library; "
        "it was left untouched: choose another file (--db or READER_DB)"
    )


def open_db(
    path: str | Path | None = None, *, migrate: bool = True, busy_timeout: float | None = None
) -> Database:
    """Open (creating when missing) the library at ``path`` and bring its schema up to date.

    WAL lets the window read while the import worker writes; foreign keys keep
    sections, articles and everything hanging off them consistent.  ``busy_timeout``
    (seconds) defaults to ``$READER_BUSY_TIMEOUT``, else 30.  A library that cannot be
    written (read-only file or folder, or a disk so full that SQLite cannot even set up
    its shared-memory file) is opened read-only: reads work, writes say why they cannot.
    """
    db_path = Path(path).expanduser() if path is not None else default_db_path()
    where = str(db_path)
    timeout = busy_timeout_seconds() if busy_timeout is None else busy_timeout
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryUnavailableError(
            f"cannot create the folder for the library {where}: {error.strerror or error}"
        ) from error
    if db_path.is_dir():
        raise LibraryUnavailableError(f"cannot open the library {where}: it is a folder, not a file")
    if not _writable(db_path):
        if not db_path.exists():
            raise LibraryReadOnlyError(f"cannot create the library {where}: its folder is read-only")
        return _open(db_path, timeout, migrate, read_only=READ_ONLY_FILE)
    try:
        return _open(db_path, timeout, migrate, read_only=None)
    except (LibraryFullError, LibraryUnavailableError):
        if not db_path.exists() or db_path.stat().st_size == 0 or not disk_full(db_path):
            raise
        return _open(db_path, timeout, migrate, read_only=READ_ONLY_FULL)


def needs_upgrade(path: Path) -> bool:
    """True when the library at ``path`` exists and is older than this program's schema: opening it
    will run steps that can take minutes (m017 re-indexes every article), so callers say so first.
    Read through a read-only connection: asking must not change the file (a failed upgrade leaves
    it exactly as it was)."""
    from reader.store.migrations import latest_version

    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0] < latest_version()
    except sqlite3.Error:  # not a database: opening for real reports what is wrong, in its own words
        return False
    finally:
        conn.close()


READ_ONLY_FILE = "the file or its folder cannot be written"
READ_ONLY_FULL = "the disk holding it is full"


def library_file(db: Database) -> Path | None:
    """The file behind ``db``'s connection; None for an in-memory library."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file)
    return None


def disk_full(db_path: Path) -> bool:
    """Less than 1 MiB free where the library lives: SQLite then fails in ways that say "I/O error"."""
    try:
        return shutil.disk_usage(db_path.parent).free < 2**20
    except OSError:
        return False


def _open(db_path: Path, timeout: float, migrate: bool, *, read_only: str | None) -> Database:
    from reader.store.migrations import migrate as run_migrations

    where = str(db_path)
    try:
        conn = _connect(db_path, read_only is not None, timeout)
    except sqlite3.Error as error:
        raise library_error(error, where, timeout) from error
    except OSError as error:
        raise LibraryUnavailableError(
            f"cannot open the library {where}: {error.strerror or error}"
        ) from error
    conn.read_only_reason = read_only or ""
    db = LibraryDatabase(conn)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        _check_ours(db, db_path)
        if read_only is None:
            # Only takes effect on a new, empty file; 16 KiB pages make importing ~15% faster
            # (fewer, fuller pages for article text and the search index).
            conn.execute("PRAGMA page_size = 16384")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the search index's b-trees stay in memory
        if migrate:
            run_migrations(db, db_path, read_only=read_only is not None)
        if read_only is None:
            # After the upgrade, so a failed one leaves an old library's file exactly as it was.
            conn.execute("PRAGMA journal_mode = WAL")
    except BaseException as error:
        conn.close()
        if isinstance(error, sqlite3.Error) and not isinstance(error, ReaderError):
            raise library_error(error, where, timeout) from error
        raise
    return db


def memory_db() -> Database:
    """A migrated in-memory library, for tests and throw-away work."""
    from reader.store.migrations import migrate as run_migrations

    conn = sqlite3.connect(":memory:", check_same_thread=False, factory=_Connection)
    conn.execute("PRAGMA foreign_keys = ON")
    db = LibraryDatabase(conn)
    run_migrations(db, None)
    return db


Key = TypeVar("Key", int, str)


def in_chunks(ids: Sequence[Key], size: int = 500) -> Iterator[tuple[list[Key], str]]:
    """``(chunk, "?,?,…")`` pairs for ``WHERE x IN (…)`` queries over many ids.

    SQLite caps the number of bound parameters, so long id lists are queried
    a chunk at a time, each with its own row of placeholders.
    """
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ",".join("?" * len(chunk))
