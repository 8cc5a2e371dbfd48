"""CPU time of repainting the window's search results: new rows (none laid out yet) and kept ones.

Run by hand (not a test), offscreen, on any library::

    .venv/bin/python benchmarks/bench_search_paint.py --library /tmp/b50k/library.db 招商 市 的

For each query the results list's viewport is repainted 15 times with the delegate's
laid-out rows forgotten first ("new": what a new page of results costs) and 15 times
as it is ("kept": a hover, a selection, a status change that repaints the list).
Thread CPU time of the window's thread, not wall time: the machine is shared.
Run it from a peer tree to compare (its delegate's cache is found by name).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.bench_window import pump, shield_none

REPAINTS = 15


def forget(delegate: object) -> None:
    """Drop the delegate's laid-out rows (``_rows`` here, ``_docs`` in trees before QTextLayout)."""
    for name in ("_rows", "_docs"):
        kept = getattr(delegate, name, None)
        if kept is not None:
            kept.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    shield_none()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.app.settings import Settings
    from reader.app.window import MainWindow
    from reader.store import open_db

    db = open_db(args.library)
    window = MainWindow(
        db, args.library, Settings(Path(tempfile.mkdtemp()) / "s.ini"), first_run_import=False
    )
    window.resize(1280, 820)
    window.show()
    stages = getattr(window, "stages", None)
    pump(app, lambda: stages is None or stages.done)
    window.focus_search()
    viewport = window.search.results.viewport()
    delegate = window.search.results.itemDelegate()
    times: dict[str, list[float]] = {"new": [], "kept": []}
    for query in args.queries:
        window.search.box.setText(query)
        window.search.run()
        pump(app, at_least_ms=200, until=lambda: True)
        for kind, spent in times.items():
            for _ in range(REPAINTS):
                if kind == "new":
                    forget(delegate)
                start = time.thread_time()
                viewport.repaint()
                spent.append((time.thread_time() - start) * 1000)
    rows = len(
        [
            r
            for r in range(window.search.model.rowCount())
            if viewport.rect().intersects(window.search.results.visualRect(window.search.model.index(r, 0)))
        ]
    )
    for kind, spent in times.items():
        spent.sort()
        print(
            f"{kind}: median {statistics.median(spent):.2f} ms CPU a repaint of {rows} rows "
            f"(p10 {spent[len(spent) // 10]:.2f}, p90 {spent[len(spent) * 9 // 10]:.2f}, n={len(spent)})"
        )
    window.close()
    db.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
