"""How the page looks: the theme, which entity kinds are highlighted (with the legend), the text size.

The window owns the widgets; this controller owns the View menu's theme and kind actions and
applies a change everywhere it shows: the reading pane, search hits, the entity page, the legend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from reader.app.settings import FONT_RANGE
from reader.app.theme import (
    DEFAULT_FONT_SIZE,
    DEFAULT_KINDS,
    ENTITY_KINDS,
    LIGHT,
    Palette,
    apply_theme,
    kind_label,
)

if TYPE_CHECKING:
    from reader.app.window import MainWindow


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class Appearance(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette: Palette = LIGHT
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in (
            ("system", self.tr("System Theme")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            action = QAction(label, window, checkable=True)
            action.triggered.connect(lambda _c=False, n=name: self.set_theme(n))
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.kind_actions: dict[str, QAction] = {}
        enabled = window.settings.entity_kinds() if window.settings else set(DEFAULT_KINDS)
        for kind in ENTITY_KINDS:
            action = QAction(kind_label(kind), window, checkable=True)
            action.setChecked(kind in enabled)
            action.setToolTip(self.tr("Highlight: %1").replace("%1", kind_label(kind)))
            action.toggled.connect(lambda _on, k=kind: self.kinds_changed())
            self.kind_actions[kind] = action
        window.pane.enabled_kinds = self.enabled()

    def enabled(self) -> set[str]:
        return {kind for kind, action in self.kind_actions.items() if action.isChecked()}

    def set_theme(self, name: str, save: bool = True) -> None:
        w = self.window
        self.palette = apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
        self.theme_actions[name].setChecked(True)
        w.pane.palette_ = self.palette
        w.sidebar.set_hit_colour(self.palette.hit)  # the Search tab may be built later
        for kind, action in self.kind_actions.items():
            action.setIcon(_swatch(self.palette.entities[kind]))
        self.update_legend()
        w.pane.rerender(keep_scroll=True)
        if w.detail.entity is not None:
            w.detail.show_entity(*w.detail.entity, self.palette)
        if save:
            w.settings.set_theme(name)

    def update_legend(self) -> None:
        w = self.window
        chips = [
            f'<span style="background-color:{self.palette.entities[k]}; color:{self.palette.text}">'
            f"&nbsp;{kind_label(k)}&nbsp;</span>"
            for k in ENTITY_KINDS
            if k in w.pane.enabled_kinds
        ]
        w.legend.setText(
            self.tr("Legend:") + " " + "&nbsp; ".join(chips) if chips else self.tr("Highlighting off")
        )

    def kinds_changed(self) -> None:
        w = self.window
        w.pane.enabled_kinds = self.enabled()
        w.settings.set_entity_kinds(w.pane.enabled_kinds)
        self.update_legend()
        w.pane.rerender(keep_scroll=True)

    def zoom(self, step: int) -> None:
        """One point larger (+1) or smaller (−1), or the default size (0)."""
        w = self.window
        low, high = FONT_RANGE
        size = DEFAULT_FONT_SIZE if step == 0 else min(high, max(low, w.pane.font_size + step))
        w.pane.set_font_size(size)
        w.pane.rerender(keep_scroll=True)
        w.settings.set_font_size(size)
        w.panels.fit()  # a larger font needs a wider column
