"""One person (place, organisation) up close: posts seen, mentions per issue date, company kept, articles."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QSplitter, QTableView, QVBoxLayout, QWidget
from sqlite_utils import Database

from reader.app.boxes import box_layout
from reader.app.careers.timeline import CareerTimeline
from reader.app.i18n import fill
from reader.app.people.models import EntityArticlesModel
from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.theme import Palette, kind_label
from reader.store import entities as store_entities
from reader.textfold import simplified


def mentions_per_date(rows: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Sum of mentions per issue date, oldest first; undated articles count under "—"."""
    totals: Counter[str] = Counter()
    for row in rows:
        totals[row["issue_date"] or "—"] += row["mentions"]
    return sorted(totals.items())


def _career(db: Database, name: str) -> Any:
    """The person of this name with the most claims (namesakes are separate people in the ledger)."""
    from reader.careers.update import load_people

    reading = simplified(name)
    found = [p for p in load_people(db, name=name) if simplified(p.name) == reading]
    return found[0] if found else None


CHART_MINIMUM = 100
CHART_BESIDE_TIMELINE = 170
"""Below about this height, beside a timeline of three posts, the chart's axis labels collide."""


class EntityDetail(QWidget):
    """Shown in the main area when an entity is chosen; double-click an article to read it."""

    article_activated = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.title = QLabel(objectName="detailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.positions = QLabel(wordWrap=True)
        self.positions.setTextFormat(Qt.TextFormat.PlainText)
        # the chart and its view are made when the first entity is shown (``_chart``): ≈ 2–4 ms of the
        # window's first frame otherwise, for a page it does not show; this holds their place and size
        self.chart: QChart | None = None
        self.chart_view: QWidget = QWidget()
        self.chart_view.setMinimumHeight(CHART_MINIMUM)  # small screens: the window must fit (stretch: more)
        self.timeline = CareerTimeline()  # filled on the query thread, see show_entity
        self.timeline.hide()
        self.background: Any = None  # the window's QueryThread; the ledger is not read on the GUI thread
        self.company = QListWidget()
        self.articles = EntityArticlesModel(db, self)
        self.article_view = QTableView()
        self.article_view.setModel(self.articles)
        self.article_view.verticalHeader().hide()
        self.article_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.article_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.article_view.doubleClicked.connect(self._open)
        self.article_view.activated.connect(self._open)
        lower = QSplitter(Qt.Orientation.Horizontal)
        company_box = QWidget()
        company_layout = QVBoxLayout(company_box)
        company_layout.setContentsMargins(0, 0, 0, 0)
        company_layout.addWidget(QLabel(self.tr("Often in the same articles")))
        company_layout.addWidget(self.company)
        lower.addWidget(company_box)
        lower.addWidget(self.article_view)
        lower.setSizes([220, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.positions)
        layout.addWidget(self.timeline)
        layout.addWidget(self.chart_view, 2)
        layout.addWidget(lower, 3)
        self.entity: tuple[str, str] | None = None

    def show_entity(self, kind: str, text: str, palette: Palette) -> None:
        self.entity = (kind, text)
        self.title.setText(f"{text}　{kind_label(kind)}")
        self.articles.show_entity(kind, text)
        rows = self.articles.rows()
        info = store_entities.entity_summary(self._db, kind, text) or {}
        posts = "、".join(info.get("positions", [])) or "—"
        span = f"{info.get('first_date') or '?'} – {info.get('last_date') or '?'}"
        variants = [
            printed
            for printed in [info.get("name"), *info.get("variants", [])]
            if printed and printed != text
        ]
        self.positions.setText(
            self.tr("Positions: %1").replace("%1", posts)
            + "\n"
            + self.tr("%n article(s)", "", len(rows))
            + f" · {span}"
            + ("\n" + fill(self.tr("Also printed: %1"), "、".join(variants)) if variants else "")
        )
        self._chart(mentions_per_date(rows), palette.entities.get(kind, palette.accent), palette)
        self.timeline.hide()
        self.chart_view.setMinimumHeight(CHART_MINIMUM)
        if kind == "person" and self.background is not None:
            self.background.ask(
                "career", lambda db: _career(db, text), lambda p: self._show_career(text, p, palette)
            )
        self.company.clear()
        if kind == "person":
            for other in store_entities.cooccurrence(self._db, text, limit=15):
                self.company.addItem(f"{other['name']}　{other['articles']}")

    def _show_career(self, name: str, person: Any, palette: Palette) -> None:
        if self.entity != ("person", name):
            return  # another entity was chosen meanwhile
        self.timeline.show_person(person, palette)
        self.timeline.setVisible(person is not None)
        # the timeline takes its rows from the chart's share: keep the chart tall enough for its labels
        self.chart_view.setMinimumHeight(CHART_BESIDE_TIMELINE if person is not None else CHART_MINIMUM)
        if person is not None:
            current = "、".join(t.post for t in person.current_posts()) or "—"
            self.positions.setText(
                self.positions.text()
                + "\n"
                + fill(self.tr("Current: %1 · Career below (click a bar or marker)"), current)
            )

    def _chart(self, points: list[tuple[str, int]], colour: str, palette: Palette) -> None:
        # a new chart each time: axes removed from a reused one were still drawn now and then
        old, self.chart = self.chart, _empty_chart()
        self._show_chart(self.chart)
        if old is not None:
            old.deleteLater()
        bars = QBarSet("mentions")
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(palette.muted))
        for _date, value in points:
            bars.append(value)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([date for date, _value in points] or ["—"])
        axis_y = QValueAxis()
        axis_y.setRange(0, max([value for _date, value in points] or [1]))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        for axis in (axis_x, axis_y):
            axis.setLabelsColor(QColor(palette.text))
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.chart.setTitle(self.tr("Mentions per issue date"))
        self.chart.setTitleBrush(QColor(palette.text))
        self.chart.setBackgroundBrush(QColor(palette.background))

    def _show_chart(self, chart: QChart) -> None:
        """Show ``chart``; the first time in a view made in place of the placeholder (same minimum height)."""
        if isinstance(self.chart_view, QChartView):
            self.chart_view.setChart(chart)
            return
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(self.chart_view.minimumHeight())
        placeholder, self.chart_view = self.chart_view, view
        box_layout(self).replaceWidget(placeholder, view)
        placeholder.deleteLater()

    def _open(self, index: QModelIndex) -> None:
        article_id = self.articles.data(index, ARTICLE_ID_ROLE)
        if article_id is not None:
            self.article_activated.emit(int(article_id))


def _empty_chart() -> QChart:
    chart = QChart()
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart
