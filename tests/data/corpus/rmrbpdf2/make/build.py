"""Rebuild the rmrbpdf2 set: typeset real 人民日报 articles (Markdown copies in ``src/<day>/``) as one
page-run PDF a day in the layout of dev's ``rmrb_20251020.pdf`` and extract each 版 with dev's four
tools (and 第01版 also with ``pdftotext -raw``, a fifth tool users have).

Copied from the rmrbpdf set's ``make/build.py`` (session 41) and changed only where this set needs it:
two days, one PDF each; a bold Markdown sub-head (``**（一）**``) prints without its asterisks; the
web page's ``> 系列：…`` tag line is not printed; a 责编 page may carry a mailbox line under the names
(dev's 第20版 has ``本版邮箱：…``).  Test-data tools only, never the project venv::

    pip install --target /tmp/rmrbpdf_pkgs reportlab pymupdf pdfminer.six
    PYTHONPATH=/tmp/rmrbpdf_pkgs python3 tests/data/corpus/rmrbpdf2/make/build.py

Layout inferred from dev d01–d16 (the PDF itself is not readable here): A5 pages, body 10.5 pt
STSong-Light, 30 Han characters a line, greedy width wrapping (no line-start rules, so a lone
``。`` can open a line), 2-character first-line indent, a gap between paragraphs; the title
centred at 16 pt and wrapped at ~19 characters; a byline line and the line
``《人民日报》（YYYY年M月D日 第 NN 版）`` centred; every article on a new page; a ``第 N 页`` footer.
ASCII spaces are drawn 0.75 em wide (as the source PDF's are: ``本报记者  李心萍`` comes out of
raw ``pdftotext`` as separate blocks).  The 编者按 signature ``——编  者`` is not indented.
A 引题 (``###``) is set centred above the title at 12 pt, a 副题 (``##``) below it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SET = HERE.parent
SRC = HERE / "src"
PDF_DIR = Path("/tmp/rmrbpdf2_build")
PKGS = Path("/tmp/rmrbpdf_pkgs")

F = "STSong-Light"
PAGE_W, PAGE_H = 420.0, 595.0
LEFT = 52.5
TEXT_W = 315.0  # 30 × 10.5 pt
TOP = PAGE_H - 55.0
BOTTOM = 62.0
BODY, LEAD, PARA_GAP = 10.5, 16.5, 8.0
TITLE, TITLE_LEAD = 16.0, 22.0
DECK, DECK_LEAD = 12.0, 17.0
SP = 0.75  # em width of an ASCII space
# STSong-Light has no Unicode mapping for U+00B7 (every tool drops it) and PyMuPDF reads its
# U+2026 as U+22EF: both are set in Helvetica (the source PDF extracts them as · and …).
FALLBACK = {"·": "Helvetica", "…": "Helvetica"}
SPLIT = re.compile(r"( +|[·…])")

# One PDF a day.  Per 版: (版 number, folder in src/<day>/, first footer page, items in the paper's
# order (by source_url content id), tools).  ``广告`` and ``责编:…`` (lines split on ``|``) are
# placeholder pages as in dev; the 责编 names and the mailbox are invented.
TOOLS4 = ("pdftotext", "pdftotext-layout", "pymupdf", "pdfminer")
DAYS = [
    (
        "2025-12-19",
        "2025年12月19日",
        [
            (
                "01",
                "01-要闻",
                1,
                [
                    "辽宁厚植高质量发展的绿色底色",
                    "话 实 干",
                    "安全舒适绿色智慧的“好房子”如何建（政策问答·回应关切）",
                    "海南自由贸易港正式启动全岛封关",
                ],
                (*TOOLS4, "pdftotext-raw"),
            ),
            (
                "09",
                "09-理论",
                97,
                [
                    "建设美丽中国（学习贯彻党的二十届四中全会精神）",
                    "党性不容私心侵蚀（思想纵横）",
                    "责编:本版责编：石  岚  温一舟|本版邮箱：llb@example.cn",
                    "广告",
                ],
                TOOLS4,
            ),
        ],
    ),
    (
        "2025-12-18",
        "2025年12月18日",
        [
            (
                "03",
                "03-要闻",
                23,
                [
                    "传承和发扬越中传统友谊（国际回响·大国外交·2025年度回眸）",
                    "汇聚友好的滔滔大河",
                    "循道而行向远方（大使随笔）",
                ],
                TOOLS4,
            ),
            (
                "14",
                "14-国际",
                171,
                [
                    "金色田野上的“棉中白金”（第一现场）",
                    "广告",
                    "责编:本版责编：韩  潇  鲁思远",
                ],
                TOOLS4,
            ),
        ],
    ),
]
BOLD = re.compile(r"^\*\*(.+)\*\*$")


def parse_md(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    item: dict = {"kicker": None, "title": None, "subtitle": None, "byline": "", "paras": []}
    for line in body.split("\n"):
        if not line.strip():
            continue
        if line.startswith("### "):
            item["kicker"] = line[4:].strip()
        elif line.startswith("## "):
            item["subtitle"] = line[3:].strip()
        elif line.startswith("# "):
            item["title"] = line[2:].strip()
        elif line.startswith("> 系列："):
            continue  # the web page's column tag, not printed
        elif line.startswith("> "):
            item["byline"] = line[2:].split("《人民日报》", 1)[0].strip()
        else:
            m = BOLD.match(line.strip())  # a bold sub-head prints without the asterisks
            item["paras"].append(m.group(1) if m else line.strip())
    return item


def width(s: str, size: float) -> float:
    w = 0.0
    for part in SPLIT.split(s):
        if part.startswith(" "):
            w += len(part) * SP * size
        elif part in FALLBACK:
            w += pdfmetrics.stringWidth(part, FALLBACK[part], size)
        elif part:
            w += pdfmetrics.stringWidth(part, F, size)
    return w


def wrap(s: str, size: float, first: float, rest: float) -> list[str]:
    """Greedy width wrapping, character by character (no line-start rules)."""
    lines: list[str] = []
    cur, avail = "", first
    for ch in s:
        if cur and width(cur + ch, size) > avail + 0.01:
            lines.append(cur)
            cur, avail = "", rest
            if ch == " ":
                continue
        cur += ch
    if cur:
        lines.append(cur)
    return lines


class Typesetter:
    def __init__(self, path: Path, issue: str):
        self.issue = issue
        pdfmetrics.registerFont(UnicodeCIDFont(F))
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.c.setTitle(f"人民日报 {issue} (typeset test copy)")
        self.page = 0  # physical pages finished
        self.footer = 0
        self.y = TOP
        self.started = False

    def draw(self, x: float, y: float, s: str, size: float) -> None:
        t = self.c.beginText(x, y)
        t.setFont(F, size)
        for part in SPLIT.split(s):
            if not part:
                continue
            if part in FALLBACK:
                t.setFont(FALLBACK[part], size)
                t.textOut(part)
                t.setFont(F, size)
            elif part.startswith(" "):
                t.setHorizScale(100 * SP * size / pdfmetrics.stringWidth(" ", F, size))
                t.textOut(part)
                t.setHorizScale(100)
            else:
                t.textOut(part)
        self.c.drawText(t)

    def centred(self, s: str, size: float) -> None:
        self.draw(LEFT + (TEXT_W - width(s, size)) / 2, self.y, s, size)

    def new_page(self) -> None:
        if self.started:
            f = f"第 {self.footer} 页"
            self.draw((PAGE_W - width(f, 9)) / 2, 30, f, 9)
            self.c.showPage()
            self.page += 1
            self.footer += 1
        self.started = True
        self.y = TOP

    def need(self, h: float) -> None:
        if self.y - h < BOTTOM:
            self.new_page()

    def head(self, item: dict, ban: str) -> None:
        if item.get("kicker"):
            for ln in wrap(item["kicker"], DECK, TEXT_W, TEXT_W):
                self.centred(ln, DECK)
                self.y -= DECK_LEAD
            self.y -= 2
        for ln in wrap(item["title"], TITLE, TEXT_W, TEXT_W):
            self.centred(ln, TITLE)
            self.y -= TITLE_LEAD
        if item.get("subtitle"):
            for ln in wrap(item["subtitle"], DECK, TEXT_W, TEXT_W):
                self.centred(ln, DECK)
                self.y -= DECK_LEAD
        self.y -= 4
        if item.get("byline"):
            self.centred(item["byline"], BODY)
            self.y -= LEAD + 4
        self.centred(f"《人民日报》（{self.issue} 第 {ban} 版）", BODY)
        self.y -= LEAD + 18

    def para(self, s: str) -> None:
        signature = s.startswith("——") and len(s.replace(" ", "")) <= 6
        indent = 0.0 if signature else 2 * BODY
        for i, ln in enumerate(wrap(s, BODY, TEXT_W - indent, TEXT_W)):
            self.need(LEAD)
            self.draw(LEFT + (indent if i == 0 else 0), self.y, ln, BODY)
            self.y -= LEAD
        self.y -= PARA_GAP

    def item(self, item: dict, ban: str) -> None:
        self.new_page()
        self.head(item, ban)
        for p in item["paras"]:
            self.para(p)

    def close(self) -> None:
        self.new_page()
        self.c.save()


def run(cmd: list[str], out: Path | None = None) -> str:
    env = {"PYTHONPATH": str(PKGS), "PATH": "/usr/bin:/bin"}
    res = subprocess.run(cmd, check=True, capture_output=True, env=env)
    text = res.stdout.decode("utf-8")
    if out is not None:
        out.write_text(text, encoding="utf-8", newline="")
    return text


def extract(tool: str, pdf: Path, a: int, b: int, out: Path) -> None:
    if tool == "pdftotext":
        run(["pdftotext", "-enc", "UTF-8", "-f", str(a), "-l", str(b), str(pdf), str(out)])
    elif tool == "pdftotext-layout":
        run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(a), "-l", str(b), str(pdf), str(out)])
    elif tool == "pdftotext-raw":
        run(["pdftotext", "-raw", "-enc", "UTF-8", "-f", str(a), "-l", str(b), str(pdf), str(out)])
    elif tool == "pymupdf":
        code = (
            "import sys, pymupdf\n"
            "d = pymupdf.open(sys.argv[1])\n"
            "a, b = int(sys.argv[2]), int(sys.argv[3])\n"
            "sys.stdout.write(''.join(d[i].get_text() for i in range(a - 1, b)))\n"
        )
        run([sys.executable, "-c", code, str(pdf), str(a), str(b)], out)
    else:
        pages = ",".join(str(p) for p in range(a, b + 1))
        run([sys.executable, str(PKGS / "bin" / "pdf2txt.py"), "-p", pages, str(pdf)], out)


def files() -> list[tuple[str, str, str, str]]:
    """(file name, day, 版, tool) in the set's order."""
    out = []
    n = 0
    for day, _issue, bans in DAYS:
        for ban, _folder, _first, _names, tools in bans:
            for tool in tools:
                n += 1
                out.append((f"p{n:02d}_rmrb_{day.replace('-', '')}_ban{ban}_{tool}.txt", day, ban, tool))
    return out


def main() -> None:
    names_out = iter(files())
    for day, issue, bans in DAYS:
        pdf = PDF_DIR / f"rmrb_{day.replace('-', '')}_typeset.pdf"
        ts = Typesetter(pdf, issue)
        runs = []
        for ban, folder, first_footer, names, tools in bans:
            ts.footer = first_footer
            start_page, start_footer = ts.page + 1, ts.footer
            for name in names:
                if name == "广告":
                    ts.item({"title": "广告", "paras": []}, ban)
                elif name.startswith("责编:"):
                    lines = name[3:].split("|")
                    ts.item({"title": lines[0], "paras": lines[1:]}, ban)
                else:
                    ts.item(parse_md(SRC / day / folder / f"{name}.md"), ban)
            ts.new_page()
            ts.started = False
            runs.append((ban, start_page, ts.page, start_footer, ts.footer - 1, tools))
        ts.c.save()
        for ban, a, b, fa, fb, tools in runs:
            for tool in tools:
                name, _d, _b, _t = next(names_out)
                extract(tool, pdf, a, b, SET / name)
            print(f"{day} 第{ban}版: PDF pages {a}-{b}, footers 第 {fa}–{fb} 页")


if __name__ == "__main__":
    main()
