"""How an import cuts its batch into committed groups, and what the writer's connection does meanwhile.

What a user would notice if this broke: a long import whose last seconds keep one core idle (a big
last group indexed after the parse workers ran out of files), or an import that writes its
savepoint journals to temporary files, well over the library's own size in disk writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.store import search
from reader.store.db import open_db
from reader.store.issues import SaveResult
from tests.helpers.samples import distinct_copies


@pytest.fixture()
def files(tmp_path: Path) -> list[Path]:
    """The five sample files, each twice with a line of its own added: ten files, sorted by name."""
    return distinct_copies(tmp_path / "files", 2)


def _groups_written(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of articles indexed at each group's commit, recorded as the import goes."""
    sizes: list[int] = []
    index_group = search.index_group

    def recording(db: Database, entries: list[search.Entry]) -> None:
        sizes.append(len(entries))
        index_group(db, entries)

    monkeypatch.setattr(search, "index_group", recording)
    return sizes


def test_the_batch_ends_with_a_small_group(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Groups never close on time or size here; the last three files still get a group of their own,
    because no more than ``TAIL_BYTES`` were left once the group held that much."""
    monkeypatch.setattr(ingest, "GROUP_SECONDS", 3600.0)
    monkeypatch.setattr(ingest, "GROUP_MAX_SECONDS", 3600.0)
    tail = sum(path.stat().st_size for path in files[-3:])
    monkeypatch.setattr(ingest, "TAIL_BYTES", tail)
    groups = _groups_written(monkeypatch)
    db = open_db(tmp_path / "library.db")
    report = ingest.import_paths(db, files, reprints=False)
    per_file = [outcome.articles for outcome in report.outcomes]
    assert len(report.with_status("imported")) == 10
    assert groups == [sum(per_file[:7]), sum(per_file[7:])]
    db.close()


def test_a_batch_no_bigger_than_the_tail_is_one_group(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "GROUP_SECONDS", 3600.0)
    monkeypatch.setattr(ingest, "GROUP_MAX_SECONDS", 3600.0)
    monkeypatch.setattr(ingest, "TAIL_BYTES", sum(path.stat().st_size for path in files))
    groups = _groups_written(monkeypatch)
    db = open_db(tmp_path / "library.db")
    report = ingest.import_paths(db, files, reprints=False)
    assert groups == [sum(outcome.articles for outcome in report.outcomes)]
    db.close()


def test_savepoint_journals_stay_in_memory_during_the_import_only(files: list[Path], tmp_path: Path) -> None:
    db = open_db(tmp_path / "library.db")
    seen: list[int] = []

    def after_save(db: Database, _result: SaveResult) -> None:
        seen.append(db.execute("PRAGMA temp_store").fetchone()[0])

    ingest.import_paths(db, files[:2], after_save=after_save, reprints=False)
    assert seen == [2, 2]  # MEMORY while each file is saved in its savepoint
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 0  # the default again: a VACUUM uses a file
    db.close()
