"""Drive the real window: select text, highlight, write a note, tag, undo/redo, the notes panel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextDocument
from sqlite_utils import Database

from reader.app.notes.highlighter import uid_at, wash
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import tags as tag_store
from tests.helpers.window import open_first, select, settle, unique_piece


def test_selecting_text_and_highlighting_stores_exact_offsets(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    start, quote = unique_piece(article, line_number=1)
    select(window, quote)
    qtbot.waitUntil(window.notes.toolbar.isVisible)  # the floating toolbar offers the colours
    assert window.notes.highlight("red")
    settle(window, qtbot)
    stored = annotation_store.list_annotations(samples_db, article_id=article["id"])
    assert [(a.start, a.end, a.quote, a.color) for a in stored] == [(start, start + len(quote), quote, "red")]
    assert article["text"][stored[0].start : stored[0].end] == quote
    # painted in the pane: the highlight's colour behind exactly those characters, and listed in the panel
    position = window.pane.view.document().find(quote, 0, QTextDocument.FindFlag(0)).selectionStart()
    assert uid_at(window.pane.view.document(), position) == stored[0].uid
    cursor = window.pane.view.document().find(quote, 0, QTextDocument.FindFlag(0))
    cursor.setPosition(cursor.selectionStart() + 1)
    assert cursor.charFormat().background().color() == wash("red", window.pane.palette_)
    assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert window.notes.panel.model.rowCount() == 1
    assert quote in window.notes.panel.model.index(0, 0).data()


def test_shortcut_highlights_and_nothing_selected_says_so(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    window.pane.view.setFocus()
    qtbot.keyClick(window.pane.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert "Select some body text" in window.statusBar().currentMessage()
    start, quote = unique_piece(article, line_number=2)
    select(window, quote)
    qtbot.keyClick(window.pane.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Ctrl+3 = green
    settle(window, qtbot)
    stored = annotation_store.list_annotations(samples_db, article_id=article["id"])
    assert [(a.start, a.quote, a.color) for a in stored] == [(start, quote, "green")]


def test_title_selection_is_not_a_body_highlight(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    select(window, article["title"][:4])
    assert window.notes.selected_span() is None
    assert not window.notes.highlight()
    assert annotation_store.list_annotations(samples_db, article_id=article["id"]) == []


def test_note_and_tags_are_saved_as_typed(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    _start, quote = unique_piece(article)
    select(window, quote)
    window.notes.highlight(with_note=True)
    settle(window, qtbot)
    panel = window.notes.panel
    qtbot.waitUntil(lambda: panel.note.hasFocus() or panel.current() is not None)
    assert panel.current() is not None and panel.current().quote == quote
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "check: ")  # QTest types ASCII only; CJK arrives as an input-method commit
    panel.note.insertPlainText("数据来源")
    qtbot.waitUntil(
        lambda: annotation_store.list_annotations(samples_db)[0].note == "check: 数据来源", timeout=3000
    )
    panel.note_tags.field.setText("招商")
    panel.note_tags.commit()
    settle(window, qtbot)
    assert annotation_store.list_annotations(samples_db)[0].tags == ("招商",)
    panel.article_tags.field.setText("#人事")
    panel.article_tags.commit()
    settle(window, qtbot)
    assert tag_store.article_tags(samples_db, article["id"]) == ["人事"]
    assert panel.article_tags.tags == ["人事"]
    # completion offers existing tags by prefix, minus the ones already on the highlight
    panel.note_tags.refresh_completions("人")
    assert panel.note_tags.completions.stringList() == ["人事"]


def test_undo_and_redo_every_change(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    _start, quote = unique_piece(article)
    select(window, quote)
    window.notes.highlight("yellow")
    settle(window, qtbot)
    uid = annotation_store.list_annotations(samples_db)[0].uid
    controller = window.notes.controller
    controller.set_color(uid, "blue")
    controller.add_article_tag(article["id"], "安全生产")
    settle(window, qtbot)
    window.pane.view.setFocus()
    qtbot.keyClick(window.pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    assert tag_store.article_tags(samples_db, article["id"]) == []
    qtbot.keyClick(window.pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    assert annotation_store.get_by_uid(samples_db, uid).color == "yellow"
    qtbot.keyClick(window.pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window, qtbot)
    assert annotation_store.list_annotations(samples_db) == []
    assert window.notes.panel.model.rowCount() == 0
    assert uid_at(window.pane.view.document(), window.notes.body.to_position(_start + 1)) is None
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        qtbot.keyClick(window.pane.view, Qt.Key.Key_Z, redo)
        settle(window, qtbot)
    again = annotation_store.list_annotations(samples_db)
    assert [(a.uid, a.color, a.quote) for a in again] == [(uid, "blue", quote)]
    assert tag_store.article_tags(samples_db, article["id"]) == ["安全生产"]
    assert window.notes.panel.model.rowCount() == 1


def test_delete_in_place_then_undo_restores_same_uid_and_note(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    created = annotation_store.add_by_quote(samples_db, article["id"], unique_piece(article)[1], note="要点")
    window.open_article(article["id"], record=False)
    panel = window.notes.panel
    assert panel.select(created.uid)
    panel.delete_current()
    settle(window, qtbot)
    assert annotation_store.list_annotations(samples_db) == []
    window.notes.controller.stack.undo()
    settle(window, qtbot)
    back = annotation_store.get_by_uid(samples_db, created.uid)
    assert (back.note, back.start, back.end) == ("要点", created.start, created.end)


def test_notes_panel_lists_in_text_order_with_orphans_last(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    late = unique_piece(article, line_number=2)
    early = unique_piece(article, line_number=0, at=2, length=6)
    for _start, quote in (late, early):  # made in reverse reading order
        annotation_store.add_by_quote(samples_db, article["id"], quote)
    lost = annotation_store.add_by_quote(samples_db, article["id"], article["text"][30:36])
    samples_db.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", [lost.id])
    samples_db.conn.commit()
    window.open_article(article["id"], record=False)
    rows = window.notes.panel.model.items
    assert [a.start for a in rows[:2]] == sorted([late[0], early[0]])
    assert rows[2].uid == lost.uid and rows[2].orphaned
    assert "Text changed, not found" in window.notes.panel.model.index(2, 0).data()
    assert "1 not placed" in window.notes.panel.heading.text()


def test_clicking_a_note_selects_its_passage_and_show_annotation_opens_the_article(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    _start, quote = unique_piece(article, line_number=3)
    created = annotation_store.add_by_quote(samples_db, article["id"], quote)
    window.step(1)
    settle(window, qtbot)
    assert window.current_id != article["id"]
    assert window.show_annotation(created.uid)
    assert window.current_id == article["id"]
    assert window.pane.view.textCursor().selectedText() == quote
    assert window.notes.panel.current().uid == created.uid
    window.pane.view.setTextCursor(window.pane.view.document().find("x"))  # select something else
    panel = window.notes.panel
    rect = panel.list.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pane.view.textCursor().selectedText() == quote


def test_context_menu_offers_highlight_and_delete(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    _start, quote = unique_piece(article)
    created = annotation_store.add_by_quote(samples_db, article["id"], quote)
    window.open_article(article["id"], record=False)
    select(window, quote)
    view = window.pane.view
    rect = view.cursorRect(view.textCursor())
    menu = view.build_menu(QPoint(rect.x() - 4, rect.center().y()))
    labels = [action.text() for action in menu.actions()]
    assert any("Delete Highlight" in label for label in labels)
    assert any("Highlight with Note" in label for label in labels)
    delete = next(a for a in menu.actions() if "Delete Highlight" in a.text())
    delete.trigger()
    settle(window, qtbot)
    assert annotation_store.list_annotations(samples_db) == []
    assert created.uid not in {a.uid for a in window.notes.panel.model.items}


def test_colour_meanings_edited_in_preferences_show_in_tooltips(
    make_window, samples_db: Database, qtbot
) -> None:
    from reader.app.notes.preferences import ColorMeaningsDialog

    window = make_window()
    dialog = ColorMeaningsDialog(window.notes.controller, window)
    dialog.fields["blue"].setText("人事变动")
    dialog.accept()
    settle(window, qtbot)
    assert annotation_store.color_meanings(samples_db)["blue"] == "人事变动"
    assert "人事变动" in window.notes.toolbar.buttons["blue"].toolTip()
    assert "人事变动" in window.notes.color_actions["blue"].text()
    window.notes.controller.stack.undo()
    settle(window, qtbot)
    assert annotation_store.color_meanings(samples_db)["blue"] == ""


def test_double_click_snaps_to_the_whole_jieba_word(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    article_id = samples_db.execute("SELECT id FROM articles WHERE title = ?", ["孔昌生到驻调研"]).fetchone()[
        0
    ]
    window.open_article(article_id)
    view = window.pane.view
    cursor = view.document().find("昌生先后", 0, QTextDocument.FindFlag(0))
    cursor.setPosition(cursor.selectionStart())
    rect = view.cursorRect(cursor)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 4, rect.center().y()))
    qtbot.waitUntil(lambda: view.textCursor().selectedText() == "孔昌生")
    assert window.notes.selected_span() is not None
    start, end = window.notes.selected_span()
    assert store_articles.get_article(samples_db, article_id)["text"][start:end] == "孔昌生"
