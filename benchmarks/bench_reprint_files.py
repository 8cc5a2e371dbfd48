"""Per-file incremental reprint indexing on a built library: new edited copies, one file per import.

Run by hand after ``bench_reprints.py`` (it leaves an indexed library)::

    .venv/bin/python benchmarks/bench_reprint_files.py --library /tmp/rsbench/new/library.db

Each file is one article copied from the library with 1–10 % of its characters edited, so every
import saves a new text whose candidates come from the stored index (``bench_reprints.py``'s late
synthetic issues repeat texts the library already holds and are skipped as unchanged).  Reports
the wall time of each import and the part spent in ``reprints.index.index_articles``.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_reprints import MIN_SOURCE_CHARS, import_timed, plant
from reader.store import open_db


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    db = open_db(args.library)
    sql = f"SELECT id, title, text FROM articles WHERE length(text) >= {MIN_SOURCE_CHARS} ORDER BY id"
    sources = rng.sample(db.execute(sql).fetchall(), args.files)
    with tempfile.TemporaryDirectory() as tmp:
        planted = plant(Path(tmp), sources, rng, f"file{args.seed}")
        started = time.perf_counter()
        walls, spent = zip(*(import_timed(db, [path]) for path in planted), strict=True)
        total = time.perf_counter() - started
    print(
        f"{len(walls)} edited copies imported one file at a time (load {os.getloadavg()[0]:.1f}, "
        f"{total:.1f} s): import max {max(walls):.3f} s, mean {sum(walls) / len(walls):.3f} s; "
        f"in the reprint index max {max(spent):.3f} s, mean {sum(spent) / len(spent):.3f} s"
    )
    db.conn.close()


if __name__ == "__main__":
    main()
