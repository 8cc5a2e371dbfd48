"""A writer queued behind a long one gets the next turn, however slowly it wakes up."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.errors import LibraryBusyError
from reader.store import db as store_db
from reader.store import open_db, turns


def _long_transactions(db: Database, count: int, seconds: float, done: list[str]) -> threading.Thread:
    """``count`` transactions of ``seconds`` each, back to back, in a thread that holds the lock on return."""
    inside = threading.Event()

    def run() -> None:
        for n in range(count):
            with db.atomic():
                inside.set()
                time.sleep(seconds)
            done.append(f"long {n}")

    thread = threading.Thread(target=run)
    thread.start()
    inside.wait(timeout=30)
    return thread


def test_a_waiter_whose_sleep_overruns_every_gap_gets_in_after_the_first_long_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CI failure: two imports, the second's sleeps overran every 10 ms gap between the first's groups."""
    path = tmp_path / "library.db"
    importer = open_db(path)
    note_taker = open_db(path, busy_timeout=2.0)
    monkeypatch.setattr(store_db, "_POLL_SECONDS", 0.17)  # 17 times the gap the long writer leaves
    done: list[str] = []
    thread = _long_transactions(importer, 8, 0.3, done)  # 2.4 s of lock held, longer than the waiter's 2 s
    try:
        with note_taker.atomic():
            done.append("waiter")
    finally:
        thread.join()
        importer.conn.close()
        note_taker.conn.close()
    assert done.index("waiter") == 1  # straight after the first long transaction
    assert len(done) == 9
    assert not (tmp_path / f"library.db{turns.SUFFIX}").exists()  # the waiter took its sign away


def test_a_sign_left_by_a_waiter_that_died_does_not_hold_a_writer_up(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    sign = turns.sign_for(str(path))
    assert sign is not None
    sign.touch()
    assert turns.someone_waiting(sign)
    an_hour_ago = time.time() - 3600
    os.utime(sign, (an_hour_ago, an_hour_ago))
    assert not turns.someone_waiting(sign)
    started = time.monotonic()
    turns.stand_aside(sign)
    assert time.monotonic() - started < turns.STAND_ASIDE_SECONDS / 2


def test_a_waiter_that_gives_up_leaves_no_sign_behind(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    holder = open_db(path)
    waiter = open_db(path, busy_timeout=0.3)
    try:
        with (
            holder.atomic(),
            pytest.raises(LibraryBusyError, match="the library is busy"),
            waiter.atomic(),
        ):
            pass
    finally:
        holder.conn.close()
        waiter.conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(turns.SUFFIX)) == []


def test_an_in_memory_library_has_no_sign() -> None:
    assert turns.sign_for("") is None
    assert not turns.someone_waiting(None)
