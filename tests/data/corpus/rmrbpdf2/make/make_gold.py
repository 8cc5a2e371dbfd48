"""Write ../GOLD.json from the Markdown copies typeset by build.py (never from importer output).

Conventions of dev d01–d16 (as the rmrbpdf set wrote them): one gold for all files of a 版; title = the
Markdown ``# `` line, kicker = its ``###`` 引题, subtitle = its ``##`` 副题 (with the leading ——); section
「第NN版」; byline = the names of the ``>`` line (role words dropped, the padding inside two-character
names removed); first_chars = the first 20 non-space characters of the body, read across paragraphs
(a short first paragraph — a label like 「读者关切」 or 「开栏的话」, a one-line quote — and the next),
photo captions and their credits at the top not counted.  广告 pages and 本版责编 blocks are not
articles.  Each title, first_chars, subtitle and byline name is checked against every extracted file
with all whitespace removed.

    python3 tests/data/corpus/rmrbpdf2/make/make_gold.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE.parent
sys.path.insert(0, str(HERE))

# Byline names read from each item's ``>`` line (front matter ``author``).
BYLINES = {
    "辽宁厚植高质量发展的绿色底色": ["刘成友", "胡婧怡", "刘佳华"],
    "话 实 干": ["金社平"],
    "安全舒适绿色智慧的“好房子”如何建（政策问答·回应关切）": ["丁怡婷"],
    "海南自由贸易港正式启动全岛封关": [],
    "建设美丽中国（学习贯彻党的二十届四中全会精神）": ["孙金龙"],
    "党性不容私心侵蚀（思想纵横）": ["孔令丹"],
    "传承和发扬越中传统友谊（国际回响·大国外交·2025年度回眸）": ["黎雨青草"],
    "汇聚友好的滔滔大河": ["盛楚宜"],
    "循道而行向远方（大使随笔）": ["何炜"],
    "金色田野上的“棉中白金”（第一现场）": ["黄培昭"],
}
# Leading paragraphs that are photo captions and credits, not the article's text.
CAPTIONS = {"传承和发扬越中传统友谊（国际回响·大国外交·2025年度回眸）": 9}
WS = re.compile(r"[\s\u3000]+")


def squeeze(s: str) -> str:
    return WS.sub("", s)


def main() -> None:
    from build import DAYS, SRC, files, parse_md

    gold: dict = {}
    problems: list[str] = []
    arts_of: dict = {}
    for day, _issue, bans in DAYS:
        for ban, folder, _first, names, _tools in bans:
            arts = []
            for name in names:
                if name == "广告" or name.startswith("责编:"):
                    continue
                path = SRC / day / folder / f"{name}.md"
                item = parse_md(path)
                assert f'section: "第{ban}版"' in path.read_text(encoding="utf-8"), name
                paras = item["paras"][CAPTIONS.get(name, 0) :]
                arts.append(
                    {
                        "title": item["title"],
                        "kicker": item["kicker"],
                        "subtitle": item["subtitle"],
                        "section": f"第{ban}版",
                        "byline": BYLINES[name],
                        "first_chars": squeeze("".join(paras))[:20],
                    }
                )
            arts_of[(day, ban)] = arts
    for f, day, ban, _tool in files():
        arts = arts_of[(day, ban)]
        text = squeeze((SET / f).read_text(encoding="utf-8"))
        for a in arts:
            for key in ("title", "first_chars", "kicker", "subtitle"):
                if a[key] and squeeze(a[key]) not in text:
                    problems.append(f"{f}: {key} not contiguous: {a[key]}")
            for who in a["byline"]:
                if who not in text:
                    problems.append(f"{f}: byline name missing: {who}")
        gold[f] = {"issue_date": day, "publication": "人民日报", "articles": arts}
    (SET / "GOLD.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} files, {sum(len(v['articles']) for v in gold.values())} gold articles")
    for p in problems:
        print("CHECK", p)


if __name__ == "__main__":
    main()
