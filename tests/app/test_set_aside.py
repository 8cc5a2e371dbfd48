"""What the importer set aside (the contents, page heads, toolbars) can be read from the issue's menu."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from sqlite_utils import Database


def _issue_of(db: Database, source_file: str) -> int:
    return int(db.execute("SELECT id FROM issues WHERE source_file = ?", [source_file]).fetchone()[0])


def test_the_issue_menu_shows_the_lines_no_article_holds(make_window, samples_db: Database, qtbot) -> None:
    window = make_window()
    bulletin = _issue_of(samples_db, "000_cb36cc279cad0e3a.txt")  # opens with a table of contents
    menu = window.library_ops.issue_menu(bulletin)
    [action] = [a for a in menu.actions() if a.text() == "Show Set-Aside Lines…"]
    assert action.isEnabled()
    dialog = window.library_ops.show_set_aside(bulletin)
    qtbot.waitUntil(dialog.isVisible)
    lines = dialog.text.toPlainText().splitlines()
    [intro] = dialog.findChildren(QLabel)
    assert intro.text() == f"{len(lines)} lines of the file belong to no article (line number · why · text):"
    assert lines[0] == "1 · table of contents · 目录"  # the first line of the file
    assert "3 · table of contents · 学习贯彻党的二十届三中全会精神省委宣讲团报告会在驻举行 3" in lines
    dialog.close()


def test_an_issue_with_nothing_set_aside_offers_nothing(make_window, samples_db: Database) -> None:
    window = make_window()
    feature = _issue_of(samples_db, "001_732989b946382461.txt")  # one Markdown article, nothing else
    menu = window.library_ops.issue_menu(feature)
    [action] = [a for a in menu.actions() if a.text() == "Show Set-Aside Lines…"]
    assert not action.isEnabled()


def test_in_chinese_the_reasons_are_chinese_too(make_window, samples_db: Database, qtbot) -> None:
    from reader.app import i18n

    i18n.install("zh_CN")
    window = make_window()
    dialog = window.library_ops.show_set_aside(_issue_of(samples_db, "000_cb36cc279cad0e3a.txt"))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.text.toPlainText().splitlines()[0] == "1 · 目录 · 目录"
    dialog.close()
