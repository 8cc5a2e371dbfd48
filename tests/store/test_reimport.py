"""Importing is idempotent, changed files become new versions, and failures leave nothing behind."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.store import articles as article_store
from reader.store import issues as issue_store
from reader.store import open_db, search
from tests.helpers.samples import LIBRARY, SEED_NAMES


def counts(db: Database) -> tuple[int, ...]:
    tables = ("issues", "issue_versions", "sections", "articles", "bylines")
    return tuple(db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables)


def test_importing_the_same_bytes_again_is_a_no_op_that_says_so(db: Database, tmp_path: Path) -> None:
    first = ingest.import_paths(db, [LIBRARY])
    assert [o.status for o in first.outcomes] == ["imported"] * len(SEED_NAMES)
    before = counts(db)
    copy_dir = tmp_path / "elsewhere"
    shutil.copytree(LIBRARY, copy_dir)
    again = ingest.import_paths(db, [LIBRARY, copy_dir])
    assert {o.status for o in again.outcomes} == {"unchanged"}
    assert len(again.outcomes) == 2 * len(SEED_NAMES)
    assert counts(db) == before
    assert again.summary() == f"0 imported, 0 updated, {2 * len(SEED_NAMES)} unchanged, 0 failed"


def test_a_changed_file_at_the_same_path_is_a_new_version_keeping_article_ids(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "002.txt"
    original = (LIBRARY / SEED_NAMES[2]).read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    (outcome,) = ingest.import_paths(db, [path]).outcomes
    before = {a["key"]: a["id"] for a in article_store.list_articles(db, issue_id=outcome.issue_id)}

    corrected = original.replace("活动现场,各单位通过设立咨询台", "活动现场,各单位通过设立服务台")
    assert corrected != original
    path.write_text(corrected, encoding="utf-8")
    (second,) = ingest.import_paths(db, [path]).outcomes

    assert second.status == "updated"
    assert second.issue_id == outcome.issue_id
    issue = issue_store.get_issue(db, outcome.issue_id)
    assert issue["version"] == 2
    after = {a["key"]: a["id"] for a in article_store.list_articles(db, issue_id=outcome.issue_id)}
    assert after == before
    texts = "".join(a["text"] for a in article_store.list_articles(db, issue_id=outcome.issue_id))
    assert "设立服务台" in texts and "设立咨询台" not in texts
    versions = db.execute(
        "SELECT version FROM issue_versions WHERE issue_id = ?", [outcome.issue_id]
    ).fetchall()
    assert versions == [(1,), (2,)]


def test_a_users_title_and_date_survive_a_reimport(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "003.txt"
    shutil.copy(LIBRARY / SEED_NAMES[3], path)
    (outcome,) = ingest.import_paths(db, [path]).outcomes
    issue_store.edit_issue(db, outcome.issue_id, title="驿城新闻 第1期", issue_date="2023-12-30")
    path.write_bytes(path.read_bytes() + "\n补充一段说明文字。\n".encode())
    ingest.import_paths(db, [path])
    issue = issue_store.get_issue(db, outcome.issue_id)
    assert (issue["title"], issue["issue_date"], issue["version"]) == ("驿城新闻 第1期", "2023-12-30", 2)


def test_a_failure_while_saving_leaves_the_library_as_it_was(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest.import_paths(db, [LIBRARY / SEED_NAMES[1]])
    before = counts(db)

    def broken_index(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(issue_store.search, "index_prepared", broken_index)
    report = ingest.import_paths(db, [LIBRARY / SEED_NAMES[2], LIBRARY / SEED_NAMES[3]])
    assert [o.status for o in report.outcomes] == ["failed", "failed"]
    assert report.outcomes[0].reason == "could not write to the library: database or disk is full"
    assert counts(db) == before


def test_bad_files_are_reported_by_name_and_the_rest_of_the_batch_imports(
    db: Database, tmp_path: Path
) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(LIBRARY / SEED_NAMES[4], batch / "a-good.txt")
    (batch / "b-empty.txt").write_bytes(b"")
    (batch / "c-binary.txt").write_bytes(bytes(range(256)) * 8)
    (batch / "nested").mkdir()
    shutil.copy(LIBRARY / SEED_NAMES[3], batch / "nested" / "d-good.txt")
    (batch / "ignored.pdf").write_bytes(b"%PDF-1.4")
    missing = tmp_path / "not-there.txt"

    report = ingest.import_paths(db, [batch, missing])
    by_name = {o.path.name: o for o in report.outcomes}
    assert sorted(by_name) == ["a-good.txt", "b-empty.txt", "c-binary.txt", "d-good.txt", "not-there.txt"]
    assert by_name["a-good.txt"].status == by_name["d-good.txt"].status == "imported"
    assert {n for n, o in by_name.items() if o.status == "failed"} == {
        "b-empty.txt",
        "c-binary.txt",
        "not-there.txt",
    }
    assert "empty" in by_name["b-empty.txt"].reason
    assert "binary" in by_name["c-binary.txt"].reason
    assert by_name["not-there.txt"].reason == "no such file or folder"
    assert len(issue_store.list_issues(db)) == 2


def test_cancelling_keeps_the_files_already_imported(db: Database) -> None:
    seen: list[str] = []
    report = ingest.import_paths(
        db,
        [LIBRARY],
        progress=lambda done, total, path: seen.append(path.name),
        cancelled=lambda: len(seen) >= 2,
    )
    assert report.cancelled
    assert len(report.outcomes) == 2
    assert len(issue_store.list_issues(db)) == 2
    assert report.summary().endswith("(cancelled)")


def _batch(folder: Path) -> Path:
    folder.mkdir()
    for n, name in enumerate(SEED_NAMES):
        shutil.copy(LIBRARY / name, folder / f"{n:02d}-{name}")
        copy = (LIBRARY / name).read_text(encoding="utf-8") + f"\n第{n}份附记：本期共印发若干份。\n"
        (folder / f"{n + 10:02d}-copy-{name}").write_text(copy, encoding="utf-8")
    (folder / "20-empty.txt").write_bytes(b"")
    (folder / "21-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    return folder


def _library_content(db: Database) -> list[tuple[str, str, str]]:
    return [(a["source_file"], a["title"], a["text"]) for a in article_store.list_articles(db)]


def test_a_big_batch_parsed_in_worker_processes_matches_one_parsed_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(tmp_path / "batch")
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(ingest, "HEAD_START_BYTES", 0)  # every file through the workers
    parallel_db = open_db(tmp_path / "parallel.db")
    parallel = ingest.import_paths(parallel_db, [batch])

    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 1 << 40)
    serial_db = open_db(tmp_path / "serial.db")
    serial = ingest.import_paths(serial_db, [batch])

    assert [(o.path.name, o.status, o.reason) for o in parallel.outcomes] == [
        (o.path.name, o.status, o.reason) for o in serial.outcomes
    ]
    assert {o.path.name for o in parallel.failed} == {"20-empty.txt", "21-binary.txt"}
    assert len(parallel.with_status("imported")) == 2 * len(SEED_NAMES)
    assert _library_content(parallel_db) == _library_content(serial_db)
    assert search.matching_article_ids(parallel_db, "附记") == search.matching_article_ids(serial_db, "附记")
    assert len(search.matching_article_ids(parallel_db, "附记")) == len(SEED_NAMES)
    parallel_db.conn.close()
    serial_db.conn.close()


def test_a_write_failure_inside_a_committed_group_rolls_back_only_that_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = _batch(tmp_path / "batch")
    real_replace = issue_store._replace_articles

    def failing_for_one_file(db: Database, *args: object) -> list[int]:
        ids = real_replace(db, *args)  # type: ignore[arg-type]
        if any("第3份附记" in article["text"] for article in article_store.list_articles(db)):
            raise sqlite3.OperationalError("disk I/O error")  # after its rows were written
        return ids

    monkeypatch.setattr(issue_store, "_replace_articles", failing_for_one_file)
    report = ingest.import_paths(db, [batch])
    failed = {o.path.name: o.reason for o in report.failed}
    assert failed.pop(f"13-copy-{SEED_NAMES[3]}") == "could not write to the library: disk I/O error"
    assert set(failed) == {"20-empty.txt", "21-binary.txt"}
    assert len(report.with_status("imported")) == 2 * len(SEED_NAMES) - 1
    stored = {issue["source_file"] for issue in issue_store.list_issues(db)}
    assert f"13-copy-{SEED_NAMES[3]}" not in stored and len(stored) == 2 * len(SEED_NAMES) - 1
    assert "第3份附记" not in "".join(a["text"] for a in article_store.list_articles(db))


def test_an_unreadable_file_is_reported_with_the_reason(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    shutil.copy(LIBRARY / SEED_NAMES[1], locked)
    shutil.copy(LIBRARY / SEED_NAMES[2], tmp_path / "open.txt")
    real_open = os.open

    def guarded_open(path: str | Path, flags: int, *args: int) -> int:  # root ignores chmod 000
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", guarded_open)
    report = ingest.import_paths(db, [locked, tmp_path / "open.txt"])
    assert [(o.path.name, o.status, o.reason) for o in report.outcomes] == [
        ("locked.txt", "failed", "cannot read: Permission denied"),
        ("open.txt", "imported", None),
    ]
