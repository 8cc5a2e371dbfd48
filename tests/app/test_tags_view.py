"""Tags in the sidebar: coloured dots on tagged article rows and the Tags view (tag → articles)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from sqlite_utils import Database

from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.sidebar.dots import dot_rects
from reader.app.sidebar.models import TAG_COLORS_ROLE, LibraryTreeModel
from reader.app.sidebar.tags import TAG_NAME_ROLE, TagTreeModel
from reader.store import articles as store_articles
from reader.store import tags as store_tags


def _pixel(icon: QIcon, x: float, y: float) -> str:
    return icon.pixmap(32, 32).toImage().pixelColor(int(x), int(y)).name()


def _write(window, qtbot, job) -> None:  # type: ignore[no-untyped-def]
    """Tag through the window's single writer, as the app does, and wait until it is saved."""
    done: list[object] = []
    window.worker.submit(job, done.append)
    qtbot.waitUntil(lambda: bool(done))


def test_tagging_an_article_gives_its_row_dots_and_a_tags_view_entry(
    make_window, samples_db: Database, qtbot
) -> None:
    window = make_window()
    window.step(1)
    tagged = window.current_id
    issue_id = store_articles.get_article(samples_db, tagged)["issue_id"]
    sibling = next(
        r["id"] for r in store_articles.article_summaries(samples_db, issue_id=issue_id) if r["id"] != tagged
    )
    _write(window, qtbot, lambda db: store_tags.add_article_tag(db, tagged, "跟进"))
    _write(window, qtbot, lambda db: store_tags.add_article_tag(db, tagged, "Safety"))
    _write(window, qtbot, lambda db: store_tags.set_tag_color(db, "Safety", "#1f77b4"))
    window.refresh_tags()

    row = window.tree_model.index_for_article(tagged, issue_id)
    assert row.data(TAG_COLORS_ROLE) == ["#1f77b4", store_tags.default_color("跟进")]  # by name: Latin first
    assert row.data(Qt.ItemDataRole.ToolTipRole).endswith("Tags: Safety, 跟进")
    icon = row.data(Qt.ItemDataRole.DecorationRole)
    left, right = dot_rects(2)
    assert _pixel(icon, left.center().x(), left.center().y()) == "#1f77b4"
    assert _pixel(icon, right.center().x(), right.center().y()) == store_tags.default_color("跟进")
    plain = window.tree_model.index_for_article(sibling, issue_id)
    assert plain.data(TAG_COLORS_ROLE) == []
    assert plain.data(Qt.ItemDataRole.ToolTipRole) == plain.data(Qt.ItemDataRole.DisplayRole)

    model = window.tags_panel.model
    assert [model.index(r, 0).data(TAG_NAME_ROLE) for r in range(model.rowCount())] == ["Safety", "跟进"]
    assert not window.tags_panel.hint.isVisibleTo(window.tags_panel)
    tag = model.index(model.row_of("跟进"), 0)
    assert tag.data(Qt.ItemDataRole.DisplayRole) == "跟进  (1)"
    swatch = tag.data(Qt.ItemDataRole.DecorationRole)
    assert _pixel(swatch, 16, 16) == store_tags.default_color("跟进")
    assert model.canFetchMore(tag) and model.rowCount(tag) == 0  # articles are read on expand
    window.tabs.setCurrentWidget(window.tags_panel)
    window.tags_panel.tree.expand(tag)
    qtbot.waitUntil(lambda: model.rowCount(tag) == 1)
    child = model.index(0, 0, tag)
    assert child.data(ARTICLE_ID_ROLE) == tagged
    assert store_articles.get_article(samples_db, tagged)["title"] in child.data(Qt.ItemDataRole.DisplayRole)

    window.open_article(sibling)
    window.tags_panel.tree.setCurrentIndex(child)  # choosing the article in the Tags view opens it
    assert window.current_id == tagged

    _write(window, qtbot, lambda db: store_tags.remove_article_tag(db, tagged, "Safety"))
    window.refresh_tags()
    assert row.data(TAG_COLORS_ROLE) == [store_tags.default_color("跟进")]
    assert model.index(model.row_of("Safety"), 0).data(Qt.ItemDataRole.DisplayRole) == "Safety  (0)"


def test_tags_view_is_empty_with_a_hint_until_something_is_tagged(make_window) -> None:
    window = make_window()
    assert window.tags_panel.model.rowCount() == 0
    assert window.tags_panel.hint.isVisibleTo(window.tags_panel)
    assert "No tags yet" in window.tags_panel.hint.text()


def _tag_first_match(samples_db: Database) -> int:
    article_id = store_articles.summaries_with_title(samples_db, "调研")[0]["id"]
    store_tags.add_article_tag(samples_db, article_id, "调研类")
    return article_id


def test_filtered_library_tree_with_tag_dots_passes_the_model_tester(
    qtmodeltester, samples_db: Database
) -> None:
    article_id = _tag_first_match(samples_db)
    tree = LibraryTreeModel(samples_db)
    tree.set_filter("调研")
    qtmodeltester.check(tree)
    publication = tree.index(0, 0)
    found = [
        tree.index(a, 0, tree.index(i, 0, publication))
        for i in range(tree.rowCount(publication))
        for a in range(tree.rowCount(tree.index(i, 0, publication)))
    ]
    colours = {i.data(ARTICLE_ID_ROLE): i.data(TAG_COLORS_ROLE) for i in found}
    assert colours[article_id] == [store_tags.default_color("调研类")]
    tree.refresh_tags()  # nothing changed: no spurious updates, still consistent
    qtmodeltester.check(tree)


def test_tag_tree_model_passes_the_model_tester(qtmodeltester, samples_db: Database) -> None:
    article_id = _tag_first_match(samples_db)
    store_tags.add_article_tag(samples_db, article_id + 1, "调研类")
    tags = TagTreeModel(samples_db)
    qtmodeltester.check(tags)
    tag = tags.index(0, 0)
    assert tags.rowCount(QModelIndex()) == 1 and tag.data(Qt.ItemDataRole.DisplayRole) == "调研类  (2)"
    tags.fetchMore(tag)
    qtmodeltester.check(tags)
    assert {tags.index(r, 0, tag).data(ARTICLE_ID_ROLE) for r in range(2)} == {article_id, article_id + 1}
    tags.reload()  # under the tester: the reset must not fetch while it is still being announced
    assert tags.rowCount(QModelIndex()) == 1 and tags.rowCount(tags.index(0, 0)) == 0
    qtmodeltester.check(tags)
