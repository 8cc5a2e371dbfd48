"""Help ▸ Keyboard Shortcuts: every shortcut the window answers to, read from its menus.

Why read the menus and not keep a list: a list drifts from the code; the menus hold the
very actions that answer the keys.  Keys that belong to no menu action (moving from the
search box into its results, caret selection, Tab and Esc) follow in a second part.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.app.i18n import QT_TRANSLATE_NOOP

OTHER_KEYS = (  # keys, what they do
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Down / Up"),
        QT_TRANSLATE_NOOP("Shortcuts", "In the search box: move into the results and back"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "In a list of results or articles: open the article"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Shift+Arrow keys"),
        QT_TRANSLATE_NOOP("Shortcuts", "With caret browsing (F7): select text to highlight"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next / previous control (the page is one stop)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Del"),
        QT_TRANSLATE_NOOP("Shortcuts", "In the notes panel: delete the chosen highlight"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the find bar; leave reading mode"),
    ),
)


def _label(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())


def shortcut_rows(menus: list[QMenu]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every menu action that has a shortcut, submenus included."""
    groups = []
    for menu in menus:
        rows: list[tuple[str, str]] = []
        for action in menu.actions():
            inner = action.menu()
            targets = inner.actions() if isinstance(inner, QMenu) else [action]
            rows.extend((_label(a), _keys(a)) for a in targets if a.shortcuts())
        if rows:
            groups.append((_label(menu.menuAction()), rows))
    return groups


class ShortcutSheet(QDialog):
    def __init__(self, menus: list[QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 640)
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        for title, rows in shortcut_rows(menus):
            self._group(title, rows)
        self._group(
            self.tr("Elsewhere"),
            [
                (QCoreApplication.translate("Shortcuts", what), QCoreApplication.translate("Shortcuts", keys))
                for keys, what in OTHER_KEYS
            ],
        )
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        header = QTreeWidgetItem([title, ""])
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.addTopLevelItem(header)
        for what, keys in rows:
            self.table.addTopLevelItem(QTreeWidgetItem([what, keys]))

    def rows(self) -> dict[str, str]:
        """Action → keys as shown (tests read it)."""
        found = {}
        for number in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(number)
            if item is not None and item.text(1):
                found[item.text(0)] = item.text(1)
        return found
