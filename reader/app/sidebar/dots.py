"""Tag colours drawn as dots: the decoration of a tagged article row in the sidebar.

One tag gives one large dot, two sit side by side, three or four fill a 2×2
grid (a fifth and later tags are listed in the tooltip only), so the colours
stay distinguishable at the tree's 16 px icon size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZE = 32  # drawn at 2× and scaled down by the view: crisp on high-DPI screens too


def dot_rects(count: int) -> list[QRectF]:
    """Where each dot goes in a ``SIZE``×``SIZE`` square."""
    if count <= 0:
        return []
    if count == 1:
        return [QRectF(6, 6, 20, 20)]
    if count == 2:
        return [QRectF(1, 9, 14, 14), QRectF(17, 9, 14, 14)]
    cells = [(1, 1), (17, 1), (1, 17), (17, 17)]
    return [QRectF(x, y, 14, 14) for x, y in cells[: min(count, 4)]]


def tag_dots_icon(colours: list[str]) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for rect, colour in zip(dot_rects(len(colours)), colours, strict=False):
        fill = QColor(colour)
        painter.setPen(QPen(fill.darker(140), 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(rect)
    painter.end()
    return QIcon(pixmap)
