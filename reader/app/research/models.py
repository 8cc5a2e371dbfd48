"""Item models for the research views: concordance lines and saved searches with their counts.

Models hold results computed elsewhere (on the research reader thread) and
never query the library themselves, so a view is never slower than its paint.
"""

from __future__ import annotations

import html
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from reader.research.filters import Filters
from reader.research.kwic import Occurrence, Sort
from reader.store.research import SavedSearch

NO_PARENT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 31
SAVED_ROLE = Qt.ItemDataRole.UserRole + 32
COUNT_ROLE = Qt.ItemDataRole.UserRole + 33

FIELD_LABELS = {"kicker": "引题", "title": "标题", "subtitle": "副题", "text": ""}


def _plain_tip(*lines: str) -> str:
    """A tooltip that shows article text as text: Qt would read a string with tags as HTML."""
    return "<p style='white-space:pre'>" + "<br/>".join(html.escape(line) for line in lines) + "</p>"


class KwicModel(QAbstractTableModel):
    """One row per concordance line: date, source, left context, match, right context, article title."""

    COLUMNS = ("日期 Date", "来源 Source", "左 Left", "词 Match", "右 Right", "文章 Article")
    SORT_OF_COLUMN: ClassVar[dict[int, Sort]] = {
        0: "date",
        1: "source",
        2: "left",
        3: "left",
        4: "right",
        5: "date",
    }
    LEFT, MATCH, RIGHT = 2, 3, 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[Occurrence] = []
        self.hit_colour = "#ffe066"
        self._bold = QFont()
        self._bold.setBold(True)

    def show(self, lines: list[Occurrence]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def occurrence(self, row: int) -> Occurrence:
        return self.lines[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == OCCURRENCE_ROLE:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.LEFT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == self.MATCH:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if column == self.MATCH and role == Qt.ItemDataRole.FontRole:
            return self._bold
        if column == self.MATCH and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(self.hit_colour)
        if column == self.MATCH and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1d1d1f")  # dark text on the light hit colour, in either theme
        if role == Qt.ItemDataRole.ToolTipRole:
            where = FIELD_LABELS.get(line.field) or "正文 body"
            return _plain_tip(line.article.title, f"{line.article.source} · {where} · {line.start}")
        return None

    @staticmethod
    def _text(line: Occurrence, column: int) -> str:
        if column == 0:
            return line.article.issue_date or "—"
        if column == 1:
            return line.article.source
        if column == 2:
            return line.left
        if column == 3:
            return line.match
        if column == 4:
            return line.right
        label = FIELD_LABELS.get(line.field)
        return f"[{label}] {line.article.title}" if label else line.article.title


class SavedSearchModel(QAbstractListModel):
    """Saved searches by name, each with the number of articles it finds (None while counting)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[SavedSearch, int | None]] = []

    def show(self, items: list[tuple[SavedSearch, int | None]]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def row_of(self, name: str) -> int:
        folded = name.casefold()
        return next((n for n, (saved, _c) in enumerate(self.items) if saved.name.casefold() == folded), -1)

    def count_of(self, name: str) -> int | None:
        row = self.row_of(name)
        return self.items[row][1] if row >= 0 else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        saved, count = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{saved.name}　{'…' if count is None else count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            described = Filters.from_json(saved.filters).describe()
            counted = "正在统计 counting…" if count is None else f"{count} 篇 articles"
            return _plain_tip(f"“{saved.query}”", *([described] if described else []), counted)
        if role == SAVED_ROLE:
            return saved
        if role == COUNT_ROLE:
            return count
        return None
