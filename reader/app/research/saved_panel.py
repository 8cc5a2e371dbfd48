"""The sidebar's research tab: open the concordance or the trend chart, and the saved searches.

Each saved search shows how many articles it finds now; the counts are taken
afresh on the research reader thread whenever the library changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QMenu, QPushButton, QVBoxLayout, QWidget

from reader.app.i18n import fill
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
        self.kwic_button = QPushButton(self.tr("Concordance"), objectName="researchKwic")
        self.trend_button = QPushButton(self.tr("Trend"), objectName="researchTrend")
        self.show_keys(QKeySequence(), QKeySequence())
        self.save_button = QPushButton(self.tr("Save Search…"))
        self.save_button.setToolTip(self.tr("Save the search panel's query and filters"))
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
        layout.addWidget(QLabel(self.tr("Saved searches")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.save_button)
        self.kwic_button.clicked.connect(lambda: self.kwic_requested.emit(self.current()))
        self.trend_button.clicked.connect(lambda: self.trend_requested.emit(self.current()))
        self.save_button.clicked.connect(self.save_current_requested.emit)
        self._update_hint()
        self.model.modelReset.connect(self._update_hint)

    def show_keys(self, kwic: QKeySequence, trend: QKeySequence) -> None:
        """The buttons' tooltips name the menu actions' shortcuts (as the platform writes them)."""
        for button, tip, keys in (
            (self.kwic_button, self.tr("Every occurrence in context"), kwic),
            (self.trend_button, self.tr("How often a phrase appears, period by period"), trend),
        ):
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(fill(self.tr("%1 (%2)"), tip, native) if native else tip)

    def _update_hint(self) -> None:
        self.hint.setText(
            ""
            if self.model.rowCount()
            else self.tr(
                "Save a search from the search panel or the concordance; its count follows the library."
            )
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
            (self.tr("Open in Search"), self.open_requested),
            (self.tr("Concordance"), self.kwic_requested),
            (self.tr("Trend"), self.trend_requested),
            (self.tr("Delete…"), self.delete_requested),
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
