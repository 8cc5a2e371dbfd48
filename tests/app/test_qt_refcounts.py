"""The window survives the Qt binding's reference-counting fault (``reader.app.qt_binding``).

With PySide6 6.12.0 on Python 3.11 every void Qt call released ``None`` once; the window aborted after
about twenty searches. A child process makes far more such calls than a long session would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    import reader.app  # the guard
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication([])
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    browser = QTextBrowser()
    for i in range(60_000):
        painter.save()
        painter.restore()
        if i % 20 == 0:
            browser.setHtml("<p>&#x4E00;</p>")
    painter.end()
    print("survived")
    """
)


def test_a_long_session_of_void_qt_calls_does_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
