"""The library file itself: another program's database, a damaged one, an old one, a read-only one,
a full disk."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.connections import scalar
from tests.helpers.samples import LIBRARY, SEED_NAMES
from tests.reliability.conftest import CAN_UNSHARE, assert_clean_error, make_batch, run_reader


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_foreign_sqlite_file_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('mine, not yours')")
    conn.commit()
    conn.close()
    before = digest(foreign)
    for args in (["issues"], ["import", str(LIBRARY / SEED_NAMES[0])], ["note", "list"]):
        result = run_reader(*args, "--db", str(foreign))
        assert_clean_error(result, "notes.db", "not a Bulletin Reader library", "left untouched")
    assert digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal, -shm or backup beside it


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    text = tmp_path / "library.db"
    text.write_text("这不是数据库 " * 200, encoding="utf-8")
    before = digest(text)
    assert_clean_error(run_reader("issues", "--db", str(text)), "not a Bulletin Reader library")
    assert digest(text) == before


def _as_older_library(db: Path) -> None:
    """Make ``db`` look like a library from before migration m008 (no application_id yet)."""
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_application_id'")
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_an_older_library_is_marked_and_a_stray_backup_name_does_not_block_it(
    seeded_library: Path,
) -> None:
    _as_older_library(seeded_library)
    stray = seeded_library.with_name("library.db.bak-v4")
    stray.write_text("not a database, and not ours to overwrite", encoding="utf-8")
    result = run_reader("issues", "--db", str(seeded_library))
    assert result.returncode == 0, result.stderr
    assert "35 articles" in result.stdout
    assert stray.read_text(encoding="utf-8") == "not a database, and not ours to overwrite"
    backup = seeded_library.with_name("library.db.bak-v4-2")
    assert scalar(backup, "PRAGMA user_version") == 4  # the old one, kept
    marked = scalar(seeded_library, "PRAGMA application_id")
    assert marked == int.from_bytes(b"BRdr", "big")


def test_a_failed_upgrade_is_reported_as_such_and_changes_nothing(tmp_path: Path) -> None:
    """A library stuck at schema 1 whose next step cannot run (a table already has its name)."""
    db = tmp_path / "library.db"
    conn = sqlite3.connect(db)
    conn.execute(
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT, "
        "PRIMARY KEY (migration_set, name))"
    )
    conn.execute("INSERT INTO _sqlite_migrations VALUES ('bulletin-reader', 'm001_core', '2024-01-01')")
    conn.execute("CREATE TABLE issues (id INTEGER PRIMARY KEY, key TEXT)")
    conn.execute("CREATE TABLE search_docs (blocking TEXT)")  # m002 will try to create this
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    before = digest(db)
    error = assert_clean_error(run_reader("issues", "--db", str(db)), "could not upgrade the library")
    assert "from schema 1 to" in error and "left as it was" in error and "bak-v1" in error
    assert digest(db) == before
    assert scalar(db.with_name("library.db.bak-v1"), "PRAGMA user_version") == 1


# --- read-only -------------------------------------------------------------------------------

READS = (["issues"], ["search", "报告会"], ["note", "list"], ["export", "markdown"], ["articles"])
WRITES = (
    ["note", "add", "1", "--quote", "报告会"],
    ["tag", "add", "1", "跟进"],
    ["issue", "edit", "1", "--title", "改"],
    ["entity", "reject", "报告会"],
    ["note", "delete", "1"],
)


@pytest.fixture(params=["file", "folder"])
def read_only(request: pytest.FixtureRequest, seeded_library: Path) -> Iterator[tuple[Path, list[str]]]:
    """The library made read-only, its file or its whole folder.

    As root, permissions do not stop writes: the folder is bind-mounted read-only in a
    private mount namespace instead (``unshare``), which is what a read-only disk is.
    """
    note = run_reader("note", "add", "1", "--db", str(seeded_library), "--quote", "报告会", "--note", "kept")
    assert note.returncode == 0, note.stderr
    folder = seeded_library.parent
    if os.geteuid() == 0:
        if not CAN_UNSHARE:
            pytest.skip("running as root without a way to make a read-only mount")
        target = folder if request.param == "folder" else seeded_library
        mount = f'mount --bind {target} {target} && mount -o remount,bind,ro {target} {target} && exec "$@"'
        yield seeded_library, ["unshare", "--mount", "sh", "-c", mount, "sh"]
        return
    paths = [seeded_library] + ([folder] if request.param == "folder" else [])
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in paths}
    for path in paths:
        path.chmod(modes[path] & ~0o222)
    try:
        yield seeded_library, []
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and mounts")
def test_a_read_only_library_reads_and_says_why_it_cannot_write(
    read_only: tuple[Path, list[str]], tmp_path: Path
) -> None:
    db, prefix = read_only
    before = digest(db)
    for args in READS:
        result = run_reader(*args, "--db", str(db), prefix=prefix)
        assert result.returncode == 0 and not result.stderr.strip(), (args, result.stderr)
    listed = run_reader("note", "list", "--db", str(db), prefix=prefix).stdout
    assert "报告会" in listed and "kept" in listed
    for args in WRITES:
        assert_clean_error(run_reader(*args, "--db", str(db), prefix=prefix), "read-only", "reading")
    batch = make_batch(tmp_path / "more", [9])
    imported = run_reader("import", "--db", str(db), "--no-entities", *map(str, batch), prefix=prefix)
    assert imported.returncode == 1 and "Traceback" not in imported.stderr
    assert imported.stderr.count("is read-only") == 5
    assert digest(db) == before


# --- a full disk -----------------------------------------------------------------------------

_PAGE_LIMIT = """
import sys
from reader.store import db as store_db
opened = store_db.open_db
def limited(*args, **kwargs):
    db = opened(*args, **kwargs)
    db.execute("PRAGMA max_page_count = 180")
    return db
