"""Import throughput with and without what the library derives on import (reprint index, career claims).

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_import_derived.py --articles 50000 --out /tmp/derived

Writes the synthetic issues of ``bench_library.py`` once, then imports the same folder into a fresh
library three ways, alternating, ``--repeat`` times each: ``none`` (the reprint pass switched off:
the import as it was before issue 13, the peer), ``reprints`` (the import as shipped: its reprint
pass at the end) and ``all`` (then the claims of every issue, ``careers.update.rebuild``: what
the entity tagging adds for the ledger besides recognition, which is off here as in
``bench_library.py``).  Besides the wall time, the time spent inside the reprint index and the
claims is printed: on two cores the parsing workers and the writer overlap, so wall-time
differences are not the steps' own cost.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_library import machine
from benchmarks.synthetic import render_text, synthetic_issues
from reader import derived, ingest
from reader.store.db import open_db

ORIGINAL = derived.update_reprints
OFF = lambda db, article_ids: 0  # noqa: E731
MODES: dict[str, Callable[..., Any]] = {"none": OFF, "reprints": ORIGINAL, "all": ORIGINAL}


def _timed(module: Any, name: str, spent: dict[str, float], key: str) -> Callable[[], None]:
    """Count the time spent in ``module.name``; returns the undo."""
    original = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[key] = spent.get(key, 0.0) + time.perf_counter() - started

    setattr(module, name, timed)
    return lambda: setattr(module, name, original)


def run(files: Path, out: Path, mode: str) -> tuple[float, int, dict[str, float]]:
    from reader.careers import update
    from reader.reprints import index

    for stale in out.glob("library.db*"):
        stale.unlink()
    db = open_db(out / "library.db")
    derived.update_reprints = MODES[mode]
    spent: dict[str, float] = {}
    undo = [
        _timed(index, "index_articles", spent, "reprint index"),
        _timed(update, "update_articles", spent, "claims"),
    ]
    try:
        started = time.perf_counter()
        report = ingest.import_paths(db, [files])
        if mode == "all":
            update.rebuild(db)
        seconds = time.perf_counter() - started
    finally:
        derived.update_reprints = ORIGINAL
        for step in undo:
            step()
        db.conn.close()
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    return seconds, sum(outcome.articles for outcome in report.outcomes), spent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    print(machine())
    files = args.out / "files"
    shutil.rmtree(files, ignore_errors=True)
    files.mkdir(parents=True)
    size = 0
    for name, parsed in synthetic_issues(args.articles, seed=2024):
        data = render_text(parsed).encode("utf-8")
        (files / name).write_bytes(data)
        size += len(data)
    times: dict[str, list[float]] = {mode: [] for mode in MODES}
    for round_ in range(args.repeat):
        for mode in MODES if round_ % 2 == 0 else reversed(MODES):
            seconds, articles, spent = run(files, args.out, mode)
            times[mode].append(seconds)
            per_article = seconds / articles * 1000
            inside = ", ".join(f"{k} {v / articles * 1000:.2f}" for k, v in spent.items())
            print(f"  {mode:8} {seconds:6.1f} s  {size / 1e6 / seconds:5.2f} MB/s  "
                  f"{per_article:.2f} ms/article  ({articles} articles; inside, ms/article: {inside or '-'})",
                  flush=True)  # fmt: skip
    print(f"{args.articles} articles, {size / 1e6:.1f} MB of files; median of {args.repeat}:")
    base = statistics.median(times["none"])
    for mode, values in times.items():
        median = statistics.median(values)
        extra = (median - base) / args.articles * 1000
        print(f"  {mode:8} {median:6.1f} s  {size / 1e6 / median:5.2f} MB/s  "
              f"{median / args.articles * 1000:.2f} ms/article  (+{extra:.2f} ms/article)")  # fmt: skip


if __name__ == "__main__":
    main()
