"""Start the window: one ``QApplication``, the library, the settings, the theme."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader.app.error_dialog import install_excepthook
from reader.app.settings import APPLICATION, ORGANISATION, Settings
from reader.app.url_handler import attach
from reader.app.window import MainWindow
from reader.resources import resource
from reader.store import open_db
from reader.store.db import default_db_path


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Bulletin Reader")
    app.setDesktopFileName("bulletin-reader")  # Wayland app id: matches packaging/linux/*.desktop
    icon = resource("icons", "bulletin-reader.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def settle_heap() -> None:
    """Keep what start-up built out of the cyclic garbage collector.

    It lives as long as the window; left in, every full collection walks it
    (about 40 ms on the GUI thread, landing in whatever runs next).
    """
    gc.freeze()


def run(db_path: Path | None = None, link: str | None = None) -> int:
    """Open the window on ``db_path`` (default library when None) and run until it closes.

    ``link`` (a ``bulletin-reader://`` link or a text file) is shown once the window is up.
    """
    app = application()
    path = db_path or default_db_path()
    db = open_db(path)
    window = MainWindow(db, path, Settings())
    settle_heap()
    install_excepthook(lambda: window)
    window.show()
    instance = attach(window, link)  # later launches hand their links to this window
    code = app.exec()
    if instance is not None:
        instance.close()
    db.conn.close()
    return int(code)
