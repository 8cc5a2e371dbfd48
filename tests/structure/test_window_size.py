"""The main window stays a shell (issue 15): it builds the parts and wires them; what they do lives in
controllers with narrow interfaces (sidebar, navigator, library, corrections, session).  A window
class that grows past the limit is taking work back from them."""

from __future__ import annotations

import ast
from pathlib import Path

WINDOW = Path(__file__).resolve().parents[2] / "reader" / "app" / "window.py"
MAX_LINES = 250


def class_length(source: str, name: str) -> int:
    """Lines from ``class name`` to the last line of its body (decorators not counted)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef) and node.name == name:
            assert node.end_lineno is not None
            return node.end_lineno - node.lineno + 1
    raise LookupError(f"no class {name}")


def test_main_window_is_a_shell_under_250_lines() -> None:
    length = class_length(WINDOW.read_text(encoding="utf-8"), "MainWindow")
    assert length < MAX_LINES, f"MainWindow is {length} lines: move the work into a controller"


def test_the_check_counts_the_whole_class() -> None:
    body = "".join(f"    x{n} = {n}\n" for n in range(MAX_LINES))
    source = "import os\n\n\n@decorated\nclass MainWindow:\n" + body + "\n\ndef after():\n    pass\n"
    assert class_length(source, "MainWindow") == MAX_LINES + 1
