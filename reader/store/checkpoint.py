"""Copy the write-ahead log back into the library from a thread of its own while a long import writes.

SQLite's automatic checkpoint runs inside the commit of whichever transaction fills the log past
1,000 pages: on the import's single writer, which spends its time waiting on those writes (≈ 6 %
of a 50,000-article import).  During an import the automatic checkpoint is turned off for the
writer's connection and a second connection, on a thread that waits on disk without the GIL,
checkpoints every ``INTERVAL`` seconds instead.  ``PASSIVE``: it never waits for the writer or
blocks it; the writer starts the log over once a checkpoint has caught up.  A failed checkpoint
loses nothing (the pages stay in the log, and the next one or the writer's own copies them).

Why the writer also bounds the log (``Log.start_over_if_long``): SQLite starts the log over only in a
write transaction that *began* with every frame copied back, and the importer begins its next group
the moment it commits one, before the thread has copied that group — so the log grew with the import,
to 6.7 GB for 1.2 GB of files (500,000 articles), 306 MB for 120 MB.  Once the thread sees it past
``LOG_LIMIT``, the writer, between two groups, copies what the thread has not (the last group) and
starts it over (``RESTART``: the file is written again from its start, which costs less than growing
it anew); the block's end truncates it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator

from sqlite_utils import Database

from reader.store.db import library_file, without_busy_wait

INTERVAL = 0.5
"""Seconds between checkpoints: a 2-core machine imports ≈ 5 MB of log in that time."""

LOG_LIMIT = 64 * 2**20
"""Bytes of log past which the writer starts it over between two groups (every few groups of a long
import: the copy it waits for is one group's pages, the thread having copied the rest)."""


class Log:
    """What the checkpointing thread learnt of the log, for the writer to act on between two groups."""

    def __init__(self) -> None:
        self.long = threading.Event()  # the thread saw more than ``LOG_LIMIT`` bytes of it

    def start_over_if_long(self, db: Database) -> bool:
        """Between two write transactions: when the log has grown past ``LOG_LIMIT``, copy it back and
        start it over; whether that was done.  Never waits: a reader still using the log (the window's)
        makes it a no-op until the next call."""
        if not self.long.is_set():
            return False
        done = _checkpoint_now(db, "RESTART")
        if done:
            self.long.clear()
        return done


@contextlib.contextmanager
def checkpointing(db: Database) -> Iterator[Log]:
    """Run the block with the log checkpointed by a thread of its own (a no-op in memory)."""
    log = Log()
    path = library_file(db)
    if path is None or db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        yield log
        return
    before = int(db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    stop = threading.Event()
    thread = threading.Thread(target=_run, args=(str(path), stop, log), name="checkpoint", daemon=True)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    thread.start()
    try:
        yield log
    finally:
        stop.set()
        thread.join()
        db.execute(f"PRAGMA wal_autocheckpoint = {before}")
        if not db.conn.in_transaction:
            _checkpoint_now(db, "TRUNCATE")  # the disk back from a long import's log


def _checkpoint_now(db: Database, mode: str) -> bool:
    """A ``RESTART`` or ``TRUNCATE`` checkpoint on the writer's connection, without waiting for anyone."""
    try:
        with without_busy_wait(db.conn):
            return db.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()[0] == 0
    except sqlite3.OperationalError:
        return False  # busy: the pages stay in the log, the next call tries again


def _run(path: str, stop: threading.Event, log: Log) -> None:
    try:
        conn = sqlite3.connect(path, timeout=1.0, check_same_thread=False)
    except sqlite3.Error:
        return  # the writer's own checkpoints take over once the block ends
    try:
        page = 4096  # SQLite's default, should the question fail
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA synchronous = NORMAL")  # as the writer's
            page = conn.execute("PRAGMA page_size").fetchone()[0]
        while not stop.wait(INTERVAL):
            with contextlib.suppress(sqlite3.Error):
                _busy, frames, _copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if frames * page > LOG_LIMIT:
                    log.long.set()
    finally:
        conn.close()
