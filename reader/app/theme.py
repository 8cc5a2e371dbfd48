"""Light and dark palettes, the stylesheet for each, and a CJK-capable reading font.

Entity colours live here (not in the renderer) so both themes keep text
readable: light backgrounds under dark text in the light theme, deep
backgrounds under light text in the dark theme.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListView,
    QProxyStyle,
    QStyleFactory,
    QTableView,
    QTreeView,
    QWidget,
)

from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.mentions import KINDS
from reader.resources import resource

THEMES = ("system", "light", "dark")

ENTITY_KINDS = KINDS  # the recogniser's kinds, in legend order
KIND_LABELS = {  # English source strings; ``kind_label`` gives them in the user's language
    "person": QT_TRANSLATE_NOOP("Kinds", "Person"),
    "position": QT_TRANSLATE_NOOP("Kinds", "Position"),
    "place": QT_TRANSLATE_NOOP("Kinds", "Place"),
    "organization": QT_TRANSLATE_NOOP("Kinds", "Organisation"),
    "date": QT_TRANSLATE_NOOP("Kinds", "Date"),
    "quantity": QT_TRANSLATE_NOOP("Kinds", "Amount"),
}


def kind_label(kind: str) -> str:
    """An entity kind as the legend, menus and tooltips name it, in the user's language."""
    return QCoreApplication.translate("Kinds", KIND_LABELS.get(kind, kind))


DEFAULT_KINDS = ("person", "position", "place", "organization")

# Serif first: the pane is for long reading; sans families follow as fallbacks.
CJK_FAMILIES = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Songti SC",
    "STSong",
    "SimSun",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "PingFang SC",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)


@dataclass(frozen=True)
class Palette:
    name: str
    text: str
    background: str
    muted: str
    accent: str
    hit: str  # search hits
    find: str  # find-in-article matches
    entities: dict[str, str] = field(default_factory=dict)  # kind → background colour


LIGHT = Palette(
    name="light",
    text="#1d1d1f",
    background="#fbfaf7",
    muted="#6b6b70",
    accent="#a4262c",
    hit="#ffe066",
    find="#ff9f43",
    entities={
        "person": "#cfe3ff",
        "position": "#ffe5c2",
        "place": "#d3f2d0",
        "organization": "#f6d9f0",
        "date": "#e4e4e8",
        "quantity": "#d9f3f3",
    },
)
DARK = Palette(
    name="dark",
    text="#e8e6e3",
    background="#1e1f22",
    muted="#a0a0a8",
    accent="#ff8a80",
    hit="#8a6d00",
    find="#b35900",
    entities={
        "person": "#1f4a7a",
        "position": "#6b4a12",
        "place": "#245c2a",
        "organization": "#6a2a5e",
        "date": "#45464d",
        "quantity": "#1d5656",
    },
)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> Palette:
    """``system`` follows the desktop's colour scheme; anything unknown falls back to light."""
    if theme == "system":
        return DARK if system_is_dark() else LIGHT
    return DARK if theme == "dark" else LIGHT


class ThemeStyle(QProxyStyle):
    """Fusion, with the theme's few style rules on the widgets they name, set as each is polished.

    Why not an application style sheet: with one, every widget of the app is polished, sized and
    painted through Qt's style-sheet engine, though the sheet names six widgets; setting it re-polished
    the whole window (≈ 18 % of the window's first block, issue 14: no block over 50 ms) and made every
    later part dearer to build (the start's stages: ≈ 20–50 % more instructions).  Here a named widget
    gets its rule as a style sheet of its own, and item views lose their frame (the sheet's
    ``QTreeView, QListView, QTableView { border: none; }``) — the look is the same.
    """

    VIEWS = (QTreeView, QListView, QTableView)

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.rules: dict[str, str] = {}  # object name → the style sheet rule for it
        self.named: set[str] = set()  # every object name a theme had a rule for

    def polish(self, target: Any) -> None:  # type: ignore[override]  # Qt's three overloads in one
        super().polish(target)
        if isinstance(target, QWidget):
            self.dress(target)

    def dress(self, widget: QWidget) -> None:
        if isinstance(widget, self.VIEWS) and widget.frameShape() != QFrame.Shape.NoFrame:
            widget.setFrameShape(QFrame.Shape.NoFrame)
        name = widget.objectName()
        if name not in self.named and isinstance(widget, QLabel):
            name = widget.metaObject().className()  # the tooltip's label, named after it is polished
        if name in self.named:  # a rule of this theme, or none (another theme's rule is taken off)
            rule = self.rules.get(name, "")
            if widget.styleSheet() != rule:
                widget.setStyleSheet(rule)

    def set_rules(self, sheet: str) -> bool:
        """The rules of ``sheet`` (see ``sheet_rules``); False when unchanged.  Widgets polished
        already are dressed again (a theme switch)."""
        rules = sheet_rules(sheet)
        if rules == self.rules:
            return False
        switch, self.rules = bool(self.rules), rules
        self.named |= rules.keys()
        if switch:  # not on the first theme: the window sets the style before it makes its widgets
            for widget in QApplication.allWidgets():
                if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                    self.dress(widget)
        return True


