"""One language at a time: complete zh_CN and en catalogues, Chinese UI, translated reasons, the switch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from sqlite_utils import Database

from reader import ingest
from reader.app import i18n
from reader.app.i18n.reasons import known, translate_reason
from reader.app.preferences import PreferencesDialog
from reader.app.settings import Settings
from reader.store import open_db
from tests.helpers.window import imported

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_of_the_window_has_a_translation_and_the_qm_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/translations.py", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def failing_files(folder: Path) -> list[Path]:
    """One file for each way a file can fail to import (the reasons users meet)."""
    folder.mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b"   \n\n\t\n",
        "nul.txt": b"\x00\x01\x02abc" * 10,
        "control.txt": "标题\n".encode("gb18030") + b"\x01\x02\x03\x04\x05\x06" * 40,
        "utf16-bom.txt": b"\xff\xfe\xfd\x80\x81" * 4 + b"\xa1",
        "bad-bom.txt": b"\xef\xbb\xbf" + b"\xff\xfe\x80" * 10,
        "undecodable.txt": b"abc\x80",
        "unprintable.txt": bytes(range(0xA1, 0xFF)) * 3,
        "rules.txt": b"|\n|---|\n| |\n",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files] + [folder / "missing.txt"]


def test_every_import_failure_reason_has_a_chinese_translation(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = ingest.import_paths(db, failing_files(tmp_path / "bad"))
    big = tmp_path / "big.txt"
    big.write_bytes("很长的文件。\n".encode() * 10)
    monkeypatch.setattr(
        ingest, "MAX_FILE_BYTES", 100
    )  # "too large" without writing 20 MiB (in-process: 1 file)
    report.outcomes.append(ingest.import_file(db, big))
    reasons = {outcome.path.name: outcome.reason or "" for outcome in report.outcomes}
    assert all(outcome.status == "failed" for outcome in report.outcomes), reasons
    assert [name for name, reason in reasons.items() if not known(reason)] == []
    i18n.install("zh_CN")
    try:
        chinese = {name: translate_reason(reason) for name, reason in reasons.items()}
    finally:
        i18n.install("en")
    assert chinese["blank.txt"] == "文件是空的（只有空白字符）"
    assert chinese["missing.txt"] == "没有这个文件或文件夹"
    assert chinese["big.txt"].startswith("文件大小为 0.0 MiB")
    assert all(chinese[name] != reasons[name] for name in reasons), chinese


def test_the_chinese_window_speaks_chinese_only(make_window, tmp_path: Path, qtbot) -> None:
    i18n.install("zh_CN")
    db = open_db(tmp_path / "zh.db")
    window = make_window(db=db, path=tmp_path / "zh.db")
    titles = [menu.title() for menu in window.app_menus]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "文章(&A)", "研究(&R)", "帮助(&H)"]
    assert window.act_import_folder.text() == "导入文件夹…"
    assert window.tabs.tabToolTip(0) == "期刊" and window.kind_actions["person"].text() == "人物"
    file_menu = window.menuBar().findChild(QMenu, "menuFile")
    labels = [action.text() for action in file_menu.actions() if action.text()]
    assert all(not any("a" <= ch.lower() <= "z" for ch in label.split("(")[0]) for label in labels), labels
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "空文件.txt").write_text(" \n", encoding="utf-8")
    imported(window, qtbot, [folder])
    box = window.importer.summary
    assert box.windowTitle() == "没有导入任何文件"
    assert box.text() == "1 个失败\n✗ 空文件.txt: 文件是空的（只有空白字符）"
    window.importer.close_summary()
    db.conn.close()


def test_the_research_views_speak_chinese(make_window, qtbot, tmp_path: Path) -> None:
    """The Research tab, menu, concordance and trend in the Chinese UI: Chinese labels, the user's
    query as typed, counts in Chinese word order."""
    from reader.ingest import import_paths
    from reader.resources import sample_library

    i18n.install("zh_CN")
    db = open_db(tmp_path / "zh.db")
    import_paths(db, [sample_library()])
    window = make_window(db=db, path=tmp_path / "zh.db")
    research = window.research
    assert window.tabs.tabToolTip(window.tabs.indexOf(research.panel)) == "研究"
    menu = window.menuBar().findChild(QMenu, "menuResearch")
    assert [a.text() for a in menu.actions() if a.text()] == [
        "关键词语境（KWIC）",
        "提法趋势",
        "保存当前检索…",
    ]
    assert research.panel.kwic_button.text() == "语境" and research.panel.trend_button.text() == "趋势"
    assert research.panel.kwic_button.toolTip() == "每一处出现及其上下文（Ctrl+Shift+K）"

    kwic = research.show_kwic()
    assert [kwic.model.headerData(n, Qt.Orientation.Horizontal) for n in range(6)] == [
        "日期", "来源", "左侧语境", "关键词", "右侧语境", "文章",
    ]  # fmt: skip
    assert kwic.filters.section.itemText(0) == "全部栏目" and kwic.filters.use_dates.text() == "日期"
    kwic.box.setText("<b>招商</b>")  # markup a user typed is a query like any other, shown as typed
    kwic.run()
    qtbot.waitUntil(lambda: kwic.result is not None, timeout=20_000)
    assert kwic.status.text() == "没有文章包含“<b>招商</b>”"
    assert kwic.status.textFormat() == Qt.TextFormat.PlainText
    kwic.box.setText("招商")
    kwic.run()
    qtbot.waitUntil(lambda: kwic.result is not None and bool(kwic.result.occurrences), timeout=20_000)
    lines, articles = len(kwic.result.occurrences), kwic.result.articles
    assert kwic.status.text() == f"{articles} 篇文章中共 {lines} 处 · “招商”"

    trend = research.show_trend()
    assert trend.by.currentText() == "月" and trend.measure.currentText() == "每万字"
    trend.add_term("招商")
    qtbot.waitUntil(lambda: trend.result is not None, timeout=20_000)
    assert trend.chart.title() == "每万字 · 月"
    assert trend.summary.headerItem().text(0) == "检索词" and trend.status.text().endswith("2024-09")
    assert "个时段" in trend.status.text()
    db.conn.close()


def test_choosing_a_language_in_preferences_saves_it_and_reopens_the_window(
    make_window, settings: Settings, qtbot
) -> None:
    window = make_window()
    window.act_preferences.trigger()
    dialog: PreferencesDialog = window.preferences
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(window.relaunch_requested, timeout=2000):
        dialog.accept()
    assert settings.language() == "zh_CN"


def test_a_language_change_reopens_the_running_window_in_that_language(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import main
    from reader.app.window import MainWindow

    monkeypatch.setenv("BULLETIN_READER_INSTANCE", f"br-relaunch-{tmp_path.name}")
    Settings().set_language("en")
    seen: list[str] = []

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def switch() -> None:
        [window] = windows()
        seen.append(window.app_menus[0].title())
        Settings().set_language("zh_CN")
        window.relaunch_requested.emit()
        QTimer.singleShot(300, look)

    def look() -> None:
        [window] = windows()
        seen.append(window.app_menus[0].title())
        window.close()  # the last window: run() returns

    QTimer.singleShot(300, switch)
    try:
        assert main.run(library_path) == 0
    finally:
        i18n.install("en")
        QApplication.instance().setQuitOnLastWindowClosed(True)
    assert seen == ["&File", "文件(&F)"]
