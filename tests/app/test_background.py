"""Typing in the title filter and the search box queries off the GUI thread; newest input wins."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.roles import ARTICLE_ID_ROLE


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
    shown: list[str] = []  # the query of every result list the panel showed
    model = window.search.model
    model.modelReset.connect(lambda: shown.append(model.query.text))
    window.focus_search()
    window.search.box.insert("鲍")
    window.search.run_in_background()
    window.search.box.insert("常勇")
    window.search.run_in_background()  # before "鲍" could come back: it is overtaken
    qtbot.waitUntil(lambda: "鲍常勇" in shown, timeout=5000)
    qtbot.wait(300)  # longer than the debounce: a late "鲍" would have arrived by now
    assert "鲍" not in shown and set(shown) == {"鲍常勇"}
    assert model.total > 0 and model.rowCount() > 0
    assert window.search.status.text() == f"{model.total} articles match “鲍常勇”"
    assert not window.background.pending("search")


def test_a_result_overtaken_while_running_is_never_delivered(library_path: Path, qtbot) -> None:
    reader = QueryThread(library_path)
    started, release = threading.Event(), threading.Event()
    delivered: list[str] = []

    def slow(db: Database) -> str:
        started.set()
        release.wait(5)
        return "first"

    reader.ask("search", slow, delivered.append)
    assert started.wait(5)  # the first query is running on the reader thread
    reader.ask("search", lambda db: "second", delivered.append)
    reader.ask("filter", lambda db: "other channel", delivered.append)
    release.set()
    qtbot.waitUntil(lambda: len(delivered) == 2, timeout=5000)
    qtbot.wait(100)
    reader.shutdown()
    assert sorted(delivered) == ["other channel", "second"]
