"""Fixtures for every test: no test ever touches the user's real library or settings."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.store import open_db

LIBRARY = Path(__file__).resolve().parents[1] / "reader" / "data" / "samples"
SEED_NAMES = sorted(p.name for p in LIBRARY.glob("*.txt"))


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


@pytest.fixture
def library_dir() -> Path:
    return LIBRARY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_db(db_path)
    yield database
    database.conn.close()


def seed_bytes(name_prefix: str) -> bytes:
    """The bytes of the seed whose file name starts with ``name_prefix`` (e.g. "002")."""
    (match,) = [name for name in SEED_NAMES if name.startswith(name_prefix)]
    return (LIBRARY / match).read_bytes()
