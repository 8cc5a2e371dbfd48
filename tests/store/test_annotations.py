"""Creating, listing, editing and undoing highlights; every call is committed before it returns."""

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.errors import BadInputError, NotFoundError
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import open_db
from tests.helpers.samples import LIBRARY

ROOT = Path(__file__).resolve().parents[2]
KEY = "000_cb36cc279cad0e3a.txt/市委常委会/1"
QUOTE = "市委书记鲍常勇主持并讲话"


@pytest.fixture
def article_id(db: Database) -> int:
    ingest.import_paths(db, [LIBRARY / "000_cb36cc279cad0e3a.txt"])
    return article_store.get_article_by_key(db, KEY)["id"]


def test_a_highlight_stores_offsets_quote_and_context(db: Database, article_id: int) -> None:
    text = article_store.get_article(db, article_id)["text"]
    made = notes.add_by_quote(db, article_id, QUOTE, note="书记主持", color="red", tags=["人事", "#会议"])
    assert text[made.start : made.end] == QUOTE == made.quote
    assert made.prefix == "9月2日,市委常委会召开会议," and made.suffix == text[made.end : made.end + 32]
    assert (made.note, made.color, made.tags, made.orphaned) == ("书记主持", "red", ("人事", "会议"), False)
    assert len(made.uid) == 32 and made.article_key == KEY and made.article_title == "市委常委会"
    issue_hash = db.execute("SELECT content_hash FROM issues").fetchone()[0]
    assert made.source_hash == issue_hash
    assert made.to_json() == {
        "id": made.id, "uid": made.uid, "article_id": article_id, "quote": QUOTE, "note": "书记主持",
        "color": "red", "tags": ["人事", "会议"], "start": 15, "end": 27, "orphaned": False,
    }  # fmt: skip


def test_occurrence_picks_a_later_repeat_and_bad_input_is_named(db: Database, article_id: int) -> None:
    text = article_store.get_article(db, article_id)["text"]
    third = notes.add_by_quote(db, article_id, "会议", occurrence=3)
    assert third.start == text.index("会议", text.index("会议", text.index("会议") + 1) + 1)
    with pytest.raises(BadInputError, match="occurs 7 time"):
        notes.add_by_quote(db, article_id, "会议", occurrence=8)
    with pytest.raises(BadInputError, match="not one of yellow, red, green, blue, purple"):
        notes.add_by_quote(db, article_id, "会议", color="pink")
    with pytest.raises(BadInputError, match="non-empty range"):
        notes.add_annotation(db, article_id, 10, 10)
    with pytest.raises(NotFoundError, match="no article with id 9999"):
        notes.add_annotation(db, 9999, 0, 1)


def test_list_filters_combine(db: Database, article_id: int) -> None:
    first = notes.add_by_quote(db, article_id, QUOTE, note="书记主持", tags=["人事"])
    second = notes.add_by_quote(db, article_id, "数字产业化", color="green", note="数据口径")
    assert [a.id for a in notes.list_annotations(db)] == [first.id, second.id]  # text order
    assert [a.id for a in notes.list_annotations(db, tag="人事")] == [first.id]
    assert [a.id for a in notes.list_annotations(db, color="green")] == [second.id]
    assert [a.id for a in notes.list_annotations(db, text="口径")] == [second.id]
    assert [a.id for a in notes.list_annotations(db, text="鲍常勇")] == [first.id]  # quote text too
    assert [a.id for a in notes.list_annotations(db, section="重要会议", since="2024-09-30")] == [
        first.id,
        second.id,
    ]
    assert notes.list_annotations(db, until="2024-09-29") == []
    assert notes.list_annotations(db, article_ids=[]) == []


def test_update_returns_the_old_state_and_restore_undoes_it(db: Database, article_id: int) -> None:
    made = notes.add_by_quote(db, article_id, QUOTE, note="初稿", tags=["人事"])
    before = notes.update_annotation(db, made.id, note="改过", color="blue", tags=["领导活动"])
    assert before == made
    changed = notes.get_annotation(db, made.id)
    assert (changed.note, changed.color, changed.tags) == ("改过", "blue", ("领导活动",))
    notes.restore_annotation(db, before)
    again = notes.get_annotation(db, made.id)
    assert (again.note, again.color, again.tags, again.start, again.end) == (
        "初稿",
        "yellow",
        ("人事",),
        15,
        27,
    )


def test_delete_then_restore_brings_back_the_same_id_uid_and_tags(db: Database, article_id: int) -> None:
    made = notes.add_by_quote(db, article_id, QUOTE, note="要留着", tags=["人事"])
    snapshot = notes.delete_annotation(db, made.id)
    with pytest.raises(NotFoundError):
        notes.get_annotation(db, made.id)
    back = notes.restore_annotation(db, snapshot)
    assert back == made


def test_reattach_pins_an_orphan_to_a_chosen_span(db: Database, article_id: int) -> None:
    made = notes.add_by_quote(db, article_id, QUOTE)
    db.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", [made.id])
    db.conn.commit()
    old = notes.reattach(db, made.id, article_id, 0, 5)
    assert old.orphaned is True
    now = notes.get_annotation(db, made.id)
    assert (now.start, now.end, now.quote, now.orphaned, now.anchor) == (0, 5, "9月2日,", False, "manual")


def test_colour_meanings_default_and_are_editable(db: Database) -> None:
    assert notes.color_meanings(db) == {
        "yellow": "要点",
        "red": "存疑",
        "green": "数据",
        "blue": "",
        "purple": "",
    }
    assert notes.set_color_meaning(db, "blue", " 背景 ") == ""
    assert notes.set_color_meaning(db, "yellow", "结论") == "要点"
    assert notes.color_meanings(db)["blue"] == "背景"
    assert notes.color_meanings(db)["yellow"] == "结论"


def _killed_after(code: str) -> subprocess.CompletedProcess[str]:
    script = f"import os, signal\n{code}\nos.kill(os.getpid(), signal.SIGKILL)\n"
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_a_note_survives_the_process_being_killed_right_after_the_call(
    db: Database, db_path: Path, article_id: int
) -> None:
    db.conn.close()
    done = _killed_after(
        "from reader.store import open_db, annotations\n"
        f"db = open_db({str(db_path)!r})\n"
        f"annotations.add_by_quote(db, {article_id}, {QUOTE!r}, note='崩溃前写的')"
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    reopened = open_db(db_path)
    try:
        found = notes.list_annotations(reopened)
        assert [(a.quote, a.note) for a in found] == [(QUOTE, "崩溃前写的")]
    finally:
        reopened.conn.close()


def test_a_cli_note_survives_the_process_being_killed_right_after_the_command(
    db: Database, db_path: Path, article_id: int
) -> None:
    db.conn.close()
    args = ["--db", str(db_path), "note", "add", str(article_id), "--quote", QUOTE, "--note", "命令行"]
    done = _killed_after(f"from reader.cli import cli\ncli.main({args!r}, standalone_mode=False)")
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert f"article {article_id} [15:27]" in done.stdout
    reopened = open_db(db_path)
    try:
        assert [(a.quote, a.note) for a in notes.list_annotations(reopened)] == [(QUOTE, "命令行")]
    finally:
        reopened.conn.close()
