# ruff: noqa: E501
"""Write ../GOLD.json for the twentyfourth set from items.py and check it against the files as a reader sees them.

Every title, first_chars, byline name, publication and date must occur in each extracted file with all
whitespace removed (NFKC); a title the engine broke over lines or pages is the whole title. Run: python3 make/make_gold.py

Judgements (also in SOURCES.md):
- the 公报's 目录 is no article (its lines repeat the documents' titles with leaders and page numbers); each document
  is an article titled by its 标题, section its 目录 group (「县政府文件」, 「县政府办公室文件」, brackets off), no byline
  (a government signs it), first_chars the first paragraph after the 文号 and the 主送 line;
- the running heads (「澄溪县人民政府公报 … 2026年第3期」, 「澄溪政务信息 2026年第15期…」) and footers (「— N —」,
  「…编印　第N页」) are page furniture, no titles and no text;
- a newspaper story's byline is the 记者 / 通讯员 names of its 本报讯 / 电 opening, or a sign-off 「（name）」; the
  「经济短波」 items are articles titled by their lead line without the bullet ◆; the column label is no article;
  section of every story on the page is its 版 「第3版」;
- the 简报's 编者按 is no article (it introduces the issue, not a story); its items are signed 「（unit　name）」: the byline
  is the name; 报/送/发 and 「（共印60份）」 are no article; no section;
- the 政务信息's items: section their 栏目 (「要情专报」, 「部门动态」, 「基层信息」), byline the sign-off's name;
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

WS = re.compile(r"\s+")
NAME = re.compile(r"（(?:[^（）]*?　)?([^（）　]+)）$")


def art(title, first, byline=(), section=None):
    return dict(
        title=title, kicker=None, subtitle=None, section=section, byline=list(byline), first_chars=first
    )


def first_of(p, n=12):
    return p[:n]


def gongbao():
    return [art(d["title"], first_of(d["paras"][0]), [], d["group"].strip("【】")) for d in it.A_DOCS]


def paper():
    out = []
    for s in it.B_STORIES:
        names = re.findall(r"(?:记者|通讯员)　([^　）]+)", s["dateline"])
        out.append(art(s["title"], first_of(s["paras"][0]), names, it.B_PAGE[0]))
    for t, text, who in it.B_BRIEFS:
        out.append(art(t, first_of(text), [who], it.B_PAGE[0]))
    return out


def jianbao():
    return [
        art(s["title"], first_of(s["paras"][0]), [NAME.search(s["signoff"]).group(1)]) for s in it.C_ITEMS
    ]


def zwxx():
    out = []
    for label, items in it.D_COLUMNS:
        for s in items:
            out.append(
                art(
                    s["title"],
                    first_of(s["paras"][0]),
                    [NAME.search(s["signoff"]).group(1)],
                    label.strip("【】"),
                )
            )
    return out


SETS = {
    "a": (gongbao, "2026-03-31", it.A_NAME),
    "b": (paper, "2026-05-08", it.B_PAPER),
    "c": (jianbao, "2026-04-22", it.C_NAME),
    "d": (zwxx, "2026-05-15", it.D_NAME),
}


def flat(s):
    return WS.sub("", unicodedata.normalize("NFKC", s))


def pieces(want, text):
    """want in text whole, or (a page set side by side: pdfplumber's layout) in pieces, in order, each piece on
    one line of the file; the pieces found, or None."""
    want = flat(want)
    if want in text:
        return [want]
    got, at = [], 0
    while want:
        n = len(want)
        while n > 1 and text.find(want[:n], at) < 0:
            n -= 1
        i = text.find(want[:n], at)
        if i < 0:
            return None
        got.append(want[:n])
        at, want = i + n, want[n:]
    return got


def check(name, entry, split_ok):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        raw = f.read()
    text = flat(raw)
    bad = []
    for a in entry["articles"]:
        for what in ("title", "first_chars", "byline"):
            for want in a[what] if what == "byline" else [a[what]]:
                got = pieces(want, text)
                if got and len(got) > 1:
                    if (
                        not split_ok
                        or len(got) > 3
                        or any(not any(g in flat(line) for line in raw.splitlines()) for g in got)
                    ):
                        got = None
                    else:
                        print(f"  {name[:3]} {what} in pieces: {' | '.join(got)}")
                if not got:
                    bad.append(f"{name}: {what} {want!r} not found")
        if a["section"] and flat(a["section"]) not in text:
            bad.append(f"{name}: section {a['section']!r} not found")
    y, m, d = (int(x) for x in entry["issue_date"].split("-"))
    for what in (entry["publication"], f"{y}年{m}月{d}日"):
        if flat(what) not in text:
            bad.append(f"{name}: {what!r} not found")
    return bad


def main():
    out, bad = {}, []
    names = sorted(n for n in os.listdir(OUT) if n.endswith(".txt"))
    for name in names:
        make, date, pub = SETS[name[0]]
        entry = dict(issue_date=date, publication=pub, articles=make())
        bad += check(name, entry, "layout" in name)
        out[name] = entry
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(e["articles"]) for e in out.values())
    print(f"{len(out)} files, {n} articles")
    for b in bad:
        print("MISS", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
