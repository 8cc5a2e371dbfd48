"""Time the reader window on a synthetic library (50,000 or 500,000 articles) offscreen; watch the GUI.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_library.py --articles 50000 --out /tmp/b50k   # once, ≈ 1 min
    .venv/bin/python benchmarks/bench_window.py --library /tmp/b50k/library.db
    .venv/bin/python benchmarks/bench_window.py --library /work/benchdata/b500k/library.db \
        --work /work/benchdata   # copies the 3 GB library there first

Every search's first page is compared with ``reader.store.search`` (itself checked
against a brute-force scan by ``bench_library.py``).

The library is copied first (the original is never written).  Into the copy goes
one extra issue holding a ~20,000-character article made of seed paragraphs, with
its entities recognised, so "article open" is measured with real highlights.

A 2 ms ``QTimer`` heartbeat runs during every operation; the largest gap between
two beats is the longest time the GUI thread could not answer input (target: ≤ 50 ms).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.bench_library import machine, percentile
from benchmarks.gui_blame import Sampler
from benchmarks.synthetic import seed_pool
from reader.app.roles import ARTICLE_ID_ROLE
from reader.app.search.models import PAGE, count_label
from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.store import issues as store_issues
from reader.store import open_db
from reader.store import search as store_search

BIG_CHARS = 20_000
QUERIES = {  # class → queries, as in bench_library.py
    "1 char": ("市", "谷"),
    "2 chars": ("招商", "工厂"),
    "4 chars": ("招商引资", "项目建设"),
    "rare": ("新动能全市重", "超级工厂招商"),
    "no hit": ("中国药谷建设", "市重点项目的市"),
    "very common": ("的", "高质量发展", "项目 建设"),
    "traditional": ("發展",),
}
FILTER_TYPED = "招商引资"
BLAME_MS = 40  # with --blame, gaps longer than this are explained


class Heartbeat:
    """Largest gap between ticks of a 2 ms timer: how long the event loop was blocked."""

    def __init__(self, *, blame: bool = False) -> None:
        self.timer = QTimer(interval=2)
        self.timer.timeout.connect(self._tick)
        self.last = self.last_cpu = self.last_process = 0.0
        self.max_gap = self.max_gap_cpu = 0.0  # the longest gap, and the GUI thread's CPU time in it
        self.max_gap_process = 0.0  # the whole process's CPU time in the longest gap (other threads too)
        self.max_cpu = 0.0  # the most CPU time the GUI thread spent between two beats (any gap)
        self.gap_at = (0.0, 0.0)  # (start, end) of the longest gap
        self.sampler = Sampler() if blame else None  # where the GUI thread was during long gaps
        self.blamed: list[str] = []
        if self.sampler is not None:
            self.sampler.start()

    def _tick(self) -> None:
        now, cpu, process = time.perf_counter(), time.thread_time(), time.process_time()
        if now - self.last > self.max_gap:
            self.max_gap, self.gap_at = now - self.last, (self.last, now)
            self.max_gap_cpu = cpu - self.last_cpu
            self.max_gap_process = process - self.last_process
        self.max_cpu = max(self.max_cpu, cpu - self.last_cpu)
        self.last, self.last_cpu, self.last_process = now, cpu, process

    def start(self) -> None:
        self.last, self.max_gap = time.perf_counter(), 0.0
        self.last_cpu, self.max_gap_cpu, self.max_cpu = time.thread_time(), 0.0, 0.0
        self.last_process, self.max_gap_process = time.process_time(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        if self.sampler is not None and self.max_gap > BLAME_MS / 1000:
            self.blamed.append(f"{self.max_gap * 1000:.0f} ms: {self.sampler.between(*self.gap_at)}")
        return self.max_gap * 1000


def pump(
    app: QApplication, until: Callable[[], bool] = lambda: False, at_least_ms: float = 0, limit: float = 30
) -> None:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if until() and (time.perf_counter() - start) * 1000 >= at_least_ms:
            return
        time.sleep(0.0005)
    raise TimeoutError("the window did not get there in time")


def article_shown(window: Any) -> bool:
    """An article is open and on the page (a window may open it at once and render it a turn later,
    ``ReadingPane.render_due``; older windows have no such attribute and render at once)."""
    return window.pane.view.article is not None and not getattr(window.pane, "render_due", False)


def tree_shows(window: Any) -> bool:
    """The tree's current row is the open article: the rows down to it have come from the reader thread
    (for an article thousands of issues deep, the start's largest piece of work; it may come after the
    last stage)."""
    return window.tree.currentIndex().data(ARTICLE_ID_ROLE) == window.current_id


def open_as_the_app(path: Path) -> Any:
    """Open the library as ``reader.app.main.run`` does before its window: the fonts are read on a
    thread of their own meanwhile (``warm_fonts``; a tree without it reads them in the first frame)."""
    from reader.app import main as app_main

    warm = getattr(app_main, "warm_fonts", None)
    if warm is not None:
        warm()
    return open_db(path)


def add_big_article(db_path: Path) -> int:
    """One issue with a ~20,000-character article of seed paragraphs, entities recognised."""
    from reader.entities import pipeline

    db = open_db(db_path)
    known = db.execute(
        "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.source_path = ?",
        ["/bench/long-article.txt"],
    ).fetchone()
    db.conn.close()
    if known:  # --in-place on a library that already has it
        return int(known[0])
    pool = seed_pool()
    blocks: list[Block] = []
    size, n = 0, 0
    while size < BIG_CHARS:
        text = pool.paragraphs[n % len(pool.paragraphs)]
        kind = BlockKind.HEADING if n % 12 == 11 else BlockKind.PARAGRAPH
        blocks.append(Block(kind, pool.titles[n % len(pool.titles)] if kind is BlockKind.HEADING else text))
        size += len(blocks[-1].text) + 1
        n += 1
    parsed = ParsedIssue(
        layout="newspaper_page",
        publication="驻马店日报",
        title="长文基准 Long-article benchmark",
        issue_date="2099-01-01",
        articles=[ParsedArticle(title="两万字长文：全市重点工作汇编", section="要闻", blocks=blocks)],
    )
    db = open_db(db_path)
    result = store_issues.save_issue(db, parsed, source_path="/bench/long-article.txt", data=b"long-article")
    pipeline.annotate_articles(db, result.article_ids)
    mentions = db.execute(
        "SELECT COUNT(*) FROM mentions WHERE article_id = ?", result.article_ids
    ).fetchone()[0]
    chars = db.execute("SELECT length(text) FROM articles WHERE id = ?", result.article_ids).fetchone()[0]
    print(f"long article: {chars:,} characters, {mentions:,} entity mentions")
    db.conn.close()
    return result.article_ids[0]


def switch_issues(
    app: QApplication,
    window: Any,
    db: Any,
    beat: Heartbeat,
    cpu: list[float] | None = None,
    process: list[float] | None = None,
) -> tuple[list[float], list[float]]:
    """Open the first article of every 40th of the newest 400 issues: (times to open, longest blocks).

    The time runs until the article is shown and selected in the tree (the tree may catch up
    on a later turn of the event loop); the block is the longest over the 50 ms after that.
    ``cpu`` gets the GUI thread's CPU time in each longest block (steadier on a loaded machine),
    ``process`` the whole process's (more than ``cpu``: another thread of the window ran meanwhile)."""
    issue_ids = [r[0] for r in db.execute("SELECT id FROM issues ORDER BY issue_date DESC LIMIT 400")][::40]
    times, gaps = [], []
    for issue_id in issue_ids:
        first = db.execute(
            "SELECT id FROM articles WHERE issue_id = ? ORDER BY position LIMIT 1", [issue_id]
        ).fetchone()[0]
        beat.start()
        start = time.perf_counter()
        window.open_article(first)  # selects it in the tree: fetches the issue's sections and articles
        pump(app, lambda a=first: window.tree.currentIndex().data(ARTICLE_ID_ROLE) == a)
        times.append((time.perf_counter() - start) * 1000)
        pump(app, at_least_ms=50, until=lambda: True)
        gaps.append(beat.stop())
        if cpu is not None:
            cpu.append(beat.max_gap_cpu * 1000)
        if process is not None:
            process.append(beat.max_gap_process * 1000)
    return times, gaps


