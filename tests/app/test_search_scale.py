"""The search panel at scale: pages read off the GUI thread by key, sort, variant folding, capped counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from reader.app.search import models
from reader.app.search.models import Query, SearchResultsModel, count_label
from reader.store import search as store_search


def test_further_pages_come_from_the_background_reader(make_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(models, "PAGE", 10)  # the samples hold 51 articles with 市: five pages
    window = make_window()
    panel = window.search
    expected = store_search.search(window.db, "市", limit=10_000)
    assert len(expected) > 2 * models.PAGE
    panel.box.setText("市")
    panel.run_in_background()
    qtbot.waitUntil(lambda: panel.model.query.text == "市", timeout=5000)
    assert panel.model.rowCount() == models.PAGE
    gui_pages: list[object] = []
    monkeypatch.setattr(models, "next_page", _spy(models.next_page, gui_pages))
    panel.model.fetchMore(QModelIndex())
    assert panel.model.loading and not panel.model.canFetchMore(QModelIndex())  # one page at a time
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 * models.PAGE, timeout=5000)
    assert gui_pages == []  # read on the reader thread, not this one
    while panel.model.canFetchMore(QModelIndex()) or panel.model.loading:
        if panel.model.canFetchMore(QModelIndex()):
            panel.model.fetchMore(QModelIndex())
        qtbot.wait(5)
    ids = [panel.model.hit(row).article_id for row in range(panel.model.rowCount())]
    assert ids == [hit.article_id for hit in expected]


def _spy(function, calls):  # type: ignore[no-untyped-def]
    import threading

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            calls.append(args)
        return function(*args, **kwargs)

    return wrapper


def test_a_page_for_an_old_search_is_dropped(samples_db) -> None:  # type: ignore[no-untyped-def]
    model = SearchResultsModel(samples_db)
    model.run(Query("市"))
    old = model.query
    model.run(Query("鲍常勇"))
    rows = model.rowCount()
    model._append(old, store_search.search(samples_db, "市", limit=models.PAGE))
    assert model.rowCount() == rows


def test_sort_and_folding_controls_change_the_search(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panel = window.search
    assert panel.fold_variants.isChecked()  # on by default
    panel.box.setText("發展")  # traditional; the samples are simplified
    assert panel.run() == store_search.count(window.db, "发展") > 0
    panel.fold_variants.setChecked(False)
    assert panel.run() == 0
    assert panel.status.text() == "0 articles match “發展”"
    panel.fold_variants.setChecked(True)
    panel.box.setText("市")
    panel.sort.setCurrentIndex(panel.sort.findData("date"))
    panel.run()
    dates = [
        window.db.execute(
            "SELECT i.issue_date FROM articles a JOIN issues i ON i.id = a.issue_id WHERE a.id = ?",
            [panel.model.hit(row).article_id],
        ).fetchone()[0]
        or ""
        for row in range(panel.model.rowCount())
    ]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert panel.model.query.sort == "date"


def test_opening_a_hit_highlights_the_other_script(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    panel = window.search
    panel.box.setText("發展")
    panel.run()
    hit = panel.model.hit(0)
    window.open_article(hit.article_id, query="發展")
    text = window.pane.view.article["text"]
    spans = window.pane.hit_spans["text"]
    assert spans and all(text[a:b] == "发展" for a, b in spans)


def test_large_counts_are_shown_as_a_floor() -> None:
    assert count_label(12) == "12"
    assert count_label(store_search.COUNT_LIMIT) == "10,000"
    assert count_label(store_search.COUNT_LIMIT + 1) == "10,000+"


def test_a_big_count_follows_the_first_page(make_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(models, "QUICK_COUNT", 5)  # the first answer counts to 5, the rest comes after
    window = make_window()
    panel = window.search
    total = store_search.count(window.db, "市")
    assert total > 5
    panel.box.setText("市")
    panel.run_in_background()
    qtbot.waitUntil(lambda: panel.model.query.text == "市", timeout=5000)
    assert panel.model.rowCount() > 5  # the page is not limited by the quick count
    qtbot.waitUntil(lambda: panel.model.total == total, timeout=5000)
    assert panel.status.text() == f"{total} articles match “市”"
    assert panel.run() == total  # on this thread: counted in one go
