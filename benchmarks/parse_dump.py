"""Dump what the importer makes of every file, one JSON line a file, to compare two trees' parses.

    PYTHONPATH=/path/to/tree python benchmarks/parse_dump.py OUT.jsonl FOLDER_OR_FILE... [--every N]

Each line holds the file's path as given, and either the whole ``ParsedIssue`` (every field of the
model: articles, blocks, bylines, TOC, warnings, set-aside lines) or the error it raised.  A change
meant to make parsing faster must leave ``diff a.jsonl b.jsonl`` empty on every set.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from reader.errors import BadInputError
from reader.importer import parse_bytes

SUFFIXES = (".txt", ".md", ".markdown")


def _paths(targets: list[Path], every: int) -> list[Path]:
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            files = sorted(p for p in target.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            found.extend(files[::every])
        else:
            found.append(target)
    return found


def _dump(path: Path) -> dict:
    try:
        issue = parse_bytes(path.read_bytes(), path.name)
    except BadInputError as error:
        return {"file": str(path), "error": str(error)}
    return {"file": str(path), "issue": dataclasses.asdict(issue)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("targets", type=Path, nargs="+")
    parser.add_argument("--every", type=int, default=1, help="take every Nth file of a folder")
    options = parser.parse_args()
    with options.out.open("w", encoding="utf-8") as out:
        for path in _paths(options.targets, options.every):
            out.write(json.dumps(_dump(path), ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
