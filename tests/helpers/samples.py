"""The five sample bulletins shipped in reader/data/samples, as files for tests to import."""

from __future__ import annotations

from pathlib import Path

LIBRARY = Path(__file__).resolve().parents[2] / "reader" / "data" / "samples"
SEED_NAMES = sorted(p.name for p in LIBRARY.glob("*.txt"))


def seed_bytes(name_prefix: str) -> bytes:
    """The bytes of the seed whose file name starts with ``name_prefix`` (e.g. "002")."""
    (match,) = [name for name in SEED_NAMES if name.startswith(name_prefix)]
    return (LIBRARY / match).read_bytes()


def distinct_copies(folder: Path, copies: int) -> list[Path]:
    """Each sample written ``copies`` times into ``folder``, each copy with a line of its own added (so no
    two files are the same issue), named ``{copy}-{sample}``; the paths sorted by name."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, path in enumerate(sorted(LIBRARY.glob("*.txt"))):
        for copy in range(copies):
            text = path.read_text(encoding="utf-8") + f"\n附：第{copy}份，编号{number}。\n"
            (folder / f"{copy}-{path.name}").write_text(text, encoding="utf-8")
    return sorted(folder.glob("*.txt"))
