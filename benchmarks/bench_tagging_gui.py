"""How long the window's event loop is blocked while entities are tagged in the background (issue 10).

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_tagging_gui.py                 # the samples + the 35 dev files
    .venv/bin/python benchmarks/bench_tagging_gui.py --folder DIR --copies 3

The real ``MainWindow`` is built offscreen on a fresh library; the folder is imported through it
(``import_paths``, as the Import action does), an article is open, and from the moment the import's
summary is up until the tagging queue is empty a 2 ms timer beats on the GUI thread.  The largest gap
between two beats is the longest the window could not answer a key or a repaint.  Alongside: the
same gaps while the window sits idle for as long (the machine's own noise, measured the same run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"


class Beats:
    """Every gap between ticks of a 2 ms timer on the GUI thread, in milliseconds."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.last, self.gaps = time.perf_counter(), []
        self.timer.start()

    def stop(self) -> list[float]:
        self._tick()
        self.timer.stop()
        return self.gaps


def pump(app: QApplication, until: Callable[[], bool], limit: float) -> float:
    start = time.perf_counter()
    while not until():
        if time.perf_counter() - start > limit:
            raise TimeoutError("tagging did not finish in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    return time.perf_counter() - start


def folder_of(source: Path | None, copies: int, target: Path) -> Path:
    """The folder to import: ``source``, or the samples and the dev corpus; ``copies`` times, each copy
    with distinct bytes (a copy of the same bytes would be skipped as unchanged)."""
    files = (
        sorted(source.glob("*.txt"))
        if source
        else sorted((ROOT / "reader" / "data" / "samples").glob("*.txt")) + sorted(DEV.glob("*.txt"))
    )
    target.mkdir()
    for copy in range(copies):
        for path in files:
            data = path.read_bytes()
            suffix = f"\n\n（副本 {copy}）\n".encode() if copy else b""
            (target / f"{copy}-{path.name}").write_bytes(data + suffix)
    return target


def summary(name: str, gaps: list[float]) -> str:
    ordered = sorted(gaps) or [0.0]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    over = sum(1 for g in gaps if g > 50)
    cells = [name, str(len(gaps)), f"{statistics.median(ordered):.1f}", f"{p99:.1f}", f"{ordered[-1]:.1f}"]
    return "| " + " | ".join([*cells, str(over)]) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()

    from reader.app.main import application
    from reader.app.settings import Settings
    from reader.app.window import MainWindow
    from reader.store import entities as store_entities
    from reader.store import open_db

    app = application()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = folder_of(args.folder, args.copies, tmp / "in")
        db_path = tmp / "library.db"
        db = open_db(db_path)
        window = MainWindow(db, db_path, Settings(tmp / "settings.ini"), first_run_import=False)
        window.resize(1400, 900)
        window.show()
        imported: list[bool] = []
        window.importer.finished_with.connect(lambda _report: imported.append(True))
        window.import_paths([folder])
        import_seconds = pump(app, lambda: bool(imported), limit=1800)
        window.importer.close_summary()
        queued = store_entities.pending_count(db)
        chars = db.execute(
            "SELECT coalesce(sum(char_count), 0) FROM articles "
            "WHERE id IN (SELECT article_id FROM entity_queue)"
        ).fetchone()[0]
        beats = Beats()
        beats.start()
        tagging_seconds = pump(
            app, lambda: not window.tagging.running and store_entities.pending_count(db) == 0, limit=3600
        )
        busy = beats.stop()
        beats.start()
        idle_until = time.perf_counter() + min(tagging_seconds, 10.0)
        pump(app, lambda: time.perf_counter() >= idle_until, limit=20)
        idle = beats.stop()
        window.close()
        db.conn.close()
    print(f"import through the window: {import_seconds:.1f} s; then {queued} articles ({chars:,} characters)")
    rate = chars / max(tagging_seconds, 1e-9)
    print(f"tagged in the background in {tagging_seconds:.1f} s ({rate:,.0f} chars/s)")
    print()
    print("| while | beats | median gap ms | p99 gap ms | longest gap ms | gaps > 50 ms |")
    print("|---|---|---|---|---|---|")
    print(summary("tagging runs", busy))
    print(summary("idle, same run", idle))
    return 0


if __name__ == "__main__":
    sys.exit(main())
