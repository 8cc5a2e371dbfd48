# ruff: noqa: E501
"""Write ../GOLD.json from the judgements below (written by reading the texts, before any import) and check that
every title, first_chars and byline name occurs in the decoded file (whitespace removed, NFKC).
Run: python3 make/make_gold.py
"""

import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000\ufeff\u200b]+")


def art(title, first, byline=(), section=None, kicker=None, subtitle=None):
    return dict(
        title=title, kicker=kicker, subtitle=subtitle, section=section, byline=list(byline), first_chars=first
    )


def paper():
    """云溪日报 2025-11-29 as a news-database export: each record one article; the byline is the 作者 field (empty
    for two records); the section is the 版名 / 栏目 field; the body is the 正文 (or the CNKI 摘要)."""
    return [
        art("大项目建设有序推进", "本报讯", ["周致啸"], "要闻"),
        art("社村共建 助农兴农", "本报讯", ["卢文军", "张峥", "刘慧青"], "综合新闻"),
        art("《海南日报》走基层记者团到定安采访", "5日,由《海南日报》", (), "综合新闻"),
        art("合作社铺就致富路", "8月27日", ["厉倩", "申国发"], "乡村振兴"),
        art("思想的力量丨八里庙村的共富路", "吉林省四平市", (), "乡村振兴"),
        art("湖南一县民政局违规发月饼 局长遭党内严重警告", "新华网湖南频道", ["陈文广"], "廉政视窗"),
    ]


def brief():
    """经济运行简报 2025年第5期: three analyses (heads 一、… inside are not articles) and a table item whose body is
    the table, its 注 and 数据来源 lines; the sign-off 「(旺苍县统计局 彭军)」 names 彭军."""
    return [
        art("一季度全县经济运行情况", "一季度,全县实现"),
        art("一季度主要经济指标", "指标"),
        art("上半年全县规上工业增加值同比增长1.3%", "上半年,全县规上", ["彭军"]),
        art("1-10月全县经济延续稳定恢复态势", "1-10月,县委"),
    ]


def info():
    """纪检监察信息 第12期 (内部资料): four items in two 【sections】; bylines from the 「(记者…)」 of the datelines."""
    return [
        art("中央纪委通报13起违反中央八项规定精神问题", "本报北京5月10日电", ["姜洁"], "通报曝光"),
        art(
            "中央纪委对8起违反中央八项规定精神的典型问题发出通报",
            "新华社北京7月29日电",
            ["华春雨", "黄小希"],
            "通报曝光",
        ),
        art("7月全国查处违反中央八项规定精神问题5178起", "本报北京8月27日电", ["王昊魁"], "数据发布"),
        art("“每周通报”点名曝光89起违反中央八项规定精神问题", "今天,记者从", (), "数据发布"),
    ]


def cms():
    """The same four items as CMS pages pasted one after another (web order); no issue, no date of its own; the
    相关链接 lines are links, not articles."""
    a = {x["title"]: x for x in info()}
    order = [
        "中央纪委通报13起违反中央八项规定精神问题",
        "7月全国查处违反中央八项规定精神问题5178起",
        "中央纪委对8起违反中央八项规定精神的典型问题发出通报",
        "“每周通报”点名曝光89起违反中央八项规定精神问题",
    ]
    return [dict(a[t], section=None) for t in order]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=arts)


P = ("2025-11-29", "云溪日报")
B = ("2025-05-28", "经济运行简报")
C = ("2025-06-16", "纪检监察信息")
GOLD = {
    "a01_ybrb_wisenews-export_utf8.txt": issue(*P, paper()),
    "a02_ybrb_cnki-export_gb18030_crlf.txt": issue(*P, paper()),
    "a03_ybrb_bracket-export_utf8bom.txt": issue(*P, paper()),
    "a04_ybrb_print-page_lynx_gbk.txt": issue(*P, paper()),
    "b01_jjyx_5_pdftotext-layout_utf8bom.txt": issue(*B, brief()),
    "b02_jjyx_5_pymupdf-blocks_gb18030_crlf.txt": issue(*B, brief()),
    "b03_jjyx_5_docx_pandoc-plain.txt": issue(*B, brief()),
    "b04_jjyx_5_pdfminer.txt": issue(*B, brief()),
    "c01_jjxx_12_pdftotext.txt": issue(*C, info()),
    "c02_jjxx_12_docx_pandoc-plain_gbk_crlf.txt": issue(*C, info()),
    "c03_tbbg_cms-copy_utf8_crlf.txt": issue(None, None, cms()),
    "c04_tbbg_cms_w3m_gb18030.txt": issue(None, None, cms()),
}


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s or ""))


def decode(b):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    if b.startswith(b"\xff\xfe"):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def check():
    bad = 0
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name), "rb") as f:
            t = norm(decode(f.read()))
        for a in g["articles"]:
            for s in [a["title"], a["first_chars"], a["subtitle"], *a["byline"]]:
                if s and norm(s) not in t:
                    print(f"{name}: not found: {s}")
                    bad += 1
    return bad


if __name__ == "__main__":
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(g["articles"]) for g in GOLD.values())
    print(f"{len(GOLD)} files, {n} articles; problems: {check()}")
