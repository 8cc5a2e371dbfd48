"""Tagging is queued with the file, resumable after a crash, incremental, and cached by text."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from reader import ingest
from reader.cli import cli
from reader.entities import kinds, pipeline, rules
from reader.entities.recogniser import Recogniser
from reader.store import entities as store
from reader.store.db import open_db
from tests.helpers.samples import LIBRARY, SEED_NAMES


def _copy(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for name in names:
        shutil.copy(LIBRARY / name, folder / name)
        (folder / name).chmod(0o644)
    return folder


def test_an_import_queues_every_article_with_its_file_and_tagging_empties_the_queue(
    memory_library: Database, tmp_path: Path
) -> None:
    db = memory_library
    report = ingest.import_paths(db, [_copy(tmp_path, SEED_NAMES[1:3])])
    articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert sum(o.articles for o in report.outcomes) == articles > 0
    assert store.pending_count(db) == articles
    assert store.has_pending(db) is True  # what the window asks at start-up
    assert db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == 0
    seen: list[tuple[int, int]] = []
    assert pipeline.tag_pending(db, lambda done, total: seen.append((done, total))) == articles
    assert store.pending_count(db) == 0
    assert store.has_pending(db) is False
    assert seen[-1] == (articles, articles)
    assert db.execute("SELECT COUNT(DISTINCT article_id) FROM mentions").fetchone()[0] > articles // 2


def test_a_crash_mid_tagging_keeps_finished_chunks_and_the_rest_queued(
    memory_library: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = memory_library
    ingest.import_paths(db, [_copy(tmp_path, SEED_NAMES[:1])])
    total = store.pending_count(db)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    calls = 0
    real = pipeline._recognise

    def dies_on_third_chunk(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt  # the process is killed mid-chunk
        return real(*args)

    monkeypatch.setattr(pipeline, "_recognise", dies_on_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        pipeline.tag_pending(db)
    left = store.pending_count(db)
    tagged = db.execute("SELECT COUNT(*) FROM entity_done").fetchone()[0]
    assert 0 < left < total and tagged == total - left  # the interrupted chunk rolled back, whole
    monkeypatch.setattr(pipeline, "_recognise", real)
    assert pipeline.reindex(db) == left  # the next run finishes exactly what was left
    assert store.pending_count(db) == 0


def test_reimporting_unchanged_text_costs_no_recognition(
    memory_library: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = memory_library
    folder = _copy(tmp_path, SEED_NAMES[1:2])
    ingest.import_paths(db, [folder])
    pipeline.tag_pending(db)
    before = store.list_mentions(db)
    recognised: list[int] = []
    real = pipeline._recognise
    monkeypatch.setattr(
        pipeline, "_recognise", lambda d, a, *rest: recognised.extend(x.id for x in a) or real(d, a, *rest)
    )
    seed = next(folder.iterdir())
    seed.write_bytes(seed.read_bytes() + "\n\n补记\n\n新增加的一篇短文,由记者王小明采写。\n".encode())
    assert ingest.import_paths(db, [seed]).outcomes[0].status == "updated"
    pipeline.tag_pending(db)
    new_ids = {row[0] for row in db.execute("SELECT id FROM articles")} - {m["article_id"] for m in before}
    assert set(recognised) <= new_ids | {before[-1]["article_id"]}  # unchanged articles were not read again
    copy = tmp_path / "elsewhere"
    shutil.copytree(folder, copy)
    recognised.clear()
    assert ingest.import_paths(db, [copy]).outcomes[0].status == "unchanged"
    assert pipeline.tag_pending(db) == 0 and recognised == []


def test_a_copy_of_a_file_under_another_name_takes_the_mentions_of_the_original(
    memory_library: Database, tmp_path: Path
) -> None:
    db = memory_library
    folder = _copy(tmp_path, SEED_NAMES[2:3])
    ingest.import_paths(db, [folder])
    pipeline.tag_pending(db)
    original = next(folder.iterdir())
    twin = tmp_path / "twin.txt"
    twin.write_bytes(original.read_bytes() + b"\n")  # other bytes, same articles
    ingest.import_paths(db, [twin])
    computed = pipeline.tag_articles(db, store.pending_ids(db))
    assert computed == 0  # every article of the copy had its text tagged already
    issues = [row[0] for row in db.execute("SELECT id FROM issues ORDER BY id")]
    per_issue = [
        sorted(
            (m["kind"], m["field"], m["start"], m["end"])
            for m in store.list_mentions(db)
            if db.execute("SELECT issue_id FROM articles WHERE id = ?", [m["article_id"]]).fetchone()[0]
            == issue
        )
        for issue in issues
    ]
    assert per_issue[0] and per_issue[0] == per_issue[1]


def test_import_without_entities_leaves_the_queue_for_reindex(tmp_path: Path) -> None:
    db_path = tmp_path / "library.db"
    runner = CliRunner()
    folder = _copy(tmp_path, SEED_NAMES[3:4])
    result = runner.invoke(cli, ["import", str(folder), "--no-entities", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    db = open_db(db_path)
    queued = store.pending_count(db)
    assert queued > 0 and db.execute("SELECT COUNT(*) FROM mentions").fetchone()[0] == 0
    result = runner.invoke(cli, ["reindex", "--db", str(db_path)])
    assert result.output.strip() == f"reindexed {queued} articles"
    assert store.pending_count(db) == 0
    db.conn.close()
    assert runner.invoke(cli, ["reindex", "--db", str(db_path)]).output.strip() == "reindexed 0 articles"


def test_a_changed_recogniser_queues_the_whole_library(
    memory_library: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = memory_library
    ingest.import_paths(db, [_copy(tmp_path, SEED_NAMES[1:2])])
    pipeline.tag_pending(db)
    articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert pipeline.reindex(db) == 0
    monkeypatch.setattr(kinds, "RECOGNISER_VERSION", "next")
    assert pipeline.needs_reindex(db)
    assert pipeline.reindex(db) == articles
    assert not pipeline.needs_reindex(db)


def test_a_byline_scan_stays_linear_on_a_reporter_followed_by_a_long_clause() -> None:
    """The old byline pattern backtracked catastrophically on these (issue 10)."""
    texts = [
        "本报记者深入基层走访调研乡村振兴产业发展情况了解群众所思所盼，各项工作稳步推进。",
        "记者" + "深入基层走访调研乡村振兴" * 17 + "，",  # 记者 + 200 Han characters + a comma
        "记者" + "张" * 5000,
    ]
    for text in texts:
        began = time.perf_counter()
        assert rules.byline_names(text) == []
        assert time.perf_counter() - began < 0.05, text[:20]
    recogniser = Recogniser()
    for text in texts[:2]:
        assert not [m for m in recogniser.recognise(text) if m.kind == "person"]
    found = recogniser.recognise("本报讯(记者 郑付生 通讯员 张伟)8月2日下午,会议召开。")
    assert [(m.kind, m.text) for m in found if m.kind == "person"] == [
        ("person", "郑付生"),
        ("person", "张伟"),
    ]
