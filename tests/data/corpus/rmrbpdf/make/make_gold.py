"""Write ../GOLD.json from the Markdown copies typeset by build.py (never from importer output).

Conventions of dev d01–d16: one gold for the four files of a 版; title = the Markdown ``# `` line,
kicker = its ``###`` 引题, subtitle = its ``##`` 副题 (with the leading ——); section 「第NN版」;
byline = the names of the ``>`` line (role words dropped, the padding inside two-character names
removed); first_chars = the first 20 non-space characters of the first body paragraph, an
编者按 counted as body (as dev does), a chart credit / photo caption at the top not counted.
广告 pages and 本版责编 blocks are not articles.  Each title, first_chars and byline name is
checked against every extracted file with all whitespace removed.

    python3 tests/data/corpus/rmrbpdf/make/make_gold.py
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
    "学习贯彻党的二十届四中全会精神中央宣讲团报告会在住房城乡建设系统举行（学习贯彻党的二十届四中全会精神）": [],  # noqa: E501
    "“伟大而浪漫”何以动人心弦（人民论坛）": ["李洪兴"],
    "“村超”比赛火 群众热情高（在现场·“村字号”文体活动观察）": ["苏滨"],
    "乡村全面振兴的生动注脚": ["高刚"],
    "党建引领提升志愿服务含金量": ["王丹"],
    "靠科技创新培育新动能（评论员观察）": ["李斌"],
    "数字文博何以向新而活（人民时评）": ["李洪兴"],
    "以法治更好守护网络营商环境": ["刘静"],
    "为孩子提供多样适配锻炼（纵横）": ["曹灿辉"],
    "“民营企业发展要与国家需求结合”": ["张文豪"],
    "科技赋能，大豆卖上好价钱": ["李俊杰"],
    "优化产品供给 服务科创企业": ["王云娜"],
    "江西司法警官职业学院：多措并举构筑数智司法人才培养新高地": [],
    "六百年屯堡 续古韵新章（推进文化自信自强）": ["马跃峰", "苏滨"],
    "回归数学本真，培养顶尖人才（新语·让好声音成为最强音）": ["丘成桐"],
    "“抓生态文明建设，既要靠物质，也要靠精神”（短评）": ["刘毅"],
}
# Leading paragraphs that are a chart credit or a photo caption, not the article's text.
NOT_BODY = re.compile(r"^(数据来源：|制\s*图：|安顺市西秀区本寨村。|安顺市融媒体中心供图)")
WS = re.compile(r"[\s\u3000]+")


def squeeze(s: str) -> str:
    return WS.sub("", s)


def main() -> None:
    from build import BANS, SRC, parse_md

    gold: dict = {}
    problems: list[str] = []
    n = 0
    for ban, folder, _first, names in BANS:
        arts = []
        for name in names:
            if name == "广告" or name.startswith("责编:"):
                continue
            item = parse_md(SRC / folder / f"{name}.md")
            meta = (SRC / folder / f"{name}.md").read_text(encoding="utf-8")
            assert f'section: "第{ban}版"' in meta, name
            paras = [p for p in item["paras"] if not NOT_BODY.match(p)]
            arts.append(
                {
                    "title": item["title"],
                    "kicker": item["kicker"],
                    "subtitle": item["subtitle"],
                    "section": f"第{ban}版",
                    "byline": BYLINES[name],
                    "first_chars": squeeze(paras[0])[:20],
                }
            )
        files = []
        for tool in ("pdftotext", "pdftotext-layout", "pymupdf", "pdfminer"):
            n += 1
            files.append(f"r{n:02d}_rmrb_20251112_ban{ban}_{tool}.txt")
        for f in files:
            text = squeeze((SET / f).read_text(encoding="utf-8"))
            for a in arts:
                for key in ("title", "first_chars", "kicker", "subtitle"):
                    if a[key] and squeeze(a[key]) not in text:
                        problems.append(f"{f}: {key} not contiguous: {a[key]}")
                for who in a["byline"]:
                    if who not in text and " ".join(who) not in text:
                        problems.append(f"{f}: byline name missing: {who}")
            gold[f] = {"issue_date": "2025-11-12", "publication": "人民日报", "articles": arts}
    (SET / "GOLD.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold)} files, {sum(len(v['articles']) for v in gold.values()) // 4} articles a tool")
    for p in problems:
        print("CHECK", p)


if __name__ == "__main__":
    main()
