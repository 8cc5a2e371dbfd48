"""Import in the window: the same routine as the CLI on the worker, per-file progress, a summary that tells.

The import itself is ``reader.ingest.import_paths`` on the library worker, exactly what
``reader import`` runs, so it is as fast: the progress dialog only receives one queued
signal per file.  Afterwards a summary names what happened: an information box when
every file went in, a warning naming each failed file with its reason (translated) and
a button to show it in its folder, a critical box when nothing could be imported.
Newly imported issues that repeat one already in the library come back with the
report (``ImportResult.duplicates``) for the window to offer as versions.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlite_utils import Database

from reader import filenames
from reader.app.error_dialog import show_error
from reader.app.i18n import translate
from reader.app.i18n.reasons import translate_reason
from reader.app.plain_text import plain
from reader.app.workers import LibraryWorker
from reader.errors import ReaderError
from reader.ingest import ImportReport
from reader.resources import sample_library
from reader.store import issues as store_issues
from reader.store.versions import Duplicate, likely_duplicates


@dataclass
class ImportResult:
    report: ImportReport
    duplicates: list[Duplicate] = field(default_factory=list)  # new issues that repeat one already there


def import_job(
    worker: LibraryWorker, paths: list[Path], cancel: threading.Event
) -> Callable[[Database], ImportResult]:
    """An import of ``paths`` that reports progress per file and stops between files once ``cancel``
    (this import's own token) is set or the window closes; another import's Cancel leaves it alone.

    Entities are not tagged here: the new articles wait in the queue for ``reader.app.tagging``."""
    from reader.ingest import import_paths

    def job(db: Database) -> ImportResult:
        report = import_paths(
            db,
            paths,
            progress=lambda done, total, path: worker.progress.emit(done, total, filenames.shown(path)),
            cancelled=lambda: cancel.is_set() or worker.closing.is_set(),
            reprints=False,  # indexed by a job of its own once the summary is up (``reprint_job``)
        )
        duplicates = []
        for outcome in report.with_status("imported"):
            if outcome.issue_id is not None:
                duplicates.extend(likely_duplicates(db, outcome.issue_id)[:1])
        return ImportResult(report, duplicates)

    return job


def reprint_job(article_ids: list[int]) -> Callable[[Database], int]:
    """The reprint index of an import's articles (``derived.update_reprints``), as a writer job of its
    own: the window's import is done when the files are saved, as with entity tagging."""
    from reader import derived

    return lambda db: derived.update_reprints(db, article_ids)


MERGE_BURST = 8
"""Steps of the search index's merge per writer job (≈ 0.2–0.3 s): a job the user starts meanwhile
waits for one burst at most, then the merge goes on behind it."""


def merge_job(db: Database) -> bool:
    """A burst of the merge an import left (``search.merge_steps``); True while more remains."""
    from reader.store import search

    return search.merge_steps(db, steps=MERGE_BURST)


def counts_text(report: ImportReport) -> str:
    """ "3 imported, 1 updated, 2 unchanged, 1 failed" in the user's language (zero counts left out)."""
    labels = {
        "imported": translate("Import", "%n imported", "", len(report.with_status("imported"))),
        "updated": translate("Import", "%n updated", "", len(report.with_status("updated"))),
        "unchanged": translate("Import", "%n unchanged", "", len(report.with_status("unchanged"))),
        "failed": translate("Import", "%n failed", "", len(report.failed)),
    }
    parts = [text for status, text in labels.items() if report.with_status(status)]
    text = translate("Import", ", ").join(parts) or translate("Import", "no files found")
    return text + (translate("Import", " (cancelled)") if report.cancelled else "")


def summary_text(report: ImportReport) -> str:
    """The summary a person reads after an import: counts, then each failed file with its reason."""
    lines = [counts_text(report)]
    for outcome in report.failed:
        lines.append(f"✗ {filenames.shown(outcome.path.name)}: {translate_reason(outcome.reason or '')}")
    return "\n".join(lines)


def _title_and_icon(report: ImportReport) -> tuple[str, QMessageBox.Icon]:
    went_in = len(report.outcomes) - len(report.failed)
    if report.failed and not went_in:
        return translate("Import", "Nothing Was Imported"), QMessageBox.Icon.Critical
    if report.failed:
        return translate("Import", "Import Finished with Errors"), QMessageBox.Icon.Warning
    return translate("Import", "Import Finished"), QMessageBox.Icon.Information


def reveal(path: Path) -> bool:
    """Open the folder holding ``path`` in the desktop's file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ImportController(QObject):
    """Runs imports on the worker with a cancellable progress dialog; calls ``on_finished`` afterwards."""

    finished_with = Signal(object)  # the ImportReport, once the summary is up
    reprints_indexed = Signal(object)  # the reprint pass after an import finished (how many it indexed)

    def __init__(
        self, parent: QWidget, worker: LibraryWorker, on_finished: Callable[[ImportResult], None]
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.worker = worker
        self.on_finished = on_finished
        self.dialog: QProgressDialog | None = None
        self.summary: QMessageBox | None = None
        self.last_report: ImportReport | None = None
        self.last_summary = ""
        self.quiet = False  # first-run import: status bar only, no summary box unless a file failed
        worker.progress.connect(self._progress)

    def start(self, paths: list[Path], *, quiet: bool = False) -> int:
        self.quiet = quiet
        self.last_report = None
        self.dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self.parent_widget)
        self.dialog.setWindowTitle(self.tr("Import"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoReset(False)  # closed by the result, not by the last progress signal
        cancel = threading.Event()
        # a lambda, which the connection keeps alive: connected as a bound method, the token could be
        # freed with the finished job, and disconnecting a slot whose object is gone hangs PySide6
        self.dialog.canceled.connect(lambda: cancel.set())
        return self.worker.submit(import_job(self.worker, paths, cancel), self._done, self._failed)

    def _progress(self, done: int, total: int, path: str) -> None:
        dialog = self.dialog  # setValue on a modal dialog processes events: the job may finish inside it
        if dialog is None:
            return
        if done < total:
            label = self.tr("Importing file %1 of %2:\n%3").replace("%1", str(done + 1))
            dialog.setLabelText(plain(label.replace("%2", str(total)).replace("%3", Path(path).name)))
        else:
            dialog.setLabelText(self.tr("Finishing: saving the last files…"))
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result: ImportResult) -> None:
        self._close_dialog()
        report = result.report
        if report.reprints_pending:
            self.worker.submit(reprint_job(report.reprints_pending), self.reprints_indexed.emit)
        if report.merge_pending:
            self._merge_on()
        self.last_report = report
        self.last_summary = summary_text(report)
        self.on_finished(result)
        if not self.quiet or report.failed:
            self._show_summary(report)
        self.finished_with.emit(report)

    def _merge_on(self, more: bool = True) -> None:
        """Queue the next burst of the index merge behind whatever the user asked for meanwhile."""
        if more and not self.worker.closing.is_set():
            self.worker.submit(merge_job, self._merge_on, lambda _error, _trace: None)  # maintenance only

    def _show_summary(self, report: ImportReport) -> None:
        title, icon = _title_and_icon(report)
        box = QMessageBox(icon, title, self.last_summary, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons are never markup
        failed = [outcome.path for outcome in report.failed]
        if failed:
            show = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
            show.setToolTip(str(failed[0].parent))
            show.clicked.connect(lambda: reveal(failed[0]))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _obj=None: setattr(self, "summary", None))
        self.summary = box
        box.open()

    def close_summary(self) -> None:
        if self.summary is not None:
            self.summary.close()

    def _failed(self, error: BaseException, trace: str) -> None:
        self._close_dialog()
        self.last_summary = self.tr("Import failed: %1").replace("%1", translate_reason(str(error)))
        if not isinstance(error, ReaderError):
            show_error(self.parent_widget, error, trace)  # a bug: traceback dialog with Copy, and logged
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Nothing Was Imported"),
            self.last_summary,
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def sample_issue_ids(db: Database) -> list[int]:
    """Issues imported from the shipped sample folder (by path), for "remove sample bulletins"."""
    root = str(sample_library().resolve())
    return [
        issue["id"]
        for issue in store_issues.list_issues(db)
        if str(issue.get("source_path") or "").startswith(root)
    ]
