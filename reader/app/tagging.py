"""Entity tagging in the background: the writer worker works off the queue, the status bar shows how far.

An import only queues its articles (``reader.ingest``); this controller then submits one job per chunk
of about a second (``pipeline.CHUNK_CHARS``) to the ``LibraryWorker``, so a correction, a note or a read
mark the user makes meanwhile waits at most one chunk, and the GUI thread only ever updates a progress
bar.  Whatever is still queued when the window closes is tagged at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QProgressBar
from sqlite_utils import Database

from reader.app.workers import LibraryWorker, correction_job
from reader.entities.process import RecogniserProcess

if TYPE_CHECKING:
    from reader.entities.pipeline import Recognise


def _count(db: Database) -> int:
    from reader.store import entities as store

    return store.queue_untagged(db)


def chunk_job(run: Recognise) -> Callable[[Database], tuple[int, int]]:
    """Tag one chunk of the queue, recognising through ``run``; the job returns (articles taken off,
    articles still queued)."""

    def job(db: Database) -> tuple[int, int]:
        from reader.entities import pipeline
        from reader.store import entities as store

        ids = pipeline.next_chunk(db)
        if ids:
            pipeline.tag_articles(db, ids, run=run)
        return len(ids), store.pending_count(db)

    return job


class TaggingController:
    """Runs the queue off chunk by chunk; ``on_done`` runs on the GUI thread when the queue is empty."""

    def __init__(self, window: QMainWindow, worker: LibraryWorker, on_done: Callable[[], None]) -> None:
        self.worker = worker
        self.on_done = on_done
        self.running = False
        self.recogniser = RecogniserProcess()  # recognition off the GIL the event loop needs
        self.bar = QProgressBar()
        self.bar.setObjectName("taggingProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setFormat(QCoreApplication.translate("TaggingController", "Tagging %v/%m"))
        self.bar.setToolTip(
            QCoreApplication.translate("TaggingController", "Finding people, places and organisations")
        )
        self.bar.hide()
        status = window.statusBar()
        # no taller than a line of the bar's text: it comes and goes, and a taller widget would make
        # the status bar (and the whole window's content above it) jump when it is first added
        self.bar.setMaximumHeight(status.fontMetrics().height() + 2)
        status.addPermanentWidget(self.bar)

    def resume(self, db: Database) -> None:
        """At start-up: carry on with articles an earlier session left queued (one row looked at, no job
        when there are none)."""
        from reader.store import entities as store

        if store.has_pending(db):
            self.start()

    def start(self) -> None:
        """Tag whatever is queued (after an import, or left over from an earlier session)."""
        if self.running:
            return
        self.running = True
        self.worker.submit(_count, self._counted, self._failed)

    def _closing(self) -> bool:
        """The window closed (the worker stopped) while a result was on its way: drop it quietly."""
        return not self.worker.running

    def _counted(self, queued: Any) -> None:
        if self._closing():
            return
        if not queued:
            self._finish()
            return
        self.bar.setRange(0, int(queued))
        self.bar.setValue(0)
        self.bar.show()
        self.worker.submit(chunk_job(self.recogniser), self._chunk_done, self._failed)

    def _chunk_done(self, result: Any) -> None:
        if self._closing():
            return
        taken, left = result
        done = self.bar.value() + taken
        self.bar.setMaximum(max(self.bar.maximum(), done + left))
        self.bar.setValue(done)
        if left and taken:
            self.worker.submit(chunk_job(self.recogniser), self._chunk_done, self._failed)
        else:
            self._finish()

    def close(self) -> None:
        """After the worker has stopped: stop the recogniser's process."""
        self.recogniser.close()

    def _finish(self) -> None:
        self.running = False
        self.bar.hide()
        self.on_done()

    def _failed(self, error: BaseException, trace: str) -> None:
        self.running = False
        self.bar.hide()
        if self.worker.on_unhandled is not None:
            self.worker.on_unhandled(error, trace)


class MentionsView(Protocol):
    """The open article, as corrections and tagging see it (the navigator)."""

    current_id: int | None

    def refresh_mentions(self) -> None: ...


class Corrections:
    """Corrections from the page's menu run on the writer; afterwards, and after tagging, the open
    article and the People list show the new mentions.  A correction cannot be undone, so it ends
    the undo history (Ctrl+Z must not reach past it)."""

    def __init__(
        self,
        worker: LibraryWorker,
        tagging: TaggingController,
        view: MentionsView,
        reload_people: Callable[[], None],
        clear_undo: Callable[[], None],
        status: Callable[[str, int], None],
    ) -> None:
        self.worker, self.tagging, self.view = worker, tagging, view
        self.reload_people, self.clear_undo, self.status = reload_people, clear_undo, status

    def apply(self, correction: tuple[str, str, str | None, str, Any]) -> None:
        text, action, kind, scope, occurrence = correction
        self.status(
            QCoreApplication.translate("MainWindow", "Applying correction: %1").replace("%1", text), 0
        )
        job = correction_job(text, action, kind, scope, occurrence, self.tagging.recogniser)
        self.worker.submit(job, self._corrected)  # a failure goes to the worker's ``on_unhandled``

    def _corrected(self, article_ids: Any) -> None:
        if self.view.current_id is not None and self.view.current_id in article_ids:
            self.view.refresh_mentions()
        self.reload_people()
        self.clear_undo()
        done = QCoreApplication.translate(
            "MainWindow", "Corrected · %n article(s) updated", "", len(article_ids)
        )
        self.status(done, 4000)

    def after_tagging(self) -> None:
        """New mentions are in: the People list and the open article show them."""
        self.reload_people()
        self.view.refresh_mentions()
