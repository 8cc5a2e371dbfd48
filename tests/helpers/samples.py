"""The five sample bulletins shipped in reader/data/samples, as files for tests to import."""

from __future__ import annotations

from pathlib import Path

LIBRARY = Path(__file__).resolve().parents[2] / "reader" / "data" / "samples"
SEED_NAMES = sorted(p.name for p in LIBRARY.glob("*.txt"))


def seed_bytes(name_prefix: str) -> bytes:
    """The bytes of the seed whose file name starts with ``name_prefix`` (e.g. "002")."""
    (match,) = [name for name in SEED_NAMES if name.startswith(name_prefix)]
    return (LIBRARY / match).read_bytes()
