"""Save the README screenshots: run under Xvfb by ``make screenshot`` (see the Makefile).

Builds the real window on a fresh library holding the sample bulletins, walks
it into each state a newcomer should see, and grabs the window to
``docs/screenshots/*.png``: the tour at 1400×900 in English, reading mode, the
remove question, a 1024×700 window, the Chinese interface, and (in a process of
its own, started with ``QT_SCALE_FACTOR=2``) the first window on a 200 % screen.
Settings go to temporary files, never the user's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication
from sqlite_utils import Database

from reader.app import i18n
from reader.app.export_dialog import ExportDialog
from reader.app.main import application
from reader.app.settings import Settings
from reader.app.window import MainWindow
from reader.entities.pipeline import annotate_saved
from reader.ingest import import_paths
from reader.research.queries import saved_counts
from reader.resources import sample_library
from reader.store import annotations as annotation_store
from reader.store import open_db
from reader.store import research as research_store
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
SEED = "000_cb36cc279cad0e3a.txt"  # a sample; its corrected copy is offered as a new version
TYPO, FIXED = "9月2日,市委常委会召开会议,", "9月2日上午,市委常委会召开会议,"


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


def library(tmp: str) -> tuple[Database, Path]:
    """A fresh library with the sample bulletins and a reader's own tags."""
    path = Path(tmp) / "library.db"
    db = open_db(path)
    report = import_paths(db, [sample_library()], after_save=annotate_saved)
    print(report.summary())
    for name, colour, fragment in TAGS:
        for row in db.execute("SELECT id FROM articles WHERE title LIKE ? LIMIT 4", [f"%{fragment}%"]):
            store_tags.add_article_tag(db, row[0], name)
        store_tags.set_tag_color(db, name, colour)
    return db, path


