"""The lines of an issue's file that no article holds, shown on request: nothing the import read is hidden.

Page numbers, running heads, web-page toolbars and the table of contents are set aside by the
importer (``issues.boilerplate``) so they do not break articles apart; this dialog shows them,
each with its line number in the file and why it was set aside, as plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reader.app.i18n import translate
from reader.app.i18n.reasons import set_aside_reason


def set_aside_text(lines: list[dict[str, Any]]) -> str:
    """One line per set-aside line: ``12 · page number · 第 3 页`` (the reason in the window's language)."""
    return "\n".join(
        f"{item['line']} · {set_aside_reason(item['reason'])} · {item['text']}" for item in lines
    )


class SetAsideDialog(QDialog):
    def __init__(self, title: str, lines: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SetAsideDialog", "Set-Aside Lines — %1").replace("%1", title))
        intro = QLabel(
            translate(
                "SetAsideDialog",
                "%n line(s) of the file belong to no article (line number · why · text):",
                "",
                len(lines),
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(set_aside_text(lines))  # plain text: nothing in it is markup
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
