"""The window's parts made after its constructor, declared so that the code using them is type-checked.

``menus.build_actions`` makes the window's own actions, the keyboard's commands open the shortcut
sheet and the preferences, and the library's parts are built in a stage of their own; each is an
attribute of the window from then on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from reader.app.importing import ImportController
    from reader.app.preferences import PreferencesDialog
    from reader.app.shortcuts import ShortcutSheet
    from reader.app.tagging import Corrections


class LaterParts:
    act_import: QAction
    act_import_folder: QAction
    act_quit: QAction
    act_back: QAction
    act_forward: QAction
    act_next: QAction
    act_prev: QAction
    act_read: QAction
    act_bigger: QAction
    act_smaller: QAction
    act_reset: QAction
    act_search: QAction
    act_find: QAction
    act_about: QAction
    corrections: Corrections  # built with the library's parts; tagging's callback reads it when called
    importer: ImportController
    shortcut_sheet: ShortcutSheet
    preferences: PreferencesDialog
