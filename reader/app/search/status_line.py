"""One line of plain text whose changes repaint that line and nothing else.

Why not a ``QLabel``: ``QLabel.setText`` always asks its parent to lay out again,
and the request climbs to the sidebar's tab widget, which answers it by
repainting its whole page — the search results list and its rich-text rows
(≈ 3–6 ms at a time).  The search status changes three or four times per search
("Searching…", the first count, the full count), so each search repainted the
list that often.  This line has one height whatever it says, never asks for a new
layout, and elides what does not fit (a long query no longer widens the panel).
The text is drawn as plain text, and shown so in its tooltip: nothing in it is read as markup
(the query is part of it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.app.plain_text import plain

MEASURED = "市 Ag“”…"  # CJK, Latin with ascender and descender, the quotes the status uses


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        self.update()

    def _elided(self) -> str:
        return self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, max(0, self.width()))

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(0, max(metrics.height(), metrics.boundingRect(MEASURED).height()) + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the one time the height changes
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the whole text on hover, when it is elided
            if self._elided() != self._text:
                QToolTip.showText(event.globalPos(), plain(self._text), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(self.rect(), flags, self._elided())
