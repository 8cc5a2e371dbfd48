"""Finding SQLite connections a test opened and dropped without closing (see ``tests/conftest.py``)."""

from __future__ import annotations

import functools
import gc
import sqlite3
import types


def close_unreachable(opened: list[sqlite3.Connection]) -> list[str]:
    """Close the connections of ``opened`` that are open and held by nothing else; their files."""
    gc.collect()
    leaked = []
    while opened:
        conn = opened.pop()
        if _is_open(conn) and not _holders(conn):
            leaked.append(next((row[2] for row in conn.execute("PRAGMA database_list")), "?") or ":memory:")
            conn.close()
    return leaked


def _holders(conn: sqlite3.Connection) -> list[object]:
    """What refers to ``conn`` besides frames and its own statement cache (an ``lru_cache`` over it)."""
    found = [r for r in gc.get_referrers(conn) if not isinstance(r, types.FrameType)]
    caches = [r for r in found if isinstance(r, functools._lru_cache_wrapper)]
    own = {id(cache) for cache in caches} | {id(getattr(cache, "__dict__", None)) for cache in caches}
    return [r for r in found if id(r) not in own]


def _is_open(conn: sqlite3.Connection) -> bool:
    try:
        conn.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        return False
    return True


def scalar(path: object, sql: str) -> object:
    """The first value ``sql`` reads from the SQLite file at ``path``, on a connection closed at once."""
    conn = sqlite3.connect(path)  # type: ignore[arg-type]
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()
