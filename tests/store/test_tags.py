"""Tags on articles and highlights: names, colours, completion, rename and merge with undo."""

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.errors import BadInputError, NotFoundError
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import tags
from tests.helpers.samples import LIBRARY


@pytest.fixture
def ids(db: Database) -> list[int]:
    ingest.import_paths(db, [LIBRARY / "000_cb36cc279cad0e3a.txt"])
    return [row["id"] for row in article_store.list_articles(db)][:3]


def summary(db: Database) -> list[tuple[str, int, int]]:
    return [(t["name"], t["article_count"], t["annotation_count"]) for t in tags.list_tags(db)]


def test_names_are_trimmed_hash_free_and_case_insensitive(db: Database, ids: list[int]) -> None:
    assert tags.add_article_tag(db, ids[0], "  #招商 ") is True
    assert tags.add_article_tag(db, ids[0], "招商") is False  # already there: nothing to undo
    assert tags.add_article_tag(db, ids[1], "Safety") is True
    assert tags.add_article_tag(db, ids[2], "safety") is True  # same tag as "Safety"
    assert summary(db) == [("Safety", 2, 0), ("招商", 1, 0)]
    assert tags.article_tags(db, ids[0]) == ["招商"]
    for bad, reason in (
        ("  ", "at least one visible"),
        ("a\nb", "line breaks"),
        ("长" * 61, "longer than 60"),
    ):
        with pytest.raises(BadInputError, match=reason):
            tags.add_article_tag(db, ids[0], bad)
    with pytest.raises(NotFoundError, match="no article with id 999"):
        tags.add_article_tag(db, 999, "招商")


def test_colours_are_stable_defaults_and_editable(db: Database, ids: list[int]) -> None:
    tags.add_article_tag(db, ids[0], "人事")
    (row,) = tags.list_tags(db)
    assert row["color"] == tags.default_color("人事") and row["color"] in tags.PALETTE
    assert tags.set_tag_color(db, "人事", "#ABCDEF") == row["color"]
    assert tags.list_tags(db)[0]["color"] == "#abcdef"
    with pytest.raises(BadInputError, match="expected #rrggbb"):
        tags.set_tag_color(db, "人事", "blue")


def test_completion_prefers_prefixes_then_usage(db: Database, ids: list[int]) -> None:
    for article_id in ids:
        tags.add_article_tag(db, article_id, "安全生产")
    tags.add_article_tag(db, ids[0], "安全")
    tags.add_article_tag(db, ids[0], "生产安全")
    assert tags.complete(db, "安全") == ["安全生产", "安全", "生产安全"]
    assert tags.complete(db, "#生产") == ["生产安全", "安全生产"]


def test_rename_is_library_wide_and_refuses_to_collide(db: Database, ids: list[int]) -> None:
    tags.add_article_tag(db, ids[0], "招商")
    made = notes.add_annotation(db, ids[1], 0, 4, tags=["招商"])
    tags.rename_tag(db, "招商", "招商引资")
    assert tags.article_tags(db, ids[0]) == ["招商引资"]
    assert notes.get_annotation(db, made.id).tags == ("招商引资",)
    tags.add_article_tag(db, ids[2], "人事")
    with pytest.raises(BadInputError, match="already exists; use merge"):
        tags.rename_tag(db, "人事", "招商引资")
    tags.rename_tag(db, "招商引资", "招商")  # the undo of a rename is the reverse rename
    assert summary(db) == [("人事", 1, 0), ("招商", 1, 1)]


def test_merge_folds_links_and_undo_restores_exactly(db: Database, ids: list[int]) -> None:
    tags.add_article_tag(db, ids[0], "招商")
    tags.add_article_tag(db, ids[0], "招商引资")
    tags.add_article_tag(db, ids[1], "招商")
    made = notes.add_annotation(db, ids[2], 0, 4, tags=["招商"])
    before = summary(db)
    merge = tags.merge_tags(db, "招商", "招商引资")
    assert summary(db) == [("招商引资", 2, 1)]
    assert merge.added_article_ids == (ids[1],) and merge.added_annotation_ids == (made.id,)
    tags.undo_merge(db, merge)
    assert summary(db) == before
    assert tags.article_tags(db, ids[0]) == ["招商", "招商引资"]
    with pytest.raises(BadInputError, match="into itself"):
        tags.merge_tags(db, "招商", "招商")


def test_merge_into_a_new_name_and_delete_with_restore(db: Database, ids: list[int]) -> None:
    tags.add_article_tag(db, ids[0], "旧名")
    merge = tags.merge_tags(db, "旧名", "新名")
    assert summary(db) == [("新名", 1, 0)]
    tags.undo_merge(db, merge)
    assert summary(db) == [("旧名", 1, 0)]
    snapshot = tags.delete_tag(db, "旧名")
    assert summary(db) == [] and tags.article_tags(db, ids[0]) == []
    tags.restore_tag(db, snapshot)
    assert summary(db) == [("旧名", 1, 0)]
    with pytest.raises(NotFoundError, match="no tag named '不存在'"):
        tags.delete_tag(db, "不存在")


def test_tagged_articles_include_those_with_tagged_highlights(db: Database, ids: list[int]) -> None:
    tags.add_article_tag(db, ids[0], "人事")
    notes.add_annotation(db, ids[1], 0, 3, tags=["人事"])
    assert tags.tagged_article_ids(db, "人事") == {ids[0], ids[1]}
    assert tags.tagged_article_ids(db, "无此标签") == set()
    assert tags.remove_article_tag(db, ids[0], "人事") is True
    assert tags.remove_article_tag(db, ids[0], "人事") is False
    assert tags.tagged_article_ids(db, "人事") == {ids[1]}
