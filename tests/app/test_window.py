"""Drive the real window on the sample library: sidebar, reading, search, find, kinds, import, restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from sqlite_utils import Database

from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.settings import Settings
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import open_db
from tests.helpers.window import mention_point


def anchored_spans(doc: QTextDocument) -> dict[str, str]:
    """href → the text the document shows inside that anchor (fragments joined)."""
    spans: dict[str, str] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href:
                spans[href] = spans.get(href, "") + fragment.text()
            it += 1
        block = block.next()
    return spans


def test_walk_sidebar_and_open_article_with_its_mentions_highlighted(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    model, tree = window.tree_model, window.tree
    publication = model.index(0, 0)
    year = model.index(0, 0, publication)  # the samples span 2023 and 2024: the newest year first
    assert year.data() == "2024  (35)" and model.rowCount(year) == 0  # a year's issues are read lazily
    tree.expand(year)
    qtbot.waitUntil(lambda: model.rowCount(year) > 0)
    issue = model.index(0, 0, year)
    assert tree.isExpanded(publication) and model.rowCount(issue) == 0  # issues are read lazily
    tree.expand(issue)
    qtbot.waitUntil(lambda: model.rowCount(issue) > 0)  # the view fetched the sections
    section = model.index(1, 0, issue)
    tree.expand(section)
    qtbot.waitUntil(lambda: model.rowCount(section) > 0)
    article_index = model.index(0, 0, section)
    article_id = article_index.data(ARTICLE_ID_ROLE)
    assert article_index.data(Qt.ItemDataRole.FontRole).bold()  # unread
    tree.setCurrentIndex(article_index)
    assert window.current_id == article_id
    article = store_articles.get_article(samples_db, article_id)
    assert window.windowTitle().startswith(article["title"])
    mentions = store_entities.list_mentions(samples_db, article_id)
    enabled = window.pane.enabled_kinds
    expected = {
        f"m:{n}": article[m["field"]][m["start"] : m["end"]]
        for n, m in enumerate(mentions)
        if m["kind"] in enabled
    }
    assert expected, "the sample article should have entity mentions"
    assert anchored_spans(window.pane.view.document()) == expected
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert store_articles.get_article(samples_db, article_id)["read_at"] is not None
    assert not article_index.data(Qt.ItemDataRole.FontRole)


def test_toggle_kind_removes_its_highlights(make_window, samples_db: Database) -> None:
    window = make_window()
    window.step(1)
    kinds = {m["kind"] for m in store_entities.list_mentions(samples_db, window.current_id)}
    assert "person" in kinds
    before = anchored_spans(window.pane.view.document())
    window.kind_actions["person"].setChecked(False)
    after = anchored_spans(window.pane.view.document())
    people = [m for m in window.pane.view.mentions if m["kind"] == "person"]
    assert len(after) == len(before) - len(people)
    assert "人物" not in window.legend.text()
    window.kind_actions["person"].setChecked(True)
    assert anchored_spans(window.pane.view.document()) == before


def test_search_then_open_hit_highlights_every_occurrence(make_window, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    window.search.box.insert("鲍常勇")  # QTest cannot type non-Latin keys
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    assert window.search.model.total > 0
    article = window.pane.view.article
    assert article is not None and article["id"] == window.search.model.hit(0).article_id
    body_hits = window.pane.hit_spans["text"]
    assert len(body_hits) == article["text"].count("鲍常勇") > 0
    assert all(article["text"][a:b] == "鲍常勇" for a, b in body_hits)


def test_find_in_article_counts_and_steps(make_window, qtbot) -> None:
    window = make_window()
    window.step(1)
    text = window.pane.view.document().toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.pane.find_bar
    assert bar.isVisible()
    bar.box.insert("报告会")
    assert len(bar.matches) == text.count("报告会") > 1
    assert bar.count.text() == f"1 / {text.count('报告会')}"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 / {text.count('报告会')}"
    assert window.pane.view.textCursor().selectedText() == "报告会"


def test_escaping_of_imported_html_looking_text(make_window, tmp_path: Path, qtbot) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        '测试标题\n\n本报讯 这里有<img src=x>图片和<a href="http://example.com">链接</a>字样,应原样显示。\n',
        encoding="utf-8",
    )
    db = open_db(tmp_path / "evil.db")
    window = make_window(db=db, path=tmp_path / "evil.db")
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20000)
    assert not window.importer.last_report.failed, window.importer.last_summary
    window.step(1)
    shown = window.pane.view.document().toPlainText()
    assert "<img src=x>" in shown and '<a href="http://example.com">链接</a>' in shown
    assert window.pane.view.document().toHtml().count("<img") == 0
    qtbot.waitUntil(lambda: not window.tagging.running, timeout=60000)  # entities, in the background


def test_import_with_bad_files_lists_them_in_the_summary(
    make_window, tmp_path: Path, qtbot, sample_db_file
) -> None:
    from reader.resources import sample_library

    folder = tmp_path / "batch"
    folder.mkdir()
    good = sorted(sample_library().glob("*.txt"))[3]
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    db = open_db(tmp_path / "fresh.db")
    window = make_window(db=db, path=tmp_path / "fresh.db")
    window.import_paths([folder])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=30000)
    report = window.importer.last_report
    assert sorted(o.path.name for o in report.failed) == ["binary.txt", "empty.txt"]
    assert [o.status for o in report.outcomes if o.path.name == good.name] == ["imported"]
    summary = window.importer.last_summary
    assert "1 imported" in summary and "2 failed" in summary
    assert "empty.txt:" in summary and "binary.txt:" in summary
    assert window.tree_model.rowCount() == 1  # the tree reloaded with the new issue
    qtbot.waitUntil(lambda: not window.tagging.running, timeout=60000)  # then tags in the background
    assert store_entities.list_mentions(db)  # the worker annotated entities like the CLI does


def test_settings_restored_on_restart(
    make_window, samples_db: Database, library_path: Path, tmp_path: Path, qtbot
) -> None:
    settings = Settings(tmp_path / "restart.ini")
    first = make_window(the_settings=settings)
    first.step(1)
    first.step(1)
    chosen = first.current_id
    first.resize(760, 540)
    first.zoom(2)
    first.set_theme("dark")
    first.close()
    again = make_window(the_settings=Settings(tmp_path / "restart.ini"))
    assert again.current_id == chosen
    assert (again.width(), again.height()) == (760, 540)
    assert again.pane.font_size == first.pane.font_size == 16
    assert again.palette_.name == "dark"
    # the tree's rows on the way to it are read on the reader thread: selected when they arrive
    qtbot.waitUntil(lambda: again.tree.currentIndex().data(ARTICLE_ID_ROLE) == chosen, timeout=5000)


def test_another_library_does_not_reopen_this_librarys_article(
    make_window, samples_db: Database, tmp_path: Path, qtbot
) -> None:
    """The article last open belongs to the library: ``--db other.db`` with the same user settings
    starts on nothing, and coming back to the first library reopens its article."""
    settings = Settings(tmp_path / "same-user.ini")
    first = make_window(the_settings=settings)
    first.step(1)
    first.step(1)
    chosen = first.current_id
    first.close()
    other_path = tmp_path / "other.db"
    other = open_db(other_path)
    elsewhere = make_window(db=other, path=other_path, the_settings=Settings(tmp_path / "same-user.ini"))
    assert elsewhere.current_id is None and elsewhere.pane.view.article is None
    elsewhere.close()
    back = make_window(the_settings=Settings(tmp_path / "same-user.ini"))
    assert back.current_id == chosen


def test_right_click_reject_removes_the_mention_and_click_opens_the_entity(
    make_window, samples_db, qtbot
) -> None:
    window = make_window()
    window.step(1)
    mentions = window.pane.view.mentions
    number, target = next(
        (n, m) for n, m in enumerate(mentions) if m["kind"] == "person" and m["field"] == "text"
    )
    window.pane.view.ensureCursorVisible()
    point = mention_point(window, f"m:{number}")
    menu = window.pane.view.build_menu(point)
    actions = {a.text(): a for a in menu.actions()}
    here = actions["Not an Entity (Here)"]
    here.trigger()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=20000)
    after = store_entities.list_mentions(samples_db, window.current_id)
    assert (target["field"], target["start"], target["end"]) not in {
        (m["field"], m["start"], m["end"]) for m in after
    }
    assert len(window.pane.view.mentions) == len(after)  # the open view re-read its mentions
    other = next(n for n, m in enumerate(window.pane.view.mentions) if m["kind"] == "person")
    window.pane.view.anchorClicked.emit(QUrl(f"m:{other}"))
    entity = window.pane.view.mentions[other]["entity"]
    assert window.centre.currentWidget() is window.detail
    assert window.detail.entity == ("person", entity)
    assert window.detail.articles.rowCount() == len(
        store_entities.entity_articles(samples_db, "person", entity)
    )
    assert window.detail.chart.series()  # a real chart, one bar set of mentions per issue date
