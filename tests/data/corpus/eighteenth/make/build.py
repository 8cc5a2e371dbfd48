# ruff: noqa: E501
"""Render the eighteenth set's files from make/items.py (run: python3 make/build.py).

a0*: one day of 临溪日报 as feeds / data exports (RSS 2.0, Atom, JSON array, CSV, TSV);
b0*: 青石镇工作简报 第7期 as pandoc plain (.docx), pdftotext (plain, A4, 28 characters a line) and Word's
     "plain text" save (GB18030, CRLF);
c0*: a WeChat push of 临溪发布 as copied from a browser and from the PC client.
"""

import csv
import html
import io
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from items import (  # noqa: E402
    BRIEF_COPIES,
    BRIEF_DATE,
    BRIEF_ITEMS,
    BRIEF_NAME,
    BRIEF_NO,
    BRIEF_OFFICE,
    BRIEF_TAIL,
    BRIEF_TOTAL,
    PAPER,
    PAPER_ITEMS,
    WX_ACCOUNT,
    WX_CREDITS,
    WX_DATE,
    WX_PARAS,
    WX_PLACE,
    WX_SOURCE,
    WX_TITLE,
)

NUMS = "一二三四五六七八九十"
LINKS = [
    f"http://www.lxrb.example.cn/html/2026-11/20/content_{3401 + i}.htm" for i in range(len(PAPER_ITEMS))
]


def write(name, text, encoding="utf-8", crlf=False, bom=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def html_body(paras):
    return "".join(f"<p>{p}</p>" for p in paras)


def rss():
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{PAPER}</title>",
        "<link>http://www.lxrb.example.cn/</link>",
        f"<description>{PAPER}数字报</description>",
        "<language>zh-cn</language>",
        "<lastBuildDate>Fri, 20 Nov 2026 06:00:00 +0800</lastBuildDate>",
    ]
    for it, link in zip(PAPER_ITEMS, LINKS, strict=True):
        out += [
            "<item>",
            f"<title>{it['title']}</title>",
            f"<link>{link}</link>",
            f'<guid isPermaLink="true">{link}</guid>',
            f"<dc:creator>{it['author']}</dc:creator>" if it["author"] else "<dc:creator/>",
            f"<category>{it['section']}</category>",
            "<pubDate>Fri, 20 Nov 2026 06:00:00 +0800</pubDate>",
            f"<description><![CDATA[{html_body(it['paras'])}]]></description>",
            "</item>",
        ]
    out += ["</channel>", "</rss>"]
    write("a01_lxrb_rss2_utf8.txt", "\n".join(out) + "\n")


def atom():
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{PAPER}</title>",
        '  <link href="http://www.lxrb.example.cn/" rel="alternate"/>',
        "  <id>tag:lxrb.example.cn,2026:feed</id>",
        "  <updated>2026-11-20T06:00:00+08:00</updated>",
    ]
    for i, (it, link) in enumerate(zip(PAPER_ITEMS, LINKS, strict=True)):
        out += [
            "  <entry>",
            f"    <title>{it['title']}</title>",
            f'    <link href="{link}" rel="alternate"/>',
            f"    <id>tag:lxrb.example.cn,2026-11-20:{3401 + i}</id>",
            "    <published>2026-11-20T06:00:00+08:00</published>",
            "    <updated>2026-11-20T06:00:00+08:00</updated>",
        ]
        if it["author"]:
            out.append(f"    <author><name>{it['author']}</name></author>")
        out += [
            f'    <category term="{it["section"]}"/>',
            f'    <content type="html">{html.escape(html_body(it["paras"]), quote=False)}</content>',
            "  </entry>",
        ]
    out.append("</feed>")
    write("a02_lxrb_atom_utf8.txt", "\n".join(out) + "\n")


def records():
    return [
        dict(
            title=it["title"],
            author=it["author"],
            date=PAPER_DATE_DOT,
            section=it["section"],
            content="\n".join(it["paras"]),
        )
        for it in PAPER_ITEMS
    ]


PAPER_DATE_DOT = "2026-11-20"


def as_json():
    write("a03_lxrb_json-array_utf8.txt", json.dumps(records(), ensure_ascii=False, indent=2) + "\n")


def as_csv():
    buf = io.StringIO()
    w = csv.DictWriter(
        buf, fieldnames=["title", "author", "date", "section", "content"], lineterminator="\r\n"
    )
    w.writeheader()
    for r in records():
        w.writerow(r)
    # Excel-style: BOM, CRLF between records; newlines inside a quoted field stay LF
    write("a04_lxrb_csv_utf8bom_crlf.txt", buf.getvalue(), bom=True)


def as_tsv():
    lines = ["title\tauthor\tdate\tsection\tcontent"]
    for r in records():
        content = "".join("　　" + p for p in r["content"].split("\n"))
        lines.append("\t".join([r["title"], r["author"], r["date"].replace("-", "/"), r["section"], content]))
    write("a05_lxrb_tsv_gbk.txt", "\n".join(lines) + "\n", encoding="gbk")


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, cols=56):
    """Break a paragraph as a PDF line of 28 CJK characters does: ASCII runs kept whole, no closing punctuation at
    the start of a line (it stays at the end of the line before)."""
    import re

    lines, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.%]+|.", s):
        if width(cur + tok) > cols and tok not in "，。、；：”）！？%":
            lines.append(cur)
            cur = ""
        cur += tok
    if cur:
        lines.append(cur)
    return lines


