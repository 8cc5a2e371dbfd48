"""Opening a library older than the program: the upgrade runs off the GUI thread with a notice shown."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.app import upgrade
from reader.store import open_db
from reader.store.migrations import latest_version


def test_a_current_library_or_none_at_all_needs_no_upgrade(library_path: Path, tmp_path: Path) -> None:
    assert not upgrade.needs_upgrade(library_path)
    assert not upgrade.needs_upgrade(tmp_path / "not-there.db")


def test_a_library_of_an_older_schema_needs_one(library_path: Path) -> None:
    db = open_db(library_path)
    db.execute(f"PRAGMA user_version = {latest_version() - 1}")
    db.close()
    assert upgrade.needs_upgrade(library_path)


def test_the_notice_is_on_screen_while_the_upgrade_runs_and_gone_after(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setattr(upgrade, "needs_upgrade", lambda path: True)
    shown: list[upgrade.UpgradeNotice] = []
    real_show = upgrade.UpgradeNotice.show
    monkeypatch.setattr(upgrade.UpgradeNotice, "show", lambda self: (shown.append(self), real_show(self)))
    real_open = upgrade.open_db
    during: list[bool] = []

    def slow_open(path: Path, **options: object):  # the upgrade on the worker thread takes a while
        time.sleep(0.3)
        during.append(bool(shown))
        return real_open(path, **options)

    monkeypatch.setattr(upgrade, "open_db", slow_open)
    db = upgrade.open_library(library_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 62  # the five samples
    assert during[0] and shown[0].windowTitle() == "Upgrading the library"
    assert not shown[0].isVisible()
    db.close()


def test_an_upgrade_that_fails_reports_its_error_on_the_gui_thread(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setattr(upgrade, "needs_upgrade", lambda path: True)

    def failing_open(path: Path, **options: object):
        raise OSError("disk full while writing the backup")

    monkeypatch.setattr(upgrade, "open_db", failing_open)
    with pytest.raises(OSError, match="disk full"):
        upgrade.open_library(library_path)
