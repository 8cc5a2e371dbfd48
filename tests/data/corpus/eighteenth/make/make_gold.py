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
    """临溪日报 2026-11-20 as feed / data exports: each record (item, entry, object, row) one article; the byline
    is the author field without its role words (empty for one record); the section is the category / section
    field; the body is the content (HTML in the feeds)."""
    return [
        art("全县冬季农田水利建设全面铺开", "本报讯", ["陈思远"], "要闻"),
        art("县政府召开常务会议 研究部署冬春安全生产工作", "11月18日，县政府召开", ["李卓然"], "要闻"),
        art("临溪茶叶首次出口东南亚", "本报讯", ["王晓雯"], "经济"),
        art("河湾村光伏电站并网发电", "近日，西坪镇河湾村", (), "经济"),
        art("城区新增3处“口袋公园”", "本报讯", ["赵一鸣"], "社会"),
        art("非遗竹编走进校园课堂", "本报讯", ["孙婉清", "周海"], "文化"),
    ]


def brief():
    """青石镇工作简报 第7期: five items (the 本期目录 lines （一）… are a contents list, not articles); the byline is
    the name(s) of the closing 「（供稿：…）」 with the padding spaces removed (an office before the name is not a
    name); no sections."""
    return [
        art("青石镇召开冬季森林防火工作推进会", "11月12日，青石镇召开", ["李明"]),
        art("青石镇开展农村人居环境整治“回头看”", "为巩固农村人居环境", ["王芳"]),
        art("柏树村集体经济合作社分红38万元", "11月15日，柏树村", ["赵磊"]),
        art("镇卫生院开展“送医下乡”义诊活动", "11月14日，镇卫生院", ["刘洋", "黄晓梅"]),
        art("青石镇1—10月重点工作进展情况", "1—10月，全镇完成"),
    ]


def wechat():
    """One push of 临溪发布: one article; the byline is the 文丨 and 图丨 names (编辑丨 is an editor, not a byline);
    the caption, 来源 line, the client's furniture and the comments are not articles."""
    return [art("初冬的竹海，美成了一幅水墨画", "立冬过后，走进临溪县", ["孙婉清", "周海", "陈小川"])]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=arts)


P = ("2026-11-20", "临溪日报")
D = ("2026-11-20", None)  # the data exports name no paper
B = ("2026-11-18", "青石镇工作简报")
W = ("2026-11-21", "临溪发布")
GOLD = {
    "a01_lxrb_rss2_utf8.txt": issue(*P, paper()),
    "a02_lxrb_atom_utf8.txt": issue(*P, paper()),
    "a03_lxrb_json-array_utf8.txt": issue(*D, paper()),
    "a04_lxrb_csv_utf8bom_crlf.txt": issue(*D, paper()),
    "a05_lxrb_tsv_gbk.txt": issue(*D, paper()),
    "b01_qszjb_7_docx_pandoc-plain.txt": issue(*B, brief()),
    "b02_qszjb_7_pdftotext.txt": issue(*B, brief()),
    "b03_qszjb_7_word-txt_gb18030_crlf.txt": issue(*B, brief()),
    "c01_lxfb_wechat_browser-copy.txt": issue(*W, wechat()),
    "c02_lxfb_wechat_pc-client-copy_utf8bom.txt": issue(*W, wechat()),
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
