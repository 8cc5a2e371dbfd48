"""Time the importer alone: bytes to ``ParsedIssue``, against only decoding the same bytes, in one run.

    .venv/bin/python benchmarks/bench_parse.py                        # 5,000 synthetic articles
    .venv/bin/python benchmarks/bench_parse.py --folder ../shared/corpus/dev
    .venv/bin/python benchmarks/bench_parse.py --folder ../shared/corpus/dev --folder tests/data/corpus

Without ``--folder`` the files are synthetic TOC bulletins (``synthetic.py``, the same generator as
``bench_library.py``); ``--folder`` (repeatable) takes every ``.txt`` below each folder.  Each side
runs three times, alternating, with the garbage collector off (the import's parse workers run without
pauses of their own); the best time of each counts, as wall time and as CPU time (steadier on a
shared machine).  The importer's bounded caches (``lru_cache``) are emptied before each parse round,
so a round does not reuse what the one before it classified; run a peer tree the same way
(``PYTHONPATH=peer python benchmarks/bench_parse.py``) in the same minutes to compare.  The tree parsed is
printed first: until session 30 this script put its own tree ahead of ``PYTHONPATH``, so such a "peer" run
parsed this tree.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.append(str(Path(__file__).parents[1]))  # after PYTHONPATH: a peer tree given there is parsed

from benchmarks.synthetic import render_text, synthetic_issues
from reader.errors import BadInputError
from reader.importer import decode_bytes, parse_bytes


def _files(folders: list[Path] | None, articles: int) -> list[tuple[str, bytes]]:
    if folders:
        paths = [path for folder in folders for path in sorted(folder.rglob("*.txt"))]
        return [(path.name, path.read_bytes()) for path in paths]
    return [(name, render_text(parsed).encode()) for name, parsed in synthetic_issues(articles, seed=7)]


def _time(run: Callable[[bytes, str], object], files: list[tuple[str, bytes]]) -> tuple[float, float]:
    """Wall and CPU seconds of ``run`` over ``files``."""
    _empty_caches()
    start, cpu = time.perf_counter(), time.process_time()
    for name, data in files:
        try:
            run(data, name)
        except BadInputError:
            continue
    return time.perf_counter() - start, time.process_time() - cpu


def _empty_caches() -> None:
    """Empty the importer's bounded caches (kept per process, across files); unbounded ones (tables
    built once, such as the common characters) stay."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("reader.importer"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, action="append", default=None)
    parser.add_argument("--articles", type=int, default=5_000)
    options = parser.parse_args()
    files = _files(options.folder, options.articles)
    size = sum(len(data) for _, data in files) / 1e6
    gc.disable()
    best = {"decode": (float("inf"), float("inf")), "parse": (float("inf"), float("inf"))}
    for _ in range(3):
        for side, run in (("decode", decode_bytes), ("parse", parse_bytes)):
            wall, cpu = _time(run, files)
            best[side] = (min(best[side][0], wall), min(best[side][1], cpu))
    print(f"tree: {Path(sys.modules[parse_bytes.__module__].__file__).parents[2]}")
    print(f"{len(files)} files, {size:.1f} MB")
    for side, (wall, cpu) in best.items():
        print(f"  {side:7} {size / wall:7.1f} MB/s  ({wall:.2f} s); CPU {cpu * 1000 / size:6.1f} ms per MB")


if __name__ == "__main__":
    main()
