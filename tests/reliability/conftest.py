"""Real processes against real files: helpers for the reliability suite (issue 16).

Every test here runs the ``reader`` command as a separate process (``python -m reader``),
the way a user or a script does, and checks what the user would see: the exit status,
one ``Error:`` line instead of a traceback, and what the library holds afterwards.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.helpers.samples import LIBRARY, SEED_NAMES

TIMEOUT = 120  # a hang fails the test instead of the suite


def reader_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def run_reader(
    *args: str, env: dict[str, str] | None = None, timeout: float = TIMEOUT, prefix: Sequence[str] = ()
) -> subprocess.CompletedProcess[str]:
    """``reader ARGS`` in its own process; ``prefix`` wraps it (``unshare …``)."""
    return subprocess.run(
        [*prefix, *reader_command(*args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )


def assert_clean_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit status 1, no traceback, and an ``Error:`` line naming what went wrong."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    for word in words:
        assert word in errors[0], errors[0]
    return errors[0]


def make_batch(folder: Path, copies: Sequence[int]) -> list[Path]:
    """Distinct copies of the five sample bulletins (a line appended, so the bytes differ)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for n in copies:
        for name in SEED_NAMES:
            target = folder / f"{Path(name).stem}_{n}.txt"
            target.write_bytes((LIBRARY / name).read_bytes() + f"\n（第{n}份副本）\n".encode())
            made.append(target)
    return made


def library_state(db_path: Path) -> dict[str, object]:
    """What a user can see in a library, independent of row ids and import order."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        issues = sorted(conn.execute("SELECT key, source_file, content_hash, title, issue_date FROM issues"))
        articles = sorted(conn.execute("SELECT key, title, text FROM articles"))
        mentions = sorted(
            conn.execute(
                'SELECT a.key, m.field, m.start, m."end", e.kind, e.text FROM mentions m '
                "JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id"
            )
        )
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return {"issues": issues, "articles": articles, "mentions": mentions, "integrity": integrity}


def _can_unshare() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt && umount /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


CAN_UNSHARE = _can_unshare()


@pytest.fixture
def seeded_library(tmp_path: Path) -> Path:
    """A library with one sample bulletin (35 articles), imported without entities."""
    db = tmp_path / "library.db"
    result = run_reader("import", "--db", str(db), "--no-entities", str(LIBRARY / SEED_NAMES[0]))
    assert result.returncode == 0, result.stderr
    return db
