"""Removing issues asks first, goes to a trash, is one undo step, and never detaches a note for good."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from reader.resources import sample_library
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import issues as store_issues
from reader.store import trash as trash_store
from tests.helpers.window import answer, open_first, select, settle, unique_piece

SAMPLES = sorted(sample_library().glob("*.txt"))


def noted_highlight(window: Any, qtbot: Any, note: str) -> annotation_store.Annotation:
    """A highlight made in the window (an undo step of its own) with a note typed on it."""
    article = open_first(window, qtbot)
    _start, quote = unique_piece(article)
    select(window, quote)
    assert window.notes.highlight("red")
    settle(window, qtbot)
    (made,) = annotation_store.list_annotations(window.db, article_id=article["id"])
    window.notes.controller.set_note(made.uid, note)
    settle(window, qtbot)
    return annotation_store.get_by_uid(window.db, made.uid)


def test_remove_samples_confirms_with_counts_and_undo_brings_back_issues_not_older_steps(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    highlight = noted_highlight(window, qtbot, "要核实")
    issues_before = [i["id"] for i in store_issues.list_issues(samples_db)]
    steps_before = window.notes.controller.stack.count()

    window.act_remove_samples.trigger()
    question = window.library_ops.question
    assert question.text() == f"Move the {len(SAMPLES)} sample bulletins to the trash?"
    assert question.informativeText().startswith("Attached: 1 highlight, 1 with a note, 0 tagged articles.")
    answer(window, "Cancel")
    settle(window, qtbot)
    assert store_articles.article_count(samples_db) > 0  # nothing happened

    window.act_remove_samples.trigger()
    answer(window, "Move to Trash")
    qtbot.waitUntil(lambda: store_articles.article_count(samples_db) == 0, timeout=10000)
    settle(window, qtbot)
    kept = annotation_store.get_by_uid(samples_db, highlight.uid)
    assert (kept.note, kept.orphaned, kept.article_id) == ("要核实", True, None)  # detached, not deleted
    assert window.current_id is None and window.tree_model.rowCount() == 0
    assert len(trash_store.list_trash(samples_db)) == len(SAMPLES)
    assert window.notes.act_undo.text().startswith("Undo Remove the 5 sample bulletins")

    window.notes.act_undo.trigger()  # Ctrl+Z: the removal, not the highlight or note made before it
    qtbot.waitUntil(lambda: store_articles.article_count(samples_db) > 0, timeout=10000)
    settle(window, qtbot)
    assert [i["id"] for i in store_issues.list_issues(samples_db)] == issues_before
    back = annotation_store.get_by_uid(samples_db, highlight.uid)
    assert (back.article_id, back.start, back.end, back.note, back.orphaned) == (
        highlight.article_id, highlight.start, highlight.end, "要核实", False,
    )  # fmt: skip
    assert window.notes.controller.stack.count() == steps_before + 1
    assert trash_store.list_trash(samples_db) == []


def test_removed_samples_imported_again_bring_their_notes_back(
    make_window, samples_db: Database, tmp_path: Path, qtbot
) -> None:
    window = make_window()
    highlight = noted_highlight(window, qtbot, "数据来源")
    window.act_remove_samples.trigger()
    answer(window, "Move to Trash")
    qtbot.waitUntil(lambda: store_articles.article_count(samples_db) == 0, timeout=10000)
    settle(window, qtbot)

    copy = tmp_path / "samples again"
    shutil.copytree(sample_library(), copy)  # the samples return from another folder (`make run`, a copy…)
    window.import_paths([copy])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=60000)
    settle(window, qtbot)
    back = annotation_store.get_by_uid(samples_db, highlight.uid)
    assert back.orphaned is False and back.note == "数据来源"
    text = store_articles.get_article(samples_db, back.article_id)["text"]  # type: ignore[arg-type]
    assert text[back.start : back.end] == highlight.quote  # type: ignore[misc]
    window.open_article(back.article_id)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: highlight.uid in {a.uid for a in window.notes.panel.model.items})
    window.importer.close_summary()


def test_remove_issue_from_the_tree_and_restore_it_from_the_trash(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    article = open_first(window, qtbot)
    issue = store_issues.get_issue(samples_db, article["issue_id"])
    assert window.chosen_issue() == issue["id"]
    window.library_ops.act_remove_issue.trigger()
    assert window.library_ops.question.text().startswith("Move the issue “")
    assert issue["title"] in window.library_ops.question.text()
    answer(window, "Move to Trash")
    qtbot.waitUntil(lambda: issue["id"] not in [i["id"] for i in store_issues.list_issues(samples_db)])
    settle(window, qtbot)

    dialog = window.library_ops.show_trash()
    assert dialog.list.topLevelItemCount() == 1
    assert issue["title"] in dialog.list.topLevelItem(0).text(0)
    dialog.list.topLevelItem(0).setSelected(True)
    dialog.restore_button.click()
    qtbot.waitUntil(
        lambda: issue["id"] in [i["id"] for i in store_issues.list_issues(samples_db)], timeout=10000
    )
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 0)
    assert dialog.empty.isVisible()
    assert "Restored 1 issue" in window.statusBar().currentMessage()
    dialog.close()


def test_undo_takes_back_mark_read_and_never_reaches_past_a_correction(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    highlight = noted_highlight(window, qtbot, "先记下")
    article_id = window.current_id
    assert store_articles.get_article(samples_db, article_id)["read_at"] is not None  # opened: read
    window.act_read.trigger()  # M: unread
    settle(window, qtbot)
    assert store_articles.get_article(samples_db, article_id)["read_at"] is None
    window.notes.act_undo.trigger()  # Ctrl+Z takes back M, not the note
    settle(window, qtbot)
    assert store_articles.get_article(samples_db, article_id)["read_at"] is not None
    assert annotation_store.get_by_uid(samples_db, highlight.uid).note == "先记下"

    mention = next(m for m in window.pane.view.mentions if m["kind"] == "person")
    window.apply_correction((mention["entity"], "reject", None, "all", None))
    settle(window, qtbot)
    assert not window.notes.act_undo.isEnabled()  # nothing older can be undone across the correction
    window.notes.act_undo.trigger()
    settle(window, qtbot)
    assert annotation_store.get_by_uid(samples_db, highlight.uid).note == "先记下"
