"""Writers take turns: two imports, an import and `note add`, a writer that waits too long."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

from tests.reliability.conftest import (
    assert_clean_error,
    library_state,
    make_batch,
    reader_command,
    run_reader,
)

PHRASE = "报告会"  # occurs in article 1 of the first sample bulletin


def test_two_imports_at_once_both_finish_and_equal_a_sequential_import(tmp_path: Path) -> None:
    """Overlapping batches (five files in common), with entities, into one library at the same time."""
    folder = tmp_path / "files"
    make_batch(folder, [0, 1])
    first = [str(p) for p in sorted(folder.glob("*_0.txt"))]
    second = [str(p) for p in sorted(folder.glob("*.txt"))]
    together = tmp_path / "together.db"
    runs = [
        subprocess.Popen(
            reader_command("import", "--db", str(together), *files),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for files in (first, second)
    ]
    outputs = [run.communicate(timeout=180) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "Traceback" not in err and "locked" not in err
        assert "0 failed" in out
    imported = sum(int(out.strip().splitlines()[-1].split()[0]) for out, _err in outputs)
    assert imported == 10  # each distinct file imported once; the five both named, by whichever came first

    one_by_one = tmp_path / "sequential.db"
    for files in (first, second):
        assert run_reader("import", "--db", str(one_by_one), *files).returncode == 0
    assert library_state(together) == library_state(one_by_one)
    assert library_state(together)["integrity"] == "ok"


def test_note_add_during_an_import_loses_nothing(seeded_library: Path, tmp_path: Path) -> None:
    batch = make_batch(tmp_path / "files", range(4))
    importing = subprocess.Popen(
        reader_command("import", "--db", str(seeded_library), *map(str, batch)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    added, during = [], 0
    while importing.poll() is None or len(added) < 3:
        result = run_reader("note", "add", "1", "--db", str(seeded_library), "--quote", PHRASE,
                            "--note", f"note {len(added)}", "--json")  # fmt: skip
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        added.append(result.stdout)
        during += importing.poll() is None
    _out, err = importing.communicate(timeout=180)
    assert importing.returncode == 0 and "Traceback" not in err, err
    assert during >= 2, "the import ended before the notes could overlap it"
    listed = json.loads(run_reader("note", "list", "--db", str(seeded_library), "--json").stdout)
    assert sorted(note["note"] for note in listed) == sorted(f"note {n}" for n in range(len(added)))
    assert all(note["quote"] == PHRASE and not note["orphaned"] for note in listed)


def _hold_write_lock(db_path: Path, seconds: float | None) -> subprocess.Popen[str]:
    """Another program holding the library's write lock (a plain SQLite client, not ours), for
    ``seconds`` or, with ``None``, until ``_release`` (however slowly a loaded machine runs the test)."""
    wait = "sys.stdin.readline()" if seconds is None else f"time.sleep({seconds})"
    script = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        f"{wait}\n"
        "c.execute('ROLLBACK')\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def _release(holder: subprocess.Popen[str]) -> None:
    if holder.stdin is not None:
        with contextlib.suppress(BrokenPipeError):  # a timed holder may be gone already
            holder.stdin.write("\n")
            holder.stdin.close()
    holder.wait(timeout=30)
    if holder.stdout is not None:
        holder.stdout.close()


def test_a_writer_that_cannot_get_in_says_the_library_is_busy(seeded_library: Path, tmp_path: Path) -> None:
    holder = _hold_write_lock(seeded_library, None)
    try:
        started = time.monotonic()
        result = run_reader("note", "add", "1", "--db", str(seeded_library), "--quote", PHRASE,
                            env={"READER_BUSY_TIMEOUT": "1"})  # fmt: skip
        waited = time.monotonic() - started
        assert_clean_error(result, "the library is busy", "another import")
        assert waited >= 1.0  # it waited its turn first

        batch = make_batch(tmp_path / "files", [7])
        imported = run_reader("import", "--db", str(seeded_library), "--no-entities", *map(str, batch),
                              env={"READER_BUSY_TIMEOUT": "1"})  # fmt: skip
        assert imported.returncode == 1 and "Traceback" not in imported.stderr
        assert imported.stderr.count("the library is busy") == 5  # every file reported, none lost silently
        assert imported.stdout.strip().endswith("0 imported, 0 updated, 0 unchanged, 5 failed")
    finally:
        _release(holder)
    later = run_reader("note", "add", "1", "--db", str(seeded_library), "--quote", PHRASE)
    assert later.returncode == 0, later.stderr  # once the other program is done, it works


def test_a_writer_waits_for_a_short_lock_instead_of_failing(seeded_library: Path) -> None:
    holder = _hold_write_lock(seeded_library, 1.5)
    try:
        result = run_reader("tag", "add", "1", "跟进", "--db", str(seeded_library))
    finally:
        _release(holder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "article 1: tagged 跟进"
