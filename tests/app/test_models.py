"""Every Qt model passes pytest-qt's model tester, in the states the window puts it in."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from sqlite_utils import Database

from reader.app.people.models import EntityArticlesModel, EntityListModel
from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.search.models import Query, SearchResultsModel
from reader.app.sidebar.models import LibraryTreeModel
from reader.store import articles as store_articles
from reader.store import entities as store_entities


def _fetch_all(model: LibraryTreeModel, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    found = []
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        found.append(index)
        found += _fetch_all(model, index)
    return found


def test_library_tree_is_lazy_and_complete(qtmodeltester, samples_db: Database) -> None:
    model = LibraryTreeModel(samples_db)
    year = model.index(0, 0, model.index(0, 0))  # the samples span 2023 and 2024: years first
    assert model.node(year).kind == "year" and model.node(year).children is None  # not read yet
    model.fetchMore(year)
    issue = model.index(0, 0, year)
    assert model.node(issue).kind == "issue" and model.node(issue).children is None  # not read yet
    assert model.hasChildren(issue) and model.rowCount(issue) == 0
    qtmodeltester.check(model)
    indexes = _fetch_all(model)
    qtmodeltester.check(model)
    article_ids = {i.data(ARTICLE_ID_ROLE) for i in indexes if i.data(ARTICLE_ID_ROLE) is not None}
    assert len(article_ids) == store_articles.article_count(samples_db)


def test_title_filter_keeps_only_matching_articles(qtmodeltester, samples_db: Database) -> None:
    model = LibraryTreeModel(samples_db)
    model.set_filter("调研")
    qtmodeltester.check(model)
    titles = [i.data(Qt.ItemDataRole.DisplayRole) for i in _fetch_all(model) if i.data(ARTICLE_ID_ROLE)]
    assert titles and all("调研" in title for title in titles)
    assert "孔昌生到驻调研" in titles


def test_entity_models(qtmodeltester, samples_db: Database) -> None:
    people = EntityListModel(samples_db, "person")
    qtmodeltester.check(people)
    top = store_entities.people_index(samples_db, "person")[0]
    assert people.data(people.index(0, 0)) == top["name"]
    assert people.data(people.index(0, 1)) == top["articles"]
    places = EntityListModel(samples_db, "place")
    qtmodeltester.check(places)
    assert places.rowCount() > 0
    articles = EntityArticlesModel(samples_db)
    qtmodeltester.check(articles)
    articles.show_entity("person", top["name"])
    qtmodeltester.check(articles)
    assert articles.rowCount() == top["articles"]


def test_search_results_page_in(qtmodeltester, samples_db: Database) -> None:
    model = SearchResultsModel(samples_db)
    total = model.run(Query("市"))
    assert total > 50  # the sample library: most articles mention 市, so a second page exists
    assert model.rowCount() == 50 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    qtmodeltester.check(model)
    assert model.run(Query("鲍常勇")) > 0
    assert "鲍常勇" in model.hit(0).snippet or "鲍常勇" in model.hit(0).title
