"""How much work two cores of this machine do at once, against one: the ceiling of any two-process import.

Run by hand (not a test)::

    .venv/bin/python benchmarks/core_scaling.py --files /work/benchdata/files50k --count 60

The same fixed work (parsing and preparing the first ``--count`` files of a folder, as a parse worker
does; and a pure-Python loop) runs in one process, then in two at once.  On a machine with two real
cores, two processes finish in the time one does and each spends the same CPU time; where the two
virtual CPUs share a physical core or a busy host, each process's CPU time for the same work grows.
"Two together" is how many times one process's work the pair does in the time one process takes:
2.0 on two real cores, 1.0 on one.  Issue 14's "import ≥ 10 MB/s on 2 cores" needs a total CPU per MB
of at most 200 ms with two real cores; with a pair factor f it needs at most 100 × f ms per MB of
CPU as measured alone (``bench_import.py --stages``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _loop(_: object) -> None:
    total = 0
    for number in range(12_000_000):
        total += number * number % 7


def _parse(files: list[Path]) -> None:
    from reader.ingest import _load  # what a parse worker does with each file

    for path in files:
        _load(path)


def _timed(work: str, files: list[Path], out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    if work == "parse":
        _parse(files[:2])  # the importer's tables built before the clock starts
    start = time.process_time()
    _loop(None) if work == "loop" else _parse(files)
    out.put(time.process_time() - start)


def run(work: str, files: list[Path], together: int) -> tuple[float, list[float]]:
    """Wall seconds for ``together`` processes doing the same work at once, and each one's CPU seconds."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    processes = [context.Process(target=_timed, args=(work, files, out)) for _ in range(together)]
    start = time.perf_counter()
    for process in processes:
        process.start()
    cpu = [out.get() for _ in processes]
    for process in processes:
        process.join()
    return time.perf_counter() - start, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, required=True, help="a folder of bulletin files")
    parser.add_argument("--count", type=int, default=60, help="files each process parses")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = sorted(args.files.glob("*.txt"))[: args.count]
    megabytes = sum(path.stat().st_size for path in files) / 1e6
    print(
        f"{os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}; parse: {len(files)} files, {megabytes:.1f} MB"
    )
    for work in ("loop", "parse"):
        for round_ in range(args.rounds):
            _wall1, (alone,) = run(work, files, 1)
            _wall2, pair = run(work, files, 2)
            factor = 2 * alone / max(pair)
            line = f"{work:5} round {round_ + 1}: alone {alone:.2f} s CPU; two at once "
            line += f"{pair[0]:.2f}, {pair[1]:.2f} s"
            if work == "parse":
                line += f" ({alone * 1000 / megabytes:.0f} and {max(pair) * 1000 / megabytes:.0f} ms/MB)"
            print(f"{line}; two together do {factor:.2f}× one's work")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
