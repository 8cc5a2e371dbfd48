"""Instructions the GUI thread spends in the window's first turns: a count, not a time, so it holds on a
loaded machine.  Run under callgrind (by hand, not a test)::

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=ffi_call \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python benchmarks/startup_instructions.py LIBRARY
    callgrind_annotate --inclusive=yes /tmp/cg.out | grep -E "TOTALS|stdlib-bsearch.h:0x|msort.c:0x"

Each part runs inside a libc call that calls back into Python (through ctypes, hence ``ffi_call``),
so its instructions are that call's inclusive cost: ``bsearch`` = constructor + ``show`` + ``step(1)``
(the window's first block), ``qsort`` = the first ``processEvents`` (the first paint), and the rest
of the total = the turns until the article is on the page (``lfind``).  Threads are serialised under
valgrind and counted apart; the GUI thread's count is what these show.  The library is used in place
(``bench_window.add_big_article`` adds its long article once).
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from benchmarks.bench_window import add_big_article, article_shown, open_as_the_app, shield_none

COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def main() -> int:
    shield_none()
    app = QApplication(sys.argv[:1])
    path = Path(sys.argv[1])
    add_big_article(path)
    from reader.app.main import settle_heap
    from reader.app.settings import Settings
    from reader.app.window import MainWindow

    db = open_as_the_app(path)
    libc = ctypes.CDLL(None)
    libc.bsearch.restype = libc.lfind.restype = ctypes.c_void_p
    box: dict[str, Any] = {}

    def first_block(_a: object, _b: object) -> int:
        window = box["window"] = MainWindow(
            db, path, Settings(Path(box["tmp"]) / "s.ini"), first_run_import=False
        )
        settle_heap()
        window.resize(1280, 820)
        window.show()
        window.step(1)
        return 0

    def first_paint(_a: object, _b: object) -> int:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return 0

    def until_shown(_a: object, _b: object) -> int:
        for _turn in range(200):
            if article_shown(box["window"]):
                break
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        box["tmp"] = tmp
        key, one, two = ctypes.c_int(1), (ctypes.c_int * 1)(1), (ctypes.c_int * 2)(2, 1)
        calls = COMPARE(first_block), COMPARE(first_paint), COMPARE(until_shown)
        libc.bsearch(ctypes.byref(key), one, 1, 4, calls[0])
        libc.qsort(two, 2, 4, calls[1])
        libc.lfind(ctypes.byref(key), one, ctypes.byref(ctypes.c_size_t(1)), 4, calls[2])
        print("article shown:", article_shown(box["window"]))
        sys.stdout.flush()
        os._exit(0)  # no teardown: its instructions are not the start's


if __name__ == "__main__":
    sys.exit(main())
