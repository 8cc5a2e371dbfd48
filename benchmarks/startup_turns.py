"""Instructions of the GUI thread in each event-loop turn of the window's start: the longest block on an
idle machine, counted, so load does not move it (by hand, not a test).  Run under callgrind::

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=ffi_call --dump-after=ffi_call \\
        --separate-threads=yes --callgrind-out-file=/tmp/turns/cg .venv/bin/python \\
        benchmarks/startup_turns.py LIBRARY > /tmp/turns/turns.txt
    .venv/bin/python benchmarks/startup_turns.py --report /tmp/turns

Turn 0 is the constructor, ``show`` and ``step(1)`` (no event loop in between); every later turn is
one ``processEvents()`` — one pass of the event loop, what a heartbeat gap spans — until every stage
is built, the tree shows the reopened article (its rows may come after the stages: under valgrind
the reader thread is slow) and ten more turns have passed.  Each turn runs inside libc's ``lfind``
called through ctypes (``ffi_call``: libc's own names carry no symbols), so ``--toggle-collect``
counts only the turns and ``--dump-after`` writes one profile per turn; the GUI thread's are
``cg.<turn>-01`` (``--separate-threads``).  The script prints what each turn built
(``Stages.current`` is sampled where a tree has it), ``--report`` pairs the two.  Other threads run
serialised under valgrind, so which turn a reply lands in can differ from a native run.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
EXTRA_TURNS = 10
MAX_TURNS = 400  # a tree that never shows the article


def report(folder: Path) -> int:
    """'turn <n> <M instructions> <what>' per turn, then the largest."""
    names = (folder / "turns.txt").read_text(encoding="utf-8").splitlines()
    what = dict(line.split(" ", 1) for line in names if line and line[0].isdigit())
    counts = []
    for file in sorted(folder.glob("cg.*-01"), key=lambda f: int(re.findall(r"\.(\d+)-01$", f.name)[0])):
        text = file.read_text(encoding="utf-8", errors="replace")
        total = re.search(r"^(?:totals|summary): (\d+)", text, re.MULTILINE)
        counts.append(int(total.group(1)) if total else 0)
    for turn, count in enumerate(counts):
        print(f"turn {turn:3d} {count / 1e6:7.1f} M  {what.get(str(turn), '')}")
    worst = max(range(len(counts)), key=counts.__getitem__)
    print(f"LARGEST turn {worst}: {counts[worst] / 1e6:.1f} M ({what.get(str(worst), '')})")
    return 0


def main() -> int:
    if sys.argv[1] == "--report":
        return report(Path(sys.argv[2]))
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_window import add_big_article, open_as_the_app, shield_none, tree_shows

    shield_none()
    app = QApplication(sys.argv[:1])
    path = Path(sys.argv[1])
    add_big_article(path)
    from reader.app.main import settle_heap
    from reader.app.settings import Settings
    from reader.app.window import MainWindow

    db = open_as_the_app(path)
    libc = ctypes.CDLL(None)
    box: dict[str, Any] = {}
    seen: list[str] = []

    def first_block(_a: object, _b: object) -> int:
        window = box["window"] = MainWindow(
            db, path, Settings(Path(box["tmp"]) / "s.ini"), first_run_import=False
        )
        settle_heap()
        window.stages.finished.connect(settle_heap)
        window.resize(1280, 820)
        window.show()
        window.step(1)
        return 0

    def one_turn(_a: object, _b: object) -> int:
        app.processEvents()
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        box["tmp"] = tmp
        key, one, size = ctypes.c_int(1), (ctypes.c_int * 1)(1), ctypes.c_size_t(1)
        first, turn = COMPARE(first_block), COMPARE(one_turn)
        libc.lfind(ctypes.byref(key), one, ctypes.byref(size), 4, first)
        print("0 constructor, show, step(1)", flush=True)
        stages = box["window"].stages
        extra, number = 0, 0
        window = box["window"]
        while extra < EXTRA_TURNS and number < MAX_TURNS:
            number += 1
            before = stages.pending
            libc.lfind(ctypes.byref(key), one, ctypes.byref(size), 4, turn)
            built = [name for name in before if name not in stages.pending]
            seen += built
            print(f"{number} {' + '.join(built) or '-'}", flush=True)
            extra += stages.done and tree_shows(window)
        sys.stdout.flush()
        os._exit(0)  # no teardown: its instructions are not the start's


if __name__ == "__main__":
    sys.exit(main())
