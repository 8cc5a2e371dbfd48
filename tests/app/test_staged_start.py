"""The window shows its first frame at once and builds the rest a part per turn (``reader.app.stages``).

What a user would notice: every tab label and menu title from the first frame on; the rest arrives
by itself; a shortcut, a click on a tab or a menu reached for before its part is built still does
its job, because the input builds what is left first.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu

from reader.app.roles import ARTICLE_ID_ROLE

TAB_NAMES = ["Issues", "Search", "People", "Tags", "Notes", "Research", "Posts × years"]


def tab_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.tabs.tabToolTip(n) for n in range(window.tabs.count())]


def test_first_frame_has_every_tab_and_menu_title_and_the_rest_arrives_by_itself(make_window, qtbot) -> None:
    window = make_window(staged=True)
    assert window.stages.pending[:7] == ["article", "notes", "jobs", "icons", "search", "people", "tags"]
    assert tab_names(window) == TAB_NAMES
    titles = [menu.title() for menu in window.menuBar().findChildren(QMenu) if menu.objectName()]
    assert titles == ["&File", "&Edit", "&View", "&Go", "&Article", "&Research", "&Help"]
    help_menu = window.menuBar().findChild(QMenu, "menuHelp")
    assert help_menu.actions() == []  # its entries come with the "menus" stage
    assert window.pane.view.isVisible() and window.tree.isVisible()

    qtbot.waitUntil(lambda: window.stages.done)  # nothing asked: the event loop built it all
    assert tab_names(window) == TAB_NAMES
    assert window.tabs.widget(1) is window.search and window.tabs.widget(3) is window.tags_panel
    assert window.tabs.widget(5) is window.research.panel and window.tabs.widget(6) is window.careers.posts
    assert [a.text() for a in help_menu.actions()] == ["Keyboard Shortcuts", "About Bulletin Reader"]
    assert window.tabs.currentIndex() == 0  # still on Issues: filling the tabs did not move it


def test_a_shortcut_whose_action_is_not_built_yet_still_works(make_window, qtbot) -> None:
    window = make_window(staged=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.step(1)
    assert "keys" in window.stages.pending  # F7's action is made in the "keys" stage
    view = window.pane.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F7)  # caret browsing
    assert window.stages.done
    assert view.caret_browsing and window.act_caret.isChecked()


def test_a_research_shortcut_before_research_is_built_opens_its_view(make_window, qtbot) -> None:
    window = make_window(staged=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert "research" in window.stages.pending
    qtbot.keyClick(
        window.pane.view,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.centre.currentWidget() is window.research.trend_page  # phrases over time


def test_a_click_on_a_tab_not_built_yet_opens_its_page(make_window, qtbot) -> None:
    window = make_window(staged=True)
    assert not window.sidebar.built("people")
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert window.tabs.currentIndex() == 2
    assert window.tabs.currentWidget().isAncestorOf(window.entity_view)
    qtbot.waitUntil(lambda: window.entity_model.rowCount() > 0)  # the People list, read on the reader thread
    assert tab_names(window) == TAB_NAMES


def test_a_tab_chosen_in_code_before_it_is_built_gets_its_page(make_window, qtbot) -> None:
    window = make_window(staged=True)
    assert not window.sidebar.built("tags")
    window.tabs.setCurrentIndex(3)  # the placeholder: built on the next turn, and stays current
    qtbot.waitUntil(lambda: window.sidebar.built("tags"))
    assert window.tabs.currentWidget() is window.tags_panel


def test_asking_for_a_part_builds_the_rest_in_order(make_window) -> None:
    window = make_window(staged=True)
    assert not window.stages.done
    window.focus_search()  # Ctrl+K's slot: the Search tab, built on the way
    assert window.stages.done
    assert window.tabs.currentWidget() is window.search
    assert window.search.box.hasFocus() or window.focusWidget() is window.search.box


def test_an_article_marked_read_before_its_tree_row_is_read_shows_read(samples_db) -> None:
    """Opening an article marks it read on the writer while the reader thread reads its row: the
    row must not come back bold (unread) when the reader was faster than the writer."""
    from reader.app.sidebar.models import LibraryTreeModel

    article_id, issue_id = samples_db.execute(
        "SELECT id, issue_id FROM articles WHERE read_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    model = LibraryTreeModel(samples_db)
    model.set_read(article_id, True)  # the row is not in the tree yet; the store still says unread
    index = model.index_for_article(article_id, issue_id)
    assert index.isValid() and index.data(Qt.ItemDataRole.FontRole) is None  # not bold
    model.set_read(article_id, False)  # M again: unread, bold
    assert index.data(Qt.ItemDataRole.FontRole).bold()


def _page_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.pane.view.toPlainText()


def test_the_article_opened_before_the_first_paint_is_rendered_on_the_next_turn(make_window, qtbot) -> None:
    """The first frame shows the pane empty; the article opened meanwhile is open at once (title,
    current id) and on the page one turn after the first paint, before the other stages."""
    window = make_window(staged=True)
    window.step(1)  # what a reader does first
    article = window.pane.view.article
    assert article is not None and window.current_id == article["id"]
    assert window.pane.render_due and not window.pane.is_complete
    assert article["title"] not in _page_text(window)  # not laid out in the first frame
    left_then: list[list[str]] = []
    window.pane.rendered.connect(lambda: left_then.append(window.stages.pending))
    qtbot.waitUntil(lambda: not window.pane.render_due)
    assert article["title"] in _page_text(window) and window.pane.is_complete
    assert left_then[0][:2] == ["notes", "jobs"]  # the article came first, the rest after it


def test_a_key_before_the_article_is_rendered_renders_it_first(make_window, qtbot) -> None:
    window = make_window(staged=True)  # the event loop has not run: nothing painted yet
    window.step(1)
    assert window.pane.render_due
    qtbot.keyClick(window.pane.view, Qt.Key.Key_End)  # the early input builds every stage left
    assert not window.pane.render_due and window.stages.done
    assert window.pane.view.article["title"] in _page_text(window)


def test_a_caller_that_needs_the_page_gets_it_at_once(make_window) -> None:
    window = make_window(staged=True)
    window.step(1)
    assert window.pane.render_due
    assert window.pane.characters_per_line() > 0  # lays out the whole page: renders what was held
    assert not window.pane.render_due and window.pane.is_complete


class _FirstPaint(QObject):
    """Calls ``seen`` at a widget's first paint."""

    def __init__(self, widget, seen) -> None:  # type: ignore[no-untyped-def]
        super().__init__(widget)
        self.seen = seen
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.seen()
        return False


