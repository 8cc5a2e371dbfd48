# ruff: noqa: E501
"""Write ../GOLD.json from the judgements below (written by reading the texts, before any import) and check that
every title, subtitle, first_chars and byline name occurs in the decoded file (whitespace removed, NFKC).
Run: python3 make/make_gold.py
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


FMH_SUB = "——夫妻一方违反忠实义务,因婚外情擅自将夫妻共同财产赠与婚外第三者的,该赠与行为违背公序良俗,依法应当认定无效"


def court(ocr=False):
    """审判动态 第5期: three news items (byline line 「作者:」, sign-off 「(…)」, 「本网讯(…)」), two cases whose
    「案例一」 number is not part of the title.  The OCR file keeps its misread title (50 read as 30) and 「一一」."""
    return [
        art("息县人大常委会通过息县法院人事任免事项", "5月28日", ["宋鹏"], "法院动态"),
        art("向新任人民陪审员颁发任命书", "6月11日上午", ["叶晓路"], "法院动态"),
        art("河北赵县法院新任命%s名人民陪审员" % ("30" if ocr else "50"), "本网讯", ["吕国清"], "法院动态"),
        art(
            "冯某慧诉李某赠与合同纠纷案",
            "入库编号",
            (),
            "以案释法",
            subtitle=FMH_SUB.replace("——", "一一") if ocr else FMH_SUB,
        ),
        art("劳动关系的建立与否,应考量双方间有无用工合意", "用人单位与劳动者间", (), "以案释法"),
    ]


def rd(ocr=False):
    """人大工作通讯 2024年第4期: four meeting items, and a 任免名单 (its 通过 line opens the body).  The OCR file keeps
    its misread titles (誓 read as 拆 / 上, 监誓 as 监督)."""
    return [
        art(
            "全国人大常委会举行宪法宣拆仪式" if ocr else "全国人大常委会举行宪法宣誓仪式",
            "本报北京6月28日电",
            (),
            "会议动态",
        ),
        art(
            "全国人大常委会举行宪法宣上仪式 栗战书主持并监督"
            if ocr
            else "全国人大常委会举行宪法宣誓仪式 栗战书主持并监誓",
            "新华社北京3月21日电",
            (),
            "会议动态",
        ),
        art("县十七届人大常委会举行第五次会议", "9月28日", (), "会议动态"),
        art("县十六届人大常委会第二次会议召开", "本报讯昨日上午", (), "会议动态"),
        art("全国人民代表大会常务委员会任免名单", "(2021年10月23日", (), "人事任免"),
    ]


def speeches(ocr=False):
    """领导讲话选编 2024年第2期: each speech one article; a main title over a 「——在…上的讲话」 subtitle, or the
    「在…上的讲话」 title alone; the speaker's line (office + name) is the byline; the date line is not the body."""
    dash = "一一" if ocr else "——"
    return [
        art(
            "举全县之力 打好冬季公路建设大会战",
            "同志们",
            ["周建明"],
            subtitle=dash + "在全县公路建设大会战动员会议结束时的讲话",
        ),
        art("在推动经济高质量发展大会上的讲话", "同志们", ["李卫东"]),
        art("在第一期全市乡镇(街道)党政正职述职评议会上的讲话", "同志们", ["王志刚"]),
        art(
            "凝聚力量 同心协力创建文明县城",
            "同志们",
            ["陈国强"],
            subtitle=dash + "在创建文明县城动员大会上的讲话",
        ),
    ]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=[dict(a) for a in arts])


GOLD = {
    "a01_spdt_5_scan_tesseract.txt": issue("2024-06-20", "审判动态", court(ocr=True)),
    "a02_spdt_5_pdftotext_gb18030_crlf.txt": issue("2024-06-20", "审判动态", court()),
    "a03_spdt_5_web_w3m.txt": issue("2024-06-20", "审判动态", court()),
    "a04_spdt_5_web_html2text_utf16le.txt": issue("2024-06-20", "审判动态", court()),
    "b01_rdtx_4_pdftotext-layout_utf8bom.txt": issue("2024-04-15", "人大工作通讯", rd()),
    "b02_rdtx_4_pymupdf_gb18030_crlf.txt": issue("2024-04-15", "人大工作通讯", rd()),
    "b03_rdtx_4_scan_tesseract.txt": issue("2024-04-15", "人大工作通讯", rd(ocr=True)),
    "b04_rdtx_4_docx_pandoc-gfm.txt": issue("2024-04-15", "人大工作通讯", rd()),
    "c01_ldjh_2_docx_pandoc-plain.txt": issue("2024-03-08", "领导讲话选编", speeches()),
    "c02_ldjh_2_pdfminer.txt": issue("2024-03-08", "领导讲话选编", speeches()),
    "c03_ldjh_2_scan_tesseract.txt": issue("2024-03-08", "领导讲话选编", speeches(ocr=True)),
    "c04_ldjh_2_web_lynx_gbk.txt": issue("2024-03-08", "领导讲话选编", speeches()),
}

WS = re.compile(r"[\s\u3000\ufeff]+")


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


# the page break of a02 falls inside the case's two-line subtitle: the folio 「- 1 -」 stands between its halves
SPLIT_BY_FOLIO = {("a02_spdt_5_pdftotext_gb18030_crlf.txt", FMH_SUB)}


def check():
    bad = 0
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name), "rb") as f:
            t = norm(decode(f.read()))
        for a in g["articles"]:
            for s in [a["title"], a["first_chars"], a["subtitle"], *a["byline"]]:
                if s and norm(s) not in t and (name, s) not in SPLIT_BY_FOLIO:
                    print(f"{name}: not found: {s}")
                    bad += 1
    return bad


if __name__ == "__main__":
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(g["articles"]) for g in GOLD.values())
    print(f"{len(GOLD)} files, {n} articles; problems: {check()}")
