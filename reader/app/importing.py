"""Import flow for the window: progress dialog, cancel, summary, first-run sample, removing samples."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlite_utils import Database

from reader import filenames
from reader.app.error_dialog import show_error
from reader.app.plain_text import plain
from reader.app.workers import LibraryWorker, import_job
from reader.errors import ReaderError
from reader.ingest import ImportReport
from reader.resources import sample_library
from reader.store import issues as store_issues


def summary_text(report: ImportReport) -> str:
    """The summary a person reads after an import: counts, then each failed file with its reason."""
    lines = [f"导入完成 Import finished: {report.summary()}"]
    for outcome in report.failed:
        lines.append(f"✗ {filenames.shown(outcome.path.name)}: {outcome.reason}")
    return "\n".join(lines)


class ImportController:
    """Runs imports on the worker with a cancellable progress dialog; calls ``on_finished`` afterwards."""

    def __init__(
        self, parent: QWidget, worker: LibraryWorker, on_finished: Callable[[ImportReport], None]
    ) -> None:
        self.parent = parent
        self.worker = worker
        self.on_finished = on_finished
        self.dialog: QProgressDialog | None = None
        self.last_report: ImportReport | None = None
        self.last_summary = ""
        self.quiet = False  # first-run import: status bar only, no summary box
        worker.progress.connect(self._progress)

    def start(self, paths: list[Path], *, quiet: bool = False) -> int:
        self.quiet = quiet
        self.dialog = QProgressDialog("正在导入 Importing…", "取消 Cancel", 0, 0, self.parent)
        self.dialog.setWindowTitle("导入 Import")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.canceled.connect(self.worker.cancel_event.set)
        return self.worker.submit(import_job(self.worker, paths), self._done, self._failed)

    def _progress(self, done: int, total: int, path: str) -> None:
        dialog = self.dialog  # setValue on a modal dialog processes events: the job may finish inside it
        if dialog is not None:
            current = done + 1 if done < total else done
            dialog.setLabelText(plain(f"正在导入 Importing {current}/{total}\n{Path(path).name}"))
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, report: Any) -> None:
        self._close_dialog()
        self.last_report = report
        self.last_summary = summary_text(report)
        self.on_finished(report)
        if not self.quiet or report.failed:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                "导入 Import",
                self.last_summary,
                QMessageBox.StandardButton.Ok,
                self.parent,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons, shown as written
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _failed(self, error: BaseException, trace: str) -> None:
        self._close_dialog()
        self.last_summary = f"导入失败 Import failed: {error}"
        if not isinstance(error, ReaderError):
            show_error(self.parent, error, trace)  # a bug: traceback dialog with Copy, and logged
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "导入 Import",
            self.last_summary,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(trace)
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


def remove_samples_job(ids: list[int]) -> Callable[[Database], int]:
    def job(db: Database) -> int:
        for issue_id in ids:
            store_issues.delete_issue(db, issue_id)
        return len(ids)

    return job
