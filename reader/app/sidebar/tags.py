"""The sidebar's Tags view: tag → the articles it reaches, with counts and the tag's colour.

Tags are few, so the top level is read in one query on reset; a tag's
articles are read when the view expands it (``canFetchMore``/``fetchMore``).
Articles tagged through one of their highlights are listed too, as the search
filter counts them.  Once the window ``attach``es its undo host, a tag row's
context menu (and F2 / Delete) renames, merges, recolours or deletes the tag
library-wide (``tag_actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QTreeView, QVBoxLayout, QWidget
from sqlite_utils import Database

from reader.app import icons
from reader.app.lazy import FetchGuard
from reader.app.plain_text import plain
from reader.app.roles import ARTICLE_ID_ROLE, NO_PARENT
from reader.app.sidebar.dots import tag_dots_icon
from reader.app.sidebar.models import ISSUE_ID_ROLE, NODE_KIND_ROLE
from reader.app.sidebar.tag_actions import TagActions, TagCommandHost
from reader.store import tags as store_tags

Index = QModelIndex | QPersistentModelIndex
TAG_NAME_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(eq=False)
class _Tag:
    name: str
    color: str
    count: int
    row: int
    articles: list[dict[str, Any]] | None = None  # None: not fetched yet
    icon: QIcon | None = field(default=None, repr=False)


@dataclass(eq=False)
class _Article:
    tag: _Tag
    row: int
    info: dict[str, Any]


class TagTreeModel(FetchGuard, QAbstractItemModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._tags: list[_Tag] = []
        self._children: dict[int, list[_Article]] = {}
        self._article_icon = icons.icon("mdi6.file-document-outline")
        self.reload()

    def reload(self) -> None:
        """Re-read the tags (after tagging, renaming, merging or recolouring); collapses the view."""
        self.beginResetModel()
        self._children.clear()
        self._tags = [
            _Tag(row["name"], row["color"], row["article_count"], number)
            for number, row in enumerate(store_tags.tag_summaries(self._db))
        ]
        with self.quiet():
            self.endResetModel()

    def row_of(self, name: str) -> int:
        folded = name.casefold()
        return next((t.row for t in self._tags if t.name.casefold() == folded), -1)

    def _node(self, index: Index) -> _Tag | _Article | None:
        return index.internalPointer() if index.isValid() else None

    # Qt model API
    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if node is None:
            return self.createIndex(row, 0, self._tags[row]) if row < len(self._tags) else QModelIndex()
        if isinstance(node, _Tag) and node.articles is not None and row < len(node.articles):
            return self.createIndex(row, 0, self._children[id(node)][row])
        return QModelIndex()

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if isinstance(node, _Article):
            return self.createIndex(node.tag.row, 0, node.tag)
        return QModelIndex()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        if node is None:
            return len(self._tags)
        if isinstance(node, _Tag) and node.articles is not None:
            return len(node.articles)
        return 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent: Index = NO_PARENT) -> bool:
        node = self._node(parent)
        if node is None:
            return bool(self._tags)
        if isinstance(node, _Tag):
            return node.count > 0 if node.articles is None else bool(node.articles)
        return False

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return self.may_fetch() and isinstance(node, _Tag) and node.articles is None

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if not self.may_fetch() or not isinstance(node, _Tag) or node.articles is not None:
            return
        rows = store_tags.tagged_articles(self._db, node.name)
        if not rows:
            node.articles = []
            return
        with self.quiet():
            self.beginInsertRows(parent, 0, len(rows) - 1)
            node.articles = rows
            self._children[id(node)] = [_Article(node, number, row) for number, row in enumerate(rows)]
            self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        if isinstance(node, _Tag):
            return self._tag_data(node, role)
        info = node.info
        if role == Qt.ItemDataRole.DisplayRole:
            title = info["title"] or self.tr("(untitled)")
            return f"{info['issue_date']}  {title}" if info.get("issue_date") else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(info["title"] or "")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._article_icon
        if role == ARTICLE_ID_ROLE:
            return int(info["id"])
        if role == ISSUE_ID_ROLE:
            return int(info["issue_id"])
        if role == NODE_KIND_ROLE:
            return "article"
        return None

    def _tag_data(self, tag: _Tag, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{tag.name}  ({tag.count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(self.tr("Tag “%1” · %n article(s)", "", tag.count).replace("%1", tag.name))
        if role == Qt.ItemDataRole.DecorationRole:
            if tag.icon is None:
                tag.icon = tag_dots_icon([tag.color])
            return tag.icon
        if role == TAG_NAME_ROLE:
            return tag.name
        if role == NODE_KIND_ROLE:
            return "tag"
        if role == Qt.ItemDataRole.UserRole:
            return QColor(tag.color)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return self.tr("Tags")
        return None


class TagsPanel(QWidget):
    """The Tags tab: the tree plus a hint while the library has no tags yet."""

    article_activated = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TagTreeModel(db, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.hint = QLabel(self.tr("No tags yet: tag an article and it is listed here under its tag."))
        self.hint.setWordWrap(True)
        self.hint.setObjectName("tagsHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.model.modelReset.connect(self._update_hint)
        self._update_hint()
        self.db = db
        self.tag_actions: TagActions | None = None
        self._follow: str | None = None  # the tag to select after the next reload (renamed, merged into)

    def attach(self, host: TagCommandHost) -> None:
        """Offer the library-wide tag changes, pushed as undo steps on ``host.stack``."""
        self.tag_actions = TagActions(self.db, host, self)
        self.tag_actions.on_renamed = self._follow_next
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        for keys, slot in (("F2", self.tag_actions.rename), ("Del", self.tag_actions.delete)):
            action = QAction(self.tree)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: self._on_current_tag(slot))
            self.tree.addAction(action)

    def tag_menu(self, index: QModelIndex) -> QMenu | None:
        """The context menu for a tag row (None for article rows or before ``attach``)."""
        if self.tag_actions is None or index.data(NODE_KIND_ROLE) != "tag":
            return None
        return self.tag_actions.menu(index.data(TAG_NAME_ROLE))

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.tag_menu(self.tree.indexAt(pos))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _on_current_tag(self, slot: Callable[[str], None]) -> None:
        current = self.tree.currentIndex()
        if current.data(NODE_KIND_ROLE) == "tag":
            slot(current.data(TAG_NAME_ROLE))

    def _follow_next(self, name: str) -> None:
        self._follow = name

    def reload(self) -> None:
        """Re-read the tags, keeping the chosen tag (or the one just renamed or merged into) selected."""
        current = self.tree.currentIndex()
        name = self._follow or (
            current.data(TAG_NAME_ROLE) if current.data(NODE_KIND_ROLE) == "tag" else None
        )
        self._follow = None
        self.model.reload()
        row = self.model.row_of(name) if name else -1
        if row >= 0:
            self.tree.setCurrentIndex(self.model.index(row, 0))

    def _update_hint(self) -> None:
        self.hint.setVisible(self.model.rowCount() == 0)

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_activated.emit(int(article_id))
