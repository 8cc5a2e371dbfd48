"""Every model stays valid for pytest-qt's model tester across reloads, refreshes and filtering.

The tester stays connected after ``check()`` and re-verifies the model on every
signal, so each reload below runs under its eye: a reset that fetches rows
while it is still in flight, or a ``canFetchMore`` that disagrees with the
rows present, fails here.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.notes.library_view import AnnotationFilter, AnnotationTableModel
from reader.app.people.models import EntityArticlesModel, EntityListModel
from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.search.models import Query, SearchResultsModel
from reader.app.sidebar.models import LibraryTreeModel, filter_matches
from reader.app.sidebar.tags import TagTreeModel
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import tags as store_tags


def _titles(model: LibraryTreeModel | TagTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    """Fetch everything below ``parent`` as a view expanding it would; the article rows' titles."""
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(ARTICLE_ID_ROLE) is not None:
            found.append(index.data(Qt.ItemDataRole.DisplayRole))
        found += _titles(model, index)
    return found


def test_library_tree_across_reload_filter_and_clear(qtmodeltester, samples_db: Database) -> None:
    model = LibraryTreeModel(samples_db)
    qtmodeltester.check(model)
    total = store_articles.article_count(samples_db)
    assert len(_titles(model)) == total
    model.reload()  # collapses: fetched children are dropped and fetched again on demand
    assert model.rowCount(model.index(0, 0)) > 0
    assert len(_titles(model)) == total
    model.set_filter("调研", filter_matches(samples_db, "调研"))
    titles = _titles(model)
    assert "孔昌生到驻调研" in titles and all("调研" in title for title in titles)
    model.set_filter("")
    assert len(_titles(model)) == total
    qtmodeltester.check(model)


def test_tag_tree_across_reload(qtmodeltester, samples_db: Database) -> None:
    first, second = (row["id"] for row in store_articles.summaries_with_title(samples_db, "调研")[:2])
    store_tags.add_article_tag(samples_db, first, "调研类")
    model = TagTreeModel(samples_db)
    qtmodeltester.check(model)
    assert len(_titles(model)) == 1
    store_tags.add_article_tag(samples_db, second, "调研类")
    store_tags.add_article_tag(samples_db, second, "经济")
    model.reload()
    assert model.rowCount() == 2
    assert len(_titles(model)) == 3
    model.reload()
    qtmodeltester.check(model)


def test_entity_models_across_kind_filter_and_reload(qtmodeltester, samples_db: Database) -> None:
    people = EntityListModel(samples_db, "person")
    qtmodeltester.check(people)
    everyone = len(store_entities.people_index(samples_db, "person"))
    while people.canFetchMore(QModelIndex()):
        people.fetchMore(QModelIndex())
    assert people.rowCount() == everyone
    people.set_kind("place")
    assert people.rowCount() == min(200, len(store_entities.people_index(samples_db, "place")))
    people.set_kind("person")
    top = store_entities.people_index(samples_db, "person")[0]["name"]
    people.set_filter(top)
    assert people.rowCount() >= 1 and people.index(0, 0).data() == top
    people.set_filter("")
    people.reload()
    assert people.rowCount() == min(200, everyone)
    articles = EntityArticlesModel(samples_db)
    qtmodeltester.check(articles)
    articles.show_entity("person", top)
    assert articles.rowCount() == store_entities.people_index(samples_db, "person")[0]["articles"]
    articles.clear()
    assert articles.rowCount() == 0
    qtmodeltester.check(articles)


def test_search_results_across_new_searches(qtmodeltester, samples_db: Database) -> None:
    model = SearchResultsModel(samples_db)
    qtmodeltester.check(model)
    total = model.run(Query("市"))
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total > 50
    assert model.run(Query("鲍常勇")) == model.rowCount() > 0
    assert model.run(Query("")) == 0 and model.rowCount() == 0
    assert model.run(Query("市")) == total and model.rowCount() == 50
    qtmodeltester.check(model)


def test_annotation_table_across_filter_and_reload(qtmodeltester, samples_db: Database) -> None:
    article = store_articles.summaries_with_title(samples_db, "调研")[0]
    annotation_store.add_annotation(samples_db, article["id"], 0, 4, color="red")
    annotation_store.add_annotation(samples_db, article["id"], 5, 9, color="yellow")
    model = AnnotationTableModel(samples_db)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.set_filter(AnnotationFilter(color="red"))
    assert model.rowCount() == 1
    model.set_filter(AnnotationFilter())
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_people_list_read_on_the_reader_thread(library_path, samples_db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With a reader thread the People list arrives after construction; a name asked for before
    that is read at once; a filter typed meanwhile applies to what arrives."""
    expected = [row["name"] for row in store_entities.people_index(samples_db, "person")]
    assert len(expected) > 20
    reader = QueryThread(library_path)
    try:
        people = EntityListModel(samples_db, "person", background=reader)
        assert people.loading and people.rowCount() == 0  # nothing read on this thread
        qtbot.waitUntil(lambda: not people.loading, timeout=5000)
        assert [people.row(n)["name"] for n in range(people.rowCount())] == expected[: people.rowCount()]
        assert people.rowCount() == min(len(expected), 200)
        people.reload()
        people.set_filter(expected[3][:1])
        assert people.loading
        qtbot.waitUntil(lambda: not people.loading, timeout=5000)
        names = [people.row(n)["name"] for n in range(people.rowCount())]
        assert names == [name for name in expected if expected[3][:1] in name][:200]
        people.set_filter("")
        people.reload()
        assert people.row_of(expected[5]) == 5 and not people.loading  # asked for now: read here
    finally:
        reader.shutdown()
