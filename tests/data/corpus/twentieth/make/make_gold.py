# ruff: noqa: E501
"""Write ../GOLD.json from the judgements below (written by reading the texts, before any import) and check that
every title, first_chars, subtitle and byline name occurs in the file as a reader sees it (the RTF files' text
as WordPad shows it: \\'xx bytes read in code page 936, \\uN escapes; the UTF-16BE file decoded; whitespace
removed, NFKC).
Run: python3 make/make_gold.py
"""

import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"[\s\u3000\ufeff\u200b\u2028\u2029]+")


def art(title, first, byline=(), section=None, kicker=None, subtitle=None):
    return dict(
        title=title, kicker=kicker, subtitle=subtitle, section=section, byline=list(byline), first_chars=first
    )


def brief():
    """汀溪政务信息 2026年第7期: five items, each a title then its paragraphs; the masthead (name, 期号, 编 line with the
    date) is not an article; the byline is the name in 「（供稿：unit　name）」 (the unit is not a byline); no
    sections. In the RTF files the control words, the font table and the info group are not text."""
    return [
        art("我县启动春季植树造林“百村千亩”行动", "3月下旬以来，县林业局组织全县14个乡镇", ["刘晓梅"]),
        art("县市场监管局开展校园周边食品安全专项检查", "3月25日至29日，县市场监管局组织执法人员"),
        art("白沙镇“共享菜园”带动留守老人增收", "白沙镇利用村庄闲置宅基地和边角地", ["周建华"]),
        art("全县一季度新增市场主体1538户", "据县市场监管局统计，一季度全县新登记"),
        art("县人社局举办春风行动专场招聘会", "3月30日，县人社局在县城文化广场", ["黄一鸣", "蒋丽"]),
    ]


def paper():
    """汀溪报 2026年4月8日, three pages: the section is the page (「第01版」, as the dev set writes 版次); six
    articles; the lead story's text after 「（上接第1版）」 on page 2 belongs to it (not a new article), the jump
    lines are not titles; bylines are the 记者 and 通讯员 names of the 本报讯（…） opening; the text starts after that
    opening (the importer may keep 本报讯（…） as a dateline); the 「——…」 line under a title is its subtitle; the
    masthead lines and the imprint at the end are not articles."""
    p1, p2, p3 = "第01版", "第02版", "第03版"
    return [
        art(
            "县委常委会研究部署一季度经济运行和重点项目推进工作",
            "4月7日，县委书记郑永清主持召开",
            ["王海燕"],
            p1,
        ),
        art(
            "汀溪至临江快速通道全线贯通",
            "4月6日上午，随着最后一段沥青路面",
            ["孙立", "何嘉"],
            p1,
            subtitle="——通车后两地车程由50分钟缩短至25分钟",
        ),
        art("县医院与省人民医院共建专科联盟", "4月3日，县人民医院与省人民医院", ["罗文静"], p2),
        art("城关镇老旧小区改造惠及2100户居民", "今年，城关镇将建成于2000年以前", ["陈晓雯"], p2),
        art("县城新增3条公交线路", "4月1日起，县城新开通5路、6路、7路", ["王海燕"], p3),
        art("“小手拉大手”垃圾分类进校园", "近日，县城市管理局联合县教育局", ["邱敏", "田甜"], p3),
    ]


def report():
    """汀溪县2026年一季度重点工作进展情况 (汀溪县人民政府办公室, 2026年4月15日), numbered at three levels: a 「一、」
    heading is a section (its text without the number), a 「（一）」 heading an article (its title without the
    number), the 「1.」 lines paragraphs of the article above them; the title, office, date and the opening
    「现将……通报如下：」 line are not articles; no bylines. The OneNote page's own date and time lines under its
    title are not articles either."""
    s1, s2, s3 = "项目建设", "民生实事", "社会治理"
    return [
        art("城北新区道路工程完成路基施工", "城北新区纵三路、横五路道路工程", section=s1),
        art("光伏产业园一期厂房主体封顶", "光伏产业园一期6栋标准厂房", section=s1),
        art("县第二幼儿园改扩建工程开工", "县第二幼儿园改扩建工程于2月26日开工", section=s2),
        art("农村饮水安全巩固提升工程进展顺利", "一季度全县完成农村供水管网改造", section=s2),
        art("“网格+警格”联动化解矛盾纠纷", "全县划分网格412个", section=s3),
    ]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=arts)


A = ("2026-04-03", "汀溪政务信息")
B = ("2026-04-08", "汀溪报")
C = ("2026-04-15", "汀溪县人民政府办公室")
GOLD = {
    "a01_txzwxx_7_wordpad-rtf_ansicpg936.txt": issue(*A, brief()),
    "a02_txzwxx_7_rtf_unicode-escapes.txt": issue(*A, brief()),
    "a03_txzwxx_7_u2028-u2029-separators.txt": issue(*A, brief()),
    "b01_txb_20260408_epaper-text_utf8.txt": issue(*B, paper()),
    "b02_txb_20260408_epaper-text_mac-cr_gb18030.txt": issue(*B, paper()),
    "b03_txb_20260408_epaper-text_utf16be-bom_crlf.txt": issue(*B, paper()),
    "c01_txzdgz_2026q1_word-txt_list-tabs_gb18030_crlf.txt": issue(*C, report()),
    "c02_txzdgz_2026q1_markdown-yaml.txt": issue(*C, report()),
    "c03_txzdgz_2026q1_onenote-copy_tabs.txt": issue(*C, report()),
}


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s or ""))


RTF_TOKEN = re.compile(r"\\'([0-9a-f]{2})|\\u(-?\d+)\??|\\[a-z]+-?\d* ?|[{}]|\\\*|\r|\n|(.)", re.S)


def rtf_text(t):
    """A minimal RTF reader for the check: hex bytes (GBK) and \\uN characters kept, control words dropped."""
    out, pend = [], bytearray()
    for m in RTF_TOKEN.finditer(t):
        if m.group(1):
            pend.append(int(m.group(1), 16))
            continue
        if pend:
            out.append(pend.decode("gbk"))
            pend.clear()
        if m.group(2):
            out.append(chr(int(m.group(2)) % 65536))
        elif m.group(3):
            out.append(m.group(3))
    return "".join(out)


def read(name, b):
    if name.startswith("a0") and b.startswith(b"{\\rtf"):
        return rtf_text(b.decode("ascii").rstrip("\x00"))
    if "utf16be" in name:
        return b.decode("utf-16")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")


def check():
    bad = 0
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name), "rb") as f:
            t = norm(read(name, f.read()))
        for a in g["articles"]:
            for s in [a["title"], a["first_chars"], a["subtitle"], a["section"], *a["byline"]]:
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
