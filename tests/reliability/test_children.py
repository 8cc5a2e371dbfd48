"""A child's answers arrive whole and in order, whatever their size, and a dead child is an end of file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader import children
from reader.children import Child


def _answer(request: tuple[str, int]) -> object:
    """What the test child answers: ``size`` bytes of one letter, or an exception it raises."""
    kind, size = request
    if kind == "fail":
        raise ValueError(f"no answer of {size}")
    return {"kind": kind, "data": kind.encode() * size}


@pytest.fixture
def child() -> Child:
    made = Child(_answer, name="reader-test-child")
    yield made
    made.close()


def test_answers_of_every_size_arrive_whole_and_in_order(child: Child) -> None:
    # one below a pipe's 64 KiB, a parsed file's few hundred KB, then small again into the kept buffer
    sizes = [0, 1, 65_535, 300_000, 3, 1_000_000, 17]
    for n, size in enumerate(sizes):
        child.conn.send((chr(ord("a") + n), size))
    for n, size in enumerate(sizes):
        letter = chr(ord("a") + n)
        assert child.recv() == {"kind": letter, "data": letter.encode() * size}


def test_an_answer_over_the_kept_buffer_is_read_into_its_own(
    child: Child, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(children, "KEPT_BUFFER", 1000)
    assert child.ask(("x", 10)) == {"kind": "x", "data": b"x" * 10}
    assert child.ask(("y", 50_000)) == {"kind": "y", "data": b"y" * 50_000}
    assert child.ask(("z", 20)) == {"kind": "z", "data": b"z" * 20}
    assert len(child._buffer) < 1000  # the large answer did not stay in memory


def test_what_the_handler_raised_is_raised_by_ask(child: Child) -> None:
    with pytest.raises(ValueError, match="no answer of 7"):
        child.ask(("fail", 7))
    assert child.ask(("ok", 2)) == {"kind": "ok", "data": b"okok"}  # the child goes on


def test_a_killed_child_is_an_end_of_file(child: Child) -> None:
    assert child.ask(("a", 1)) == {"kind": "a", "data": b"a"}
    os.kill(child.process.pid, signal.SIGKILL)
    child.process.join(timeout=10)
    with pytest.raises((EOFError, OSError)):
        child.recv()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="niceness is a Unix notion")
def test_a_child_runs_at_the_niceness_asked_for() -> None:
    low = Child(_answer, name="reader-test-child", niceness=3)
    try:
        assert low.ask(("a", 1)) == {"kind": "a", "data": b"a"}  # started and serving
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, low.process.pid) == min(19, mine + 3)
    finally:
        low.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is used on Linux only")
def test_a_child_from_the_fork_server_serves_at_its_niceness_and_dies_as_an_end_of_file() -> None:
    forked = Child(_answer, name="reader-test-child", niceness=3, fork_server=__name__)
    try:
        assert forked.ask(("a", 70_000)) == {"kind": "a", "data": b"a" * 70_000}
        stat = Path(f"/proc/{forked.process.pid}/stat").read_text()
        assert int(stat.rsplit(")", 1)[1].split()[1]) != os.getpid()  # forked by the server, not by us
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, forked.process.pid) == min(19, mine + 3)
        os.kill(forked.process.pid, signal.SIGKILL)
        forked.process.join(timeout=10)
        with pytest.raises((EOFError, OSError)):
            forked.recv()
    finally:
        forked.close()


_SCRIPT = """
from reader.children import Child

if __name__ == "__main__":
    child = Child(str.upper, name="reader-test-child", fork_server="reader.parse_server")
    try:
        print(child.ask("answered"))
    finally:
        child.close()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fork server is Linux's")
def test_a_reader_module_in_the_working_folder_is_never_run(tmp_path: Path) -> None:
    # a folder of downloaded files may hold a reader.py; the children must import the installed reader,
    # never run that file (Python 3.11 starts the fork server with the working folder first on its path)
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "reader.py").write_text("import pathlib\npathlib.Path(__file__).with_name('ran').touch()\n")
    script = tmp_path / "script" / "ask.py"
    script.parent.mkdir()
    script.write_text(_SCRIPT)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONSAFEPATH"}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=folder, env=env, capture_output=True, text=True, timeout=120
    )
    assert not (folder / "ran").exists()
    assert done.stdout.strip() == "ANSWERED", done.stderr
