"""The search panel: its status line (what it shows; its changes leave the results alone) and its warm-up."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QHelpEvent, Qt, QTextDocument
from PySide6.QtWidgets import QToolTip

from reader.app.search.status_line import StatusLine


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_new_status_does_not_repaint_the_results(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each search changes the status three times ("Searching…", the first count, the full count);
    a QLabel there made the sidebar's tab widget repaint every visible result each time."""
    window = make_window()
    window.focus_search()
    panel = window.search
    panel.box.setText("发展")
    assert panel.run() > 3
    qtbot.wait(100)
    paints = _Paints()
    panel.results.viewport().installEventFilter(paints)
    panel.status.setText("Searching…")
    panel.status.setText("12 articles match “发展”")
    qtbot.wait(100)
    assert paints.count == 0
    assert panel.status.text() == "12 articles match “发展”"
    panel.results.viewport().update()  # the filter does see the list's own repaints
    qtbot.waitUntil(lambda: paints.count > 0, timeout=2000)


def test_a_long_status_is_elided_and_keeps_the_panel_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    line = StatusLine()
    qtbot.addWidget(line)
    line.resize(200, line.sizeHint().height())
    height = line.sizeHint().height()
    query = "招商引资" * 40
    line.setText(f"3 articles match “{query}”")
    assert line.text() == f"3 articles match “{query}”"  # the whole text is kept (and shown on hover)
    assert line.sizeHint().height() == height and line.minimumSizeHint().width() == 0
    shown = line._elided()
    assert shown.endswith("…") and shown.startswith("3 articles match “招商引资")
    assert line.fontMetrics().horizontalAdvance(shown) <= 200


def test_markup_in_a_query_is_drawn_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The status quotes what was typed; the line draws that string itself (no rich text anywhere)."""
    typed = "<b>招商</b> &amp; <img src=x>"
    line = StatusLine()
    qtbot.addWidget(line)
    line.resize(400, line.sizeHint().height())
    line.setText(typed)
    assert line._elided() == typed


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform's tooltip
def test_the_hover_text_of_an_elided_status_shows_markup_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A tooltip reads text that looks like HTML as HTML: the query in it must not be."""
    typed = "3 articles match “<b>招商</b>" + "引资" * 60 + "”"
    line = StatusLine()
    qtbot.addWidget(line)
    line.resize(200, line.sizeHint().height())
    line.show()
    line.setText(typed)
    at = QPoint(5, 5)
    line.event(QHelpEvent(QEvent.Type.ToolTip, at, line.mapToGlobal(at)))
    shown = QToolTip.text()
    document = QTextDocument()
    document.setHtml(shown) if Qt.mightBeRichText(shown) else document.setPlainText(shown)
    assert document.toPlainText() == typed
    QToolTip.hideText()


def test_the_reader_thread_prepares_search_before_the_first_one(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Soon after start the reader thread runs one search, so the folding table (the first search's
    extra ≈ 25 ms at any library size) is built before anyone types, off the window's thread."""
    from reader import textfold

    window = make_window()
    textfold._variant_list.cache_clear()  # as in a fresh process: the window has not searched yet
    assert window.search.background is not None
    qtbot.waitUntil(lambda: textfold._variant_list.cache_info().currsize == 1, timeout=5000)


def test_a_new_query_drops_the_count_of_the_one_before(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing on while "(counting…)" is shown: the old count is not run before the new search (it
    shares the reader thread) and never overwrites the new status."""
    window = make_window()
    panel = window.search
    reader = panel.background
    started = threading.Event()
    release = threading.Event()
    reader.ask("hold", lambda _db: (started.set(), release.wait(5)), lambda _result: None)
    assert started.wait(5)  # the reader thread is busy: what follows queues behind it
    counted: list[int] = []
    reader.ask("count", lambda _db: 99_999, counted.append)  # as ``_show`` asks for "的"
    panel.box.setText("鲍常勇")
    panel.run_in_background()
    assert not reader.pending("count")
    release.set()
    qtbot.waitUntil(lambda: panel.model.query.text == "鲍常勇", timeout=5000)
    qtbot.wait(50)
    assert counted == []
    assert panel.status.text() == f"{panel.model.total} articles match “鲍常勇”"


def test_a_hit_is_laid_out_as_the_plain_text_it_is_with_its_matches_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from reader.app.search.delegate import HitDelegate
    from reader.app.search.models import Query, SearchResultsModel
    from reader.store.db import memory_db
    from reader.store.search import SearchHit

    snippet = "…<b>招商</b>引资&amp;招商"
    spans = [(4, 6), (17, 19)]
    assert [snippet[a:b] for a, b in spans] == ["招商", "招商"]
    db = memory_db()
    model = SearchResultsModel(db)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = HitDelegate(view)
    view.setItemDelegate(delegate)
    view.resize(400, 300)
    view.show()
    model.show(Query(text="招商"), 1, [SearchHit(1, "<i>标题</i>", snippet, spans, (0, 1))])
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.rect, option.font, option.widget = view.visualRect(index), view.font(), view
    row = delegate._row(option, index)
    assert row.title.text() == "<i>标题</i>"
    assert row.snippet.text() == snippet
    marks = row.snippet.formats()
    assert [(mark.start, mark.start + mark.length) for mark in marks] == spans
    assert all(mark.format.background().color() == QColor(model.hit_colour) for mark in marks)
    db.conn.close()
