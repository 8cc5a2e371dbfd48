"""Phrases over time: several terms as lines in one chart, per day, month or year.

The counts come from ``reader.research.queries.trend`` on the research reader
thread; switching the measure (per 10,000 characters, occurrences, articles)
only redraws.  Hovering a line shows that period's figures; the table below
gives each term's totals, first and last appearance (double-click opens the
article) and its publications.
"""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.i18n import QT_TRANSLATE_NOOP, fill, translate
from reader.app.research.filter_bar import FilterBar
from reader.app.research.kwic_view import heading
from reader.app.theme import Palette
from reader.research.queries import trend
from reader.research.trend import UNDATED, Granularity, Trend, TrendRow, write_csv

CHANNEL = "trend"
GRANULARITY_LABELS: tuple[tuple[Granularity, str], ...] = (
    ("day", QT_TRANSLATE_NOOP("TrendView", "Day")),
    ("month", QT_TRANSLATE_NOOP("TrendView", "Month")),
    ("year", QT_TRANSLATE_NOOP("TrendView", "Year")),
)
MEASURES = (
    ("per_10k_chars", QT_TRANSLATE_NOOP("TrendView", "Per 10,000 characters")),
    ("occurrences", QT_TRANSLATE_NOOP("TrendView", "Occurrences")),
    ("articles", QT_TRANSLATE_NOOP("TrendView", "Articles")),
)
MAX_LABELS = 12  # period labels on the time axis; with more periods every n-th is labelled
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 41
MAX_MARKED_POINTS = 120  # more points than this: a plain line reads better


def measure_of(row: TrendRow, measure: str) -> float:
    return float(getattr(row, measure))


