"""One background worker owns every write to the library (import, corrections, read marks).

Modelled on Anki's ``aqt/taskman``: the GUI hands over a function of the
worker's own database connection plus success and failure callbacks; jobs run
one at a time, in order, on a ``QThread``; results come back through queued
signals, so callbacks always run on the GUI thread.  The GUI keeps a second
connection for short reads (SQLite in WAL mode lets both work at once).
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlite_utils import Database

from reader.store import open_db

if TYPE_CHECKING:
    from reader.entities.pipeline import Recognise

Job = Callable[[Database], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException, str], None]


@dataclass
class _Pending:
    job: Job
    on_done: Success | None
    on_error: Failure | None


class _Runner(QObject):
    """Lives in the worker thread; opens its own connection on first use."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._db: Database | None = None

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            if self._db is None:
                self._db = open_db(self._db_path)
            result = job(self._db)
        except Exception as error:  # reported to the GUI, which decides how to show it
            self.failed.emit(job_id, error, traceback.format_exc())
            return
        self.finished.emit(job_id, result)

    @Slot()
    def close(self) -> None:
        """Runs after every job queued before it; then ends the thread's event loop."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None
        QThread.currentThread().quit()


class LibraryWorker(QObject):
    """The single writer.  ``submit`` returns at once; ``busy`` tells whether jobs are queued."""

    _request = Signal(int, object)
    _close = Signal()
    progress = Signal(int, int, str)  # done, total, current file: emitted by import jobs
    idle = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("library-writer")
        self._runner = _Runner(db_path)
        self._runner.moveToThread(self._thread)
        self._request.connect(self._runner.run)
        self._close.connect(self._runner.close)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self.cancel_event = threading.Event()
        self.on_unhandled: Failure | None = None  # failures of jobs submitted without ``on_error``
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(self, job: Job, on_done: Success | None = None, on_error: Failure | None = None) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(job, on_done, on_error)
        self._request.emit(job_id, job)
        return job_id

    def _pop(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        return pending

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        pending = self._pop(job_id)
        if pending is not None and pending.on_done is not None:
            pending.on_done(result)
        if not self._pending:
            self.idle.emit()

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, error: object, trace: str) -> None:
        pending = self._pop(job_id)
        if pending is not None and pending.on_error is not None:
            pending.on_error(error, trace)  # type: ignore[arg-type]
        elif pending is not None and self.on_unhandled is not None:
            self.on_unhandled(error, trace)  # type: ignore[arg-type]
        elif pending is not None:
            raise RuntimeError(f"background job failed:\n{trace}")
        if not self._pending:
            self.idle.emit()

    def shutdown(self) -> None:
        """Let queued jobs finish, close the worker's connection, stop the thread."""
        self.cancel_event.set()
        self._close.emit()  # queued behind the jobs: quitting here would drop them unrun
        self._thread.wait()


def correction_job(
    text: str,
    action: str,
    kind: str | None,
    scope: str,
    occurrence: tuple[int, str, int, int] | None,
    run: Recognise | None = None,
) -> Job:
    """Record one entity correction and re-annotate the articles it touches (recognising through
    ``run``, the window's recogniser process); returns their ids."""
    from reader.entities import pipeline
    from reader.store import entities as store_entities
    from reader.store.search import matching_article_ids

    def job(db: Database) -> list[int]:
        article_id, field, start, end = occurrence if occurrence else (None, None, None, None)
        with db.atomic():
            store_entities.add_correction(
                db,
                text,
                action,
                kind=kind,
                scope=scope,
                article_id=article_id,
                field=field,
                start=start,
                end=end,
            )
        touched = {article_id} if scope == "occurrence" and article_id is not None else set()
        if scope == "all":
            touched |= matching_article_ids(db, text)
        pipeline.annotate_articles(db, sorted(touched), run=run or pipeline.recognise)
        return sorted(touched)

    return job
