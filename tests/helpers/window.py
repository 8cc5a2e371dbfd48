"""Steps the window tests share: wait for the writer, open an article, select a quote, answer a question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from reader.store import articles as store_articles


def unique_piece(
    article: dict[str, Any], line_number: int = 1, at: int = 4, length: int = 12
) -> tuple[int, str]:
    """A quote from inside one body line that occurs once in the text and not in the title."""
    lines = article["text"].split("\n")
    line = next(line for line in lines[line_number:] + lines if len(line) >= at + length)
    quote = line[at : at + length]
    start = article["text"].find(quote)
    assert article["text"].count(quote) == 1 and quote not in article["title"]
    return start, quote


def select(window: Any, quote: str) -> None:
    """Select ``quote`` in the pane the way a user would end up: a document cursor over the shown text."""
    cursor = window.pane.view.document().find(quote, 0, QTextDocument.FindFlag(0))
    assert not cursor.isNull(), quote
    window.pane.view.setTextCursor(cursor)


def settle(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=30000)  # tagging may follow an import


def open_first(window: Any, qtbot: Any) -> dict[str, Any]:
    """Open the first article and let its read mark be written, so tests may write directly after."""
    window.step(1)
    settle(window, qtbot)
    return store_articles.get_article(window.db, window.current_id)


def answer(window: Any, button_text: str) -> QMessageBox:
    """Press ``button_text`` in the question the library operations have open."""
    question = window.library_ops.question
    assert question is not None and question.isVisible()
    [button] = [b for b in question.buttons() if b.text() == button_text]
    button.click()
    return question


def imported(window: Any, qtbot: Any, paths: list[Path]) -> Any:
    window.import_paths(paths)
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=60000)
    settle(window, qtbot)
    return window.importer.last_report


def mention_point(window: Any, href: str) -> QPoint:
    """Viewport point inside the first fragment carrying ``href``."""
    doc = window.pane.view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = window.pane.view.textCursor()
                cursor.setPosition(fragment.position() + 1)
                return window.pane.view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"{href} not rendered")
