"""Opening a library that a newer release must upgrade first, with a notice on screen while it runs.

An upgrade can rewrite the whole file (m017 re-indexes every article: about four and a half
minutes for 500,000 articles).  Run on the GUI thread before any window exists, it would look
like a program that never started, and a user who kills it loses nothing but time — yet would
not know that.  So the steps run on a worker thread while a small window says what is happening
and that a backup copy is written first; the library is then opened again on the GUI thread
(with nothing left to do), because an SQLite connection belongs to the thread that made it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget
from sqlite_utils import Database

from reader.store import open_db
from reader.store.db import needs_upgrade

_POLL_SECONDS = 0.05
__all__ = ["UpgradeNotice", "needs_upgrade", "open_library"]


class UpgradeNotice(QWidget):
    """A window saying the library is being upgraded, with a busy bar and where the library is."""

    def __init__(self, path: Path) -> None:
        super().__init__(None, Qt.WindowType.Dialog)
        self.setWindowTitle(QCoreApplication.translate("Upgrade", "Upgrading the library"))
        layout = QVBoxLayout(self)
        message = QCoreApplication.translate(
            "Upgrade",
            "This version stores your library in a new format. A backup copy is written first, "
            "next to the library, then every article is re-indexed: for a large library this "
            "takes a few minutes. Your notes and tags are kept.",
        )
        text = QLabel(message, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        where = QLabel(str(path), self)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # busy: the steps do not report how far they are
        for widget in (text, where, bar):
            layout.addWidget(widget)
        self.setMinimumWidth(420)


def open_library(path: Path) -> Database:
    """The library at ``path``, upgraded first (with a notice on screen) when it needs it."""
    app = QApplication.instance()
    if app is None or not needs_upgrade(path):
        return open_db(path)
    notice = UpgradeNotice(path)
    notice.show()
    failure: list[BaseException] = []

    def upgrade() -> None:
        try:
            open_db(path).close()
        except BaseException as error:  # raised again on the GUI thread below
            failure.append(error)

    worker = threading.Thread(target=upgrade, name="library-upgrade", daemon=True)
    worker.start()
    while worker.is_alive():
        app.processEvents()
        worker.join(_POLL_SECONDS)
    notice.close()
    notice.deleteLater()
    if failure:
        raise failure[0]
    return open_db(path)
