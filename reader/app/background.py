"""Read-only queries off the GUI thread, newest request wins.

Searching or title-filtering 50,000 articles can take 100–200 ms: too long for
the GUI thread (the window must answer within ~50 ms).  ``QueryThread`` runs
such reads on its own thread and connection (SQLite WAL lets it read while the
writer writes) and hands the result back through a queued signal, so callbacks
run on the GUI thread.  Each *channel* ("search", "filter") only delivers its
latest request: a result overtaken by newer typing is dropped, not shown.
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

Query = Callable[[Database], Any]


class _Reader(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, object, str)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._db: Database | None = None

    @Slot(str, int, object)
    def run(self, channel: str, ticket: int, query: Query) -> None:
        try:
            if self._db is None:
                self._db = open_db(self._db_path)
            result = query(self._db)
        except Exception as error:  # shown by the GUI, which knows how
            self.failed.emit(channel, ticket, error, traceback.format_exc())
            return
        self.done.emit(channel, ticket, result)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.conn.close()
            self._db = None


class QueryThread(QObject):
    _request = Signal(str, int, object)
    _close = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("library-reader")
        self._reader = _Reader(db_path)
        self._reader.moveToThread(self._thread)
        self._request.connect(self._reader.run)
        self._close.connect(self._reader.close)
        self._reader.done.connect(self._done)
        self._reader.failed.connect(self._failed)
        self._tickets = itertools.count(1)
        self._latest: dict[str, tuple[int, Callable[[Any], None]]] = {}
        self.on_error: Callable[[BaseException, str], None] | None = None
        self._thread.start()

    def ask(self, channel: str, query: Query, on_done: Callable[[Any], None]) -> None:
        ticket = next(self._tickets)
        self._latest[channel] = (ticket, on_done)
        self._request.emit(channel, ticket, query)

    def pending(self, channel: str) -> bool:
        return channel in self._latest

    def cancel(self, channel: str) -> None:
        """Drop the channel's outstanding request (its result will not be delivered)."""
        self._latest.pop(channel, None)

    def _take(self, channel: str, ticket: int) -> Callable[[Any], None] | None:
        latest = self._latest.get(channel)
        if latest is None or latest[0] != ticket:
            return None  # overtaken by a newer request on this channel
        del self._latest[channel]
        return latest[1]

    @Slot(str, int, object)
    def _done(self, channel: str, ticket: int, result: object) -> None:
        callback = self._take(channel, ticket)
        if callback is not None:
            callback(result)

    @Slot(str, int, object, str)
    def _failed(self, channel: str, ticket: int, error: object, trace: str) -> None:
        if self._take(channel, ticket) is not None and self.on_error is not None:
            self.on_error(error, trace)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        self._latest.clear()
        self._close.emit()
        self._thread.quit()
        self._thread.wait()
