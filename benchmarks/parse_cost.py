"""Parse the corpora (or synthetic bulletins) with the importer of a given source tree, for instruction
counts under callgrind and CPU time beside a peer tree, the same inputs for both.

    valgrind --tool=callgrind .venv/bin/python benchmarks/parse_cost.py --tree /tmp/peer load
    valgrind --tool=callgrind .venv/bin/python benchmarks/parse_cost.py --tree /tmp/peer parse
    .venv/bin/python benchmarks/parse_cost.py --tree . parse --synthetic 5000

``load`` reads the files and imports the importer without parsing: its count is the start-up to
subtract.  The corpora are ``../shared/corpus/dev`` and ``tests/data/corpus/*`` of *this* checkout, so
a peer tree without the newest held-out set parses the same files.  Prints the process's CPU time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def _corpora() -> list[tuple[str, bytes]]:
    """``../shared/corpus/dev`` and the held-out sets (not the tests' copy of dev)."""
    held_out = [p for p in sorted((HERE / "tests/data/corpus").iterdir()) if p.is_dir() and p.name != "dev"]
    folders = [HERE.parent / "shared" / "corpus" / "dev", *held_out]
    return [(path.name, path.read_bytes()) for folder in folders for path in sorted(folder.glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["load", "parse"])
    parser.add_argument("--tree", type=Path, default=HERE, help="source tree whose reader/ is parsed with")
    parser.add_argument("--synthetic", type=int, default=0, help="articles of synthetic bulletins instead")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from reader.errors import BadInputError
    from reader.importer import parse_bytes

    if args.synthetic:
        from benchmarks.synthetic import render_text, synthetic_issues

        issues = synthetic_issues(args.synthetic, seed=7)
        files = [(name, render_text(issue).encode()) for name, issue in issues]
    else:
        files = _corpora()
    start = time.process_time()
    if args.mode == "parse":
        for name, data in files:
            try:
                parse_bytes(data, name)
            except BadInputError:
                continue
    size = sum(len(data) for _, data in files)
    print(f"{args.tree}: {len(files)} files, {size} bytes, CPU {time.process_time() - start:.3f} s")


if __name__ == "__main__":
    main()
