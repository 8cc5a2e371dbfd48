"""Opening an article the tree has not read yet: the article shows at once, its row follows.

The rows on the way to it (the issue's sections and articles) are read on the reader thread, so
the tree's selection arrives a moment after the article; what the reader ends up seeing is the
same as before: the article in the pane, its row current and unfolded in the tree, focus where it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlite_utils import Database

from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.sidebar.models import ISSUE_ID_ROLE, NODE_KIND_ROLE
from reader.store import articles as store_articles
from reader.store import issues as store_issues


def _last_article_of_oldest_issue(db: Database) -> dict:  # type: ignore[type-arg]
    oldest = store_issues.list_issues(db)[-1]
    last = store_articles.article_summaries(db, issue_id=oldest["id"])[-1]
    return store_articles.get_article(db, last["id"])


def test_an_article_of_an_unread_issue_shows_at_once_and_is_selected_when_its_rows_arrive(
    make_window, samples_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    article = _last_article_of_oldest_issue(samples_db)
    assert article["id"] not in window.tree_model.loaded_article_ids()  # its issue was never unfolded
    window.filter_box.setFocus()
    window.open_article(article["id"])
    assert window.pane.view.article["id"] == article["id"]  # the article does not wait for the tree
    assert window.tree.currentIndex().data(ARTICLE_ID_ROLE) != article["id"]  # its row is on its way
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == article["id"], timeout=5000)
    current = window.tree.currentIndex()
    assert current.data(ARTICLE_ID_ROLE) == article["id"]
    assert current.data(Qt.ItemDataRole.DisplayRole) == article["title"]
    parent = current.parent()
    while parent.isValid():  # every row above it unfolded
        assert window.tree.isExpanded(parent)
        parent = parent.parent()
    issue_row = current.parent()
    while issue_row.data(NODE_KIND_ROLE) != "issue":
        issue_row = issue_row.parent()
    assert issue_row.data(ISSUE_ID_ROLE) == article["issue_id"]
    assert window.current_id == article["id"]  # selecting the row did not open anything again
    assert window.filter_box.hasFocus()  # nor took the keyboard focus


def test_a_quick_second_choice_wins(make_window, samples_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two articles opened in quick succession: the tree ends on the second, never jumps back."""
    window = make_window()
    issues = store_issues.list_issues(samples_db)
    first = store_articles.article_summaries(samples_db, issue_id=issues[-1]["id"])[-1]["id"]
    second = store_articles.article_summaries(samples_db, issue_id=issues[-2]["id"])[-1]["id"]
    window.open_article(first)
    window.open_article(second)
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == second, timeout=5000)
    qtbot.wait(100)  # anything still on its way has arrived
    assert window.tree.currentIndex().data(ARTICLE_ID_ROLE) == second
    assert window.pane.view.article["id"] == second
