"""The sidebar's research tab: open the concordance or the trend chart, and the saved searches.

Each saved search shows how many articles it finds now; the counts are taken
afresh on the research reader thread whenever the library changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from reader.app.research.models import SAVED_ROLE, SavedSearchModel
from reader.store.research import SavedSearch


class SavedSearchesPanel(QWidget):
    open_requested = Signal(object)  # SavedSearch → run it in the search panel
    kwic_requested = Signal(object)  # SavedSearch or None (an empty concordance)
    trend_requested = Signal(object)  # SavedSearch or None
    delete_requested = Signal(object)  # SavedSearch
    save_current_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kwic_button = QPushButton("语境 Concordance")
        self.kwic_button.setToolTip("每处出现及其上下文 Every occurrence in context (Ctrl+Shift+K)")
        self.trend_button = QPushButton("趋势 Trend")
        self.trend_button.setToolTip("提法随时间的变化 Phrases over time (Ctrl+Shift+T)")
        self.save_button = QPushButton("保存搜索 Save search…")
        self.save_button.setToolTip("保存搜索面板中的检索与筛选 Save the search panel's query and filters")
        self.model = SavedSearchModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.doubleClicked.connect(self._open)
        self.list.activated.connect(self._open)
        self.hint = QLabel(wordWrap=True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        tools = QHBoxLayout()
        tools.addWidget(self.kwic_button)
        tools.addWidget(self.trend_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(tools)
        layout.addWidget(QLabel("保存的检索 Saved searches"))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.save_button)
        self.kwic_button.clicked.connect(lambda: self.kwic_requested.emit(self.current()))
        self.trend_button.clicked.connect(lambda: self.trend_requested.emit(self.current()))
        self.save_button.clicked.connect(self.save_current_requested.emit)
        self._update_hint()
        self.model.modelReset.connect(self._update_hint)

    def _update_hint(self) -> None:
        self.hint.setText(
            ""
            if self.model.rowCount()
            else "在搜索或语境视图中保存检索；数目随文库更新。"
            " Save a search from the search or concordance view; its count follows the library."
        )

    def current(self) -> SavedSearch | None:
        index = self.list.currentIndex()
        return index.data(SAVED_ROLE) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        saved = index.data(SAVED_ROLE)
        if saved is not None:
            self.open_requested.emit(saved)

    def menu_for(self, saved: SavedSearch) -> QMenu:
        menu = QMenu(self)
        entries = (
            ("在搜索中打开 Open in search", self.open_requested),
            ("语境 Concordance", self.kwic_requested),
            ("趋势 Trend", self.trend_requested),
            ("删除 Delete", self.delete_requested),
        )
        for label, signal in entries:
            action = QAction(label, menu)
            action.triggered.connect(lambda _checked=False, s=signal: s.emit(saved))
            menu.addAction(action)
        return menu

    def _menu(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        saved = index.data(SAVED_ROLE) if index.isValid() else None
        if saved is not None:
            self.menu_for(saved).exec(self.list.viewport().mapToGlobal(pos))