def test_the_tree_is_painted_empty_first_and_filled_on_a_later_turn(make_window, qtbot) -> None:
    """The reader thread reads the tree's rows only once the first frame is painted (its work took the
    GIL from the first frame, and the rows' first paint was the largest part of it); then they go
    in, and the article's row is selected."""
    window = make_window(staged=True)
    window.step(1)
    chosen = window.current_id
    rows_at_first_paint: list[int] = []
    _FirstPaint(window.tree.viewport(), lambda: rows_at_first_paint.append(window.tree_model.rowCount()))
    time.sleep(0.5)  # time enough for the reader thread to answer, had it been asked
    qtbot.waitUntil(lambda: bool(rows_at_first_paint))
    assert rows_at_first_paint == [0]
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == chosen, timeout=5000)
    assert window.tree_model.rowCount() > 0 and window.tree.isExpanded(window.tree_model.index(0, 0))


def test_the_notes_panel_fills_in_its_own_stage_with_the_articles_highlights(
    make_window, samples_db, qtbot
) -> None:
    """The first frame holds the notes panel's place (its width) without its widgets; the article's
    highlights are painted on the page in the "article" stage and listed once the "notes" stage built
    the panel."""
    from PySide6.QtGui import QTextDocument

    from reader.app.notes.highlighter import uid_at
    from reader.store import annotations as annotation_store
    from reader.store import articles as store_articles
    from tests.helpers.window import unique_piece

    first = samples_db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()
    _start, quote = unique_piece(store_articles.get_article(samples_db, first[0]))
    uid = annotation_store.add_by_quote(samples_db, first[0], quote).uid
    samples_db.conn.commit()
    window = make_window(staged=True)
    panel = window.notes.panel
    window.open_article(first[0])
    assert not panel.built and "list" not in panel.__dict__
    painted: list[bool] = []
    window.pane.rendered.connect(lambda: painted.append(panel.built))
    qtbot.waitUntil(lambda: window.stages.done)
    assert painted[0] is False  # the page came first, with the highlight painted from the model
    document = window.pane.view.document()
    assert uid_at(document, document.find(quote, 0, QTextDocument.FindFlag(0)).selectionStart()) == uid
    assert panel.built and panel.isAncestorOf(panel.list) and panel.isAncestorOf(panel.editor)
    assert panel.model.rowCount() == 1 and panel.list.model() is panel.model
    assert quote in panel.model.index(0, 0).data()
    assert panel.heading.text().startswith("1 highlight")


def test_asking_for_a_notes_panel_part_before_its_stage_builds_the_panel(make_window, samples_db) -> None:
    window = make_window(staged=True)
    panel = window.notes.panel
    assert not panel.built
    assert panel.list.actions() == [window.notes.act_delete]  # Del works in the list, as before
    assert panel.built and panel.article_tags.isEnabled() is (window.current_id is not None)
