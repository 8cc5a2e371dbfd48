"""Headless Qt for every app test, a sample library imported once per session, settings in tmp."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from sqlite_utils import Database

from reader.app.settings import Settings
from reader.entities.pipeline import annotate_saved
from reader.ingest import import_paths
from reader.resources import sample_library
from reader.store import open_db


@pytest.fixture(scope="session")
def sample_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five sample bulletins imported (with entities) once; tests get their own copy."""
    path = tmp_path_factory.mktemp("sample") / "library.db"
    db = open_db(path)
    report = import_paths(db, [sample_library()], after_save=annotate_saved)
    assert not report.failed, report.summary()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    return path


@pytest.fixture
def library_path(sample_db_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "library.db"
    shutil.copy(sample_db_file, target)
    return target


@pytest.fixture
def samples_db(library_path: Path) -> Iterator[Database]:
    db = open_db(library_path)
    yield db
    db.conn.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def make_window(qtbot, samples_db: Database, library_path: Path, settings: Settings):  # type: ignore[no-untyped-def]
    """Build a ``MainWindow`` on the copied library; closed (worker stopped) after the test."""
    from reader.app.window import MainWindow

    windows = []
    given: list[Database] = []  # libraries a test opened for its windows: closed with them

    def make(  # type: ignore[no-untyped-def]
        db: Database = samples_db,
        path: Path = library_path,
        the_settings: Settings = settings,
        *,
        staged: bool = False,
        **kw,
    ):
        """``staged=True``: return as soon as the window is shown, its later stages not built yet."""
        if db is not samples_db:
            given.append(db)
        window = MainWindow(db, path, the_settings, **{"first_run_import": False, **kw})
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        if staged:
            return window
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
        qtbot.waitUntil(lambda: window.stages.done)  # built by the event loop, a part per turn
        return window

    yield make
    for window in windows:
        if window.isVisible() or window.worker.running:
            window.close()
        window.deleteLater()
    # Delete them now, on this thread: left to Python's cycle collector, a window could be
    # freed on whichever thread allocates next (a reader thread), which corrupts Qt's widget list.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for db in given:
        db.conn.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints; that is not our bug."""
    for item in items:
        if f"{os.sep}tests{os.sep}app{os.sep}" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """Icons and fonts need a QApplication even in model-only tests; the UI speaks English unless a
    test switches (whatever the machine's locale)."""
    from reader.app import i18n

    if i18n.current() != "en" or not i18n._installed:
        i18n.install("en")
    yield qapp
    if i18n.current() != "en":
        i18n.install("en")
