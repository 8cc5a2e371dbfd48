"""What every thread did during the window's longest start-up block (by hand, not a test)::

    .venv/bin/python benchmarks/startup_timeline.py LIBRARY [--runs 3]

Starts the window as ``bench_window.py --startup-only`` does (same heartbeat, same steps) and
records, at each 2 ms heartbeat tick, every thread's scheduler figures from
``/proc/self/task/*/schedstat`` (ns on a CPU, ns runnable but waiting for one).  For the longest gap
it prints, per thread: time on a CPU, time waiting for a CPU, and — for the GUI thread — the rest of
the gap, which is time it slept (waiting for the GIL, for a page read, for a lock).  It also prints
the stages built, the jobs the reader and writer threads ran (wall and thread CPU) and the pane's
first paint inside that gap, so a block can be put down to its parts.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.bench_window import add_big_article, article_shown, open_as_the_app, pump, shield_none

MAIN = threading.get_ident()
ALL = False
EVENTS: list[tuple[float, float, str, float]] = []  # (start, end, what, thread CPU ms)


def threads() -> dict[int, tuple[str, int, int]]:
    """tid → (name, ns on CPU, ns waiting for a CPU)."""
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as f:
                run, wait, _ = f.read().split()
            with open(f"/proc/self/task/{tid}/comm") as f:
                name = f.read().strip()
        except OSError:
            continue
        out[int(tid)] = (name, int(run), int(wait))
    return out


class Beat:
    def __init__(self) -> None:
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(self.tick)
        self.ticks: list[tuple[float, float, dict[int, tuple[str, int, int]]]] = []

    def tick(self) -> None:
        self.ticks.append((time.perf_counter(), time.thread_time(), threads()))

    def start(self) -> None:
        self.ticks.clear()
        self.tick()
        self.timer.start()


def timed(what: str, fn: Any) -> Any:
    def run(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            EVENTS.append((start, time.perf_counter(), what, (time.thread_time() - cpu) * 1000))

    return run


def instrument() -> None:
    from reader.app import jobs, stages

    add = stages.Stages.add
    stages.Stages.add = lambda self, name, build: add(self, name, timed(f"stage {name}", build))  # type: ignore[method-assign]
    if hasattr(stages.Stages, "own_turn"):
        own = stages.Stages.own_turn
        stages.Stages.own_turn = lambda self, name, work: own(self, name, timed(f"own turn {name}", work))  # type: ignore[method-assign]
    submit = jobs.JobThread.submit

    def submit_timed(self: Any, job: Any) -> int:
        name = getattr(job, "__qualname__", repr(job))
        where = self._thread.objectName()
        return submit(self, lambda db: timed(f"job[{where}] {name}", job)(db))

    jobs.JobThread.submit = submit_timed  # type: ignore[method-assign]
    from reader.app import background

    ask = background.QueryThread.ask

    def ask_named(self: Any, channel: str, query: Any, on_done: Any) -> None:
        name = f"{channel}: {getattr(query, '__qualname__', repr(query))}"
        ask(self, channel, lambda db: timed(f"  = {name}", query)(db), timed(f"done {name}", on_done))

    background.QueryThread.ask = ask_named  # type: ignore[method-assign]


class Paints(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.started: dict[int, float] = {}
        window.pane.view.viewport().installEventFilter(self)
        window.tree.viewport().installEventFilter(self)
        self.names = {id(window.pane.view.viewport()): "pane", id(window.tree.viewport()): "tree"}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            EVENTS.append(
                (time.perf_counter(), time.perf_counter(), f"paint {self.names.get(id(watched))}", 0.0)
            )
        return False


class App(QApplication):
    """Times every top-level event dispatch over 1 ms (type and receiver) on the GUI thread."""

    depth = 0

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # type: ignore[override]
        if App.depth or threading.get_ident() != MAIN:  # top-level dispatches of the GUI thread only
            return super().notify(receiver, event)
        App.depth += 1
        kind = event.type()
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return super().notify(receiver, event)
        finally:
            App.depth -= 1
            end = time.perf_counter()
            if end - start > 0.001:
                name = f"{type(receiver).__name__}:{receiver.objectName()}"
                EVENTS.append((start, end, f"event {kind.name} → {name}", (time.thread_time() - cpu) * 1000))


def one_run(app: QApplication, path: Path) -> None:
    import tempfile

    from reader.app.main import settle_heap
    from reader.app.settings import Settings
    from reader.app.window import MainWindow

    EVENTS.clear()
    db = open_as_the_app(path)
    beat = Beat()
    with tempfile.TemporaryDirectory() as tmp:
        beat.start()
        t0 = time.perf_counter()
        window = timed("constructor", MainWindow)(
            db, path, Settings(Path(tmp) / "s.ini"), first_run_import=False
        )
        Paints(window)
        timed("settle_heap", settle_heap)()
        window.stages.finished.connect(settle_heap)
        window.resize(1280, 820)
        timed("show", window.show)()
        timed("step(1)", window.step)(1)
        pump(app, lambda: article_shown(window), at_least_ms=50)
        pump(app, lambda: window.stages.done)
        pump(app, at_least_ms=50, until=lambda: True)
        beat.tick()
        window.close()
    db.conn.close()
    report(beat, t0)


def report(beat: Beat, t0: float) -> None:
    ticks = beat.ticks

    def cpu(i: int) -> float:
        return ticks[i][1] - ticks[i - 1][1]

    gaps = sorted(range(1, len(ticks)), key=lambda i: ticks[i][0] - ticks[i - 1][0], reverse=True)[:1]
    gaps += sorted((i for i in range(1, len(ticks)) if i not in gaps), key=cpu, reverse=True)[:2]
    gui = threading.get_native_id()
    for rank, i in enumerate(gaps):
        (a, acpu, ath), (b, bcpu, bth) = ticks[i - 1], ticks[i]
        wall = (b - a) * 1000
        print(
            f"{'LONGEST' if rank == 0 else 'most CPU'} gap {wall:.1f} ms "
            f"at {(a - t0) * 1000:.0f}–{(b - t0) * 1000:.0f} ms "
            f"(GUI thread_time {(bcpu - acpu) * 1000:.1f} ms)"
        )
        for tid, (name, run, wait) in sorted(bth.items()):
            run0, wait0 = ath.get(tid, (name, 0, 0))[1:]
            r, w = (run - run0) / 1e6, (wait - wait0) / 1e6
            if r < 0.3 and w < 0.3 and tid != gui:
                continue
            extra = f", slept {wall - r - w:.1f}" if tid == gui else ""
            print(f"   {'GUI' if tid == gui else name:16s} on CPU {r:6.1f}  waiting for CPU {w:5.1f}{extra}")
        for start, end, what, cpu_ms in sorted(EVENTS):
            if end >= a and start <= b:
                print(f"   {(start - t0) * 1000:7.1f}–{(end - t0) * 1000:7.1f}  {what} (CPU {cpu_ms:.1f})")
    if ALL:
        print("all events:")
        for start, end, what, cpu_ms in sorted(EVENTS):
            print(f"   {(start - t0) * 1000:7.1f}–{(end - t0) * 1000:7.1f}  {what} (CPU {cpu_ms:.1f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--all", action="store_true", help="list every event of the run")
    parser.add_argument("--events", action="store_true", help="time Qt's event dispatches too (slower)")
    args = parser.parse_args()
    global ALL
    ALL = args.all
    shield_none()
    instrument()
    app = (App if args.events else QApplication)(sys.argv[:1])
    add_big_article(args.library)
    for _ in range(args.runs):
        one_run(app, args.library)
    return 0


if __name__ == "__main__":
    sys.exit(main())
