"""The check every test runs after itself: a dropped, unclosed SQLite connection is found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.store import open_db
from tests.helpers.connections import close_unreachable


def test_a_dropped_connection_is_found_and_a_held_or_closed_one_is_not(tmp_path: Path) -> None:
    held = open_db(tmp_path / "held.db")
    closed = open_db(tmp_path / "closed.db")
    closed.conn.close()
    # not through connect(): the autouse check would hold it too
    dropped = sqlite3.Connection(tmp_path / "dropped.db")
    opened = [held.conn, closed.conn, dropped]
    del dropped
    assert close_unreachable(opened) == [str(tmp_path / "dropped.db")]
    held.conn.close()
