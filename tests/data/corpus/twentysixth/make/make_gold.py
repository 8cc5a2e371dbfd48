# ruff: noqa: E501
"""Write ../GOLD.json for the twentysixth set from items.py and check it against the files as a reader sees them.

Every title, first_chars, byline name, section and publication must occur in each file with all whitespace and
markup stars removed (NFKC). Run: python3 make/make_gold.py

Judgements (also in SOURCES.md):
- the 会议简报 (a01–a03): publication the meeting's 简报 name 「县十八届人大常委会第二十六次会议简报」, date the
  简报's own day (2026-10-28; not the note's 「created:」 day); each 分组审议 item and the plenary item is an article;
  no sections; no bylines (the speakers quoted are not the authors; the 秘书处 compiles); the note's callout
  「出处」, its tags and 「相关笔记」 links and the 发 line are no articles;
- the 督查通报 合刊 (b01–b02): publication 「督查通报」, date 2026-09-15; the 目录 is no article; sections 专项督查 /
  情况通报 without brackets; no bylines; numbered findings 「（一）…」 stay in their item's text; 报/送/发 and 印发 lines no article;
- the 防汛值班日报 (c01–c02): publication 「防汛值班日报」, date 2026-07-14; each time-stamped item is one article, its
  table (caption included) belongs to it; no sections; the 值班员 / 带班领导 line is no byline;
- the 社区报 (d01–d02): publication 「枫林社区报」, date 2026-11-20; the 目录 no article; sections 社区动态 / 居民说;
  byline the name of the writer's line (「（网格员　许思远）」 at the end, 「□ 桂园小区居民　王德厚」 under the title),
  the role words left out; the third 社区动态 item has none; the closing 编辑部 lines no article.
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import items as it  # noqa: E402


def art(title, first, byline=(), section=None):
    return dict(
        title=title, kicker=None, subtitle=None, section=section, byline=list(byline), first_chars=first
    )


def a_gold():
    return [art(x["title"], x["paras"][0][:12]) for x in it.A_ITEMS]


def b_gold():
    return [art(x["title"], x["paras"][0][:12], (), x["section"].strip("【】")) for x in it.B_ITEMS]


def c_gold():
    return [art(x["title"], x["paras"][0][:12]) for x in it.C_ITEMS]


def d_gold():
    return [
        art(
            x["title"], x["paras"][0][:12], [x["author"].split("　")[-1]] if x["author"] else [], x["section"]
        )
        for x in it.D_ITEMS
    ]


def iso(day):
    y, m, d = (int(v) for v in re.findall(r"\d+", day))
    return f"{y:04d}-{m:02d}-{d:02d}"


SETS = [
    (
        ("a01_rdhyjb_2_obsidian-note.md", "a02_rdhyjb_2_pandoc-rst_crlf.txt", "a03_rdhyjb_2_pandoc-org.txt"),
        it.A_NAME,
        it.A_DATE,
        a_gold,
    ),
    (
        ("b01_dctb_3-4_pandoc-asciidoc_utf8bom.txt", "b02_dctb_3-4_html2text-bw40_gb18030.txt"),
        it.B_NAME,
        it.B_DATE,
        b_gold,
    ),
    (("c01_fxzbrb_87_pandoc-org_crlf.txt", "c02_fxzbrb_87_html2text-bw40.txt"), it.C_NAME, it.C_DATE, c_gold),
    (("d01_flsqb_4_pandoc-rst.txt", "d02_flsqb_4_pdf_ps2ascii.txt"), it.D_NAME, it.D_DATE, d_gold),
]


def read(name):
    with open(os.path.join(OUT, name), "rb") as fh:
        b = fh.read()
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def squash(s):
    return re.sub(r"[\s*\\]+", "", unicodedata.normalize("NFKC", s))


def main():
    gold = {}
    bad = 0
    for names, pub, day, make in SETS:
        for name in names:
            arts = make()
            gold[name] = dict(issue_date=iso(day), publication=pub, articles=arts)
            text = squash(read(name))
            wanted = [pub] + [
                v for a in arts for v in [a["title"], a["first_chars"], *a["byline"], a["section"] or ""] if v
            ]
            for w in wanted:
                if squash(w) not in text:
                    print(f"{name}: not found: {w}")
                    bad += 1
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{sum(len(g['articles']) for g in gold.values())} articles in {len(gold)} files; {bad} not found")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
