"""Time the importer alone: bytes to ``ParsedIssue``, against only decoding the same bytes, in one run.

    .venv/bin/python benchmarks/bench_parse.py                        # 5,000 synthetic articles
    .venv/bin/python benchmarks/bench_parse.py --folder ../shared/corpus/dev

Without ``--folder`` the files are synthetic TOC bulletins (``synthetic.py``, the same generator as
``bench_library.py``).  Each side runs three times, alternating, with the garbage collector off (the
import's parse workers run without pauses of their own); the best time of each counts.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from benchmarks.synthetic import render_text, synthetic_issues
from reader.errors import BadInputError
from reader.importer import decode_bytes, parse_bytes


def _files(folder: Path | None, articles: int) -> list[tuple[str, bytes]]:
    if folder is not None:
        return [(path.name, path.read_bytes()) for path in sorted(folder.glob("*.txt"))]
    return [(name, render_text(parsed).encode()) for name, parsed in synthetic_issues(articles, seed=7)]


def _time(run: Callable[[bytes, str], object], files: list[tuple[str, bytes]]) -> float:
    start = time.perf_counter()
    for name, data in files:
        try:
            run(data, name)
        except BadInputError:
            continue
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--articles", type=int, default=5_000)
    options = parser.parse_args()
    files = _files(options.folder, options.articles)
    size = sum(len(data) for _, data in files) / 1e6
    gc.disable()
    best = {"decode": float("inf"), "parse": float("inf")}
    for _ in range(3):
        best["decode"] = min(best["decode"], _time(decode_bytes, files))
        best["parse"] = min(best["parse"], _time(parse_bytes, files))
    print(f"{len(files)} files, {size:.1f} MB")
    for side, seconds in best.items():
        print(f"  {side:7} {size / seconds:7.1f} MB/s  ({seconds:.2f} s)")


if __name__ == "__main__":
    main()
