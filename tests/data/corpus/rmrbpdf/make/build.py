"""Rebuild the rmrbpdf set: typeset real 人民日报 articles (Markdown copies in ``src/``) as one
page-run PDF in the layout of dev's ``rmrb_20251020.pdf`` and extract each 版 with four tools.

Test-data tools only, never the project venv::

    pip install --target /tmp/rmrbpdf_pkgs reportlab pymupdf pdfminer.six
    PYTHONPATH=/tmp/rmrbpdf_pkgs python3 tests/data/corpus/rmrbpdf/make/build.py

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
SRC = HERE / "src" / "2025-11-12"
PDF = Path("/tmp/rmrbpdf_build/rmrb_20251112_typeset.pdf")
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

# 版 in page order: (版 number, first footer page, items in the paper's order, extra pages).
# Items are Markdown names in src/<NN-栏目>/; ``广告`` and ``责编:…`` are placeholder pages as in dev.
BANS = [
    (
        "04",
        "04-要闻",
        37,
        [
            "学习贯彻党的二十届四中全会精神中央宣讲团报告会在住房城乡建设系统举行（学习贯彻党的二十届四中全会精神）",
            "“伟大而浪漫”何以动人心弦（人民论坛）",
            "“村超”比赛火 群众热情高（在现场·“村字号”文体活动观察）",
            "乡村全面振兴的生动注脚",
            "党建引领提升志愿服务含金量",
        ],
    ),
    (
        "05",
        "05-评论",
        None,
        [
            "靠科技创新培育新动能（评论员观察）",
            "数字文博何以向新而活（人民时评）",
            "以法治更好守护网络营商环境",
            "为孩子提供多样适配锻炼（纵横）",
        ],
    ),
    (
        "10",
        "10-经济",
        121,
        [
            "“民营企业发展要与国家需求结合”",
            "科技赋能，大豆卖上好价钱",
            "优化产品供给 服务科创企业",
            "江西司法警官职业学院：多措并举构筑数智司法人才培养新高地",
            "广告",
            "责编:本版责编：程  远  白若溪  范一鸣",
        ],
    ),
    (
        "11",
        "11-文化",
        None,
        [
            "六百年屯堡 续古韵新章（推进文化自信自强）",
            "回归数学本真，培养顶尖人才（新语·让好声音成为最强音）",
            "广告",
            "广告",
        ],
    ),
    (
        "13",
        "13-生态",
        152,
        [
            "“抓生态文明建设，既要靠物质，也要靠精神”（短评）",
            "责编:本版责编：秦  晓  邵明川",
            "广告",
        ],
    ),
]
ISSUE = "2025年11月12日"


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
        elif line.startswith("> "):
            item["byline"] = line[2:].split("《人民日报》", 1)[0].strip()
        else:
            item["paras"].append(line.strip())
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
    def __init__(self, path: Path):
        pdfmetrics.registerFont(UnicodeCIDFont(F))
        path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.c.setTitle("人民日报 2025-11-12 (typeset test copy)")
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
        self.centred(f"《人民日报》（{ISSUE} 第 {ban} 版）", BODY)
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


def main() -> None:
    ts = Typesetter(PDF)
    runs = []
    for ban, folder, first_footer, names in BANS:
        if first_footer is not None:
            ts.footer = first_footer
        start_page, start_footer = ts.page + 1, ts.footer
        for name in names:
            if name == "广告":
                ts.item({"title": "广告", "paras": []}, ban)
            elif name.startswith("责编:"):
                ts.item({"title": name[3:], "paras": []}, ban)
            else:
                ts.item(parse_md(SRC / folder / f"{name}.md"), ban)
        ts.new_page()
        ts.started = False
        runs.append((ban, start_page, ts.page, start_footer, ts.footer - 1))
    ts.c.save()

    n = 0
    for ban, a, b, fa, fb in runs:
        stem = f"rmrb_20251112_ban{ban}"
        for tool in ("pdftotext", "pdftotext-layout", "pymupdf", "pdfminer"):
            n += 1
            out = SET / f"r{n:02d}_{stem}_{tool}.txt"
            if tool == "pdftotext":
                run(["pdftotext", "-enc", "UTF-8", "-f", str(a), "-l", str(b), str(PDF), str(out)])
            elif tool == "pdftotext-layout":
                run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(a), "-l", str(b), str(PDF), str(out)])
            elif tool == "pymupdf":
                code = (
                    "import sys, pymupdf\n"
                    "d = pymupdf.open(sys.argv[1])\n"
                    "a, b = int(sys.argv[2]), int(sys.argv[3])\n"
                    "sys.stdout.write(''.join(d[i].get_text() for i in range(a - 1, b)))\n"
                )
                run([sys.executable, "-c", code, str(PDF), str(a), str(b)], out)
            else:
                pages = ",".join(str(p) for p in range(a, b + 1))
                run([sys.executable, str(PKGS / "bin" / "pdf2txt.py"), "-p", pages, str(PDF)], out)
        print(f"第{ban}版: PDF pages {a}-{b}, footers 第 {fa}–{fb} 页")


if __name__ == "__main__":
    main()
