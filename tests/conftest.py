"""Fixtures for every test: no test ever touches the user's real library or settings."""

from __future__ import annotations

import gc
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.store import open_db
from reader.store.db import memory_db
from tests.helpers.connections import close_unreachable
from tests.helpers.samples import LIBRARY


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, the XDG folders and $READER_DB at a temp dir for the whole test."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("READER_DB", str(home / "default-library.db"))
    return home


@pytest.fixture(autouse=True)
def collect_on_main_thread() -> Iterator[None]:
    """No cyclic collection during a test; one on this thread after it (see ``reader.app.collector``).

    Otherwise a worker or query thread may run the collection that frees a test's widget, and
    Qt then destroys it off the GUI thread; the crash comes tests later, in a style change.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def no_connection_left_open(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that drops an SQLite connection without closing it.

    Python 3.13 warns when an unclosed connection is freed; this finds the same leaks on any
    version: after the test, a connection it opened that is still open and that nothing but
    this fixture refers to any more can never be closed.
    """
    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def tracked(*args, **kwargs):  # type: ignore[no-untyped-def]
        conn = connect(*args, **kwargs)
        opened.append(conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", tracked)
    yield
    monkeypatch.setattr(sqlite3, "connect", connect)
    leaked = close_unreachable(opened)
    assert not leaked, f"SQLite connection(s) left open and unreachable: {leaked}"


@pytest.fixture
def library_dir() -> Path:
    return LIBRARY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def memory_library() -> Iterator[Database]:
    """An empty library in memory, closed after the test."""
    database = memory_db()
    yield database
    database.conn.close()


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_db(db_path)
    yield database
    database.conn.close()
