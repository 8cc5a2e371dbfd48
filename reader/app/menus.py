"""The menu bar and the toolbars, laid out in one place from the actions the window's parts own.

Each part (the window, the notes feature, the panel layout, the library operations) makes
its own ``QAction``s with their shortcuts; this module only arranges them.  Menus carry an
``objectName`` (``menuFile`` …) so code finds them whatever language their titles are in,
and the keyboard shortcuts sheet (``reader.app.shortcuts``) lists them in this order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from reader.app import icons
from reader.app.i18n import translate

if TYPE_CHECKING:
    from reader.app.window import MainWindow

Entry = QAction | QMenu | None  # None: a separator


def _action(
    w: MainWindow, text: str, icon: str | None, keys: list[str] | str | None, slot: Callable
) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it) that calls ``slot()``."""
    action = QAction(text, w)
    if icon:
        icons.set_icon(action, icon)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in ([keys] if isinstance(keys, str) else keys)])
    action.triggered.connect(lambda _checked=False: slot())
    w.addAction(action)
    return action


def build_actions(w: MainWindow) -> None:
    """The window's own actions (``act_import`` …); the features make theirs.  Slots are looked up when
    triggered, so the parts they reach may be built after the actions."""

    def a(text: str, icon: str | None, keys: list[str] | str | None, slot: Callable) -> QAction:
        return _action(w, text, icon, keys, slot)

    w.act_import = a(
        translate("MainWindow", "Import Files…"),
        "mdi6.file-import-outline",
        "Ctrl+O",
        lambda: w.library.choose_files(),
    )
    w.act_import_folder = a(
        translate("MainWindow", "Import Folder…"),
        "mdi6.folder-download-outline",
        "Ctrl+Shift+O",
        lambda: w.library.choose_folder(),
    )
    w.act_quit = a(translate("MainWindow", "Quit"), None, "Ctrl+Q", w.close)
    w.act_back = a(translate("MainWindow", "Back"), "mdi6.arrow-left", "Alt+Left", lambda: w.go(-1))
    w.act_forward = a(translate("MainWindow", "Forward"), "mdi6.arrow-right", "Alt+Right", lambda: w.go(1))
    w.act_next = a(
        translate("MainWindow", "Next Article"), "mdi6.chevron-down", ["J", "Alt+Down"], lambda: w.step(1)
    )
    w.act_prev = a(
        translate("MainWindow", "Previous Article"), "mdi6.chevron-up", ["K", "Alt+Up"], lambda: w.step(-1)
    )
    w.act_read = a(
        translate("MainWindow", "Mark Read / Unread"), "mdi6.email-open-outline", "M", lambda: w.toggle_read()
    )
    w.act_bigger = a(
        translate("MainWindow", "Larger Text"),
        "mdi6.format-font-size-increase",
        ["Ctrl+=", "Ctrl++"],
        lambda: w.zoom(1),
    )
    w.act_smaller = a(
        translate("MainWindow", "Smaller Text"),
        "mdi6.format-font-size-decrease",
        "Ctrl+-",
        lambda: w.zoom(-1),
    )
    w.act_reset = a(translate("MainWindow", "Default Text Size"), None, "Ctrl+0", lambda: w.zoom(0))
    w.act_search = a(
        translate("MainWindow", "Search Library"), "mdi6.magnify", "Ctrl+K", lambda: w.focus_search()
    )
    w.act_find = a(
        translate("MainWindow", "Find in Article"), "mdi6.text-search", "Ctrl+F", w.pane.find_bar.open
    )
    w.act_about = a(
        translate("MainWindow", "About Bulletin Reader"),
        "mdi6.information-outline",
        None,
        lambda: w.show_about(),
    )
    w.act_about.setMenuRole(QAction.MenuRole.AboutRole)


def build_menu_bar(w: MainWindow) -> list[QMenu]:
    """File, Edit, View, Go, Article, Research, Help: the titles, empty (``fill_menus`` adds the entries
    once the parts that own them are built)."""
    bar = w.menuBar()
    bar.clear()
    made = []
    for name, title in (
        ("menuFile", translate("Menus", "&File")),
        ("menuEdit", translate("Menus", "&Edit")),
        ("menuView", translate("Menus", "&View")),
        ("menuGo", translate("Menus", "&Go")),
        ("menuArticle", translate("Menus", "&Article")),
        ("menuResearch", translate("Menus", "&Research")),
        ("menuHelp", translate("Menus", "&Help")),
    ):
        menu = bar.addMenu(title)
        menu.setObjectName(name)
        made.append(menu)
    return made


def fill_menus(w: MainWindow, made: list[QMenu]) -> None:
    research = w.research
    entries: list[list[Entry]] = [
        _file_entries(w),
        _edit_entries(w),
        _view_entries(w),
        _go_entries(w),
        [w.act_read],
        [research.act_kwic, research.act_trend, None, research.act_save],
        [w.act_shortcuts, w.act_about],
    ]
    for menu, items in zip(made, entries, strict=True):
        for entry in items:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, QMenu):
                menu.addMenu(entry)
            else:
                menu.addAction(entry)


def build_menus(w: MainWindow) -> list[QMenu]:
    """File, Edit, View, Go, Article, Research, Help, with their entries."""
    made = build_menu_bar(w)
    fill_menus(w, made)
    return made


def _file_entries(w: MainWindow) -> list[Entry]:
    notes, ops = w.notes, w.library_ops
    return [
        w.act_import,
        w.act_import_folder,
        None,
        notes.act_export,
        None,
        ops.act_remove_issue,
        ops.act_remove_samples,
        ops.act_trash,
        None,
        w.act_quit,
    ]


def _edit_entries(w: MainWindow) -> list[Entry]:
    notes = w.notes
    return [
        notes.act_undo,
        notes.act_redo,
        None,
        notes.highlight_menu,
        notes.act_note,
        notes.act_notes_view,
        None,
        notes.act_colours,
        w.act_preferences,
    ]


def _view_entries(w: MainWindow) -> list[Entry]:
    panels = w.panels
    return [
        panels.act_sidebar,
        panels.act_notes,
        panels.act_reading,
        w.act_caret,
        None,
        w.act_bigger,
        w.act_smaller,
        w.act_reset,
        None,
        *w.theme_actions.values(),
        None,
        *w.kind_actions.values(),
    ]


def _go_entries(w: MainWindow) -> list[Entry]:
    return [
        w.act_next,
        w.act_prev,
        w.act_back,
        w.act_forward,
        None,
        w.act_search,
        w.act_find,
        None,
        w.act_next_region,
        w.act_prev_region,
    ]


def build_toolbars(w: MainWindow) -> list[QToolBar]:
    main = w.addToolBar(translate("Menus", "Main"))
    main.setObjectName("mainToolbar")
    for action in (
        w.act_import,
        None,
        w.act_back,
        w.act_forward,
        w.act_prev,
        w.act_next,
        w.act_read,
        None,
        w.act_smaller,
        w.act_bigger,
        None,
    ):
        main.addAction(action) if action else main.addSeparator()
    kinds = w.addToolBar(translate("Menus", "Entities"))
    kinds.setObjectName("kindToolbar")
    kinds.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in w.kind_actions.values():
        kinds.addAction(action)
    return [main, kinds]
