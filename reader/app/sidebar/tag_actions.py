"""Rename, merge, recolour and delete a tag library-wide: the Tags view's context menu.

Why here and not in the store: the store already does each change in one
transaction and hands back what undoes it; this module only asks the user
(the dialogs), validates against what the library holds now, and pushes the
matching ``reader.app.undo`` command on the notes controller's undo stack.
The command's job runs on the library worker; when it (or its undo) finishes
the controller's ``tags_changed`` makes the window reload every tag view, so
nothing here repaints by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget
from sqlite_utils import Database

from reader.app import icons, undo
from reader.app.i18n import translate
from reader.app.plain_text import plain
from reader.errors import BadInputError
from reader.store import tags as tag_store

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


class TagCommandHost(undo.Runner, Protocol):
    """What the actions need from the app: the worker-backed runner and its undo stack (NotesController)."""

    stack: undo.UndoHistory


class TagActions:
    """The four library-wide tag changes, each one undo step; ``parent`` owns the dialogs."""

    def __init__(self, db: Database, host: TagCommandHost, parent: QWidget) -> None:
        self.db = db
        self.host = host
        self.parent = parent
        self.on_renamed: Callable[[str], None] | None = None  # the view keeps the renamed tag selected

    # reads (the GUI's connection sees every committed write)
    def _find(self, name: str) -> dict[str, Any] | None:
        folded = name.casefold()
        return next((t for t in tag_store.list_tags(self.db) if t["name"].casefold() == folded), None)

    def menu(self, name: str) -> QMenu:
        """The context menu of one tag row; its actions act on ``name``."""
        menu = QMenu(self.parent)
        menu.setTitle(name)
        entries = (
            ("mdi6.rename-outline", translate("TagActions", "Rename…"), self.rename),
            ("mdi6.call-merge", translate("TagActions", "Merge Into…"), self.merge),
            ("mdi6.palette-outline", translate("TagActions", "Colour…"), self.recolour),
            ("mdi6.delete-outline", translate("TagActions", "Delete"), self.delete),
        )
        for icon, text, slot in entries:
            action = menu.addAction(icons.icon(icon), text)
            action.triggered.connect(lambda _checked=False, slot=slot: slot(name))
        return menu

    def _push(self, command: undo.StoreCommand) -> None:
        self.host.stack.submit(command)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, plain(text))

    # actions
    def rename(self, name: str) -> None:
        text, ok = QInputDialog.getText(
            self.parent,
            translate("TagActions", "Rename Tag"),
            plain(translate("TagActions", "New name for “%1”, everywhere it is used:").replace("%1", name)),
            QLineEdit.EchoMode.Normal,
            name,
        )
        if not ok:
            return
        try:
            new = tag_store.normalise_name(text)
        except BadInputError as error:
            self._warn(translate("TagActions", "Unusable Tag Name"), str(error))
            return
        if new == name:
            return
        existing = self._find(new)
        if existing is not None and existing["name"].casefold() != name.casefold():
            self._offer_merge(name, existing["name"])
            return
        if self.on_renamed is not None:
            self.on_renamed(new)
        self._push(undo.RenameTag(self.host, name, new))

    def _offer_merge(self, source: str, target: str) -> None:
        answer = QMessageBox.question(
            self.parent,
            translate("TagActions", "Tag Exists"),
            plain(
                translate("TagActions", "A tag “%1” already exists. Merge “%2” into it?")
                .replace("%1", target)
                .replace("%2", source)
            ),
            Yes | No,
            Yes,
        )
        if answer == Yes:
            self._merge_into(source, target)

    def merge(self, name: str) -> None:
        others = [t["name"] for t in tag_store.list_tags(self.db) if t["name"].casefold() != name.casefold()]
        if not others:
            QMessageBox.information(
                self.parent,
                translate("TagActions", "Merge Tag"),
                translate("TagActions", "There is no other tag to merge into."),
            )
            return
        target, ok = QInputDialog.getItem(
            self.parent,
            translate("TagActions", "Merge Tag"),
            plain(translate("TagActions", "Merge “%1” into:").replace("%1", name)),
            others,
            0,
            False,
        )
        if ok and target in others:
            self._merge_into(name, target)

    def _merge_into(self, source: str, target: str) -> None:
        if self.on_renamed is not None:
            self.on_renamed(target)
        self._push(undo.MergeTags(self.host, source, target))

    def recolour(self, name: str) -> None:
        tag = self._find(name)
        if tag is None:
            return
        chosen = QColorDialog.getColor(
            QColor(tag["color"]), self.parent, translate("TagActions", "Colour of “%1”").replace("%1", name)
        )
        if not chosen.isValid():
            return  # cancelled
        color = chosen.name()  # "#rrggbb", lower case, as the store keeps it
        if color != tag["color"].lower():
            self._push(undo.SetTagColor(self.host, name, color))

    def delete(self, name: str) -> None:
        tag = self._find(name)
        if tag is None:
            return
        answer = QMessageBox.question(
            self.parent,
            translate("TagActions", "Delete Tag"),
            plain(
                translate(
                    "TagActions", "Remove the tag “%1” from %2 articles and %3 highlights? (Ctrl+Z undoes it)"
                )
                .replace("%1", name)
                .replace("%2", str(tag["article_count"]))
                .replace("%3", str(tag["annotation_count"]))
            ),
            Yes | No,
            No,
        )
        if answer == Yes:
            self._push(undo.DeleteTag(self.host, name))
