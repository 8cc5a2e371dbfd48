"""Removing issues moves them to a trash that restores them exactly; notes come back with their text."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlite_utils import Database

from reader import ingest
from reader.entities.pipeline import annotate_saved
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import entities as entity_store
from reader.store import issues as issue_store
from reader.store import search, trash
from reader.store import tags as tag_store
from tests.helpers.samples import LIBRARY

ARTICLE = "000_cb36cc279cad0e3a.txt/市委常委会/1"
PASSAGE = "会议传达全省数字化转型推进会议精神,强调要结合驻马店市产业发展实际"
UNIQUE = "数字化转型推进会议"  # only in seed 000: a search for it finds that issue alone


def annotated_library(db: Database, folder: Path) -> tuple[int, notes.Annotation]:
    shutil.copytree(LIBRARY, folder)
    report = ingest.import_paths(db, [folder], after_save=annotate_saved)
    assert not report.failed
    article = article_store.get_article_by_key(db, ARTICLE)
    tag_store.add_article_tag(db, article["id"], "跟进")
    article_store.set_read(db, article["id"])
    highlight = notes.add_by_quote(db, article["id"], PASSAGE, note="要求", color="red", tags=["数字经济"])
    notes.add_by_quote(db, article["id"], "驻马店市", occurrence=1)  # a highlight without a note
    return article["issue_id"], highlight


def state(db: Database, issue_id: int) -> dict[str, object]:
    """What a user would notice of an issue: its articles, people, tags, read marks and search hits."""
    articles = article_store.list_articles(db, issue_id=issue_id)
    return {
        "articles": [(a["id"], a["key"], a["text"], a["read_at"]) for a in articles],
        "mentions": [entity_store.list_mentions(db, a["id"]) for a in articles],
        "tags": [tag_store.article_tags(db, a["id"]) for a in articles],
        "found": sorted(search.matching_article_ids(db, UNIQUE)),
    }


def test_counts_name_the_highlights_and_notes_a_removal_would_touch(db: Database, tmp_path: Path) -> None:
    issue_id, _ = annotated_library(db, tmp_path / "lib")
    assert trash.attached(db, [issue_id]) == trash.Attached(highlights=2, notes=1, tagged_articles=1)
    others = [i["id"] for i in issue_store.list_issues(db) if i["id"] != issue_id]
    assert not trash.attached(db, others).anything


def test_trash_and_restore_bring_back_the_issue_exactly(db: Database, tmp_path: Path) -> None:
    issue_id, highlight = annotated_library(db, tmp_path / "lib")
    before = state(db, issue_id)
    assert before["found"]
    people_before = entity_store.people_index(db)

    (entry,) = trash.trash_issues(db, [issue_id])
    gone = notes.get_by_uid(db, highlight.uid)
    assert (gone.article_id, gone.orphaned, gone.note, gone.anchor) == (None, True, "要求", "trashed")
    assert search.matching_article_ids(db, UNIQUE) == set()
    assert issue_id not in [i["id"] for i in issue_store.list_issues(db)]
    (listed,) = trash.list_trash(db)
    assert (listed.id, listed.issue_id, listed.highlights, listed.notes) == (entry, issue_id, 2, 1)
    assert listed.articles == len(before["articles"]) and listed.back_in_library is None

    assert trash.restore(db, entry) == issue_id
    assert state(db, issue_id) == before
    back = notes.get_by_uid(db, highlight.uid)
    assert (back.article_id, back.start, back.end, back.orphaned) == (
        highlight.article_id, highlight.start, highlight.end, False,
    )  # fmt: skip
    assert back.tags == ("数字经济",)
    assert entity_store.people_index(db) == people_before
    assert trash.list_trash(db) == []


def test_importing_the_same_file_again_reattaches_trashed_notes(db: Database, tmp_path: Path) -> None:
    issue_id, highlight = annotated_library(db, tmp_path / "lib")
    (entry,) = trash.trash_issues(db, [issue_id])
    (outcome,) = ingest.import_paths(db, [tmp_path / "lib" / "000_cb36cc279cad0e3a.txt"]).outcomes
    assert outcome.status == "imported"
    back = notes.get_by_uid(db, highlight.uid)
    assert back.orphaned is False and back.anchor == "position"  # the same text: the same offsets
    text = article_store.get_article(db, back.article_id)["text"]  # type: ignore[arg-type]
    assert text[back.start : back.end] == PASSAGE  # type: ignore[misc]
    assert trash.list_trash(db)[0].back_in_library == outcome.issue_id

    assert trash.restore(db, entry) == outcome.issue_id  # no second copy: the tag and read mark join it
    assert len(issue_store.list_issues(db)) == 5
    article = article_store.get_article_by_key(db, ARTICLE)
    assert tag_store.article_tags(db, article["id"]) == ["跟进"] and article["read_at"] is not None
    assert notes.get_by_uid(db, highlight.uid).article_id == article["id"]


def test_a_deleted_issue_imported_again_from_another_folder_gets_its_notes_back(
    db: Database, tmp_path: Path
) -> None:
    issue_id, highlight = annotated_library(db, tmp_path / "lib")
    issue_store.delete_issue(db, issue_id)
    assert notes.get_by_uid(db, highlight.uid).article_id is None
    elsewhere = tmp_path / "copy" / "renamed.txt"
    elsewhere.parent.mkdir()
    shutil.copy(tmp_path / "lib" / "000_cb36cc279cad0e3a.txt", elsewhere)
    ingest.import_paths(db, [elsewhere])
    back = notes.get_by_uid(db, highlight.uid)
    assert back.orphaned is False
    assert article_store.get_article(db, back.article_id)["key"] == "renamed.txt/市委常委会/1"  # type: ignore[arg-type]


def test_purged_entries_leave_their_notes_as_orphans(db: Database, tmp_path: Path) -> None:
    issue_id, highlight = annotated_library(db, tmp_path / "lib")
    (entry,) = trash.trash_issues(db, [issue_id])
    assert trash.purge(db, [entry]) == 1
    kept = notes.get_by_uid(db, highlight.uid)
    assert (kept.orphaned, kept.anchor, kept.note) == (True, "orphaned", "要求")
    assert trash.list_trash(db) == []
