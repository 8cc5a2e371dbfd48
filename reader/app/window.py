"""The main window: sidebar tabs (issues, search, people) beside the reading pane.

The window only wires widgets together: reads go through the GUI thread's
connection with short store queries, writes go to the single worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
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

from reader.app import about
from reader.app.background import QueryThread
from reader.app.careers.feature import CareersFeature
from reader.app.error_dialog import show_error
from reader.app.importing import ImportController, remove_samples_job, sample_issue_ids
from reader.app.notes.feature import NotesFeature
from reader.app.people.detail import EntityDetail
from reader.app.people.models import ENTITY_ROLE, EntityListModel
from reader.app.reading.pane import ReadingPane
from reader.app.search.panel import SearchPanel
from reader.app.settings import FONT_RANGE, Settings
from reader.app.sidebar.models import ARTICLE_ID_ROLE, LibraryTreeModel, filter_matches
from reader.app.sidebar.tags import TagsPanel
from reader.app.theme import DEFAULT_KINDS, ENTITY_KINDS, KIND_LABELS, Palette, apply_theme
from reader.app.workers import LibraryWorker, correction_job
from reader.errors import NotFoundError, ReaderError
from reader.resources import sample_library
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import search as store_search

ENTITY_TABS = (("person", "人物 People"), ("place", "地点 Places"), ("organization", "机构 Organisations"))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, db_path: Path, settings: Settings, *, first_run_import: bool = True
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.setWindowTitle("Bulletin Reader 公报阅读器")
        self.setAcceptDrops(True)
        self.worker = LibraryWorker(db_path, self)
        self.worker.on_unhandled = self._job_failed
        self.background = QueryThread(db_path, self)  # slow reads (search, title filter) off this thread
        self.background.on_error = self._job_failed
        self.importer = ImportController(self, self.worker, self._after_import)
        self.history: list[int] = []
        self.history_pos = -1
        self.current_id: int | None = None
        self.palette_: Palette
        self._build_sidebar()
        self._build_centre()
        self._build_actions()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([410, 870])  # room for the sidebar tabs and typical titles
        self.setCentralWidget(self.splitter)
        self.statusBar()
        self.notes = NotesFeature(self)  # highlights, notes panel, Notes tab, export, undo
        self.tags_panel.attach(self.notes.controller)  # rename/merge/recolour/delete tags, undoable
        self.careers = CareersFeature(self)  # Posts tab, career timeline, "also in" bar, version diff
        self._compact_tabs()
        self.set_theme(settings.theme(), save=False)
        self.pane.set_font_size(settings.font_size())
        self._restore()
        if first_run_import and store_articles.article_count(db) == 0 and not settings.sample_offered():
            settings.set_sample_offered(True)
            self.statusBar().showMessage("首次运行：正在导入示例公报 Importing the sample bulletins…")
            self.importer.start([sample_library()], quiet=True)

    # construction
    def _compact_tabs(self) -> None:
        """Five sidebar views do not fit bilingual labels: show icon + Chinese, the full label on hover."""
        for number in range(self.tabs.count()):
            full = self.tabs.tabText(number)
            self.tabs.setTabToolTip(number, full)
            self.tabs.setTabText(number, full.split(" ", 1)[0])

    def _build_sidebar(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(False)  # every view stays one click away; labels elide if narrow
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tree_model = LibraryTreeModel(self.db, self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._tree_current)
        self.filter_box = QLineEdit(objectName="filterBox", placeholderText="按标题筛选 Filter by title")
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
        self.tabs.addTab(issues, qta.icon("mdi6.newspaper-variant-multiple-outline"), "期刊 Issues")
        self.search = SearchPanel(self.db)
        self.search.background = self.background
        self.search.article_activated.connect(
            lambda article_id, query: self.open_article(article_id, query=query)
        )
        self.tabs.addTab(self.search, qta.icon("mdi6.magnify"), "搜索 Search")
        self.entity_kind = QComboBox()
        for kind, label in ENTITY_TABS:
            self.entity_kind.addItem(label, kind)
        self.entity_filter = QLineEdit(placeholderText="筛选名称 Filter names")
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
        self.tabs.addTab(people, qta.icon("mdi6.account-group-outline"), "人物 People")
        self.tags_panel = TagsPanel(self.db)
        self.tags_panel.article_activated.connect(self.open_article)
        self.tabs.addTab(self.tags_panel, qta.icon("mdi6.tag-multiple-outline"), "标签 Tags")

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
        self.act_import = a("导入文件 Import files…", "mdi6.file-import-outline", "Ctrl+O", self.choose_files)
        self.act_import_folder = a(
            "导入文件夹 Import folder…", "mdi6.folder-download-outline", "Ctrl+Shift+O", self.choose_folder
        )
        self.act_remove_samples = a("移除示例公报 Remove sample bulletins", None, None, self.remove_samples)
        self.act_quit = a("退出 Quit", None, "Ctrl+Q", self.close)
        self.act_back = a("后退 Back", "mdi6.arrow-left", "Alt+Left", self.go_back)
        self.act_forward = a("前进 Forward", "mdi6.arrow-right", "Alt+Right", self.go_forward)
        self.act_next = a("下一篇 Next article", "mdi6.chevron-down", ["J", "Alt+Down"], lambda: self.step(1))
        self.act_prev = a(
            "上一篇 Previous article", "mdi6.chevron-up", ["K", "Alt+Up"], lambda: self.step(-1)
        )
        self.act_read = a("标为已读/未读 Toggle read", "mdi6.email-open-outline", "M", self.toggle_read)
        self.act_bigger = a(
            "放大 Larger text", "mdi6.format-font-size-increase", ["Ctrl+=", "Ctrl++"], lambda: self.zoom(1)
        )
        self.act_smaller = a(
            "缩小 Smaller text", "mdi6.format-font-size-decrease", "Ctrl+-", lambda: self.zoom(-1)
        )
        self.act_reset = a("默认字号 Default size", None, "Ctrl+0", lambda: self.zoom(0))
        self.act_search = a("搜索全库 Search library", "mdi6.magnify", "Ctrl+K", self.focus_search)
        self.act_find = a("在文中查找 Find in article", "mdi6.text-search", "Ctrl+F", self.pane.find_bar.open)
        self.act_about = a("关于 About Bulletin Reader", "mdi6.information-outline", None, self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in (("system", "跟随系统 System"), ("light", "浅色 Light"), ("dark", "深色 Dark")):
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.kind_actions: dict[str, QAction] = {}
        enabled = self.settings.entity_kinds() if self.settings else set(DEFAULT_KINDS)
        for kind in ENTITY_KINDS:
            action = QAction(KIND_LABELS[kind], self, checkable=True)
            action.setChecked(kind in enabled)
            action.setToolTip(f"高亮 Highlight {kind}")
            action.toggled.connect(lambda _on, k=kind: self.kinds_changed())
            self.kind_actions[kind] = action
        self.pane.enabled_kinds = {k for k, act in self.kind_actions.items() if act.isChecked()}
        bar = self.menuBar()
        file_menu = bar.addMenu("文件 &File")
        for action in (self.act_import, self.act_import_folder, self.act_remove_samples, self.act_quit):
            file_menu.addAction(action)
        go = bar.addMenu("转到 &Go")
        for action in (
            self.act_next,
            self.act_prev,
            self.act_back,
            self.act_forward,
            self.act_search,
            self.act_find,
        ):
            go.addAction(action)
        article_menu = bar.addMenu("文章 &Article")
        article_menu.addAction(self.act_read)
        view = bar.addMenu("视图 &View")
        for action in (self.act_bigger, self.act_smaller, self.act_reset):
            view.addAction(action)
        view.addSeparator()
        for action in self.theme_actions.values():
            view.addAction(action)
        view.addSeparator()
        for action in self.kind_actions.values():
            view.addAction(action)
        bar.addMenu("帮助 &Help").addAction(self.act_about)
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        for action in (
            self.act_import,
            None,
            self.act_back,
            self.act_forward,
            self.act_prev,
            self.act_next,
            self.act_read,
            None,
            self.act_smaller,
            self.act_bigger,
            None,
        ):
            toolbar.addAction(action) if action else toolbar.addSeparator()
        kinds = self.addToolBar("Entities")
        kinds.setObjectName("kindToolbar")
        kinds.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.kind_actions.values():
            kinds.addAction(action)

    # settings
    def _restore(self) -> None:
        if geometry := self.settings.geometry():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        if state := self.settings.window_state():
            self.restoreState(state)
        if sizes := self.settings.splitter_sizes():
            self.splitter.setSizes(sizes)
        last = self.settings.last_article()
        if last is not None:
            scroll = self.settings.scroll_position()
            try:
                self.open_article(last)
            except NotFoundError:
                return
            self._pending_scroll = scroll
            QTimer.singleShot(0, lambda: self.pane.scroll_to(self._pending_scroll))

    def save_settings(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_sizes(self.splitter.sizes())
        self.settings.set_last_article(self.current_id)
        self.settings.set_scroll_position(self.pane.view.verticalScrollBar().value())
        self.settings.set_font_size(self.pane.font_size)
        self.settings.set_entity_kinds(self.pane.enabled_kinds)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.background.shutdown()
        self.worker.shutdown()
        super().closeEvent(event)

    # appearance
    def set_theme(self, name: str, save: bool = True) -> None:
        app = QApplication.instance()
        self.palette_ = apply_theme(app, name)  # type: ignore[arg-type]
        self.theme_actions[name].setChecked(True)
        self.pane.palette_ = self.palette_
        self.search.model.hit_colour = self.palette_.hit
        self.search.results.viewport().update()
        for kind, action in self.kind_actions.items():
            action.setIcon(_swatch(self.palette_.entities[kind]))
        self._update_legend()
        self.pane.rerender(keep_scroll=True)
        if self.detail.entity is not None:
            self.detail.show_entity(*self.detail.entity, self.palette_)
        if save:
            self.settings.set_theme(name)

    def _update_legend(self) -> None:
        chips = [
            f'<span style="background-color:{self.palette_.entities[k]}; color:{self.palette_.text}">'
            f"&nbsp;{KIND_LABELS[k]}&nbsp;</span>"
            for k in ENTITY_KINDS
            if k in self.pane.enabled_kinds
        ]
        self.legend.setText(
            "图例 Legend: " + "&nbsp; ".join(chips) if chips else "高亮已关闭 Highlighting off"
        )

    def kinds_changed(self) -> None:
        self.pane.enabled_kinds = {k for k, act in self.kind_actions.items() if act.isChecked()}
        self.settings.set_entity_kinds(self.pane.enabled_kinds)
        self._update_legend()
        self.pane.rerender(keep_scroll=True)

    def zoom(self, step: int) -> None:
        low, high = FONT_RANGE
        size = 14 if step == 0 else min(high, max(low, self.pane.font_size + step))
        self.pane.set_font_size(size)
        self.pane.rerender(keep_scroll=True)
        self.settings.set_font_size(size)

    # reading
    def open_article(self, article_id: int, *, query: str | None = None, record: bool = True) -> None:
        article = store_articles.get_article(self.db, article_id)
        mentions = store_entities.list_mentions(self.db, article_id)
        hits = {}
        if query:
            hits = {
                f: store_search.hit_spans(article.get(f) or "", query)
                for f in ("kicker", "title", "subtitle", "text")
            }
        self.pane.show_article(article, mentions, hits)
        self.centre.setCurrentIndex(0)
        self.current_id = article_id
        self.setWindowTitle(f"{article['title']} — Bulletin Reader")
        if record:
            del self.history[self.history_pos + 1 :]
            self.history.append(article_id)
            self.history_pos = len(self.history) - 1
        self._select_in_tree(article_id, article["issue_id"])
        if article.get("read_at") is None:
            self._set_read(article_id, True)
        self.settings.set_last_article(article_id)

    def _select_in_tree(self, article_id: int, issue_id: int) -> None:
        index = self.tree_model.index_for_article(article_id, issue_id)
        if not index.isValid():
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
        if self.current_id is None:
            return
        read = store_articles.get_article(self.db, self.current_id).get("read_at") is None
        self._set_read(self.current_id, read)
        self.statusBar().showMessage("已标为已读 Marked read" if read else "已标为未读 Marked unread", 3000)

    def step(self, direction: int) -> None:
        """Next or previous article in reading order, crossing into the neighbouring issue."""
        if self.current_id is None:
            issues = self.tree_model.issues()
            first = next((i for i in issues if i["article_count"]), None)
            if first is not None:
                rows = store_articles.article_summaries(self.db, issue_id=first["id"])
                self.open_article(rows[0]["id"])
            return
        article = store_articles.get_article(self.db, self.current_id)
        rows = store_articles.article_summaries(self.db, issue_id=article["issue_id"])
        ids = [row["id"] for row in rows]
        position = ids.index(self.current_id) + direction
        if 0 <= position < len(ids):
            self.open_article(ids[position])
            return
        issue_ids = [i["id"] for i in self.tree_model.issues() if i["article_count"]]
        where = issue_ids.index(article["issue_id"]) + direction
        if 0 <= where < len(issue_ids):
            rows = store_articles.article_summaries(self.db, issue_id=issue_ids[where])
            self.open_article(rows[0 if direction > 0 else -1]["id"])

    def go_back(self) -> None:
        if self.history_pos > 0:
            self.history_pos -= 1
            self.open_article(self.history[self.history_pos], record=False)

    def go_forward(self) -> None:
        if self.history_pos < len(self.history) - 1:
            self.history_pos += 1
            self.open_article(self.history[self.history_pos], record=False)

    def show_annotation(self, uid: str) -> bool:
        """Open the article of highlight ``uid`` and scroll to it (``bulletin-reader://`` links call this)."""
        return self.notes.show_annotation(uid)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.box.setFocus()
        self.search.box.selectAll()

    # entities
    def show_entity(self, kind: str, text: str) -> None:
        """Open an entity's detail view, and select it in the People tab's list."""
        self.tabs.setCurrentIndex(2)
        for number, (tab_kind, _label) in enumerate(ENTITY_TABS):
            if tab_kind == kind:
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

    def _entity_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entity = current.data(ENTITY_ROLE)
        if entity is not None:
            self.detail.show_entity(*entity, self.palette_)
            self.centre.setCurrentWidget(self.detail)

    def apply_correction(self, correction: tuple[str, str, str | None, str, Any]) -> None:
        text, action, kind, scope, occurrence = correction
        self.statusBar().showMessage(f"正在更正 Applying correction: {text}")
        self.worker.submit(
            correction_job(text, action, kind, scope, occurrence), self._corrected, self._job_failed
        )

    def _corrected(self, article_ids: Any) -> None:
        if self.current_id is not None and self.current_id in article_ids:
            article = self.pane.view.article
            self.pane.view.mentions = store_entities.list_mentions(self.db, self.current_id)
            self.pane.view.article = article
            self.pane.rerender(keep_scroll=True)
        self.entity_model.reload()
        self.statusBar().showMessage(f"已更正 Corrected · {len(article_ids)} 篇文章 articles updated", 4000)

    def _job_failed(self, error: BaseException, trace: str) -> None:
        what = str(error) if isinstance(error, ReaderError) else f"{type(error).__name__}: {error}"
        self.statusBar().showMessage(f"失败 Failed: {what}", 8000)
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
        files, _ = QFileDialog.getOpenFileNames(self, "导入 Import", "", "Text files (*.txt);;All files (*)")
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "导入文件夹 Import folder")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> int:
        return self.importer.start(paths)

    def _after_import(self, report: Any) -> None:
        self.refresh_library()
        if self.importer.quiet:  # the first-run sample import: say what happened and how to undo it
            self.statusBar().showMessage(
                f"已导入示例公报 Imported the sample bulletins ({report.summary()}) · "
                "文件 ▸ 移除示例公报 File ▸ Remove sample bulletins takes them out again",
                20000,
            )
        else:
            self.statusBar().showMessage(report.summary(), 8000)
        if self.current_id is None and self.importer.quiet:
            self.step(1)

    def refresh_library(self) -> None:
        self.tree_model.reload()
        self._expand_after_filter()
        self.entity_model.reload()
        self.tags_panel.reload()
        self.search.refresh_sections()
        if self.current_id is not None:
            try:
                self._select_in_tree(
                    self.current_id, store_articles.get_article(self.db, self.current_id)["issue_id"]
                )
            except NotFoundError:
                self.current_id = None
                self.pane.show_article(None, [])

    def remove_samples(self) -> None:
        ids = sample_issue_ids(self.db)
        if not ids:
            self.statusBar().showMessage("没有示例公报 No sample bulletins in this library", 4000)
            return
        self.worker.submit(
            remove_samples_job(ids),
            lambda n: (
                self.refresh_library(),
                self.statusBar().showMessage(f"已移除 {n} 期示例 Removed {n} sample issues", 4000),
            ),
            self._job_failed,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
