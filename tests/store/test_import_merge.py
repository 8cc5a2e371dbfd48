"""An import writes its search segments unmerged and merges them afterwards; a thread checkpoints the log.

What a user would notice if this broke: searches slowing down as segments pile up import after
import (``automerge`` left off in a library), results changing across a merge, or a log that
grows without bound during a long import.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from benchmarks.synthetic import render_text, synthetic_issues
from reader import ingest
from reader.resources import sample_library
from reader.store import checkpoint, search
from reader.store.db import open_db
from tests.helpers.samples import distinct_copies
from tests.helpers.search_scan import brute_force_ids

QUERIES = ["的", "发展", "招商引资", "会议", "市委", "2024", "工作"]


def _segments(db: Database, table: str) -> int:
    """The number of segments in an FTS5 table (its structure record: cookie, levels, segments…)."""
    block = db.execute(f"SELECT block FROM {table}_data WHERE id = 10").fetchone()[0]
    position = 4
    values = []
    while len(values) < 2:
        value = 0
        while True:
            byte = block[position]
            position += 1
            value = value << 7 | byte & 0x7F
            if not byte & 0x80:
                break
        values.append(value)
    return values[1]


def _automerge(db: Database, table: str) -> int | None:
    row = db.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
    return None if row is None else int(row[0])


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    """The five sample files, each three times with a line of its own added: 15 files."""
    distinct_copies(tmp_path / "files", 3)
    return tmp_path / "files"


def test_groups_are_written_unmerged_then_merged_with_results_unchanged(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "GROUP_FILES", 1)  # a group, hence a segment, per file
    monkeypatch.setattr(search, "MERGE_PAGES", 1)  # the import's own step: one page
    db = open_db(tmp_path / "library.db")
    report = ingest.import_paths(db, [library], reprints=False)
    assert len(report.with_status("imported")) == 15
    assert report.merge_pending
    unmerged = _segments(db, "search_grams")
    assert unmerged >= 14  # a segment per group, none merged (below crisismerge: 16 a level)
    assert _automerge(db, "search_grams") == _automerge(db, "search_chars") == search.AUTOMERGE
    before = {query: search.matching_article_ids(db, query) for query in QUERIES}
    assert before == {query: brute_force_ids(db, query) for query in QUERIES}

    assert search.merge_steps(db, steps=1, pages=8) is True  # bounded: one small step leaves work
    assert search.merge_steps(db) is False  # to the end
    assert _segments(db, "search_grams") < unmerged // 2
    assert _segments(db, "search_chars") < unmerged // 2
    assert {query: search.matching_article_ids(db, query) for query in QUERIES} == before
    db.close()


def test_an_import_without_a_window_merges_its_own_segments(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "GROUP_FILES", 1)
    db = open_db(tmp_path / "library.db")
    report = ingest.import_paths(db, [library])
    assert not report.merge_pending and not report.failed
    assert _segments(db, "search_grams") <= 4
    assert search.merge_steps(db) is False
    db.close()


def test_a_merge_left_from_before_drains_over_the_next_imports_in_bounded_steps(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "GROUP_FILES", 1)
    monkeypatch.setattr(search, "MERGE_PAGES", 1)
    db = open_db(tmp_path / "library.db")
    first_ten = sorted(library.glob("*.txt"))[:10]  # ten segments: below a crisis merge (16) on the next
    ingest.import_paths(db, first_ten, reprints=False)  # the window closed before its merge ran
    asked: list[int | None] = []
    real = search.merge_steps

    def recorded(db: Database, *, steps: int | None = None, pages: int | None = None) -> bool:
        asked.append(steps)
        return real(db, steps=steps, pages=pages)

    monkeypatch.setattr(search, "merge_steps", recorded)
    (library / "later.txt").write_text("【要闻】\n新的一期\n\n全市招商引资工作会议召开。\n", encoding="utf-8")
    report = ingest.import_paths(db, [library / "later.txt"])
    assert asked == [ingest.MERGE_STEPS_MIN]  # one file: the minimum, not the whole backlog
    assert report.merge_pending  # the rest waits for the next import (or the window's job)
    assert _segments(db, "search_grams") >= 8
    db.close()


def test_a_failed_group_leaves_automerge_as_it_was(tmp_path: Path) -> None:
    db = open_db(tmp_path / "library.db")
    with pytest.raises(RuntimeError), db.atomic():
        search.index_group(db, [])
        assert _automerge(db, "search_grams") == search.AUTOMERGE
        raise RuntimeError("the group fails after its index burst")
    assert _automerge(db, "search_grams") in (None, search.AUTOMERGE)
    db.close()


def test_the_log_is_checkpointed_by_a_thread_during_the_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkpoint, "INTERVAL", 0.02)
    shutil.copytree(sample_library(), tmp_path / "files")
    db = open_db(tmp_path / "library.db")
    before = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    main_file = tmp_path / "library.db"
    empty = main_file.stat().st_size
    with checkpoint.checkpointing(db):
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0  # the writer never does it
        ingest.import_paths(db, [tmp_path / "files"], reprints=False)
        deadline = time.monotonic() + 10
        while main_file.stat().st_size == empty and time.monotonic() < deadline:
            time.sleep(0.02)  # only a checkpoint writes pages into the main file
        grown = main_file.stat().st_size - empty
    assert grown > 0  # pages copied back by the thread (without it the main file stays as it was)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == before
    assert search.matching_article_ids(db, "发展") == brute_force_ids(db, "发展")
    db.close()


def test_a_long_import_starts_the_log_over_instead_of_growing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the bound the log grew with the import: 6.7 GB for 1.2 GB of files (500,000 articles),
    306 MB for 120 MB, 27–43 MB for these 5 MB.  With a limit of 256 KiB and groups of two files it is
    started over after every group: it holds one group's writes (about 1 MB; 8–10 MB for the group
    where FTS5 merges its segments)."""
    monkeypatch.setattr(checkpoint, "INTERVAL", 0.01)
    monkeypatch.setattr(checkpoint, "LOG_LIMIT", 256 * 1024)
    monkeypatch.setattr(ingest, "GROUP_FILES", 2)
    files = tmp_path / "files"
    files.mkdir()
    for name, parsed in synthetic_issues(2_200, seed=7):
        (files / name).write_text(render_text(parsed), encoding="utf-8")
    assert sum(path.stat().st_size for path in files.iterdir()) > ingest.PARALLEL_MIN_BYTES
    db = open_db(tmp_path / "library.db")
    log = tmp_path / "library.db-wal"
    largest, done = [0], threading.Event()

    def watch() -> None:
        while not done.wait(0.002):
            with contextlib.suppress(OSError):
                largest[0] = max(largest[0], log.stat().st_size)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        report = ingest.import_paths(db, [files], reprints=False)  # a batch this size checkpoints
    finally:
        done.set()
        watcher.join()
    assert not report.failed
    assert 0 < largest[0] < 14 * 2**20
    assert search.matching_article_ids(db, "发展") == brute_force_ids(db, "发展")
    db.close()


