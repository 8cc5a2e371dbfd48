"""How one search hit is drawn in the results list: its title, then two lines of snippet with the hits marked.

Each row is laid out with ``QTextLayout`` — the title as one elided line, the
snippet as the two lines the row shows — and kept, keyed by what it shows and
the width, so a repaint only draws.  Why not a ``QTextDocument`` of HTML (as
before): parsing the markup and laying out the whole snippet made a new page of
results cost ≈ 0.5 ms a row on the window's thread, this ≈ 0.3 ms (measured at
500,000 articles: 5.5 → 3.5 ms for the 11 rows of a 820-pixel window).  And no
article text is ever read as markup: it is laid out as the plain text it is.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.app.search.models import SNIPPET_ROLE

ROWS_KEPT = 120  # laid-out rows kept: several screens of results
SNIPPET_LINES = 2
PROBE_TITLE = "标题 Title"  # CJK and Latin: the taller of the two sets the line height
PROBE_SNIPPET = "摘要 snippet"


class _Row(NamedTuple):
    title: QTextLayout
    snippet: QTextLayout


def _layout(text: str, font: QFont) -> QTextLayout:
    """``text`` as plain text in ``font``, to be broken where words end (CJK: between any characters)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    return layout


def _break(layout: QTextLayout, width: float, lines: int, top: float = 0.0) -> float:
    """Lay out at most ``lines`` lines of ``width`` from ``top``; returns the y below the last."""
    layout.beginLayout()
    y = top
    for _ in range(lines):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return y


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class HitDelegate(QStyledItemDelegate):
    """Three lines per hit: the title in bold (elided to one line), then two lines of snippet."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._heights: dict[str, float] = {}
        self._rows: OrderedDict[tuple[Any, ...], _Row] = OrderedDict()

    def _three_lines(self, font: QFont) -> float:
        """Height of a title line and two snippet lines in this font (CJK fallback included)."""
        key = font.key()
        if key not in self._heights:
            title = _layout(PROBE_TITLE, _bold(font))
            below = _break(title, 10_000, 1)
            snippet = _layout(PROBE_SNIPPET, font)
            self._heights[key] = below + SNIPPET_LINES * _break(snippet, 10_000, 1)
        return self._heights[key]

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        """The visible width: rows keep the width they had before a scroll bar appeared."""
        width = option.rect.width()
        if isinstance(option.widget, QAbstractScrollArea):
            width = min(width, option.widget.viewport().width() - option.rect.left())
        return max(100, width - 8)

    def _row(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> _Row:
        """The row's laid-out title and snippet, kept for the rows painted lately: a list repaints
        its visible rows on every hover, scroll and page that arrives."""
        snippet, spans, colour = index.data(SNIPPET_ROLE) or ("", (), "")
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        key = (title, snippet, spans, colour, self._width(option), option.font.key())
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = self._new_row(option.font, title, snippet, spans, colour, key[4])
            while len(self._rows) > ROWS_KEPT:
                self._rows.popitem(last=False)
        else:
            self._rows.move_to_end(key)
        return row

    @staticmethod
    def _new_row(
        font: QFont, title: str, snippet: str, spans: tuple[tuple[int, int], ...], colour: str, width: int
    ) -> _Row:
        bold = _bold(font)
        shown = QFontMetrics(bold).elidedText(title.replace("\n", " "), Qt.TextElideMode.ElideRight, width)
        title_layout = _layout(shown, bold)
        below = _break(title_layout, width, 1)
        snippet_layout = _layout(snippet, font)
        marked = QTextCharFormat()
        marked.setBackground(QColor(colour))
        marked.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, end in spans:
            part = QTextLayout.FormatRange()
            part.start, part.length, part.format = start, end - start, marked
            ranges.append(part)
        snippet_layout.setFormats(ranges)
        _break(snippet_layout, width, SNIPPET_LINES, below)
        return _Row(title_layout, snippet_layout)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        row = self._row(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(role))
        painter.translate(option.rect.left() + 4, option.rect.top() + 3)
        # clip on a line boundary: a longer snippet loses whole lines, never half a line of glyphs
        painter.setClipRect(QRectF(0, 0, self._width(option), self._three_lines(option.font)))
        row.title.draw(painter, QPointF(0, 0))
        row.snippet.draw(painter, QPointF(0, 0))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """One fixed height for every row: the title and two lines of snippet.

        Why fixed: with one height for every row the list asks for it once
        (``setUniformItemSizes``) instead of laying out every hit, which blocked
        the window ~50 ms each time 50 new results arrived.
        """
        self.initStyleOption(option, index)
        return QSize(100, int(self._three_lines(option.font)) + 7)
