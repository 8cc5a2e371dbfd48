"""Two versions of a story side by side, character by character.

Left the article being read, right the other version; deleted characters are struck on the
left, inserted ones marked on the right, changed ones marked on both.  Differences in whitespace
alone (a paragraph broken elsewhere by another converter) are layout: shown as they are, not
marked or counted, as the similarity ignores them too.  The HTML is built from
escaped pieces only (article text never reaches the widget unescaped); the two sides scroll
together.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reader.app.i18n import fill
from reader.app.reading.reprints import share
from reader.reprints.signature import normalise
from reader.reprints.similarity import diff, ratio

DELETED = "#f4b6b6"
INSERTED = "#b7e4c0"
CHANGED = "#f9e79f"


def side_html(a: str, b: str) -> tuple[str, str, int]:
    """(left HTML, right HTML, number of differing stretches) for texts ``a`` and ``b``."""
    left, right, changes = [], [], 0
    for op in diff(a, b):
        old, new = html.escape(a[op.a_start : op.a_end]), html.escape(b[op.b_start : op.b_end])
        if op.tag == "equal" or not (old.strip() or new.strip()):  # line breaks are layout, not edits
            left.append(old)
            right.append(new)
            continue
        changes += 1
        anchor = f'<a name="change-{changes}"></a>'  # for "next difference" on both sides
        left.append(anchor)
        right.append(anchor)
        if op.tag in ("delete", "replace"):
            colour = DELETED if op.tag == "delete" else CHANGED
            left.append(f'<span style="background-color:{colour}"><s>{old}</s></span>' if op.tag == "delete"
                        else f'<span style="background-color:{colour}">{old}</span>')  # fmt: skip
        if op.tag in ("insert", "replace"):
            colour = INSERTED if op.tag == "insert" else CHANGED
            right.append(f'<span style="background-color:{colour}">{new}</span>')

    def page(parts: list[str]) -> str:
        return "<p style='line-height:160%'>" + "".join(parts).replace("\n", "<br>") + "</p>"

    return page(left), page(right), changes


class DiffView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left_title, self.right_title = QLabel(), QLabel()
        for label in (self.left_title, self.right_title):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.left, self.right = QTextBrowser(), QTextBrowser()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton(self.tr("Next difference"))
        self.next_button.setShortcut("F8")
        self.next_button.setToolTip(self.tr("Both sides to the next difference (F8)"))
        self.next_button.clicked.connect(self.next_change)
        self.current = 0
        self.changes = 0
        columns = QHBoxLayout()
        for title, view in ((self.left_title, self.left), (self.right_title, self.right)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.next_button)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        self.left.verticalScrollBar().valueChanged.connect(lambda v: self._follow(self.left, self.right))
        self.right.verticalScrollBar().valueChanged.connect(lambda v: self._follow(self.right, self.left))

    def _follow(self, source: QTextBrowser, target: QTextBrowser) -> None:
        bar, other = source.verticalScrollBar(), target.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        other.blockSignals(True)
        other.setValue(round(fraction * other.maximum()))
        other.blockSignals(False)

    def next_change(self) -> None:
        """Bring both sides to the next differing stretch (after the last one, back to the first)."""
        if not self.changes:
            return
        self.current = self.current % self.changes + 1
        for view in (self.left, self.right):
            view.verticalScrollBar().blockSignals(True)  # each side to its own anchor, not the other's share
            view.scrollToAnchor(f"change-{self.current}")
            view.verticalScrollBar().blockSignals(False)

    def show_pair(self, mine: dict[str, Any], other: dict[str, Any]) -> None:
        """Each side: ``title``, ``text`` and a ``where`` line (publication and date)."""
        a, b = mine["text"] or "", other["text"] or ""
        left, right, self.changes = side_html(a, b)
        self.left.setHtml(left)
        self.right.setHtml(right)
        self.left_title.setText(f"{mine['title']}\n{mine.get('where') or ''}")
        self.right_title.setText(f"{other['title']}\n{other.get('where') or ''}")
        similarity = ratio(normalise(a), normalise(b))
        self.summary.setText(
            fill(self.tr("%1 the same"), share(similarity))
            + " · "
            + self.tr("%n difference(s)", "", self.changes)
        )
        self.current = 0
        self.next_button.setEnabled(self.changes > 0)


class DiffDialog(QDialog):
    def __init__(self, mine: dict[str, Any], other: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.view = DiffView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.show_pair(mine, other)
        room = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1100, room.width() * 9 // 10), min(720, room.height() * 9 // 10))  # small screens too
