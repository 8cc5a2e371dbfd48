"""The whole reprint pass over a built library: the index emptied, then ``derived.update_reprints``
(what ``reader import`` runs after an import, in batches of 100,000 articles), timed.

    .venv/bin/python benchmarks/bench_reprint_pass.py /tmp/reprintcap50k/pass.db   # the library is changed

Prints wall and CPU time, the load average, and what the pass found (pairs, clustered articles),
so two trees taking turns on one library can be compared.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TABLES = ("reprint_members", "reprint_pairs", "reprint_bands", "reprint_docs", "reprint_stale")


def main() -> None:
    from reader import derived
    from reader.store import open_db

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    args = parser.parse_args()
    db = open_db(args.library)
    with db.atomic():
        for table in TABLES:
            db.execute(f"DELETE FROM {table}")
    load = os.getloadavg()[0]
    wall, cpu = time.perf_counter(), time.process_time()
    count = derived.update_reprints(db, [])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    pairs = db.execute("SELECT count(*) FROM reprint_pairs").fetchone()[0]
    clustered = db.execute("SELECT count(*) FROM reprint_members").fetchone()[0]
    print(f"reprint pass over {count} articles: {wall:.1f} s wall, {cpu:.1f} s CPU, load {load:.1f} → "
          f"{os.getloadavg()[0]:.1f}; {pairs} pairs, {clustered} articles in clusters")  # fmt: skip
    db.conn.close()


if __name__ == "__main__":
    main()
