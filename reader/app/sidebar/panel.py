"""The sidebar: a tab host with the Issues tree, Search, People and Tags; features add their own tabs.

It builds the views and keeps them in step with the library (``reload``, ``refresh_tags``), and
says what the reader chose through signals: the navigator (``reader.app.navigator``) opens it, the
window connects the issue menu to the library operations.  It never reaches for the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app import icons
from reader.app.background import QueryThread
from reader.app.i18n import translate
from reader.app.layout import fit_tab_labels
from reader.app.people.models import ENTITY_ROLE, EntityListModel
from reader.app.search.panel import SearchPanel
from reader.app.sidebar.models import (
    ARTICLE_ID_ROLE,
    ISSUE_ID_ROLE,
    NODE_KIND_ROLE,
    LibraryTreeModel,
    filter_matches,
)
from reader.app.sidebar.tags import TagsPanel
from reader.app.stages import OnDemand, Stages
from reader.app.theme import kind_label

ENTITY_KINDS_SHOWN = ("person", "place", "organization")
PEOPLE_TAB = 2  # Issues, Search, People, Tags, then the features' tabs


def _column(*widgets: QWidget) -> QWidget:
    """Widgets stacked in a tab page, the last one taking the height."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets[:-1]:
        layout.addWidget(widget)
    layout.addWidget(widgets[-1], 1)
    return page


