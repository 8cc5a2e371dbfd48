"""Save the README screenshots: run under Xvfb by ``make screenshot`` (see the Makefile).

Builds the real window on a fresh library holding the sample bulletins, walks
it into each state a newcomer should see, and grabs the window to
``docs/screenshots/*.png``.  Settings go to a temporary file, never the user's.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.app.main import application
from reader.app.settings import Settings
from reader.app.window import MainWindow
from reader.app.workers import entity_annotator
from reader.ingest import import_paths
from reader.resources import sample_library
from reader.store import open_db

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARTICLE = "孔昌生到驻调研"
QUERY = "鲍常勇"


def settle(app: QApplication, ms: int = 300) -> None:
    QTimer.singleShot(ms, app.quit)
    app.exec()


def main() -> int:
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.db"
        db = open_db(path)
        report = import_paths(db, [sample_library()], after_save=entity_annotator())
        print(report.summary())
        window = MainWindow(db, path, Settings(Path(tmp) / "settings.ini"), first_run_import=False)
        window.resize(1400, 860)
        window.set_theme("light")
        window.show()
        row = db.execute("SELECT id FROM articles WHERE title = ?", [ARTICLE]).fetchone()
        window.open_article(row[0])
        settle(app)
        shots = {}
        shots["main-window.png"] = window.grab()
        window.focus_search()
        window.search.box.setText(QUERY)
        window.search.run()
        window.search.results.setCurrentIndex(window.search.model.index(0, 0))
        hit = window.search.model.hit(0)
        window.open_article(hit.article_id, query=QUERY)
        window.tabs.setCurrentWidget(window.search)
        settle(app)
        shots["search-results.png"] = window.grab()
        window.show_entity("person", QUERY)
        settle(app, 600)
        shots["people-view.png"] = window.grab()
        window.set_theme("dark")
        window.tabs.setCurrentIndex(0)
        window.open_article(row[0])
        settle(app)
        shots["dark-theme.png"] = window.grab()
        for name, pixmap in shots.items():
            pixmap.save(str(OUT / name))
            print(OUT / name)
        window.close()
        db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
