"""How the window shows a failure: a plain message for a ``ReaderError``, a traceback for a bug.

A ``ReaderError`` carries a message a person can act on (a bad file, a locked
library), so it gets a simple warning box.  Anything else is a bug: it is
logged with its traceback and shown in a dialog whose Copy button puts the
whole report on the clipboard, ready to paste into an issue.  Worker failures
and uncaught exceptions on the GUI thread (``sys.excepthook``) both end here.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.app.i18n import translate
from reader.app.i18n.reasons import translate_reason
from reader.app.plain_text import plain
from reader.errors import ReaderError

log = logging.getLogger("reader.app")
_showing = False  # an error raised while a report is open must not stack dialogs forever


def bug_report(error: BaseException, trace: str) -> str:
    """The text the Copy button copies: version, error line, traceback."""
    return f"Bulletin Reader {__version__}\n{type(error).__name__}: {error}\n\n{trace.rstrip()}\n"


class TracebackDialog(QDialog):
    """A bug's traceback, read-only and selectable, with Copy and Close."""

    def __init__(self, error: BaseException, trace: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracebackDialog")
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.report = bug_report(error, trace)
        intro = QLabel(
            self.tr(
                "Something went wrong inside Bulletin Reader (a bug, not your mistake). "
                "Please copy the report below and send it to the developers."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self.report)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy Report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


def show_error(parent: QWidget | None, error: BaseException, trace: str = "") -> None:
    """Show ``error`` the way its type deserves; bugs are logged first so nothing is lost."""
    global _showing
    if isinstance(error, ReaderError):
        log.warning("%s", error)
        QMessageBox.warning(
            parent, translate("Errors", "Could Not Finish"), plain(translate_reason(str(error)))
        )
        return
    trace = trace or "".join(traceback.format_exception(error))
    log.error("unexpected error %s: %s\n%s", type(error).__name__, error, trace)
    if _showing:
        return
    _showing = True
    try:
        TracebackDialog(error, trace, parent).exec()
    finally:
        _showing = False


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Route uncaught exceptions on the GUI thread (slots, event handlers) to ``show_error``.

    PySide6 prints such exceptions and carries on; without this hook a user sees nothing.
    ``parent`` is called at the time of the error (the window may have been replaced).
    """

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        show_error(parent(), error, "".join(traceback.format_exception(kind, error, trace)))

    sys.excepthook = hook


def report_failure(window: QMainWindow, error: BaseException, trace: str) -> None:
    """A job failed: say so in ``window``'s status line, then show it (``show_error``)."""
    what = (
        translate_reason(str(error)) if isinstance(error, ReaderError) else f"{type(error).__name__}: {error}"
    )
    window.statusBar().showMessage(translate("MainWindow", "Failed: %1").replace("%1", what), 8000)
    show_error(window, error, trace)
