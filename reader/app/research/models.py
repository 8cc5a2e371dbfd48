"""Item models for the research views: concordance lines and saved searches with their counts.

Models hold results computed elsewhere (on the research reader thread) and
never query the library themselves, so a view is never slower than its paint.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from reader.app.i18n import QT_TRANSLATE_NOOP, fill, translate
from reader.app.roles import NO_PARENT
from reader.research.filters import Filters
from reader.research.kwic import Occurrence, Sort
from reader.store.research import SavedSearch

Index = QModelIndex | QPersistentModelIndex
OCCURRENCE_ROLE = Qt.ItemDataRole.UserRole + 31
SAVED_ROLE = Qt.ItemDataRole.UserRole + 32
COUNT_ROLE = Qt.ItemDataRole.UserRole + 33

FIELD_LABELS = {  # the article's part a line is in; body lines name none in the Article column
    "kicker": QT_TRANSLATE_NOOP("KwicModel", "Kicker"),
    "title": QT_TRANSLATE_NOOP("KwicModel", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("KwicModel", "Subtitle"),
    "text": QT_TRANSLATE_NOOP("KwicModel", "Body"),
}


def _plain_tip(*lines: str) -> str:
    """A tooltip that shows article text as text: Qt would read a string with tags as HTML."""
    return "<p style='white-space:pre'>" + "<br/>".join(html.escape(line) for line in lines) + "</p>"


def describe(filters: Filters, fold_variants: bool = True) -> str:
    """A saved search's filters in one line: ``2024-01-01 – 2024-06-30 · 要闻 · #招商``."""
    parts = []
    if filters.date_from or filters.date_to:
        parts.append(f"{filters.date_from or '…'} – {filters.date_to or '…'}")
    if filters.section:
        parts.append(filters.section)
    if filters.tag:
        parts.append(f"#{filters.tag}")
    if filters.issue_id is not None:
        parts.append(fill(translate("SavedSearchModel", "issue #%1"), filters.issue_id))
    if not fold_variants:
        parts.append(translate("SavedSearchModel", "exact characters (no Trad./Simp. folding)"))
    return " · ".join(parts)


class KwicModel(QAbstractTableModel):
    """One row per concordance line: date, source, left context, match, right context, article title."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("KwicModel", "Date"),
        QT_TRANSLATE_NOOP("KwicModel", "Source"),
        QT_TRANSLATE_NOOP("KwicModel", "Left Context"),
        QT_TRANSLATE_NOOP("KwicModel", "Keyword"),
        QT_TRANSLATE_NOOP("KwicModel", "Right Context"),
        QT_TRANSLATE_NOOP("KwicModel", "Article"),
    )
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
        self.lines: Sequence[Occurrence | None] = []
        self._last: tuple[int, Occurrence | None] = (-1, None)  # a row is asked for once per role
        self.hit_colour = "#ffe066"
        self._bold = QFont()
        self._bold.setBold(True)

    def show(self, lines: Sequence[Occurrence | None]) -> None:
        """Lines to show: a list, or ``LazyLines`` that cut each line when first asked for."""
        self.beginResetModel()
        self.lines = lines
        self._last = (-1, None)
        self.endResetModel()

    def occurrence(self, row: int) -> Occurrence | None:
        """Line ``row``; None for an article changed since the count (``reader.research.lines``)."""
        if self._last[0] != row:
            self._last = (row, self.lines[row])
        return self._last[1]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("KwicModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.occurrence(index.row())
        if line is None:
            return None
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
            where = translate("KwicModel", FIELD_LABELS[line.field])
            place = fill(self.tr("%1 · %2, character %3"), line.article.source, where, line.start + 1)
            return _plain_tip(line.article.title, place)
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
        if line.field == "text":
            return line.article.title
        return f"[{translate('KwicModel', FIELD_LABELS[line.field])}] {line.article.title}"


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
            described = describe(Filters.from_json(saved.filters), saved.fold_variants)
            counted = self.tr("Counting…") if count is None else self.tr("%n article(s)", "", count)
            return _plain_tip(f"“{saved.query}”", *([described] if described else []), counted)
        if role == SAVED_ROLE:
            return saved
        if role == COUNT_ROLE:
            return count
        return None
