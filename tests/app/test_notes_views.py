"""The annotations view, the export dialog and the body map, on the sample library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser
from sqlite_utils import Database

from reader.app.export_dialog import ExportDialog
from reader.app.notes.library_view import AnnotationFilter, AnnotationsView, AnnotationTableModel
from reader.app.notes.panel import UID_ROLE, ArticleNotesModel
from reader.app.reading.renderer import render_article
from reader.app.reading.selection import body_map
from reader.app.theme import LIGHT
from reader.export.markdown import export_markdown, export_split
from reader.export.select import ExportFilter
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import tags as tag_store
from tests.helpers.window import open_first, select, settle, unique_piece

STAMP = "2024-10-01T08:00:00+00:00"


def seed(db: Database) -> dict[str, annotation_store.Annotation]:
    """Three highlights in two articles of different sections, with colours, tags and notes."""
    articles = store_articles.list_articles(db)
    first = next(a for a in articles if a["title"] == "市委常委会")
    second = next(a for a in articles if a["title"] == "孔昌生到驻调研")
    made = {
        "leader": annotation_store.add_by_quote(
            db, first["id"], "鲍常勇主持并讲话", color="red", note="主持人"
        ),
        "theory": annotation_store.add_by_quote(db, first["id"], "强化党的创新理论武装", tags=["理论"]),
        "visit": annotation_store.add_by_quote(
            db, second["id"], "超级工厂项目", color="green", note="产业 *项目*", tags=["招商"]
        ),
    }
    tag_store.add_article_tag(db, second["id"], "调研")
    return made


def test_annotations_view_filters_at_once(samples_db: Database, qtbot, qtmodeltester) -> None:
    made = seed(samples_db)
    view = AnnotationsView(samples_db)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 3
    uids = lambda: [view.model.index(r, 0).data(UID_ROLE) for r in range(view.model.rowCount())]  # noqa: E731
    view.color.setCurrentIndex(view.color.findData("red"))
    view.apply()
    assert uids() == [made["leader"].uid]
    assert "存疑" in view.model.index(0, 2).data()  # the colour's meaning is shown
    view.color.setCurrentIndex(0)
    view.tag.setCurrentText("招商")
    view.apply()
    assert uids() == [made["visit"].uid]
    view.tag.setCurrentIndex(0)
    view.text.setText("主持")
    view.apply()
    assert uids() == [made["leader"].uid]
    view.text.clear()
    view.section.setCurrentIndex(view.section.findData("上级调研"))
    view.apply()
    assert uids() == [made["visit"].uid]
    view.section.setCurrentIndex(0)
    view.since.setText("2030")
    view.apply()
    assert uids() == []
    view.since.setText("bad date")
    view.apply()
    assert "since date" in view.count.text()
    view.since.clear()
    view.apply()
    assert len(uids()) == 3
    qtmodeltester.check(view.model)


def test_entity_filter_uses_the_articles_mentioning_it(samples_db: Database) -> None:
    made = seed(samples_db)
    model = AnnotationTableModel(samples_db)
    with_name = {row["article_id"] for row in store_entities.entity_articles(samples_db, "person", "孔昌生")}
    assert made["visit"].article_id in with_name and made["leader"].article_id not in with_name
    model.set_filter(AnnotationFilter(entity="孔昌生"))
    assert model.ids == [made["visit"].id]


def test_double_click_opens_the_article_at_the_highlight(make_window, samples_db: Database, qtbot) -> None:
    made = seed(samples_db)
    window = make_window()
    window.notes.open_library()
    view = window.notes.library
    view.reload()
    row = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 0).data(UID_ROLE) == made["visit"].uid
    )
    with qtbot.waitSignal(view.annotation_activated):
        view.table.doubleClicked.emit(view.model.index(row, 0))
    assert window.current_id == made["visit"].article_id
    assert window.pane.view.textCursor().selectedText() == "超级工厂项目"


def test_article_notes_model_passes_the_model_tester(samples_db: Database, qtmodeltester) -> None:
    made = seed(samples_db)
    model = ArticleNotesModel()
    model.set_items([made["leader"], made["theory"]], annotation_store.color_meanings(samples_db))
    qtmodeltester.check(model)
    assert model.row_of(made["theory"].uid) == 1


def test_export_dialog_writes_what_the_cli_would(samples_db: Database, qtbot, tmp_path: Path) -> None:
    seed(samples_db)
    dialog = ExportDialog(samples_db, exported_at=STAMP)
    qtbot.addWidget(dialog)
    dialog.tag.setCurrentText("招商")
    dialog.wikilinks.setChecked(True)
    dialog.refresh()
    expected = export_markdown(samples_db, ExportFilter(tag="招商"), exported_at=STAMP, wikilinks=True)
    assert dialog.preview.toPlainText() == expected
    assert "超级工厂项目" in expected and "鲍常勇主持并讲话" not in expected
    assert not dialog.write_button.isEnabled()  # no target chosen yet
    target = tmp_path / "out" / "notes.md"
    dialog.target.setText(str(target))
    dialog.refresh()
    dialog.write_button.click()
    assert target.read_bytes() == expected.encode("utf-8")
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_export_dialog_split_into_a_folder(samples_db: Database, qtbot, tmp_path: Path) -> None:
    seed(samples_db)
    dialog = ExportDialog(samples_db, exported_at=STAMP)
    qtbot.addWidget(dialog)
    dialog.split.setChecked(True)
    dialog.since.setText("2024-09-01")
    dialog.target.setText(str(tmp_path / "vault"))
    dialog.refresh()
    dialog.write()
    expected = export_split(samples_db, ExportFilter(since="2024-09-01"), exported_at=STAMP)
    written = {p.name: p.read_bytes() for p in (tmp_path / "vault").iterdir()}
    assert written == {name: text.encode("utf-8") for name, text in expected.items()}
    assert len(written) == 2
    dialog.until.setText("30/09/2024")
    dialog.refresh()
    assert "until" in dialog.status.text() and not dialog.write_button.isEnabled()


def test_body_map_round_trips_every_line_of_every_sample_article(samples_db: Database, qapp) -> None:
    browser = QTextBrowser()
    for article in store_articles.list_articles(samples_db):
        browser.setHtml(render_article(article, [], LIGHT))
        text = article["text"]
        mapping = body_map(browser.document(), text)
        offset = 0
        for line in text.split("\n"):
            if line:
                cursor = mapping.cursor(browser.document(), offset, offset + len(line))
                assert cursor is not None and cursor.selectedText() == line, article["title"]
                assert mapping.span(cursor) == (offset, offset + len(line))
            offset += len(line) + 1
        whole = mapping.cursor(browser.document(), 0, len(text.rstrip("\n")))
        assert whole.selectedText() == text.rstrip("\n").replace("\n", "\u2029").replace(
            "\u2029\u2029", "\u2029"
        )
        title = browser.document().find(article["title"], 0, QTextDocument.FindFlag(0))
        assert mapping.span(title) is None  # the title is not body text


def test_the_notes_tab_lists_every_highlight_when_first_chosen_and_after_later_changes(
    make_window, samples_db: Database, qtbot
) -> None:
    """The tab's view is built on first showing (not at start-up); what it lists must not depend on that."""
    seed(samples_db)
    window = make_window()
    window.tabs.setCurrentWidget(window.notes.library_page)  # as a click on the tab does
    view = window.notes.library
    assert view.isVisible() and view.model.rowCount() == 3
    window.tabs.setCurrentIndex(0)  # back to Issues; a highlight is added meanwhile
    article = open_first(window, qtbot)
    _start, quote = unique_piece(article, line_number=1)
    select(window, quote)
    assert window.notes.highlight("yellow")
    settle(window, qtbot)
    assert len(annotation_store.list_annotations(samples_db)) == 4
    window.tabs.setCurrentWidget(window.notes.library_page)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=5000)
    assert view.count.text() == "4 highlights"
