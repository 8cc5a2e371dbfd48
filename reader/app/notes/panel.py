"""The notes panel beside the reading pane: the article's tags, its highlights in text order, an editor.

Everything here is saved the moment it is made: a colour click, a tag, a
delete go straight to the controller, and a note is saved as it is typed (on
the next turn of the event loop, so a burst of keys is one write; the undo
command merges them so one Ctrl+Z takes back the whole edit).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.app import icons
from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.app.notes.controller import NotesController
from reader.app.notes.highlighter import COLOR_LABELS, STRONG
from reader.app.notes.tag_editor import TagEditor
from reader.app.plain_text import plain
from reader.store.annotations import COLORS, Annotation

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2
ORPHAN_LABEL = QT_TRANSLATE_NOOP("ArticleNotesModel", "⚠ Text changed, not found")
Index = QModelIndex | QPersistentModelIndex


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(STRONG["light"].get(color, color)))
    return QIcon(pixmap)


def short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ArticleNotesModel(QAbstractListModel):
    """One row per highlight of the shown article: attached ones in text order, then orphans."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Annotation] = []
        self.meanings: dict[str, str] = {}

    def set_items(self, items: list[Annotation], meanings: dict[str, str]) -> None:
        self.beginResetModel()
        self.items, self.meanings = list(items), dict(meanings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [("" if not item.orphaned else self.tr(ORPHAN_LABEL) + "\n") + f"「{short(item.quote)}」"]
            if item.note.strip():
                lines.append("✎ " + short(item.note, 120))
            if item.tags:
                lines.append(" ".join(f"#{t}" for t in item.tags))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(item.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            meaning = self.meanings.get(item.color, "")
            head = COLOR_LABELS.get(item.color, item.color) + (f" = {meaning}" if meaning else "")
            return plain(f"{head}\n「{item.quote}」" + (f"\n\n{item.note}" if item.note else ""))
        if role == ANNOTATION_ROLE:
            return item
        if role == UID_ROLE:
            return item.uid
        return None

    def row_of(self, uid: str) -> int:
        return next((n for n, item in enumerate(self.items) if item.uid == uid), -1)


class NoteEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class NotesPanel(QWidget):
    """Article tags on top, the list of highlights, and an editor for the chosen one."""

    annotation_activated = Signal(str)  # uid: scroll the pane to it

    # built by ``build`` (the window's "notes" stage), or when first asked for
    PARTS = frozenset(
        {
            "article_tags",
            "heading",
            "list",
            "editor",
            "legend",
            "colour_buttons",
            "delete_button",
            "note",
            "note_tags",
        }
    )

    def __init__(self, controller: NotesController, parent: QWidget | None = None) -> None:
        """An empty panel of its width now; its widgets in ``build``.

        Why: the panel's widgets (two tag editors, the list, the editor, word-wrapped labels whose
        sizes load a CJK font) were ≈ a fifth of the window's first block, and the first frame shows
        the article's page blank anyway (issue 14: no block over 50 ms).  The model is filled before
        (``reload``), so highlights are painted on a page rendered before the widgets exist.
        """
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.controller = controller
        self.article: dict[str, Any] | None = None
        self.model = ArticleNotesModel(self)
        self._built = False
        self._list_actions: list[QAction] = []
        self._save_timer = QTimer(self, singleShot=True, interval=0)
        self._save_timer.timeout.connect(self.save_note)
        self.setMinimumWidth(260)

    def __getattr__(self, name: str) -> Any:
        """A part not built yet (a shortcut, a test, a caller before the stage): build the panel now."""
        if name in NotesPanel.PARTS and not self.__dict__.get("_built", True):
            self.build()
            return object.__getattribute__(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def built(self) -> bool:
        return self._built

    def add_list_action(self, action: QAction) -> None:
        """An action of the highlights list (Del), added when the list exists."""
        self._list_actions.append(action)
        if self._built:
            self.list.addAction(action)

    def build(self) -> None:
        """The tags, the list of highlights, the editor and the legend, showing the current article."""
        if self._built:
            return
        self._built = True
        self.article_tags = TagEditor(self.controller.complete_tags, self.tr("Article tags"))
        self.article_tags.tag_added.connect(self._add_article_tag)
        self.article_tags.tag_removed.connect(self._remove_article_tag)
        self.heading = QLabel(objectName="notesHeading")
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(12, 12))
        self.list.setSpacing(3)
        self.list.setUniformItemSizes(False)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.clicked.connect(lambda index: self.annotation_activated.emit(index.data(UID_ROLE)))
        self.list.addActions(self._list_actions)
        self.editor = self._build_editor()
        self.legend = QLabel(objectName="colourLegend", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.article_tags)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.editor, 2)
        layout.addWidget(self.legend)
        self.reload(keep=False)

    def _build_editor(self) -> QWidget:
        box = QWidget()
        self.colour_buttons: dict[str, QToolButton] = {}
        colours = QHBoxLayout()
        colours.setContentsMargins(0, 0, 0, 0)
        for color in COLORS:
            button = QToolButton(checkable=True, autoRaise=True)
            button.setIcon(swatch(color, 16))
            button.clicked.connect(lambda _c=False, c=color: self._recolour(c))
            self.colour_buttons[color] = button
            colours.addWidget(button)
        colours.addStretch(1)
        self.delete_button = QToolButton(autoRaise=True)
        icons.set_icon(self.delete_button, "mdi6.delete-outline")
        self.delete_button.setToolTip(self.tr("Delete highlight (Del)"))
        self.delete_button.clicked.connect(self.delete_current)
        colours.addWidget(self.delete_button)
        self.note = NoteEdit(objectName="noteEditor")
        self.note.setPlaceholderText(self.tr("Note — plain text or Markdown"))
        self.note.textChanged.connect(self._note_typed)
        self.note.focus_lost.connect(self.save_note)
        self.note_tags = TagEditor(self.controller.complete_tags, self.tr("Highlight tags"))
        self.note_tags.tag_added.connect(lambda name: self._set_note_tags([*self.note_tags.tags, name]))
        self.note_tags.tag_removed.connect(
            lambda name: self._set_note_tags([t for t in self.note_tags.tags if t != name])
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(colours)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.note_tags)
        return box

    # showing
    def current(self) -> Annotation | None:
        if not self._built:
            return None  # nothing can be chosen in a list not built yet
        index = self.list.currentIndex()
        return index.data(ANNOTATION_ROLE) if index.isValid() else None

    def show_article(self, article: dict[str, Any] | None) -> None:
        changed = (article or {}).get("id") != (self.article or {}).get("id")
        if changed:
            self.save_note()
        self.article = article
        self.reload(keep=not changed)

    def reload(self, keep: bool = True) -> None:
        """Re-read the article's highlights and tags; keeps the chosen highlight and the note being typed.

        Before ``build`` only the model (the page's highlights are painted from it)."""
        if not self._built:
            items = self.controller.for_article(self.article) if self.article else []
            self.model.set_items(items, self.controller.meanings() if items else {})
            return
        chosen = self.current().uid if keep and self.current() is not None else None  # type: ignore[union-attr]
        meanings = self.controller.meanings()
        items = self.controller.for_article(self.article) if self.article else []
        self.list.selectionModel().blockSignals(True)
        self.model.set_items(items, meanings)
        row = self.model.row_of(chosen) if chosen else -1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self.list.selectionModel().blockSignals(False)
        self.article_tags.setEnabled(self.article is not None)
        self.article_tags.set_tags(self.controller.article_tags(self.article["id"]) if self.article else [])
        orphans = sum(1 for a in items if a.orphaned)
        text = self.tr("%n highlight(s)", "", len(items)) if self.article else self.tr("No article open")
        self.heading.setText(text + (" · " + self.tr("%n not placed", "", orphans) if orphans else ""))
        named = [f"{COLOR_LABELS[c].split()[0]}={m}" for c, m in meanings.items() if m]
        self.legend.setText(self.tr("Colours:") + " " + "  ".join(named) if named else "")
        for color, button in self.colour_buttons.items():
            meaning = meanings.get(color, "")
            button.setToolTip(plain(COLOR_LABELS[color] + (f" = {meaning}" if meaning else "")))
        self._fill_editor(self.current(), refresh_only=row >= 0)

    def _fill_editor(self, item: Annotation | None, refresh_only: bool = False) -> None:
        self.editor.setEnabled(item is not None)
        for color, button in self.colour_buttons.items():
            button.setChecked(item is not None and item.color == color)
        typing = self._save_timer.isActive()
        if item is None:
            self.note.blockSignals(True)
            self.note.setPlainText("")
            self.note.blockSignals(False)
        elif not (refresh_only and typing) and self.note.toPlainText() != item.note:
            self.note.blockSignals(True)
            self.note.setPlainText(item.note)
            self.note.blockSignals(False)
        self.note_tags.set_tags(list(item.tags) if item else [])

    def select(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row, 0))
        self.list.scrollTo(self.model.index(row, 0))
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if previous.isValid():
            self.save_note(previous.data(ANNOTATION_ROLE))
        self._fill_editor(current.data(ANNOTATION_ROLE) if current.isValid() else None)

    # editing
    def _note_typed(self) -> None:
        if self.current() is not None:
            self._save_timer.start()

    def save_note(self, item: Annotation | None = None) -> None:
        """Save the note being typed now (debounce expired, focus left, or another highlight chosen)."""
        was_pending = self._save_timer.isActive()
        self._save_timer.stop()
        item = item if isinstance(item, Annotation) else self.current()
        if item is None:
            return
        text = self.note.toPlainText()
        if text != item.note and (was_pending or self.note.document().isModified()):
            self.controller.set_note(item.uid, text)
            self.note.document().setModified(False)

    def _recolour(self, color: str) -> None:
        item = self.current()
        if item is not None and item.color != color:
            self.controller.set_color(item.uid, color)

    def _set_note_tags(self, tags: list[str]) -> None:
        item = self.current()
        if item is not None:
            self.controller.set_tags(item.uid, tags)

    def delete_current(self) -> None:
        item = self.current()
        if item is not None:
            self._save_timer.stop()
            self.controller.delete(item.uid)

    def _add_article_tag(self, name: str) -> None:
        if self.article is not None:
            self.controller.add_article_tag(self.article["id"], name)

    def _remove_article_tag(self, name: str) -> None:
        if self.article is not None:
            self.controller.remove_article_tag(self.article["id"], name)

    def focus_note(self) -> None:
        self.note.setFocus()
