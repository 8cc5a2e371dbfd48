"""The research views in the window: the concordance (sort, filter, open, export), the trend chart
(three terms, month and year, hover, export) and a saved search whose count follows an import.

Expected figures are recounted here from the stored articles (fold + an overlapping
regular-expression scan), never taken from the code under test.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPixmap
from sqlite_utils import Database

from reader.app.reading.selection import body_map
from reader.research.filters import Filters
from reader.store import search as store_search
from reader.textfold import fold

FIELDS = ("kicker", "title", "subtitle", "text")
WAIT = 20_000


def recount(db: Database, term: str, where: str = "1", params: tuple = ()) -> tuple[int, int, int]:
    """(occurrences, articles, characters) of ``term`` over the articles ``where`` selects."""
    needle = re.compile(f"(?={re.escape(fold(term))})")
    lines = articles = chars = 0
    sql = (
        "SELECT a.kicker, a.title, a.subtitle, a.text FROM articles a JOIN issues i ON i.id = a.issue_id "
        "LEFT JOIN sections s ON s.id = a.section_id WHERE " + where
    )
    for values in db.execute(sql, params):
        found = sum(len(needle.findall(fold(value))) for value in values if value)
        lines += found
        articles += bool(found)
        chars += sum(len(value) for value in values if value)
    return lines, articles, chars


def _click_header(qtbot, table, column: int) -> None:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_concordance_sorts_filters_opens_and_exports(make_window, qtbot, samples_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.keyClick(
        window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    kwic = window.research.kwic
    assert window.centre.currentWidget() is window.research.kwic_page
    kwic.box.insert("发展")  # typed through an input method: QTest has no key for it
    qtbot.keyClick(kwic.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kwic.result is not None, timeout=WAIT)
    lines, articles, _chars = recount(samples_db, "发展")
    assert kwic.model.rowCount() == lines
    assert kwic.status.text() == f"{lines:,} occurrences in {articles} articles · “发展”"

    _click_header(qtbot, kwic.table, 2)  # Left: by the context read backwards from the match
    qtbot.waitUntil(lambda: kwic.sort == "left" and kwic.status.text() != "Sorting…", timeout=WAIT)
    lefts = [kwic.model.occurrence(row).left[::-1] for row in range(kwic.model.rowCount())]
    assert lefts == sorted(lefts)
    shown = kwic.model.index(0, 2).data()
    assert shown == kwic.model.occurrence(0).left
    _click_header(qtbot, kwic.table, 2)  # again: the other way round
    assert [kwic.model.occurrence(row).left[::-1] for row in range(kwic.model.rowCount())] == lefts[::-1]
    _click_header(qtbot, kwic.table, 4)
    qtbot.waitUntil(lambda: kwic.sort == "right" and kwic.status.text() != "Sorting…", timeout=WAIT)
    rights = [kwic.model.occurrence(row).right for row in range(kwic.model.rowCount())]
    assert rights == sorted(rights)

    kwic.filters.section.setCurrentIndex(kwic.filters.section.findText("重要会议"))
    expected = recount(samples_db, "发展", "s.name = ?", ("重要会议",))[0]
    assert 0 < expected < lines
    qtbot.waitUntil(lambda: kwic.model.rowCount() == expected, timeout=WAIT)
    sections = dict(
        samples_db.execute("SELECT a.id, s.name FROM articles a JOIN sections s ON s.id = a.section_id")
    )
    assert {sections[line.article.article_id] for line in kwic.model.lines} == {"重要会议"}

    row = next(n for n, line in enumerate(kwic.model.lines) if line.field == "text" and line.start > 200)
    line = kwic.model.occurrence(row)
    kwic.table.scrollTo(kwic.model.index(row, 3))
    rect = kwic.table.visualRect(kwic.model.index(row, 3))
    qtbot.mouseClick(kwic.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(kwic.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_id == line.article.article_id
    assert window.centre.currentIndex() == 0
    view = window.pane.view
    cursor = view.textCursor()
    assert cursor.selectedText() == line.match == "发展"
    assert body_map(view.document(), view.article["text"]).span(cursor) == (line.start, line.end)
    assert view.verticalScrollBar().value() > 0  # scrolled to the occurrence, far into the article

    path = kwic.export_csv(tmp_path / "kwic.csv")  # written on the reader thread
    qtbot.waitUntil(lambda: kwic.status.text().startswith("Exported "), timeout=WAIT)
    assert kwic.status.text() == f"Exported {expected} lines to {path}"
    with path.open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == expected
    assert [r["match"] for r in rows] == ["发展"] * expected
    assert rows[0]["right"] == kwic.model.occurrence(0).right


def test_trend_chart_three_terms_by_month_and_year(make_window, qtbot, samples_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    trend = window.research.show_trend()
    for term in ("发展", "项目", "招商"):
        trend.term_box.insert(term)
        qtbot.keyClick(trend.term_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: trend.result is not None and len(trend.result.queries) == 3, timeout=WAIT)
    # the sample bulletins are dated 2023-12-29 and 2024-09-30: ten months, the empty ones included
    months = ["2023-12", *(f"2024-{m:02d}" for m in range(1, 10))]
    assert [s.name() for s in trend.chart.series()] == ["发展", "项目", "招商"]
    assert all(s.count() == len(months) for s in trend.chart.series())
    occurrences, _articles, chars = recount(
        samples_db, "发展", "substr(i.issue_date, 1, 7) = ?", ("2024-09",)
    )
    assert trend.chart.series()[0].at(9).y() == occurrences * 10_000 / chars
    assert trend.chart.series()[0].at(5).y() == 0

    trend.chart.series()[0].hovered.emit(QPointF(8.7, 1.0), True)  # nearest point: the tenth month
    assert trend.hover.text().startswith(f"2024-09 · 发展: {occurrences} occurrences, ")
    assert trend._callout.isVisible()
    assert trend._callout_text.text().startswith(f"发展 · 2024-09\n{occurrences} occurrences · ")

    trend.set_granularity("year")
    qtbot.waitUntil(lambda: trend.result is not None and trend.result.by == "year", timeout=WAIT)
    assert all(s.count() == 2 for s in trend.chart.series())
    trend.measure.setCurrentIndex(trend.measure.findData("occurrences"))
    develop_2024 = recount(samples_db, "发展", "substr(i.issue_date, 1, 4) = ?", ("2024",))[0]
    assert trend.chart.series()[0].at(1).y() == develop_2024

    top = trend.summary.topLevelItem(0)
    assert (top.text(0), top.text(1)) == ("发展", str(recount(samples_db, "发展")[0]))
    assert top.text(4).startswith("2023-12-29")

    png = trend.export_png(tmp_path / "trend.png")
    assert not QPixmap(str(png)).isNull()
    with trend.export_csv(tmp_path / "trend.csv").open(encoding="utf-8-sig") as stream:
        rows = list(csv.DictReader(stream))
    assert {"period", "query", "occurrences", "articles", "per_10k_chars"} <= set(rows[0])
    assert [r["period"] for r in rows if r["query"] == "招商"] == ["2023", "2024", "undated"]

    trend.terms.setCurrentRow(1)
    trend.remove_selected()
    qtbot.waitUntil(lambda: trend.result is not None and len(trend.result.queries) == 2, timeout=WAIT)
    assert [s.name() for s in trend.chart.series()] == ["发展", "招商"]


def test_saved_search_counts_follow_an_import(
    make_window, qtbot, samples_db, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    window = make_window()
    research = window.research
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("招商引资", True))
    window.search.box.setText("招商")
    research.save_current_search()
    panel = research.panel
    qtbot.waitUntil(lambda: panel.model.count_of("招商引资") is not None, timeout=WAIT)
    before = panel.model.count_of("招商引资")
    assert (
        before == len(store_search.matching_article_ids(samples_db, "招商")) == recount(samples_db, "招商")[1]
    )

    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "new.txt").write_text(
        "招商简报\n2024年11月5日\n\n招商引资再上新台阶\n全市招商引资工作会议召开，部署下一阶段招商工作。\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)  # the import summary box
    window.import_paths([folder])
    qtbot.waitUntil(lambda: panel.model.count_of("招商引资") == before + 1, timeout=WAIT)

    saved = panel.model.items[panel.model.row_of("招商引资")][0]
    assert "招商引资" in panel.model.index(0, 0).data() and str(before + 1) in panel.model.index(0, 0).data()
    research.open_in_search(saved)
    assert window.search.box.text() == "招商"
    assert window.tabs.currentWidget() is window.search

    kwic = research.show_kwic(saved)
    qtbot.waitUntil(lambda: kwic.result is not None, timeout=WAIT)
    assert kwic.result.articles == before + 1

    research.delete_saved(saved, confirm=False)
    qtbot.waitUntil(lambda: panel.model.row_of("招商引资") == -1, timeout=WAIT)


def test_a_concordance_saved_with_its_filters(make_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    window = make_window()
    kwic = window.research.show_kwic()
    kwic.box.setText("发展")
    kwic.filters.section.setCurrentIndex(kwic.filters.section.findText("重要会议"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("会议中的发展", True))
    qtbot.mouseClick(kwic.save_button, Qt.MouseButton.LeftButton)
    panel = window.research.panel
    qtbot.waitUntil(lambda: panel.model.count_of("会议中的发展") is not None, timeout=WAIT)
    saved = panel.model.items[panel.model.row_of("会议中的发展")][0]
    assert Filters.from_json(saved.filters) == Filters(section="重要会议")


def test_article_text_reaches_tooltips_as_text() -> None:
    from reader.app.research.models import KwicModel
    from reader.research.kwic import ArticleInfo, Occurrence

    info = ArticleInfo(1, 1, 0, '<img src="x.png">标题', "2024-01-02", "a.txt", None)
    model = KwicModel()
    model.show([Occurrence(info, "text", 5, "发展", "<b>左", "右</b>")])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=&quot;x.png&quot;&gt;标题" in tip and "<img" not in tip
    assert model.index(0, 2).data() == "<b>左"  # the table itself draws plain text


def test_research_buttons_open_views_built_late_in_the_window_colours(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The views are built when first asked for, not at start-up: a theme chosen before must reach them."""
    from reader.app.theme import DARK

    window = make_window()
    window.set_theme("dark", save=False)
    research = window.research
    window.tabs.setCurrentWidget(research.panel)
    qtbot.mouseClick(research.panel.trend_button, Qt.MouseButton.LeftButton)
    assert window.centre.currentWidget() is research.trend_page
    assert research.trend.palette_ is DARK
    qtbot.mouseClick(research.panel.kwic_button, Qt.MouseButton.LeftButton)
    assert window.centre.currentWidget() is research.kwic_page
    assert research.kwic.model.hit_colour == DARK.hit
    assert research.kwic.box.hasFocus()
