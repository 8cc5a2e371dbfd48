"""Mentions stored with offsets, corrections surviving reindex, the people index."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from reader.entities import kinds, pipeline
from reader.entities.recogniser import Recogniser
from reader.store import entities as store

BODY = "9月2日,市委书记鲍常勇主持会议。市领导王玲、李宝清、张威出席。鲍常勇强调,要抓好落实。"


@pytest.fixture
def one_article(memory_library: Database) -> Database:
    """A library holding one issue with one article (``BODY``), queued for tagging."""
    db = memory_library
    now = "2024-09-30T00:00:00"
    db.execute(
        "INSERT INTO issues (id, key, source_file, source_path, content_hash, byte_size, layout, issue_date, "
        "imported_at, updated_at) VALUES (1, 'k', 'f.txt', '/f.txt', 'h', 1, 'fallback', '2024-09-30', ?, ?)",
        [now, now],
    )
    db.execute(
        "INSERT INTO articles (id, issue_id, key, position, title, text, char_count) "
        "VALUES (1, 1, 'a', 0, '市委常委会', ?, ?)",
        [BODY, len(BODY)],
    )
    db.execute("INSERT INTO bylines (article_id, position, role, name) VALUES (1, 0, '记者', '唐 翀')")
    return db


def test_reindex_stores_offsets_that_slice_the_article(one_article: Database) -> None:
    db = one_article
    pipeline.reindex(db)
    people = [m for m in store.list_mentions(db, kind="person")]
    assert [(m["entity"], BODY[m["start"] : m["end"]]) for m in people][:4] == [
        ("鲍常勇", "鲍常勇"),
        ("王玲", "王玲"),
        ("李宝清", "李宝清"),
        ("张威", "张威"),
    ]
    assert store.get_state(db, "version") == kinds.RECOGNISER_VERSION == Recogniser.VERSION


def test_people_index_has_positions_dates_and_byline_people(one_article: Database) -> None:
    db = one_article
    pipeline.reindex(db)
    index = {row["name"]: row for row in store.people_index(db)}
    assert index["鲍常勇"]["positions"] == ["市委书记"]
    assert index["鲍常勇"]["first_date"] == "2024-09-30"
    assert "唐翀" in index
    assert {r["name"] for r in store.cooccurrence(db, "鲍常勇", 10)} >= {"王玲", "张威"}


def test_rejection_survives_reindex(one_article: Database) -> None:
    db = one_article
    store.add_correction(db, "张威", "reject")
    pipeline.reindex(db)
    pipeline.reindex(db)
    names = {m["entity"] for m in store.list_mentions(db, kind="person")}
    assert "张威" not in names and "王玲" in names
    assert [c["text"] for c in store.list_corrections(db)] == ["张威"]
