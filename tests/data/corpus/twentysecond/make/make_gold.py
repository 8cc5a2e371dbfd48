# ruff: noqa: E501
"""Write ../GOLD.json from the judgements below (written from items.py's texts, before any import) and check that
every title, first_chars and byline name occurs in each file as a reader sees it (GB18030 decoded where UTF-8 is
not; whitespace removed, NFKC).
Run: python3 make/make_gold.py
"""

import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import items as it

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000\ufeff\u200b]+")
NAME = re.compile(r"（[^　）]+　([^）]+)）")
# pandoc's Markdown writer turns “…” into "…" (its `smart` extension): those files' titles are read as written there
STRAIGHT = ("pandoc-markdown",)


def art(title, first, byline=(), section=None):
    return dict(
        title=title, kicker=None, subtitle=None, section=section, byline=list(byline), first_chars=first
    )


def names(sign):
    """A sign-off 「（unit　name　name）」 gives its names as the byline; 「（…供稿）」 (a unit) gives none."""
    found = NAME.fullmatch(sign or "")
    return found.group(1).split("　") if found else []


def bulletin(straight):
    """桐垭工作简报 2026年第5期: seven items under three 栏目 (重点工作, 乡镇速递, 部门之窗) — the 栏目 is each item's
    section; the masthead (name, 期号, the offices' line with the date), the 栏目 headings themselves, the 报/送/发
    lines and the 印发 line are not articles. Item 1's table and item 2's numbered list are their items' text.
    A 「（unit　name）」 sign-off gives the names; 「（…供稿）」 none; item 2 has no sign-off."""
    out = []
    for section, entries in it.A_SECTIONS:
        for title, paras, _listed, _table, sign in entries:
            out.append(art(quotes(title, straight), quotes(paras[0][:16], straight), names(sign), section))
    return out


def brief(straight):
    """漓沅政务信息 第3期: four items, each a title, paragraphs (a table in item 2, an ordered list in item 3) and a
    sign-off. The footnotes at the end (or their marks left in the text) belong to the items, not articles of their
    own; the masthead, the office/date line and the 报/送/发 line are not articles; no sections."""
    return [art(quotes(t, straight), quotes(p[0][:16], straight), names(s)) for t, p, _n, s in it.B_ITEMS]


def quotes(text, straight):
    return text.replace("“", '"').replace("”", '"') if straight else text


GOLD = {}
for name in sorted(os.listdir(OUT)):
    if not name.endswith(".txt"):
        continue
    straight = any(s in name for s in STRAIGHT)
    if name.startswith("a"):
        GOLD[name] = dict(issue_date="2026-04-10", publication=it.A_NAME, articles=bulletin(straight))
    else:
        GOLD[name] = dict(issue_date="2026-03-31", publication=it.B_NAME, articles=brief(straight))


def seen(name):
    with open(os.path.join(OUT, name), "rb") as f:
        data = f.read()
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    raise ValueError(name)


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s))


bad = 0
for name, gold in GOLD.items():
    text = norm(seen(name))
    for a in gold["articles"]:
        for what in [a["title"], a["first_chars"], *a["byline"], a["section"] or ""]:
            if norm(what) not in text:
                bad += 1
                print("NOT IN", name, what)
with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
    json.dump(GOLD, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(GOLD), "files,", sum(len(g["articles"]) for g in GOLD.values()), "articles,", bad, "not found")
