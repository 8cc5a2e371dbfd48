"""The reading pane: renders one article, shows entity tooltips, offers corrections, finds in text."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.app.plain_text import plain
from reader.app.reading.renderer import HIT, Mark, iter_chunks, style_sheet
from reader.app.theme import DEFAULT_FONT_SIZE, ENTITY_KINDS, LIGHT, kind_label, reading_font

READING_WIDTH = 46  # em: a comfortable line for Chinese body text
MIN_COLUMN_EM = 26  # em: the narrowest column the window keeps (reader.app.layout); ≥ 25 characters a line
SIDE_MARGIN, NARROW_MARGIN = 24, 8  # px left and right of the column; narrow screens get the small one
# Bodies longer than PROGRESSIVE characters are shown in pieces (see ReadingPane.rerender): a screenful
# (``ReadingPane.screenful``, at least FIRST_PIECE characters) at once, the rest PIECE characters per
# event-loop turn.
PROGRESSIVE = 6000
FIRST_PIECE = 600
PIECE = 2000
LINE_HEIGHT = 1.7  # a body paragraph's line height in em (``renderer``: ``line-height:170%``)
Correction = tuple[str, str, str | None, str, tuple[int, str, int, int] | None]


class ArticleView(QTextBrowser):
    """A read-only browser whose links are entity mentions (``m:<index>``), never URLs.

    F7 turns on caret browsing: a text cursor moved with the arrow keys, Shift+arrows
    select, so a passage can be highlighted without a mouse.
    """

    READ_ONLY = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    CARET = READ_ONLY | Qt.TextInteractionFlag.TextSelectableByKeyboard

    entity_clicked = Signal(str, str)  # kind, entity text
    correction_requested = Signal(object)  # Correction tuple: text, action, kind, scope, occurrence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        # Tab leaves the page for the next region instead of visiting every entity link
        self.setTextInteractionFlags(self.READ_ONLY)
        self.setTabChangesFocus(True)
        self.anchorClicked.connect(self._clicked)
        self.mentions: list[dict[str, Any]] = []
        self.article: dict[str, Any] | None = None
        self.article_count_of: Callable[[str, str], int] = lambda kind, text: 0
        self.menu_hooks: list[Callable[[QMenu, QPoint], None]] = []  # extra entries, e.g. highlight

    @property
    def caret_browsing(self) -> bool:
        return bool(self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def set_caret_browsing(self, on: bool) -> None:
        """Show a movable text cursor (placed at the first line in view) or go back to plain reading."""
        self.setTextInteractionFlags(self.CARET if on else self.READ_ONLY)
        if on:
            margin = int(self.document().rootFrame().frameFormat().leftMargin())
            cursor = self.cursorForPosition(QPoint(margin + 1, 4))
            self.setTextCursor(cursor)
            self.setFocus()
        self.setCursorWidth(2 if on else 1)

    def mention_at(self, pos: QPoint) -> dict[str, Any] | None:
        href = self.anchorAt(pos)
        if href.startswith("m:"):
            index = int(href[2:])
            if 0 <= index < len(self.mentions):
                return self.mentions[index]
        return None

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("m:") and 0 <= int(text[2:]) < len(self.mentions):
            mention = self.mentions[int(text[2:])]
            self.entity_clicked.emit(mention["kind"], mention["entity"])

    def tooltip_text(self, pos: QPoint) -> str | None:
        """What hovering ``pos`` shows: the entity, its kind and how many articles mention it."""
        mention = self.mention_at(pos)
        if mention is None:
            return None
        count = self.article_count_of(mention["kind"], mention["entity"])
        label = kind_label(mention["kind"])
        articles = self.tr("%n article(s)", "", count)
        return f"{mention['entity']}\n{label} · {articles}"

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_text(event.pos())  # type: ignore[attr-defined]
            if text is not None:
                QToolTip.showText(event.globalPos(), plain(text), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_menu(event.pos())
        menu.exec(event.globalPos())

    def build_menu(self, pos: QPoint) -> QMenu:
        """The standard menu plus corrections for the span under ``pos`` or the selected text."""
        menu = self.createStandardContextMenu(pos)
        mention = self.mention_at(pos)
        if mention is not None and self.article is not None:
            original = self._field_text(mention)
            occurrence = (self.article["id"], mention["field"], mention["start"], mention["end"])
            menu.addSeparator()
            header = menu.addAction(f"{original} · {kind_label(mention['kind'])}")
            header.setEnabled(False)
            self._add(
                menu, self.tr("Not an Entity (Here)"), (original, "reject", None, "occurrence", occurrence)
            )
            self._add(
                menu,
                self.tr("Not an Entity (All Occurrences)"),
                (original, "reject", mention["kind"], "all", None),
            )
            change = menu.addMenu(self.tr("Change Kind (Here)"))
            for kind in ENTITY_KINDS:
                if kind != mention["kind"]:
                    self._add(
                        change,
                        kind_label(kind),
                        (original, "retype", kind, "occurrence", occurrence),
                    )
            change_all = menu.addMenu(self.tr("Change Kind (All Occurrences)"))
            for kind in ENTITY_KINDS:
                if kind != mention["kind"]:
                    self._add(change_all, kind_label(kind), (original, "retype", kind, "all", None))
        selected = self.textCursor().selectedText().strip()
        if mention is None and selected and "\u2029" not in selected and len(selected) <= 40:
            menu.addSeparator()
            mark = menu.addMenu(self.tr("Mark “%1” As").replace("%1", selected))
            for kind in ENTITY_KINDS:
                self._add(mark, kind_label(kind), (selected, "add", kind, "all", None))
        for hook in self.menu_hooks:
            hook(menu, pos)
        return menu

    def _add(self, menu: QMenu, label: str, correction: Correction) -> QAction:
        action = menu.addAction(label)
        action.setData(correction)
        action.triggered.connect(lambda _checked=False, c=correction: self.correction_requested.emit(c))
        return action

    def _field_text(self, mention: dict[str, Any]) -> str:
        value = (self.article or {}).get(mention["field"]) or ""
        return value[mention["start"] : mention["end"]]


class FindBar(QFrame):
    """Ctrl+F: find in the current article with next/previous and "n of m"."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.box = QLineEdit(placeholderText=self.tr("Find in article"))
        self.box.setClearButtonEnabled(True)
        self.count = QLabel()
        previous, following, close = QToolButton(text="↑"), QToolButton(text="↓"), QToolButton(text="✕")
        previous.setToolTip(self.tr("Previous (Shift+Enter)"))
        following.setToolTip(self.tr("Next (Enter)"))
        close.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.box, self.count, previous, following, close):
            layout.addWidget(widget)
        self.box.textChanged.connect(self.refresh)
        self.box.returnPressed.connect(self.next)
        previous.clicked.connect(self.previous)
        following.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        shift_enter = QAction(self.box)
        shift_enter.setShortcut(QKeySequence("Shift+Return"))
        shift_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        shift_enter.triggered.connect(self.previous)
        self.box.addAction(shift_enter)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_bar)
        self.addAction(escape)
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.colour = LIGHT.find
        self.hide()

    def open(self) -> None:
        self.show()
        self.box.setFocus()
        self.box.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()
        self.view.setExtraSelections([])
        self.view.setFocus()

    def refresh(self) -> None:
        """Recount matches (after typing or after a new article is shown) and mark them all."""
        self.matches = []
        needle = self.box.text()
        doc = self.view.document()
        if needle and self.isVisible():
            cursor = doc.find(needle, 0, QTextDocument.FindFlag(0))
            while not cursor.isNull() and len(self.matches) < 10000:
                self.matches.append(cursor)
                cursor = doc.find(needle, cursor, QTextDocument.FindFlag(0))
        self.current = 0 if self.matches else -1
        self._show()

    def next(self) -> None:
        if self.matches:
            self.current = (self.current + 1) % len(self.matches)
            self._show()

    def previous(self) -> None:
        if self.matches:
            self.current = (self.current - 1) % len(self.matches)
            self._show()

    def _show(self) -> None:
        selections = []
        for number, cursor in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setBackground(
                QColor(self.colour) if number == self.current else QColor(self.colour).lighter(130)
            )
            if number == self.current:
                fmt.setFontUnderline(True)
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.view.setExtraSelections(selections)
        if self.matches:
            self.view.setTextCursor(QTextCursor(self.matches[self.current]))
            self.view.ensureCursorVisible()
            self.count.setText(f"{self.current + 1} / {len(self.matches)}")
        else:
            self.count.setText("0 / 0" if self.box.text() else "")