def short_run(
    args: argparse.Namespace,
    app: QApplication,
    window: Any,
    db: Any,
    beat: Heartbeat,
    startup: tuple[float, float],
    n: int,
) -> None:
    """--startup-only: 'STARTUP <ms to first article> <longest block ms> <articles> <ms to the whole
    window built, the article shown in the tree> <GUI thread CPU ms in the longest block> <most GUI
    thread CPU ms in any block> <the process's CPU ms in the longest block>' (the block is the longest
    until 50 ms after both; CPU time is steadier than length on a loaded machine: the most GUI thread
    CPU in any block is the block that would be longest on an idle one; the process's CPU beyond the GUI
    thread's is the window's other threads, which took cores or the GIL meanwhile); --switch-only: then
    'SWITCH <median ms> <longest block ms> <articles> <GUI thread CPU ms in the longest block> <median
    over the switches of that CPU> <the process's CPU ms in the longest block>'; each with the --blame
    lines."""
    block = beat.stop()
    if args.startup_only:
        print(
            f"STARTUP {startup[0]:.1f} {block:.1f} {n} {startup[1]:.1f} {beat.max_gap_cpu * 1000:.1f} "
            f"{beat.max_cpu * 1000:.1f} {beat.max_gap_process * 1000:.1f}"
        )
    else:
        beat.blamed.clear()
        cpu: list[float] = []
        process: list[float] = []
        times, gaps = switch_issues(app, window, db, beat, cpu, process)
        worst = gaps.index(max(gaps))
        median = statistics.median
        print(
            f"SWITCH {median(times):.1f} {max(gaps):.1f} {n} {cpu[worst]:.1f} {median(cpu):.1f} "
            f"{process[worst]:.1f}"
        )
    for line in beat.blamed:
        print(" -", line)
    window.close()
    db.conn.close()


