"""The import dialog says which file is being read, then what the last moments are spent on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.app.importing import ImportController
from reader.app.workers import LibraryWorker
from reader.store import open_db


def test_the_dialog_names_each_file_then_the_saving_of_the_last(db_path: Path, qtbot) -> None:
    open_db(db_path).conn.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = LibraryWorker(db_path)
    controller = ImportController(parent, worker, lambda _result: None)
    controller.dialog = QProgressDialog(parent)
    try:
        controller._progress(1, 3, "/data/2024/第12期.txt")
        assert controller.dialog.labelText() == "Importing file 2 of 3:\n第12期.txt"
        assert (controller.dialog.value(), controller.dialog.maximum()) == (1, 3)
        controller._progress(3, 3, "/data/2024/第13期.txt")
        # the search index is merged by background jobs after the summary, not while this dialog is up
        assert controller.dialog.labelText() == "Finishing: saving the last files…"
    finally:
        controller.dialog.deleteLater()
        worker.shutdown()
