"""Copy the write-ahead log back into the library from a thread of its own while a long import writes.

SQLite's automatic checkpoint runs inside the commit of whichever transaction fills the log past
1,000 pages: on the import's single writer, which spends its time waiting on those writes (≈ 6 %
of a 50,000-article import).  During an import the automatic checkpoint is turned off for the
writer's connection and a second connection, on a thread that waits on disk without the GIL,
checkpoints every ``INTERVAL`` seconds instead.  ``PASSIVE``: it never waits for the writer or
blocks it; the writer starts the log over once a checkpoint has caught up.  A failed checkpoint
loses nothing (the pages stay in the log, and the next one or the writer's own copies them).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator

from sqlite_utils import Database

from reader.store.db import library_file

INTERVAL = 0.5
"""Seconds between checkpoints: a 2-core machine imports ≈ 5 MB of log in that time."""


@contextlib.contextmanager
def checkpointing(db: Database) -> Iterator[None]:
    """Run the block with the log checkpointed by a thread of its own (a no-op in memory)."""
    path = library_file(db)
    if path is None or db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        yield
        return
    before = int(db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    stop = threading.Event()
    thread = threading.Thread(target=_run, args=(str(path), stop), name="checkpoint", daemon=True)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        db.execute(f"PRAGMA wal_autocheckpoint = {before}")


def _run(path: str, stop: threading.Event) -> None:
    try:
        conn = sqlite3.connect(path, timeout=1.0, check_same_thread=False)
    except sqlite3.Error:
        return  # the writer's own checkpoints take over once the block ends
    try:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA synchronous = NORMAL")  # as the writer's
        while not stop.wait(INTERVAL):
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        conn.close()
