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
statements, which do not move with the machine's load.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path


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


def write(source: Path, library: Path) -> None:
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
    start = time.process_time()
    report = ingest.import_paths(db, paths, reprints=False)
    cpu = time.process_time() - start
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    mb = sum(item.byte_size for item in loaded) / 1e6
    print(f"write {cpu * 1000 / mb:.1f} ms/MB ({mb:.1f} MB); load {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("prep", "write"))
    parser.add_argument("--src", type=Path, required=True, help="the tree whose reader package to use")
    parser.add_argument("--files", type=Path, default=Path("/work/benchdata/files50k"))
    parser.add_argument("--count", type=int, default=400, help="prep: the first N files by name")
    parser.add_argument("--out", type=Path, help="prep: where to write the pickle")
    parser.add_argument("--pickle", type=Path, help="write: the pickle ``prep`` wrote with the same tree")
    parser.add_argument("--library", type=Path, default=Path("/tmp/bench-writer.db"))
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    if args.mode == "prep":
        prep(args.files, args.count, args.out)
    else:
        write(args.pickle, args.library)


if __name__ == "__main__":
    main()
