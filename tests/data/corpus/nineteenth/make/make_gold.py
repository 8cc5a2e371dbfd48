# ruff: noqa: E501
"""Write ../GOLD.json from the judgements below (written by reading the texts, before any import) and check that
every title, first_chars and byline name occurs in the file as a reader sees it (the e-mails' MIME parts
decoded, the Windows-1252 misreading undone; whitespace removed, NFKC).
Run: python3 make/make_gold.py
"""

import email
import email.policy
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


def brief():
    """云岭政务服务简报 2026年第3期 as e-mailed: five items; the sender's note (各位同事：…), the masthead lines and
    the signature after 「-- 」 are not articles; the byline is the 「（撰稿：…）」 name(s); no sections. In
    a02 the text/html part repeats the text/plain part: the same five articles, once."""
    return [
        art("县政务服务中心推行“一窗通办”改革", "今年以来，县政务服务中心", ["王佳"]),
        art("“跨省通办”专窗办理首笔异地业务", "3月4日，在外省务工的村民"),
        art("12345热线2月份受理群众诉求2318件", "2月份，县12345政务服务便民热线", ["赵文清"]),
        art("乡镇便民服务中心标准化建设通过验收", "3月6日至8日，县政务服务中心"),
        art("“办不成事”反映窗口运行情况", "“办不成事”反映窗口自去年11月设立以来", ["王佳", "李成刚"]),
    ]


def leaders():
    """A 领导活动 page of the county government's site: six items, each one paragraph led by its title in 【】;
    the title is the text inside 【】, the body starts after 】; no bylines, no sections; the navigation,
    the page's title and 发布时间 line, the footer and lynx's References are not articles."""
    return [
        art("县长周文博调研春耕备耕工作", "3月13日，县长周文博深入龙潭镇"),
        art("县委副书记马建国督导森林防火工作", "3月13日，县委副书记马建国带队"),
        art("副县长李静检查城区学校食品安全", "3月12日，副县长李静带领"),
        art("县政府召开2026年第4次常务会议", "3月11日，县长周文博主持召开"),
        art("副县长陈立新接待来访群众", "3月10日，副县长陈立新在县信访接待中心"),
        art("县领导参加义务植树活动", "3月9日，县领导周文博、马建国"),
    ]


def news():
    """云岭政务要闻 第11期: five items 「■title　body」, one paragraph each; the title runs from ■ to the
    (ideographic) space, the body starts after it; the 报/送/发 lines are not articles; no bylines."""
    return [
        art("县政府召开全县安全生产工作会议", "3月17日，县政府召开全县安全生产工作会议"),
        art("龙潭镇万亩烤烟基地开始移栽", "近日，龙潭镇万亩烤烟基地开始移栽"),
        art("县人民医院胸痛中心通过国家认证", "3月16日，县人民医院胸痛中心"),
        art("全县一季度重点项目集中开工", "3月18日，全县一季度重点项目"),
        art("县图书馆新馆正式对外开放", "3月19日，县图书馆新馆"),
    ]


def issue(date, pub, arts):
    return dict(issue_date=date, publication=pub, articles=arts)


A = ("2026-03-10", "云岭政务服务简报")
B = ("2026-03-16", "云岭县人民政府")
C = ("2026-03-20", "云岭政务要闻")
GOLD = {
    "a01_ylzwfw_3_eml_quoted-printable_utf8.txt": issue(*A, brief()),
    "a02_ylzwfw_3_eml_multipart-alternative_base64_gbk.txt": issue(*A, brief()),
    "a03_ylzwfw_3_eml_multipart-mixed_8bit_attachment.txt": issue(*A, brief()),
    "b01_ylxzf_ldhd_lynx.txt": issue(*B, leaders()),
    "b02_ylxzf_ldhd_browser-copy.txt": issue(*B, leaders()),
    "b03_ylxzf_ldhd_browser-copy_cp1252-misread_utf8.txt": issue(*B, leaders()),
    "c01_ylzwyw_11_word-txt_gb18030_crlf.txt": issue(*C, news()),
    "c02_ylzwyw_11_docx_pandoc-plain.txt": issue(*C, news()),
    "c03_ylzwyw_11_pdftotext.txt": issue(*C, news()),
}


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s or ""))


def read(name, b):
    if name.startswith("a0"):
        m = email.message_from_bytes(b, policy=email.policy.default)
        part = m.get_body(preferencelist=("plain",))
        return part.get_content()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("gb18030")
    if "cp1252" in name:
        t = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in t).decode("utf-8")
    return t


def check():
    bad = 0
    for name, g in GOLD.items():
        with open(os.path.join(OUT, name), "rb") as f:
            t = norm(read(name, f.read()))
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
