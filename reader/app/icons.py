"""The window's icons: Material Design Icons 6 glyphs (``"mdi6.name"``) through qtawesome, each made once.

Why not ``qtawesome.icon`` itself: its first call loads all twelve icon fonts qtawesome bundles
(hashing every file and parsing every charmap), about 100 ms on the GUI thread before the window
can show, while the window draws only ``mdi6`` glyphs.  Loading that one font costs a quarter
of it.  Any other prefix still goes through ``qtawesome.icon``.
"""

from __future__ import annotations

from pathlib import Path

import qtawesome
from PySide6.QtGui import QFontDatabase, QIcon
from qtawesome import IconicFont

PREFIX = "mdi6"
_FONT_FILES = ("materialdesignicons6-webfont-*.ttf", "materialdesignicons6-webfont-charmap-*.json")

_font: IconicFont | None = None
_cache: dict[str, QIcon] = {}


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
