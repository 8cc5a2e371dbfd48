"""The theme's looks without an application style sheet (``reader.app.theme.ThemeStyle``).

What a user would notice: the reading surface in the theme's colours, framed-off search boxes, item
views without a frame, the dark theme's tooltips — and none of it left behind after a theme switch.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QListView, QToolTip

from reader.app.theme import ThemeStyle, sheet_rules


@pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")  # the offscreen platform
def test_named_widgets_get_their_themes_rule_and_views_lose_their_frame(make_window, qtbot) -> None:
    window = make_window()
    assert QApplication.instance().styleSheet() == ""  # nothing app-wide: each widget is polished plainly
    assert isinstance(QApplication.instance().style(), ThemeStyle)
    assert "#fbfaf7" in window.pane.view.styleSheet() and "border: none" in window.pane.view.styleSheet()
    assert "border-radius: 4px" in window.filter_box.styleSheet()
    assert "border-radius: 4px" in window.search.box.styleSheet()  # built in a later stage
    assert "color: #444" in window.legend.styleSheet()
    assert window.tree.frameShape() == QFrame.Shape.NoFrame and window.tree.frameWidth() == 0
    assert window.search.results.frameShape() == QFrame.Shape.NoFrame
    assert window.tabs.styleSheet() == ""  # a widget the theme does not name keeps no sheet

    window.set_theme("dark")
    assert "#1e1f22" in window.pane.view.styleSheet() and "#55575d" in window.filter_box.styleSheet()
    later = QListView()  # a view made after the switch (a dialog's) is dressed when polished
    later.ensurePolished()
    assert later.frameShape() == QFrame.Shape.NoFrame
    QToolTip.showText(window.mapToGlobal(QPoint(40, 40)), "提示 tip", window.pane.view)
    tip = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")
    assert tip.styleSheet().startswith("QToolTip {") and "#55575d" in tip.styleSheet()  # its border
    QToolTip.hideText()

    window.set_theme("light")
    assert "#fbfaf7" in window.pane.view.styleSheet()
    assert tip.styleSheet() == ""  # the light theme has no tooltip rule: the dark one is taken off
    own = QLineEdit(objectName="mine", styleSheet="color: red;")
    own.ensurePolished()
    assert own.styleSheet() == "color: red;"  # a sheet a widget sets itself is left alone


def test_a_rule_that_names_no_widget_is_refused() -> None:
    assert sheet_rules("/* comment\n over lines */\nQLabel#legend { color: #444; }\n") == {
        "legend": "QLabel#legend { color: #444; }"
    }
    with pytest.raises(ValueError, match="names no widget"):
        sheet_rules("QPushButton { color: red; }")
