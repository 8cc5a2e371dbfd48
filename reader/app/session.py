"""What a window remembers between sessions, and where each part of it is kept.

The user's choices (geometry, toolbars, the sidebar's width, text size, highlighted kinds) go to
the user's settings (``reader.app.settings``); the open article and its scroll position belong to
the library (``reader.app.library_state``), so another library opens where it was left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter

from reader.app.layout import first_geometry
from reader.app.library_state import LibraryState
from reader.app.reading.pane import ReadingPane
from reader.app.settings import Settings
from reader.errors import NotFoundError


class Session:
    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        pane: ReadingPane,
        settings: Settings,
        state: LibraryState,
    ) -> None:
        self.window, self.splitter, self.pane, self.settings, self.state = (
            window,
            splitter,
            pane,
            settings,
            state,
        )

    def restore(self, open_article: Callable[[int], None]) -> None:
        """Geometry (a first one, or when the screen shrank, that fits it), layout, the last article."""
        window, settings = self.window, self.settings
        available = window.screen().availableGeometry()
        geometry = settings.geometry()
        if (
            geometry is None
            or not window.restoreGeometry(geometry)
            or not available.contains(window.geometry())
        ):
            window.setGeometry(first_geometry(available))
        if state := settings.window_state():
            window.restoreState(state)
        if sizes := settings.splitter_sizes():
            self.splitter.setSizes(sizes)
        last, scroll = self.state.last_article()
        if last is not None:
            try:
                open_article(last)
            except NotFoundError:
                return
            QTimer.singleShot(0, lambda: self.pane.scroll_to(scroll))

    def save(self, current_id: int | None) -> None:
        window, settings = self.window, self.settings
        settings.set_geometry(window.saveGeometry())
        settings.set_window_state(window.saveState())
        settings.set_splitter_sizes(self.splitter.sizes())
        self.state.remember(current_id, self.pane.view.verticalScrollBar().value())
        settings.set_font_size(self.pane.font_size)
        settings.set_entity_kinds(self.pane.enabled_kinds)
        settings.sync()