def sheet_rules(sheet: str) -> dict[str, str]:
    """Object name → the rule for it, from a theme's sheet: one rule a line, each selector a
    ``Type#name`` or ``QToolTip`` (the tooltip's label)."""
    rules: dict[str, str] = {}
    for line in re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL).splitlines():
        line = line.strip()
        if not line:
            continue
        selectors, _brace, _body = line.partition("{")
        for selector in (part.strip() for part in selectors.split(",")):
            if selector == "QToolTip":
                rules["QTipLabel"] = line
            elif "#" in selector:
                rules[selector.split("#", 1)[1]] = line
            else:
                raise ValueError(f"theme style: {selector!r} names no widget (give it an object name)")
    return rules


def use_fusion(app: QApplication, theme: str | None = None) -> ThemeStyle:
    """Qt's Fusion style with the rules of ``theme`` (when given); setting a style again would
    re-polish every widget.  Given before the window makes its widgets, each is dressed as it is
    polished and none twice."""
    style = app.style()
    if not isinstance(style, ThemeStyle):
        style = ThemeStyle()
        app.setStyle(style)
    if theme is not None:
        style.set_rules(theme_sheet(resolve(theme)))
    return style


def theme_sheet(palette: Palette) -> str:
    return resource("styles", f"{palette.name}.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication, theme: str) -> Palette:
    """Set the widget palette and stylesheet for ``theme``; returns the palette the renderer uses."""
    palette = resolve(theme)
    style = use_fusion(app)
    qt_palette = QPalette()
    if palette.name == "dark":
        window, base, text = QColor("#2b2d31"), QColor(palette.background), QColor(palette.text)
        for role, colour in (
            (QPalette.ColorRole.Window, window),
            (QPalette.ColorRole.WindowText, text),
            (QPalette.ColorRole.Base, base),
            (QPalette.ColorRole.AlternateBase, window),
            (QPalette.ColorRole.Text, text),
            (QPalette.ColorRole.Button, window),
            (QPalette.ColorRole.ButtonText, text),
            (QPalette.ColorRole.ToolTipBase, window),
            (QPalette.ColorRole.ToolTipText, text),
            (QPalette.ColorRole.PlaceholderText, QColor(palette.muted)),
            (QPalette.ColorRole.Highlight, QColor("#3d6fb4")),
            (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
            (QPalette.ColorRole.Link, QColor("#8ab4f8")),
        ):
            qt_palette.setColor(role, colour)
        qt_palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(palette.muted))
        qt_palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(palette.muted)
        )
    else:
        qt_palette = app.style().standardPalette()
    if app.palette() != qt_palette:
        app.setPalette(qt_palette)
    style.set_rules(theme_sheet(palette))
    return palette


def cjk_family() -> str | None:
    """The first installed CJK family from a per-platform preference list, or None."""
    installed = set(QFontDatabase.families())
    return next((family for family in CJK_FAMILIES if family in installed), None)


DEFAULT_FONT_SIZE = 14  # the reading pane's point size until the user zooms


def reading_font(point_size: int) -> QFont:
    font = QFont()
    family = cjk_family()
    if family:
        font.setFamilies([family, *font.families()])
    font.setPointSize(point_size)
    return font
