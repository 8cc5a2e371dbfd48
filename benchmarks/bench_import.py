"""Import throughput and library size, this tree against a peer revision, alternating in one session.

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_import.py --files /work/benchdata/files50k --peer main --rounds 2
    .venv/bin/python benchmarks/bench_import.py --files /work/benchdata/files50k --peer main --stages 600

Each run is a fresh process that imports the folder into a new library with
``ingest.import_paths`` (two parse workers, no entities) and prints: MB/s of
wall time (the import without the reprint pass, which ``bench_library.py`` times
apart, and without the search index's merge the window runs after it, timed apart); CPU
milliseconds per MB of source for the importing process (the writer) and for its parse
workers (``RUSAGE_CHILDREN``), which are far less noisy than wall time on a shared machine;
the library's size against the source, and how much of it is free pages (left by FTS5's merges, reused by
the next import).  ``--stages N`` instead times the first N files serially in
one process: read + parse, preparing rows and search entries, and writing
(save + index), each as CPU per MB.

The peer is the ``reader`` package of a git revision, extracted with ``git archive`` (so its importer
runs as Python), or a checkout given with ``--peer-tree`` (a ``git worktree`` of the revision): there
its own compiled importer is used when one was built for it (``scripts/compile_importer.py`` run in
that checkout), so both sides can run compiled.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cpu(usage: resource.struct_rusage) -> float:
    return usage.ru_utime + usage.ru_stime


def _library(out: Path) -> object:
    from reader.store.db import open_db

    for stale in out.parent.glob(out.name + "*"):
        stale.unlink()
    return open_db(out)


def _size(db: object, out: Path, source_mb: float) -> dict[str, float]:
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[attr-defined]
    page = db.execute("PRAGMA page_size").fetchone()[0]  # type: ignore[attr-defined]
    free = db.execute("PRAGMA freelist_count").fetchone()[0] * page / 1e6  # type: ignore[attr-defined]
    total = out.stat().st_size / 1e6
    return {"db_mb": total, "ratio": total / source_mb, "free_mb": free}


def _stop_fork_server() -> None:
    """Stop ``multiprocessing``'s fork server, if parse workers were forked from one (``reader.children``)."""
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


def run_import(files: Path, out: Path) -> dict[str, float]:
    """One import of ``files`` into a new library at ``out`` (the ``reader`` on ``sys.path``)."""
    from reader import ingest

    db = _library(out)
    source_mb = sum(p.stat().st_size for p in files.glob("*.txt")) / 1e6
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    report = ingest.import_paths(db, [files], reprints=False)  # the reprint pass is timed apart
    seconds = time.perf_counter() - start
    _stop_fork_server()  # its workers' CPU reaches RUSAGE_CHILDREN when the server is reaped
    own_after = resource.getrusage(resource.RUSAGE_SELF)
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers are joined by now
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    writer = (_cpu(own_after) - _cpu(own)) * 1000 / source_mb
    workers = (_cpu(children_after) - _cpu(children)) * 1000 / source_mb
    merge_start, merge_cpu = time.perf_counter(), time.process_time()
    if getattr(report, "merge_pending", False):  # the window's background job after the import
        from reader.store import search

        search.merge_steps(db)
    return {
        "merge_s": time.perf_counter() - merge_start,
        "merge_ms": (time.process_time() - merge_cpu) * 1000 / source_mb,
        "mb": source_mb,
        "seconds": seconds,
        "mb_s": source_mb / seconds,
        "writer_ms": writer,
        "workers_ms": workers,
        **_size(db, out, source_mb),
        "load": float(Path("/proc/loadavg").read_text().split()[0]),
    }


def run_stages(files: Path, out: Path, count: int) -> dict[str, float]:
    """Serial CPU per MB of the first ``count`` files: read + parse, prepare, write (save + index)."""
    from reader import filenames, ingest
    from reader.importer import parse_bytes
    from reader.store import issues, search

    paths = sorted(files.glob("*.txt"))[:count]
    source_mb = sum(p.stat().st_size for p in paths) / 1e6
    clock = time.process_time
    start = clock()
    parsed = [(p, d, parse_bytes(d, filenames.shown(p.name))) for p in paths for d in [p.read_bytes()]]
    parse = clock() - start
    start = clock()
    loaded = {}
    for path, data, issue in parsed:
        if hasattr(issues, "stored_form"):  # this tree: rows, search entries and the stored path
            loaded[path] = ingest._Loaded(
                path,
                len(data),
                issues.content_hash(data),
                issues.prepare_issue(issue),
                issues.stored_form(path),
            )
        elif hasattr(issues, "prepare_issue"):  # rows and search entries
            loaded[path] = ingest._Loaded(
                path, len(data), issues.content_hash(data), issues.prepare_issue(issue)
            )
        else:  # before: search entries only
            entries = [
                search.prepare(kicker=a.kicker, title=a.title, subtitle=a.subtitle, text=a.text)
                for a in issue.articles
            ]
            loaded[path] = ingest._Loaded(path, data, issue, entries, issues.content_hash(data))
    prepare = clock() - start
    db = _library(out)
    folder = out.parent / "stage-files"
    folder.mkdir(exist_ok=True)
    for stale in folder.iterdir():
        stale.unlink()
    for path in paths:
        (folder / path.name).symlink_to(path)
    by_name = {folder / path.name: value for path, value in loaded.items()}
    ingest._load = lambda path: by_name[path]  # type: ignore[assignment]
    ingest.PARALLEL_MIN_BYTES = 1 << 60  # in-process: the writer's own CPU
    start = clock()
    report = ingest.import_paths(db, [folder], reprints=False)
    write = clock() - start
    if report.failed:
        raise SystemExit(f"{len(report.failed)} files failed: {report.failed[0]}")
    per_mb = 1000 / source_mb
    return {
        "mb": source_mb,
        "parse_ms": parse * per_mb,
        "prepare_ms": prepare * per_mb,
        "write_ms": write * per_mb,
    }


