"""Re-lay real bulletin text in the layouts other offices print their bulletins in.

The five samples hold one bulletin layout (a 目录 with page numbers, then the items).
County and department bulletins (政务信息, 工作简报) are also printed with a spaced-out
masthead, an issue number, the compiling office and the day, a contents list of ``●``
items without page numbers (or no contents at all), a contributor under each item,
and the distribution list (报：/送：/发：, 共印N份) at the end.  This script takes four
items of sample ``000`` word for word and prints them in those layouts, so the tests
can check the importer finds the same items whatever the furniture around them.

    python scripts/make_bulletin_variants.py ../shared/seeds/000_cb36cc279cad0e3a.txt

writes ``tests/data/bulletin_variants/*.txt``.  Only the furniture (masthead, contents,
contributor lines, distribution list) is ours; every item's title and text is the sample's.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

TITLES = (
    "孔昌生到驻调研",
    "市委常委会",
    "市委人才工作领导小组会议",
    "市政府召开专题会议传达学习省长王凯在驻马店调研时讲话精神",
)
CONTRIBUTORS = ("（市政协办公室供稿）", "（市委办公室供稿）", "（市委组织部供稿）", "（市政府办公室供稿）")
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "bulletin_variants"


def items(seed: Path) -> list[tuple[str, str]]:
    """Each title with the paragraph under its second appearance (the first is the 目录's)."""
    lines = seed.read_text(encoding="utf-8").splitlines()
    found = []
    for title in TITLES:
        at = [k for k, line in enumerate(lines) if line.strip() == title][-1]
        found.append((title, lines[at + 1].strip()))
    return found


def masthead_toc(parts: list[tuple[str, str]]) -> str:
    head = ["政 务 信 息", "第18期（总第236期）", "", "驻马店市委办公室编" + " " * 24 + "2024年9月30日"]
    head += ["", "目  录"]
    head += [f"●{title}" for title, _ in parts]
    body = []
    for (title, text), contributor in zip(parts, CONTRIBUTORS, strict=True):
        body += ["", title, text, contributor]
    tail = ["", "报：省委办公厅。", "送：市委各位常委，市人大常委会、市政府、市政协主要领导。",
            "发：各县区委，市委各部委，市直各单位党组（党委）。", " " * 40 + "（共印120份）"]  # fmt: skip
    return "\n".join(head + body + tail) + "\n"


def no_contents(parts: list[tuple[str, str]]) -> str:
    head = ["工 作 简 报", "第5期", "", "驻马店市人民政府办公室" + " " * 20 + "2024年9月3日"]
    body = []
    for title, text in parts:
        body += ["", title, text]
    tail = ["", "报：省政府办公厅", "发：各县区人民政府，市政府各部门"]
    return "\n".join(head + body + tail) + "\n"


def hard_wrapped(text: str, cells: int = 72) -> str:
    """The same file as a PDF extractor gives it: every long line cut where the column is full
    (a Han character takes two cells, a half-width comma or digit one, as on the printed page)."""
    out = []
    for line in text.split("\n"):
        piece, used = "", 0
        for char in line:
            width = 2 if unicodedata.east_asian_width(char) in "WF" else 1
            if used + width > cells:
                out.append(piece)
                piece, used = "", 0
            piece += char
            used += width
        out.append(piece)
    return "\n".join(out)


def main() -> None:
    parts = items(Path(sys.argv[1]))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "masthead_bulleted_contents.txt").write_text(masthead_toc(parts), encoding="utf-8")
    (OUT / "masthead_no_contents_gb18030_crlf.txt").write_bytes(
        no_contents(parts).replace("\n", "\r\n").encode("gb18030")
    )
    (OUT / "masthead_bulleted_contents_wrapped.txt").write_text(
        hard_wrapped(masthead_toc(parts)), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
