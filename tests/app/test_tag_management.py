"""Rename, merge, recolour and delete tags library-wide from the Tags view's menu; each undoes with Ctrl+Z.

The dialogs are patched to answer as a user would; everything else is the real
window: the command runs on the library worker and every tag view re-reads.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox
from sqlite_utils import Database

from reader.app.sidebar.models import TAG_COLORS_ROLE
from reader.app.sidebar.tags import TAG_NAME_ROLE
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import tags as tag_store

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _settle(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=30000)  # tagging may follow an import


def _write(window: Any, qtbot: Any, job: Any) -> Any:
    """Write through the window's single writer, as the app does, and wait until it is saved."""
    done: list[Any] = []
    window.worker.submit(job, done.append)
    qtbot.waitUntil(lambda: bool(done))
    return done[0]


def _names(window: Any) -> list[str]:
    model = window.tags_panel.model
    return [model.index(row, 0).data(TAG_NAME_ROLE) for row in range(model.rowCount())]


def _tag_index(window: Any, name: str) -> QModelIndex:
    model = window.tags_panel.model
    row = model.row_of(name)
    assert row >= 0, f"{name} not in the Tags view: {_names(window)}"
    return model.index(row, 0)


def _choose(window: Any, tag: str, label: str) -> None:
    """Open the tag row's context menu and click the entry whose label starts with ``label``."""
    menu = window.tags_panel.tag_menu(_tag_index(window, tag))
    assert menu is not None
    action = next(a for a in menu.actions() if a.text().startswith(label))
    action.trigger()


def _keys(window: Any, qtbot: Any, modifiers: Qt.KeyboardModifier) -> None:
    window.tags_panel.tree.setFocus()
    qtbot.keyClick(window.tags_panel.tree, Qt.Key.Key_Z, modifiers)


def _pixel(icon: Any) -> str:
    return icon.pixmap(32, 32).toImage().pixelColor(16, 16).name()


@pytest.fixture
def tagged(make_window: Any, samples_db: Database, qtbot: Any) -> dict[str, Any]:
    """A window on its first article, which (with two siblings) carries tags and a tagged highlight."""
    window = make_window()
    window.step(1)
    _settle(window, qtbot)
    first = window.current_id
    issue_id = store_articles.get_article(samples_db, first)["issue_id"]
    ids = [r["id"] for r in store_articles.article_summaries(samples_db, issue_id=issue_id)]
    second, third = [i for i in ids if i != first][:2]
    _write(window, qtbot, lambda db: tag_store.add_article_tag(db, first, "招商"))
    _write(window, qtbot, lambda db: tag_store.add_article_tag(db, second, "招商"))
    _write(window, qtbot, lambda db: tag_store.add_article_tag(db, second, "人事"))
    _write(window, qtbot, lambda db: tag_store.add_article_tag(db, third, "人事"))
    note = _write(window, qtbot, lambda db: annotation_store.add_annotation(db, first, 0, 4, tags=["招商"]))
    window.refresh_tags()
    window.tabs.setCurrentWidget(window.tags_panel)  # the user works in the Tags view
    window.notes.refresh()
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == ["招商"])
    return {"window": window, "ids": (first, second, third), "issue": issue_id, "uid": note.uid}


def test_rename_from_the_menu_renames_everywhere_and_undoes(
    tagged: dict[str, Any], samples_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (first, second, _third) = tagged["window"], tagged["ids"]
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, _label: str, _mode: Any, text: str) -> tuple[str, bool]:
        asked.append(text)
        return "  #招商引资 ", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    _choose(window, "招商", "Rename")
    qtbot.waitUntil(lambda: _names(window) == ["人事", "招商引资"])
    assert asked == ["招商"]  # the dialog starts from the current name
    assert tag_store.article_tags(samples_db, first) == ["招商引资"]
    assert tag_store.article_tags(samples_db, second) == ["人事", "招商引资"]
    assert annotation_store.get_by_uid(samples_db, tagged["uid"]).tags == ("招商引资",)
    assert _tag_index(window, "招商引资").data(Qt.ItemDataRole.DisplayRole) == "招商引资  (2)"
    assert window.tags_panel.tree.currentIndex().data(TAG_NAME_ROLE) == "招商引资"  # stays selected
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == ["招商引资"])
    row = window.tree_model.index_for_article(first, tagged["issue"])
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith("Tags: 招商引资")

    _keys(window, qtbot, CTRL)
    qtbot.waitUntil(lambda: _names(window) == ["人事", "招商"])
    assert tag_store.article_tags(samples_db, first) == ["招商"]
    assert annotation_store.get_by_uid(samples_db, tagged["uid"]).tags == ("招商",)
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == ["招商"])
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith("Tags: 招商")

    _keys(window, qtbot, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _names(window) == ["人事", "招商引资"])


