"""The window fits the screen: at 1024×700 and at scale factor 2 a body line keeps ≥ 25 characters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlite_utils import Database

from reader.app.layout import NOTES_MIN, SIDEBAR_MIN, first_geometry
from reader.app.settings import Settings
from tests.helpers.window import open_first, settle

ROOT = Path(__file__).resolve().parents[2]


def long_article(db: Database) -> int:
    """The article with the longest paragraph: its first line is always full."""
    rows = db.execute("SELECT id, text FROM articles").fetchall()
    return max(rows, key=lambda row: max(len(line) for line in row[1].split("\n")))[0]


def test_at_1024_by_700_panels_shrink_and_a_line_keeps_25_characters(make_window, samples_db, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    window.open_article(long_article(samples_db))
    qtbot.waitUntil(lambda: window.panels.settled)
    qtbot.waitUntil(lambda: window.pane.characters_per_line() >= 25)
    assert window.tabs.isVisible()  # both panels still there, narrower
    assert window.notes.panel.isVisible()


def test_a_narrow_window_hides_the_notes_panel_then_the_sidebar_and_brings_them_back(
    make_window, samples_db, qtbot
) -> None:
    window = make_window()
    window.open_article(long_article(samples_db))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.notes.panel.isVisible() and window.tabs.isVisible())
    # The widths follow the column's minimum, which follows the body font this machine has.
    need, handle = window.pane.column_minimum(), window.panels.outer.handleWidth()
    window.resize(need + SIDEBAR_MIN + NOTES_MIN + 2 * handle - 30, 700)  # room for one panel
    qtbot.waitUntil(lambda: window.panels.settled and not window.notes.panel.isVisible())
    qtbot.waitUntil(lambda: window.pane.characters_per_line() >= 25)  # once the layout has caught up
    assert window.tabs.isVisible()
    window.resize(need + SIDEBAR_MIN + handle - 30, 600)  # room for none
    qtbot.waitUntil(lambda: window.panels.settled and not window.tabs.isVisible())
    qtbot.waitUntil(lambda: window.pane.characters_per_line() >= 25)
    assert "Ctrl+B shows it" in window.statusBar().currentMessage()
    assert not window.panels.act_sidebar.isChecked()
    window.panels.act_sidebar.trigger()  # asked for: shown even though the column gets narrow
    assert window.tabs.isVisible() and window.panels.act_sidebar.isChecked()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.notes.panel.isVisible() and window.tabs.isVisible())
    assert window.panels.act_sidebar.isChecked() and window.panels.act_notes.isChecked()


def test_panels_hide_on_request_and_reading_mode_hides_everything_but_the_page(
    make_window, settings: Settings, qtbot
) -> None:
    window = make_window()
    window.resize(1280, 800)
    open_first(window, qtbot)
    qtbot.keyClick(window.pane.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not window.tabs.isVisible() and not settings.panel_visible("sidebar")
    window.panels.act_sidebar.trigger()
    assert window.tabs.isVisible() and settings.panel_visible("sidebar")
    window.panels.act_notes.trigger()
    assert not window.notes.panel.isVisible() and not settings.panel_visible("notes")
    window.panels.act_notes.trigger()

    qtbot.keyClick(window.pane.view, Qt.Key.Key_F11)
    assert window.panels.reading_mode
    hidden = [window.tabs, window.notes.panel, window.legend, *window.toolbars]
    assert not any(widget.isVisible() for widget in hidden)
    assert window.pane.view.hasFocus()
    qtbot.keyClick(window.pane.view, Qt.Key.Key_Escape)
    assert not window.panels.reading_mode and all(widget.isVisible() for widget in hidden)
    settle(window, qtbot)


def test_the_first_window_follows_the_available_screen() -> None:
    from PySide6.QtCore import QRect

    assert first_geometry(QRect(0, 0, 2560, 1440)).size().toTuple() == (1280, 820)
    small = first_geometry(QRect(0, 30, 1024, 738))
    assert small.width() <= 1024 and small.height() <= 738 and QRect(0, 30, 1024, 738).contains(small)


@pytest.mark.parametrize(("screen", "scale"), [((1920, 1080), 2), ((1400, 900), 2)])
def test_at_scale_factor_2_the_window_fits_and_a_line_keeps_25_characters(
    library_path: Path, samples_db: Database, tmp_path: Path, screen: tuple[int, int], scale: int
) -> None:
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}]})
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
    }
    article = long_article(samples_db)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.app.screen_probe",
            str(library_path),
            str(tmp_path / "s.ini"),
            str(article),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["scale"] == scale and seen["screen"] == [width // scale, height // scale]
    assert seen["fits"], seen
    assert seen["characters"] >= 25, seen
