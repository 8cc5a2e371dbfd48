# ruff: noqa: E501
"""Write ../GOLD.json from the judgements below (written from items.py's texts, before any import) and check that
every title, first_chars and byline name occurs in each file as a reader sees it (the MHTML files' HTML part
decoded from quoted-printable in its charset, tags removed; GB18030 decoded; whitespace removed, NFKC).
Run: python3 make/make_gold.py
"""

import email
import email.policy
import html
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
TAG = re.compile(r"<[^>]+>")
NAME = re.compile(r"（[^　）]+　([^）]+)）")


def art(title, first, byline=()):
    return dict(title=title, kicker=None, subtitle=None, section=None, byline=list(byline), first_chars=first)


def names(sign):
    """A sign-off 「（unit　name　name）」 gives its names as the byline; 「（…供稿）」 (a unit) gives none."""
    found = NAME.fullmatch(sign or "")
    return found.group(1).split("　") if found else []


def brief():
    """青岚政务信息 2026年第9期: five items, each a title then its paragraphs, then a sign-off. The masthead (name,
    期号, 编 line with the date), the 编者按 over the items (it speaks of them all), the running header, the page
    footers and the 报/送/发 lines are not articles. The title is the whole title even where the column wrapped it."""
    return [art(t, p[0][:16], names(s)) for t, p, s in it.A_ITEMS]


def digest():
    """柘源早知道｜3月18日, a 公众号 post of four news items: each item (under its 01–04 number and an emoji, both
    decoration, not title) an article; the post's title, account line, 「点击蓝字　关注我们」, the closing 来源/编辑/
    审核 lines, the account's slogan and the page's 阅读原文/分享/在看 are not articles; no bylines (编辑 and 审核 sign
    the whole post, not an item)."""
    return [art(t, p[0][:16]) for t, p in it.B_ITEMS]


def dynamics():
    """沣川工作动态 第4期 (the number printed at the foot): four items numbered ①–④ — the number is not part of the
    title; ③ opens with its 按语, which is the item's own (first_chars taken from inside it, so that keeping or
    dropping 「按：」 both pass, setting the note aside does not); the table of ② and the 附件 lines of ④ are their
    items' text; a 「（unit　name）」 sign-off gives the name."""
    firsts = [
        "３月２３日，县委理论学习中心组",
        "３月２０日，全县一季度重点项目",
        "积分制把乡村治理的“软任务”",
        "进入春季以来，县应急管理局",
    ]
    return [art(t, f, names(s)) for (_n, t, _p, s), f in zip(it.C_ITEMS, firsts, strict=False)]


GOLD = {}
for name in sorted(os.listdir(OUT)):
    if not name.endswith(".txt"):
        continue
    if name.startswith("a"):
        GOLD[name] = dict(issue_date="2026-03-20", publication="青岚政务信息", articles=brief())
    elif name.startswith("b"):
        GOLD[name] = dict(issue_date="2026-03-18", publication="柘源发布", articles=digest())
    else:
        GOLD[name] = dict(issue_date="2026-03-25", publication="沣川工作动态", articles=dynamics())


def seen(name):
    with open(os.path.join(OUT, name), "rb") as f:
        data = f.read()
    if b"MIME-Version" in data[:400]:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        part = next(p for p in msg.walk() if p.get_content_type() == "text/html")
        return html.unescape(TAG.sub("", part.get_content()))
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
        for what in [a["title"], a["first_chars"], *a["byline"]]:
            if norm(what) not in text:
                bad += 1
                print("NOT IN", name, what)
with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
    json.dump(GOLD, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(GOLD), "files,", sum(len(g["articles"]) for g in GOLD.values()), "articles,", bad, "not found")