def row(name: str, times_ms: list[float], gaps_ms: list[float], note: str = "") -> str:
    median = statistics.median(times_ms)
    worst = max(times_ms)
    gap = max(gaps_ms)
    flag = "✓" if gap <= 50 else "**✗**"
    return f"| {name} | {median:.0f} | {worst:.0f} | {gap:.0f} {flag} | {note} |"


def search_once(
    app: QApplication, window: Any, beat: Heartbeat, query: str
) -> tuple[float, float, float, float]:
    """One search as typed into a cleared box: (ms until listed, process CPU ms until then,
    longest block ms, process CPU ms until 50 ms later — the repaints and the count included)."""
    window.search.box.clear()
    pump(app, at_least_ms=300, until=lambda: True)
    beat.start()
    start, cpu = time.perf_counter(), time.process_time()
    window.search.box.setText(query)
    window.search.run_in_background()  # what the 250 ms typing debounce calls
    pump(app, lambda: window.search.model.query.text == query)
    listed, listed_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    pump(app, at_least_ms=50, until=lambda: True)
    return listed, listed_cpu, beat.stop(), (time.process_time() - cpu) * 1000


def search_rows(
    app: QApplication, window: Any, db: Any, beat: Heartbeat, repeat: int, *, runs: bool
) -> list[str]:
    """A table row per query class; with ``runs`` a 'RUN <class> <query> <n> <ms> <CPU ms> <block ms>
    <CPU ms until 50 ms later>' line per search as well."""
    rows = []
    for group, queries in QUERIES.items():
        times, gaps, totals = [], [], []
        for query in queries:
            for n in range(repeat):
                listed, listed_cpu, gap, cpu = search_once(app, window, beat, query)
                times.append(listed)
                gaps.append(gap)
                if runs:
                    name = f"{group.replace(' ', '_')} {query.replace(' ', '_')} {n}"
                    print(f"RUN {name} {listed:.1f} {listed_cpu:.1f} {gap:.1f} {cpu:.1f}", flush=True)
            expected = store_search.search(db, query, limit=PAGE)
            shown = [window.search.model.hit(r).article_id for r in range(window.search.model.rowCount())]
            if shown != [hit.article_id for hit in expected]:
                raise SystemExit(f"the window listed other hits than the store for {query!r}")
            totals.append(count_label(window.search.model.total))
        note = f"p95 {percentile(times, 0.95):.0f} ms; counts shown {', '.join(totals)}"
        rows.append(row(f"search, {group} ({', '.join(queries)}) → first page listed", times, gaps, note))
    return rows


