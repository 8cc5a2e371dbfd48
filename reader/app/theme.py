"""Light and dark palettes, the stylesheet for each, and a CJK-capable reading font.

Entity colours live here (not in the renderer) so both themes keep text
readable: light backgrounds under dark text in the light theme, deep
backgrounds under light text in the dark theme.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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


def use_fusion(app: QApplication) -> None:
    """Qt's Fusion style under the window's style sheet; setting it again would re-polish every widget."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")


def apply_theme(app: QApplication, theme: str) -> Palette:
    """Set the widget palette and stylesheet for ``theme``; returns the palette the renderer uses."""
    palette = resolve(theme)
    use_fusion(app)
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
    sheet = resource("styles", f"{palette.name}.qss").read_text(encoding="utf-8")
    if app.styleSheet() != sheet:  # setting it, even to the same text, re-polishes every widget
        app.setStyleSheet(sheet)
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