class TrendView(QWidget):
    article_activated = Signal(int)

    def __init__(
        self, db: Database, background: QueryThread | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.background = background  # None: compute on this thread (tests, scripts)
        self._build_controls(db)
        self._build_chart()
        self._build_summary()
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_png_button = QPushButton(self.tr("Export PNG…"))
        self._build_layout()
        self.result: Trend | None = None
        self.palette_: Palette | None = None
        self._dated: list[str] = []
        self._relabel = QTimer(self, singleShot=True, interval=150)
        self._relabel.timeout.connect(self.redraw)
        self.chart_view.installEventFilter(self)
        self._connect()
        self._update_buttons()

    def _build_controls(self, db: Database) -> None:
        """The terms and their entry box, the time unit, the measure and the filters."""
        self.term_box = QLineEdit(
            objectName="trendBox", placeholderText=self.tr("Add a word or phrase, then press Enter")
        )
        self.term_box.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.terms = QListWidget()
        self.terms.setFlow(QListWidget.Flow.LeftToRight)
        self.terms.setWrapping(True)
        self.terms.setMaximumHeight(self.fontMetrics().height() * 3)
        self.by = QComboBox()
        for value, label in GRANULARITY_LABELS:
            self.by.addItem(translate("TrendView", label), value)
        self.by.setCurrentIndex(1)
        self.measure = QComboBox()
        for measure, label in MEASURES:
            self.measure.addItem(translate("TrendView", label), measure)
        self.filters = FilterBar(db)

    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self._callout = QGraphicsRectItem(self.chart)
        self._callout.setBrush(QColor(255, 255, 255, 230))
        self._callout.setPen(QColor("#888888"))
        self._callout.setZValue(20)
        self._callout_text = QGraphicsSimpleTextItem(self._callout)
        self._callout.hide()

    def _build_summary(self) -> None:
        """The hover line, the status line and the table of every term's totals."""
        self.hover = QLabel(objectName="trendHover")
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QTreeWidget()
        self.summary.setColumnCount(6)
        self.summary.setHeaderLabels(
            [
                self.tr("Term"),
                self.tr("Occurrences"),
                self.tr("Articles"),
                self.tr("Per 10k chars"),
                self.tr("First"),
                self.tr("Last"),
            ]
        )
        self.summary.setRootIsDecorated(True)
        header = self.summary.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in range(1, 6):
            mode = QHeaderView.ResizeMode.Stretch if column >= 4 else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.summary.setColumnWidth(0, self.fontMetrics().horizontalAdvance("中") * 10)
        self.summary.itemDoubleClicked.connect(self._summary_clicked)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_from_box)
        self.term_box.returnPressed.connect(self.add_from_box)
        self.remove_button.clicked.connect(self.remove_selected)
        self.by.currentIndexChanged.connect(lambda _i: self.run())
        self.measure.currentIndexChanged.connect(lambda _i: self.redraw())
        self.filters.changed.connect(self.run)
        self.export_csv_button.clicked.connect(lambda: self.export_csv())
        self.export_png_button.clicked.connect(lambda: self.export_png())

    def _build_layout(self) -> None:
        entry = QHBoxLayout()
        entry.addWidget(self.term_box, 1)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("By")))
        options.addWidget(self.by)
        options.addWidget(QLabel(self.tr("Measure")))
        options.addWidget(self.measure)
        options.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_csv_button)
        bottom.addWidget(self.export_png_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Phrases over Time")))
        layout.addLayout(entry)
        layout.addWidget(self.terms)
        layout.addLayout(options)
        layout.addWidget(self.filters)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.hover)
        layout.addWidget(self.summary, 2)
        layout.addLayout(bottom)

    # terms
    def queries(self) -> list[str]:
        return [self.terms.item(row).text() for row in range(self.terms.count())]

    def add_term(self, text: str, *, run: bool = True) -> bool:
        query = " ".join(text.split())
        if not query or query in self.queries():
            return False
        self.terms.addItem(query)
        if run:
            self.run()
        return True

    def add_from_box(self) -> None:
        if self.add_term(self.term_box.text()):
            self.term_box.clear()

    def remove_selected(self) -> None:
        for item in self.terms.selectedItems():
            self.terms.takeItem(self.terms.row(item))
        self.run()

    def granularity(self) -> Granularity:
        return self.by.currentData()

    def set_granularity(self, by: Granularity) -> None:
        self.by.setCurrentIndex(self.by.findData(by))

    # computing
    def run(self) -> None:
        queries, by = self.queries(), self.granularity()
        filters, fold = self.filters.filters(), self.filters.fold_variants()
        if not queries:
            self._show(None)
            return
        self.status.setText(self.tr("Counting…"))

        def job(db: Database) -> Trend:
            return trend(db, queries, by=by, filters=filters, fold_variants=fold)

        if self.background is None:
            self._show(job(self._db))
        else:
            self.background.ask(CHANNEL, job, self._show)

    def _show(self, result: Trend | None) -> None:
        self.result = result
        self.redraw()
        self._fill_summary()
        if result is None:
            self.status.setText(self.tr("Add terms to draw their trend"))
        else:
            dated = [p for p in result.periods if p != UNDATED]
            span = f"{dated[0]} – {dated[-1]}" if dated else "—"
            self.status.setText(fill(self.tr("%Ln period(s) · %1", "", len(dated)), span))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_csv_button.setEnabled(self.result is not None)
        self.export_png_button.setEnabled(self.result is not None)
        self.remove_button.setEnabled(self.terms.count() > 0)

    # drawing
    def redraw(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.hover.clear()
        self._callout.hide()
        result = self.result
        if result is None:
            self.chart.setTitle("")
            return
        measure = self.measure.currentData()
        dated = [period for period in result.periods if period != UNDATED]
        self._dated = dated
        axis_x = self._time_axis(dated)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.2f" if measure == "per_10k_chars" else "%d")
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        for query in result.queries:
            series = QLineSeries()
            series.setName(html.escape(query))  # a legend reads its series' names as rich text
            values = [measure_of(row, measure) for row in result.series(query)]
            # one call for all points: with PySide6 6.12 on Python 3.11 every call of a void Qt
            # method costs None a reference, and a daily chart has thousands of points
            series.append([QPointF(number, value) for number, value in enumerate(values)])
            top = max([top, *values])
            series.setPointsVisible(len(dated) <= MAX_MARKED_POINTS)
            series.hovered.connect(lambda point, state, q=query: self._hovered(q, point, state))
            self.chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        axis_y.setRange(0, top * 1.1 if top else 1)
        axis_y.applyNiceNumbers()
        label = translate("TrendView", dict(MEASURES)[measure])
        self.chart.setTitle(
            html.escape(f"{label} · {translate('TrendView', dict(GRANULARITY_LABELS)[result.by])}")
        )
        self._colour_axes(axis_x, axis_y)

    def _label_count(self, periods: list[str]) -> int:
        """As many period labels as fit the chart's width side by side (at most ``MAX_LABELS``)."""
        metrics = self.fontMetrics()
        label = metrics.horizontalAdvance(periods[-1] if periods else "2024-09") + metrics.horizontalAdvance(
            "中"
        )
        return max(2, min(MAX_LABELS, (self.chart_view.width() - 120) // max(label, 1)))

    def _time_axis(self, periods: list[str]) -> QCategoryAxis:
        """Periods are categories at 0, 1, 2…: every label sits on its own point, gaps included."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, math.ceil(len(periods) / self._label_count(periods)))
        for number in range(0, len(periods), step):
            axis.append(periods[number], number)
        last = max(len(periods) - 1, 0)
        axis.setStartValue(-0.5 if last == 0 else 0)
        axis.setRange(-0.5 if last == 0 else 0, 0.5 if last == 0 else last)
        return axis

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chart_view and event.type() == QEvent.Type.Resize:
            old, new = event.oldSize().width(), event.size().width()  # type: ignore[attr-defined]
            if old != new and self.result is not None:
                self._relabel.start()  # the number of period labels that fit has changed
        return False

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.redraw()

    def _colour_axes(self, *axes: QCategoryAxis | QValueAxis) -> None:
        if self.palette_ is None:
            return
        text = QColor(self.palette_.text)
        for axis in axes:
            axis.setLabelsColor(text)
        self.chart.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        self.chart.setBackgroundBrush(QColor(self.palette_.background))

    def point_text(self, query: str, index: int) -> str:
        """What hovering period ``index`` of ``query``'s line reads."""
        assert self.result is not None
        row = self.result.series(query)[index]
        return fill(
            self.tr("%1 · %2: %3, %4, %5 per 10,000 characters (%6 published)"),
            row.period,
            query,
            self.tr("%Ln occurrence(s)", "", row.occurrences),
            self.tr("%Ln article(s)", "", row.articles),
            f"{row.per_10k_chars:.2f}",
            self.tr("%Ln character(s)", "", row.chars),
        )

    def nearest_period(self, x: float) -> int:
        """The period whose point is nearest to ``x`` on the time axis."""
        return min(max(round(x), 0), max(len(self._dated) - 1, 0))

    def _hovered(self, query: str, point: QPointF, state: bool) -> None:
        """Show the nearest period's figures beside the point and in the line under the chart.

        Drawn inside the chart, not as a tooltip: a tooltip is a window of its own
        that outlives the chart when the window closes under it.
        """
        if not state or self.result is None or not self._dated:
            self._callout.hide()
            return
        number = self.nearest_period(point.x())
        row = self.result.series(query)[number]
        self.hover.setText(self.point_text(query, number))
        series = self.chart.series()[self.result.queries.index(query)]
        value = measure_of(row, self.measure.currentData())
        anchor = self.chart.mapToPosition(QPointF(number, value), series)
        self._callout_text.setText(
            fill(
                self.tr("%1 · %2\n%3 · %4 · %5 per 10k chars"),
                query,
                row.period,
                self.tr("%Ln occurrence(s)", "", row.occurrences),
                self.tr("%Ln article(s)", "", row.articles),
                f"{row.per_10k_chars:.2f}",
            )
        )
        box = self._callout_text.boundingRect().adjusted(-6, -4, 6, 4)
        self._callout.setRect(box)
        plot = self.chart.plotArea()
        x = anchor.x() + 10 if anchor.x() + 10 + box.width() < plot.right() else anchor.x() - 10 - box.width()
        self._callout.setPos(x + 6, max(plot.top(), anchor.y() - box.height() - 6) + 4)
        self._callout.show()

    # summary
    def _fill_summary(self) -> None:
        self.summary.clear()
        if self.result is None:
            return
        for summary in self.result.summaries:
            chars = sum(row.chars for row in self.result.rows if row.query == summary.query)
            rate = summary.occurrences * 10_000 / chars if chars else 0.0
            item = QTreeWidgetItem(
                [
                    summary.query,
                    str(summary.occurrences),
                    str(summary.articles),
                    f"{rate:.2f}",
                    f"{summary.first.issue_date}  {summary.first.title}" if summary.first else "—",
                    f"{summary.last.issue_date}  {summary.last.title}" if summary.last else "—",
                ]
            )
            if summary.first:
                item.setData(4, ARTICLE_ROLE, summary.first.article_id)
            if summary.last:
                item.setData(5, ARTICLE_ROLE, summary.last.article_id)
            for publication in summary.publications:
                QTreeWidgetItem(
                    item,
                    [
                        publication.publication or self.tr("(unknown source)"),
                        str(publication.occurrences),
                        str(publication.articles),
                        f"{publication.per_10k_chars:.2f}",
                    ],
                )
            self.summary.addTopLevelItem(item)
            item.setExpanded(True)

    def _summary_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        article_id = item.data(column, ARTICLE_ROLE)
        if article_id is None:
            article_id = item.data(4, ARTICLE_ROLE)
        if article_id is not None:
            self.article_activated.emit(int(article_id))

    # export
    def _ask(self, title: str, suggested: str, kind: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kind)
        return Path(name) if name else None

    def _stem(self) -> str:
        return "trend-" + "-".join(self.queries())[:60]

    def export_csv(self, path: Path | None = None) -> Path | None:
        if self.result is None:
            return None
        path = path or self._ask(self.tr("Export Trend"), f"{self._stem()}.csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return None
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            write_csv(self.result, stream)
        self.status.setText(fill(self.tr("Exported to %1"), path))
        return path

    def export_png(self, path: Path | None = None) -> Path | None:
        if self.result is None:
            return None
        kind = self.tr("PNG images (*.png)")
        path = path or self._ask(self.tr("Export Chart"), f"{self._stem()}.png", kind)
        if path is None:
            return None
        if not self.chart_view.grab().save(str(path), "PNG"):
            self.status.setText(fill(self.tr("Could not write %1"), path))
            return None
        self.status.setText(fill(self.tr("Exported to %1"), path))
        return path
