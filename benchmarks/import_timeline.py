"""Where one import's wall time goes: the writer's waits on its parse workers, its index bursts, and
each second's CPU of the writer and of its child processes.

Run by hand (not a test), from the tree whose ``reader`` to measure::

    .venv/bin/python benchmarks/import_timeline.py --src . --files /work/benchdata/files50k \
        --out /tmp/timeline/this.db
    .venv/bin/python benchmarks/import_timeline.py --src /tmp/peer --files … --out /tmp/timeline/peer.db

It imports ``--files`` (``ingest.import_paths``, no entities, no reprint pass) into a new library
and prints: when the writer had saved 2, 5, 10 and 20 MB of files; how long it waited on the
workers' answers (``Child.recv``) in the first 3 s and in all; its ``index_group`` bursts; how long
the import went on after the last answer (and the writer thread's CPU then); one line per
second (``--lines``): the writer's CPU,
the share of the second it waited or indexed, and each child process's CPU (a fork server's
workers are its children, not the writer's, and do not show).  Sampling ``/proc`` costs the writer
a little CPU; compare trees with the same script.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

HZ = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    """CPU seconds of every thread of ``pid`` so far (0 once it is gone)."""
    total = 0.0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            fields = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / HZ
    except OSError:
        pass
    return total


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class Recorder:
    """Wraps the pieces of ``reader`` whose timing matters and samples ``/proc`` every 0.25 s."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.events: list[tuple[str, float, float]] = []  # (kind, start or bytes, end)
        self.samples: list[dict[str, Any]] = []
        self.done = threading.Event()
        self.thread_cpu: dict[str, float] = {}  # the writer thread's CPU at the last event of each kind

    def now(self) -> float:
        return time.perf_counter() - self.start

    def wrap(self, owner: Any, name: str, kind: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            began = self.now()
            result = original(*args, **kwargs)
            self.events.append((kind, began, self.now()))
            self.thread_cpu[kind] = time.thread_time()
            return result

        setattr(owner, name, timed)

    def wrap_saves(self, ingest: Any) -> None:
        original = ingest._outcome

        def saved(db: Any, path: Path, *args: Any, **kwargs: Any) -> Any:
            result = original(db, path, *args, **kwargs)
            self.events.append(("file", path.stat().st_size, self.now()))
            return result

        ingest._outcome = saved

    def sample(self) -> None:
        me = os.getpid()
        while not self.done.wait(0.25):
            row: dict[str, Any] = {"t": self.now(), "writer": _cpu(me)}
            for child in _children(me):
                row[f"child {child}"] = _cpu(child)
            self.samples.append(row)

    def of(self, kind: str) -> list[tuple[str, float, float]]:
        return [event for event in self.events if event[0] == kind]


def _overlap(spans: list[tuple[str, float, float]], start: float, end: float) -> float:
    return sum(max(0.0, min(span[2], end) - max(span[1], start)) for span in spans)


def report(rec: Recorder, total: float, lines: int) -> None:
    waits, bursts = rec.of("wait"), rec.of("index")
    done, marks = 0, {}
    for _kind, size, at in rec.of("file"):
        done += size
        for mb in (2, 5, 10, 20):
            if done >= mb * 1e6 and mb not in marks:
                marks[mb] = at
    load = os.getloadavg()[0]
    print(f"import {done / 1e6:.1f} MB in {total:.2f} s = {done / 1e6 / total:.2f} MB/s; load {load:.1f}")
    print("saved: " + ", ".join(f"{mb} MB at {at:.2f} s" for mb, at in marks.items()))
    print(
        f"writer waiting on answers: {_overlap(waits, 0, 3):.2f} s of the first 3 s, "
        f"{_overlap(waits, 0, total):.2f} s in all ({len(waits)} answers)"
    )
    print("index bursts: " + ", ".join(f"{b[1]:.1f}–{b[2]:.1f}" for b in bursts))
    if waits:
        tail_cpu = rec.thread_cpu["end"] - rec.thread_cpu["wait"]
        print(f"after the last answer: {total - waits[-1][2]:.2f} s, {tail_cpu:.2f} s of the writer's CPU")
    for first, second in list(zip(rec.samples, rec.samples[4:], strict=False))[::4][:lines]:
        span = second["t"] - first["t"]
        kids = [
            f"{(second[key] - first.get(key, 0)) / span:.2f}" for key in second if key.startswith("child")
        ]
        print(
            f"{first['t']:5.1f} s  writer {(second['writer'] - first['writer']) / span:.2f} "
            f"(waiting {_overlap(waits, first['t'], second['t']) / span:.2f}, "
            f"indexing {_overlap(bursts, first['t'], second['t']) / span:.2f})  children {' '.join(kids)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, required=True, help="the tree whose reader package to use")
    parser.add_argument("--files", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="the library to create (replaced)")
    parser.add_argument("--lines", type=int, default=8, help="per-second lines to print")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))
    from reader import children, ingest
    from reader.store import search
    from reader.store.db import open_db

    args.out.parent.mkdir(parents=True, exist_ok=True)
    for stale in args.out.parent.glob(args.out.name + "*"):
        stale.unlink()
    db = open_db(args.out)
    rec = Recorder()
    rec.wrap(children.Child, "recv", "wait")
    rec.wrap(search, "index_group", "index")
    rec.wrap_saves(ingest)
    sampler = threading.Thread(target=rec.sample, daemon=True)
    sampler.start()
    report_ = ingest.import_paths(db, [args.files], reprints=False)
    total = rec.now()
    rec.thread_cpu["end"] = time.thread_time()
    rec.done.set()
    sampler.join()
    if report_.failed:
        raise SystemExit(f"{len(report_.failed)} files failed")
    report(rec, total, args.lines)


if __name__ == "__main__":
    main()
