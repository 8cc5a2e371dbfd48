"""The main window: a shell that builds the parts and wires them together.

The parts are controllers that get narrow interfaces, not the window: the sidebar is a tab host
(``sidebar.panel``), the navigator knows where the reader is (``navigator``), the library
controller imports and refreshes (``library``), corrections and tagging follow the mentions
(``tagging``), the session remembers the window (``session``).  Features live in their own
modules: notes (``notes.feature``), research, careers, panels and reading mode (``layout``),
removing and merging issues (``library_ops``), back/forward (``history``), actions, menus and
toolbars (``menus``).  Reads go through the GUI thread's connection with short store queries,
writes go to the single worker.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app import about, icons, menus
from reader.app.appearance import Appearance
from reader.app.background import QueryThread
from reader.app.careers import feature as careers_feature
from reader.app.careers.feature import CareersFeature
from reader.app.error_dialog import report_failure
from reader.app.importing import sample_issue_ids
from reader.app.keyboard import KeyboardNav
from reader.app.layout import PanelLayout
from reader.app.library import AfterImport, LibraryController
from reader.app.library_ops import LibraryOps
from reader.app.library_state import LibraryState
from reader.app.navigator import Navigator
from reader.app.notes.feature import NotesFeature
from reader.app.people.detail import EntityDetail
from reader.app.people.models import EntityListModel
from reader.app.reading.pane import ReadingPane
from reader.app.research import feature as research_feature
from reader.app.research.feature import ResearchFeature
from reader.app.search.panel import SearchPanel
from reader.app.session import Session
from reader.app.settings import Settings
from reader.app.sidebar.panel import Sidebar
from reader.app.sidebar.tags import TagsPanel
from reader.app.stages import OnDemand, Stages
from reader.app.tagging import Corrections, TaggingController
from reader.app.theme import Palette, use_fusion
from reader.app.window_parts import LaterParts
from reader.app.workers import LibraryWorker
from reader.resources import sample_library
from reader.store import articles as store_articles
from reader.store import entities as store_entities


class MainWindow(QMainWindow, OnDemand, LaterParts):
    relaunch_requested = Signal()  # the language changed: reopen the window (reader.app.main does)

    def __init__(
        self, db: Database, db_path: Path, settings: Settings, *, first_run_import: bool = True
    ) -> None:
        """The first frame (frame, toolbars, menu titles, sidebar tabs, Issues tree, reading pane) now; the
        rest in stages (``reader.app.stages``), a turn each after its paint, or at once when asked for."""
        super().__init__()
        self.db, self.settings = db, settings
        use_fusion(QApplication.instance(), settings.theme())  # type: ignore[arg-type]  # before the widgets
        self.stages = self._stages_for_demand = Stages(self)
        icons.defer()  # the icon font is loaded in the first stage, not in the first frame
        self.setAcceptDrops(True)
        self.worker = LibraryWorker(db_path, self)
        self.worker.on_unhandled = self._job_failed
        self.state = LibraryState(db, self.worker)  # what belongs to this library, not to the user
        self.background = QueryThread(db_path, self)  # slow reads (search, title filter) off this thread
        self.background.on_error = self._job_failed
        for jobs in (self.worker, self.background):
            jobs.hold()  # until the "jobs" stage: no other thread's Python while the first frame is built
        self.sidebar = sidebar = Sidebar(db, self.background, self, self.stages)  # Issues now, then Search …
        self.tabs, self.tree, self.tree_model, self.filter_box = (
            sidebar.tabs, sidebar.tree, sidebar.tree_model, sidebar.filter_box,
        )  # fmt: skip
        self._build_centre()
        self.navigator = nav = Navigator(
            db, self.pane, self.centre, self.detail, sidebar, self.state, self.worker,
            frame=self, palette=lambda: self.palette_,
        )  # fmt: skip
        self.history, self.open_article, self.step, self.go = nav.history, nav.open_article, nav.step, nav.go
        self.go_back, self.go_forward, self.show_entity = nav.go_back, nav.go_forward, nav.show_entity
        self.chosen_issue, self.update_title = nav.chosen_issue, nav.update_title
        nav.own_turn = self.stages.own_turn  # the tree's rows to a reopened article: not in a stage's turn
        self.pane.view.entity_clicked.connect(nav.show_entity)
        menus.build_actions(self)
        self.appearance = Appearance(self)  # theme, highlighted kinds and legend, text size
        self.theme_actions, self.kind_actions = self.appearance.theme_actions, self.appearance.kind_actions
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 880])  # room for the sidebar's five labelled tabs and typical titles
        self.setCentralWidget(self.splitter)
        self.statusBar()
        self._build_first_frame()
        self.session = Session(self, self.splitter, self.pane, settings, self.state)
        self.sidebar.compact_tabs()
        self.set_theme(settings.theme(), save=False)
        self.pane.set_font_size(settings.font_size())
        self.session.restore(self.open_article)
        self.update_title()
        self._first_run_import = first_run_import
        self._add_stages()
        self._early_input: EarlyInput | None = None

    def _add_stages(self) -> None:
        """What the first frame does not show, one stage per event-loop turn after it, in this order."""
        for name, build in (
            ("article", self.pane.release),  # the article opened so far, held out of the first frame
            ("notes", self.notes.panel.build),  # its tags, highlights and editor (empty till then)
            ("jobs", partial(release, self.worker, self.background)),  # what was asked of them, kept back
            ("icons", self._load_icons),
            ("search", self.sidebar.build_search_tab),
            ("people", self.sidebar.build_people_tab),
            ("tags", self._build_tags),
            ("research", self._build_research),
            ("library", self._build_library),
            ("keys", self._build_keys),
            ("careers", self._build_careers),
            ("menus", lambda: menus.fill_menus(self, self.app_menus)),
            ("resume", self._resume),
        ):
            self.stages.add(name, build)

    def _build_centre(self) -> None:
        """The reading column (legend over the pane) and the entity page, stacked."""
        self.pane = ReadingPane()
        self.pane.hold()  # the first frame shows the pane empty; the "article" stage renders it
        self.pane.view.article_count_of = lambda kind, text: len(
            store_entities.entity_articles(self.db, kind, text)
        )
        self.legend = QLabel(objectName="legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        reading = QWidget()
        layout = QVBoxLayout(reading)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.pane, 1)
        self.detail = EntityDetail(self.db)
        self.centre = QStackedWidget()
        self.centre.addWidget(reading)
        self.centre.addWidget(self.detail)

    def _build_first_frame(self) -> None:
        """Notes (the panel's place: its widgets in a stage), Research's and Posts' tabs, toolbars, menus."""
        self.notes = NotesFeature(self)  # highlights, notes panel, Notes tab, export, undo
        self.sidebar.reserve("research", *research_feature.tab())
        self.sidebar.reserve("posts", *careers_feature.tab())
        self.toolbars = menus.build_toolbars(self)
        self.panels = PanelLayout(
            self, self.splitter, self.tabs, self.notes.splitter, self.notes.panel, self.pane,
            [*self.toolbars, self.legend, self.statusBar()], self.settings,
        )  # fmt: skip
        self.app_menus = menus.build_menu_bar(self)  # titles now, entries in the "menus" stage

    # the stages, in order (each may use what the ones before it built)
    def _load_icons(self) -> None:
        icons.load_deferred()  # toolbars, tabs, the notes panel
        self.tree.viewport().update()  # the tree's rows ask for their icons when painted

    def _build_tags(self) -> None:
        self.sidebar.build_tags_tab()
        self.sidebar.tags_panel.attach(self.notes.controller)  # rename/merge/recolour/delete tags, undoable

    def _build_research(self) -> None:
        self.research = ResearchFeature(self)  # concordance, trend chart, saved searches (Research tab)

    def _build_library(self) -> None:
        """Tagging, corrections, library operations and the library controller (imports)."""
        self.tagging = TaggingController(self, self.worker, lambda: self.corrections.after_tagging())
        stack = self.notes.controller.stack
        self.library_ops = ops = LibraryOps(self, stack, self.notes.controller, self)
        ops.act_remove_issue.triggered.connect(lambda: ops.remove_issue(self.chosen_issue()))
        ops.act_remove_samples.triggered.connect(lambda: ops.remove_samples(sample_issue_ids(self.db)))
        self.act_remove_samples = ops.act_remove_samples
        self.sidebar.issue_menu_requested.connect(lambda issue_id, at: ops.issue_menu(issue_id).popup(at))
        self.corrections = Corrections(
            self.worker, self.tagging, self.navigator, self.sidebar.entity_model.reload, stack.clear,
            self.show_status,
        )  # fmt: skip
        self.apply_correction = self.corrections.apply
        self.pane.view.correction_requested.connect(self.corrections.apply)
        after = AfterImport(stack.clear, self.tagging.start, ops.offer_versions, self.show_status)
        self.library = LibraryController(
            self, self.worker, self.navigator, [self.sidebar.reload, self.notes.refresh], after
        )
        self.importer, self.import_paths, self.refresh_library = (
            self.library.importer, self.library.import_paths, self.library.refresh,
        )  # fmt: skip
        self.refresh_tags = self.sidebar.refresh_tags

    def _build_keys(self) -> None:
        self.keys = KeyboardNav(self)  # caret browsing, regions (F6), the shortcuts sheet, preferences
        self.act_caret, self.act_next_region, self.act_prev_region = (
            self.keys.act_caret, self.keys.act_next_region, self.keys.act_prev_region,
        )  # fmt: skip
        self.act_shortcuts, self.act_preferences = self.keys.act_shortcuts, self.keys.act_preferences

    def _build_careers(self) -> None:
        self.careers = CareersFeature(self)  # Posts tab, career timeline, "also in" bar, version diff

    def _resume(self) -> None:
        """The first run's sample import, and tagging an earlier session left unfinished."""
        db, state = self.db, self.state
        if self._first_run_import and store_articles.article_count(db) == 0 and not state.samples_offered():
            state.mark_samples_offered()
            self.show_status(self.tr("First run: importing the sample bulletins…"))
            self.importer.start([sample_library()], quiet=True)
        self.tagging.resume(db)  # articles an earlier session left untagged

    # aliases of the sidebar's parts, built in their stages
    @property
    def search(self) -> SearchPanel:
        return self.sidebar.search

    @property
    def tags_panel(self) -> TagsPanel:
        return self.sidebar.tags_panel

    @property
    def entity_model(self) -> EntityListModel:
        return self.sidebar.entity_model

    @property
    def entity_view(self) -> QTableView:
        return self.sidebar.entity_view

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._early_input is None and not self.stages.done:
            self._early_input = EarlyInput(self.stages, self)  # a key or a click now builds what is left
            self.pane.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The reading pane's first paint: the first frame is on screen, the stages take the turns after."""
        if event.type() == QEvent.Type.Paint and watched is self.pane.view.viewport():
            watched.removeEventFilter(self)
            self.stages.start()
        return False

    @property
    def current_id(self) -> int | None:
        """The open article (the navigator's)."""
        return self.navigator.current_id

    @property
    def palette_(self) -> Palette:
        return self.appearance.palette

    def set_theme(self, name: str, save: bool = True) -> None:
        self.appearance.set_theme(name, save)

    def zoom(self, step: int) -> None:
        self.appearance.zoom(step)

    def show_status(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)

    def toggle_read(self) -> None:
        self.navigator.toggle_read(self.notes.controller.stack, self.notes.controller)

    def focus_search(self) -> None:
        self.panels.act_sidebar.setChecked(True)
        self.sidebar.focus_search()

    def show_annotation(self, uid: str) -> bool:
        """Open the article of highlight ``uid`` and scroll to it (``bulletin-reader://`` links call this)."""
        return self.notes.show_annotation(uid)

    def show_about(self) -> None:
        about.show_about(self)

    def _job_failed(self, error: BaseException, trace: str) -> None:
        report_failure(self, error, trace)

    def save_settings(self) -> None:
        self.panels.set_reading_mode(False)  # toolbars are saved shown: reading mode is not a layout
        self.session.save(self.current_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stages.stop()  # a window closed early builds nothing more by itself
        if "icons" in self.stages.pending:
            icons.drop_deferred()
        if self._early_input is not None:
            self._early_input.remove()
        self.save_settings()
        self.background.shutdown()
        self.worker.shutdown()
        if "tagging" in self.__dict__:  # a window closed before its last stages never started one
            self.tagging.close()  # the recogniser's process, once no job can use it
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.library.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.library.drop(event)


def release(*jobs: LibraryWorker | QueryThread) -> None:
    """Let the job threads run what was asked of them while the first frame was built."""
    for thread in jobs:
        thread.release()


class EarlyInput(QObject):
    """While stages are left, a key press or a click anywhere in the app first builds them all, so the
    shortcut, menu or tab the user reached for exists and does its job (Qt looks shortcuts up after
    the focus widget's ``ShortcutOverride``, which this sees first)."""

    EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress)

    def __init__(self, stages: Stages, parent: QObject) -> None:
        super().__init__(parent)
        self.stages = stages
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("stages are built inside a running QApplication")
        self.app = app
        self.app.installEventFilter(self)
        stages.finished.connect(self.remove)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS and not self.stages.done:
            self.stages.finish()
        return False

    def remove(self) -> None:
        self.app.removeEventFilter(self)
