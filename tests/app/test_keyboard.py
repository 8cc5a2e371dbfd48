"""Shortcuts that work: Ctrl+1…5 and H on any selection, caret browsing, search keys, Tab, F6, the sheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from reader.store import annotations as annotation_store
from tests.helpers.window import open_first, settle, unique_piece


def _point(window: Any, position: int) -> QPoint:
    cursor = QTextCursor(window.pane.view.document())
    cursor.setPosition(position)
    rect = window.pane.view.cursorRect(cursor)
    return QPoint(rect.x() + 1, rect.center().y())


def drag_select(window: Any, qtbot: Any, quote: str) -> None:
    """Select ``quote`` with the mouse: press before its first character, drag, release after its last."""
    found = window.pane.view.document().find(quote, 0, QTextDocument.FindFlag(0))
    viewport = window.pane.view.viewport()
    start, end = _point(window, found.selectionStart()), _point(window, found.selectionEnd())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_ctrl_3_on_a_mouse_selection_makes_a_green_highlight(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    start, quote = unique_piece(article, line_number=1)
    drag_select(window, qtbot, quote)
    assert window.pane.view.textCursor().selectedText() == quote
    qtbot.waitUntil(window.notes.toolbar.isVisible)  # the floating toolbar names the keys but owns none
    qtbot.keyClick(window.pane.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    stored = annotation_store.list_annotations(samples_db, article_id=article["id"])
    assert [(a.start, a.end, a.color) for a in stored] == [(start, start + len(quote), "green")]
    assert "Ctrl+3" in window.notes.toolbar.buttons["green"].toolTip()


def test_h_and_n_work_on_a_mouse_selection_too(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    _start, first = unique_piece(article, line_number=1)
    drag_select(window, qtbot, first)
    qtbot.waitUntil(window.notes.toolbar.isVisible)
    qtbot.keyClick(window.pane.view, Qt.Key.Key_H)
    settle(window, qtbot)
    _start, second = unique_piece(article, line_number=3, at=2, length=8)
    drag_select(window, qtbot, second)
    qtbot.waitUntil(window.notes.toolbar.isVisible)
    qtbot.keyClick(window.pane.view, Qt.Key.Key_N)
    settle(window, qtbot)
    quotes = {
        a.quote: a.color for a in annotation_store.list_annotations(samples_db, article_id=article["id"])
    }
    assert quotes == {first: "yellow", second: "yellow"}
    qtbot.waitUntil(window.notes.panel.note.hasFocus)  # N: straight into the note


def test_keyboard_only_highlight_with_caret_browsing(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    view = window.pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.caret_browsing and window.act_caret.isChecked()
    body = window.notes.body
    first_line = body.block_positions[0]
    for _ in range(40):  # down from the title, line by line, into the body
        if view.textCursor().position() >= first_line:
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert body.to_offset(view.textCursor().position()) == 0
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectedText() == article["text"][:6]
    qtbot.keyClick(view, Qt.Key.Key_H)
    settle(window, qtbot)
    (made,) = annotation_store.list_annotations(samples_db, article_id=article["id"])
    assert (made.start, made.end, made.quote) == (0, 6, article["text"][:6])
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert not view.caret_browsing


def test_down_moves_from_the_search_box_into_the_results_and_up_goes_back(make_window, qtbot) -> None:
    window = make_window()
    window.focus_search()
    panel = window.search
    panel.box.insert("鲍常勇")  # typed (QTest cannot type CJK characters)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 2, timeout=5000)
    qtbot.keyClick(panel.box, Qt.Key.Key_Down)
    assert panel.results.hasFocus() and panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 1
    second = panel.model.hit(1).article_id
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.current_id == second
    panel.results.setFocus()
    panel.results.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.box.hasFocus()


def test_tab_leaves_the_page_instead_of_walking_its_entity_links(make_window, qtbot) -> None:
    window = make_window()
    open_first(window, qtbot)
    assert len(window.pane.view.mentions) > 5
    view = window.pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert view.textCursor().charFormat().anchorHref() == ""  # no link was focused


def test_f6_cycles_sidebar_page_and_notes_panel(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1280, 800)  # room for both panels beside the page
    qtbot.waitUntil(window.notes.panel.isVisible)
    open_first(window, qtbot)
    window.tree.setFocus()
    visited = []
    for _ in range(3):
        window.act_next_region.trigger()
        visited.append(QApplication.focusWidget())
    assert visited[0] is window.pane.view
    assert window.notes.panel.isAncestorOf(visited[1])
    assert window.tabs.currentWidget().isAncestorOf(visited[2])


def test_the_shortcut_sheet_lists_every_menu_shortcut(make_window, qtbot) -> None:
    window = make_window()
    window.act_shortcuts.trigger()
    rows = window.shortcut_sheet.rows()
    assert rows["Green — 数据"] == "Ctrl+3" and rows["Yellow — 要点"].split(", ") == ["Ctrl+1", "H"]
    assert rows["Highlight with Note"] == "N"
    assert rows["Caret Browsing"] == "F7" and rows["Reading Mode"] == "F11"
    assert rows["Sidebar"] == "Ctrl+B" and rows["Back"] == "Alt+Left"
    assert "Down / Up" in rows.values()
    assert rows["Concordance (KWIC)"] == "Ctrl+Shift+K" and rows["Phrases over Time"] == "Ctrl+Shift+T"
    window.shortcut_sheet.close()


def test_no_two_window_actions_answer_the_same_key(make_window) -> None:  # type: ignore[no-untyped-def]
    """An ambiguous shortcut does nothing at all in Qt; every feature's keys must be distinct."""
    from collections import defaultdict

    from PySide6.QtGui import QAction

    window = make_window()
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            for key in action.shortcuts():
                owners[key.toString()].append(action.text())
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    assert owners["Ctrl+Shift+K"] == ["Concordance (KWIC)"] and owners["Ctrl+Shift+T"] == [
        "Phrases over Time"
    ]
