"""Eight new files into a built library, three times: the import (what the window waits for), the
reprint pass and the search index's merge steps after it (jobs of their own in the window; ``reader
import`` runs all three), timed apart.

    .venv/bin/python benchmarks/bench_eight_files.py /tmp/final50k/library.db   # the library is changed
    .venv/bin/python benchmarks/bench_eight_files.py LIBRARY --tag b2   # again: other new texts

``--tag`` goes into the changed place name, so each invocation on one library (a tree and its peer
taking turns) imports texts no earlier one did; without it a second invocation's files would be
found unchanged.

The files are the last eight of ``bench_library.py``'s synthetic 500k folder, a place name changed
per run so each run imports new texts (near-copies of articles already in the library, as a
reprint-heavy day would bring).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FILES = Path("/work/benchdata/files500k")


def new_files(run: int, tag: str = "") -> Path:
    folder = Path(tempfile.mkdtemp())
    for number, path in enumerate(sorted(FILES.glob("*.txt"))[-8:]):
        text = path.read_bytes().replace("驻马店".encode(), f"驻{tag}{run}店".encode())
        (folder / f"more_{run}_{number}.txt").write_bytes(text)
    return folder


def main() -> None:
    from reader import derived, ingest
    from reader.store import open_db, search

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--tag", default="", help="a mark of this invocation, for its new texts")
    args = parser.parse_args()
    for run in range(3):
        folder = new_files(run, args.tag)
        db = open_db(args.library)
        start = time.perf_counter()
        report = ingest.import_paths(db, [folder], reprints=False)
        if len(report.with_status("imported")) != 8:
            raise SystemExit(f"run {run}: {len(report.with_status('imported'))} of 8 files imported")
        imported = time.perf_counter()
        derived.update_reprints(db, report.reprints_pending)
        reprinted = time.perf_counter()
        search.merge_steps(db, steps=ingest._merge_budget(report))  # the CLI's budget after an import
        done = time.perf_counter()
        print(
            f"run {run}: import {imported - start:.2f} s, reprint pass {reprinted - imported:.2f} s, "
            f"merge {done - reprinted:.2f} s, together {done - start:.2f} s"
        )
        db.conn.close()


if __name__ == "__main__":
    main()
