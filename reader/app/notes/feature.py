"""Wire highlights, notes, tags, the annotations view and the export dialog into the main window.

Kept out of ``window.py`` on purpose: the window builds one ``NotesFeature``
and gains a notes panel beside the reading pane, a floating toolbar over
selections, a "Notes" sidebar tab, the notes actions (``reader.app.menus`` places them) and shortcuts.
The pane tells us when it has rendered (``after_render``) so highlights are
painted on every render (theme switch, kind toggle, new article) alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSplitter, QVBoxLayout, QWidget

from reader.app import icons
from reader.app.boxes import box_layout
from reader.app.export_dialog import ExportDialog
from reader.app.notes.controller import NotesController
from reader.app.notes.highlighter import COLOR_LABELS, paint, uid_at
from reader.app.notes.library_view import AnnotationsView
from reader.app.notes.panel import NotesPanel, swatch
from reader.app.notes.preferences import ColorMeaningsDialog
from reader.app.notes.toolbar import HighlightToolbar
from reader.app.reading.selection import BodyMap, body_map, word_at
from reader.app.status import show_written
from reader.errors import NotFoundError
from reader.store import annotations as annotation_store
from reader.store.trash import TRASHED_ANCHOR

if TYPE_CHECKING:
    from reader.app.window import MainWindow


class NotesFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pane = window.pane
        self.controller = NotesController(window.db, window.worker, self)
        self.panel = NotesPanel(self.controller)
        self.body: BodyMap | None = None
        self._embed_panel()
        self.toolbar = HighlightToolbar(self.pane.view.viewport())
        self.toolbar.color_chosen.connect(lambda color: self.highlight(color))
        self.toolbar.note_requested.connect(lambda: self.highlight(with_note=True))
        self._library: AnnotationsView | None = None  # built when first shown: start-up does not read it
        self.library_page = QWidget()
        QVBoxLayout(self.library_page).setContentsMargins(0, 0, 0, 0)
        self.library_tab = window.tabs.addTab(self.library_page, icons.blank(), self.tr("Notes"))
        icons.set_tab_icon(window.tabs, self.library_tab, "mdi6.marker")
        window.tabs.currentChanged.connect(self._tab_changed)
        self._library_stale = False
        self.pane.after_render.append(self.decorate)
        self.pane.view.menu_hooks.append(self.extend_menu)
        self._toolbar_timer = QTimer(self, singleShot=True, interval=120)
        self._toolbar_timer.timeout.connect(self._place_toolbar)
        self.pane.view.selectionChanged.connect(self._toolbar_timer.start)
        self.controller.changed.connect(self.refresh)
        self.controller.tags_changed.connect(self._tags_changed)
        self.controller.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))
        self.panel.annotation_activated.connect(self.reveal)
        window.installEventFilter(self)
        self._viewport = self.pane.view.viewport()  # kept: compared by identity, even during teardown
        self._viewport.installEventFilter(self)
        self._build_actions()

    def _embed_panel(self) -> None:
        """Put the notes panel to the right of the reading pane, in a splitter of its own."""
        layout = box_layout(self.pane.parentWidget())
        index = layout.indexOf(self.pane)
        layout.removeWidget(self.pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("notesSplitter")
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([880, 300])
        layout.insertWidget(index, self.splitter, 1)

    def _action(self, text: str, shortcuts: list[str], slot: Any, icon: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if icon:
            icons.set_icon(action, icon)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _enable_undo(self, _changed: bool = False) -> None:
        stack = self.controller.stack
        self.act_undo.setEnabled(stack.canUndo() and not stack.busy)
        self.act_redo.setEnabled(stack.canRedo() and not stack.busy)

    def _build_actions(self) -> None:
        """The notes actions; ``reader.app.menus`` puts them in the Edit and File menus."""
        stack = self.controller.stack
        self.act_undo = stack.createUndoAction(self.window, self.tr("Undo"))
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_redo = stack.createRedoAction(self.window, self.tr("Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        icons.set_icon(self.act_undo, "mdi6.undo")
        icons.set_icon(self.act_redo, "mdi6.redo")
        for action in (self.act_undo, self.act_redo):
            self.window.addAction(action)
        # connected after the stack's own updates, so a step still on its way keeps both disabled
        for change in (stack.canUndoChanged, stack.canRedoChanged, stack.busy_changed):
            change.connect(self._enable_undo)
        self.color_actions: dict[str, QAction] = {}
        for number, color in enumerate(annotation_store.COLORS, start=1):
            keys = [f"Ctrl+{number}"] + (["H"] if number == 1 else [])
            action = self._action("", keys, lambda c=color: self.highlight(c))
            action.setIcon(swatch(color))
            self.color_actions[color] = action
        self.act_note = self._action(
            self.tr("Highlight with Note"), ["N"], lambda: self.highlight(with_note=True)
        )
        self.act_delete = self._action(self.tr("Delete Highlight"), ["Del"], self.panel.delete_current)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panel.add_list_action(self.act_delete)
        self.window.removeAction(self.act_delete)
        self.act_colours = self._action(self.tr("Highlight Colours…"), [], self.edit_meanings, "mdi6.palette")
        self.act_export = self._action(self.tr("Export Notes…"), ["Ctrl+E"], self.export, "mdi6.export")
        self.act_notes_view = self._action(
            self.tr("All Highlights"), ["Ctrl+Shift+H"], self.open_library, "mdi6.marker"
        )
        self.highlight_menu = QMenu(self.tr("Highlight"), self.window)
        icons.set_icon(self.highlight_menu, "mdi6.marker")
        for action in self.color_actions.values():
            self.highlight_menu.addAction(action)
        self._label_colours()

    def _label_colours(self) -> None:
        meanings = self.controller.meanings()
        for color, action in self.color_actions.items():
            meaning = meanings.get(color, "")
            action.setText(f"{COLOR_LABELS[color]}" + (f" — {meaning}" if meaning else ""))
        self.toolbar.set_meanings(meanings)

    # rendering
    def decorate(self) -> None:
        """After each render: map the body, list the article's highlights, paint them."""
        article = self.pane.view.article
        self.toolbar.hide()
        if article is None:
            self.body = None
            self.panel.show_article(None)
            return
        document = self.pane.view.document()
        self.body = body_map(document, article.get("text") or "")
        self.panel.show_article(article)
        kinds = {f"m:{n}": m["kind"] for n, m in enumerate(self.pane.view.mentions)}
        paint(document, self.body, self.panel.model.items, self.pane.palette_, kinds)

    def refresh(self) -> None:
        """A change was saved: repaint the page, relist the notes, and the library view when shown."""
        self._label_colours()
        if self.pane.view.article is not None:
            self.pane.rerender(keep_scroll=True)
        else:
            self.panel.reload()
        if self._library is None:
            return  # built fresh when first shown
        if self.window.tabs.currentWidget() is self.library_page:
            self.library.reload()
        else:
            self._library_stale = True

    def _tags_changed(self) -> None:
        refresh_tags = getattr(self.window, "refresh_tags", None)  # the sidebar's tag dots and Tags view
        if callable(refresh_tags):
            refresh_tags()

    @property
    def library(self) -> AnnotationsView:
        """The Notes tab's view, built (and its filters read) on first use rather than at start-up."""
        if self._library is None:
            self._library = view = AnnotationsView(self.window.db)
            view.annotation_activated.connect(self.show_annotation)
            box_layout(self.library_page).addWidget(view)
            return view
        return self._library

    def _tab_changed(self, _index: int) -> None:
        if self.window.tabs.currentWidget() is not self.library_page:
            return
        if self._library is None:
            self.library.show()  # the first showing builds it, fresh
        elif self._library_stale:
            self._library_stale = False
            self._library.reload()

    # selection → highlight
    def selected_span(self) -> tuple[int, int] | None:
        self.pane.finish()  # a long article may still be arriving; the map is built once it is whole
        if self.body is None or self.pane.view.article is None:
            return None
        return self.body.span(self.pane.view.textCursor())

    def highlight(self, color: str = annotation_store.DEFAULT_COLOR, *, with_note: bool = False) -> bool:
        """Highlight the pane's selection; False (and a status message) when nothing usable is selected."""
        span = self.selected_span()
        article = self.pane.view.article
        if span is None or article is None:
            self.window.statusBar().showMessage(self.tr("Select some body text first"), 4000)
            return False
        self.toolbar.hide()

        def created(annotation: annotation_store.Annotation) -> None:
            self.panel.select(annotation.uid)
            if with_note:
                self.panel.focus_note()

        self.controller.highlight(article["id"], *span, color, on_done=created)
        return True

    def _place_toolbar(self) -> None:
        cursor = self.pane.view.textCursor()
        if self.body is None or not self.pane.is_complete or self.body.span(cursor) is None:
            self.toolbar.hide()
            return
        start = self.pane.view.textCursor()
        start.setPosition(cursor.selectionStart())
        rect = self.pane.view.cursorRect(start)
        self.toolbar.show_at(QPoint(rect.x(), rect.top()))

    def extend_menu(self, menu: QMenu, pos: QPoint) -> None:
        """Highlight entries for a selection; edit/delete entries on an existing highlight."""
        self.pane.finish()
        if self.body is None:
            return
        menu.addSeparator()
        if self.selected_span() is not None:
            menu.addMenu(self.highlight_menu)
            menu.addAction(self.act_note)
        uid = uid_at(self.pane.view.document(), self.pane.view.cursorForPosition(pos).position())
        if uid is not None:

            def edit_note() -> None:
                self.panel.select(uid)
                self.panel.focus_note()

            menu.addAction(self.tr("Edit Note"), edit_note)
            recolour = menu.addMenu(self.tr("Change Colour"))
            for color in annotation_store.COLORS:
                recolour.addAction(
                    swatch(color),
                    self.color_actions[color].text(),
                    lambda c=color: self.controller.set_color(uid, c),
                )
            menu.addAction(
                icons.icon("mdi6.delete-outline"),
                self.tr("Delete Highlight"),
                lambda: self.controller.delete(uid),
            )

    # navigation
    def reveal(self, uid: str) -> bool:
        """Select a highlight of the shown article in the pane and scroll it into view."""
        self.pane.finish()
        item = next((a for a in self.panel.model.items if a.uid == uid), None)
        if item is None or item.orphaned or item.start is None or item.end is None or self.body is None:
            return False
        cursor = self.body.cursor(self.pane.view.document(), item.start, item.end)
        if cursor is None:
            return False
        view = self.pane.view
        view.setTextCursor(cursor)
        bar = view.verticalScrollBar()
        top = view.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - view.viewport().height() // 3))
        self._toolbar_timer.stop()
        self.toolbar.hide()
        return True

    def show_annotation(self, uid: str) -> bool:
        """Open the highlight's article (when it is not shown) and scroll to the highlight."""
        try:
            annotation = annotation_store.get_by_uid(self.window.db, uid)
        except NotFoundError as error:
            self.window.statusBar().showMessage(
                self.tr("Highlight not found: %1").replace("%1", str(error)), 6000
            )
            return False
        if annotation.article_id is None and annotation.anchor == TRASHED_ANCHOR:
            self.window.statusBar().showMessage(
                self.tr("This highlight's issue is in the trash: File ▸ Trash restores it"), 8000
            )
            return False
        if annotation.article_id is None:
            self.window.statusBar().showMessage(
                self.tr("The article is gone; the quote was: %1").replace("%1", annotation.quote[:60]), 8000
            )
            return False
        if self.window.current_id != annotation.article_id:
            self.window.open_article(annotation.article_id)
        self.pane.finish()  # the panel lists the article's highlights once the page is whole
        self.window.centre.setCurrentIndex(0)
        self.panel.select(uid)
        if annotation.orphaned:
            self.window.statusBar().showMessage(
                self.tr("The text changed and this highlight could not be placed"), 6000
            )
            return False
        return self.reveal(uid)

    def open_library(self) -> None:
        self.window.tabs.setCurrentWidget(self.library_page)
        self.library.text.setFocus()

    # dialogs
    def edit_meanings(self) -> None:
        ColorMeaningsDialog(self.controller, self.window).exec()

    def export(self) -> ExportDialog:
        self.panel.save_note()
        dialog = ExportDialog(self.window.db, self.window)
        dialog.finished.connect(
            lambda result: result and show_written(self.window.statusBar(), dialog.written)
        )
        dialog.open()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save a note still being typed before the window closes (and stops the worker);
        after a double-click in the page, narrow Qt's word selection to the jieba word."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.panel.save_note()
        elif watched is self._viewport and event.type() == QEvent.Type.MouseButtonDblClick:
            point = event.position().toPoint()  # type: ignore[attr-defined]
            QTimer.singleShot(
                0, lambda: self.snap_to_word(self.pane.view.cursorForPosition(point).position())
            )
        return False

    def snap_to_word(self, position: int) -> tuple[int, int] | None:
        """Select the whole jieba word at a document position of the body; returns its text offsets."""
        self.pane.finish()
        article = self.pane.view.article
        if self.body is None or article is None:
            return None
        offset = self.body.to_offset(position)
        text = article.get("text") or ""
        if offset is None or offset >= len(text) or self.body.to_position(offset) != position:
            return None  # a click outside the body text
        span = word_at(text, offset)
        cursor = self.body.cursor(self.pane.view.document(), *span) if span else None
        if span is None or cursor is None:
            return None
        self.pane.view.setTextCursor(cursor)
        return span
