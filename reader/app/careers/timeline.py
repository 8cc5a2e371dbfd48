"""A person's posts on a time axis: a bar from the first to the last dated claim of each post,
a green triangle for an appointment notice, a red one for a removal.  Clicking a bar opens the
claim's article nearest the click; clicking a marker opens its notice.

Painted by hand (QPainter) rather than with QtCharts: rows of labelled bars with point markers
and per-item hit testing are simpler to draw than to coax out of a chart's series.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from reader.app.theme import LIGHT, Palette
from reader.careers.ledger import Person, StoredClaim

ROW = 30
BAR = 12
MARGIN = 12
AXIS = 24
MIN_BAR = float(BAR)
"""A post held on one known day is a dot as tall as a bar, not a sliver."""


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


@dataclass(frozen=True)
class Item:
    """Something clickable: a bar (many claims) or a marker (one notice)."""

    rect: QRectF
    claims: tuple[StoredClaim, ...]
    kind: str  # bar | appointment | removal
    label: str


class CareerTimeline(QWidget):
    article_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.person: Person | None = None
        self.palette_: Palette = LIGHT
        self.items: list[Item] = []
        self.setMinimumHeight(ROW + AXIS + 2 * MARGIN)

    def show_person(self, person: Person | None, palette: Palette | None = None) -> None:
        self.person = person
        if palette is not None:
            self.palette_ = palette
        rows = len(person.tenures) if person else 0
        self.setMinimumHeight(max(1, rows) * ROW + AXIS + 2 * MARGIN)
        self.updateGeometry()
        self._layout()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.person.tenures) if self.person else 1
        return QSize(640, rows * ROW + AXIS + 2 * MARGIN)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._layout()

    # geometry
    def _label_width(self) -> int:
        if not self.person:
            return 0
        metrics = QFontMetrics(self.font())
        return min(260, max(metrics.horizontalAdvance(self._label(t)) for t in self.person.tenures) + 16)

    @staticmethod
    def _label(tenure: object) -> str:
        place = getattr(tenure, "place", None)
        return f"{tenure.post}（{place}）" if place else tenure.post  # type: ignore[attr-defined]

    def _span(self) -> tuple[int, int] | None:
        dates = [c.date for t in (self.person.tenures if self.person else []) for c in t.claims if c.date]
        if not dates:
            return None
        low, high = _day(min(dates)), _day(max(dates))
        pad = max(7, (high - low) // 20)
        return low - pad, high + pad

    def _x(self, day: int, span: tuple[int, int], left: float, width: float) -> float:
        return left + (day - span[0]) / max(1, span[1] - span[0]) * width

    def _layout(self) -> None:
        self.items = []
        span = self._span()
        if self.person is None or span is None:
            return
        left = MARGIN + self._label_width()
        width = max(50.0, self.width() - left - MARGIN)
        for row, tenure in enumerate(self.person.tenures):
            top = MARGIN + row * ROW + (ROW - BAR) / 2
            dated = tuple(c for c in tenure.claims if c.date)
            if not dated:
                continue
            x1 = self._x(_day(tenure.first_date or dated[0].date or ""), span, left, width)
            x2 = self._x(_day(tenure.last_date or dated[-1].date or ""), span, left, width)
            if x2 - x1 < MIN_BAR:
                x1, x2 = (x1 + x2 - MIN_BAR) / 2, (x1 + x2 + MIN_BAR) / 2
            articles = self.tr("%n article(s)", "", len(tenure.article_ids))
            label = f"{self._label(tenure)}  {tenure.first_date} – {tenure.last_date} · {articles}"
            self.items.append(Item(QRectF(x1, top, x2 - x1, BAR), dated, "bar", label))
            for claim in dated:
                if claim.kind in ("appointment", "removal"):
                    x = self._x(_day(claim.date or ""), span, left, width)
                    what = self.tr("appointed") if claim.kind == "appointment" else self.tr("removed")
                    rect = QRectF(x - 7, top - 5, 14, BAR + 10)
                    self.items.append(Item(rect, (claim,), claim.kind, f"{what} {claim.date}: {claim.title}"))

    # painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette_
        painter.fillRect(self.rect(), QColor(palette.background))
        painter.setPen(QColor(palette.text))
        if self.person is None or not self.items:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No dated posts"))
            return
        label_width = self._label_width()
        for row, tenure in enumerate(self.person.tenures):
            rect = QRectF(MARGIN, MARGIN + row * ROW, label_width - 8, ROW)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self._label(tenure)
            )
        current = {(t.post, t.place) for t in self.person.current_posts()}
        bar_rows = [i for i in self.items if i.kind == "bar"]
        for item, tenure in zip(
            bar_rows, [t for t in self.person.tenures if any(c.date for c in t.claims)], strict=False
        ):
            colour = QColor(palette.entities.get("position", palette.accent))
            if (tenure.post, tenure.place) not in current:
                colour = colour.lighter(125)
            painter.setPen(QPen(QColor(palette.muted), 1))
            painter.setBrush(colour)
            if item.rect.width() <= MIN_BAR + 0.5:
                painter.drawEllipse(item.rect)
            else:
                painter.drawRoundedRect(item.rect, 3, 3)
            for claim in item.claims:  # a tick per source article
                x = self._tick_x(item, claim)
                painter.drawLine(QPointF(x, item.rect.bottom()), QPointF(x, item.rect.bottom() + 3))
        for item in self.items:
            if item.kind != "bar":
                self._marker(painter, item)
        self._axis(painter, label_width)

    def _tick_x(self, item: Item, claim: StoredClaim) -> float:
        span = self._span()
        left = MARGIN + self._label_width()
        width = max(50.0, self.width() - left - MARGIN)
        return self._x(_day(claim.date or ""), span, left, width) if span else item.rect.left()

    def _marker(self, painter: QPainter, item: Item) -> None:
        r = item.rect
        up = item.kind == "appointment"
        colour = QColor("#2e8b57" if up else "#c0392b")
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        cx = r.center().x()
        if up:
            points = [QPointF(cx, r.top()), QPointF(cx - 6, r.top() + 10), QPointF(cx + 6, r.top() + 10)]
        else:
            points = [
                QPointF(cx, r.bottom()),
                QPointF(cx - 6, r.bottom() - 10),
                QPointF(cx + 6, r.bottom() - 10),
            ]
        painter.drawPolygon(QPolygonF(points))

    def _axis(self, painter: QPainter, label_width: int) -> None:
        span = self._span()
        if span is None:
            return
        left = MARGIN + label_width
        width = max(50.0, self.width() - left - MARGIN)
        y = MARGIN + len(self.person.tenures) * ROW + 4 if self.person else 0
        painter.setPen(QColor(self.palette_.muted))
        painter.drawLine(QPointF(left, y), QPointF(left + width, y))
        first, last = dt.date.fromordinal(span[0]), dt.date.fromordinal(span[1])
        months = (last.year - first.year) * 12 + last.month - first.month
        step = max(1, months // 6)
        day = dt.date(first.year, first.month, 1)
        while day <= last:
            if day >= first:
                x = self._x(day.toordinal(), span, left, width)
                painter.drawLine(QPointF(x, y), QPointF(x, y + 4))
                painter.drawText(
                    QRectF(x - 40, y + 4, 80, AXIS - 4), Qt.AlignmentFlag.AlignHCenter, day.strftime("%Y-%m")
                )
            month = day.month - 1 + step
            day = dt.date(day.year + month // 12, month % 12 + 1, 1)

    # interaction
    def item_at(self, pos: QPointF) -> Item | None:
        markers = [i for i in self.items if i.kind != "bar" and i.rect.contains(pos)]
        if markers:
            return markers[0]
        return next((i for i in self.items if i.rect.adjusted(0, -3, 0, 3).contains(pos)), None)

    def article_at(self, pos: QPointF) -> int | None:
        """The article behind the point: a marker's notice, or the bar's claim nearest in time."""
        item = self.item_at(pos)
        if item is None:
            return None
        nearest = min(item.claims, key=lambda c: abs(self._tick_x(item, c) - pos.x()))
        return nearest.article_id

    def mousePressEvent(self, event: QMouseEvent) -> None:
        article_id = self.article_at(event.position())
        if article_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.article_activated.emit(article_id)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            QToolTip.showText(event.globalPosition().toPoint(), item.label, self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            QToolTip.hideText()
            self.unsetCursor()
        super().mouseMoveEvent(event)
