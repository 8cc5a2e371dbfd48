"""Entity lists for the sidebar: entity → article count, and one entity's articles.

The store answers the people index in one grouped query; the model reveals
it a page at a time (``fetchMore``) so the view never lays out thousands of
rows it does not show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.app.lazy import FetchGuard
from reader.app.roles import ARTICLE_ID_ROLE, NO_PARENT
from reader.store import entities as store_entities
from reader.textfold import simplified

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 10  # (kind, text)


class _PagedTable(FetchGuard, QAbstractTableModel):
    """Rows held in memory, shown ``PAGE`` at a time."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[dict[str, Any]] = []
        self._shown = 0

    def _reset(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._all = rows
        self._shown = min(PAGE, len(rows))
        with self.quiet():
            self.endResetModel()

    def row(self, row: int) -> dict[str, Any]:
        return self._all[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        return self.may_fetch() and not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = min(PAGE, len(self._all) - self._shown)
        with self.quiet():
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return None


class EntityListModel(_PagedTable):
    """People, places or organisations with the number of articles that mention each."""

    HEADERS = (
        QT_TRANSLATE_NOOP("EntityListModel", "Name"),
        QT_TRANSLATE_NOOP("EntityListModel", "Articles"),
        QT_TRANSLATE_NOOP("EntityListModel", "Positions"),
    )

    def __init__(
        self, db: Database, kind: str = "person", parent: Any = None, *, background: QueryThread | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.kind = kind
        self._filter = ""
        self.collapse_reprints = False
        self._background = background  # None: read on this thread (tests, scripts)
        self._read: list[dict[str, Any]] = []  # the index as last read, before the name filter
        self._waiting = False
        self.reload()

    def set_collapse_reprints(self, on: bool) -> None:
        self.collapse_reprints = on
        self.reload()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.reload()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip()
        if not self._waiting:
            self._show(self._read)

    def reload(self) -> None:
        """Read the index again: on the reader thread when there is one (it grows with the library:
        20 ms at 500,000 articles with few entities, far more in a fully tagged one)."""
        kind, collapse = self.kind, self.collapse_reprints
        if self._background is None:
            self._show(store_entities.people_index(self._db, kind, collapse))
            return
        self._waiting = True
        self._background.ask(
            "people", lambda db: store_entities.people_index(db, kind, collapse), self._arrived
        )

    @property
    def loading(self) -> bool:
        """True while a reload is on its way from the reader thread."""
        return self._waiting

    def _arrived(self, rows: list[dict[str, Any]]) -> None:
        self._waiting = False
        self._show(rows)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self._read = rows
        wanted = simplified(self._filter)  # 林郑 finds 林鄭月娥
        self._reset([row for row in rows if wanted in row["reading"]] if self._filter else rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._all[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row["name"], row["articles"], "、".join(row.get("positions", [])[:3]))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTITY_ROLE:
            return (self.kind, row["name"])
        return None

    def row_of(self, name: str) -> int:
        if self._waiting and self._background is not None:  # asked for now: read it here
            self._background.cancel("people")
            self._waiting = False
            self._show(store_entities.people_index(self._db, self.kind, self.collapse_reprints))
        reading = simplified(name)
        for number, row in enumerate(self._all):
            if row["reading"] == reading:
                while number >= self._shown:
                    self.fetchMore(QModelIndex())
                return number
        return -1


class EntityArticlesModel(_PagedTable):
    """The articles that mention one entity, newest issue first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("EntityArticlesModel", "Date"),
        QT_TRANSLATE_NOOP("EntityArticlesModel", "Title"),
        QT_TRANSLATE_NOOP("EntityArticlesModel", "Mentions"),
    )

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.entity: tuple[str, str] | None = None

    def show_entity(self, kind: str, text: str) -> None:
        self.entity = (kind, text)
        self._reset(store_entities.entity_articles(self._db, kind, text))

    def clear(self) -> None:
        self.entity = None
        self._reset([])

    def rows(self) -> list[dict[str, Any]]:
        return list(self._all)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._all[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row["issue_date"] or "—", row["title"], row["mentions"])[index.column()]
        if role == ARTICLE_ID_ROLE:
            return row["article_id"]
        return None
