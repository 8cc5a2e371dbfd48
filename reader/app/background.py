"""Read-only queries off the GUI thread, newest request wins.

Searching or title-filtering 50,000 articles can take 100–200 ms: too long for
the GUI thread (the window must answer within ~50 ms).  ``QueryThread`` runs
such reads on its own thread and connection (SQLite WAL lets it read while the
writer writes) and hands the result back through a queued signal, so callbacks
run on the GUI thread.  Each *channel* ("search", "filter") only delivers its
latest request: a result overtaken by newer typing is dropped, not shown, and a
request overtaken before it started is not run.  The thread is ``reader.app.jobs``'s,
the same kind the writer runs on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Slot
from sqlite_utils import Database

from reader.app.jobs import JobThread

Query = Callable[[Database], Any]


@dataclass
class _Request:
    channel: str
    on_done: Callable[[Any], None]
    cancel: threading.Event  # set when a newer request on the channel overtakes this one


class QueryThread(QObject):
    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = JobThread(db_path, "library-reader", self)
        self._jobs.finished.connect(self._done)
        self._jobs.failed.connect(self._failed)
        self._latest: dict[str, int] = {}  # channel → ticket of its newest request
        self._requests: dict[int, _Request] = {}
        self.on_error: Callable[[BaseException, str], None] | None = None

    def ask(self, channel: str, query: Query, on_done: Callable[[Any], None]) -> None:
        """Run ``query`` on the reader thread; ``on_done`` gets its result unless a newer ``ask`` on
        ``channel`` came first (an overtaken query that has not started is not run at all)."""
        self.cancel(channel)
        cancel = threading.Event()

        def job(db: Database) -> Any:
            return None if cancel.is_set() else query(db)

        ticket = self._jobs.submit(job)
        self._latest[channel] = ticket
        self._requests[ticket] = _Request(channel, on_done, cancel)

    def pending(self, channel: str) -> bool:
        return channel in self._latest

    def cancel(self, channel: str) -> None:
        """Drop the channel's outstanding request (its result will not be delivered)."""
        ticket = self._latest.pop(channel, None)
        if ticket is not None:
            self._requests[ticket].cancel.set()

    def _take(self, ticket: int) -> _Request | None:
        request = self._requests.pop(ticket, None)
        if request is None or request.cancel.is_set():
            return None
        del self._latest[request.channel]
        return request

    @Slot(int, object)
    def _done(self, ticket: int, result: object) -> None:
        request = self._take(ticket)
        if request is not None:
            request.on_done(result)

    @Slot(int, object, str)
    def _failed(self, ticket: int, error: object, trace: str) -> None:
        if self._take(ticket) is not None and self.on_error is not None:
            self.on_error(error, trace)  # type: ignore[arg-type]

    def hold(self) -> None:
        """Keep jobs back until ``release`` (``JobThread.hold``: the window's first frame)."""
        self._jobs.hold()

    def release(self) -> None:
        self._jobs.release()

    def shutdown(self) -> None:
        for channel in list(self._latest):
            self.cancel(channel)
        self._jobs.shutdown()
