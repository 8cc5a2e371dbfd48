"""Removing, restoring and merging issues from the window: nothing a user does loses their work.

Removing asks first and says what is attached (highlights, notes, tagged articles), then
moves the issues to the trash (``reader.store.trash``) as one undo step on the same stack
as highlights and tags, so Ctrl+Z right after it brings them back and never undoes
something older instead.  File ▸ Trash lists what was removed and restores it.  After an
import, a file that repeats an issue already in the library is offered as that issue's
new version (``reader.store.versions.merge``); an existing duplicate can be merged from the
issue's context menu.  Merging cannot be undone with Ctrl+Z, so it asks first and clears
the undo history (an older step could otherwise be undone across it).

Dialogs are opened window-modal and answered through signals, so the event loop keeps
running (and tests can press their buttons).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app import undo
from reader.app.i18n import translate
from reader.app.set_aside import SetAsideDialog
from reader.app.workers import LibraryWorker
from reader.store import annotations as annotation_store
from reader.store import issues as store_issues
from reader.store import trash as trash_store
from reader.store import versions as version_store


class Host(Protocol):
    """What the operations need from the window."""

    db: Database
    worker: LibraryWorker

    def refresh_library(self) -> None: ...
    def show_status(self, message: str, timeout: int = 0) -> None: ...


class RemoveIssues(undo.StoreCommand):
    """Move issues to the trash; undo restores them (their ids too, when still free)."""

    touches_tags = True

    def __init__(
        self, runner: undo.Runner, issue_ids: list[int], text: str, after: Callable[[], None]
    ) -> None:
        super().__init__(runner, text)
        self.issue_ids = list(issue_ids)
        self.entries: list[int] = []
        self.after = after
        self.on_redone = lambda _result: after()

    def do(self, db: Database) -> list[int]:
        self.entries = trash_store.trash_issues(db, self.issue_ids)
        return self.entries

    def revert(self, db: Database) -> list[int]:
        self.issue_ids = [trash_store.restore(db, entry) for entry in self.entries]
        return self.issue_ids

    def undo(self) -> None:
        self.runner.run(self.revert, lambda _r: self.after(), tags=True)


def describe(issue: dict[str, Any]) -> str:
    """ "2024-09-30 · 学习贯彻…" — how an issue is named in questions and messages."""
    title = issue.get("title") or issue.get("source_file") or ""
    return f"{issue['issue_date']} · {title}" if issue.get("issue_date") else title


def placed_text(report: annotation_store.ReanchorReport) -> str:
    placed = report.unchanged + report.moved + report.corrected
    text = translate("LibraryOps", "%n highlight(s) re-anchored", "", placed)
    if report.orphaned:
        text += translate("LibraryOps", "; not placed: %n (kept in the notes list)", "", report.orphaned)
    return text


class LibraryOps(QObject):
    """Remove (to the trash), restore, and merge issues; owns the File menu's entries for them."""

    def __init__(self, host: Host, stack: undo.UndoHistory, runner: undo.Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self.host, self.stack, self.runner, self.parent_widget = host, stack, runner, parent
        self.question: QMessageBox | None = None  # the open confirmation, if any
        self.trash_dialog: TrashDialog | None = None
        self._offers: list[version_store.Duplicate] = []
        self.act_remove_issue = self._action(self.tr("Remove Issue…"), "Ctrl+Del")
        self.act_remove_samples = self._action(self.tr("Remove Sample Bulletins…"))
        self.act_trash = self._action(self.tr("Trash…"))
        self.act_trash.triggered.connect(self.show_trash)

    def _action(self, text: str, key: str | None = None) -> QAction:
        action = QAction(text, self.parent_widget)
        if key:
            action.setShortcut(key)
        self.parent_widget.addAction(action)
        return action

    # removing
    def remove(self, issue_ids: list[int], what: str) -> QMessageBox | None:
        """Ask, then move the issues to the trash as one undo step; returns the question shown."""
        if not issue_ids:
            self.host.show_status(self.tr("No issue to remove"), 4000)
            return None
        attached = trash_store.attached(self.host.db, issue_ids)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Move to Trash"),
            self.tr("Move %1 to the trash?").replace("%1", what),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self._attached_text(attached))
        move = box.addButton(self.tr("Move to Trash"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(move)
        box.finished.connect(lambda _r: self._answered(box, move, issue_ids, what))
        self.question = box
        box.open()
        return box

    def _attached_text(self, attached: trash_store.Attached) -> str:
        if not attached.anything:
            return self.tr("No highlights, notes or tags are attached. File ▸ Trash brings the issues back.")
        parts = [
            self.tr("%n highlight(s)", "", attached.highlights),
            self.tr("%n with a note", "", attached.notes),
            self.tr("%n tagged article(s)", "", attached.tagged_articles),
        ]
        return self.tr(
            "Attached: %1. Nothing is deleted: they come back when you restore the issues "
            "(Edit ▸ Undo, or File ▸ Trash) or import the same files again."
        ).replace("%1", self.tr(", ").join(parts))

    def _answered(self, box: QMessageBox, move: Any, issue_ids: list[int], what: str) -> None:
        self.question = None
        if box.clickedButton() is not move:
            return
        text = self.tr("Remove %1").replace("%1", what)

        def after() -> None:
            self.host.refresh_library()
            if self.trash_dialog is not None:
                self.trash_dialog.reload()

        self.stack.submit(RemoveIssues(self.runner, issue_ids, text, after))
        self.host.show_status(
            self.tr("Moved %1 to the trash · Edit ▸ Undo brings it back").replace("%1", what)
        )

    def remove_samples(self, sample_ids: list[int]) -> QMessageBox | None:
        if not sample_ids:
            self.host.show_status(self.tr("No sample bulletins in this library"), 4000)
            return None
        return self.remove(sample_ids, self.tr("the %n sample bulletin(s)", "", len(sample_ids)))

    def remove_issue(self, issue_id: int | None) -> QMessageBox | None:
        if issue_id is None:
            self.host.show_status(self.tr("Choose an issue (or one of its articles) first"), 4000)
            return None
        issue = store_issues.get_issue(self.host.db, issue_id)
        return self.remove([issue_id], self.tr("the issue “%1”").replace("%1", describe(issue)))

    def issue_menu(self, issue_id: int) -> QMenu:
        """An issue's context menu in the tree: remove it, or merge it into an issue it duplicates."""
        menu = QMenu(self.parent_widget)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Remove Issue…"), lambda: self.remove_issue(issue_id))
        aside = menu.addAction(self.tr("Show Set-Aside Lines…"), lambda: self.show_set_aside(issue_id))
        aside.setEnabled(bool(store_issues.set_aside_lines(self.host.db, issue_id)))
        for duplicate in version_store.likely_duplicates(self.host.db, issue_id)[:3]:
            older = describe(store_issues.get_issue(self.host.db, duplicate.of_issue))
            menu.addAction(
                self.tr("Merge into Its Duplicate “%1”…").replace("%1", older),
                functools.partial(self.ask_merge, duplicate.issue_id, duplicate.of_issue),
            )
        return menu

    def show_set_aside(self, issue_id: int) -> SetAsideDialog:
        """What the importer kept out of the articles (running heads, toolbars, the contents)."""
        issue = store_issues.get_issue(self.host.db, issue_id)
        dialog = SetAsideDialog(describe(issue), store_issues.set_aside_lines(self.host.db, issue_id))
        dialog.setParent(self.parent_widget, dialog.windowFlags())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # the trash
    def show_trash(self) -> TrashDialog:
        if self.trash_dialog is None:
            self.trash_dialog = TrashDialog(self, self.parent_widget)
            self.trash_dialog.finished.connect(lambda _r: setattr(self, "trash_dialog", None))
        self.trash_dialog.reload()
        self.trash_dialog.show()
        self.trash_dialog.activateWindow()
        return self.trash_dialog

    def restore(self, entry_ids: list[int], on_done: Callable[[], None] | None = None) -> None:
        def job(db: Database) -> list[int]:
            return [trash_store.restore(db, entry) for entry in entry_ids]

        def done(issue_ids: Any) -> None:
            self.stack.clear()  # an undo step from before could now act on restored rows
            self.host.refresh_library()
            self.host.show_status(self.tr("Restored %n issue(s)", "", len(issue_ids)), 6000)
            if on_done is not None:
                on_done()

        self.host.worker.submit(job, done)

    def purge(self, entry_ids: list[int], on_done: Callable[[], None] | None = None) -> None:
        def done(count: Any) -> None:
            self.host.show_status(self.tr("Deleted %n issue(s) for good", "", int(count)), 6000)
            if on_done is not None:
                on_done()

        self.host.worker.submit(lambda db: trash_store.purge(db, entry_ids), done)

    # versions
    def offer_versions(self, duplicates: list[version_store.Duplicate]) -> QMessageBox | None:
        """After an import: ask, file by file, whether a new issue is a corrected copy of an older one."""
        self._offers = list(duplicates)
        return self._next_offer()

    def _next_offer(self, apply_all: bool | None = None) -> QMessageBox | None:
        while self._offers:
            duplicate = self._offers.pop(0)
            if apply_all is True:
                self.merge(duplicate.issue_id, duplicate.of_issue)
                continue
            if apply_all is False:
                continue
            return self._ask_version(duplicate)
        return None

    def _ask_version(self, duplicate: version_store.Duplicate) -> QMessageBox:
        db = self.host.db
        new, old = (
            store_issues.get_issue(db, duplicate.issue_id),
            store_issues.get_issue(db, duplicate.of_issue),
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Corrected Copy?"),
            self.tr("Replace “%1” with this corrected file?").replace("%1", describe(old)),
            QMessageBox.StandardButton.NoButton,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        why = (
            self.tr("It has the same publication and date, and %1% of its article titles are the same.")
            if duplicate.same_day
            else self.tr("%1% of its article titles are the same.")
        ).replace("%1", f"{duplicate.overlap * 100:.0f}")
        box.setInformativeText(
            self.tr("%1 (in %2) looks like a copy of an issue already in the library.")
            .replace("%1", new["source_file"])
            .replace("%2", str(_folder(new["source_path"])))
            + " "
            + why
            + "\n\n"
            + self.tr(
                "Replacing keeps one issue with its links, tags and notes; this file becomes its "
                "newest version and %n highlight(s) will be re-anchored to it.",
                "",
                duplicate.highlights,
            )
        )
        replace = box.addButton(self.tr("Replace (New Version)"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Both"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(replace)
        if self._offers:
            box.setCheckBox(QCheckBox(self.tr("Do the same for the other %n file(s)", "", len(self._offers))))

        def answered(_result: int) -> None:
            self.question = None
            yes = box.clickedButton() is replace
            if yes:
                self.merge(duplicate.issue_id, duplicate.of_issue)
            every = box.checkBox() is not None and box.checkBox().isChecked()
            self._next_offer(yes if every else None)

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    def merge(self, source_id: int, target_id: int) -> None:
        """Fold ``source_id`` into ``target_id`` as its newest version (on the worker)."""

        def done(report: Any) -> None:
            self.stack.clear()
            self.host.refresh_library()
            self.host.show_status(
                self.tr("Kept one issue: the corrected file is its newest version; %1").replace(
                    "%1", placed_text(report)
                ),
                10000,
            )

        self.host.worker.submit(lambda db: version_store.merge(db, source_id, target_id), done)

    def ask_merge(self, source_id: int, target_id: int) -> QMessageBox:
        """Confirm merging an existing duplicate (from the issue's context menu)."""
        db = self.host.db
        source, target = store_issues.get_issue(db, source_id), store_issues.get_issue(db, target_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge Duplicate"),
            self.tr("Make “%1” the newest version of “%2”?")
            .replace("%1", f"{describe(source)} ({source['source_file']})")
            .replace("%2", f"{describe(target)} ({target['source_file']})"),
            QMessageBox.StandardButton.Cancel,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "One issue remains, with the text of the first; highlights and tags of both are kept "
                "and re-anchored. This cannot be undone with Edit ▸ Undo."
            )
        )
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is merge:
                self.merge(source_id, target_id)

        box.finished.connect(answered)
        self.question = box
        box.open()
        return box


def _folder(path: str) -> str:
    return str(Path(path).parent)


class TrashDialog(QDialog):
    """File ▸ Trash: the removed issues, newest first; restore them or delete them for good."""

    def __init__(self, ops: LibraryOps, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 360)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(
            [self.tr("Issue"), self.tr("Articles"), self.tr("Highlights"), self.tr("Removed")]
        )
        self.empty = QLabel(self.tr("The trash is empty."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button = buttons.addButton(
            self.tr("Delete for Good…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.list.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def reload(self) -> None:
        self.list.clear()
        for entry in trash_store.list_trash(self.ops.host.db):
            title = describe(
                {"issue_date": entry.issue_date, "title": entry.title, "source_file": entry.source_file}
            )
            if entry.back_in_library:
                title += self.tr(" (imported again)")
            item = QTreeWidgetItem([title, str(entry.articles), str(entry.highlights), entry.trashed_at[:16]])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(0, entry.source_file)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)

    def selected(self) -> list[int]:
        return [int(item.data(0, Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]

    def restore_selected(self) -> None:
        self.ops.restore(self.selected(), self.reload)

    def purge_selected(self) -> QMessageBox | None:
        entries = self.selected()
        if not entries:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete for Good"),
            self.tr("Delete %n issue(s) for good?", "", len(entries)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Their highlights and notes stay in the library, in the notes list."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)

        def answered(_result: int) -> None:
            if box.clickedButton() is delete:
                self.ops.purge(entries, self.reload)

        box.finished.connect(answered)
        self.ops.question = box
        box.open()
        return box
