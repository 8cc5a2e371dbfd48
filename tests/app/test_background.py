"""Typing in the title filter and the search box queries off the GUI thread; newest input wins."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.app.sidebar.models import ARTICLE_ID_ROLE


def test_typing_in_the_filter_filters_the_tree_in_the_background(make_window, qtbot) -> None:
    window = make_window()
    window.filter_box.insert("调")
    window.filter_box.insert("研")
    qtbot.waitUntil(lambda: window.tree_model.filter_text == "调研", timeout=5000)
    model = window.tree_model
    publication = model.index(0, 0)
    titles = [
        model.index(a, 0, model.index(i, 0, publication)).data(Qt.ItemDataRole.DisplayRole)
        for i in range(model.rowCount(publication))
        for a in range(model.rowCount(model.index(i, 0, publication)))
    ]
    assert "孔昌生到驻调研" in titles and all("调研" in t for t in titles)
    window.filter_box.clear()
    qtbot.waitUntil(lambda: window.tree_model.filter_text == "", timeout=5000)
    assert (
        window.tree_model.index(0, 0, window.tree_model.index(0, 0)).data(ARTICLE_ID_ROLE) is None
    )  # issues again


def test_typing_a_search_lists_results_from_the_background_reader(make_window, qtbot) -> None:
    window = make_window()
    window.focus_search()
    window.search.box.insert("鲍")
    window.search.run_in_background()  # overtaken by the next keystroke: never shown
    window.search.box.insert("常勇")
    qtbot.waitUntil(lambda: window.search.model.query.text == "鲍常勇", timeout=5000)
    assert window.search.model.total > 0 and window.search.model.rowCount() > 0
    assert window.search.status.text() == f"{window.search.model.total} articles match “鲍常勇”"
    assert not window.background.pending("search")
