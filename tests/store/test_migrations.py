import json
import sqlite3
from pathlib import Path

import pytest

from reader.errors import LibraryError
from reader.store import open_db
from reader.store.migrations import latest_version, migrations, schema_version, step_names


def test_new_library_is_at_the_latest_schema_with_plain_tables(db_path: Path) -> None:
    db = open_db(db_path)
    assert schema_version(db) == latest_version() >= 1
    assert {"issues", "sections", "articles", "bylines", "issue_versions"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.conn.close()


def test_reopening_applies_nothing_and_writes_no_backup(db_path: Path) -> None:
    open_db(db_path).conn.close()
    open_db(db_path).conn.close()
    assert list(db_path.parent.glob("*.bak-*")) == []


def test_pending_steps_run_after_a_backup_that_keeps_the_old_data(db_path: Path) -> None:
    if latest_version() < 2:
        pytest.skip("only one schema step so far")
    db = open_db(db_path, migrate=False)
    first, *later = step_names()
    assert first == "m001_core"
    migrations.apply(db, stop_before=later[0])
    db.execute("PRAGMA user_version = 1")
    db["issues"].insert(
        {
            "key": "old.txt",
            "source_file": "old.txt",
            "source_path": "/x/old.txt",
            "content_hash": "abc",
            "byte_size": 3,
            "layout": "fallback",
            "imported_at": "2024-01-01",
            "updated_at": "2024-01-01",
        }
    )
    db.conn.commit()
    db.conn.close()
    before = open_db(db_path, migrate=False)
    assert [m.name for m in migrations.applied(before)] == [first]
    before.conn.close()

    upgraded = open_db(db_path)
    assert schema_version(upgraded) == latest_version()
    backup = db_path.with_name(db_path.name + ".bak-v1")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("SELECT source_file FROM issues").fetchall() == [("old.txt",)]
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert upgraded.execute("SELECT source_file FROM issues").fetchall() == [("old.txt",)]
    old.close()
    upgraded.conn.close()


def test_a_library_from_a_newer_release_is_refused(db_path: Path) -> None:
    db = open_db(db_path)
    db.execute(f"PRAGMA user_version = {latest_version() + 1}")
    db.conn.close()
    with pytest.raises(LibraryError, match="newer Bulletin Reader"):
        open_db(db_path)


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(LibraryError, match=r"notes\.db"):
        open_db(bogus)


def test_a_library_with_the_old_search_index_is_reindexed_and_counted(db_path: Path) -> None:
    """A library written before m009 (one token per character, no stored counts) opens searchable."""
    from reader.store import search

    db = open_db(db_path, migrate=False)
    migrations.apply(db, stop_before="m009_search_bigrams")
    db.execute("PRAGMA user_version = 8")
    stamp = "2024-01-01"
    issue = {"key": "old.txt", "source_file": "old.txt", "source_path": "/x/old.txt", "content_hash": "abc"}
    db["issues"].insert(
        {
            **issue,
            "byte_size": 3,
            "layout": "fallback",
            "issue_date": "2024-05-01",
            "imported_at": stamp,
            "updated_at": stamp,
        }
    )
    for n, (title, text) in enumerate(
        [("臺灣經濟發展", "會議討論經濟發展。"), ("招商引资", "全市招商引资大会召开。")]
    ):
        db["articles"].insert(
            {
                "issue_id": 1,
                "key": f"old.txt/{n}",
                "position": n,
                "title": title,
                "text": text,
                "char_count": len(text),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    db.execute(
        "INSERT INTO search_docs (article_id, fingerprint) VALUES (1, 'x')"
    )  # the old index's bookkeeping
    db.conn.commit()
    db.conn.close()

    upgraded = open_db(db_path)
    assert schema_version(upgraded) == latest_version()
    assert "search_fts" not in upgraded.table_names()
    assert search.matching_article_ids(upgraded, "发展") == {1}
    assert search.matching_article_ids(upgraded, "招商") == {2}
    assert search.count(upgraded, "大会") == 1
    assert upgraded.execute("SELECT article_count FROM issues").fetchone()[0] == 2
    upgraded.conn.close()
    assert db_path.with_name(db_path.name + ".bak-v8").exists()


def test_m017_keeps_what_a_reader_sees_in_a_smaller_file(db_path: Path) -> None:
    """Block kinds and set-aside lines compacted, the articles' unread stamps dropped, the search
    index rebuilt (common characters by absence), the file vacuumed: every answer as before."""
    from reader.store import articles, issues, search

    db = open_db(db_path, migrate=False)
    migrations.apply(db, stop_before="m017_smaller_library")
    db.execute("PRAGMA user_version = 16")
    stamp = "2024-01-01T00:00:00+00:00"
    toc = [[1, "目录", "toc"], [2, "全市招商引资大会召开 1", "toc"], [9, "— 1 —", "page"]]
    db["issues"].insert(
        {"key": "old.txt", "source_file": "old.txt", "source_path": "/x/old.txt", "content_hash": "abc",
         "byte_size": 3, "layout": "toc_bulletin", "issue_date": "2024-05-01", "imported_at": stamp,
         "updated_at": stamp, "boilerplate": json.dumps(toc, ensure_ascii=False), "article_count": 40}
    )  # fmt: skip
    kinds = ["paragraph", "heading", "paragraph", "paragraph"]
    for n in range(40):
        text = f"全市招商引资大会召开。\n一、会议要求\n第{n}项工作的发展。\n市委书记讲话。"
        db["articles"].insert(
            {"issue_id": 1, "key": f"old.txt/{n}", "position": n, "title": f"招商引资第{n}期", "text": text,
             "blocks": json.dumps(kinds), "char_count": len(text), "created_at": stamp, "updated_at": stamp}
        )  # fmt: skip
    db.conn.commit()
    db.conn.close()

    upgraded = open_db(db_path)
    assert schema_version(upgraded) == latest_version()
    columns = {row[1] for row in upgraded.execute("PRAGMA table_info(articles)")}
    assert not {"created_at", "updated_at"} & columns
    assert upgraded.execute("SELECT blocks FROM articles WHERE id = 1").fetchone()[0] == '[1,"heading",2]'
    assert articles.get_article(upgraded, 1)["blocks"] == kinds
    assert issues.set_aside_lines(upgraded, 1)[2] == {"line": 9, "text": "— 1 —", "reason": "page"}
    assert search.matching_article_ids(upgraded, "的") == set(range(1, 41))  # 的: common, stored by absence
    assert search.matching_article_ids(upgraded, "第7项") == {8}
    assert search.matching_article_ids(upgraded, "开一") == set()  # never across a line break
    assert search.count(upgraded, "市 要求") == 40
    asked = "SELECT count(*) FROM search_meta WHERE key IN ('rebuild', 'vacuum')"
    assert upgraded.execute(asked).fetchone()[0] == 0
    assert upgraded.execute("PRAGMA freelist_count").fetchone()[0] == 0
    upgraded.conn.close()
