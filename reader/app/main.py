"""Start the window: one ``QApplication``, the library, the settings, the theme."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from reader.app import i18n
from reader.app.collector import GuiCollector
from reader.app.error_dialog import install_excepthook
from reader.app.settings import APPLICATION, ORGANISATION, Settings
from reader.app.single_instance import SingleInstance
from reader.app.upgrade import open_library
from reader.app.url_handler import attach
from reader.app.window import MainWindow
from reader.resources import resource
from reader.store.db import default_db_path


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The one ``QApplication``, with the interface language of ``language`` (default: the saved choice)."""
    running = QApplication.instance()
    app = (
        running
        if isinstance(running, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    warm_fonts()
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    i18n.install(language or Settings().language())
    # Qt appends the display name to window titles ("article — Bulletin Reader"), in the user's language
    app.setApplicationDisplayName(i18n.translate("About", "Bulletin Reader"))
    app.setDesktopFileName("bulletin-reader")  # Wayland app id: matches packaging/linux/*.desktop
    icon = resource("icons", "bulletin-reader.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def warm_fonts() -> threading.Thread:
    """Read the system's fonts into Qt's font database on a thread of its own, while the library opens.

    Why: the first widget with text reads them (fontconfig: ≈ 35 M instructions, 5–18 ms) and that
    was the window's first frame (issue 14: no GUI-thread block over 50 ms).  ``QFontDatabase`` is
    thread-safe; a widget that needs it before the thread is done waits for it, no longer than before.
    """
    thread = threading.Thread(target=QFontDatabase.families, name="warm-fonts", daemon=True)
    thread.start()
    return thread


def settle_heap() -> None:
    """Keep what start-up built out of the cyclic garbage collector.

    It lives as long as the window; left in, every full collection walks it
    (about 40 ms on the GUI thread, landing in whatever runs next).
    """
    gc.freeze()


def run(db_path: Path | None = None, link: str | None = None) -> int:
    """Open the window on ``db_path`` (default library when None) and run until it closes.

    ``link`` (a ``bulletin-reader://`` link or a text file) is shown once the window is up.
    A language change in Preferences reopens the window on the same library in the new language.
    """
    app = application()
    path = db_path or default_db_path()
    db = open_library(path)  # an upgrade runs off the GUI thread, with a notice on screen
    state: dict[str, object] = {}

    def open_window() -> MainWindow:
        window = MainWindow(db, path, Settings())
        window.relaunch_requested.connect(lambda: QTimer.singleShot(0, relaunch))
        window.stages.finished.connect(settle_heap)  # what the later stages built stays out of it too
        window.show()
        state["window"] = window
        return window

    def relaunch() -> None:
        old = state["window"]
        assert isinstance(old, MainWindow)
        geometry = old.saveGeometry()
        app.setQuitOnLastWindowClosed(False)
        old.close()
        i18n.install(Settings().language())
        app.setApplicationDisplayName(i18n.translate("About", "Bulletin Reader"))
        instance = state.get("instance")
        if isinstance(instance, SingleInstance):
            instance.close()
        window = open_window()
        window.restoreGeometry(geometry)
        state["instance"] = attach(window)
        app.setQuitOnLastWindowClosed(True)
        old.deleteLater()

    window = open_window()
    settle_heap()
    collector = GuiCollector(app)
    install_excepthook(lambda: state["window"])  # type: ignore[arg-type,return-value]
    state["instance"] = attach(window, link)  # later launches hand their links to this window
    code = app.exec()
    collector.stop()
    instance = state.get("instance")
    if isinstance(instance, SingleInstance):
        instance.close()
    db.conn.close()
    return int(code)
