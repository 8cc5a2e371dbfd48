"""No function or method in reader/ longer than 60 lines (issue 15): a long function is one nobody can
hold in their head while changing it.  Ruff's C901 and PLR0915 limits (pyproject.toml) bound its
branches and statements; this bounds its length, docstring and comments included."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reader"
MAX_LINES = 60


def long_functions(source: str, name: str) -> list[str]:
    """``name:line qualified.name (N lines)`` for every function in ``source`` over ``MAX_LINES``,
    methods and nested functions included; the length runs from ``def`` to the last line of the body
    (decorators not counted)."""
    found: list[str] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                qualified = f"{prefix}{child.name}"
                assert child.end_lineno is not None
                length = child.end_lineno - child.lineno + 1
                if length > MAX_LINES:
                    found.append(f"{name}:{child.lineno} {qualified} ({length} lines)")
                visit(child, f"{qualified}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return found


def test_no_function_in_reader_is_over_60_lines() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    assert found == []


def test_the_check_finds_a_long_function() -> None:
    body = "".join(f"        x{n} = {n}\n" for n in range(MAX_LINES - 1))  # def + 59 lines: exactly 60
    source = (
        "import os\n"
        "\n"
        "class Panel:\n"
        "    def fits(self):\n" + body + "\n"
        "    @property\n"
        "    def too_long(self):\n" + body + "        return x0\n"
        "\n"
        "def outer():\n"
        "    async def inner():\n" + body + "        return 1\n"
        "    return inner\n"
    )
    assert long_functions(source, "panel.py") == [
        f"panel.py:{MAX_LINES + 6} Panel.too_long ({MAX_LINES + 1} lines)",
        f"panel.py:{2 * MAX_LINES + 8} outer ({MAX_LINES + 3} lines)",
        f"panel.py:{2 * MAX_LINES + 9} outer.inner ({MAX_LINES + 1} lines)",
    ]
