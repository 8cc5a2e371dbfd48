"""One background worker owns every write to the library (import, corrections, read marks).

Modelled on Anki's ``aqt/taskman``: the GUI hands over a function of the
worker's own database connection plus success and failure callbacks; jobs run
one at a time, in order, on a ``QThread``; results come back through queued
signals, so callbacks always run on the GUI thread.  The GUI keeps a second
connection for short reads (SQLite in WAL mode lets both work at once).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlite_utils import Database

from reader.app.jobs import Job, JobThread

if TYPE_CHECKING:
    from reader.entities.pipeline import Recognise

Success = Callable[[Any], None]
Failure = Callable[[BaseException, str], None]


@dataclass
class _Pending:
    on_done: Success | None
    on_error: Failure | None


class LibraryWorker(QObject):
    """The single writer.  ``submit`` returns at once; ``busy`` tells whether jobs are queued."""

    progress = Signal(int, int, str)  # done, total, current file: emitted by import jobs
    idle = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobThread(db_path, "library-writer", self)
        self._jobs.finished.connect(self._on_finished)
        self._jobs.failed.connect(self._on_failed)
        self._pending: dict[int, _Pending] = {}
        self.closing = threading.Event()  # long jobs stop at their next check once the window closes
        self.on_unhandled: Failure | None = None  # failures of jobs submitted without ``on_error``

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def running(self) -> bool:
        """False once ``shutdown`` has stopped the thread (a result still on its way is then moot)."""
        return self._jobs.running

    def submit(self, job: Job, on_done: Success | None = None, on_error: Failure | None = None) -> int:
        ticket = self._jobs.submit(job)  # its result is a queued signal: handled after this returns
        self._pending[ticket] = _Pending(on_done, on_error)
        return ticket

    @Slot(int, object)
    def _on_finished(self, ticket: int, result: object) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is not None and pending.on_done is not None:
            pending.on_done(result)
        if not self._pending:
            self.idle.emit()

    @Slot(int, object, str)
    def _on_failed(self, ticket: int, error: object, trace: str) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is not None and pending.on_error is not None:
            pending.on_error(error, trace)  # type: ignore[arg-type]
        elif pending is not None and self.on_unhandled is not None:
            self.on_unhandled(error, trace)  # type: ignore[arg-type]
        elif pending is not None:
            raise RuntimeError(f"background job failed:\n{trace}")
        if not self._pending:
            self.idle.emit()

    def hold(self) -> None:
        """Keep jobs back until ``release`` (``JobThread.hold``: the window's first frame)."""
        self._jobs.hold()

    def release(self) -> None:
        self._jobs.release()

    def shutdown(self) -> None:
        """Let queued jobs finish, close the worker's connection, stop the thread."""
        self.closing.set()
        self._jobs.shutdown()


def correction_job(
    text: str,
    action: str,
    kind: str | None,
    scope: str,
    occurrence: tuple[int, str, int, int] | None,
    run: Recognise | None = None,
) -> Job:
    """``reader.corrections.correct`` on the writer, recognising through ``run`` (the window's
    recogniser process); the job returns the ids of the re-annotated articles."""
    from reader.corrections import correct

    def job(db: Database) -> list[int]:
        return correct(db, text, action, kind=kind, scope=scope, occurrence=occurrence, run=run)

    return job
