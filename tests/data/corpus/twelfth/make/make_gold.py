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


D1 = [
    art("雅阳镇召开防御第11号台风“白鹿”工作部署会", "泰顺新闻网讯 8月24日上午", section="镇村动态"),
    art("潘村镇组织召开当前重点工作推进部署会", "6月3日早,潘村镇", section="镇村动态"),
    art("三圳:召开创建“广东省卫生镇”推进会议", "6月2日下午,三圳镇", ["丘秀珍"], section="镇村动态"),
    art(
        "年三十早上,家里来了个镇长志愿者,只为告诉大家这件事……", "“咚咚咚”,迎着一阵敲门声", section="志愿服务"
    ),
    art("“共护生态海洋蓝·同筑百年乡村梦”主题党日活动举办", "1日上午,市委综合系统党委", section="基层党建"),
]
D2 = [
    art(
        "赴铜鼓镇开展支部联建暨主题党日活动",
        "本报讯 (记者 曾露 通讯员 尚乐)",
        ["曾露", "尚乐"],
        kicker="建平乡:",
    ),
    art("九台区其塔木镇大力推进村党支部改造提升工程", "村部是村级组织活动场所", ["窦丽萍"]),
    art("深受欢迎的“四下乡”活动", "2月8日下午,侨乡集美灌口镇", ["林志杰"]),
    art("三峡大坝新建第一镇", "湖北省秭归县茅坪镇的近5000", subtitle="——秭归县茅坪人喜迎牛年"),
]
D3 = [
    art("正月初一走訪農林漁牧四所,金門縣長陳福海向鄉親拜年", "蛇來運轉迎新年,返鄉相聚", ["李翔熹"]),
    art("彰化北斗今健行品嘗豬肉 溪州「提拔泥」玩泥巴明天繼續", "彰化縣一年一度溪州鄉", ["簡慧珍"]),
    art("村民活動好所在 彰縣柳鳳村集會所啟用", "(中央社記者蕭博陽彰化縣7日電)", ["蕭博陽"]),
    art("小市鎮開展創建“美麗庭院”集中宣傳活動", "本網訊 10月10日下午,小市鎮", ["施金霞"]),
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
    "a01_xzgzdt_2025n6_word_utf8bom_crlf.txt",
    "a02_xzgzdt_2025n6_pdftotext.txt",
    "a03_xzgzdt_2025n6_wechat.txt",
    "a04_xzgzdt_2025n6_notes_markdown.txt",
    "a05_xzgzdt_2025n6_pandoc-plain_gbk_crlf.txt",
]:
    GOLD[f] = issue("2025-03-14", "乡镇工作动态", D1)
GOLD["p01_ylxb_b03_pdftotext-layout.txt"] = issue("2022-04-28", "云岭县报", D2, "第3版")
GOLD["p02_ylxb_b03_pymupdf_gb18030.txt"] = issue("2022-04-28", "云岭县报", D2, "第3版")
GOLD["p03_ylxb_b03_epaper_lynx.txt"] = issue("2022-04-28", "云岭县报", D2, "A3")
for f in [
    "t01_xiangxun_45_word_big5_crlf.txt",
    "t02_xiangxun_45_pdfminer.txt",
    "t03_xiangxun_45_html2text_utf16le.txt",
    "t04_xiangxun_45_notes_markdown.txt",
]:
    GOLD[f] = issue("2025-02-01", "鄉訊", D3)


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
        t = norm(decode(os.path.join(OUT, f)))
        # markdown / html2text emphasis marks are not part of any value
        t2 = t.replace("*", "")
        for a in v["articles"]:
            for key in ("title", "first_chars", "kicker", "subtitle"):
                if a[key] and norm(a[key]) not in t2:
                    print("MISSING", f, key, a[key])
                    bad += 1
            for n in a["byline"]:
                if norm(n) not in t2:
                    print("MISSING", f, "byline", n)
                    bad += 1
        if v["publication"] and norm(v["publication"]) not in t2:
            print("MISSING", f, "publication", v["publication"])
            bad += 1
    return bad


if __name__ == "__main__":
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
    n = check()
    print(f"{len(GOLD)} files, {sum(len(v['articles']) for v in GOLD.values())} articles, {n} checks failed")