class ReadingPane(QWidget):
    """Article view plus find bar; keeps the marks it rendered so tests and corrections can read them.

    A long article is shown in pieces so that opening it never blocks the window for
    long: the head and first screenfuls at once, the rest appended on later event-loop
    turns.  Whatever needs the whole page waits for it: the ``after_render`` hooks
    (annotations), the find bar and the scroll position run once the last piece is in,
    then ``rendered`` is emitted; ``finish()`` appends what is left at once, for a
    caller that needs the whole page now (a selection, a jump to a highlight).
    """

    rendered = Signal()  # the whole article is in the document and the hooks have run

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ArticleView()
        self.find_bar = FindBar(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.palette_ = LIGHT
        self.enabled_kinds: set[str] = set(ENTITY_KINDS)
        self.search_query = ""
        self.hit_spans: dict[str, list[tuple[int, int]]] = {}
        self.marks: list[Mark] = []
        self.font_size = DEFAULT_FONT_SIZE
        self.after_render: list[Callable[[], None]] = []  # decorate the page (annotations) after each render
        self._pieces: Iterator[str] | None = None  # what is still to be appended; None: complete
        self._scroll_target = 0
        self._in_pieces = True  # the next render may come in pieces (not when it keeps the scroll position)
        self._held = False  # renders wait for ``release`` (the window's first frame is being painted)
        self.render_due = False  # a render was asked for while held: the page still shows what it did
        self._feed = QTimer(self, singleShot=True, interval=0)
        self._feed.timeout.connect(self._append_piece)
        self._placeholder()

    @property
    def is_complete(self) -> bool:
        """True once the whole article is in the document and the ``after_render`` hooks have run."""
        return self._pieces is None and not self.render_due

    def hold(self) -> None:
        """Let renders wait until ``release``: the window's first frame is painted without the article.

        Why: laying out and painting the article in the first frame made that frame's block of the
        GUI thread longer (issue 14: no block over 50 ms); on the next turn it is a block of its own.
        The article is still open (``view.article``, the marks' source) at once; only the page waits,
        blank (not "choose an article", which the article would replace a moment later).
        """
        self._held = True
        self.render_due = True  # the article, or the placeholder when none is opened meanwhile
        self.view.clear()

    def release(self) -> None:
        """Render what was asked for while held, now."""
        self._held = False
        if self.render_due:
            self.render_due = False
            self._render()

    def _placeholder(self) -> None:
        self.view.setHtml(
            f'<p style="color:{self.palette_.muted}; margin-top:40px" align="center">'
            f"{html.escape(self.tr('Choose an article on the left to start reading'))}</p>"
        )

    def set_font_size(self, size: int) -> None:
        self.font_size = size
        self.view.document().setDefaultFont(reading_font(size))
        self._margins()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._margins()

    def _margins(self) -> None:
        """Centre a column about ``READING_WIDTH`` em wide: long CJK lines are tiring to read.

        Only the root frame's left and right margins change, so the page starts at the top.
        """
        doc = self.view.document()
        em = QFontMetrics(reading_font(self.font_size)).horizontalAdvance("中")
        width = self.view.viewport().width()
        least = NARROW_MARGIN if width < em * (MIN_COLUMN_EM + 4) else SIDE_MARGIN
        side = max(least, (width - em * READING_WIDTH) // 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if (fmt.leftMargin(), fmt.rightMargin(), fmt.topMargin(), fmt.bottomMargin()) == (side, side, 24, 48):
            return  # setting the same format lays the whole page out again (resizes while a window opens)
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(24)
        fmt.setBottomMargin(48)
        frame.setFrameFormat(fmt)

    def em(self) -> int:
        return QFontMetrics(reading_font(self.font_size)).horizontalAdvance("中")

    def column_minimum(self) -> int:
        """The pane width (px) below which a body line would hold fewer than ``MIN_COLUMN_EM`` characters."""
        scroll = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.view.frameWidth() + 2 * int(self.view.document().documentMargin())
        return self.em() * MIN_COLUMN_EM + 2 * NARROW_MARGIN + scroll + frame

    def screenful(self) -> int:
        """About how many body characters fill the pane now (a quarter more, for short lines and headings).

        Why not a fixed count: the first piece of a long article is laid out and painted in the turn
        that opens it, so it should hold what the reader sees and no more (issue 14: no GUI-thread
        block over 50 ms); a tall window or a large screen gets a larger first piece.
        """
        em = max(1, self.em())
        viewport = self.view.viewport()
        lines = viewport.height() / (em * LINE_HEIGHT) + 1
        return max(FIRST_PIECE, int(lines * min(READING_WIDTH, viewport.width() // em) * 1.25))

    def characters_per_line(self) -> int:
        """Characters on the first full line of the longest body paragraph, as laid out now."""
        self.finish()
        best, block = 0, self.view.document().begin()
        while block.isValid():
            layout = block.layout()
            if layout is not None and layout.lineCount() > 1:
                best = max(best, layout.lineAt(0).textLength())
            block = block.next()
        return best

    def show_article(
        self,
        article: dict[str, Any] | None,
        mentions: list[dict[str, Any]],
        hits: dict[str, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Render ``article`` with its entity ``mentions`` (store rows) and search ``hits`` per field."""
        self.view.article = article
        self.view.mentions = mentions
        self.hit_spans = hits or {}
        self.rerender()

    def rerender(self, keep_scroll: bool = False) -> None:
        """Show the current article again; a long one in pieces, unless the scroll position is kept.

        Why not in pieces then: a repaint after a new highlight or a theme switch must
        land where the reader is, and the page is only that long once it is complete.
        """
        self._scroll_target = self.view.verticalScrollBar().value() if keep_scroll else 0
        self._in_pieces = not keep_scroll
        if self._held:
            self.render_due = True
            return
        self._render()

    def _render(self) -> None:
        self._feed.stop()
        self._pieces = None
        article = self.view.article
        if article is None:
            self.marks = []
            self._placeholder()
            self._complete()
            return
        marks = [
            Mark(m["field"], m["start"], m["end"], m["kind"], f"m:{index}")
            for index, m in enumerate(self.view.mentions)
            if m["kind"] in self.enabled_kinds
        ]
        for field, spans in self.hit_spans.items():
            marks.extend(Mark(field, start, end, HIT) for start, end in spans)
        self.marks = marks
        document, font, css = self.view.document(), reading_font(self.font_size), style_sheet(self.palette_)
        if document.defaultFont() != font:  # setting it re-lays out the page still shown (≈ 2 ms)
            document.setDefaultFont(font)
        if document.defaultStyleSheet() != css:
            document.setDefaultStyleSheet(css)
        progressive = self._in_pieces and len(article.get("text") or "") > PROGRESSIVE
        pieces = iter_chunks(article, marks, self.palette_, self.screenful() if progressive else None, PIECE)
        self.view.setHtml(next(pieces))
        self._margins()
        self._pieces = pieces
        if progressive:
            self._feed.start()
        else:
            self._append_piece()

    def _append_piece(self) -> None:
        """Append the next piece at the end of the page; after the last one, complete the render."""
        if self._pieces is None:
            return
        piece = next(self._pieces, None)
        if piece is None:
            self._complete()
            return
        self._append_html(piece)
        self._feed.start()

    def _append_html(self, html: str) -> None:
        """Add ``html`` after the last block, each block keeping the format ``setHtml`` would give it.

        Why not ``QTextCursor.insertHtml``: its first paragraph would take the format of the
        block it lands in.  The piece is parsed on its own instead, a block with the format
        of its first paragraph is opened, and the parsed piece is inserted there
        (``iter_chunks`` starts a piece only at a non-empty paragraph or heading after a non-empty line).
        """
        document = self.view.document()
        parsed = QTextDocument()
        parsed.setDefaultFont(document.defaultFont())
        parsed.setDefaultStyleSheet(document.defaultStyleSheet())
        parsed.setHtml(html)
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(parsed.begin().blockFormat(), parsed.begin().charFormat())
        cursor.insertFragment(QTextDocumentFragment(parsed))

    def finish(self) -> None:
        """Append what is left of the article now, so the page is complete when this returns."""
        if self._held:
            self.release()
        if self._pieces is None:
            return
        self._feed.stop()
        for piece in self._pieces:
            self._append_html(piece)
        self._complete()

    def scroll_to(self, value: int) -> None:
        """Scroll to ``value`` once the page is complete: a restored position may lie past the first piece."""
        if self.is_complete:
            self.view.verticalScrollBar().setValue(value)
        else:
            self._scroll_target = value

    def _complete(self) -> None:
        self._pieces = None
        for hook in self.after_render:
            hook()
        if self.view.article is not None:
            self.view.verticalScrollBar().setValue(self._scroll_target)
            self.find_bar.colour = self.palette_.find
            self.find_bar.refresh()
        self.rendered.emit()
