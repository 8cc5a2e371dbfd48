"""Write ../GOLD.json from the judgements below (written by reading the texts) and check that every title,
first_chars, byline name and publication occurs in the decoded file (whitespace removed, NFKC).
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


WM_T = "市教育局在全市中小学生开展“倡导文明祭祀 守护绿水青山 共建善美韶城”“五个一”主题教育活动"
A = [
    art(
        "青春正能量文明伴成长叠彩区组织中小学积极开展创城主题活动",
        "为了推进创建全国文明城市",
        ["徐莹波", "甘文芳"],
        section="工作动态",
    ),
    art(WM_T, "为了弘扬传统文化", section="工作动态"),
    art("陇县召开庆祝2013年教师节暨表彰大会", "在第29个教师节来临之际", section="队伍建设"),
    art("全市中小学教师师德演讲比赛圆满结束", "近日,由市教委主办", section="队伍建设"),
]
# the OCR'd scan read the title's 「五个一」 as 「五个—」: the title as the file has it
A_OCR = [dict(a) for a in A]
A_OCR[1]["title"] = WM_T.replace("五个一", "五个—")

RX = [art("12345政府服务热线一周情况通报", "本周共受理热线工单506件")]
LY = [art("关于2022年4月份12345热线留言办理情况的通报", "为进一步加强热线留言办理工作")]
C = [
    art("中国化的马克思主义党建理论概念溯源及演进逻辑", "科学界定并规范使用概念", ["王小鹏"]),
    art("马克思恩格斯有关政治纪律建设的重要观点", "马克思恩格斯在创立科学社会主义理论过程中", ["戴军"]),
]
D = [
    art('"2018年度澳門文學作品選" 本周五截稿', "為推動澳門文學發展"),
    art('"年宵攤位青年創業比賽" 今起接受市民評選', "為鼓勵及支持青年朋友"),
    art("駐澳門部隊探訪恩暉長者綜合服務中心", "中華民族傳統的新春佳節"),
    art("2018年10月至12月就業調查", "統計暨普查局就業調查結果顯示"),
    art("第30期《輕ZONE》 輕軌的乘車禮儀", "第三十期澳門輕軌季刊"),
]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=[dict(a) for a in arts])


GOLD = {
    "a01_jyjb_9_mobile_copy.txt": issue("2025-05-20", "教育简报", A),
    "a02_jyjb_9_word-savetxt-wrap26_gb18030_crlf.txt": issue("2025-05-20", "教育简报", A),
    "a03_jyjb_9_pdftotext.txt": issue("2025-05-20", "教育简报", A),
    "a04_jyjb_9_scan-ocr_utf8_crlf.txt": issue("2025-05-20", "教育简报", A_OCR),
    "b01_12345_weekly_docx_pandoc-plain.txt": issue("2016-03-11", None, RX),
    "b02_12345_weekly_pdftotext-layout_utf8bom.txt": issue("2016-03-11", None, RX),
    "b03_12345_month_docx2txt_gb18030_crlf.txt": issue("2022-05-18", None, LY),
    "b04_12345_month_pdftotext-layout.txt": issue("2022-05-18", None, LY),
    "c01_llxx_3_docx_pandoc-plain.txt": issue("2025-06-16", "理论学习简报", C),
    "c02_llxx_3_pdfminer.txt": issue("2025-06-16", "理论学习简报", C),
    "c03_llxx_3_docx2txt_utf16le.txt": issue("2025-06-16", "理论学习简报", C),
    "d01_xwjb_5_bilingual_copy_big5_crlf.txt": issue("2019-01-30", "政府新聞簡報", D),
    "d02_xwjb_5_bilingual_html2text.txt": issue("2019-01-30", "政府新聞簡報", D),
    "d03_xwjb_5_bilingual_w3m.txt": issue("2019-01-30", "政府新聞簡報", D),
}

WS = re.compile(r"[\s\u3000\ufeff]+")


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s or ""))


def decode(path):
    with open(path, "rb") as fh:
        b = fh.read()
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    if b.startswith(b"\xff\xfe"):
        return b.decode("utf-16")
    for enc in ("utf-8", "cp950" if "big5" in path else "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError(path)


def check():
    bad = 0
    for f, g in GOLD.items():
        text = norm(decode(os.path.join(OUT, f)))
        wants = [g["publication"]] + [
            x for a in g["articles"] for x in [a["title"], a["first_chars"], *a["byline"]]
        ]
        for w in wants:
            if w and norm(w) not in text:
                print("NOT IN", f, w)
                bad += 1
    n = sum(len(g["articles"]) for g in GOLD.values())
    print(f"{len(GOLD)} files, {n} gold articles, {bad} problems")
    return bad


if __name__ == "__main__":
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as fh:
        json.dump(GOLD, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    raise SystemExit(1 if check() else 0)
