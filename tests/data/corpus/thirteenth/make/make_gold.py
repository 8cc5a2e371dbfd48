"""Write ../GOLD.json from the judgements below (written by reading the texts) and check that every title
(or each of its printed parts), first_chars, byline name, kicker, subtitle and publication occurs in the
decoded file.  Run: python3 make/make_gold.py
"""

import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def art(title, first, byline=(), section=None, kicker=None, subtitle=None):
    return dict(
        title=title, kicker=kicker, subtitle=subtitle, section=section, byline=list(byline), first_chars=first
    )


ZY = ("紫阳县开展安全生产暨专项整治三年行动专项督查", "为认真贯彻落实紫阳县安全生产", ["蒋奇慧"])
A = [
    art("梅华主持召开区政府常务会议", "7月26日,区委副书记、区长梅华", ["陈晨"], section="政务要情"),
    art(*ZY, section="安全生产"),
    art("招商局开展“党员活动日”活动总结", "坚持党建引领,推进中心工作。", section="党建工作"),
    art(
        "金秋铸魂深耕力行 党群同心绽放华彩 启东市南城区街道社区开展九月主题党日活动",
        "在金秋送爽、家国同庆的美好时节",
        section="党建工作",
    ),
]
B = [
    art("永德县市场监督管理局开展节日期间食品安全专项整治", "2021年“五·一”国际劳动节", section="市场监管"),
    art(
        "福建省龙海市市场监管局加强两会期间食品安全监管",
        "为全力保障全国两会期间食品安全",
        ["郑爱国"],
        section="市场监管",
    ),
    art(
        "镇赉县应急管理局、县商务局联合开展节前安全生产检查",
        "近日,县应急管理局联合县商务局",
        section="安全生产",
    ),
]
C = [
    art("7月外匯儲備資產減55億美元", "金融管理局公布,7月底官方"),
    art("芬蘭堡駐島交流計劃徵集提案", "芬蘭堡駐島交流及展覽計劃公開"),
    art("張國財出任廣播處長", "政府宣布,現任香港駐歐洲聯盟"),
]
D = [
    art("区政府常务会议召开", "6月6日,区政府第70次常务会议", ["田冲"], subtitle="宋华东主持"),
    art(*ZY),
]


def issue(date, pub, arts, section=None):
    out = []
    for a in arts:
        a = dict(a)
        if section and not a["section"]:
            a["section"] = section
        out.append(a)
    return dict(issue_date=date, publication=pub, articles=out)


GOLD = {}
for f in [
    "a01_zwxx_15_docx_pandoc-plain.txt",
    "a02_zwxx_15_docx2txt_gb18030_crlf.txt",
    "a03_zwxx_15_docx_pandoc-gfm.txt",
    "a04_zwxx_15_wps-pdf_pdftotext_utf8bom_crlf.txt",
    "a05_zwxx_15_fixed40_gbk.txt",
]:
    GOLD[f] = issue("2025-04-08", "政务信息", A)
for f in [
    "b01_jgzb_11_word_utf16le_crlf.txt",
    "b02_jgzb_11_pdftotext-layout.txt",
    "b03_jgzb_11_govsite_w3m.txt",
]:
    GOLD[f] = issue("2025-03-17", "市场监管安全生产周报", B)
for f in [
    "c01_hkpr_20220805_copy_crlf.txt",
    "c02_hkpr_20220805_lynx_big5hkscs_crlf.txt",
    "c03_hkpr_20220805_html2text.txt",
]:
    GOLD[f] = issue("2022-08-05", None, C)
for f in ["d01_xcqb_0610_epaper_selectall.txt", "d02_xcqb_0610_epaper_w3m_gb18030_crlf.txt"]:
    GOLD[f] = issue("2025-06-10", "新城区报", D, "第一版")


def norm(s):
    return re.sub(r"[\s\u3000\ufeff]+", "", unicodedata.normalize("NFKC", s or ""))


def decode(path):
    with open(path, "rb") as f:
        b = f.read()
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    if b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp950" if "big5" in path else "gb18030")


def check():
    bad = 0
    for f, v in GOLD.items():
        t = norm(decode(os.path.join(OUT, f))).replace("*", "").replace("_", "")
        for a in v["articles"]:
            for key in ("title", "first_chars", "kicker", "subtitle"):
                if a[key] and norm(a[key]) not in t:
                    print("MISSING", f, key, a[key])
                    bad += 1
            for n in a["byline"]:
                if norm(n) not in t:
                    print("MISSING", f, "byline", n)
                    bad += 1
        if v["publication"] and norm(v["publication"]) not in t:
            print("MISSING", f, "publication", v["publication"])
            bad += 1
    return bad


if __name__ == "__main__":
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
    n = check()
    print(f"{len(GOLD)} files, {sum(len(v['articles']) for v in GOLD.values())} articles, {n} checks failed")
