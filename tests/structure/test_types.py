"""The packages below the window type-check under mypy, so an annotation that lies is caught here and
not by a user: the store, the CLI, exports, research, reprints, the recogniser, careers and the
import pipeline — and the window.

The importer has its own check (``test_importer_types``: compiled code checks annotations at run time).
The window is checked with two error codes off, both about PySide6's stubs rather than our code: its
constructors take any Qt property as a keyword (``QLabel(objectName=…)``, ``QDateEdit(calendarPopup=…)``,
``QToolButton(text=…)``) and accept a ``QPersistentModelIndex`` where a ``QModelIndex`` is asked for, but the
stubs list only each class's own keywords and exact overloads (``call-overload``, ``call-arg``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = [
    "reader/store",
    "reader/cli",
    "reader/export",
    "reader/research",
    "reader/reprints",
    "reader/entities",
    "reader/careers",
    *(str(path.relative_to(ROOT)) for path in sorted((ROOT / "reader").glob("*.py"))),
]


def test_the_layers_below_the_window_type_check() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent",
         "--no-incremental", *CHECKED],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


def test_the_window_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--follow-imports=silent",
         "--no-incremental", "--disable-error-code", "call-overload", "--disable-error-code", "call-arg",
         "reader/app"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
