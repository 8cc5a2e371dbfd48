"""Cancel stops the import it belongs to, never another one queued behind it."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from reader.app.importing import ImportResult, import_job
from reader.app.workers import LibraryWorker
from reader.store import issues as store_issues
from reader.store import open_db
from tests.helpers.samples import LIBRARY, SEED_NAMES


def folder_with(tmp_path: Path, name: str, seeds: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for seed in seeds:
        shutil.copy(LIBRARY / seed, folder / seed)
    return folder


def test_cancelling_one_import_leaves_the_next_one_running(db_path: Path, tmp_path: Path, qtbot) -> None:
    open_db(db_path).conn.close()
    first = folder_with(tmp_path, "first", SEED_NAMES[:2])
    second = folder_with(tmp_path, "second", SEED_NAMES[2:4])
    worker = LibraryWorker(db_path)
    results: list[ImportResult] = []
    stop_first, stop_second = threading.Event(), threading.Event()
    stop_first.set()  # the user pressed Cancel on the first import before it got going
    worker.submit(import_job(worker, [first], stop_first), results.append)
    worker.submit(import_job(worker, [second], stop_second), results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=60_000)
    worker.shutdown()
    assert [r.report.cancelled for r in results] == [True, False]
    db = open_db(db_path)
    files = sorted(Path(issue["source_file"]).name for issue in store_issues.list_issues(db))
    db.conn.close()
    assert files == sorted(SEED_NAMES[2:4])
