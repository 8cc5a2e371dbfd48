"""The small floating toolbar that appears above a selection: one button per colour, and "with note"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from reader.app import icons
from reader.app.notes.highlighter import COLOR_LABELS
from reader.app.notes.panel import swatch
from reader.app.plain_text import plain
from reader.store.annotations import COLORS


class HighlightToolbar(QFrame):
    """A child of the reading view's viewport, placed just above the selection's end."""

    color_chosen = Signal(str)
    note_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("highlightToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 2)
        layout.setSpacing(1)
        self.buttons: dict[str, QToolButton] = {}
        # The keys are only named in tooltips: the Edit menu's actions own Ctrl+1…5.  Giving the buttons
        # the same shortcuts made Qt see two owners ("Ambiguous shortcut overload") and do nothing.
        self.keys: dict[str, str] = {}
        for number, color in enumerate(COLORS, start=1):
            button = QToolButton(autoRaise=True)
            button.setIcon(swatch(color, 16))
            button.clicked.connect(lambda _c=False, c=color: self.color_chosen.emit(c))
            self.buttons[color] = button
            self.keys[color] = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            layout.addWidget(button)
        self.note_button = QToolButton(autoRaise=True)
        icons.set_icon(self.note_button, "mdi6.note-edit-outline")
        self.note_button.setToolTip(self.tr("Highlight with a note (N)"))
        self.note_button.clicked.connect(self.note_requested.emit)
        layout.addWidget(self.note_button)
        self.set_meanings({})
        self.hide()

    def set_meanings(self, meanings: dict[str, str]) -> None:
        """Tooltips say what each colour means, as the user named it in preferences."""
        for color, button in self.buttons.items():
            meaning = meanings.get(color, "")
            label = COLOR_LABELS[color] + (f" = {meaning}" if meaning else "")
            button.setToolTip(
                plain(self.tr("Highlight: %1 (%2)").replace("%1", label).replace("%2", self.keys[color]))
            )

    def show_at(self, anchor: QPoint) -> None:
        """Show with the bottom-left corner just above ``anchor`` (viewport coordinates), kept inside."""
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        area = parent.rect()
        x = min(max(4, anchor.x() - self.width() // 2), max(4, area.width() - self.width() - 4))
        y = anchor.y() - self.height() - 6
        if y < 4:
            y = anchor.y() + 28
        self.move(x, y)
        self.show()
        self.raise_()