def shield_none() -> None:
    """Work around PySide6 6.12.0 on Python 3.11: every call of a void Qt method returns None
    without taking a reference, so None's reference count falls by one per call and CPython aborts
    ("none_dealloc: deallocating None") once it reaches zero — after ≈ 20 window searches (measured:
    each search and repaint of the results costs ≈ 1,100 references; None starts with ≈ 24,000).
    Python 3.12 makes None immortal.  The benchmark lends None a billion references so it can run
    to the end; the app itself is not changed here."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1_000_000_000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=Path("/tmp/b50k/library.db"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per search query")
    parser.add_argument("--work", type=Path, default=None, help="folder for the copy (default: a temp dir)")
    parser.add_argument(
        "--in-place",
        action="store_true",
        help="use the library itself (adds the long-article issue once): no 3 GB copy whose "
        "write-back competes with the measured reads",
    )
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="print 'STARTUP <ms> <longest block ms>' and stop (run it several times, alternating sizes)",
    )
    parser.add_argument(
        "--switch-only",
        action="store_true",
        help="start, then only switch issues; print 'SWITCH <median ms> <longest block ms>' and stop",
    )
    parser.add_argument(
        "--runs",
        action="store_true",
        help="print every search run: 'RUN <class> <query> <n> <ms> <process CPU ms> <longest block ms> "
        "<process CPU ms until 50 ms later>'",
    )
    parser.add_argument(
        "--blame",
        action="store_true",
        help=f"sample the GUI thread's stack and print where every block over {BLAME_MS} ms was spent",
    )
    args = parser.parse_args()
    repeat = args.repeat
    if not args.library.is_file():
        parser.error(f"{args.library}: no such library; build it with benchmarks/bench_library.py")
    shield_none()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    beat = Heartbeat(blame=args.blame)
    rows: list[str] = []
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        path = args.library if args.in_place else Path(tmp) / "library.db"
        if not args.in_place:
            shutil.copy(args.library, path)
        big_id = add_big_article(path)

        from reader.app.collector import GuiCollector
        from reader.app.main import settle_heap
        from reader.app.settings import Settings
        from reader.app.window import MainWindow

        db = open_as_the_app(path)
        articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        issues = db.execute("SELECT COUNT(*) FROM issues").fetchone()[0]
        beat.start()
        start = time.perf_counter()
        window = MainWindow(db, path, Settings(Path(tmp) / "settings.ini"), first_run_import=False)
        settle_heap()  # as reader.app.main.run does (again once the last stage is built)
        collector = GuiCollector(app)  # and its collections: on the GUI thread, never in a worker's turn
        if hasattr(window, "stages"):
            window.stages.finished.connect(settle_heap)
        window.resize(1280, 820)
        window.show()
        window.step(1)  # what a reader does first: the newest issue's first article
        pump(app, lambda: article_shown(window), at_least_ms=50)
        startup = (time.perf_counter() - start) * 1000 - 50
        stages = getattr(window, "stages", None)  # a staged window: the block counts until it is all built
        pump(app, lambda: (stages is None or stages.done) and tree_shows(window))
        built = (time.perf_counter() - start) * 1000
        pump(app, at_least_ms=50, until=lambda: True)
        if args.startup_only or args.switch_only:
            short_run(args, app, window, db, beat, (startup, built), articles)
            collector.stop()
            return 0
        rows.append(
            row(
                "window start → first article shown",
                [startup],
                [beat.stop()],
                f"{articles:,} articles, {issues:,} issues; whole window built in {built:.0f} ms",
            )
        )

        small = [
            r[0]
            for r in db.execute(
                "SELECT id FROM articles WHERE issue_id = "
                "(SELECT issue_id FROM articles WHERE id = ?) LIMIT 5",
                [window.tree_model.first_article()],  # the newest issue's (its row may sit under a year)
            )
        ]
        times, gaps = [], []
        for run in range(5):
            window.open_article(small[run % len(small)])
            pump(app, at_least_ms=30, until=lambda: True)
            beat.start()
            start = time.perf_counter()
            window.open_article(big_id)
            times.append((time.perf_counter() - start) * 1000)
            pump(app, at_least_ms=50, until=lambda: True)
            gaps.append(beat.stop())
        marks = len(window.pane.marks)
        rows.append(row("open the 20,000-character article", times, gaps, f"{marks} highlights rendered"))

        times, gaps = switch_issues(app, window, db, beat)
        rows.append(
            row(
                "switch issue (open an article of another issue)",
                times,
                gaps,
                f"{len(times)} issues, newest 400 spread",
            )
        )

        resets: list[float] = []
        window.tree_model.modelReset.connect(lambda: resets.append(time.perf_counter()))
        window.tabs.setCurrentIndex(0)
        window.filter_box.setFocus()
        beat.start()
        for char in FILTER_TYPED:
            window.filter_box.insert(char)
            pump(app, at_least_ms=120, until=lambda: True)  # a brisk typist
        typed = time.perf_counter()
        pump(app, lambda: bool(resets) and resets[-1] > typed, at_least_ms=0)
        pump(app, at_least_ms=50, until=lambda: True)
        shown = (resets[-1] - typed) * 1000
        rows.append(
            row(
                f"type “{FILTER_TYPED}” in the filter (last key → tree filtered, incl. 200 ms debounce)",
                [shown],
                [beat.stop()],
                f"{window.tree_model.node(window.tree_model.index(0, 0)).count} matches",
            )
        )
        window.filter_box.clear()
        pump(app, at_least_ms=400, until=lambda: True)

        window.focus_search()
        rows += search_rows(app, window, db, beat, repeat, runs=args.runs)
        window.search.box.setText("的")
        window.search.run()
        times, gaps = [], []
        for _ in range(10):  # scroll: each further page is read on the reader thread
            rows_before = window.search.model.rowCount()
            beat.start()
            start = time.perf_counter()
            window.search.model.fetchMore(QModelIndex())
            pump(app, lambda n=rows_before: window.search.model.rowCount() > n)
            times.append((time.perf_counter() - start) * 1000)
            pump(app, at_least_ms=30, until=lambda: True)
            gaps.append(beat.stop())
        rows.append(row("scroll the results of “的”: next page (pages 2–11)", times, gaps, "keyset pages"))
        collector.stop()
        window.close()
        db.conn.close()
    print(f"\nMachine: {machine()}\n")
    print("| operation | median ms | worst ms | longest GUI block ms | note |")
    print("|---|---|---|---|---|")
    for line in rows:
        print(line)
    if beat.blamed:
        print("\nWhere the GUI thread was during blocks over", BLAME_MS, "ms:")
        for line in beat.blamed:
            print(" -", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
