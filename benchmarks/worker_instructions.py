"""One parse worker's work on a sample, for counting its instructions under valgrind (callgrind).

    PYTHONHASHSEED=0 PYTHONPATH=<tree> valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/worker_instructions.py synthetic|real none|parse|all

``none`` only imports what a worker imports (``reader.parse_server``) and reads the files; ``parse``
also parses them; ``all`` also prepares each issue (``prepare_issue``) and pickles it as the worker
answers.  The differences of the three counts, divided by the sample's MB (printed on stderr), are
instructions per MB for parsing and for the whole of a worker's work; they do not depend on the load.
Samples: every 5th of the first 300 files of ``/work/benchdata/files50k`` (synthetic), every 3rd
``.txt`` of ``../shared/corpus/dev`` and ``tests/data/corpus`` (real).
"""

from __future__ import annotations

import pickle
import sys
from multiprocessing.reduction import ForkingPickler
from pathlib import Path

import reader.parse_server  # noqa: F401  (the worker's imports and warmed tables)
from reader import filenames
from reader.errors import BadInputError
from reader.importer import parse_bytes
from reader.store import issues

ROOT = Path(__file__).resolve().parent.parent


def _sample(which: str) -> list[Path]:
    if which == "synthetic":
        return sorted(Path("/work/benchdata/files50k").glob("*.txt"))[:300][::5]
    folders = [ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests" / "data" / "corpus"]
    return [path for folder in folders for path in sorted(folder.rglob("*.txt"))][::3]


def main() -> None:
    which, stage = sys.argv[1], sys.argv[2]
    files = [(path.name, path.read_bytes()) for path in _sample(which)]
    for name, data in files if stage != "none" else []:
        try:
            parsed = parse_bytes(data, filenames.shown(name))
        except BadInputError:
            continue
        if stage == "all":
            ForkingPickler.dumps(issues.prepare_issue(parsed), pickle.HIGHEST_PROTOCOL)
    print(f"{sum(len(data) for _, data in files) / 1e6:.3f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
