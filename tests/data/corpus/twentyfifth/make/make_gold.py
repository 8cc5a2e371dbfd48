# ruff: noqa: E501
"""Write ../GOLD.json for the twentyfifth set from items.py and check it against the files as a reader sees them.

Every title, first_chars, byline name, section, publication and date must occur in each file with all whitespace
removed (NFKC); a title a tool broke over lines is the whole title. Run: python3 make/make_gold.py

Judgements (also in SOURCES.md):
- the e-paper page: the site chrome (首页/往期回顾, 上一版/下一版, 版面导航, the 本版标题 list) and the copyright line are
  no articles; each story is an article, section its 版 「第1版」; byline the 记者 / 通讯员 names of its 本报讯 opening,
  or the name of a 「（图/文　name）」 credit; the caption 「图为…」 is part of its story but not its first paragraph:
  first_chars is the first body paragraph after the dateline; the head line and the 本版责任编辑 line are furniture;
- the 工作简报's items end in 「（撰稿：A　责任编辑：B　审核：C）」: the byline is the 撰稿 name only (the editor and the
  reviewer wrote nothing); an item signed by a unit (「…供稿」) or with no 撰稿 has none; no section; 报/送/发 no article;
- the 专刊: section its 【栏目】 without brackets; no bylines; the table and its 「注：」 line belong to the item above;
- the 统计月报: the indicator table under its title is an article (title the table's title, body from its header
  row 「指标」, the 「说明：」 line with it), as the seventeenth set's table item is — a reader must be able to open
  and find the table (decided by the lead, session 40; the set's first gold had it as no article); each narrative
  item is one; no bylines, no sections;
- the 应急管理信息: 本期要目 is no article; a 【领导批示】 box belongs to the item above it (no article); sign-offs are
  units (「（…供稿）」): no bylines; no sections; 报/送/发 no article;
- publication and date as the masthead states them.
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


def paper():
    out = []
    for s in it.A_STORIES:
        names = re.findall(r"(?:记者|通讯员)　([^　）]+)", s["dateline"])
        if s["credit"]:
            names += re.findall(r"（图/文　([^）]+)）", s["credit"])
        out.append(art(s["title"], s["paras"][0][:12], names, it.A_PAGE[0]))
    return out


def jianbao():
    return [
        art(x["title"], x["paras"][0][:12], re.findall(r"撰稿：([^　）]+)", x["credit"])) for x in it.B_ITEMS
    ]


def zhuankan():
    return [art(x["title"], x["paras"][0][:12], [], x["section"].strip("【】")) for x in it.C_ITEMS]


def yuebao():
    return [art(it.D_TABLE_TITLE, it.D_TABLE[0][0]), *(art(x["title"], x["paras"][0][:12]) for x in it.D_ITEMS)]


def yingji():
    return [art(x["title"], x["paras"][0][:12]) for x in it.E_ITEMS]


ISSUES = {
    "a": ("泷阳新闻", "2026-06-18", paper),
    "b": ("柘塘镇工作简报", "2026-06-10", jianbao),
    "c": ("文明泷阳", "2026-05-20", zhuankan),
    "d": ("泷阳统计月报", "2026-06-12", yuebao),
    "e": ("应急管理信息", "2026-07-03", yingji),
}


def flat(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def main():
    gold = {}
    bad = 0
    for name in sorted(os.listdir(OUT)):
        if not name.endswith(".txt"):
            continue
        pub, date, make = ISSUES[name[0]]
        arts = make()
        gold[name] = dict(issue_date=date, publication=pub, articles=arts)
        with open(os.path.join(OUT, name), encoding="utf-8") as f:
            body = flat(f.read())
        y, m, d = date.split("-")
        wants = [pub, f"{int(y)}年{int(m)}月{int(d)}日"]
        for a in arts:
            wants += [a["title"], a["first_chars"], *a["byline"], *([a["section"]] if a["section"] else [])]
        for w in wants:
            if flat(w) not in body:
                print("MISSING", name, w)
                bad += 1
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(gold), "files", sum(len(v["articles"]) for v in gold.values()), "articles", bad, "missing")


if __name__ == "__main__":
    main()
