"""The concordance view: a query, the search panel's filters, and every occurrence in context.

The concordance is counted on the research reader thread (a common word gives
100,000+ lines); the table cuts the lines it shows as it paints them
(``reader.research.lines``).  Sorting by a context needs every line: that is
cut and sorted on the reader thread too, once per concordance.  Clicking a
column header sorts by it (the Left and Match columns sort by the left
context read backwards); clicking it again reverses the order.  Double-click
or Enter opens the article at that occurrence.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.i18n import fill
from reader.app.research.filter_bar import FilterBar
from reader.app.research.models import OCCURRENCE_ROLE, KwicModel
from reader.research.filters import Filters
from reader.research.kwic import DEFAULT_WIDTH, Occurrence, Sort, sort_occurrences, write_csv
from reader.research.lines import LazyLines
from reader.research.queries import Concordance, concordance_index, line_loader, materialize, reorder

CHANNEL = "kwic"
EXPORT_CHANNEL = "kwic-export"
LAZY_SORTS = ("date", "source")  # orders of whole articles: no line needs cutting


def heading(text: str) -> QLabel:
    """A view's title: bold, as written (never read as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class _ElideLeft(QStyledItemDelegate):
    """The left context loses its far end when the column is narrow, never the part next to the match."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class KwicView(QWidget):
    occurrence_activated = Signal(object, str)  # Occurrence, the query
    save_requested = Signal(str, object, bool)  # query, Filters, fold_variants

    def __init__(
        self, db: Database, background: QueryThread | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.background = background  # None: compute on this thread (tests, scripts)
        self._build_controls(db)
        self._build_table()
        self._build_layout()
        self.first: Concordance | None = None  # the latest answer, lines in date order
        self.result: Concordance | None = None  # what the table shows: ``first`` in the chosen order
        self._sorted: dict[Sort, list[Occurrence]] = {}  # every line of ``first``, once a context sort asks
        self.sort: Sort = "date"
        self.descending = False
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.run)
        self._connect()
        self._update_buttons()

    def _build_controls(self, db: Database) -> None:
        self.box = QLineEdit(
            objectName="kwicBox",
            placeholderText=self.tr("Word or phrase (words separated by spaces must all occur)"),
        )
        self.box.setClearButtonEnabled(True)
        self.width_box = QSpinBox(minimum=2, maximum=200, value=DEFAULT_WIDTH, suffix=self.tr(" chars"))
        self.width_box.setToolTip(self.tr("Characters of context on each side"))
        self.filters = FilterBar(db)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the query
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.save_button = QPushButton(self.tr("Save Search…"))

    def _build_table(self) -> None:
        self.model = KwicModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(KwicModel.LEFT, _ElideLeft(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self._size_columns()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.width_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Concordance (KWIC)")))
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.box.returnPressed.connect(self.run)
        self.box.textChanged.connect(lambda _text: self._update_buttons())
        self.width_box.valueChanged.connect(lambda _v: self._debounce.start())
        self.filters.changed.connect(self._debounce.start)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(
                self.box.text(), self.filters.filters(), self.filters.fold_variants()
            )
        )

    def _size_columns(self, context: int = DEFAULT_WIDTH, match: str = "") -> None:
        """Widths from the context width and the match, never from the rows: sizing to contents
        would measure every one of 100,000+ lines."""
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("中")
        header = self.model.headerData(KwicModel.MATCH, Qt.Orientation.Horizontal)
        self._widths = {
            0: metrics.horizontalAdvance("2024-09-30") + em,
            1: em * 7,
            3: max(metrics.horizontalAdvance(match), metrics.horizontalAdvance(header)) + em,
            2: em * min(context, 24) + em,  # the contexts: their full width when there is room
        }
        self.table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.6))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Contexts share what the fixed columns leave, keeping ≥ 8 characters for the article title."""
        em = self.fontMetrics().horizontalAdvance("中")
        fixed = self._widths[0] + self._widths[1] + self._widths[3]
        room = (self.table.viewport().width() - fixed - 8 * em) // 2
        side = max(5 * em, min(self._widths[2], room))
        for column, width in (
            (0, self._widths[0]),
            (1, self._widths[1]),
            (2, side),
            (3, self._widths[3]),
            (4, side),
        ):
            self.table.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def stop(self) -> None:
        """No further queries from typing (the window is closing)."""
        self._debounce.stop()
        self._debounce.timeout.disconnect(self.run)

    def set_search(self, query: str, filters: Filters | None = None, fold_variants: bool = True) -> None:
        """Show the concordance of a search made elsewhere (the search panel, a saved search)."""
        self.box.setText(query)
        self.filters.set_filters(filters or Filters(), fold_variants)
        self.run()

    def run(self) -> None:
        """Count the box's query under the filters off the GUI thread; lines are cut as they are shown."""
        self._debounce.stop()
        query, width = self.box.text(), self.width_box.value()
        filters, fold = self.filters.filters(), self.filters.fold_variants()
        sort = self.sort
        if not query.strip():
            self._first(None, {})
            return

        def job(db: Database) -> tuple[Concordance, dict[Sort, list[Occurrence]]]:
            first = concordance_index(db, query, width=width, filters=filters, fold_variants=fold)
            if sort in LAZY_SORTS or not isinstance(first.occurrences, LazyLines):
                return first, {}
            every = materialize(db, first.occurrences)  # a context order was chosen before
            return first, {"date": every, sort: sort_occurrences(every, sort)}

        self.status.setText(fill(self.tr("Searching “%1”…"), query.strip()))
        if self.background is None:
            self._first(*job(self._db))
        else:
            self.background.ask(CHANNEL, job, lambda answer: self._first(*answer))

    def _first(self, first: Concordance | None, sorted_: dict[Sort, list[Occurrence]]) -> None:
        """A new concordance; its lazy lines are read through this thread's connection."""
        self.first, self._sorted = first, sorted_
        if first is not None and isinstance(first.occurrences, LazyLines):
            first.occurrences.line_index.loader = line_loader(self._db)
        self._show(self._ordered() if first is not None else None)

    def _ordered(self) -> Concordance:
        """The first answer in the chosen order: a view for date and source, a sorted list for a context
        (reversed by slicing: no sort on this thread)."""
        assert self.first is not None
        if self.sort in LAZY_SORTS or not self.first.occurrences:
            return reorder(self._db, self.first, self.sort, self.descending)
        lines = self._sorted[self.sort]
        return replace(self.first, occurrences=lines[::-1] if self.descending else lines)

    def _show(self, result: Concordance | None) -> None:
        self.result = result
        if result is not None and result.occurrences:
            shown = [line.match for line in result.occurrences[:20] if line is not None]
            self._size_columns(result.width, max(shown, key=len) if shown else "")
        self.model.show(result.occurrences if result else [])
        self.table.horizontalHeader().setSortIndicator(
            self._indicator_column(),
            Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder,
        )
        if result is None:
            self.status.setText("")
        elif not result.occurrences:
            self.status.setText(fill(self.tr("No article contains “%1”"), result.query.strip()))
        else:
            lines = self.tr("%Ln occurrence(s)", "", len(result.occurrences))
            articles = self.tr("%Ln article(s)", "", result.articles)
            self.status.setText(fill(self.tr("%1 in %2 · “%3”"), lines, articles, result.query.strip()))
            self.table.scrollToTop()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_lines = bool(self.result and self.result.occurrences)
        self.export_button.setEnabled(has_lines)
        self.save_button.setEnabled(bool(self.box.text().strip()))

    def _indicator_column(self) -> int:
        return {"date": 0, "source": 1, "left": 2, "right": 4}[self.sort]

    def _header_clicked(self, column: int) -> None:
        self.sort_by(KwicModel.SORT_OF_COLUMN[column])

    def sort_by(self, sort: Sort) -> None:
        """Sort the shown lines; the same key again reverses them.

        Date and source order whole articles (milliseconds, on this thread); a context
        order needs every line cut and sorted, once per concordance, on the reader thread.
        """
        self.descending = not self.descending if sort == self.sort else False
        self.sort = sort
        first = self.first
        if first is None:
            return
        if sort in LAZY_SORTS or sort in self._sorted or not isinstance(first.occurrences, LazyLines):
            self._show(self._ordered())
            return
        every = self._sorted.get("date")
        lines = first.occurrences

        def job(db: Database) -> tuple[list[Occurrence], list[Occurrence]]:
            all_lines = every if every is not None else materialize(db, lines)
            return all_lines, sort_occurrences(all_lines, sort)

        if self.background is None:
            self._context_sorted(first, sort, *job(self._db))
            return
        self.status.setText(self.tr("Sorting…"))
        self.background.ask(CHANNEL, job, lambda done: self._context_sorted(first, sort, *done))

    def _context_sorted(
        self, first: Concordance, sort: Sort, every: list[Occurrence], ordered: list[Occurrence]
    ) -> None:
        if first is not self.first:
            return  # a newer concordance has been asked for since
        self._sorted.update({"date": every, sort: ordered})
        if self.sort == sort:
            self._show(self._ordered())

    def _open(self, index: QModelIndex) -> None:
        line = index.data(OCCURRENCE_ROLE)
        if line is not None and self.result is not None:
            self.occurrence_activated.emit(line, self.result.query)

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the lines in their shown order on the reader thread; asks where when ``path`` is None.

        Returns the path it writes to; the status line says when the file is complete.
        """
        if self.result is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Concordance"),
                f"kwic-{self.result.query.strip()}.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        lines, target = self.result.occurrences, path

        def job(db: Database) -> int:
            every = materialize(db, lines) if isinstance(lines, LazyLines) else lines
            with target.open("w", encoding="utf-8-sig", newline="") as stream:  # the BOM: Excel reads UTF-8
                return write_csv(every, stream)  # type: ignore[arg-type]

        def done(count: int) -> None:
            self.status.setText(fill(self.tr("Exported %Ln line(s) to %1", "", count), target))

        self.status.setText(fill(self.tr("Exporting to %1…"), target))
        if self.background is None:
            done(job(self._db))
        else:
            self.background.ask(EXPORT_CHANNEL, job, done)
        return path
