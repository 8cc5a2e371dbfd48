"""A library with many issues opens lazily: one page of issues, no article rows, until asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from sqlite_utils import Database

from reader.app.background import QueryThread
from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.sidebar.models import ISSUE_PAGE, LibraryTreeModel
from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.store import issues as store_issues
from reader.store import open_db

ISSUES = 2 * ISSUE_PAGE + 37


@pytest.fixture(scope="module")
def many_issues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.db"
    db = open_db(path)
    for number in range(ISSUES):
        day = f"20{10 + number // 336:02d}-{1 + number // 28 % 12:02d}-{1 + number % 28:02d}"
        parsed = ParsedIssue(
            layout="newspaper_page",
            publication="驻马店日报",
            title=f"第{number + 1}期",
            issue_date=day,
            articles=[
                ParsedArticle(
                    title=f"第{number + 1}期 文章{k}",
                    section="要闻",
                    blocks=[Block(BlockKind.PARAGRAPH, f"正文{number}-{k}：驻马店市召开工作会议。")],
                )
                for k in range(3)
            ],
        )
        data = f"{number}".encode()
        store_issues.save_issue(db, parsed, source_path=f"/bulletins/{number:04d}.txt", data=data)
    db.conn.close()
    return path


@pytest.fixture
def db(many_issues: Path) -> Iterator[Database]:
    database = open_db(many_issues)
    yield database
    database.conn.close()


def test_opening_reads_one_page_of_issues_and_no_articles(db: Database, qtmodeltester) -> None:
    model = LibraryTreeModel(db)
    assert model.loaded_article_ids() == set()  # no article row was read
    publication = model.index(0, 0)
    assert model.rowCount() == 1 and model.rowCount(publication) == ISSUE_PAGE
    assert model.node(publication).count == 3 * ISSUES  # the count is right without loading
    newest = model.node(model.index(0, 0, publication))
    assert newest.label.startswith(max(i["issue_date"] for i in store_issues.list_issues(db)))
    assert model.canFetchMore(publication)
    model.fetchMore(publication)
    assert model.rowCount(publication) == 2 * ISSUE_PAGE
    model.fetchMore(publication)
    assert model.rowCount(publication) == ISSUES and not model.canFetchMore(publication)
    assert model.loaded_article_ids() == set()
    qtmodeltester.check(model)


def test_selecting_an_article_in_an_unrevealed_issue_reveals_its_page(db: Database) -> None:
    model = LibraryTreeModel(db)
    oldest = store_issues.list_issues(db)[-1]
    article_id = db.execute(
        "SELECT id FROM articles WHERE issue_id = ? ORDER BY position DESC LIMIT 1", [oldest["id"]]
    ).fetchone()[0]
    index = model.index_for_article(article_id, oldest["id"])
    assert index.isValid() and index.data(ARTICLE_ID_ROLE) == article_id
    assert model.rowCount(model.index(0, 0)) == ISSUES  # the oldest issue sits on the last page
    issue = index.parent().parent()
    assert model.node(issue).ident == oldest["id"]
    siblings = {row[0] for row in db.execute("SELECT id FROM articles WHERE issue_id = ?", [oldest["id"]])}
    assert len(siblings) == 3 and model.loaded_article_ids() == siblings  # only that issue's were read
    assert model.parent(issue) == model.index(0, 0) and model.parent(model.index(0, 0)) == QModelIndex()


@pytest.fixture
def reader(many_issues: Path, qtbot) -> Iterator[QueryThread]:  # type: ignore[no-untyped-def]
    thread = QueryThread(many_issues)
    yield thread
    thread.shutdown()


def _oldest_article(db: Database) -> tuple[int, int]:
    oldest = store_issues.list_issues(db)[-1]
    article_id = db.execute(
        "SELECT id FROM articles WHERE issue_id = ? ORDER BY position DESC LIMIT 1", [oldest["id"]]
    ).fetchone()[0]
    return article_id, oldest["id"]


def test_a_deep_issue_arrives_from_the_reader_thread_in_one_insertion(
    db: Database, reader: QueryThread, qtbot
) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTreeModel(db)
    article_id, issue_id = _oldest_article(db)
    publication = model.index(0, 0)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(
        lambda parent, first, last: inserted.append((first, last)) if parent == publication else None
    )
    found: list[QModelIndex] = []
    model.reveal(article_id, issue_id, lambda query, done: reader.ask("tree", query, done), found.append)
    assert not found and model.rowCount(publication) == ISSUE_PAGE  # read off this thread, not yet here
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found[0].isValid() and found[0].data(ARTICLE_ID_ROLE) == article_id
    assert model.node(found[0].parent().parent()).ident == issue_id  # article → section 要闻 → issue
    assert model.node(found[0].parent()).label == "要闻"
    assert model.rowCount(publication) == ISSUES
    assert inserted == [(ISSUE_PAGE, ISSUES - 1)]  # the 137 missing issues in one go, not page by page
    assert not model.canFetchMore(publication)
    again: list[QModelIndex] = []
    model.reveal(article_id, issue_id, lambda query, done: pytest.fail("read again"), again.append)
    assert again == [found[0]]  # a row the tree holds is found at once


def test_rows_read_before_a_reset_are_read_again(db: Database, reader: QueryThread, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LibraryTreeModel(db)
    article_id, issue_id = _oldest_article(db)
    model.fetchMore(model.index(0, 0))  # two pages shown: the rows asked for start after them
    found: list[QModelIndex] = []
    model.reveal(article_id, issue_id, lambda query, done: reader.ask("tree", query, done), found.append)
    model.reload()  # an import finished meanwhile: one page shown again, the rows on their way don't fit
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found[0].isValid() and found[0].data(ARTICLE_ID_ROLE) == article_id
    assert model.rowCount(model.index(0, 0)) == ISSUES


def test_a_window_reopening_a_deep_article_puts_its_rows_in_on_a_turn_of_their_own(
    many_issues: Path, tmp_path: Path, make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The last article read sits in the oldest issue, 236 issues down its publication.  The window
    reopens it; the reader thread reads the rows down to it; while the window is still being built
    they go in on a turn of their own, never in the turn that builds a stage (at 500,000 articles the
    two together were the start's longest block); once built, the tree shows the article."""
    from reader.app.library_state import LAST_ARTICLE
    from reader.store import settings as store_settings

    path = tmp_path / "many.db"
    path.write_bytes(many_issues.read_bytes())
    db = open_db(path)
    article_id, issue_id = _oldest_article(db)
    store_settings.put(db, LAST_ARTICLE, article_id)
    window = make_window(db, path, staged=True)
    stages, model = window.stages, window.tree_model
    turns: list[str | None] = []  # what was being built when the deep rows went in
    model.rowsInserted.connect(
        lambda parent, first, last: turns.append(stages.current) if last == ISSUES - 1 else None
    )
    qtbot.waitUntil(lambda: stages.done, timeout=10000)
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == article_id, timeout=5000)
    # its own turn (they come while ten stages are still to be built: read in a few ms from the
    # "jobs" stage on, the second); not None, which is a reply handled in whatever turn it came
    assert turns == ["tree rows"]
    assert window.tree.updatesEnabled()  # laid out on that turn, painted again from the next on
    assert window.current_id == article_id
    assert model.rowCount(model.index(0, 0)) == ISSUES
    assert model.node(window.tree.currentIndex().parent().parent()).ident == issue_id
