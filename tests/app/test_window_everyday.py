"""The window in everyday use: versions not duplicates, links, back, titles, import and export messages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlite_utils import Database

from reader.app.sidebar.models import ISSUE_ID_ROLE, NODE_KIND_ROLE
from reader.app.url_handler import attach
from reader.links import article_url
from reader.resources import sample_library
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import issues as store_issues
from tests.helpers.window import answer, imported, open_first, settle

ROOT = Path(__file__).resolve().parents[2]
SEED = "000_cb36cc279cad0e3a.txt"
ARTICLE = f"{SEED}/市委常委会/1"
TYPO, FIXED = "9月2日,市委常委会召开会议,", "9月2日上午,市委常委会召开会议,"


def people(db: Database) -> dict[str, int]:
    return {row["name"]: row["articles"] for row in store_entities.people_index(db)}


def test_a_corrected_copy_from_another_folder_becomes_a_version(
    make_window, samples_db: Database, tmp_path: Path, qtbot
) -> None:
    window = make_window()
    article = store_articles.get_article_by_key(samples_db, ARTICLE)
    highlight = annotation_store.add_by_quote(
        samples_db, article["id"], "结合驻马店市产业发展实际", note="实际"
    )
    counts, issues = people(samples_db), len(store_issues.list_issues(samples_db))
    corrected = tmp_path / "corrected" / SEED
    corrected.parent.mkdir()
    corrected.write_text(
        (sample_library() / SEED).read_text(encoding="utf-8").replace(TYPO, FIXED), encoding="utf-8"
    )

    report = imported(window, qtbot, [corrected])
    assert [o.status for o in report.outcomes] == ["imported"]
    window.importer.close_summary()
    qtbot.waitUntil(lambda: window.library_ops.question is not None)
    question = window.library_ops.question
    original = store_issues.get_issue(samples_db, article["issue_id"])
    assert (
        question.text()
        == f"Replace “{original['issue_date']} · {original['title']}” with this corrected file?"
    )
    assert "1 highlight will be re-anchored" in question.informativeText()
    assert str(corrected.parent) in question.informativeText()
    answer(window, "Replace (New Version)")
    qtbot.waitUntil(lambda: len(store_issues.list_issues(samples_db)) == issues, timeout=10000)
    settle(window, qtbot)

    assert people(samples_db) == counts  # 鲍常勇's article count did not double
    assert store_issues.get_issue(samples_db, original["id"])["version"] == 2
    moved = annotation_store.get_by_uid(samples_db, highlight.uid)
    text = store_articles.get_article(samples_db, article["id"])["text"]
    assert "9月2日上午" in text and text[moved.start : moved.end] == "结合驻马店市产业发展实际"  # type: ignore[misc]
    assert "newest version" in window.statusBar().currentMessage()


def test_keeping_both_leaves_the_copy_and_its_context_menu_can_merge_it_later(
    make_window, samples_db: Database, tmp_path: Path, qtbot
) -> None:
    window = make_window()
    copy = tmp_path / "copy" / "another name.txt"
    copy.parent.mkdir()
    copy.write_text(
        (sample_library() / SEED).read_text(encoding="utf-8").replace(TYPO, FIXED), encoding="utf-8"
    )
    report = imported(window, qtbot, [copy])
    window.importer.close_summary()
    qtbot.waitUntil(lambda: window.library_ops.question is not None)
    answer(window, "Keep Both")
    settle(window, qtbot)
    assert len(store_issues.list_issues(samples_db)) == 6
    duplicate = report.outcomes[0].issue_id
    index = issue_row(window, duplicate)
    menu = window.library_ops.issue_menu(index.data(ISSUE_ID_ROLE))  # what a right-click on the row pops up
    [merge] = [a for a in menu.actions() if a.text().startswith("Merge into Its Duplicate")]
    merge.trigger()
    answer(window, "Merge")
    qtbot.waitUntil(lambda: len(store_issues.list_issues(samples_db)) == 5, timeout=10000)
    settle(window, qtbot)


def issue_row(window: Any, issue_id: int) -> Any:
    """The tree row of an issue (issues sit under their publication, or under its years)."""
    model = window.tree_model
    for row in range(model.rowCount()):
        publication = model.index(row, 0)
        for number in range(model.rowCount(publication)):
            index = model.index(number, 0, publication)
            if index.data(NODE_KIND_ROLE) == "year":
                window.tree.expand(index)  # reads its issues
                rows = [model.index(n, 0, index) for n in range(model.rowCount(index))]
            else:
                rows = [index]
            for found in rows:
                if found.data(NODE_KIND_ROLE) == "issue" and found.data(ISSUE_ID_ROLE) == issue_id:
                    return found
    raise AssertionError(f"issue {issue_id} is not in the tree")


def test_reader_gui_with_a_link_hands_it_to_the_open_window(
    make_window, samples_db: Database, tmp_path: Path, qtbot
) -> None:
    window = make_window()
    name = f"br-test-{os.getpid()}-{abs(hash(str(tmp_path))) % 10**8}"
    instance = attach(window, name=name, raise_window=lambda: None)  # offscreen windows cannot be raised
    assert instance is not None
    target = store_articles.get_article_by_key(samples_db, ARTICLE)
    env = {**os.environ, "BULLETIN_READER_INSTANCE": name, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen(
        [sys.executable, "-m", "reader", "gui", article_url(ARTICLE)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)  # it exits: no second window
        _out, err = second.communicate()
        assert second.returncode == 0, err
        qtbot.waitUntil(lambda: window.current_id == target["id"])
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
        instance.close()


def test_back_after_an_entity_page_returns_to_the_article_it_came_from(make_window, qtbot) -> None:
    window = make_window()
    open_first(window, qtbot)
    first = window.current_id
    window.step(1)
    came_from = window.current_id
    mention = next(m for m in window.pane.view.mentions if m["kind"] == "person")
    window.show_entity(mention["kind"], mention["entity"])  # a click on the name in the page
    assert window.centre.currentWidget() is window.detail
    assert window.windowTitle() == mention["entity"]

    window.act_back.trigger()
    assert window.centre.currentIndex() == 0 and window.current_id == came_from
    window.act_back.trigger()
    assert window.current_id == first
    window.act_forward.trigger()
    window.act_forward.trigger()
    assert window.centre.currentWidget() is window.detail and window.detail.entity == (
        mention["kind"], mention["entity"],
    )  # fmt: skip


def test_the_title_is_the_open_article_and_qt_adds_the_app_name_once(make_window, qtbot) -> None:
    window = make_window()
    assert window.windowTitle() == ""
    article = open_first(window, qtbot)
    assert window.windowTitle() == article["title"]
    assert "Bulletin Reader" not in window.windowTitle()  # the platform appends the display name


def test_import_summary_warns_names_each_failed_file_and_can_show_it(
    make_window, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(sample_library() / "003_9560272fe25c5dcf.txt", folder / "good.txt")
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 20)
    window = make_window()
    report = imported(window, qtbot, [folder])
    assert len(report.failed) == 2
    box = window.importer.summary
    assert box.icon() == QMessageBox.Icon.Warning and box.windowTitle() == "Import Finished with Errors"
    assert box.text().splitlines() == [
        "1 unchanged, 2 failed",  # good.txt is sample 003, already in the library
        "✗ binary.txt: file is binary, not text (it holds NUL bytes)",
        "✗ empty.txt: file is empty (it holds only white space)",
    ]
    [show] = [b for b in box.buttons() if b.text() == "Show in Folder"]
    show.click()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    window.importer.close_summary()

    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / "empty.txt").write_text("", encoding="utf-8")
    report = imported(window, qtbot, [nothing])
    assert window.importer.summary.icon() == QMessageBox.Icon.Critical
    assert window.importer.summary.windowTitle() == "Nothing Was Imported"
    window.importer.close_summary()


def test_export_says_where_it_wrote_and_a_click_shows_the_file(
    make_window, samples_db: Database, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    article = open_first(window, qtbot)
    annotation_store.add_by_quote(samples_db, article["id"], article["text"][:6])
    dialog = window.notes.export()
    target = tmp_path / "笔记" / "notes.md"
    dialog.target.setText(str(target))
    dialog.refresh()
    dialog.write_button.click()
    assert target.is_file()
    label = window.statusBar().findChild(QLabel, "writtenLink")
    assert label is not None and label.isVisible()
    assert "Exported 1 file to" in label.text() and str(target) in label.text()
    label.linkActivated.emit("reveal")
    assert opened == [QUrl.fromLocalFile(str(target.parent))]
