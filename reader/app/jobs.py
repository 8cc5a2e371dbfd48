"""One thread with its own library connection, running jobs in order: the writer and the reader use it.

A job is a function of the thread's connection.  ``submit`` returns a ticket at
once; the result (or the failure, with its traceback) comes back through a
queued signal carrying the ticket, so whoever submitted handles it on the GUI
thread.  ``shutdown`` lets the jobs already queued run (a write asked for just
before the window closed is kept), then closes the connection and stops.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlite_utils import Database

from reader.store import open_db

Job = Callable[[Database], Any]


class _Runner(QObject):
    """Lives on the thread; opens its connection with the first job."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._db: Database | None = None

    @Slot(int, object)
    def run(self, ticket: int, job: Job) -> None:
        try:
            if self._db is None:
                self._db = open_db(self._db_path)
            result = job(self._db)
        except Exception as error:  # reported to the GUI, which decides how to show it
            self.failed.emit(ticket, error, traceback.format_exc())
            return
        self.finished.emit(ticket, result)

    @Slot()
    def close(self) -> None:
        """Runs after every job queued before it; then ends the thread's event loop."""
        if self._db is not None:
            self._db.conn.close()
            self._db = None
        QThread.currentThread().quit()


class JobThread(QObject):
    """Jobs in order on one ``QThread`` and connection; results and failures by ticket."""

    finished = Signal(int, object)  # ticket, result
    failed = Signal(int, object, str)  # ticket, exception, traceback
    _request = Signal(int, object)
    _close = Signal()

    def __init__(self, db_path: Path, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner(db_path)
        self._runner.moveToThread(self._thread)
        self._request.connect(self._runner.run)
        self._close.connect(self._runner.close)
        self._runner.finished.connect(self.finished)
        self._runner.failed.connect(self.failed)
        self._tickets = itertools.count(1)
        self._held: list[tuple[int, Job]] | None = None  # jobs kept back by ``hold``, in order
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def submit(self, job: Job) -> int:
        ticket = next(self._tickets)
        if self._held is not None:
            self._held.append((ticket, job))
        else:
            self._request.emit(ticket, job)
        return ticket

    def hold(self) -> None:
        """Keep the jobs submitted from now on until ``release``.

        Why: while the window's first frame is built and painted, a job's Python on this thread (the
        connection it opens, the rows it turns into objects) takes the GIL from the GUI thread in
        slices of the switch interval; the first frame's block grew by that much (issue 14).
        """
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Hand the jobs kept back to the thread, in order; from now on each at once."""
        held, self._held = self._held or [], None
        for ticket, job in held:
            self._request.emit(ticket, job)

    def shutdown(self) -> None:
        """Let queued jobs finish, close the connection, stop the thread (and wait for it)."""
        self.release()  # a job kept back (a read mark) is run, not dropped
        self._close.emit()  # queued behind the jobs: quitting here would drop them unrun
        self._thread.wait()
