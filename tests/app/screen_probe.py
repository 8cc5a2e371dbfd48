"""Run the real window on a given screen and scale factor in a process of its own; print what fits.

``QT_SCALE_FACTOR`` and the screen size are fixed when the ``QApplication`` starts, so a test of
"the window at scale factor 2" cannot run in the test process: ``test_screen_fit`` starts this
module with the environment it wants (offscreen platform, a screen from a config file) and reads
one JSON line: the window's size, the screen's, which panels show, characters per body line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from reader.app.settings import Settings
from reader.app.window import MainWindow
from reader.store import open_db


def settle(app: QApplication, ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(db_path: str, settings_path: str, article_id: str) -> int:
    app = QApplication(sys.argv[:1])
    from reader.app import i18n

    i18n.install("en")
    window = MainWindow(
        open_db(Path(db_path)), Path(db_path), Settings(settings_path), first_run_import=False
    )
    window.show()
    window.open_article(int(article_id))
    settle(app)
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    print(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "window": [frame.width(), frame.height()],
                "fits": screen.contains(frame),
                "sidebar": window.tabs.isVisible(),
                "notes": window.notes.panel.isVisible(),
                "characters": window.pane.characters_per_line(),
                "scale": window.devicePixelRatio(),
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
