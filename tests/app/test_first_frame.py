"""The window's first frame reads nothing it can read later: the Issues tree's first page of issues
comes from the reader thread, and the toolbar and tab icons' font is loaded once the frame is shown.

What a user would notice: the tree fills in by itself with the same rows as before (publications
unfolded, newest issues first), the article the last session left open is reopened and its row
selected, and every toolbar button and tab has its icon once the window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QIcon
from sqlite_utils import Database

from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.settings import Settings
from reader.app.sidebar.models import ISSUE_ID_ROLE, LibraryTreeModel
from reader.store import issues as store_issues


def _rows(model: LibraryTreeModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_the_tree_fills_from_the_reader_thread_and_reopens_the_last_article(
    make_window, samples_db: Database, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(the_settings=Settings(tmp_path / "again.ini"))
    publications = _rows(first.tree_model)
    first_issues = _rows(first.tree_model, first.tree_model.index(0, 0))
    first.step(1)
    first.step(1)
    chosen = first.current_id
    first.close()

    again = make_window(the_settings=Settings(tmp_path / "again.ini"), staged=True)
    assert again.tree_model.rowCount() == 0 and again.tree_model.reading  # nothing read on this thread
    assert again.current_id == chosen  # the article does not wait for the tree
    qtbot.waitUntil(lambda: again.tree_model.rowCount() > 0, timeout=5000)
    stored = list(store_issues.publications(samples_db))
    assert [row.split("  (")[1] for row in publications] == [f"{articles})" for _k, _i, articles in stored]
    # the samples' one publication spans 2023 and 2024 and has undated issues: its years
    assert first_issues == ["2024  (35)", "2023  (8)", "No date  (19)"]
    assert _rows(again.tree_model) == publications
    assert _rows(again.tree_model, again.tree_model.index(0, 0)) == first_issues
    assert again.tree.isExpanded(again.tree_model.index(0, 0))  # unfolded as before
    qtbot.waitUntil(lambda: again.tree.currentIndex().data(ARTICLE_ID_ROLE) == chosen, timeout=5000)


def test_a_lookup_before_the_rows_arrive_reads_them_and_the_late_rows_change_nothing(
    samples_db: Database, qtbot
) -> None:  # type: ignore[no-untyped-def]
    held: list[tuple[Callable[[Database], Any], Callable[[Any], None]]] = []
    model = LibraryTreeModel(samples_db, ask=lambda query, done: held.append((query, done)))
    assert model.rowCount() == 0 and len(held) == 1
    newest = store_issues.list_issues(samples_db)[0]
    article_id = samples_db.execute(
        "SELECT id FROM articles WHERE issue_id = ? ORDER BY id LIMIT 1", [newest["id"]]
    ).fetchone()[0]
    found = model.index_for_article(article_id, newest["id"])  # a script or a test: needs it now
    assert found.data(ARTICLE_ID_ROLE) == article_id and not model.reading
    issue = found.parent()
    while issue.data(ISSUE_ID_ROLE) is None:
        issue = issue.parent()
    assert issue.data(ISSUE_ID_ROLE) == newest["id"]
    rows_before = _rows(model)
    query, done = held[0]
    done(query(samples_db))  # the reader thread's answer, late
    assert _rows(model) == rows_before
    assert model.index_for_article(article_id, newest["id"]) == found  # not reset under the caller
    assert found.data(Qt.ItemDataRole.DisplayRole)


def _drawn(icon: QIcon) -> bool:
    """Whether the icon draws anything (a glyph) rather than a transparent square."""
    image = icon.pixmap(QSize(24, 24)).toImage()  # a tree icon is 16 × 16
    return any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))


def test_toolbar_tab_and_tree_icons_are_blank_in_the_first_frame_and_drawn_once_built(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(staged=True)
    toolbar_actions = [a for a in window.toolbars[0].actions() if not a.isSeparator()]
    assert toolbar_actions and window.tabs.count() == 7
    assert not any(_drawn(action.icon()) for action in toolbar_actions)  # room kept, nothing loaded
    assert not any(_drawn(window.tabs.tabIcon(n)) for n in range(window.tabs.count()))
    qtbot.waitUntil(lambda: window.stages.done, timeout=10000)
    assert all(_drawn(action.icon()) for action in toolbar_actions)
    assert all(_drawn(window.tabs.tabIcon(n)) for n in range(window.tabs.count()))
    assert _drawn(window.notes.panel.delete_button.icon())
    qtbot.waitUntil(lambda: window.tree_model.rowCount() > 0, timeout=5000)
    publication = window.tree_model.index(0, 0)
    issue = window.tree_model.index(0, 0, publication)
    for row in (publication, issue):
        assert _drawn(row.data(Qt.ItemDataRole.DecorationRole))