import reader.cli.common
reader.cli.common.open_db = limited
from reader.cli import main
if __name__ == "__main__":  # parse workers re-import this file when they start
    sys.argv[0] = "reader"
    main()
"""


def _on_full_disk(tmp_path: Path, commands: list[str]) -> tuple[str, str]:
    """Run shell ``commands`` (``$R`` is the reader command) with the library on a disk that fills up.

    A 3 MiB tmpfs in a private mount namespace when one can be mounted (as root); else
    SQLite's own ceiling (``PRAGMA max_page_count``) set by a wrapper around the real CLI.
    Each command's exit status is printed as ``<n>=<status>``.
    """
    if CAN_UNSHARE:
        disk = tmp_path / "disk"
        disk.mkdir()
        mount, reader = f"mount -t tmpfs -o size=3m tmpfs {disk}", f"{sys.executable} -m reader"
        db = disk / "library.db"
    else:
        wrapper = tmp_path / "limited_reader.py"
        wrapper.write_text(_PAGE_LIMIT, encoding="utf-8")
        mount, reader = "true", f"{sys.executable} {wrapper}"
        db = tmp_path / "library.db"
    steps = "; ".join(f'{command}; echo "{n}=$?"' for n, command in enumerate(commands))
    script = f'{mount} && R="{reader}" && DB={db} && {{ {steps}; }}'
    runner = ["unshare", "--mount", "sh", "-c", script] if CAN_UNSHARE else ["sh", "-c", script]
    done = subprocess.run(runner, capture_output=True, text=True, timeout=180, check=False)
    return done.stdout, done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell drives it")
def test_an_import_on_a_full_disk_reports_every_file_and_keeps_the_library(tmp_path: Path) -> None:
    first = make_batch(tmp_path / "first", [0])
    batch = make_batch(tmp_path / "files", range(1, 13))  # 60 more files do not fit in 3 MiB
    out, err = _on_full_disk(
        tmp_path,
        [
            f"$R import --db $DB --no-entities {tmp_path / 'first'} > /dev/null 2>&1",
            f"$R import --db $DB --no-entities {tmp_path / 'files'}",
            "$R issues --db $DB --json > " + str(tmp_path / "issues.json"),
            "$R search 报告会 --db $DB",
            f'{sys.executable} -c "import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); '
            "print('integrity', c.execute('PRAGMA integrity_check').fetchone()[0])\" $DB",
        ],
    )
    assert "Traceback" not in err, err[-3000:]
    assert "0=0" in out and "1=1" in out and "2=0" in out and "3=0" in out and "integrity ok" in out
    reported = [line for line in out.splitlines() if line.startswith("imported: ")]
    failed = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert len(reported) + len(failed) == len(batch)  # every file has its line in the report
    assert failed and all("is full" in line for line in failed)
    assert f"{len(reported)} imported, 0 updated, 0 unchanged, {len(failed)} failed" in out
    kept = {issue["source_file"] for issue in json.loads((tmp_path / "issues.json").read_text())}
    assert {path.name for path in first} <= kept  # what was saved before stays
    assert len(kept) == len(first) + len(reported)


@pytest.mark.skipif(not CAN_UNSHARE, reason="needs a tmpfs to fill (root and unshare)")
def test_on_a_full_disk_writes_say_so_in_one_line_and_reads_work(tmp_path: Path) -> None:
    out, err = _on_full_disk(
        tmp_path,
        [
            f"$R import --db $DB --no-entities {LIBRARY / SEED_NAMES[0]} > /dev/null 2>&1",
            f"dd if=/dev/zero of={tmp_path / 'disk' / 'filler'} bs=64k 2>/dev/null",
            "$R note add 1 --db $DB --quote 报告会 --note " + "很长的笔记" * 3000,
            "$R tag add 1 跟进 --db $DB",
            "$R note list --db $DB",
            "$R search 报告会 --db $DB",
        ],
    )
    assert "Traceback" not in err, err[-3000:]
    assert "0=0" in out and "4=0" in out and "5=0" in out  # reading still works on the full disk
    errors = [line for line in err.splitlines() if line.startswith("Error: ")]
    failures = out.count("2=1") + out.count("3=1")
    assert failures >= 1 and len(errors) == failures  # what could not be saved said so, once each
    assert all("is full" in line for line in errors)