class Sidebar(QObject, OnDemand):
    article_chosen = Signal(int)  # an article row of the Issues tree became current
    article_activated = Signal(int, object)  # an article chosen elsewhere (search hit, tag), with its query
    entity_chosen = Signal(str, str)  # a row of the People list became current: (kind, text)
    issue_menu_requested = Signal(int, QPoint)  # right click on an issue: its id and the global position

    def __init__(
        self, db: Database, background: QueryThread, parent: QObject, stages: Stages | None = None
    ) -> None:
        """The Issues tab at once; Search, People and Tags as labelled placeholders, each built by
        ``build_search_tab`` … on a later turn (``stages``), or at once when ``stages`` is None."""
        super().__init__(parent)
        self.db, self.background = db, background
        self._stages_for_demand = stages
        self._holders: dict[str, QWidget] = {}  # placeholder pages of tabs not built yet, by name
        self._hit_colour: str | None = None
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every view stays one click away; labels elide if narrow
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.currentChanged.connect(self._placeholder_chosen)
        self._build_issues_tab()
        self.reserve("search", "mdi6.magnify", translate("MainWindow", "Search"))
        self.reserve("people", "mdi6.account-group-outline", translate("MainWindow", "People"))
        self.reserve("tags", "mdi6.tag-multiple-outline", translate("MainWindow", "Tags"))
        if stages is None:
            self.build_search_tab()
            self.build_people_tab()
            self.build_tags_tab()

    def add_tab(self, page: QWidget, icon: str, label: str) -> int:
        index = self.tabs.addTab(page, icons.blank(), label)
        icons.set_tab_icon(self.tabs, index, icon)
        return index

    def reserve(self, name: str, icon: str, label: str, tooltip: str = "") -> None:
        """A tab whose page comes later (``fill``): its label and icon show from the first frame on."""
        holder = QWidget()
        self._holders[name] = holder
        index = self.add_tab(holder, icon, label)
        if tooltip:
            self.tabs.setTabToolTip(index, tooltip)

    def fill(self, name: str, page: QWidget) -> int:
        """Put ``page`` in place of the tab reserved as ``name``; label, icon, tooltip and the current tab
        stay as they were (a placeholder that was current hands over to its page, with ``currentChanged``)."""
        holder = self._holders.pop(name)
        tabs = self.tabs
        index = tabs.indexOf(holder)
        current = tabs.currentIndex() == index
        icon, label, tip = tabs.tabIcon(index), tabs.tabText(index), tabs.tabToolTip(index)
        blocked = tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, page, icon, label)
        tabs.setTabToolTip(index, tip)
        if current:
            tabs.setCurrentIndex(index)
        tabs.blockSignals(blocked)
        holder.deleteLater()
        if current:
            tabs.currentChanged.emit(index)
        return index

    def _placeholder_chosen(self, index: int) -> None:
        """A tab not built yet became current (set by code; a click builds it first): build it next turn."""
        if self.tabs.widget(index) in self._holders.values() and self._stages_for_demand is not None:
            QTimer.singleShot(0, self._stages_for_demand.finish)

    def built(self, name: str) -> bool:
        """True once the tab reserved as ``name`` holds its page."""
        return name not in self._holders

    def compact_tabs(self) -> None:
        """Sidebar views side by side: labels while they fit, icons alone when not; the name on hover."""
        for number in range(self.tabs.count()):
            if not self.tabs.tabToolTip(number):
                self.tabs.setTabToolTip(number, self.tabs.tabText(number))
        fit_tab_labels(self.tabs)

    def _own_turn(self, done: Callable[[Any], None]) -> Callable[[Any], None]:
        """``done`` on a turn of its own while the window is still being built (``Stages.own_turn``)."""
        stages = self._stages_for_demand
        if stages is None:
            return done
        return lambda rows: stages.own_turn("tree issues", lambda: done(rows))

    def _build_issues_tab(self) -> None:
        # the first page of issues comes from the reader thread (≈ 30 ms at 500k articles)
        self.tree_model = LibraryTreeModel(
            self.db,
            self,
            ask=lambda query, done: self.background.ask("tree-issues", query, self._own_turn(done)),
        )
        self.tree = QTreeView()
        self._paint_later = QTimer(self, singleShot=True, interval=0)  # ``put_rows``: the next pass
        self._paint_later.timeout.connect(self._paint_tree)
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        placeholder = translate("MainWindow", "Filter by title")
        self.filter_box = QLineEdit(objectName="filterBox", placeholderText=placeholder)
        self.filter_box.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self._filter_in_background)
        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self._open_years: set[tuple[str, str]] = set()  # (publication, year) the reader unfolded
        self.tree.expanded.connect(lambda index: self._year_folded(index, True))
        self.tree.collapsed.connect(lambda index: self._year_folded(index, False))
        self.tree_model.modelReset.connect(self.expand_after_filter)
        self.expand_after_filter()
        page = _column(self.filter_box, self.tree)
        self.add_tab(page, "mdi6.newspaper-variant-multiple-outline", translate("MainWindow", "Issues"))

    def build_search_tab(self) -> None:
        search = SearchPanel(self.db, background=self.background)
        search.article_activated.connect(
            lambda article_id, query: self.article_activated.emit(article_id, query)
        )
        if self._hit_colour is not None:
            search.model.hit_colour = self._hit_colour
        self.fill("search", search)
        self.search = search

    def set_hit_colour(self, colour: str) -> None:
        """Search hits in the results list take the theme's colour (now, or when the tab is built)."""
        self._hit_colour = colour
        if self.built("search"):
            self.search.model.hit_colour = colour
            self.search.results.viewport().update()

    def build_tags_tab(self) -> None:
        tags_panel = TagsPanel(self.db)
        tags_panel.article_activated.connect(lambda article_id: self.article_activated.emit(article_id, None))
        self.fill("tags", tags_panel)
        self.tags_panel = tags_panel

    def build_people_tab(self) -> None:
        self.entity_kind = QComboBox()
        for kind in ENTITY_KINDS_SHOWN:
            self.entity_kind.addItem(kind_label(kind), kind)
        self.entity_filter = QLineEdit(placeholderText=translate("MainWindow", "Filter names"))
        self.entity_filter.setClearButtonEnabled(True)
        self.entity_model = EntityListModel(self.db, "person", self, background=self.background)
        self.entity_view = view = QTableView()
        view.setModel(self.entity_model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(self._entity_current)
        self.entity_kind.currentIndexChanged.connect(
            lambda _i: self.entity_model.set_kind(self.entity_kind.currentData())
        )
        self.entity_filter.textChanged.connect(self.entity_model.set_filter)
        self.fill("people", _column(self.entity_kind, self.entity_filter, view))

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_chosen.emit(int(article_id))

    def _tree_menu(self, pos: QPoint) -> None:
        issue_id = self.tree.indexAt(pos).data(ISSUE_ID_ROLE)
        if issue_id is not None:
            self.issue_menu_requested.emit(int(issue_id), self.tree.viewport().mapToGlobal(pos))

    def _entity_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entity = current.data(ENTITY_ROLE)
        if entity is not None:
            self.entity_chosen.emit(*entity)

    def _filter_in_background(self) -> None:
        text = self.filter_box.text()
        self.background.ask(
            "filter", lambda db: filter_matches(db, text), lambda rows: self.tree_model.set_filter(text, rows)
        )

    def _year_folded(self, index: QModelIndex, unfolded: bool) -> None:
        """Remember which years the reader keeps open: a reload (import, removal) or a cleared filter
        rebuilds the tree, and the years open before open again."""
        if index.data(NODE_KIND_ROLE) != "year" or self.tree_model.filter_text:
            return
        key = self.tree_model.year_of(index)
        if unfolded:
            self._open_years.add(key)
        else:
            self._open_years.discard(key)

    def expand_after_filter(self) -> None:
        """After a reset: every publication unfolded (a filter's tree: every row), and the years the
        reader had open (each reads its first page of issues here)."""
        if self.tree_model.filter_text:
            self.tree.expandAll()
            return
        for row in range(self.tree_model.rowCount()):
            self.tree.expand(self.tree_model.index(row, 0))
        for key in sorted(self._open_years):
            index = self.tree_model.year_index(*key)
            if index.isValid():
                self.tree.expand(index)

    def chosen_issue(self) -> int | None:
        """The issue of the tree's current row, if it has one."""
        issue_id = self.tree.currentIndex().data(ISSUE_ID_ROLE)
        return int(issue_id) if issue_id is not None else None

    def put_rows(self, put: Callable[[], None]) -> None:
        """Put rows in the tree (``put``) and lay them out now; paint them on the next turn.

        Why: 4,000 issue rows down to an article deep in its publication take ≈ 90 M instructions to
        lay out (Qt asks the model about every row) and their paint ≈ 35 M more; one after the other
        in the same pass of the event loop they were one block of the GUI thread (issue 14).  The
        tree's updates are off for this turn, so its paint waits for the next.
        """
        tree = self.tree
        tree.setUpdatesEnabled(False)
        try:
            put()
            self._unfold_to(self.tree_model.take_revealed())
            tree.executeDelayedItemsLayout()
        finally:
            self._paint_later.start()  # a timer (a 0 ms ``singleShot`` is a posted call: this same pass)

    def _unfold_to(self, index: QModelIndex) -> None:
        """Unfold the rows above ``index`` now, without reading more of them: its year's issues down to
        it were just put in, and unfolded on the scroll's turn they were laid out there, with the
        scroll and the paint (a 200 ms block at 500k; ``show_in_tree`` finds them unfolded)."""
        parents = []
        parent = index.parent()
        while parent.isValid():
            parents.append(parent)
            parent = parent.parent()
        with self.tree_model.quiet():  # a year unfolded would read its next page of issues here
            for row in reversed(parents):
                self.tree.expand(row)

    def _paint_tree(self) -> None:
        self.tree.setUpdatesEnabled(True)  # and a paint with it

    def show_in_tree(self, index: QModelIndex) -> None:
        """Make ``index`` the tree's current row, unfolded and in view, without opening it again."""
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        self.tree.setCurrentIndex(index)
        selection.blockSignals(False)
        self.tree.viewport().update()
        self.tree.scrollTo(index)

    def select_entity(self, kind: str, text: str) -> None:
        """Show the People tab on ``kind`` with ``text`` selected (if listed), without reopening it."""
        self.tabs.setCurrentIndex(PEOPLE_TAB)
        for number in range(self.entity_kind.count()):
            if self.entity_kind.itemData(number) == kind:
                self.entity_kind.setCurrentIndex(number)
        if self.entity_model.kind != kind:
            self.entity_model.set_kind(kind)
        row = self.entity_model.row_of(text)
        if row >= 0:
            self.entity_view.selectionModel().blockSignals(True)
            self.entity_view.selectRow(row)
            self.entity_view.selectionModel().blockSignals(False)
            self.entity_view.scrollTo(self.entity_model.index(row, 0))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.box.setFocus()
        self.search.box.selectAll()

    def reload(self) -> None:
        """The library changed (import, removal, merge): every view reads it afresh."""
        self.tree_model.reload()
        self.expand_after_filter()
        self.entity_model.reload()
        self.tags_panel.reload()
        self.search.refresh_sections()

    def refresh_tags(self) -> None:
        """Call after tagging, recolouring, renaming or merging tags: dots and the Tags view follow."""
        self.tree_model.refresh_tags()
        self.tags_panel.reload()
        self.search.refresh_tags()
