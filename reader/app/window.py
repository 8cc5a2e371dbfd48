"""The main window: sidebar tabs (issues, search, people, tags, notes) beside the reading pane.

The window only wires parts together: reads go through the GUI thread's connection with
short store queries, writes go to the single worker.  Features live in their own modules
and get what they need: notes (``notes.feature``), panels and reading mode (``layout``),
removing and merging issues (``library_ops``), importing (``importing``), back/forward
(``history``), menus and toolbars (``menus``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app import about, menus, undo
from reader.app.appearance import Appearance
from reader.app.background import QueryThread
from reader.app.careers.feature import CareersFeature
from reader.app.error_dialog import show_error
from reader.app.history import ArticlePlace, EntityPlace, History
from reader.app.i18n.reasons import translate_reason
from reader.app.importing import ImportController, ImportResult, counts_text, sample_issue_ids
from reader.app.keyboard import KeyboardNav
from reader.app.layout import PanelLayout, first_geometry
from reader.app.library_ops import LibraryOps
from reader.app.library_state import LibraryState
from reader.app.notes.feature import NotesFeature
from reader.app.people.detail import EntityDetail
from reader.app.people.models import ENTITY_ROLE, EntityListModel
from reader.app.reading.pane import ReadingPane
from reader.app.research.feature import ResearchFeature
from reader.app.search.panel import SearchPanel
from reader.app.settings import Settings
from reader.app.sidebar.models import ARTICLE_ID_ROLE, ISSUE_ID_ROLE, LibraryTreeModel, filter_matches
from reader.app.sidebar.tags import TagsPanel
from reader.app.tagging import TaggingController
from reader.app.theme import Palette, kind_label
from reader.app.workers import LibraryWorker, correction_job
from reader.errors import NotFoundError, ReaderError
from reader.resources import sample_library
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import search as store_search

TREE_PAGES_NOW = 0  # pages of issues the tree may reveal at once to show the open article (else later)

ENTITY_KINDS_SHOWN = ("person", "place", "organization")


class MainWindow(QMainWindow):
    relaunch_requested = Signal()  # the language changed: reopen the window (reader.app.main does)

    def __init__(
        self, db: Database, db_path: Path, settings: Settings, *, first_run_import: bool = True
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.setAcceptDrops(True)
        self.worker = LibraryWorker(db_path, self)
        self.worker.on_unhandled = self._job_failed
        self.state = LibraryState(db, self.worker)  # what belongs to this library, not to the user
        self.background = QueryThread(db_path, self)  # slow reads (search, title filter) off this thread
        self.background.on_error = self._job_failed
        self.importer = ImportController(self, self.worker, self._after_import)
        self.tagging = TaggingController(self, self.worker, self._after_tagging)  # entities, in background
        self.history = History()
        self.current_id: int | None = None
        self._build_sidebar()
        self._build_centre()
        self._build_actions()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 880])  # room for the sidebar's five labelled tabs and typical titles
        self.setCentralWidget(self.splitter)
        self.statusBar()
        self.notes = NotesFeature(self)  # highlights, notes panel, Notes tab, export, undo
        self.research = ResearchFeature(self)  # concordance, trend chart, saved searches (Research tab)
        self.tags_panel.attach(self.notes.controller)  # rename/merge/recolour/delete tags, undoable
        self.library_ops = LibraryOps(self, self.notes.controller.stack, self.notes.controller, self)
        self.library_ops.act_remove_issue.triggered.connect(
            lambda: self.library_ops.remove_issue(self.chosen_issue())
        )
        self.library_ops.act_remove_samples.triggered.connect(
            lambda: self.library_ops.remove_samples(sample_issue_ids(self.db))
        )
        self.act_remove_samples = self.library_ops.act_remove_samples
        self.keys = KeyboardNav(self)  # caret browsing, regions (F6), the shortcuts sheet, preferences
        self.act_caret, self.act_next_region, self.act_prev_region = (
            self.keys.act_caret, self.keys.act_next_region, self.keys.act_prev_region,
        )  # fmt: skip
        self.act_shortcuts, self.act_preferences = self.keys.act_shortcuts, self.keys.act_preferences
        self.toolbars = menus.build_toolbars(self)
        self.panels = PanelLayout(
            self, self.splitter, self.tabs, self.notes.splitter, self.notes.panel, self.pane,
            [*self.toolbars, self.legend, self.statusBar()], settings,
        )  # fmt: skip
        self.app_menus = menus.build_menus(self)
        self.careers = CareersFeature(self)  # Posts tab, career timeline, "also in" bar, version diff
        self._compact_tabs()
        self.set_theme(settings.theme(), save=False)
        self.pane.set_font_size(settings.font_size())
        self._restore()
        self.update_title()
        if first_run_import and store_articles.article_count(db) == 0 and not self.state.samples_offered():
            self.state.mark_samples_offered()
            self.show_status(self.tr("First run: importing the sample bulletins…"))
            self.importer.start([sample_library()], quiet=True)
        self.tagging.resume(self.db)  # articles an earlier session left untagged

    # construction
    def _compact_tabs(self) -> None:
        """Five sidebar views side by side: labels while they fit, icons alone when not; the name on hover."""
        for number in range(self.tabs.count()):
            if not self.tabs.tabToolTip(number):
                self.tabs.setTabToolTip(number, self.tabs.tabText(number))

    def _build_sidebar(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every view stays one click away; labels elide if narrow
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self._build_issues_tab()
        self._build_search_tab()
        self._build_people_tab()
        self.tags_panel = TagsPanel(self.db)
        self.tags_panel.article_activated.connect(self.open_article)
        self.tabs.addTab(self.tags_panel, qta.icon("mdi6.tag-multiple-outline"), self.tr("Tags"))

    def _build_issues_tab(self) -> None:
        self.tree_model = LibraryTreeModel(self.db, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.filter_box = QLineEdit(objectName="filterBox", placeholderText=self.tr("Filter by title"))
        self.filter_box.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self._filter_in_background)
        self.filter_box.textChanged.connect(lambda _text: self._filter_timer.start())
        self.tree_model.modelReset.connect(self._expand_after_filter)
        self._expand_after_filter()
        issues = QWidget()
        layout = QVBoxLayout(issues)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        self.tabs.addTab(issues, qta.icon("mdi6.newspaper-variant-multiple-outline"), self.tr("Issues"))

    def _build_search_tab(self) -> None:
        self.search = SearchPanel(self.db)
        self.search.background = self.background
        self.search.article_activated.connect(
            lambda article_id, query: self.open_article(article_id, query=query)
        )
        self.tabs.addTab(self.search, qta.icon("mdi6.magnify"), self.tr("Search"))

    def _build_people_tab(self) -> None:
        self.entity_kind = QComboBox()
        for kind in ENTITY_KINDS_SHOWN:
            self.entity_kind.addItem(kind_label(kind), kind)
        self.entity_filter = QLineEdit(placeholderText=self.tr("Filter names"))
        self.entity_filter.setClearButtonEnabled(True)
        self.entity_model = EntityListModel(self.db, "person", self)
        self.entity_view = QTableView()
        self.entity_view.setModel(self.entity_model)
        self.entity_view.verticalHeader().hide()
        self.entity_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.entity_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.entity_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.entity_view.horizontalHeader().setStretchLastSection(True)
        self.entity_view.selectionModel().currentRowChanged.connect(self._entity_current)
        self.entity_kind.currentIndexChanged.connect(
            lambda _i: self.entity_model.set_kind(self.entity_kind.currentData())
        )
        self.entity_filter.textChanged.connect(self.entity_model.set_filter)
        people = QWidget()
        layout = QVBoxLayout(people)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.entity_kind)
        layout.addWidget(self.entity_filter)
        layout.addWidget(self.entity_view, 1)
        self.tabs.addTab(people, qta.icon("mdi6.account-group-outline"), self.tr("People"))

    def _build_centre(self) -> None:
        self.pane = ReadingPane()
        self.pane.view.article_count_of = lambda kind, text: len(
            store_entities.entity_articles(self.db, kind, text)
        )
        self.pane.view.entity_clicked.connect(self.show_entity)
        self.pane.view.correction_requested.connect(self.apply_correction)
        self.legend = QLabel(objectName="legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        reading = QWidget()
        layout = QVBoxLayout(reading)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.pane, 1)
        self.detail = EntityDetail(self.db)
        self.detail.article_activated.connect(self.open_article)
        self.centre = QStackedWidget()
        self.centre.addWidget(reading)
        self.centre.addWidget(self.detail)

    def _action(self, text: str, icon: str | None, shortcuts: list[str] | str | None, slot: Any) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(qta.icon(icon))
        if shortcuts:
            keys = [shortcuts] if isinstance(shortcuts, str) else shortcuts
            action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_import = a(self.tr("Import Files…"), "mdi6.file-import-outline", "Ctrl+O", self.choose_files)
        self.act_import_folder = a(
            self.tr("Import Folder…"), "mdi6.folder-download-outline", "Ctrl+Shift+O", self.choose_folder
        )
        self.act_quit = a(self.tr("Quit"), None, "Ctrl+Q", self.close)
        self.act_back = a(self.tr("Back"), "mdi6.arrow-left", "Alt+Left", lambda: self.go(-1))
        self.act_forward = a(self.tr("Forward"), "mdi6.arrow-right", "Alt+Right", lambda: self.go(1))
        self.act_next = a(
            self.tr("Next Article"), "mdi6.chevron-down", ["J", "Alt+Down"], lambda: self.step(1)
        )
        self.act_prev = a(
            self.tr("Previous Article"), "mdi6.chevron-up", ["K", "Alt+Up"], lambda: self.step(-1)
        )
        self.act_read = a(self.tr("Mark Read / Unread"), "mdi6.email-open-outline", "M", self.toggle_read)
        self.act_bigger = a(
            self.tr("Larger Text"),
            "mdi6.format-font-size-increase",
            ["Ctrl+=", "Ctrl++"],
            lambda: self.zoom(1),
        )
        self.act_smaller = a(
            self.tr("Smaller Text"), "mdi6.format-font-size-decrease", "Ctrl+-", lambda: self.zoom(-1)
        )
        self.act_reset = a(self.tr("Default Text Size"), None, "Ctrl+0", lambda: self.zoom(0))
        self.act_search = a(self.tr("Search Library"), "mdi6.magnify", "Ctrl+K", self.focus_search)
        self.act_find = a(self.tr("Find in Article"), "mdi6.text-search", "Ctrl+F", self.pane.find_bar.open)
        self.act_about = a(
            self.tr("About Bulletin Reader"), "mdi6.information-outline", None, self.show_about
        )
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.appearance = Appearance(self)  # theme, highlighted kinds and legend, text size
        self.theme_actions, self.kind_actions = self.appearance.theme_actions, self.appearance.kind_actions

    # settings
    def _restore(self) -> None:
        available = self.screen().availableGeometry()
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry) or not available.contains(self.geometry()):
            self.setGeometry(first_geometry(available))  # the first window (or a screen that shrank)
        if state := self.settings.window_state():
            self.restoreState(state)
        if sizes := self.settings.splitter_sizes():
            self.splitter.setSizes(sizes)
        last, scroll = self.state.last_article()
        if last is not None:
            try:
                self.open_article(last)
            except NotFoundError:
                return
            self._pending_scroll = scroll
            QTimer.singleShot(0, lambda: self.pane.scroll_to(self._pending_scroll))

    def save_settings(self) -> None:
        self.panels.set_reading_mode(False)  # toolbars are saved shown: reading mode is not a layout
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_sizes(self.splitter.sizes())
        self.state.remember(self.current_id, self.pane.view.verticalScrollBar().value())
        self.settings.set_font_size(self.pane.font_size)
        self.settings.set_entity_kinds(self.pane.enabled_kinds)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.background.shutdown()
        self.worker.shutdown()
        self.tagging.close()  # the recogniser's process, once no job can use it
        super().closeEvent(event)

    # appearance
    @property
    def palette_(self) -> Palette:
        return self.appearance.palette

    def set_theme(self, name: str, save: bool = True) -> None:
        self.appearance.set_theme(name, save)

    def zoom(self, step: int) -> None:
        self.appearance.zoom(step)

    def update_title(self) -> None:
        """The open article's title; Qt adds the application's name (“— Bulletin Reader”)."""
        article = self.pane.view.article
        self.setWindowTitle(
            article["title"] if article is not None and self.centre.currentIndex() == 0 else ""
        )

    def show_status(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)

    # reading
    def open_article(self, article_id: int, *, query: str | None = None, record: bool = True) -> None:
        article = store_articles.get_article(self.db, article_id)
        mentions = store_entities.list_mentions(self.db, article_id)
        hits = {}
        if query:
            hits = {
                f: store_search.hit_spans(
                    article.get(f) or "", query, variants=self.search.model.query.variants
                )
                for f in ("kicker", "title", "subtitle", "text")
            }
        self.pane.show_article(article, mentions, hits)
        self.centre.setCurrentIndex(0)
        self.current_id = article_id
        self.update_title()
        if record:
            self.history.visit(ArticlePlace(article_id))
        self._select_in_tree(article_id, article["issue_id"])
        if article.get("read_at") is None:
            self._set_read(article_id, True)
        self.state.remember(article_id)

    def _select_in_tree(self, article_id: int, issue_id: int) -> None:
        index = self.tree_model.index_for_article(article_id, issue_id, pages=TREE_PAGES_NOW)
        if not index.isValid():  # deep in a long publication: the tree catches up without blocking
            self.tree_model.reveal_later(
                article_id, issue_id, lambda found: self._show_in_tree(found, article_id)
            )
            return
        self._show_in_tree(index, article_id)

    def _show_in_tree(self, index: QModelIndex, article_id: int) -> None:
        if not index.isValid() or article_id != self.current_id:
            return
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

    def _tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(ARTICLE_ID_ROLE)
        if article_id is not None and article_id != self.current_id:
            self.open_article(int(article_id))

    def chosen_issue(self) -> int | None:
        """The issue of the tree's current row, else of the open article (what "Remove Issue…" acts on)."""
        issue_id = self.tree.currentIndex().data(ISSUE_ID_ROLE)
        if issue_id is not None:
            return int(issue_id)
        article = self.pane.view.article
        return int(article["issue_id"]) if article is not None else None

    def _tree_menu(self, pos: QPoint) -> None:
        issue_id = self.tree.indexAt(pos).data(ISSUE_ID_ROLE)
        if issue_id is not None:
            self.library_ops.issue_menu(int(issue_id)).popup(self.tree.viewport().mapToGlobal(pos))

    def _filter_in_background(self) -> None:
        text = self.filter_box.text()
        self.background.ask(
            "filter", lambda db: filter_matches(db, text), lambda rows: self.tree_model.set_filter(text, rows)
        )

    def _expand_after_filter(self) -> None:
        if self.tree_model.filter_text:
            self.tree.expandAll()
        else:
            for row in range(self.tree_model.rowCount()):
                self.tree.expand(self.tree_model.index(row, 0))

    def _set_read(self, article_id: int, read: bool) -> None:
        self.tree_model.set_read(article_id, read)
        self.worker.submit(lambda db: store_articles.set_read(db, article_id, read))

    def toggle_read(self) -> None:
        """M: one undo step (Ctrl+Z right after must take back this, not an older highlight)."""
        if self.current_id is None:
            return
        article_id = self.current_id
        read = store_articles.get_article(self.db, article_id).get("read_at") is None
        self.notes.controller.stack.submit(
            undo.SetRead(
                self.notes.controller, article_id, read, lambda on: self.tree_model.set_read(article_id, on)
            )
        )
        self.show_status(self.tr("Marked read") if read else self.tr("Marked unread"), 3000)

    def step(self, direction: int) -> None:
        """Next or previous article in reading order, crossing into the neighbouring issue."""
        if self.current_id is None:
            first = self.tree_model.first_article()
            if first is not None:
                self.open_article(first)
            return
        article = store_articles.get_article(self.db, self.current_id)
        rows = store_articles.article_summaries(self.db, issue_id=article["issue_id"])
        ids = [row["id"] for row in rows]
        position = ids.index(self.current_id) + direction
        if 0 <= position < len(ids):
            self.open_article(ids[position])
            return
        neighbour = self.tree_model.neighbour_issue(article["issue_id"], direction)
        if neighbour is not None:
            rows = store_articles.article_summaries(self.db, issue_id=neighbour)
            self.open_article(rows[0 if direction > 0 else -1]["id"])

    def go(self, step: int) -> None:
        """Back (−1) or forward (+1) through the articles and entity pages visited."""
        place = self.history.go(step)
        if isinstance(place, ArticlePlace):
            try:
                self.open_article(place.article_id, record=False)
            except NotFoundError:  # its issue was removed meanwhile: skip it
                self.history.forget_article(place.article_id)
                self.go(step)
        elif isinstance(place, EntityPlace):
            self.show_entity(place.kind, place.text, record=False)

    def go_back(self) -> None:
        self.go(-1)

    def go_forward(self) -> None:
        self.go(1)

    def show_annotation(self, uid: str) -> bool:
        """Open the article of highlight ``uid`` and scroll to it (``bulletin-reader://`` links call this)."""
        return self.notes.show_annotation(uid)

    def focus_search(self) -> None:
        self.panels.act_sidebar.setChecked(True)
        self.tabs.setCurrentWidget(self.search)
        self.search.box.setFocus()
        self.search.box.selectAll()

    # entities
    def show_entity(self, kind: str, text: str, *, record: bool = True) -> None:
        """Open an entity's page, and select it in the People tab's list."""
        if record:
            if self.current_id is not None and self.centre.currentIndex() == 0:
                self.history.visit(ArticlePlace(self.current_id))
            self.history.visit(EntityPlace(kind, text))
        self.tabs.setCurrentIndex(2)
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
        self.detail.show_entity(kind, text, self.palette_)
        self.centre.setCurrentWidget(self.detail)
        self.setWindowTitle(text)

    def _entity_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entity = current.data(ENTITY_ROLE)
        if entity is not None:
            self.show_entity(*entity)

    def apply_correction(self, correction: tuple[str, str, str | None, str, Any]) -> None:
        text, action, kind, scope, occurrence = correction
        self.show_status(self.tr("Applying correction: %1").replace("%1", text))
        self.worker.submit(
            correction_job(text, action, kind, scope, occurrence, self.tagging.recogniser),
            self._corrected,
            self._job_failed,
        )

    def _corrected(self, article_ids: Any) -> None:
        if self.current_id is not None and self.current_id in article_ids:
            article = self.pane.view.article
            self.pane.view.mentions = store_entities.list_mentions(self.db, self.current_id)
            self.pane.view.article = article
            self.pane.rerender(keep_scroll=True)
        self.entity_model.reload()
        self.notes.controller.stack.clear()  # a correction is not undoable: Ctrl+Z must not reach past it
        self.show_status(self.tr("Corrected · %n article(s) updated", "", len(article_ids)), 4000)

    def _after_tagging(self) -> None:
        """New mentions are in: the People list and the open article show them."""
        self.entity_model.reload()
        if self.current_id is not None:
            article = self.pane.view.article
            self.pane.view.mentions = store_entities.list_mentions(self.db, self.current_id)
            self.pane.view.article = article
            self.pane.rerender(keep_scroll=True)

    def _job_failed(self, error: BaseException, trace: str) -> None:
        what = (
            translate_reason(str(error))
            if isinstance(error, ReaderError)
            else f"{type(error).__name__}: {error}"
        )
        self.show_status(self.tr("Failed: %1").replace("%1", what), 8000)
        show_error(self, error, trace)

    def show_about(self) -> None:
        about.show_about(self)

    def refresh_tags(self) -> None:
        """Call after tagging, recolouring, renaming or merging tags: dots and the Tags view follow."""
        self.tree_model.refresh_tags()
        self.tags_panel.reload()
        self.search.refresh_tags()

    # import
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Files"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import Folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> int:
        return self.importer.start(paths)

    def _after_import(self, result: ImportResult) -> None:
        report = result.report
        self.refresh_library()
        if report.outcomes and len(report.failed) < len(report.outcomes):
            self.notes.controller.stack.clear()  # an older undo step must not be undone across an import
        self.tagging.start()
        if self.importer.quiet:  # the first-run sample import: say what happened and how to undo it
            self.show_status(
                self.tr(
                    "Imported the sample bulletins (%1) · File ▸ Remove Sample Bulletins takes them out again"
                ).replace("%1", counts_text(report)),
                20000,
            )
        else:
            self.show_status(counts_text(report), 8000)
        if self.current_id is None and self.importer.quiet:
            self.step(1)
        if result.duplicates:
            QTimer.singleShot(0, lambda: self.library_ops.offer_versions(result.duplicates))

    def refresh_library(self) -> None:
        self.tree_model.reload()
        self._expand_after_filter()
        self.entity_model.reload()
        self.tags_panel.reload()
        self.search.refresh_sections()
        self.notes.refresh()
        if self.current_id is not None:
            try:
                self._select_in_tree(
                    self.current_id, store_articles.get_article(self.db, self.current_id)["issue_id"]
                )
            except NotFoundError:
                self.history.forget_article(self.current_id)
                self.current_id = None
                self.pane.show_article(None, [])
                self.update_title()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
