"""Preferences ▸ highlight colours: the user names what each colour means (carried into exports)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from reader.app.notes.controller import NotesController
from reader.app.notes.highlighter import COLOR_LABELS
from reader.app.notes.panel import swatch


class ColorMeaningsDialog(QDialog):
    """One field per colour; OK saves the changed ones as undoable commands."""

    def __init__(self, controller: NotesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Highlight Colours"))
        self.controller = controller
        self.original = controller.meanings()
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for color, meaning in self.original.items():
            field = QLineEdit(meaning, placeholderText=self.tr("e.g. key point / doubtful / figures"))
            field.setMaxLength(40)
            field.addAction(swatch(color, 16), QLineEdit.ActionPosition.LeadingPosition)
            form.addRow(COLOR_LABELS[color], field)
            self.fields[color] = field
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What does each colour mean? Exports say so.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        return {
            color: field.text().strip()
            for color, field in self.fields.items()
            if field.text().strip() != self.original[color]
        }

    def accept(self) -> None:
        for color, meaning in self.changes().items():
            self.controller.set_color_meaning(color, meaning)
        super().accept()
