"""The one place annotation and tag changes go through: an undo stack whose jobs run on the worker.

Views never write: they ask the controller, which pushes an undoable command
(``reader.app.undo``); the command's job runs on the single library worker and
commits at once, and ``changed`` tells every view to re-read.  Reads use the
GUI's own connection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from reader.app import undo
from reader.app.i18n.reasons import translate_reason
from reader.app.workers import LibraryWorker
from reader.store import annotations as annotation_store
from reader.store import tags as tag_store


class NotesController(QObject):
    changed = Signal()  # a job finished: annotations, tags or colour meanings may differ
    tags_changed = Signal()  # a job that adds, removes, renames or recolours tags finished
    failed = Signal(str)  # a user-facing message

    def __init__(self, db: Database, worker: LibraryWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.stack = QUndoStack(self)

    # undo.Runner
    def run(
        self, job: undo.StoreJob, on_done: Callable[[Any], None] | None = None, *, tags: bool = False
    ) -> None:
        def done(result: Any) -> None:
            self.changed.emit()  # views re-read first, so ``on_done`` finds the new state shown
            if tags:
                self.tags_changed.emit()
            if on_done is not None:
                on_done(result)

        self.worker.submit(job, done, self._failed)

    def _failed(self, error: BaseException, _trace: str) -> None:
        self.failed.emit(self.tr("Could not save: %1").replace("%1", translate_reason(str(error))))
        self.changed.emit()

    # actions
    def highlight(
        self,
        article_id: int,
        start: int,
        end: int,
        color: str = annotation_store.DEFAULT_COLOR,
        *,
        note: str = "",
        on_done: Callable[[annotation_store.Annotation], None] | None = None,
    ) -> undo.AddAnnotation:
        command = undo.AddAnnotation(self, article_id, start, end, color=color, note=note)
        command.on_redone = on_done
        self.stack.push(command)
        return command

    def set_note(self, uid: str, note: str) -> None:
        self.stack.push(undo.EditAnnotation(self, uid, note=note, text=self.tr("Edit Note")))

    def set_color(self, uid: str, color: str) -> None:
        self.stack.push(undo.EditAnnotation(self, uid, color=color, text=self.tr("Change Colour")))

    def set_tags(self, uid: str, tags: Iterable[str]) -> None:
        self.stack.push(undo.EditAnnotation(self, uid, tags=list(tags), text=self.tr("Highlight Tags")))

    def delete(self, uid: str) -> None:
        self.stack.push(undo.DeleteAnnotation(self, uid))

    def add_article_tag(self, article_id: int, name: str) -> None:
        tag_store.normalise_name(name)  # refuse a blank or overlong tag before queueing anything
        self.stack.push(undo.AddArticleTag(self, article_id, name))

    def remove_article_tag(self, article_id: int, name: str) -> None:
        self.stack.push(undo.remove_article_tag(self, article_id, name))

    def set_color_meaning(self, color: str, meaning: str) -> None:
        self.stack.push(undo.SetColorMeaning(self, color, meaning))

    # reads (GUI connection)
    def meanings(self) -> dict[str, str]:
        return annotation_store.color_meanings(self.db)

    def for_article(self, article: dict[str, Any]) -> list[annotation_store.Annotation]:
        """The article's highlights in text order, then its orphans (also those whose article row is gone)."""
        found = annotation_store.list_annotations(self.db, article_id=article["id"])
        lost = [
            a
            for a in annotation_store.list_annotations(self.db, issue_id=article["issue_id"], orphaned=True)
            if a.article_id is None and a.article_key == article["key"]
        ]
        attached = sorted(
            (a for a in found if not a.orphaned), key=lambda a: (a.start or 0, a.end or 0, a.id)
        )
        orphans = [a for a in found if a.orphaned] + lost
        return attached + sorted(orphans, key=lambda a: a.id)

    def complete_tags(self, prefix: str) -> list[str]:
        return tag_store.complete(self.db, prefix)

    def article_tags(self, article_id: int) -> list[str]:
        return tag_store.article_tags(self.db, article_id)