def brief_blocks():
    """The brief as (kind, text) blocks in reading order."""
    b = [
        ("mast", BRIEF_NAME),
        ("no", f"{BRIEF_NO}（{BRIEF_TOTAL}）"),
        ("office", f"{BRIEF_OFFICE}　　　　　　　　{BRIEF_DATE}"),
    ]
    b.append(("toc_head", "本期目录"))
    for i, it in enumerate(BRIEF_ITEMS):
        b.append(("toc", f"（{NUMS[i]}）{it['title']}"))
    for it in BRIEF_ITEMS:
        b.append(("title", it["title"]))
        for p in it["paras"]:
            b.append(("para", p))
        if it["signoff"]:
            b.append(("signoff", it["signoff"]))
    for t in BRIEF_TAIL:
        b.append(("tail", t))
    b.append(("copies", BRIEF_COPIES))
    return b


def pandoc_plain():
    out = []
    for _kind, text in brief_blocks():
        out.append(text)
        out.append("")
    write("b01_qszjb_7_docx_pandoc-plain.txt", "\n".join(out))


def pdftotext():
    pages, cur = [], []
    rows_per_page = 22

    def emit(lines):
        nonlocal cur
        for ln in lines:
            if len([x for x in cur if x]) >= rows_per_page:
                pages.append(cur)
                cur = []
            cur.append(ln)

    prev = None
    for kind, text in brief_blocks():
        if kind == "para":
            emit(wrap(text))
        elif kind in ("toc", "tail") and prev == kind:
            emit([text])
        else:
            emit(["", text] if cur else [text])
            if kind in ("title", "toc_head", "tail"):
                pass
        if kind in ("title", "signoff", "office", "no"):
            emit([""])
        prev = kind
    pages.append(cur)
    text = ""
    for i, p in enumerate(pages, 1):
        body = "\n".join(p).strip("\n")
        body = re.sub(r"\n{3,}", "\n\n", body)
        text += body + f"\n\n— {i} —\n\n\f"
    write("b02_qszjb_7_pdftotext.txt", text)


def word_txt():
    out = []
    for kind, text in brief_blocks():
        out.append("　　" + text if kind == "para" else text)
    write("b03_qszjb_7_word-txt_gb18030_crlf.txt", "\n".join(out) + "\n", encoding="gb18030", crlf=True)


CAPTION = "▲西坪镇万亩竹海晨雾（陈小川 摄）"


def wechat_browser():
    out = [WX_TITLE, "", f"原创 {WX_ACCOUNT} {WX_ACCOUNT} {WX_DATE} {WX_PLACE}", ""]
    for c in WX_CREDITS:
        out += [c, ""]
    for i, p in enumerate(WX_PARAS):
        out += [p, ""]
        if i == 0:
            out += [CAPTION, ""]
    out += [
        WX_SOURCE,
        "",
        "预览时标签不可点",
        "",
        "微信扫一扫",
        "关注该公众号",
        "",
        "继续滑动看下一个",
        "轻触阅读原文",
        "",
        WX_ACCOUNT,
        "向上滑动看下一个",
        "",
        "知道了",
        "",
        "微信扫一扫",
        "使用小程序",
        "",
        "取消 允许",
        "",
        "取消 允许",
        "",
        "视频 小程序 赞，轻点两下取消赞 在看，轻点两下取消在看 分享 留言 收藏 听过",
    ]
    write("c01_lxfb_wechat_browser-copy.txt", "\n".join(out) + "\n")


def wechat_pc():
    date = WX_DATE.replace("年", "-").replace("月", "-").replace("日", "")
    out = [WX_TITLE, f"原创 {WX_ACCOUNT} {WX_ACCOUNT} {date} 发表于{WX_PLACE}"]
    out += WX_CREDITS
    for i, p in enumerate(WX_PARAS):
        out.append(p)
        if i == 0:
            out.append(CAPTION)
    out += [
        WX_SOURCE,
        "阅读原文",
        "阅读 2.1万",
        "\u200b在看 36",
        "写留言",
        "留言",
        "精选留言",
        "竹林深处",
        "老家就在西坪，每年这个时候都想回去看看",
        "浙江 11-21 赞 58",
        WX_ACCOUNT,
        "作者",
        "欢迎回家乡看看",
        "溪山行旅",
        "周末就去！",
        "浙江 11-21 赞 12",
    ]
    write("c02_lxfb_wechat_pc-client-copy_utf8bom.txt", "\n".join(out) + "\n", bom=True)


if __name__ == "__main__":
    rss()
    atom()
    as_json()
    as_csv()
    as_tsv()
    pandoc_plain()
    pdftotext()
    word_txt()
    wechat_browser()
    wechat_pc()
