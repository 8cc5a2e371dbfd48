"""The window fits the screen: panels yield before the reading column does.

The window is sidebar | reading pane | notes panel.  Whatever the screen (1024×700, a
laptop at 200 % scaling), the reading column keeps at least ``MIN_COLUMN_EM`` characters
per line: when it would get narrower, the panels shrink to their minimum width, then the
notes panel is hidden, then the sidebar.  Panels hidden that way come back by themselves
once there is room; panels the user hid (View menu, Ctrl+B, Ctrl+Shift+B) stay hidden.
Reading mode (F11) hides both panels, the toolbars and the legend; Esc or F11 leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from reader.app.reading.pane import ReadingPane
from reader.app.settings import Settings

SIDEBAR_MIN = 200  # logical pixels: a tree with short titles, the search box, five tab icons
NOTES_MIN = 200
FIRST_SIZE = (1280, 820)  # what a first window asks for when the screen has room
SCREEN_SHARE = 0.92  # of the available screen, at most, for a first window


def first_geometry(available: QRect) -> QRect:
    """A first window: ``FIRST_SIZE`` or a little less than the available screen, centred on it."""
    width = min(FIRST_SIZE[0], int(available.width() * SCREEN_SHARE))
    height = min(FIRST_SIZE[1], int(available.height() * SCREEN_SHARE))
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height) // 2
    return QRect(left, top, width, height)


class PanelLayout(QObject):
    """Shows, hides and sizes the two panels around the reading pane; owns the View menu's panel actions."""

    def __init__(
        self,
        window: QMainWindow,
        outer: QSplitter,
        sidebar: QWidget,
        inner: QSplitter,
        notes_panel: QWidget,
        pane: ReadingPane,
        chrome: list[QWidget],
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window, self.outer, self.sidebar, self.inner = window, outer, sidebar, inner
        self.notes_panel, self.pane, self.chrome, self.settings = notes_panel, pane, chrome, settings
        self.want_sidebar = settings.panel_visible("sidebar")
        self.want_notes = settings.panel_visible("notes")
        self.reading_mode = False
        self._chrome_shown: dict[QWidget, bool] = {}
        self._sizes = {"sidebar": 380, "notes": 300}
        self._fitting = False
        # A window's resize event arrives before its layout has resized the splitters: fit on the next turn.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit)
        sidebar.setMinimumWidth(SIDEBAR_MIN)
        notes_panel.setMinimumWidth(NOTES_MIN)
        for splitter in (outer, inner):
            splitter.setChildrenCollapsible(False)
            splitter.splitterMoved.connect(lambda _pos, _index: self.fit())
        self.act_sidebar = self._toggle(self.tr("Sidebar"), "Ctrl+B", self.want_sidebar, self.show_sidebar)
        self.act_notes = self._toggle(
            self.tr("Notes Panel"), "Ctrl+Shift+B", self.want_notes, self.show_notes_panel
        )
        self.act_reading = self._toggle(self.tr("Reading Mode"), "F11", False, self.set_reading_mode)
        self.act_leave = QAction(self.tr("Leave Reading Mode"), window)
        self.act_leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.act_leave.setEnabled(False)
        self.act_leave.triggered.connect(lambda: self.set_reading_mode(False))
        window.addAction(self.act_leave)
        window.installEventFilter(self)

    def _toggle(self, text: str, key: str, checked: bool, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window, checkable=True)
        action.setChecked(checked)
        action.setShortcut(QKeySequence(key))
        action.toggled.connect(slot)
        self.window.addAction(action)
        return action

    @property
    def settled(self) -> bool:
        """False while a resize waits to be fitted (tests wait for it)."""
        return not self._refit.isActive()

    # the user's choices
    def show_sidebar(self, on: bool) -> None:
        self.want_sidebar = on
        self.settings.set_panel_visible("sidebar", on)
        if on and self.reading_mode:
            self.set_reading_mode(False)
        self.fit()

    def show_notes_panel(self, on: bool) -> None:
        self.want_notes = on
        self.settings.set_panel_visible("notes", on)
        if on and self.reading_mode:
            self.set_reading_mode(False)
        self.fit()

    def set_reading_mode(self, on: bool) -> None:
        """Distraction-free reading: only the article (and the menu bar, to find the way back)."""
        if on == self.reading_mode:
            return
        self.reading_mode = on
        self.act_reading.blockSignals(True)
        self.act_reading.setChecked(on)
        self.act_reading.blockSignals(False)
        self.act_leave.setEnabled(on)
        if on:
            self._chrome_shown = {widget: widget.isVisible() for widget in self.chrome}
            for widget in self.chrome:
                widget.hide()
        else:
            for widget, shown in self._chrome_shown.items():
                widget.setVisible(shown)
        self.fit()
        self.pane.view.setFocus()

    # fitting
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._refit.start()
        return False

    def fit(self) -> None:
        """Hide or shrink panels so the reading column keeps its minimum width; bring back what fits."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        total = self.outer.width()
        handle = self.outer.handleWidth()
        need = self.pane.column_minimum()
        side = self.want_sidebar and not self.reading_mode
        notes = self.want_notes and not self.reading_mode
        if side and notes and need + SIDEBAR_MIN + NOTES_MIN + 2 * handle > total:
            notes = False  # the notes panel yields first
        if side and need + SIDEBAR_MIN + handle > total:
            side = False
        if notes and need + NOTES_MIN + handle > total:
            notes = False
        self._show(self.sidebar, side, "sidebar", self.outer, 0)
        self._show(self.notes_panel, notes, "notes", self.inner, 1)
        self._shrink(need, side, notes, total, handle)

    def _show(self, widget: QWidget, on: bool, name: str, splitter: QSplitter, index: int) -> None:
        if on == widget.isVisibleTo(self.window):
            return
        if not on:
            self._sizes[name] = splitter.sizes()[index] or self._sizes[name]
            widget.hide()
            return
        widget.show()
        whole = sum(splitter.sizes())
        wanted = self._sizes[name]
        splitter.setSizes(
            [wanted, max(0, whole - wanted)] if index == 0 else [max(0, whole - wanted), wanted]
        )

    def _shrink(self, need: int, side: bool, notes: bool, total: int, handle: int) -> None:
        """Take width from the panels (down to their minimum) until the pane has ``need``."""
        side_width = self.outer.sizes()[0] if side else 0
        notes_width = self.inner.sizes()[1] if notes else 0
        pane = total - side_width - notes_width - handle * (side + notes)
        deficit = need - pane
        if deficit <= 0:
            return
        if side:
            cut = min(deficit, max(0, side_width - SIDEBAR_MIN))
            side_width -= cut
            deficit -= cut
            self.outer.setSizes([side_width, total - side_width - handle])
        if notes and deficit > 0:
            centre = self.inner.width() if not side else total - side_width - handle
            notes_width -= min(deficit, max(0, notes_width - NOTES_MIN))
            self.inner.setSizes([centre - notes_width - handle, notes_width])

    # what the reading column shows
    def characters_per_line(self) -> int:
        """How many body characters fit on one line of the reading column now."""
        return self.pane.characters_per_line()
