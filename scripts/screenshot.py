"""Save the README screenshots: run under Xvfb by ``make screenshot`` (see the Makefile).

Builds the real window on a fresh library holding the sample bulletins, walks
it into each state a newcomer should see, and grabs the window to
``docs/screenshots/*.png``.  Settings go to a temporary file, never the user's.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from reader.app.export_dialog import ExportDialog
from reader.app.main import application
from reader.app.settings import Settings
from reader.app.window import MainWindow
from reader.entities.pipeline import annotate_saved
from reader.ingest import import_paths
from reader.resources import sample_library
from reader.store import annotations as annotation_store
from reader.store import open_db
from reader.store import tags as store_tags
from reader.store import tags as tag_store

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARTICLE = "孔昌生到驻调研"
# (tag, colour, title fragment): a reader's own tags, so the Tags view and the tree's dots have content
TAGS = (
    ("跟进 follow-up", "#d9534f", "调研"),
    ("招商 investment", "#428bca", "招商"),
    ("民生", "#5cb85c", "医"),
)
QUERY = "鲍常勇"


def settle(app: QApplication, ms: int = 300) -> None:
    """Let the window paint for ``ms``: a local loop (``app.quit`` would close every window in Qt 6)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


HIGHLIGHTS = (  # quote, colour, note, tags: what a researcher might mark in the sample article
    ("“中国药谷”超级工厂项目", "green", "药谷项目：查同期招商引资数据", ("招商",)),
    ("推动以县城为重要载体的新型城镇化", "yellow", "调研主题，与三中全会精神对应", ("城镇化",)),
    ("提出务实政策建议", "red", "“务实”具体指什么？待查会议纪要", ()),
    ("省政协秘书长汪中山参加调研", "blue", "", ("人事",)),
)


def annotations_shot(app: QApplication, window: MainWindow, db: Database, article_id: int) -> QPixmap:
    """An article with four highlights, their notes in the panel, one of them chosen."""
    for quote, color, note, tags in HIGHLIGHTS:
        annotation_store.add_by_quote(db, article_id, quote, color=color, note=note, tags=tags)
    tag_store.add_article_tag(db, article_id, "调研")
    window.tabs.setCurrentIndex(0)
    window.open_article(article_id)
    window.notes.show_annotation(annotation_store.list_annotations(db, article_id=article_id)[0].uid)
    cursor = window.pane.view.textCursor()
    cursor.clearSelection()
    window.pane.view.setTextCursor(cursor)
    window.pane.view.verticalScrollBar().setValue(0)
    settle(app)
    return window.grab()


def wait_for(app: QApplication, condition: Callable[[], bool], seconds: float = 20) -> None:
    """Let the event loop run until ``condition`` holds (answers from the query thread), then settle."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        settle(app, 100)
    settle(app)


def careers_shots(app: QApplication, window: MainWindow, db: Database, tmp: Path) -> dict[str, QPixmap]:
    """A person's career timeline, and the also-in bar with the side-by-side diff of a reprint.

    The reprint's other version is a 驻马店日报 page made from the bulletin's own 原载 article
    (as tests/reprints does), imported like any file.
    """
    from reader.store import reprints as reprint_store

    shots = {}
    window.show_entity("person", "李跃勇")
    wait_for(app, lambda: not window.detail.timeline.isHidden())
    shots["career-timeline.png"] = window.grab()
    title, text = db.execute("SELECT title, text FROM articles WHERE source_note LIKE '%T03%'").fetchone()
    page = tmp / "zmdrb_20240930_T03.md"
    edited = text.replace("全市", "我市", 2).replace("如今", "现在", 1)
    front = "---\npublication: 驻马店日报\ndate: 2024-09-30\n---\n\n"
    page.write_text(f"{front}# {title}\n\n{edited}\n", "utf-8")
    import_paths(db, [page])
    (reprint_id,) = db.execute("SELECT id FROM articles WHERE title = ? ORDER BY id", [title]).fetchone()
    window.tabs.setCurrentIndex(0)
    window.open_article(reprint_id)
    wait_for(app, lambda: not window.careers.also_in.isHidden())
    shots["reprint-also-in.png"] = window.grab()
    other = reprint_store.others_of(db, reprint_id)[0]["article_id"]
    window.careers.compare(reprint_id, other)
    wait_for(app, lambda: window.careers.dialog is not None)
    dialog = window.careers.dialog
    if dialog is not None:
        dialog.view.next_change()  # both sides at the first difference
        settle(app)
        shots["reprint-diff.png"] = dialog.grab()
        dialog.close()
    window.tabs.setCurrentWidget(window.careers.posts)
    wait_for(app, lambda: window.careers.posts.model.rowCount() > 0)
    shots["posts-table.png"] = window.grab()
    return shots


def main() -> int:
    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.db"
        db = open_db(path)
        report = import_paths(db, [sample_library()], after_save=annotate_saved)
        print(report.summary())
        for name, colour, fragment in TAGS:
            for row in db.execute("SELECT id FROM articles WHERE title LIKE ? LIMIT 4", [f"%{fragment}%"]):
                store_tags.add_article_tag(db, row[0], name)
            store_tags.set_tag_color(db, name, colour)
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
        window.tabs.setCurrentWidget(window.tags_panel)
        tags = window.tags_panel
        for number in range(tags.model.rowCount()):
            tags.tree.expand(tags.model.index(number, 0))
        window.open_article(row[0])
        window.tabs.setCurrentWidget(window.tags_panel)
        settle(app)
        shots["tags-view.png"] = window.grab()
        window.set_theme("dark")
        window.tabs.setCurrentIndex(0)
        window.open_article(row[0])
        settle(app)
        shots["dark-theme.png"] = window.grab()
        window.set_theme("light")
        shots["annotations.png"] = annotations_shot(app, window, db, row[0])
        shots.update(careers_shots(app, window, db, Path(tmp)))
        dialog = ExportDialog(db, window)
        dialog.target.setText("~/Obsidian/公报摘录.md")
        dialog.wikilinks.setChecked(True)
        dialog.resize(1200, 760)
        dialog.show()
        dialog.refresh()
        settle(app)
        shots["export-preview.png"] = dialog.grab()
        dialog.close()
        for name, pixmap in shots.items():
            pixmap.save(str(OUT / name))
            print(OUT / name)
        window.close()
        db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
