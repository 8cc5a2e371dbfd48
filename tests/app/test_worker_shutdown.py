"""Closing the window runs every write already asked for: a note saved just before quitting is kept."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from reader.app.workers import LibraryWorker
from reader.store import open_db
from reader.store import settings as store_settings


def test_shutdown_runs_the_jobs_queued_before_it(db_path: Path) -> None:
    open_db(db_path).conn.close()
    worker = LibraryWorker(db_path)

    def write(number: int):  # type: ignore[no-untyped-def]
        def job(db: Database) -> None:
            store_settings.put(db, f"test.{number:03}", number)

        return job

    for number in range(200):
        worker.submit(write(number))
    worker.shutdown()
    db = open_db(db_path)
    written = store_settings.starting_with(db, "test.")
    db.conn.close()
    assert len(written) == 200 and written["test.199"] == "199"
