"""Failures shown the way their type deserves, and Help ▸ About showing the package version."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

import reader
from reader.app.error_dialog import TracebackDialog, install_excepthook
from reader.errors import LibraryError


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """Record instead of blocking: traceback dialogs shown and plain warnings (title, text)."""
    shown: dict[str, list] = {"traceback": [], "warning": []}
    monkeypatch.setattr(TracebackDialog, "exec", lambda self: shown["traceback"].append(self) or 0)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown["warning"].append((title, text))
    )
    return shown


def _broken_job(db) -> None:  # type: ignore[no-untyped-def]
    counts = {"issues": db.execute("SELECT COUNT(*) FROM issues").fetchone()[0]}
    counts["articles"] += 1  # a bug: KeyError


def test_a_bug_in_a_worker_job_shows_a_traceback_dialog_with_copy(
    make_window, qtbot, dialogs, caplog: pytest.LogCaptureFixture
) -> None:
    window = make_window()
    window.worker.submit(_broken_job)  # no on_error: the window's handler takes it
    qtbot.waitUntil(lambda: bool(dialogs["traceback"]))
    dialog = dialogs["traceback"][0]
    assert dialog in QApplication.topLevelWidgets() and dialog.parent() is window
    assert dialog.report.startswith(f"Bulletin Reader {reader.__version__}\nKeyError: 'articles'")
    assert 'counts["articles"] += 1' in dialog.text.toPlainText()  # the real traceback, with source lines
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report
    assert dialog.copy_button.text() == "Copied"
    assert any(r.levelno == logging.ERROR and "KeyError" in r.getMessage() for r in caplog.records)
    assert "KeyError" in window.statusBar().currentMessage()
    assert not dialogs["warning"]


def test_a_reader_error_from_a_worker_shows_a_plain_message(make_window, qtbot, dialogs) -> None:
    window = make_window()

    def locked(_db) -> None:  # type: ignore[no-untyped-def]
        raise LibraryError("the library is locked by another program; close it and try again")

    window.worker.submit(locked)
    qtbot.waitUntil(lambda: bool(dialogs["warning"]))
    assert dialogs["warning"] == [
        ("Could Not Finish", "the library is locked by another program; close it and try again")
    ]
    assert not dialogs["traceback"]


def test_uncaught_exception_in_a_gui_slot_goes_through_the_excepthook(make_window, qtbot, dialogs) -> None:
    window = make_window()
    saved = sys.excepthook
    try:
        install_excepthook(lambda: window)

        def slot() -> None:
            raise ValueError("tree row without an article id")

        QTimer.singleShot(0, slot)
        qtbot.waitUntil(lambda: bool(dialogs["traceback"]))
    finally:
        sys.excepthook = saved
    dialog = dialogs["traceback"][0]
    assert "ValueError: tree row without an article id" in dialog.report
    assert "in slot" in dialog.report


def test_help_about_shows_the_package_version(make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: seen.append((parent, title, text)))
    window = make_window()
    help_menu = window.menuBar().findChild(QMenu, "menuHelp")
    assert help_menu.title() == "&Help"
    [about] = [a for a in help_menu.actions() if "About" in a.text()]
    about.trigger()
    [(parent, title, text)] = seen
    assert parent is window and "About" in title
    assert f"Bulletin Reader {reader.__version__}</h3>" in text
