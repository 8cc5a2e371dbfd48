"""A corrected copy from another folder becomes a version of its issue, not a second issue."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.entities.pipeline import annotate_saved
from reader.errors import BadInputError
from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import entities as entity_store
from reader.store import issues as issue_store
from reader.store import search, versions
from reader.store import tags as tag_store
from tests.helpers.samples import LIBRARY

SEED = "000_cb36cc279cad0e3a.txt"
ARTICLE = f"{SEED}/市委常委会/1"
PASSAGE = "强调要结合驻马店市产业发展实际,聚焦应用场景,选准主攻方向"
TYPO, FIXED = "9月2日,市委常委会召开会议,", "9月2日上午,市委常委会召开会议,"


def corrected_copy(tmp_path: Path) -> Path:
    """The same bulletin with one sentence corrected, in another folder."""
    path = tmp_path / "corrected" / SEED
    path.parent.mkdir()
    original = (LIBRARY / SEED).read_text(encoding="utf-8")
    assert original.count(TYPO) == 1
    path.write_text(original.replace(TYPO, FIXED), encoding="utf-8")
    return path


def people(db: Database) -> dict[str, int]:
    return {row["name"]: row["articles"] for row in entity_store.people_index(db)}


@pytest.fixture
def noted_version(db: Database, tmp_path: Path) -> tuple[Database, int, notes.Annotation]:
    shutil.copytree(LIBRARY, tmp_path / "lib")
    assert not ingest.import_paths(db, [tmp_path / "lib"], after_save=annotate_saved).failed
    article = article_store.get_article_by_key(db, ARTICLE)
    highlight = notes.add_by_quote(db, article["id"], PASSAGE, note="产业实际")
    tag_store.add_article_tag(db, article["id"], "跟进")
    return db, article["issue_id"], highlight


def test_a_corrected_copy_is_found_and_merged_as_the_next_version(noted_version, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, original_id, highlight = noted_version
    counts_before = people(db)
    ids_before = {a["key"]: a["id"] for a in article_store.list_articles(db, issue_id=original_id)}
    assert counts_before["鲍常勇"] > 1

    (outcome,) = ingest.import_paths(db, [corrected_copy(tmp_path)], after_save=annotate_saved).outcomes
    assert outcome.status == "imported" and outcome.issue_id != original_id
    assert people(db)["鲍常勇"] == 2 * counts_before["鲍常勇"]  # the duplicate doubles every count
    (duplicate,) = versions.likely_duplicates(db, outcome.issue_id)
    assert (duplicate.of_issue, duplicate.overlap, duplicate.highlights) == (original_id, 1.0, 1)

    report = versions.merge(db, outcome.issue_id, original_id)
    assert report.orphaned == 0 and report.moved + report.unchanged + report.corrected == 1
    assert [i["id"] for i in issue_store.list_issues(db)].count(original_id) == 1
    assert len(issue_store.list_issues(db)) == 5
    assert people(db) == counts_before
    issue = issue_store.get_issue(db, original_id)
    assert issue["version"] == 2 and issue["source_path"] == str(corrected_copy_path(tmp_path))
    after = {a["key"]: a["id"] for a in article_store.list_articles(db, issue_id=original_id)}
    assert after == ids_before  # same keys, same ids: links and tags hold
    article = article_store.get_article_by_key(db, ARTICLE)
    assert "9月2日上午" in article["text"] and tag_store.article_tags(db, article["id"]) == ["跟进"]
    moved = notes.get_by_uid(db, highlight.uid)
    assert article["text"][moved.start : moved.end] == PASSAGE and moved.note == "产业实际"  # type: ignore[misc]
    assert search.matching_article_ids(db, "9月2日上午") == {article["id"]}

    again = ingest.import_paths(db, [LIBRARY / SEED, corrected_copy_path(tmp_path)]).outcomes
    assert [(o.status, o.issue_id) for o in again] == [("unchanged", original_id)] * 2


def corrected_copy_path(tmp_path: Path) -> Path:
    return (tmp_path / "corrected" / SEED).resolve()


def test_the_duplicate_s_own_notes_move_with_it(noted_version, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, original_id, _ = noted_version
    (outcome,) = ingest.import_paths(db, [corrected_copy(tmp_path)]).outcomes
    copy_article = article_store.get_article_by_key(db, f"{SEED}~2/市委常委会/1")
    on_copy = notes.add_by_quote(db, copy_article["id"], "9月2日上午", note="时间已更正")
    versions.merge(db, outcome.issue_id, original_id)
    moved = notes.get_by_uid(db, on_copy.uid)
    assert moved.orphaned is False and moved.article_key == ARTICLE
    assert moved.article_id == article_store.get_article_by_key(db, ARTICLE)["id"]


def page(db: Database, number: int, titles: list[str]) -> int:
    parsed = ParsedIssue(
        layout="newspaper_page",
        publication="人民日报",
        issue_date="2025-10-20",
        title=f"第{number}版",
        articles=[
            ParsedArticle(title=t, blocks=[Block(BlockKind.PARAGRAPH, f"{t}的正文。")]) for t in titles
        ],
    )
    data = f"{number}{titles}".encode()
    return issue_store.save_issue(db, parsed, source_path=f"/papers/ban{number}.txt", data=data).issue_id


def test_pages_of_one_day_are_not_duplicates_but_a_reconverted_page_is(db: Database) -> None:
    six = page(db, 6, ["文化强国建设", "非遗焕新", "书香社会"])
    eleven = page(db, 11, ["乡村振兴", "秋收秋种", "粮食安全"])
    assert versions.likely_duplicates(db, eleven) == []
    reconverted = page(db, 60, ["文化强国建设", "非遗焕新", "书香 社会", "图片新闻"])  # another tool's output
    (found,) = versions.likely_duplicates(db, reconverted)
    assert found.of_issue == six and found.same_day and found.overlap == 0.75
    assert versions.likely_duplicates(db, six)[0].of_issue == reconverted


def test_an_issue_cannot_be_merged_into_itself(db: Database) -> None:
    six = page(db, 6, ["文化强国建设"])
    with pytest.raises(BadInputError, match="into itself"):
        versions.merge(db, six, six)
