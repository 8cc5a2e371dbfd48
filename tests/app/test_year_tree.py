"""A publication of several years: its issues under year rows, newest year first, undated last.

The library is written here (two publications, issues dated by hand), so every expected row below is
read off the issue dates, not off the tree's output.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView
from sqlite_utils import Database

from reader.app import i18n
from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.sidebar import models
from reader.app.sidebar.models import NODE_KIND_ROLE, LibraryTreeModel
from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.store import issues as store_issues
from reader.store import open_db

DAILY = "驻马店日报"
WEEKLY = "简明动态"
# (publication, date, title): the daily spans 2023 and 2024 and has an undated issue; the weekly's dated
# issues are all of 2024 (and one undated)
ISSUES = [
    (DAILY, "2023-03-01", "第1期"),
    (DAILY, "2023-06-15", "第2期"),
    (DAILY, "2023-11-30", "第3期"),
    (DAILY, "2024-01-05", "第4期"),
    (DAILY, "2024-12-31", "第5期"),
    (DAILY, None, "增刊"),
    (WEEKLY, "2024-02-01", "第一期"),
    (WEEKLY, "2024-05-01", "第二期"),
    (WEEKLY, None, "号外"),
]


def _save(db: Database, number: int, publication: str, day: str | None, title: str) -> None:
    parsed = ParsedIssue(
        layout="newspaper_page",
        publication=publication,
        title=title,
        issue_date=day,
        articles=[
            ParsedArticle(
                title=f"{title}要闻{k}",
                section="要闻",
                blocks=[Block(BlockKind.PARAGRAPH, f"词{number}x{k}：驻马店市召开工作会议。")],
            )
            for k in range(2)
        ],
    )
    store_issues.save_issue(db, parsed, source_path=f"/bulletins/{number:03d}.txt", data=f"{number}".encode())


@pytest.fixture
def years_path(tmp_path: Path) -> Path:
    path = tmp_path / "years.db"
    db = open_db(path)
    for number, (publication, day, title) in enumerate(ISSUES):
        _save(db, number, publication, day, title)
    db.conn.close()
    return path


@pytest.fixture
def db(years_path: Path) -> Iterator[Database]:
    database = open_db(years_path)
    yield database
    database.conn.close()


def _labels(model: LibraryTreeModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def _publication(model: LibraryTreeModel, name: str) -> QModelIndex:
    return next(
        model.index(r, 0) for r in range(model.rowCount()) if model.node(model.index(r, 0)).key == name
    )


def _article_in(db: Database, title: str) -> tuple[int, int]:
    """(article id, issue id) of the first article of the issue titled ``title``."""
    row = db.execute(
        "SELECT a.id, a.issue_id FROM articles a JOIN issues i ON i.id = a.issue_id "
        "WHERE i.title = ? ORDER BY a.position LIMIT 1",
        [title],
    ).fetchone()
    return int(row[0]), int(row[1])


def test_years_newest_first_with_their_article_counts_and_undated_last(db: Database, qtmodeltester) -> None:
    model = LibraryTreeModel(db)
    daily = _publication(model, DAILY)
    assert _labels(model, daily) == ["2024  (4)", "2023  (6)", "No date  (2)"]
    assert model.index(0, 0, daily).data(Qt.ItemDataRole.ToolTipRole) == "Issues: 2, articles: 4"
    year_2023 = model.index(1, 0, daily)
    assert model.rowCount(year_2023) == 0 and model.hasChildren(year_2023)  # read when expanded
    assert model.canFetchMore(year_2023)
    model.fetchMore(year_2023)
    assert _labels(model, year_2023) == [
        "2023-11-30  第3期  (2)",
        "2023-06-15  第2期  (2)",
        "2023-03-01  第1期  (2)",
    ]
    undated = model.index(2, 0, daily)
    model.fetchMore(undated)
    assert _labels(model, undated) == ["增刊  (2)"]
    assert model.loaded_article_ids() == set()
    qtmodeltester.check(model)


def test_a_publication_of_one_year_keeps_its_issues_directly_under_it_undated_last(db: Database) -> None:
    model = LibraryTreeModel(db)
    weekly = _publication(model, WEEKLY)
    assert model.index(weekly.row(), 0).data() == f"{WEEKLY}  (6)"
    assert _labels(model, weekly) == ["2024-05-01  第二期  (2)", "2024-02-01  第一期  (2)", "号外  (2)"]
    assert {model.index(r, 0, weekly).data(NODE_KIND_ROLE) for r in range(3)} == {"issue"}


def test_an_article_of_2023_is_found_under_2023(db: Database) -> None:
    model = LibraryTreeModel(db)
    article_id, issue_id = _article_in(db, "第2期")
    index = model.index_for_article(article_id, issue_id)
    assert index.data(ARTICLE_ID_ROLE) == article_id
    issue = index.parent().parent()  # article → section 要闻 → issue
    assert issue.data() == "2023-06-15  第2期  (2)"
    assert issue.parent().data() == "2023  (6)"
    assert _labels(model, issue.parent()) == ["2023-11-30  第3期  (2)", "2023-06-15  第2期  (2)"]  # up to it
    assert model.rowCount(model.index(0, 0, issue.parent().parent())) == 0  # 2024 untouched


def test_a_year_of_many_issues_comes_a_page_at_a_time(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "ISSUE_PAGE", 2)
    model = LibraryTreeModel(db)
    year_2023 = model.index(1, 0, _publication(model, DAILY))
    model.fetchMore(year_2023)
    assert model.rowCount(year_2023) == 2 and model.canFetchMore(year_2023)
    model.fetchMore(year_2023)
    assert _labels(model, year_2023)[-1] == "2023-03-01  第1期  (2)" and not model.canFetchMore(year_2023)


def test_a_path_read_before_the_tree_had_its_publications_still_lands_in_its_year(db: Database) -> None:
    article_id, issue_id = _article_in(db, "第1期")
    path = models.read_path(db, article_id, issue_id, {})  # the reader thread knew no rows yet
    assert path is not None and path.year == "2023" and len(path.issues) == 3
    model = LibraryTreeModel(db)
    index = model.apply_path(path)
    assert index.data(ARTICLE_ID_ROLE) == article_id
    assert index.parent().parent().parent().data() == "2023  (6)"


def test_no_date_is_translated(db: Database) -> None:
    i18n.install("zh_CN")
    try:
        model = LibraryTreeModel(db)
        assert _labels(model, _publication(model, DAILY))[-1] == "无日期  (2)"
    finally:
        i18n.install("en")


@pytest.fixture
def window(make_window, years_path: Path):  # type: ignore[no-untyped-def]
    return make_window(open_db(years_path), years_path)


def _shown_under_year(window, article_id: int, qtbot) -> QModelIndex:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == article_id, timeout=5000)
    index = window.tree.currentIndex()
    parent = index.parent()
    while parent.data(NODE_KIND_ROLE) != "year":
        assert window.tree.isExpanded(parent)
        parent = parent.parent()
    assert window.tree.isExpanded(parent)
    return parent


def test_a_search_hit_in_2023_unfolds_2023_and_leaves_2024_folded(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    article_id, _issue_id = _article_in(window.db, "第1期")
    search = window.sidebar.search
    search.box.setText("词0x0")
    search.run()
    qtbot.keyClick(search.box, Qt.Key.Key_Return)
    assert window.current_id == article_id
    year = _shown_under_year(window, article_id, qtbot)
    assert year.data() == "2023  (6)"
    assert not window.tree.isExpanded(window.tree_model.year_index(DAILY, "2024"))


def test_back_returns_to_the_2023_article_in_its_year_and_a_reload_keeps_it_open(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    old, _ = _article_in(window.db, "第2期")
    new, _ = _article_in(window.db, "增刊")
    window.open_article(old)
    _shown_under_year(window, old, qtbot)
    window.open_article(new)
    assert _shown_under_year(window, new, qtbot).data() == "No date  (2)"
    window.navigator.go_back()
    assert _shown_under_year(window, old, qtbot).data() == "2023  (6)"
    window.sidebar.reload()  # an import or a removal rebuilds the tree: the years open stay open
    for year in ("2023", ""):
        assert window.tree.isExpanded(window.tree_model.year_index(DAILY, year))
    assert not window.tree.isExpanded(window.tree_model.year_index(DAILY, "2024"))


def test_the_keys_unfold_a_year_walk_into_it_and_fold_it_again(db: Database, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTreeModel(db)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    daily = _publication(model, DAILY)
    view.expand(daily)
    year = model.index(1, 0, daily)
    view.setCurrentIndex(year)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # unfolds 2023: its issues are read now
    assert view.isExpanded(year) and model.rowCount(year) == 3
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "2023-11-30  第3期  (2)"
    qtbot.keyClick(view, Qt.Key.Key_Left)  # on a folded issue: up to its year
    assert view.currentIndex() == year
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert not view.isExpanded(year)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().data() == "No date  (2)"
