"""A row of tag chips plus a field that completes existing tags as you type (``tags.complete``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from reader.app.plain_text import plain
from reader.errors import BadInputError
from reader.store.tags import normalise_name


class TagEditor(QWidget):
    """Shows ``tags``; Enter adds the typed tag, a chip's ✕ removes it.  Never writes by itself."""

    tag_added = Signal(str)
    tag_removed = Signal(str)

    def __init__(
        self, complete: Callable[[str], list[str]], label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._complete = complete
        self.tags: list[str] = []
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.field = QLineEdit(placeholderText=self.tr("Add tag…"))
        self.field.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.field.setCompleter(completer)
        self.field.textEdited.connect(self.refresh_completions)
        self.field.returnPressed.connect(self.commit)
        completer.activated.connect(lambda _text: self.commit())
        row = QHBoxLayout()  # label and chips on one line, the field below it: chips keep their width
        row.addWidget(QLabel(label))
        row.addLayout(self.chips)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.field)

    def refresh_completions(self, text: str) -> None:
        """Existing tags matching what is typed (prefix first, most used first), minus those already set."""
        taken = {t.casefold() for t in self.tags}
        self.completions.setStringList([t for t in self._complete(text) if t.casefold() not in taken])

    def set_tags(self, tags: list[str]) -> None:
        if tags == self.tags:
            return
        self.tags = list(tags)
        while self.chips.count():
            item = self.chips.takeAt(0)
            chip = item.widget() if item is not None else None
            if chip is not None:
                chip.deleteLater()
        for name in self.tags:
            chip = QToolButton(text=f"#{name}  ✕", objectName="tagChip")
            chip.setToolTip(plain(self.tr("Remove tag “%1”").replace("%1", name)))
            chip.clicked.connect(lambda _c=False, n=name: self.tag_removed.emit(n))
            self.chips.addWidget(chip)

    def commit(self) -> None:
        """Add what is typed; an unusable name is shown as the field's tooltip instead."""
        text = self.field.text()
        if not text.strip():
            return
        try:
            name = normalise_name(text)
        except BadInputError as error:
            self.field.setToolTip(plain(str(error)))
            return
        self.field.clear()
        self.field.setToolTip("")
        if name.casefold() not in {t.casefold() for t in self.tags}:
            self.tag_added.emit(name)
