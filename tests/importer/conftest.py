"""Seeds for the importer tests, parsed once per session (parsing is pure, so sharing is safe)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.importer import ParsedIssue, parse_bytes

SEED_DIR = Path(__file__).parents[2] / "reader" / "data" / "samples"
SEEDS = {
    "000": "000_cb36cc279cad0e3a.txt",
    "001": "001_732989b946382461.txt",
    "002": "002_662a8bfc6deb0244.txt",
    "003": "003_9560272fe25c5dcf.txt",
    "004": "004_7be1ce5248a82324.txt",
}


def seed_bytes(key: str) -> bytes:
    return (SEED_DIR / SEEDS[key]).read_bytes()


@cache
def parsed(key: str) -> ParsedIssue:
    return parse_bytes(seed_bytes(key), SEEDS[key])
