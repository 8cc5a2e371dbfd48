"""The menu bar and the toolbars, laid out in one place from the actions the window's parts own.

Each part (the window, the notes feature, the panel layout, the library operations) makes
its own ``QAction``s with their shortcuts; this module only arranges them.  Menus carry an
``objectName`` (``menuFile`` …) so code finds them whatever language their titles are in,
and the keyboard shortcuts sheet (``reader.app.shortcuts``) lists them in this order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from reader.app.i18n import translate

if TYPE_CHECKING:
    from reader.app.window import MainWindow

Entry = QAction | QMenu | None  # None: a separator


def _menu(bar: QMenuBar, name: str, title: str, entries: list[Entry]) -> QMenu:
    menu = bar.addMenu(title)
    menu.setObjectName(name)
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)
    return menu


def build_menus(w: MainWindow) -> list[QMenu]:
    """File, Edit, View, Go, Article, Research, Help."""
    bar = w.menuBar()
    bar.clear()
    notes, ops, panels, research = w.notes, w.library_ops, w.panels, w.research
    return [
        _menu(
            bar,
            "menuFile",
            translate("Menus", "&File"),
            [
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
            ],
        ),
        _menu(
            bar,
            "menuEdit",
            translate("Menus", "&Edit"),
            [
                notes.act_undo,
                notes.act_redo,
                None,
                notes.highlight_menu,
                notes.act_note,
                notes.act_notes_view,
                None,
                notes.act_colours,
                w.act_preferences,
            ],
        ),
        _menu(
            bar,
            "menuView",
            translate("Menus", "&View"),
            [
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
            ],
        ),
        _menu(
            bar,
            "menuGo",
            translate("Menus", "&Go"),
            [
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
            ],
        ),
        _menu(bar, "menuArticle", translate("Menus", "&Article"), [w.act_read]),
        _menu(
            bar,
            "menuResearch",
            translate("Menus", "&Research"),
            [research.act_kwic, research.act_trend, None, research.act_save],
        ),
        _menu(bar, "menuHelp", translate("Menus", "&Help"), [w.act_shortcuts, w.act_about]),
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