def _child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(args.src))
    if args.stages:
        result = run_stages(args.files, args.out, args.stages)
    else:
        result = run_import(args.files, args.out)
    import reader

    result["compiled"] = bool(getattr(reader, "COMPILED_IMPORTER", False))  # reader.compiled
    print(json.dumps(result))


def _env_for(src: Path) -> dict[str, str]:
    """The environment of a side's run, so that its parse workers run its ``reader`` too.

    The workers are forked from ``multiprocessing``'s fork server, a ``python -c`` of its own that
    Python 3.11 starts without the caller's ``sys.path``: it finds ``reader`` through its working
    directory, ``PYTHONPATH`` and the editable install (this checkout).  Before session 30 a peer's
    run inserted the peer only into its own ``sys.path``, so its writer ran the peer and its workers
    ran this tree: the workers' figures of every ``--peer`` run since the fork server (session 23)
    compared this tree with itself.  The run now starts in the side's tree with it on ``PYTHONPATH``."""
    return {**os.environ, "PYTHONPATH": str(src)}


def _extract(revision: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", revision, "reader"], cwd=ROOT, check=True, capture_output=True
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def _show(name: str, result: dict[str, float]) -> str:
    name += " (importer compiled)" if result.get("compiled") else " (importer as Python)"
    if "parse_ms" in result:
        return (
            f"{name}: {result['mb']:.1f} MB serial, CPU ms per MB: read + parse {result['parse_ms']:.0f}, "
            f"prepare {result['prepare_ms']:.0f}, write {result['write_ms']:.0f}"
        )
    return (
        f"{name}: {result['mb']:.1f} MB in {result['seconds']:.1f} s = {result['mb_s']:.2f} MB/s; "
        f"CPU ms per MB: writer {result['writer_ms']:.0f}, workers {result['workers_ms']:.0f}, "
        f"total {result['writer_ms'] + result['workers_ms']:.0f}; library {result['db_mb']:.0f} MB = "
        f"{result['ratio']:.2f}× the source ({result['free_mb']:.0f} MB free pages); "
        f"load {result['load']:.1f}; then the index merge {result.get('merge_s', 0):.1f} s, "
        f"{result.get('merge_ms', 0):.0f} ms/MB CPU"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=Path, required=True, help="folder of bulletin files to import")
    parser.add_argument("--peer", default=None, help="git revision to compare with (e.g. main)")
    parser.add_argument(
        "--peer-tree", type=Path, default=None, help="a checkout to compare with, its own build included"
    )
    parser.add_argument("--rounds", type=int, default=2, help="alternating runs of each side")
    parser.add_argument("--stages", type=int, default=0, help="time the first N files serially, per stage")
    parser.add_argument(
        "--out", type=Path, default=None, help="folder for this.db and peer.db (default: temporary)"
    )
    parser.add_argument("--src", type=Path, default=None, help=argparse.SUPPRESS)  # a child run
    args = parser.parse_args(argv)
    if args.src is not None:
        _child(args)
        return
    work = Path(tempfile.mkdtemp(prefix="reader-bench-import-"))
    out = args.out or work
    out.mkdir(parents=True, exist_ok=True)
    sides = [("this tree", ROOT, out / "this.db")]
    if args.peer:
        peer = work / "peer"
        peer.mkdir()
        sides.append((f"peer {args.peer}", _extract(args.peer, peer), out / "peer.db"))
    elif args.peer_tree:
        sides.append((f"peer {args.peer_tree}", args.peer_tree.resolve(), out / "peer.db"))
    for _round in range(args.rounds):
        for name, src, library in sides:  # each side's last library is kept
            command = [sys.executable, str(Path(__file__).resolve()), "--src", str(src)]
            command += ["--files", str(args.files.resolve()), "--out", str(library.resolve())]
            command += ["--stages", str(args.stages)]
            done = subprocess.run(
                command, check=True, capture_output=True, text=True, cwd=src, env=_env_for(src)
            )
            print(_show(name, json.loads(done.stdout.strip().splitlines()[-1])), flush=True)


if __name__ == "__main__":
    main()
