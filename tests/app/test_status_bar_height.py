"""The status bar keeps one height from the first frame on: a widget that comes and goes in it (the
tagging progress, the "Exported … · Show" link) must not make the whole window's content jump by a
few pixels when it first appears (seen in screenshots: 22 px at the first frame, 27 px a second later).
"""

from __future__ import annotations

from pathlib import Path

from reader.app.status import show_written


def test_the_status_bar_is_as_high_at_the_first_frame_as_with_its_transient_widgets(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(staged=True)
    bar = window.statusBar()
    qtbot.waitExposed(window)
    first = bar.height()
    central_first = window.centralWidget().height()
    qtbot.waitUntil(lambda: window.stages.done, timeout=10_000)
    qtbot.wait(50)
    assert bar.height() == first
    window.tagging.bar.setRange(0, 10)
    window.tagging.bar.show()
    qtbot.wait(50)
    assert bar.height() == first
    window.tagging.bar.hide()
    label = show_written(bar, [Path("/tmp/notes/a.md")])
    qtbot.wait(50)
    assert label.isVisible() and bar.height() == first
    assert window.centralWidget().height() == central_first  # the content never moved
