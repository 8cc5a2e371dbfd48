"""Bringing files into the library from the window, and every view following a change of the library.

Files come from File ▸ Import (a file or folder dialog), from a drop on the window or from a
``bulletin-reader://`` link; ``reader.app.importing`` runs the import on the worker.  Afterwards the
sidebar and the notes read the library afresh, the open article stays selected (or closes when its
issue went), tagging starts on the new articles, and repeated issues are offered as versions.
The controller gets these parts as narrow interfaces, not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.app.i18n import translate
from reader.app.importing import ImportController, ImportResult, counts_text
from reader.app.workers import LibraryWorker
from reader.store.versions import Duplicate


class Reader(Protocol):
    """The navigator, as the import flow sees it."""

    current_id: int | None

    def step(self, direction: int) -> None: ...
    def reselect(self) -> None: ...


@dataclass
class AfterImport:
    """What follows an import besides the views reading the library afresh."""

    clear_undo: Callable[[], None]
    start_tagging: Callable[[], None]
    offer_versions: Callable[[list[Duplicate]], object]  # may return the question it asks
    show_status: Callable[[str, int], None]


class LibraryController(QObject):
    def __init__(
        self,
        parent: QWidget,
        worker: LibraryWorker,
        reader: Reader,
        reload_views: list[Callable[[], None]],
        after: AfterImport,
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.reader, self.reload_views, self.after = parent, reader, reload_views, after
        self.importer = ImportController(parent, worker, self._after_import)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            translate("MainWindow", "Import Files"),
            "",
            translate("MainWindow", "Text and web pages (*.txt *.md *.markdown *.html *.htm);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, translate("MainWindow", "Import Folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> int:
        return self.importer.start(paths)

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def refresh(self) -> None:
        """The library changed (import, removal, merge): every view follows, the open article too."""
        for reload in self.reload_views:
            reload()
        self.reader.reselect()

    def _after_import(self, result: ImportResult) -> None:
        report, quiet = result.report, self.importer.quiet
        self.refresh()
        if report.outcomes and len(report.failed) < len(report.outcomes):
            self.after.clear_undo()  # an older undo step must not be undone across an import
        self.after.start_tagging()
        if quiet:  # the first-run sample import: say what happened and how to undo it
            text = translate(
                "MainWindow",
                "Imported the sample bulletins (%1) · File ▸ Remove Sample Bulletins takes them out again",
            )
            self.after.show_status(text.replace("%1", counts_text(report)), 20000)
        else:
            self.after.show_status(counts_text(report), 8000)
        if self.reader.current_id is None and quiet:
            self.reader.step(1)
        if result.duplicates:
            QTimer.singleShot(0, lambda: self.after.offer_versions(result.duplicates))
