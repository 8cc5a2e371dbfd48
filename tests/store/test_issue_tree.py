"""The issue queries behind the window's tree and next/previous: pages, positions and neighbours
agree with ``list_issues`` (newest first, undated last), with stored article counts."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.store import issues as store_issues
from reader.store.db import memory_db

# (publication, date, articles): two publications, repeated and missing dates, an empty issue
ISSUES = [
    ("甲报", "2024-03-01", 2),
    ("乙报", "2024-03-01", 1),
    ("甲报", None, 1),
    (None, "2023-12-31", 3),
    ("甲报", "2024-05-17", 0),
    ("乙报", None, 2),
    ("甲报", "2024-03-01", 1),
    (None, None, 1),
    ("乙报", "2025-01-02", 2),
]


@pytest.fixture()
def db() -> Database:
    database = memory_db()
    for number, (publication, day, count) in enumerate(ISSUES):
        parsed = ParsedIssue(
            layout="newspaper_page",
            publication=publication,
            issue_date=day,
            articles=[
                ParsedArticle(title=f"{number}-{k}", blocks=[Block(BlockKind.PARAGRAPH, f"正文{number}{k}")])
                for k in range(count)
            ],
        )
        store_issues.save_issue(database, parsed, source_path=f"/b/{number}.txt", data=f"{number}".encode())
    return database


def test_counts_are_stored_and_follow_reimports(db: Database) -> None:
    listed = store_issues.list_issues(db)
    assert sorted(issue["article_count"] for issue in listed) == sorted(count for *_x, count in ISSUES)
    first = listed[0]
    parsed = ParsedIssue(
        layout="newspaper_page", issue_date="2025-01-02", articles=[ParsedArticle(title="一")]
    )
    store_issues.save_issue(
        db, parsed, source_path=f"/b/{ISSUES.index(('乙报', '2025-01-02', 2))}.txt", data=b"v2"
    )
    assert store_issues.get_issue(db, first["id"])["article_count"] == 1


def test_pages_positions_and_neighbours_follow_the_listing(db: Database) -> None:
    listed = store_issues.list_issues(db)
    for key, issues, articles in store_issues.publications(db):
        mine = [issue for issue in listed if (issue["publication"] or "") == key]
        assert (issues, articles) == (len(mine), sum(issue["article_count"] for issue in mine))
        paged = [
            row
            for offset in range(0, len(mine), 2)
            for row in store_issues.issue_page(db, key, offset=offset, limit=2)
        ]
        assert [row["id"] for row in paged] == [issue["id"] for issue in mine]
        for position, issue in enumerate(mine):
            assert store_issues.issue_position(db, issue["id"]) == position
    readable = [issue["id"] for issue in listed if issue["article_count"]]
    for issue in listed:
        position = [i["id"] for i in listed].index(issue["id"])
        after = [i["id"] for i in listed[position + 1 :] if i["article_count"]]
        before = [i["id"] for i in listed[:position] if i["article_count"]]
        assert store_issues.neighbour_issue(db, issue["id"], 1) == (after[0] if after else None)
        assert store_issues.neighbour_issue(db, issue["id"], -1) == (before[-1] if before else None)
    newest = readable[0]
    first = db.execute(
        "SELECT id FROM articles WHERE issue_id = ? ORDER BY position LIMIT 1", [newest]
    ).fetchone()[0]
    assert store_issues.first_article(db) == first
    assert [row["id"] for row in store_issues.issues_by_id(db, readable[::-1])] == readable


def test_year_groups_count_each_publications_years_newest_first_undated_last(db: Database) -> None:
    assert store_issues.year_groups(db) == [
        ("", "2023", 1, 3),
        ("", "", 1, 1),
        ("乙报", "2025", 1, 2),
        ("乙报", "2024", 1, 1),
        ("乙报", "", 1, 2),
        ("甲报", "2024", 3, 3),
        ("甲报", "", 1, 1),
    ]
    assert store_issues.spans_years(db, "乙报")
    assert not store_issues.spans_years(db, "甲报")  # 2024 and undated only
    assert not store_issues.spans_years(db, "")


def test_year_pages_and_positions_follow_the_listing(db: Database) -> None:
    listed = store_issues.list_issues(db)
    for key, year, issues, _articles in store_issues.year_groups(db):
        mine = [
            issue
            for issue in listed
            if (issue["publication"] or "") == key and (issue["issue_date"] or "")[:4] == year
        ]
        assert len(mine) == issues
        page = store_issues.year_page(db, key, year, offset=0, limit=100)
        assert [row["id"] for row in page] == [issue["id"] for issue in mine]
        for position, issue in enumerate(mine):
            assert store_issues.year_position(db, issue["id"]) == (year, position)
    assert [row["issue_date"] for row in store_issues.year_page(db, "甲报", "2024", offset=1, limit=1)] == [
        "2024-03-01"
    ]
