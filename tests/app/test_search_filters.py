"""The library search narrows by tag."""

from PySide6.QtCore import Qt

from reader.store import search as store_search
from reader.store import tags as tag_store


def test_a_tag_filter_keeps_only_the_tagged_articles_that_match(make_window, qtbot, samples_db) -> None:  # type: ignore[no-untyped-def]
    matching = sorted(store_search.matching_article_ids(samples_db, "鲍常勇"))
    assert len(matching) > 3
    tagged = matching[:2]
    for article_id in tagged:
        tag_store.add_article_tag(samples_db, article_id, "人事")
    window = make_window()
    panel = window.search
    assert panel.tag.findData("人事") > 0
    panel.box.insert("鲍常勇")
    qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert panel.model.total == len(matching)

    panel.tag.setCurrentIndex(panel.tag.findData("人事"))
    assert panel.run() == 2
    assert sorted(panel.model.hit(row).article_id for row in range(2)) == tagged
    assert panel.status.text() == "2 articles match “鲍常勇”"

    panel.tag.setCurrentIndex(0)
    assert panel.run() == len(matching)


def test_new_tags_appear_in_the_search_filter(make_window, samples_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.search.tag.findData("安全生产") == -1
    tag_store.add_article_tag(samples_db, 1, "安全生产")
    window.refresh_tags()
    assert window.search.tag.findData("安全生产") > 0
