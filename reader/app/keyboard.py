"""Everything reachable without a mouse: caret browsing (F7), regions (F6), the shortcuts sheet, preferences.

The window's parts (sidebar, page, notes panel) are regions: F6 / Shift+F6 move between
them, Tab stays inside the controls of one.  Caret browsing gives the read-only page a text
cursor, so Shift+arrows select a passage that H or Ctrl+1…5 then highlight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from reader.app import icons

if TYPE_CHECKING:
    from reader.app.window import MainWindow


class KeyboardNav(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_caret = self._action(self.tr("Caret Browsing"), "F7", self.toggle_caret)
        self.act_caret.setCheckable(True)
        self.act_next_region = self._action(self.tr("Next Region"), "F6", lambda: self.cycle_region(1))
        self.act_prev_region = self._action(
            self.tr("Previous Region"), "Shift+F6", lambda: self.cycle_region(-1)
        )
        self.act_shortcuts = self._action(self.tr("Keyboard Shortcuts"), "Ctrl+/", self.show_shortcuts)
        self.act_shortcuts.setIcon(icons.icon("mdi6.keyboard-outline"))
        self.act_preferences = self._action(self.tr("Preferences…"), "Ctrl+,", self.show_preferences)
        self.act_preferences.setIcon(icons.icon("mdi6.cog-outline"))
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _action(self, text: str, key: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def toggle_caret(self) -> None:
        view = self.window.pane.view
        on = not view.caret_browsing
        view.set_caret_browsing(on)
        self.act_caret.setChecked(on)
        self.window.show_status(
            self.tr(
                "Caret browsing: arrows move, Shift+arrows select, H or Ctrl+1…5 highlight; F7 turns it off"
            )
            if on
            else self.tr("Caret browsing off"),
            8000 if on else 3000,
        )

    def regions(self) -> list[QWidget]:
        """Where F6 goes, in order: the sidebar's current view, the page, the notes panel (when shown)."""
        w = self.window
        found = []
        if w.tabs.isVisible():
            found.append(w.tabs.currentWidget())
        found.append(w.pane.view if w.centre.currentIndex() == 0 else w.detail)
        if w.notes.panel.isVisible():
            found.append(w.notes.panel)
        return found

    def cycle_region(self, step: int) -> QWidget:
        regions = self.regions()
        focus = QApplication.focusWidget()
        here = next(
            (n for n, r in enumerate(regions) if focus is not None and (focus is r or r.isAncestorOf(focus))),
            -1,
        )
        target = regions[(here + step) % len(regions)]
        first_focusable(target).setFocus(Qt.FocusReason.TabFocusReason)
        return target

    def show_shortcuts(self) -> None:
        from reader.app.shortcuts import ShortcutSheet

        self.window.shortcut_sheet = ShortcutSheet(self.window.app_menus, self.window)
        self.window.shortcut_sheet.show()

    def show_preferences(self) -> None:
        from reader.app.preferences import PreferencesDialog

        window = self.window
        dialog = PreferencesDialog(window.settings, window)
        window.preferences = dialog

        def chosen(result: int) -> None:
            if result and dialog.chosen_language() != window.settings.language():
                window.settings.set_language(dialog.chosen_language())
                window.relaunch_requested.emit()

        dialog.finished.connect(chosen)
        dialog.open()


def first_focusable(widget: QWidget) -> QWidget:
    """The widget itself when it takes focus, else its first visible child that does."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.isVisible() and child.isEnabled() and child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return widget
