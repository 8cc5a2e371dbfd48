"""Undo commands against a real library with a synchronous runner: each undo puts back exactly what was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from sqlite_utils import Database

from reader.app import undo
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import tags as tag_store


class Now:
    """Runs each job at once on the test's connection (the app queues them on the worker instead)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def run(
        self, job: undo.StoreJob, on_done: Callable[[Any], None] | None = None, *, tags: bool = False
    ) -> None:
        result = job(self.db)
        if on_done is not None:
            on_done(result)


def test_tag_commands_undo_and_redo(samples_db: Database) -> None:
    runner, stack = Now(samples_db), QUndoStack()
    first, second = (a["id"] for a in store_articles.list_articles(samples_db)[:2])
    stack.push(undo.AddArticleTag(runner, first, "招商"))
    stack.push(undo.AddArticleTag(runner, second, "人事"))
    stack.push(undo.SetTagColor(runner, "招商", "#123456"))
    stack.push(undo.RenameTag(runner, "招商", "招商引资"))
    stack.push(undo.MergeTags(runner, "人事", "招商引资"))
    assert [(t["name"], t["color"], t["article_count"]) for t in tag_store.list_tags(samples_db)] == [
        ("招商引资", "#123456", 2)
    ]
    stack.undo()
    assert tag_store.article_tags(samples_db, second) == ["人事"]
    assert tag_store.article_tags(samples_db, first) == ["招商引资"]
    stack.undo()
    stack.undo()
    assert [(t["name"], t["color"]) for t in tag_store.list_tags(samples_db) if t["name"] == "招商"] == [
        ("招商", tag_store.default_color("招商"))
    ]
    stack.push(undo.DeleteTag(runner, "招商"))
    assert tag_store.article_tags(samples_db, first) == []
    stack.undo()
    assert tag_store.article_tags(samples_db, first) == ["招商"]


def test_adding_a_tag_twice_undoes_only_once(samples_db: Database) -> None:
    runner, stack = Now(samples_db), QUndoStack()
    article = store_articles.list_articles(samples_db)[0]["id"]
    stack.push(undo.AddArticleTag(runner, article, "调研"))
    stack.push(undo.AddArticleTag(runner, article, "调研"))  # already there: nothing to take back
    stack.undo()
    assert tag_store.article_tags(samples_db, article) == ["调研"]
    stack.undo()
    assert tag_store.article_tags(samples_db, article) == []


def test_note_edits_merge_into_one_undo_step_and_highlight_keeps_its_uid(samples_db: Database) -> None:
    runner, stack = Now(samples_db), QUndoStack()
    article = store_articles.list_articles(samples_db)[0]
    add = undo.AddAnnotation(runner, article["id"], 0, 5, color="green")
    stack.push(add)
    uid = add.snapshot.uid  # type: ignore[union-attr]
    for note in ("a", "ab", "abc"):
        stack.push(undo.EditAnnotation(runner, uid, note=note))
    assert stack.count() == 2 and annotation_store.get_by_uid(samples_db, uid).note == "abc"
    stack.undo()
    assert annotation_store.get_by_uid(samples_db, uid).note == ""
    stack.undo()
    assert annotation_store.list_annotations(samples_db) == []
    stack.redo()
    stack.redo()
    again = annotation_store.get_by_uid(samples_db, uid)
    assert (again.start, again.end, again.color, again.note) == (0, 5, "green", "abc")
