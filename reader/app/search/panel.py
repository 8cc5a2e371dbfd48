"""The search panel: query field (Ctrl+K), date range, section and entity filters, results list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.app.search import models as search_models
from reader.app.search.delegate import HitDelegate
from reader.app.search.models import (
    ARTICLE_ID_ROLE,
    COUNT_LIMIT,
    Query,
    SearchResultsModel,
    count_label,
    first_page,
    full_count,
)
from reader.app.search.status_line import StatusLine
from reader.store import issues as store_issues
from reader.store import tags as store_tags

WARM_AFTER_MS = 1000  # after the window's start-up (≈ 0.4 s at 500k), before anyone could have typed
ANY_SECTION = QT_TRANSLATE_NOOP("SearchPanel", "All sections")
ANY_TAG = QT_TRANSLATE_NOOP("SearchPanel", "All tags")


class SearchPanel(QWidget):
    article_activated = Signal(int, str)  # article id, query

    def __init__(
        self, db: Database, parent: QWidget | None = None, background: QueryThread | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._build_query_row()
        self._build_filters()
        self._build_results(db)
        self._lay_out()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.run_in_background)
        self._background: QueryThread | None = None
        self._connect()
        self.background = background
        self.refresh_sections()
        self.refresh_tags()
        QTimer.singleShot(WARM_AFTER_MS, self, self._warm_up)

    def _build_query_row(self) -> None:
        self.box = QLineEdit(objectName="searchBox", placeholderText=self.tr("Search the library (Ctrl+K)"))
        self.box.setClearButtonEnabled(True)
        self.fold_variants = QCheckBox(self.tr("Trad./Simp."), objectName="foldVariants")
        self.fold_variants.setChecked(True)
        self.fold_variants.setToolTip(
            self.tr("A query finds both scripts and common variant characters: 發展 also finds 发展")
        )
        self.sort = QComboBox(objectName="searchSort")
        self.sort.addItem(self.tr("Relevance"), "relevance")
        self.sort.addItem(self.tr("Newest"), "date")
        self.sort.setToolTip(
            self.tr("Relevance: articles with the words in their title first, then the newest")
        )

    def _build_filters(self) -> None:
        self.use_dates = QCheckBox(self.tr("Dates"))
        self.date_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_from.setDate(QDate(2000, 1, 1))
        self.date_to.setDate(QDate.currentDate())
        self.section = QComboBox()
        self.tag = QComboBox()
        self.collapse_reprints = QCheckBox(self.tr("Count reprints once"))
        self.collapse_reprints.setToolTip(self.tr("List only the first-published copy of a story"))

    def _build_results(self, db: Database) -> None:
        self.status = StatusLine()  # plain text (it quotes what was typed); its changes repaint only itself
        self.model = SearchResultsModel(db, self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setWordWrap(True)
        self.results.activated.connect(self._open)
        self.results.doubleClicked.connect(self._open)

    def _lay_out(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        query_row = QHBoxLayout()
        query_row.addWidget(self.box, 1)
        query_row.addWidget(self.fold_variants)
        layout.addLayout(query_row)
        layout.addLayout(dates)
        filters = QHBoxLayout()
        filters.addWidget(self.section, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.sort)
        layout.addLayout(filters)
        layout.addWidget(self.collapse_reprints)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def _connect(self) -> None:
        """Typing and every filter change run the search again, once the user pauses."""
        self.box.textChanged.connect(lambda _text: self._debounce.start())
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)  # Down/Up move between the box and the results
        self.results.installEventFilter(self)
        for signal in (
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.section.currentIndexChanged,
            self.tag.currentIndexChanged,
            self.fold_variants.toggled,
            self.sort.currentIndexChanged,
            self.collapse_reprints.toggled,
        ):
            signal.connect(lambda *_args: self._debounce.start())

    @property
    def background(self) -> QueryThread | None:
        """The window's reader thread: searches and further pages run there (None: on this thread)."""
        return self._background

    @background.setter
    def background(self, thread: QueryThread | None) -> None:
        self._background = thread
        self.model.background = thread

    def _warm_up(self) -> None:
        """The reader thread runs one search early: the first real one then costs what later ones do."""
        if self._background is not None:
            self._background.ask("search-warm", search_models.warm_up, lambda _total: None)

    def refresh_tags(self) -> None:
        """Offer every tag as a filter; the current choice survives when the tag still exists."""
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr(ANY_TAG), None)
        for row in store_tags.list_tags(self._db):
            self.tag.addItem(f"#{row['name']}", row["name"])
        found = self.tag.findData(current) if current is not None else 0
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)

    def refresh_sections(self) -> None:
        """The section filter's choices, read on the reader thread when there is one: the query
        grows with the library (≈ 10 ms at 500,000 articles)."""
        if self._background is None:
            self._show_sections(store_issues.section_names(self._db))
        else:
            self._background.ask("sections", store_issues.section_names, self._show_sections)

    def _show_sections(self, names: list[str]) -> None:
        current = self.section.currentText()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr(ANY_SECTION))
        self.section.addItems(names)
        found = self.section.findText(current)
        self.section.setCurrentIndex(max(found, 0))
        self.section.blockSignals(False)

    def current_query(self) -> Query:
        query = Query(
            text=self.box.text(),
            sort=self.sort.currentData(),
            variants=self.fold_variants.isChecked(),
            collapse_reprints=self.collapse_reprints.isChecked(),
        )
        if self.use_dates.isChecked():
            query.date_from = self.date_from.date().toString("yyyy-MM-dd")
            query.date_to = self.date_to.date().toString("yyyy-MM-dd")
        if self.section.currentIndex() > 0:
            query.section = self.section.currentText()
        tag = self.tag.currentData()
        if tag is not None:
            query.article_ids = sorted(store_tags.tagged_article_ids(self._db, tag))
        return query

    def run_in_background(self) -> None:
        """Search while the user types without blocking the window; the newest query wins."""
        if self.background is None:
            self.run()
            return
        self._debounce.stop()
        self.background.cancel("count")  # the previous query's: not started, it would run before this one
        query = self.current_query()
        self.status.setText(self.tr("Searching…") if query.text.strip() else "")
        self.background.ask("search", lambda db: first_page(db, query), lambda page: self._show(query, *page))

    def _show(self, query: Query, total: int, hits: list[Any]) -> None:
        self.model.show(query, total, hits)
        quick = search_models.QUICK_COUNT
        if total <= quick or self.background is None:
            self._finish(total)
            return
        self._finish(total, limit=quick, counting=True)
        self.background.ask("count", lambda db: full_count(db, query), lambda n: self._counted(query, n))

    def _counted(self, query: Query, total: int) -> None:
        if query is self.model.query:
            self.model.total = total
            self._status(total)

    def run(self) -> int:
        self._debounce.stop()
        if self.background is not None:
            self.background.cancel("search")
            self.background.cancel("count")
        total = self.model.run(self.current_query())
        return self._finish(total)

    def _status(self, total: int, limit: int = COUNT_LIMIT, counting: bool = False) -> None:
        text = self.model.query.text.strip()
        if not text:
            self.status.setText("")
            return
        if total > limit:
            shown = self.tr("%1 articles match “%2”").replace("%1", count_label(total, limit))  # "10,000+"
        else:
            shown = self.tr("%n article(s) match “%2”", "", total)
        shown = shown.replace("%2", text)
        self.status.setText(shown + (self.tr(" (counting…)") if counting else ""))

    def _finish(self, total: int, limit: int = COUNT_LIMIT, counting: bool = False) -> int:
        self._status(total, limit, counting)
        if total:
            self.results.setCurrentIndex(self.model.index(0, 0))
        return total

    def _enter(self) -> None:
        if self._debounce.isActive() or self.model.query.text != self.box.text():
            self.run()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the box moves into the results (onto the one Enter opens); Up on the first goes back."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        rows = self.model.rowCount()
        box = self.box  # compared by identity below without narrowing ``self.box`` to ``QObject``
        if watched is box and key == Qt.Key.Key_Down and rows:
            if self._debounce.isActive() or self.model.query.text != self.box.text():
                self.run()  # the results must be those of what the box says
            current = self.results.currentIndex()
            self.results.setCurrentIndex(current if current.isValid() else self.model.index(0, 0))
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.results and key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _open(self, index: QModelIndex) -> None:
        article_id = index.data(ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_activated.emit(int(article_id), self.model.query.text)
