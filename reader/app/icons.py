"""The window's icons: Material Design Icons 6 glyphs (``"mdi6.name"``) through qtawesome, each made once.

Why not ``qtawesome.icon`` itself: its first call loads all twelve icon fonts qtawesome bundles
(hashing every file and parsing every charmap), about 100 ms on the GUI thread before the window
can show, while the window draws only ``mdi6`` glyphs.  Loading that one font costs a quarter
of it.  Any other prefix still goes through ``qtawesome.icon``.

Even that one font (reading it, its charmap and drawing the first glyphs) is ≈ 15–25 ms of the
window's first frame, which must stay short (issue 14).  So the window ``defer``s its icons: while
deferred, ``set_icon`` gives a blank of the same size (the layout does not move when the glyph
comes) and remembers the call; ``load_deferred`` (the window's first stage, one turn after the first
frame) loads the font and sets them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import qtawesome
import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QTabWidget
from qtawesome import IconicFont

PREFIX = "mdi6"
_FONT_FILES = ("materialdesignicons6-webfont-*.ttf", "materialdesignicons6-webfont-charmap-*.json")

_font: IconicFont | None = None
_cache: dict[str, QIcon] = {}
_waiting: list[tuple[QObject, Callable[[QIcon], None], str]] | None = None  # None: not deferred
_blank: QIcon | None = None


def _mdi6() -> IconicFont:
    """The font, loaded on first use and again if Qt's font database lost it (a new QApplication)."""
    global _font
    if _font is None or not QFontDatabase.applicationFontFamilies(_font.fontids[PREFIX]):
        folder = Path(qtawesome.__file__).parent / "fonts"
        ttf, charmap = (sorted(folder.glob(pattern))[-1].name for pattern in _FONT_FILES)
        _font = IconicFont((PREFIX, ttf, charmap))
        _cache.clear()
    return _font


def icon(name: str) -> QIcon:
    """The icon for ``name`` (``"mdi6.magnify"``), the same object every time it is asked for."""
    if not name.startswith(PREFIX + "."):
        return qtawesome.icon(name)
    font = _mdi6()
    if name not in _cache:
        _cache[name] = font.icon(name)
    return _cache[name]


def defer() -> None:
    """From now until ``load_deferred``, ``set_icon`` sets a blank and remembers the glyph."""
    global _waiting
    _waiting = []


def deferred() -> bool:
    return _waiting is not None


def blank() -> QIcon:
    """A transparent icon: takes an icon's room (buttons and tabs keep their size) and draws nothing."""
    global _blank
    if _blank is None:
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
        _blank = QIcon(pixmap)
    return _blank


def set_icon(owner: QObject, name: str, apply: Callable[[QIcon], None] | None = None) -> None:
    """``owner.setIcon(icon(name))`` (or ``apply(icon)``), now, or when ``load_deferred`` runs."""
    setter = apply or owner.setIcon  # type: ignore[attr-defined]
    if _waiting is None:
        setter(icon(name))
        return
    setter(blank())
    _waiting.append((owner, setter, name))


def set_tab_icon(tabs: QTabWidget, index: int, name: str) -> None:
    """The icon of tab ``index`` (tabs keep their places: ``Sidebar.fill`` swaps a page in place)."""
    set_icon(tabs, name, lambda glyph: tabs.setTabIcon(index, glyph))


def load_deferred() -> None:
    """Load the font and give every deferred owner still alive its icon; no more deferring."""
    global _waiting
    waiting, _waiting = _waiting or [], None
    for owner, setter, name in waiting:
        if shiboken6.isValid(owner):
            setter(icon(name))


def drop_deferred() -> None:
    """Forget the deferred icons (their window closed before its stages)."""
    global _waiting
    _waiting = None