def window_on(db: Database, path: Path, tmp: str, name: str, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(db, path, Settings(Path(tmp) / f"{name}.ini"), first_run_import=False)
    window.resize(*size)
    window.move(0, 0)  # no window manager under Xvfb: keep it on the screen for the screen grabs
    window.set_theme("light")
    window.show()
    return window


def tour(
    app: QApplication, window: MainWindow, db: Database, article_id: int, tmp: str
) -> dict[str, QPixmap]:
    """The README's pictures: the window at 1400×900 on the sample library, in English."""
    shots = {}
    window.open_article(article_id)
    # the window builds in stages and loads the tree in the reader thread: on a busy machine a fixed
    # pause caught it half built (no icons, an empty tree), which is not what a user looks at
    settle_until(app, lambda: window.stages.done and window.tree_model.rowCount() > 0)
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
    window.open_article(article_id)
    window.tabs.setCurrentWidget(window.tags_panel)
    settle(app)
    shots["tags-view.png"] = window.grab()
    window.set_theme("dark")
    window.tabs.setCurrentIndex(0)
    window.open_article(article_id)
    settle(app)
    shots["dark-theme.png"] = window.grab()
    window.set_theme("light")
    shots["annotations.png"] = annotations_shot(app, window, db, article_id)
    dialog = ExportDialog(db, window)
    dialog.target.setText("~/Obsidian/公报摘录.md")
    dialog.wikilinks.setChecked(True)
    dialog.resize(1200, 760)
    dialog.show()
    dialog.refresh()
    settle(app)
    shots["export-preview.png"] = dialog.grab()
    dialog.close()
    window.panels.set_reading_mode(True)
    settle(app)
    shots["reading-mode.png"] = window.grab()
    window.panels.set_reading_mode(False)
    window.act_remove_samples.trigger()
    settle(app)
    shots["remove-samples.png"] = screen(app)  # the question, with what is attached
    window.library_ops.question.reject()
    settle(app)
    shots["corrected-copy.png"] = corrected_copy(app, window, tmp)
    return shots


def corrected_copy(app: QApplication, window: MainWindow, tmp: str) -> QPixmap:
    """A corrected copy of a sample imported again: offered as a new version, then kept as one."""
    corrected = Path(tmp) / "corrected" / SEED
    corrected.parent.mkdir()
    corrected.write_text((sample_library() / SEED).read_text("utf-8").replace(TYPO, FIXED), "utf-8")
    window.import_paths([corrected])
    while window.library_ops.question is None:
        settle(app, 100)
    window.importer.close_summary()
    settle(app)
    shot = screen(app)  # offered as a new version, not a duplicate
    [replace] = [b for b in window.library_ops.question.buttons() if "Replace" in b.text()]
    replace.click()  # the later pictures show one issue, at version 2
    while window.worker.busy:
        settle(app, 100)
    # the new version is tagged after it is saved: later pictures of it should show its highlights
    settle_until(app, lambda: not window.tagging.running and not window.worker.busy, 120)
    return shot


def screen(app: QApplication) -> QPixmap:
    """The whole (virtual) screen: the window and the dialog in front of it."""
    return app.primaryScreen().grabWindow(0)


def screen_shots(
    app: QApplication, db: Database, path: Path, tmp: str, article_id: int
) -> dict[str, QPixmap]:
    """1024×700, and the whole window in Chinese."""
    shots = {}
    small = window_on(db, path, tmp, "small", (1024, 700))
    small.open_article(article_id)
    settle(app, 500)
    shots["small-screen-1024x700.png"] = small.grab()
    shots.update(careers_at(app, small, db, "-1024x700"))
    small.close()
    i18n.install("zh_CN")
    app.setApplicationDisplayName(i18n.translate("About", "Bulletin Reader"))
    chinese = window_on(db, path, tmp, "zh", (1400, 860))
    chinese.open_article(article_id)
    chinese.notes.show_annotation(annotation_store.list_annotations(db, article_id=article_id)[0].uid)
    settle(app, 500)
    shots["chinese-ui.png"] = chinese.grab()
    chinese.act_shortcuts.trigger()
    settle(app)
    shots["shortcuts-zh.png"] = chinese.shortcut_sheet.grab()
    chinese.shortcut_sheet.close()
    chinese.close()
    i18n.install("en")
    app.setApplicationDisplayName(i18n.translate("About", "Bulletin Reader"))
    return shots


def scale_two(db_path: Path, tmp: str, article_id: int) -> int:
    """In a process started with QT_SCALE_FACTOR=2: the first window on this screen, as it comes."""
    app = application(language="en")
    window = MainWindow(open_db(db_path), db_path, Settings(Path(tmp) / "scale2.ini"), first_run_import=False)
    window.set_theme("light")
    window.show()
    window.open_article(article_id)
    settle(app, 600)
    window.grab().save(str(OUT / "scale-factor-2.png"))
    print(OUT / "scale-factor-2.png", "characters per line:", window.pane.characters_per_line())
    for name, pixmap in careers_at(app, window, window.db, "-scale-2").items():
        pixmap.save(str(OUT / name))
        print(OUT / name)
    window.close()
    return 0


def settle_until(app: QApplication, done: Callable[[], bool], seconds: float = 20) -> None:
    """Process events until ``done()`` or ``seconds`` pass, then a little longer for timers and repaints."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    calm = time.monotonic() + 0.4  # then timers (a relabelled axis) and repaints
    while time.monotonic() < calm:
        app.processEvents()
        time.sleep(0.02)


def research_shots(app: QApplication, window: MainWindow) -> dict[str, QPixmap]:
    """The concordance of a common word sorted by left context, and three phrases over time."""
    research = window.research
    kwic = research.show_kwic()
    kwic.box.setText("发展")
    kwic.run()
    settle_until(app, lambda: kwic.result is not None)
    kwic.sort_by("left")
    settle_until(
        app, lambda: kwic.sort == "left" and kwic.status.text().startswith(str(len(kwic.model.lines)))
    )
    kwic.table.selectRow(3)
    shots = {"kwic.png": window.grab()}
    saved = (("招商引资 2024", "招商", '{"date_from": "2024-01-01"}'), ("高质量发展", "高质量发展", "{}"))
    for name, query, filters in saved:
        research_store.save_search(window.db, name, query, filters)
    research.panel.model.show(saved_counts(window.db))  # at once, not when the writer next goes idle
    window.tabs.setCurrentWidget(research.panel)
    chart = research.show_trend()
    for term in ("发展", "项目", "招商"):
        chart.add_term(term)
    settle_until(app, lambda: chart.result is not None and len(chart.result.queries) == 3)
    series = chart.chart.series()[0]
    last = series.count() - 1
    series.hovered.emit(series.at(last), True)  # the figures a pointer over the last point shows
    shots["trend.png"] = window.grab()
    return shots


def careers_shots(app: QApplication, window: MainWindow, db: Database, tmp: Path) -> dict[str, QPixmap]:
    """A person's career timeline, and the also-in bar with the side-by-side diff of a reprint.

    The reprint's other version is a 驻马店日报 page made from the bulletin's own 原载 article
    (as tests/reprints does), imported like any file.
    """
    shots = {}
    window.show_entity("person", "李跃勇")
    settle_until(app, lambda: not window.detail.timeline.isHidden())
    shots["career-timeline.png"] = window.grab()
    title, text = db.execute("SELECT title, text FROM articles WHERE source_note LIKE '%T03%'").fetchone()
    page = tmp / "zmdrb_20240930_T03.md"
    edited = text.replace("全市", "我市", 2).replace("如今", "现在", 1)
    front = "---\npublication: 驻马店日报\ndate: 2024-09-30\n---\n\n"
    page.write_text(f"{front}# {title}\n\n{edited}\n", "utf-8")
    import_paths(db, [page], after_save=annotate_saved)  # tagged, as the window tags what it imports
    shots.update(reprint_shots(app, window, db, ""))
    window.tabs.setCurrentWidget(window.careers.posts)
    settle_until(app, lambda: window.careers.posts.model.rowCount() > 0)
    shots["posts-table.png"] = window.grab()
    return shots


def reprint_title(db: Database) -> str:
    return db.execute("SELECT title FROM articles WHERE source_note LIKE '%T03%'").fetchone()[0]


def reprint_shots(app: QApplication, window: MainWindow, db: Database, suffix: str) -> dict[str, QPixmap]:
    """The newspaper copy of a bulletin article open (its also-in bar), then the diff against the other."""
    from reader.store import reprints as reprint_store

    shots = {}
    (reprint_id,) = db.execute(
        "SELECT id FROM articles WHERE title = ? ORDER BY id DESC", [reprint_title(db)]
    ).fetchone()
    window.tabs.setCurrentIndex(0)
    window.open_article(reprint_id)
    settle_until(app, lambda: not window.careers.also_in.isHidden())
    shots[f"reprint-also-in{suffix}.png"] = window.grab()
    other = reprint_store.others_of(db, reprint_id)[0]["article_id"]
    window.careers.compare(reprint_id, other)
    settle_until(app, lambda: window.careers.dialog is not None)
    dialog = window.careers.dialog
    if dialog is not None:
        dialog.view.next_change()  # both sides at the first difference
        settle(app)
        shots[f"reprint-diff{suffix}.png"] = dialog.grab()
        dialog.close()
    return shots


def careers_at(app: QApplication, window: MainWindow, db: Database, suffix: str) -> dict[str, QPixmap]:
    """The timeline and the diff dialog in a smaller or scaled window (``suffix`` names the size)."""
    window.show_entity("person", "李跃勇")
    settle_until(app, lambda: not window.detail.timeline.isHidden())
    shots = {f"career-timeline{suffix}.png": window.grab()}
    shots.update(reprint_shots(app, window, db, suffix))
    return shots


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--scale-two":
        return scale_two(Path(sys.argv[2]), str(Path(sys.argv[2]).parent), int(sys.argv[3]))
    app = application(language="en")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db, path = library(tmp)
        article_id = db.execute("SELECT id FROM articles WHERE title = ?", [ARTICLE]).fetchone()[0]
        window = window_on(db, path, tmp, "main", (1400, 860))
        shots = tour(app, window, db, article_id, tmp)
        shots.update(research_shots(app, window))
        shots.update(careers_shots(app, window, db, Path(tmp)))
        window.close()
        shots.update(screen_shots(app, db, path, tmp, article_id))
        for name, pixmap in shots.items():
            pixmap.save(str(OUT / name))
            print(OUT / name)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        env = {**os.environ, "QT_SCALE_FACTOR": "2"}
        subprocess.run(
            [sys.executable, __file__, "--scale-two", str(path), str(article_id)], env=env, check=True
        )
        db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
