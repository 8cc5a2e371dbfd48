"""Whatever a batch holds, one file's problem is that file's problem: FIFOs, odd names, deep folders,
parse workers that die, and an importer that dies under its workers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers.samples import LIBRARY, SEED_NAMES
from tests.reliability.conftest import make_batch, reader_command, run_reader

GBK_NAME = "中文报".encode("gbk") + b".txt"  # a GBK-named file unpacked on Linux: not UTF-8


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_fifo_and_an_undecodable_name_in_a_batch(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / SEED_NAMES[0]).write_bytes((LIBRARY / SEED_NAMES[0]).read_bytes())
    os.mkfifo(folder / "pipe.txt")  # would block forever if it were opened for reading
    odd = os.fsencode(folder) + b"/" + GBK_NAME
    with open(odd, "wb") as handle:
        handle.write((LIBRARY / SEED_NAMES[4]).read_bytes())
    db = tmp_path / "library.db"

    result = run_reader("import", "--db", str(db), "--no-entities", str(folder), "/dev/null", timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert failed == [
        f"failed: {folder / 'pipe.txt'}: a named pipe (FIFO), not a text file: skipped",
        "failed: /dev/null: a character device, not a text file: skipped",
    ]
    assert result.stdout.strip().endswith("2 imported, 0 updated, 0 unchanged, 2 failed")
    shown = f"{folder}/{GBK_NAME.decode('utf-8', 'replace')}"
    assert f"imported: {shown} → issue" in result.stdout  # shown with U+FFFD, not a crash

    issues = json.loads(run_reader("issues", "--db", str(db), "--json").stdout)
    by_file = {issue["source_file"]: issue for issue in issues}
    assert set(by_file) == {SEED_NAMES[0], GBK_NAME.decode("utf-8", "replace")}
    stored = by_file[GBK_NAME.decode("utf-8", "replace")]["source_path"]
    assert stored == odd.decode("utf-8", "backslashreplace")  # every byte kept: \\xd6\\xd0…
    assert "\ufffd" not in stored

    again = run_reader("import", "--db", str(db), "--no-entities", os.fsdecode(odd))
    assert again.returncode == 0 and "unchanged" in again.stdout  # the same file is found again
    (folder / "pipe.txt").unlink()
    with open(odd, "ab") as handle:
        handle.write("\n补充一行。\n".encode())
    updated = run_reader("import", "--db", str(db), "--no-entities", os.fsdecode(odd))
    assert "updated:" in updated.stdout, updated.stdout  # a changed file at that path is a new version


def test_a_folder_1000_deep_with_a_loop_imports_what_it_holds(tmp_path: Path) -> None:
    root = tmp_path / "deep"
    levels = [root]
    root.mkdir()
    for _level in range(1000):  # one at a time: pathlib's mkdir(parents=True) recurses
        levels.append(levels[-1] / "d")
        levels[-1].mkdir()
    (levels[-1] / "bottom.txt").write_bytes((LIBRARY / SEED_NAMES[1]).read_bytes())
    (root / "loop").symlink_to(root, target_is_directory=True)  # a folder that contains itself
    (root / "top.txt").write_bytes((LIBRARY / SEED_NAMES[2]).read_bytes())
    try:
        result = run_reader(
            "import", "--db", str(tmp_path / "library.db"), "--no-entities", str(root), timeout=60
        )
    finally:  # bottom up: shutil.rmtree (and pytest's clean-up of old runs) would recurse 1000 deep
        for path in [levels[-1] / "bottom.txt", root / "loop", root / "top.txt"]:
            path.unlink()
        for level in reversed(levels):
            level.rmdir()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert result.stdout.strip().endswith("2 imported, 0 updated, 0 unchanged, 0 failed")


def _children(pid: int, marker: str) -> list[int]:
    """Processes whose parent is ``pid`` and whose command line contains ``marker`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid and marker in cmdline:
            found.append(int(entry.name))
    return found


def _parse_workers(pid: int) -> list[int]:
    """The importer's parse workers: spawned by it, or forked by its fork server (``reader.children``)."""
    servers = _children(pid, "forkserver")
    if servers:
        return [worker for server in servers for worker in _children(server, "forkserver")]
    return _children(pid, "spawn_main")


def _issues(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return conn.execute("SELECT COUNT(*) FROM issues").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _start_big_import(tmp_path: Path) -> tuple[subprocess.Popen[str], Path, list[int]]:
    """An import of 300 files with its parse workers up and the first files committed."""
    batch = make_batch(tmp_path / "files", range(60))
    db = tmp_path / "library.db"
    importing = subprocess.Popen(
        reader_command("import", "--db", str(db), "--no-entities", str(tmp_path / "files")),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and importing.poll() is None:
        workers = _parse_workers(importing.pid)
        if workers and _issues(db) > 0:
            break
        time.sleep(0.02)
    assert workers and importing.poll() is None, "the import finished before its workers could be seen"
    assert len(batch) == 300
    return importing, db, workers


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the workers through /proc")
def test_killing_a_parse_worker_mid_import_does_not_stop_the_import(tmp_path: Path) -> None:
    importing, db, workers = _start_big_import(tmp_path)
    os.kill(workers[0], signal.SIGKILL)
    try:
        out, err = importing.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.kill(importing.pid, signal.SIGABRT)
        out, err = importing.communicate(timeout=20)
        print(err[-6000:])
        raise
    assert importing.returncode == 0 and "Traceback" not in err, err
    assert out.strip().endswith("300 imported, 0 updated, 0 unchanged, 0 failed")
    assert _issues(db) == 300


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the workers through /proc")
def test_parse_workers_exit_when_the_importer_is_killed_and_a_rerun_finishes(tmp_path: Path) -> None:
    importing, db, workers = _start_big_import(tmp_path)
    importing.kill()
    importing.communicate(timeout=30)
    deadline = time.monotonic() + 5
    alive = workers
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if Path(f"/proc/{pid}").exists() and _running(pid)]
        time.sleep(0.05)
    assert not alive, f"parse workers {alive} outlived the importer"
    kept = _issues(db)
    assert 0 < kept < 300  # the groups committed before the kill are there
    rerun = run_reader("import", "--db", str(db), "--no-entities", str(tmp_path / "files"))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip().endswith(f"{300 - kept} imported, 0 updated, {kept} unchanged, 0 failed")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def _running(pid: int) -> bool:
    """Not a zombie: a dead worker waits for its (new) parent to reap it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
