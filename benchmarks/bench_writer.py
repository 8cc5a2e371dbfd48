"""The import's single writer alone: CPU per MB of saving already prepared files, serially.

Run by hand (not a test)::

    # once per tree: read, parse and prepare the first N files with that tree's code, pickled
    .venv/bin/python benchmarks/bench_writer.py prep --src . --count 400 --out /tmp/this400.pkl
    .venv/bin/python benchmarks/bench_writer.py prep --src /tmp/peer --count 400 --out /tmp/peer400.pkl
    # then alternate the trees: each run saves the pickled files into a new library
    .venv/bin/python benchmarks/bench_writer.py write --src . --pickle /tmp/this400.pkl
    .venv/bin/python benchmarks/bench_writer.py write --src /tmp/peer --pickle /tmp/peer400.pkl

``write`` runs ``ingest.import_paths`` in-process on the prepared files (no parse workers, no
reprint pass, no merge) and prints the CPU milliseconds per MB of source it took: what the
writer spends in the pipeline, less receiving the workers' answers and the checkpointing
thread.  Under ``valgrind --tool=callgrind --collect-atstart=no
--toggle-collect=_pysqlite_query_execute`` it counts the instructions spent inside SQLite
statements, which do not move with the machine's load.  ``write --statements`` also prints the CPU
per MB of each SQL statement (by its first 70 characters), the largest first: where the writer's time
goes, statement by statement.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any


class _TimedConnection:
    """A connection that adds each statement's CPU time to ``spent`` (by its SQL's first 70 characters)."""

    def __init__(self, conn: Any, spent: dict[str, list[float]]) -> None:
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "_spent", spent)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._conn, name, value)

    def __enter__(self) -> Any:
        return self._conn.__enter__()

    def __exit__(self, *exc: object) -> Any:
        return self._conn.__exit__(*exc)

    def _timed(self, method: str, sql: str, *args: Any) -> Any:
        start = time.process_time()
        try:
            return getattr(self._conn, method)(sql, *args)
        finally:
            entry = self._spent[f"{method:<11} " + re.sub(r"\s+", " ", sql.strip())[:70]]
            entry[0] += 1
            entry[1] += time.process_time() - start

    def execute(self, sql: str, *args: Any) -> Any:
        return self._timed("execute", sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        return self._timed("executemany", sql, *args)


def prep(files: Path, count: int, out: Path) -> None:
    from reader import filenames, ingest
    from reader.importer import parse_bytes
    from reader.store import issues

    loaded = []
    for path in sorted(files.glob("*.txt"))[:count]:
        data = path.read_bytes()
        issue = issues.prepare_issue(parse_bytes(data, filenames.shown(path.name)))
        size, digest = len(data), issues.content_hash(data)
        loaded.append(ingest._Loaded(path, size, digest, issue, issues.stored_form(path)))
    out.write_bytes(pickle.dumps(loaded, protocol=5))


def write(source: Path, library: Path, *, statements: bool = False) -> None:
    from reader import ingest
    from reader.store.db import open_db

    loaded = pickle.loads(source.read_bytes())
    by_path = {item.path: item for item in loaded}
    paths = [item.path for item in loaded]
    ingest._load = lambda path: by_path[path]  # type: ignore[assignment]
    ingest.collect_files = lambda _paths: iter(paths)  # type: ignore[assignment]
    ingest.PARALLEL_MIN_BYTES = 1 << 60  # in-process: the writer's own CPU
    for stale in library.parent.glob(library.name + "*"):
        stale.unlink()
    db = open_db(library)
    spent: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    if statements:
        db.conn = _TimedConnection(db.conn, spent)  # type: ignore[assignment]
    start = time.process_time()
    report = ingest.import_paths(db, paths, reprints=False)
    cpu = time.process_time() - start
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    mb = sum(item.byte_size for item in loaded) / 1e6
    print(f"write {cpu * 1000 / mb:.1f} ms/MB ({mb:.1f} MB); load {os.getloadavg()[0]:.1f}")
    for sql, (calls, seconds) in sorted(spent.items(), key=lambda item: -item[1][1])[:20]:
        print(f"{seconds * 1000 / mb:7.1f} ms/MB {int(calls):6d}×  {sql}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("prep", "write"))
    parser.add_argument("--src", type=Path, required=True, help="the tree whose reader package to use")
    parser.add_argument("--files", type=Path, default=Path("/work/benchdata/files50k"))
    parser.add_argument("--count", type=int, default=400, help="prep: the first N files by name")
    parser.add_argument("--out", type=Path, help="prep: where to write the pickle")
    parser.add_argument("--pickle", type=Path, help="write: the pickle ``prep`` wrote with the same tree")
    parser.add_argument("--library", type=Path, default=Path("/tmp/bench-writer.db"))
    parser.add_argument("--statements", action="store_true", help="write: CPU per MB of each SQL statement")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    if args.mode == "prep":
        prep(args.files, args.count, args.out)
    else:
        write(args.pickle, args.library, statements=args.statements)


if __name__ == "__main__":
    main()
