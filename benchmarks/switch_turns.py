"""The GUI thread's work per event-loop turn while switching issues and while a search's results
arrive (by hand, not a test): which turn is the longest block, and what it does.

Natively it prints the GUI thread's CPU per turn (``time.thread_time``); with ``--profile`` the
Python profile of each operation's dearest turn as well (``cProfile`` sees the GUI thread only:
slots, model and delegate calls, and the Qt calls they make).  Under callgrind it counts the
instructions of every turn, so the machine's load does not move the figure::

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=ffi_call --dump-after=ffi_call \\
        --separate-threads=yes --callgrind-out-file=/tmp/sw/cg .venv/bin/python \\
        benchmarks/switch_turns.py LIBRARY --switches 4 > /tmp/sw/turns.txt
    .venv/bin/python benchmarks/switch_turns.py --report /tmp/sw   # '<turn> <what> <M instructions>'

The window starts as in ``bench_window.py`` (not counted), then each switch opens the first
article of another of the newest issues (as ``bench_window.py --switch-only``) in counted turn
"open" and runs counted turns until the tree's current row is that article and ``EXTRA_TURNS``
more have passed; each search sets the box's text and runs it (what the typing debounce calls),
then turns until the results are listed and ``EXTRA_TURNS`` more.  Each counted call runs inside
libc's ``lfind`` through ctypes, as in ``startup_turns.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import io
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COMPARE = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
EXTRA_TURNS = 12
QUERIES = ("市", "招商引资", "超级工厂招商", "的")


class Turns:
    """Runs callables as counted turns: numbered, timed in GUI-thread CPU, optionally profiled."""

    def __init__(self, profile: bool) -> None:
        self.libc = ctypes.CDLL(None)
        self.number = 0
        self.profile = profile
        self.log: list[tuple[int, str, float, pstats.Stats | None]] = []

    def run(self, what: str, work: Callable[[], object]) -> None:
        def call(_a: object, _b: object) -> int:
            work()
            return 0

        key, one, size = ctypes.c_int(1), (ctypes.c_int * 1)(1), ctypes.c_size_t(1)
        profiler = cProfile.Profile() if self.profile else None
        cpu = time.thread_time()
        if profiler is not None:
            profiler.enable()
        self.libc.lfind(ctypes.byref(key), one, ctypes.byref(size), 4, COMPARE(call))
        if profiler is not None:
            profiler.disable()
        spent = (time.thread_time() - cpu) * 1000
        self.number += 1
        stats = pstats.Stats(profiler) if profiler is not None else None
        self.log.append((self.number, what, spent, stats))
        print(f"{self.number} {what} {spent:.1f}", flush=True)

    def report(self, first: int, label: str) -> None:
        """The operation's turns from ``first`` on: their CPU, and the dearest turn's profile."""
        turns = [t for t in self.log if t[0] >= first and t[2] > 0.5]
        dearest = max((t for t in self.log if t[0] >= first), key=lambda t: t[2])
        spent = ", ".join(f"{n}:{what}={ms:.1f}" for n, what, ms, _ in turns)
        print(f"OP {label}: dearest turn {dearest[0]} ({dearest[1]}) {dearest[2]:.1f} ms CPU; turns: {spent}")
        if dearest[3] is not None:
            out = io.StringIO()
            dearest[3].stream = out  # type: ignore[attr-defined]
            dearest[3].sort_stats("tottime").print_stats(14)
            print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()), flush=True)


def report(folder: Path) -> int:
    """'<turn> <what> <M instructions>' per counted turn (dump ``cg.<n>-01`` is turn n), then each
    operation's largest."""
    import re

    names = {}
    for line in (folder / "turns.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].isdigit():
            names[int(parts[0])] = parts[1]
        elif line.startswith("OP "):
            names[-len(names) - 1] = line.split(":")[0]
    largest: tuple[float, int] = (0.0, 0)
    for number in sorted(n for n in names if n > 0):
        file = folder / f"cg.{number}-01"
        text = file.read_text(encoding="utf-8", errors="replace") if file.exists() else ""
        total = re.search(r"^(?:totals|summary): (\d+)", text, re.MULTILINE)
        count = int(total.group(1)) / 1e6 if total else 0.0
        if names[number] in ("open", "ask"):
            if largest[1]:
                print(f"LARGEST turn {largest[1]}: {largest[0]:.1f} M")
            largest = (0.0, 0)
        largest = max(largest, (count, number))
        print(f"{number} {names[number]} {count:.1f}")
    print(f"LARGEST turn {largest[1]}: {largest[0]:.1f} M")
    return 0


def until(turns: Turns, app: Any, what: str, done: Callable[[], bool], limit: float = 60) -> None:
    """Counted turns until ``done``, then ``EXTRA_TURNS`` more (each one pass of the event loop)."""
    start, extra = time.perf_counter(), 0
    while extra < EXTRA_TURNS:
        if time.perf_counter() - start > limit:
            raise TimeoutError(what)
        turns.run(what if not done() else f"{what}+", app.processEvents)
        extra += done()
        time.sleep(0.001)


def switches(turns: Turns, app: Any, window: Any, db: Any, count: int) -> None:
    """Open the first article of ``count`` of the newest 400 issues, spread, as ``bench_window.py`` does."""
    from reader.app.roles import ARTICLE_ID_ROLE

    issue_ids = [r[0] for r in db.execute("SELECT id FROM issues ORDER BY issue_date DESC LIMIT 400")]
    for issue_id in issue_ids[:: 400 // max(1, count)][:count]:
        first = db.execute(
            "SELECT id FROM articles WHERE issue_id = ? ORDER BY position LIMIT 1", [issue_id]
        ).fetchone()[0]
        mark = turns.number + 1
        turns.run("open", lambda a=first: window.open_article(a))
        until(turns, app, "switch", lambda a=first: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == a)
        turns.report(mark, f"switch to {first}")


def searches(turns: Turns, app: Any, window: Any, rounds: int) -> None:
    """Each query of ``QUERIES`` typed into a cleared box and run, ``rounds`` times."""
    from benchmarks.bench_window import pump

    window.focus_search()
    pump(app, at_least_ms=300, until=lambda: True)
    for _round in range(rounds):
        for query in QUERIES:
            window.search.box.clear()
            pump(app, at_least_ms=300, until=lambda: True)
            mark = turns.number + 1

            def ask(q: str = query) -> None:
                window.search.box.setText(q)
                window.search.run_in_background()

            turns.run("ask", ask)
            until(turns, app, "search", lambda q=query: window.search.model.query.text == q)
            turns.report(mark, f"search {query}")


def main() -> int:
    if sys.argv[1:2] == ["--report"]:
        return report(Path(sys.argv[2]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--switches", type=int, default=10)
    parser.add_argument("--searches", type=int, default=1, help="rounds of the queries (0: none)")
    parser.add_argument("--settle", type=float, default=1.5, help="seconds between start-up and the first op")
    parser.add_argument("--profile", action="store_true", help="cProfile every turn; print the dearest's")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_window import (
        add_big_article,
        article_shown,
        open_as_the_app,
        pump,
        shield_none,
        tree_shows,
    )
    from reader.app.main import settle_heap
    from reader.app.settings import Settings
    from reader.app.window import MainWindow

    shield_none()
    app = QApplication(sys.argv[:1])
    add_big_article(args.library)
    db = open_as_the_app(args.library)
    turns = Turns(args.profile)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(db, args.library, Settings(Path(tmp) / "s.ini"), first_run_import=False)
        settle_heap()
        window.stages.finished.connect(settle_heap)
        window.resize(1280, 820)
        window.show()
        window.step(1)
        pump(app, lambda: article_shown(window) and window.stages.done and tree_shows(window), limit=600)
        pump(app, at_least_ms=args.settle * 1000, until=lambda: True, limit=args.settle + 30)  # warm-ups
        switches(turns, app, window, db, args.switches)
        if args.searches:
            searches(turns, app, window, args.searches)
        sys.stdout.flush()
        os._exit(0)  # no teardown


if __name__ == "__main__":
    sys.exit(main())
