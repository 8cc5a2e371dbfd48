"""The layers of docs/architecture.md, checked on the source: SQL only in the store, Qt only in the
window, and every module importable on its own (no import that works only after another)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reader"

SQL = re.compile(
    r"\.execute(many)?\(|\bSELECT\b[^\"']*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bDELETE\s+FROM\b"
    r"|\bUPDATE\s+\w+\s+SET\b|\bPRAGMA\b|\bCREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\b"
)
QT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6|qtawesome)\b", re.MULTILINE)


def sources(outside: str) -> list[Path]:
    return [path for path in sorted(PACKAGE.rglob("*.py")) if outside not in path.relative_to(PACKAGE).parts]


def offending(paths: list[Path], pattern: re.Pattern[str]) -> list[str]:
    found = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    return found


def test_no_sql_outside_the_store() -> None:
    assert offending(sources("store"), SQL) == []


def test_the_check_for_sql_finds_sql() -> None:
    lines = ['db.execute("SELECT id FROM articles")', "INSERT OR IGNORE INTO tags", "PRAGMA user_version"]
    assert all(SQL.search(line) for line in lines)
    assert not SQL.search("选择 from the list")


def test_no_qt_outside_the_window() -> None:
    assert offending(sources("app"), QT) == []


def modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


# A parent that has imported nothing of ours (only the big libraries, to save time) forks one child
# per module; each child imports that module alone and reports a failure on stderr.
IMPORT_EACH = """
import os, sys, importlib, traceback
for library in ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts", "numpy", "sqlite_utils", "click"):
    try:
        importlib.import_module(library)
    except ImportError:
        pass
failed = 0
for name in sys.argv[1:]:
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(name)
        except BaseException:
            sys.stderr.write(f"{name}: {traceback.format_exc(limit=3)}")
            os._exit(1)
        os._exit(0)
    _pid, status = os.waitpid(pid, 0)
    failed += status != 0
sys.exit(1 if failed else 0)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks one child per module")
def test_every_module_imports_on_its_own() -> None:
    names = modules()
    assert "reader.store.db" in names and "reader.app.window" in names and len(names) > 100
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH, *names],
        capture_output=True,
        text=True,
        env=env,
        cwd=PACKAGE.parent,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