def test_a_merge_that_fails_after_an_import_is_left_pending_not_forgotten(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    db = open_db(tmp_path / "library.db")

    def busy(db: Database, **_kwargs: object) -> bool:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(search, "maintain", busy)
    report = ingest.import_paths(db, sorted(library.glob("*.txt"))[:3])
    assert len(report.with_status("imported")) == 3 and not report.failed  # the files are kept
    assert report.merge_pending  # so the window queues the merge instead of never running it
    assert "put off: database is locked" in caplog.text
    assert search.matching_article_ids(db, "招商") == brute_force_ids(db, "招商")
    db.close()


@pytest.mark.parametrize(
    ("min_bytes", "max_seconds", "segments"),
    [(2**40, 3600.0, (1, 2)), (0, 3600.0, (14, 16)), (2**40, 0.0, (14, 16))],  # +1: the import's merge step
    ids=["small groups wait for bytes", "enough bytes", "the time limit"],
)
def test_a_slow_machine_still_writes_big_groups(
    library: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    min_bytes: int,
    max_seconds: float,
    segments: tuple[int, int],
) -> None:
    """Every file takes "longer than two seconds" here; a group still closes only once it holds
    ``GROUP_MIN_BYTES`` of files (or at ``GROUP_MAX_SECONDS``), so a busy machine doesn't write a
    segment per file, each flush rewriting the common pairs."""
    monkeypatch.setattr(ingest, "GROUP_SECONDS", 0.0)
    monkeypatch.setattr(ingest, "GROUP_MIN_BYTES", min_bytes)
    monkeypatch.setattr(ingest, "GROUP_MAX_SECONDS", max_seconds)
    monkeypatch.setattr(search, "MERGE_PAGES", 1)
    db = open_db(tmp_path / "library.db")
    report = ingest.import_paths(db, [library], reprints=False)
    assert len(report.with_status("imported")) == 15
    low, high = segments
    assert low <= _segments(db, "search_grams") <= high
    assert search.matching_article_ids(db, "招商引资") == brute_force_ids(db, "招商引资")
    db.close()