def test_bad_names_are_refused_and_an_existing_name_offers_a_merge(
    tagged: dict[str, Any], samples_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (first, second, third) = tagged["window"], tagged["ids"]
    stack = window.notes.controller.stack
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("  # ", True))
    _choose(window, "招商", "Rename")
    assert stack.count() == 0 and "at least one visible character" in warnings[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("x" * 61, True))
    _choose(window, "招商", "Rename")
    assert stack.count() == 0 and "longer than 60" in warnings[1]

    questions: list[str] = []

    def decline(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("人事", True))
    monkeypatch.setattr(QMessageBox, "question", decline)
    _choose(window, "招商", "Rename")
    assert stack.count() == 0 and "Merge “招商” into it?" in questions[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    _choose(window, "招商", "Rename")
    qtbot.waitUntil(lambda: _names(window) == ["人事"])
    assert [tag_store.article_tags(samples_db, i) for i in (first, second, third)] == [["人事"]] * 3


def test_merge_into_folds_the_articles_and_undo_brings_the_tag_back(
    tagged: dict[str, Any], samples_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (first, second, third) = tagged["window"], tagged["ids"]
    offered: list[list[str]] = []

    def get_item(_parent: Any, _title: str, _label: str, items: list[str], *_rest: Any) -> tuple[str, bool]:
        offered.append(list(items))
        return "人事", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    _choose(window, "招商", "Merge Into")
    qtbot.waitUntil(lambda: _names(window) == ["人事"])
    assert offered == [["人事"]]  # every other tag, never the tag itself
    assert [tag_store.article_tags(samples_db, i) for i in (first, second, third)] == [["人事"]] * 3
    assert annotation_store.get_by_uid(samples_db, tagged["uid"]).tags == ("人事",)
    assert _tag_index(window, "人事").data(Qt.ItemDataRole.DisplayRole) == "人事  (3)"
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == ["人事"])

    _keys(window, qtbot, CTRL)
    qtbot.waitUntil(lambda: _names(window) == ["人事", "招商"])
    assert tag_store.article_tags(samples_db, first) == ["招商"]  # the link the merge added is gone again
    assert tag_store.article_tags(samples_db, second) == ["人事", "招商"]  # had both before: keeps both
    assert tag_store.article_tags(samples_db, third) == ["人事"]
    assert annotation_store.get_by_uid(samples_db, tagged["uid"]).tags == ("招商",)
    assert _tag_index(window, "招商").data(Qt.ItemDataRole.DisplayRole) == "招商  (2)"
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == ["招商"])


def test_recolour_changes_the_tag_and_every_dot_and_undoes(
    tagged: dict[str, Any], samples_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, first = tagged["window"], tagged["ids"][0]
    before = tag_store.default_color("招商")
    offered: list[str] = []

    def get_color(initial: QColor, *_rest: Any) -> QColor:
        offered.append(initial.name())
        return QColor("#1F77B4")

    monkeypatch.setattr(QColorDialog, "getColor", get_color)
    _choose(window, "招商", "Colour")
    qtbot.waitUntil(
        lambda: _pixel(_tag_index(window, "招商").data(Qt.ItemDataRole.DecorationRole)) == "#1f77b4"
    )
    assert offered == [before]  # the dialog opens on the current colour
    assert [(t["name"], t["color"]) for t in tag_store.list_tags(samples_db) if t["name"] == "招商"] == [
        ("招商", "#1f77b4")
    ]
    row = window.tree_model.index_for_article(first, tagged["issue"])
    assert row.data(TAG_COLORS_ROLE) == ["#1f77b4"]

    _keys(window, qtbot, CTRL)
    qtbot.waitUntil(lambda: _pixel(_tag_index(window, "招商").data(Qt.ItemDataRole.DecorationRole)) == before)
    assert row.data(TAG_COLORS_ROLE) == [before]

    monkeypatch.setattr(QColorDialog, "getColor", lambda *_a: QColor())  # cancelled: nothing happens
    count = window.notes.controller.stack.count()
    _choose(window, "招商", "Colour")
    assert window.notes.controller.stack.count() == count


def test_delete_asks_first_and_undo_restores_every_link(
    tagged: dict[str, Any], samples_db: Database, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, (first, second, _third) = tagged["window"], tagged["ids"]
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def question(_parent: Any, _title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    _choose(window, "招商", "Delete")
    assert window.notes.controller.stack.count() == 0
    assert "from 2 articles and 1 highlights" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.tags_panel.tree.setCurrentIndex(_tag_index(window, "招商"))
    window.tags_panel.tree.setFocus()
    qtbot.keyClick(window.tags_panel.tree, Qt.Key.Key_Delete)  # the Delete key does the same
    qtbot.waitUntil(lambda: _names(window) == ["人事"])
    assert tag_store.article_tags(samples_db, first) == []
    assert annotation_store.get_by_uid(samples_db, tagged["uid"]).tags == ()
    row = window.tree_model.index_for_article(first, tagged["issue"])
    assert row.data(TAG_COLORS_ROLE) == []
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == [])

    _keys(window, qtbot, CTRL)
    qtbot.waitUntil(lambda: _names(window) == ["人事", "招商"])
    assert tag_store.article_tags(samples_db, first) == ["招商"]
    assert tag_store.article_tags(samples_db, second) == ["人事", "招商"]
    assert annotation_store.get_by_uid(samples_db, tagged["uid"]).tags == ("招商",)
    assert row.data(TAG_COLORS_ROLE) == [tag_store.default_color("招商")]
    qtbot.waitUntil(lambda: window.notes.panel.article_tags.tags == ["招商"])


def test_menu_is_offered_on_tag_rows_only(tagged: dict[str, Any], qtbot: Any) -> None:
    window = tagged["window"]
    tag = _tag_index(window, "招商")
    menu = window.tags_panel.tag_menu(tag)
    assert [a.text() for a in menu.actions()] == [
        "Rename…",
        "Merge Into…",
        "Colour…",
        "Delete",
    ]
    window.tags_panel.tree.expand(tag)
    qtbot.waitUntil(lambda: window.tags_panel.model.rowCount(tag) == 2)
    assert window.tags_panel.tag_menu(window.tags_panel.model.index(0, 0, tag)) is None  # an article row
