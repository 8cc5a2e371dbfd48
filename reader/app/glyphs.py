"""Draw the common characters once, a few per event-loop turn, before the window needs their glyphs.

Why: the first time Qt draws a character in a font, FreeType renders its glyph (≈ 45 µs of the GUI
thread for a CJK glyph on the development machine, ≈ 4 M instructions per hundred); drawn again it
costs ≈ 1 µs.  A new page of search results, the tree's rows of another issue or an article's first
screen each meet hundreds of characters not drawn yet in their font, so in the first minutes of a
window most of a paint was glyph rendering: 13 of the 19 ms of the GUI thread's longest turn of a
search's results (measured at 50,000 articles, the same searches a second time), 23 of the 31 M
instructions of an article's first paint (issue 14: no block over 50 ms).  ``GlyphWarmer`` draws the
3,755 first-level characters of GB 2312 (the common simplified characters), the common punctuation
and ASCII in the window's fonts into a small off-screen image — which fills the same per-font
glyph caches the window's own paints use — ``PER_TURN`` characters per timer turn, so no turn is
long and input is answered in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, QPointF, QTimer
from PySide6.QtGui import QFont, QImage, QPainter

PER_TURN = 48  # characters drawn per turn: ≈ 2 ms of the GUI thread when none was drawn before
INTERVAL_MS = 5  # between turns: most of the time stays the user's, and the common set is drawn in ≈ 2–3 s


def _gb2312(first_rows: range) -> str:
    """The characters GB 2312 places in rows ``first_rows`` (0xA1 = row 1), in its order."""
    found = []
    for high in first_rows:
        for low in range(0xA1, 0xFF):
            try:
                found.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(found)


def common_characters() -> str:
    """ASCII, GB 2312's punctuation and full-width forms (rows 1 and 3), and its 3,755 level-1 characters."""
    ascii_text = "".join(chr(c) for c in range(0x21, 0x7F))
    return ascii_text + _gb2312(range(0xA1, 0xA2)) + _gb2312(range(0xA3, 0xA4)) + _gb2312(range(0xB0, 0xD8))


def distinct(fonts: Iterable[QFont]) -> list[QFont]:
    """The fonts, each once (two equal fonts share one glyph cache)."""
    seen: dict[str, QFont] = {}
    for font in fonts:
        seen.setdefault(font.key(), font)
    return list(seen.values())


class GlyphWarmer(QObject):
    """Draws ``text`` in each of ``fonts``, ``PER_TURN`` characters a turn, until done or stopped."""

    def __init__(self, fonts: Iterable[QFont], text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: Iterator[tuple[QFont, str]] = (
            (font, text[start : start + PER_TURN])
            for font in distinct(fonts)
            for start in range(0, len(text), PER_TURN)
        )
        self._image = QImage(PER_TURN * 64, 128, QImage.Format.Format_RGB32)
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self._turn)
        self.done = False

    def start(self) -> None:
        if not self.done:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _turn(self) -> None:
        piece = next(self._work, None)
        if piece is None:
            self.done = True
            self._timer.stop()
            return
        font, chars = piece
        painter = QPainter(self._image)
        painter.setFont(font)
        painter.drawText(QPointF(0, 64), chars)
        painter.end()
