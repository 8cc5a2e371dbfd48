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
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QWidget

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
        self._sizes = {"sidebar": 400, "notes": 300}
        self._forced = {"sidebar": False, "notes": False}  # shown on request in a window without room
        self._hint = ""  # the last "panel hidden" message shown
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
        sidebar.installEventFilter(self)

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
        self._choose("sidebar", on)

    def show_notes_panel(self, on: bool) -> None:
        self._choose("notes", on)

    def _choose(self, name: str, on: bool) -> None:
        """The user shows or hides a panel: remembered, and obeyed even where it leaves a narrow column."""
        if name == "sidebar":
            self.want_sidebar = on
        else:
            self.want_notes = on
        self.settings.set_panel_visible(name, on)
        self._forced[name] = on
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
            if event.type() == QEvent.Type.Resize:
                self._forced = {"sidebar": False, "notes": False}  # a new size: fit it afresh
            self._refit.start()
        elif watched is self.sidebar and event.type() == QEvent.Type.Resize:
            fit_tab_labels(self.sidebar)  # type: ignore[arg-type]
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
        keep_side, keep_notes = self._forced["sidebar"], self._forced["notes"]
        if side and notes and need + SIDEBAR_MIN + NOTES_MIN + 2 * handle > total:
            if not keep_notes:
                notes = False  # the notes panel yields first
            elif not keep_side:
                side = False
        if side and not keep_side and need + SIDEBAR_MIN + handle * (1 + notes) + NOTES_MIN * notes > total:
            side = False
        if notes and not keep_notes and need + NOTES_MIN + handle > total:
            notes = False
        hidden = [
            name
            for name, widget, on, splitter, index in (
                ("sidebar", self.sidebar, side, self.outer, 0),
                ("notes", self.notes_panel, notes, self.inner, 1),
            )
            if self._show(widget, on, name, splitter, index)
        ]
        bar = self.window.statusBar()
        quiet = bar.currentMessage() in ("", self._hint)  # never over a message that says more
        if hidden and quiet and not self.reading_mode and self.window.isVisible():
            self._hint = self._hidden_message(hidden)
            bar.showMessage(self._hint, 8000)
        for action, shown in ((self.act_sidebar, side), (self.act_notes, notes)):
            action.blockSignals(True)  # checked = shown; pressing it shows a panel hidden for room
            action.setChecked(shown)
            action.blockSignals(False)
        self._shrink(need, side, notes, total, handle)

    def _show(self, widget: QWidget, on: bool, name: str, splitter: QSplitter, index: int) -> bool:
        """Show or hide one panel; True when a panel the user wants was hidden for room."""
        if on == widget.isVisibleTo(self.window):
            return False
        if not on:
            self._sizes[name] = splitter.sizes()[index] or self._sizes[name]
            widget.hide()
            return self.want_sidebar if name == "sidebar" else self.want_notes
        widget.show()
        whole = sum(splitter.sizes())
        wanted = self._sizes[name]
        splitter.setSizes(
            [wanted, max(0, whole - wanted)] if index == 0 else [max(0, whole - wanted), wanted]
        )
        return False

    def _hidden_message(self, names: list[str]) -> str:
        if names == ["sidebar"]:
            return self.tr("Sidebar hidden to keep lines readable · Ctrl+B shows it")
        if names == ["notes"]:
            return self.tr("Notes panel hidden to keep lines readable · Ctrl+Shift+B shows it")
        return self.tr("Panels hidden to keep lines readable · Ctrl+B, Ctrl+Shift+B show them")

    def _shrink(self, need: int, side: bool, notes: bool, total: int, handle: int) -> None:
        """Take width from the panels (the notes panel first, down to their minimum) for the pane."""
        side_width = self.outer.sizes()[0] if side else 0
        notes_width = self.inner.sizes()[1] if notes else 0
        pane = total - side_width - notes_width - handle * (side + notes)
        deficit = need - pane
        if deficit <= 0:
            return
        if notes:
            cut = min(deficit, max(0, notes_width - NOTES_MIN))
            notes_width -= cut
            deficit -= cut
            centre = total - side_width - handle * side
            self.inner.setSizes([centre - notes_width - handle, notes_width])
        if side and deficit > 0:
            side_width -= min(deficit, max(0, side_width - SIDEBAR_MIN))
            self.outer.setSizes([side_width, total - side_width - handle])

    # what the reading column shows
    def characters_per_line(self) -> int:
        """How many body characters fit on one line of the reading column now."""
        return self.pane.characters_per_line()


def fit_tab_labels(tabs: QTabWidget) -> None:
    """Icons with labels when they fit side by side, icons alone (labels on hover) when they do not.

    A tab's full label is kept as its tooltip (the sidebar sets it); every view stays one click
    away whatever the language and the width.  The labelled width is worked out from the labels
    each time, so a tab a feature adds later counts too.
    """
    bar = tabs.tabBar()
    labels = [tabs.tabToolTip(n) for n in range(tabs.count())]
    if not all(labels):
        return  # labels not set up yet
    metrics = bar.fontMetrics()
    chrome = bar.iconSize().width() + 3 * metrics.averageCharWidth() + 12  # icon, gaps, frame
    show = sum(metrics.horizontalAdvance(label) + chrome for label in labels) <= tabs.width()
    tabs.setUsesScrollButtons(len(labels) * chrome > tabs.width())  # even icons alone do not fit
    for number, label in enumerate(labels):
        text = label if show else ""
        if tabs.tabText(number) != text:
            tabs.setTabText(number, text)
