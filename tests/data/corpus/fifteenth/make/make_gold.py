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


# A: 縣市政新聞摘報 第3期 (中華民國113年1月20日 = 2024-01-20); sections as the issue names them
A = [
    art("112年度投向新活力 南投縣政年終記者會", "縣長許淑華在就職周年前夕", section="縣政動態"),
    art("竹43線拓寬第二期工程完工通車 提升寶山交通品質", "新竹縣寶山鄉因鄰近", section="縣政動態"),
    art("彰化縣政府「龍騰瑞氣」春聯免費索取 1/15起免費索取", "農曆春節將至", section="縣政動態"),
    art(
        "縣長宣誓就職暨交接典禮於12月25日上午舉行 民政處:歡迎縣民踴躍前往觀禮",
        "選戰落幕,澎湖19屆縣長",
        section="地方活動",
    ),
    art(
        "台東縣長濱鄉長光部落文化聚會所 縣長饒慶鈴揭幕",
        "台東縣長濱鄉長光部落為最大",
        ["鄭淑玲"],
        section="地方活動",
    ),
]
# B: 政策文件选编 2025年第2期: one article per document (the notice and the text it issues together)
B = [
    art("鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知", "《鹤岗市人民政府"),
    art(
        "东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知",
        "《东阳市促进残疾人就业行动实施方案",
    ),
    art("甘州区村级干部管理办法(试行)", "为规范村级干部管理"),
    art("湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知", "根据《国务院办公厅关于加强"),
]
# C: 社区志愿服务周报 第21期 (2025-11-20); 通讯员 counts as a byline, 编辑 does not
C = [
    art("假期节前人民桥社区巡查志愿活动", "罗湖家园网讯", ["刘翠云"]),
    art("书院街街道华兴街社区开展“挂灯笼·迎新春·点亮微网实格”院落新春氛围营造工作", "2023新春来临之际"),
    art("社区治理“最后一公里”,松园社区先锋文明志愿者在行动", "为进一步净化社区环境"),
    art(
        "文明创城 | 2025-2026年度“爱在龙泽 志愿有我”志愿服务行动第18站:龙锦苑五区社区",
        "“爱在龙泽 志愿有我”主题行动",
    ),
]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=[dict(a) for a in arts])


GOLD = {
    "a01_xszb_3_copy_big5_crlf.txt": issue("2024-01-20", "縣市政新聞摘報", A),
    "a02_xszb_3_web_lynx.txt": issue("2024-01-20", "縣市政新聞摘報", A),
    "a03_xszb_3_email_fwd.txt": issue("2024-01-20", "縣市政新聞摘報", A),
    "a04_xszb_3_2col_pdftotext-layout.txt": issue("2024-01-20", "縣市政新聞摘報", A),
    "b01_zcwj_2_docx_pandoc-plain.txt": issue("2025-05-30", "政策文件选编", B),
    "b02_zcwj_2_pdftotext-layout_utf8bom.txt": issue("2025-05-30", "政策文件选编", B),
    "b03_zcwj_2_pymupdf_gb18030_crlf.txt": issue("2025-05-30", "政策文件选编", B),
    "b04_zcwj_2_docx_pandoc-gfm.txt": issue("2025-05-30", "政策文件选编", B),
    "c01_sqzy_21_wechat_markdown.txt": issue("2025-11-20", "社区志愿服务周报", C),
    "c02_sqzy_21_2col_pdftotext.txt": issue("2025-11-20", "社区志愿服务周报", C),
    "c03_sqzy_21_2col_pdftotext-layout.txt": issue("2025-11-20", "社区志愿服务周报", C),
    "c04_sqzy_21_2col_pdftotext-raw_utf16le.txt": issue("2025-11-20", "社区志愿服务周报", C),
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
