"""The window shows hostile notes, tags and titles as written, and library conditions as messages.

Qt renders any string that *looks* like HTML as HTML in tooltips, labels and message
boxes; what a user sees is what ``QTextDocument`` makes of the string under Qt's own rule,
so that is what these tests read back.  (Reliability suite, issue 16.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QMessageBox
from sqlite_utils import Database

from reader.app.error_dialog import TracebackDialog
from reader.app.notes.panel import ArticleNotesModel
from reader.app.plain_text import plain
from reader.store import annotations as annotation_store
from reader.store import tags as tag_store

HOSTILE = "<b>粗体</b><img src=x onerror=alert(1)> & <a href='javascript:x'>链接</a>"


def seen(text: str) -> str:
    """What Qt displays for ``text`` where it decides between plain and rich text by itself."""
    document = QTextDocument()
    if Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_plain_keeps_ordinary_text_and_shows_markup_as_written() -> None:
    assert plain("报告会 a < b") == "报告会 a < b"
    assert seen(plain(HOSTILE)) == HOSTILE
    assert seen(plain("第一行\n<i>第二行</i>")) == "第一行\n<i>第二行</i>"


def test_a_hostile_note_in_the_notes_panel_tooltip_is_shown_as_written(samples_db: Database) -> None:
    added = annotation_store.add_by_quote(samples_db, 1, "报告会", note=HOSTILE)
    model = ArticleNotesModel()
    model.set_items([added], {"yellow": "<u>要点</u>"})
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert HOSTILE in seen(tooltip) and "<u>要点</u>" in seen(tooltip)


def test_a_hostile_tag_in_the_sidebar_tooltip_is_shown_as_written(
    make_window: Any, samples_db: Database
) -> None:
    tag_store.add_article_tag(samples_db, 1, "<b>x</b>")
    window = make_window()
    model = window.tags_panel.tree.model()
    tips = [seen(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) or "")
            for row in range(model.rowCount())]  # fmt: skip
    assert any("“<b>x</b>”" in tip for tip in tips), tips


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    shown: dict[str, list] = {"traceback": [], "warning": []}
    monkeypatch.setattr(TracebackDialog, "exec", lambda self: shown["traceback"].append(self) or 0)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: shown["warning"].append((title, text))
    )
    return shown


def test_a_library_kept_busy_by_another_program_is_a_message_not_a_bug(
    make_window: Any,
    library_path: Path,
    qtbot: Any,
    dialogs: dict[str, list],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("READER_BUSY_TIMEOUT", "0.5")
    window = make_window()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(library_path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(4)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        window.worker.submit(lambda db: tag_store.add_article_tag(db, 1, "跟进"))
        qtbot.waitUntil(lambda: bool(dialogs["warning"]), timeout=10000)
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    ((title, text),) = dialogs["warning"]
    assert title == "Could Not Finish"
    assert text.startswith("the library is busy: another import")
    assert not dialogs["traceback"]
