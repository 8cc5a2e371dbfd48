"""Wire the research tools into the main window: a sidebar tab, a menu, two views in the main area.

Kept out of ``window.py`` on purpose (like ``NotesFeature``): the window builds
one ``ResearchFeature`` and gains a Research sidebar tab (saved searches
with live counts, buttons for the two views), the actions of the Research menu
(``reader.app.menus`` places them), and the concordance and trend views as
pages of its central stack.  The research
reader thread is this feature's own, so a long concordance never delays the
search panel; it stops when the window closes.  Saved searches are written by
the window's single writer; their counts are refreshed whenever it goes idle
(an import, a removal, a re-import), since any write may change them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QInputDialog, QMessageBox, QScrollArea, QWidget
from sqlite_utils import Database

from reader.app import icons
from reader.app.background import QueryThread
from reader.app.error_dialog import show_error
from reader.app.i18n import fill
from reader.app.i18n.reasons import translate_reason
from reader.app.plain_text import plain
from reader.app.reading.selection import body_map
from reader.app.research.kwic_view import KwicView
from reader.app.research.saved_panel import SavedSearchesPanel
from reader.app.research.trend_view import TrendView
from reader.errors import ReaderError
from reader.research.filters import Filters
from reader.research.kwic import Occurrence
from reader.research.matching import fold_classes
from reader.research.queries import collector_paused, saved_counts
from reader.store import research as store_research
from reader.store.db import library_file
from reader.store.research import SavedSearch

if TYPE_CHECKING:
    from reader.app.window import MainWindow


def _scrolling(view: QWidget) -> QScrollArea:
    """A page for the central stack that never makes the window's minimum size larger."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(view)
    return area


class ResearchReader(QueryThread):
    """The research views' reader thread; each query runs with Python's cycle collector paused.

    Why: a collection runs in whichever thread happens to allocate, and it may
    free Qt objects that only a reference cycle kept (a closed window that
    nothing refers to any more).  A widget destroyed off the GUI thread corrupts
    Qt's widget list, and the next window crashed in ``QApplication.setStyle``.
    These queries allocate a great deal, so they must never be where that happens.
    """

    def ask(self, channel: str, query: Any, on_done: Any) -> None:
        def paused(db: Database) -> Any:
            with collector_paused():
                return query(db)

        super().ask(channel, paused, on_done)


def library_path(db: Database) -> Path:
    """The file behind the window's connection, for a reader connection of our own."""
    path = library_file(db)
    if path is not None:
        return path
    raise ReaderError("the research tools need a library file (an in-memory library has none)")


def tab() -> tuple[str, str]:
    """The Research tab's icon and label: the window shows them before the feature is built."""
    return "mdi6.chart-timeline-variant", QCoreApplication.translate("ResearchFeature", "Research")


class ResearchFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.background = ResearchReader(library_path(window.db), self)
        self.background.on_error = self._failed
        self._kwic: KwicView | None = None  # the two views are built when first shown, not at start-up
        self._trend: TrendView | None = None
        self.panel = SavedSearchesPanel()
        window.sidebar.fill("research", self.panel)  # the tab the window reserved (``tab()``)
        self.panel.open_requested.connect(self.open_in_search)
        self.panel.kwic_requested.connect(self.show_kwic)
        self.panel.trend_requested.connect(self.show_trend)
        self.panel.delete_requested.connect(self.delete_saved)
        self.panel.save_current_requested.connect(self.save_current_search)
        self.closed = False
        self._warmed = False
        self._recount = QTimer(self, singleShot=True, interval=400)
        self._recount.timeout.connect(self.reload_saved)
        window.worker.idle.connect(self._library_changed)
        window.installEventFilter(self)
        self._build_actions()
        self.reload_saved()

    def _build_actions(self) -> None:
        def action(text: str, icon: str, shortcut: str | None, slot: Any) -> QAction:
            made = QAction(icons.icon(icon), text, self.window)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(lambda _checked=False: slot())
            self.window.addAction(made)
            return made

        self.act_kwic = action(
            self.tr("Concordance (KWIC)"), "mdi6.format-align-center", "Ctrl+Shift+K", self.kwic_of_search
        )
        self.act_trend = action(
            self.tr("Phrases over Time"), "mdi6.chart-timeline-variant", "Ctrl+Shift+T", self.show_trend
        )
        self.act_save = action(
            self.tr("Save Current Search…"), "mdi6.content-save-outline", None, self.save_current_search
        )
        self.panel.show_keys(self.act_kwic.shortcut(), self.act_trend.shortcut())

    @property
    def kwic(self) -> KwicView:
        """The concordance view; built on first use (its filter bar reads the library's sections)."""
        if self._kwic is None:
            self._kwic = view = KwicView(self.window.db, self.background)
            view.occurrence_activated.connect(self.open_occurrence)
            view.save_requested.connect(self.save_search)
            self.kwic_page = _scrolling(view)
            self.window.centre.addWidget(self.kwic_page)
        return self._kwic

    @property
    def trend(self) -> TrendView:
        """The trend view; built on first use."""
        if self._trend is None:
            self._trend = view = TrendView(self.window.db, self.background)
            view.article_activated.connect(self.window.open_article)
            self.trend_page = _scrolling(view)
            self.window.centre.addWidget(self.trend_page)
        return self._trend

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def close(self) -> None:
        """The window is closing: no more counting, and the reader thread stops (after its current query)."""
        if self.closed:
            return
        self.closed = True
        self._recount.stop()
        self.window.worker.idle.disconnect(self._library_changed)
        if self._kwic is not None:
            self._kwic.stop()
        self.background.shutdown()  # the views keep it: a request to a stopped reader is never answered

    def _failed(self, error: BaseException, trace: str) -> None:
        if isinstance(error, ReaderError):
            reason = translate_reason(str(error))
            self.window.statusBar().showMessage(fill(self.tr("Failed: %1"), reason), 8000)
            return
        show_error(self.window, error, trace)

    # views
    def _apply_palette(self) -> None:
        """The window's colours into the views built so far (a view built later gets them when shown)."""
        palette = getattr(self.window, "palette_", None)
        if palette is None:
            return
        if self._kwic is not None:
            self._kwic.model.hit_colour = palette.hit
        if self._trend is not None and self._trend.palette_ is not palette:
            self._trend.set_palette(palette)

    def _warm(self) -> None:
        """Build the matcher's character tables (≈ 80 ms) while the user types the first query."""
        if not self._warmed:
            self._warmed = True
            self.background.ask("warm", lambda _db: fold_classes(), lambda _tables: None)

    def show_kwic(self, saved: SavedSearch | None = None) -> KwicView:
        self._warm()
        view = self.kwic
        self._apply_palette()
        self.window.centre.setCurrentWidget(self.kwic_page)
        if saved is not None:
            view.set_search(saved.query, Filters.from_json(saved.filters), saved.fold_variants)
        view.box.setFocus()
        return view

    def kwic_of_search(self) -> KwicView:
        """The concordance of what the search box holds (or of the last concordance when it is empty)."""
        query, filters, fold = self._current_search()
        if query.strip() and query != self.kwic.box.text():
            self.show_kwic()
            self.kwic.set_search(query, filters, fold)
            return self.kwic
        return self.show_kwic()

    def show_trend(self, saved: SavedSearch | None = None) -> TrendView:
        self._warm()
        view = self.trend
        self._apply_palette()
        self.window.centre.setCurrentWidget(self.trend_page)
        if saved is not None and saved.query not in view.queries():
            view.add_term(saved.query, run=False)
            view.filters.set_filters(Filters.from_json(saved.filters), saved.fold_variants)
        view.term_box.setFocus()
        return view

    def open_occurrence(self, line: Occurrence, query: str) -> None:
        """Open the line's article with the query's hits marked, and select this very occurrence."""
        window = self.window
        window.open_article(line.article.article_id, query=query)
        pane = window.pane
        pane.finish()  # the page must be whole before an offset can be mapped into it
        view = pane.view
        bar = view.verticalScrollBar()
        if line.field != "text":
            bar.setValue(0)
            return
        document = view.document()
        cursor = body_map(document, (view.article or {}).get("text") or "").cursor(
            document, line.start, line.end
        )
        if cursor is None:
            return
        view.setTextCursor(cursor)
        top = view.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - view.viewport().height() // 3))

    # saved searches
    def reload_saved(self) -> None:
        """Count every saved search afresh, off the GUI thread; the list shows "…" until then."""
        if self.closed:
            return
        saved = store_research.list_saved(self.window.db)
        self.panel.model.show([(item, self._known_count(item)) for item in saved])
        self.background.ask("saved-counts", saved_counts, self.panel.model.show)

    def _known_count(self, saved: SavedSearch) -> int | None:
        for item, count in self.panel.model.items:
            if item.id == saved.id and item.query == saved.query and item.filters == saved.filters:
                return count
        return None

    def _library_changed(self) -> None:
        self._recount.start()

    def _current_search(self) -> tuple[str, Filters, bool]:
        """The search panel's query and filters as they stand."""
        search = self.window.search
        query = search.current_query()
        tag = getattr(search, "tag", None)
        filters = Filters(
            date_from=query.date_from,
            date_to=query.date_to,
            section=query.section,
            tag=tag.currentData() if tag is not None else None,
        )
        fold = getattr(search, "fold_variants", None)
        return search.box.text(), filters, fold.isChecked() if isinstance(fold, QCheckBox) else True

    def save_current_search(self) -> None:
        query, filters, fold = self._current_search()
        if not query.strip():
            self.window.statusBar().showMessage(self.tr("Type a search first"), 5000)
            self.window.focus_search()
            return
        self.save_search(query, filters, fold)

    def save_search(self, query: str, filters: Filters, fold_variants: bool, name: str | None = None) -> None:
        """Ask for a name (the query by default) and save; a name in use is replaced after asking."""
        if not query.strip():
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self.window, self.tr("Save Search"), self.tr("Name:"), text=query.strip()
            )
            if not ok or not name.strip():
                return
        replace = False
        if self.panel.model.row_of(name.strip()) >= 0:
            answer = QMessageBox.question(
                self.window,
                self.tr("Save Search"),
                plain(fill(self.tr("Replace the saved search “%1”?"), name.strip())),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        saved_filters = Filters(
            filters.date_from, filters.date_to, filters.section, filters.tag, filters.issue_id
        )
        self.window.worker.submit(
            lambda db: store_research.save_search(
                db, name, query, saved_filters.to_json(), fold_variants=fold_variants, replace=replace
            ),
            lambda saved: self.window.statusBar().showMessage(fill(self.tr("Saved “%1”"), saved.name), 4000),
            self._failed,
        )

    def delete_saved(self, saved: SavedSearch, *, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Delete Saved Search"),
                plain(fill(self.tr("Delete the saved search “%1”?"), saved.name)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.window.worker.submit(
            lambda db: store_research.delete_saved(db, saved.name),
            lambda gone: self.window.statusBar().showMessage(
                fill(self.tr("Deleted “%1” (“%2”)"), gone.name, gone.query), 6000
            ),
            self._failed,
        )

    def open_in_search(self, saved: SavedSearch) -> None:
        """Put a saved search's query and filters into the search panel and run it."""
        search = self.window.search
        filters = Filters.from_json(saved.filters)
        widgets = [search.box, search.use_dates, search.date_from, search.date_to, search.section, search.tag]
        for widget in widgets:
            widget.blockSignals(True)
        search.box.setText(saved.query)
        search.use_dates.setChecked(bool(filters.date_from or filters.date_to))
        if filters.date_from:
            search.date_from.setDate(QDate.fromString(filters.date_from, "yyyy-MM-dd"))
        if filters.date_to:
            search.date_to.setDate(QDate.fromString(filters.date_to, "yyyy-MM-dd"))
        if filters.section and search.section.findText(filters.section) < 0:
            search.section.addItem(filters.section)  # no article is in it now; the search says so
        search.section.setCurrentIndex(
            max(search.section.findText(filters.section), 0) if filters.section else 0
        )
        search.tag.setCurrentIndex(max(search.tag.findData(filters.tag), 0) if filters.tag else 0)
        for widget in widgets:
            widget.blockSignals(False)
        fold = getattr(search, "fold_variants", None)
        if isinstance(fold, QCheckBox):
            fold.setChecked(saved.fold_variants)
        self.window.focus_search()
        search.run_in_background()
