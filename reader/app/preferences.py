"""Edit ▸ Preferences: the interface language (system, 简体中文, English).

A language is applied by reopening the window (``MainWindow.relaunch_requested``): every
label is built with the new translator, instead of each widget re-translating itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from reader.app.settings import Settings

LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))  # each in its own language, never translated


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "system")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        note = QLabel(self.tr("The window reopens in the new language; nothing you are doing is lost."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
