"""The library's posts × years: one row per post at a place, one column per year, the holders in the cells.

"Who was 市长 of 驻马店 in 2023" is one cell.  The ledger is read on the window's query thread
(it reads every claim), and the model only holds the finished table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlite_utils import Database

from reader.app.roles import NO_PARENT
from reader.careers.ledger import Person, posts_by_period
from reader.textfold import simplified

Index = QModelIndex | QPersistentModelIndex
NAMES_ROLE = Qt.ItemDataRole.UserRole + 30


def load_table(db: Database) -> list[Person]:
    """The query the panel runs off the GUI thread."""
    from reader.careers.update import load_people

    return load_people(db)


def _row_text(row: tuple[tuple[str, str | None], dict[str, list[str]]]) -> str:
    """A row's post, place and holders, one string for the filter (a line break never matches)."""
    (post, place), cells = row
    return "\n".join([post, place or "", *(name for names in cells.values() for name in names)])


class PostsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.years: list[str] = []
        self.rows: list[tuple[tuple[str, str | None], dict[str, list[str]]]] = []
        self._all: list[tuple[tuple[str, str | None], dict[str, list[str]]]] = []
        self._folded: list[str] = []  # each row's text in its simplified reading, for the filter
        self._filter = ""

    def set_people(self, people: list[Person]) -> None:
        table = posts_by_period(people)
        self._all = sorted(  # places in order, the posts whose place is unknown last
            table.items(), key=lambda item: (item[0][1] is None, item[0][1] or "", -len(item[1]), item[0][0])
        )
        self._folded = [simplified(_row_text(row)) for row in self._all]  # read once, not at each keystroke
        self.years = sorted({year for _key, cells in self._all for year in cells})
        self._apply()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        f = simplified(self._filter)  # 行政長官 finds 行政长官, 林郑 finds 林鄭月娥
        self.rows = [row for row, text in zip(self._all, self._folded, strict=True) if not f or f in text]
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 2 + len(self.years)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Place"), self.tr("Post"), *self.years)[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        (post, place), cells = self.rows[index.row()]
        column = index.column()
        names = cells.get(self.years[column - 2], []) if column >= 2 else []
        if role == Qt.ItemDataRole.DisplayRole:
            return place or "—" if column == 0 else post if column == 1 else "、".join(names)
        if role == NAMES_ROLE:
            return names
        return None


class PostsPanel(QWidget):
    """Sidebar tab: a filter box over the table; double-click a cell to open its holder's page."""

    person_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PostsTableModel(self)
        self.filter = QLineEdit(placeholderText=self.tr("Filter posts, places, names"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_filter)
        self.status = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def show_people(self, people: list[Person]) -> None:
        self.model.set_people(people)
        self.status.setText(
            self.tr("%n post(s)", "", len(self.model.rows)) + " · " + self.tr("%n people", "", len(people))
        )

    def _open(self, index: QModelIndex) -> None:
        names = self.model.data(index, NAMES_ROLE) or []
        if names:
            self.person_activated.emit(names[0])
