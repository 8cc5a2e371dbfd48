# ruff: noqa: E501
"""Write ../GOLD.json for the twentythird set and check it against the files as a reader sees them.

Every file here is real OCR (tesseract), so the gold is written from items.py's stories but with every title,
byline name and first_chars **as the OCR printed it** (漾 read as 澜, 「启动」 as 「司动」, 「幕」 as 「里」…), judged by
reading each file; where tesseract set a title's pieces beside another column's text (--psm 4 and 6), the title is
given with its pieces (``parts``), each of which must occur, in order, in the file. The check compares the
file with all whitespace removed, NFKC. Run: python3 make/make_gold.py

Judgements (also in SOURCES.md):
- a newspaper story's byline is the 记者 / 通讯员 / 实习生 names of its 本报讯 opening, or a sign-off 「（name）」 at its
  end; a photographer (「记者 … 摄」, 「通讯员 … 摄」) is no byline; a sign-off the OCR lost or turned into a character
  that is no name (b02's 「(而)」) gives none; a sign-off 「（unit　name）」 of the bulletin gives the name;
- the 简讯 / 区县短讯 items are articles titled by their lead line, **without the bullet** (■ / ▲, which the OCR
  printed as 「国」 「图」 「全」 — a reader sees three lines opening alike under 简讯 and reads a bullet); the column
  label is no article and no title;
- the photo with a headline (茶园春忙) is an article, its caption the text; the caption without a headline on the
  city page (图为…) belongs to the story beside it and is no article;
- the ad box (分类广告, 遗失声明) is no article; the 公示 box is one (titled as printed, no byline: a unit signs it);
- the lead story's continuation after 「（上接第1版）」 is part of it; the jump lines are no titles;
- section = the page's 版 (「第1版」, 「第2版」, 「第5版」) where the OCR printed its digit as 「]」 「)」 or lost it, or
  printed 版 as 「I」: a reader reads the 版 from its place; the bulletin has none;
- publication and date as the file states them: 「澜河报」 (the OCR's reading on page 2 and in every unit name), 「棠州日报」
  / 「常州日报」 (b03's reading); null where the OCR lost them (b01's month, c01's month, the bulletin's masthead).
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"\s+")


def art(title, first, byline=(), section=None, kicker=None, parts=None, first_parts=None, by_parts=None):
    a = dict(
        title=title, kicker=kicker, subtitle=None, section=section, byline=list(byline), first_chars=first
    )
    a["_by"] = by_parts or {}
    a["_parts"] = parts or [title]
    a["_first"] = first_parts or [first]
    return a


def yhb(v):
    """漾河报 pages 1–2 by one psm: v holds what this reading printed."""
    p1, p2 = "第1版", "第2版"
    return [
        art(
            v["lead"],
            v["lead_first"],
            v["lead_by"],
            p1,
            kicker="抢抓春季施工黄金期",
            parts=v.get("lead_parts"),
        ),
        art("县人大常委会视察城乡供水一体化工作", v["rd_first"], ["苏映雪"], p1, parts=v.get("rd_parts")),
        art("茶园春忙", v["photo_first"], [], p1),
        art(v["b1"], v["b1_first"], v["b1_by"], p1),
        art("澜河镇开展春季森林防火演练", v["b2_first"], ["黄立峰"], p1),
        art(v["b3"], v["b3_first"], ["罗静"], p1),
        art(v["qd"], "今年以来，石滩镇在全镇", v["qd_by"], p2),
        art("澜河中学举办春季田径运动会", "4月10日至11日", v["zx_by"], p2),
        art("县人民医院开通远程会诊中心", "近日，县人民医院远程会诊中心", [v["yy_by"]], p2),
    ]


A = {
    "a01_yhb_20260416_p1-2_scan-200dpi_tesseract-psm3.txt": dict(
        lead="我县一季度新开工重点项目38个",
        lead_first="4月15日，记者从县发展",
        lead_by=["莹嘉禾", "韩后东"],
        rd_first="4月4日，县人大常委会",
        photo_first="4月13日，石滩镇云峪村",
        b1="县图书馆司动全民阅读月活动",
        b1_first="4崩12日，县图书馆司动",
        b1_by=["莫晓燕"],
        b2_first="4月11日，澜河镇组织",
        b3="县农商银行发放春耕贷款1.6亿元",
        b3_first="截至4月10日，县农商银行",
        qd="石滩镇”清单制”破解村级事务难题",
        qd_by=["甘串", "韦庆丰"],
        zx_by=["蒙嘉禾", "卢一帆"],
        yy_by="覃小薇",
    ),
    "a02_yhb_20260416_p1-2_scan-200dpi_tesseract-psm4.txt": dict(
        lead="我县一季度新开工重点项目38个",
        lead_first="4月15日，记者从县发展",
        lead_by=["莹嘉禾", "韩局东"],
        rd_first="4月J日，县人大常委会",
        rd_parts=["县人大常委会视察城乡供水一体化", "工作"],
        photo_first="4月13日，石滩镇云岭村",
        b1="县图书馆后动全民阅读月活动",
        b1_first="名I2日，县图书馆局动",
        b1_by=[],
        b2_first="4月1日，澜河镇组织",
        b3="县农机银行发放大料贷款16{Z寺",
        b3_first="截至角10日，县农商银行",
        qd="石滩镇”清单制”破解村级事务难题",
        qd_by=["甘露", "韦庆丰"],
        zx_by=["蒙嘉禾", "卢一帆"],
        yy_by="章小茂",
    ),
    "a03_yhb_20260416_p1-2_scan-200dpi_tesseract-psm6.txt": dict(
        lead="我县一季度新开工重点项目36个",
        lead_first="4月15晶，记者从县发展",
        lead_by=["蒙嘉禾", "韩后东"],
        rd_first="4月J4日，县人大常委会",
        rd_parts=["县人大常委会视察城乡供水一体化", "工作"],
        photo_first="4月13日，石滩镇云肉村",
        b1="县图书馆后动全民阅读月活动",
        b1_first="4月12日，县图书和请动",
        b1_by=["葛晓基"],
        b2_first="4月11日，澜河镇组织",
        b3="县农商银行发放春料贷款16{Z元",
        b3_first="截至4月10日，县农商银行",
        qd="石滩镇”清单制”破解村级事务难题",
        qd_by=["甘露", "韦庆丰"],
        zx_by=["莹嘉禾", "卢一帆"],
        yy_by="章小茂",
    ),
}

B5 = "第5版"
B = {
    "b01_tzrb_20260420_b05_3col_tesseract-psm3.txt": [
        art("一山县：林下经济鼓起群众钱袋子", "眼下正是林下种植的好时节", ["邓子航", "梁秋云"], B5),
        art("平溪区老旧小区改造惠及八千余户", "记者从平深区住房和城乡", ["何静怡"], B5),
        art("青禾镇首届油菜花节开幕", "4月18日，青禾镇首届", ["秦晓东"], B5),
        art("枫林县开通首条城乡公交环线", "4角16日，枫林县首条", ["周凯"], B5),
        art("平深区举办春季人才招聘会", "4月15日，平溪区春季", ["和孙丽"], B5),
        art("公示", "根据棠州市评选表彰", [], B5),
    ],
    "b02_tzrb_20260420_b05_3col_tesseract-psm4.txt": [
        art(
            "瑶山县：林下经济鼓起群众钱袋子",
            "眼下正是林下种植的好时节",
            ["邓子航", "梁秋云"],
            B5,
            parts=["瑶山县:林下经济", "鼓起群众钱袋子"],
            first_parts=["眼下正是林", "下种植的好时节"],
            by_parts={"邓子航": ["邓", "子航"]},
        ),
        art(
            "平肖区老旧小区改造惠及八千余户",
            "记者从平深区住房和城乡",
            ["何静怡"],
            B5,
            parts=["平肖区老旧小区改造惠", "及八千余户"],
            first_parts=["记者", "从平深区住房和城乡"],
        ),
        art(
            "青禾镇首届油菜花节开莫",
            "18日，青禾镇首届油菜花节",
            ["秦晓东"],
            B5,
            parts=["青禾镇首届油菜花节开", "莫"],
        ),
        art(
            "枫林县开通首条城乡公交环线",
            "4月16日，枫林县首条城乡公",
            ["周凯"],
            B5,
            parts=["枫林县开通首条城乡公交环", "线"],
            first_parts=["4月16日，枫林县首条城乡公"],
        ),
        art("平汝区举办春季人才招聘全", "4月15日，平深区春季人才招", [], B5),
        art("[和示", "根据棠州市评选表彰", [], B5),
    ],
    "b03_tzrb_20260420_b05_3col_scan-rotated-noise_tesseract-psm3.txt": [
        art("珊山县：林下经济鼓起群众钱袋子", "眼下正是林下种植的好时节", ["邓子航", "梁秋云"], B5),
        art("平溪区老旧小区改造惠及八干余户", "记者从平深区住房和城乡", ["何静怡"], B5),
        art("青禾镇首届油菜花节开里", "4月18日，青禾镇首届", ["秦晓东"], B5),
        art("枫林县开通首条城乡公交环线", "角16日，枫林县首条", ["周凯"], B5),
        art("平深区举办春季人才招聘会", "4月15日，平深区春季", ["和孙丽"], B5),
        art("公示", "根据棠州市评选表彰", [], B5),
    ],
}

C = {
    "c01_yhzwxx_12_scan-rotated_tesseract-psm3.txt": [
        art("我县召开一季度经济运行分析会", "4月8日，县政府召开", ["卢明德"]),
        art("县市场监管局开展春季农资打假专项行动", "3绷以来，县市场监管局", ["邹燕"]),
        art("云眙村探索”茶旅融合”发展新路", "石滩镇云肉村依托万亩", ["陆永福"]),
    ],
    "c02_yhzwxx_12_scan-rotated-grey_tesseract-psm6.txt": [
        art("我县召开一季度经济运行分析会", "4月8日，县政府召开", ["卢明德"]),
        art("县市场监管局开展春季农资打假专项行动", "3月以来，县市场监管局", ["邹燕"]),
        art("云岭村探索“茶旅融合”发展新路", "石洪镇云崔村依托万亩", ["陆永福"]),
    ],
}

ISSUES = {
    "a01": ("2026-04-16", "澜河报"),
    "a02": ("2026-04-16", "澜河报"),
    "a03": ("2026-04-16", "澜河报"),
    "b01": (None, "棠州日报"),
    "b02": ("2026-04-20", "棠州日报"),
    "b03": ("2026-04-20", "常州日报"),
    "c01": (None, None),
    "c02": ("2026-04-10", None),
}


def flat(s):
    return WS.sub("", unicodedata.normalize("NFKC", s))


def check(name, entry):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        text = flat(f.read())
    bad = []

    def inorder(parts, what):
        at = 0
        for p in parts:
            i = text.find(flat(p), at)
            if i < 0:
                bad.append(f"{name}: {what} {p!r} not found")
                return
            at = i + len(flat(p))

    for a in entry["articles"]:
        inorder(a["_parts"], "title")
        inorder(a["_first"], "first_chars")
        for who in a["byline"]:
            inorder(a["_by"].get(who, [who]), "byline")
        if a["kicker"]:
            inorder([a["kicker"]], "kicker")
    date, pub = entry["issue_date"], entry["publication"]
    if pub:
        inorder([pub], "publication")
    if date:
        y, m, d = (int(x) for x in date.split("-"))
        inorder([f"{y}年{m}月{d}日"], "date")
    return bad


def main():
    gold = {}
    for name, v in A.items():
        gold[name] = yhb(v)
    gold.update(B)
    gold.update(C)
    out, bad = {}, []
    for name in sorted(gold):
        date, pub = ISSUES[name[:3]]
        entry = dict(issue_date=date, publication=pub, articles=gold[name])
        bad += check(name, entry)
        entry["articles"] = [{k: v for k, v in a.items() if not k.startswith("_")} for a in entry["articles"]]
        out[name] = entry
    missing = sorted(set(n for n in os.listdir(OUT) if n.endswith(".txt")) - set(out))
    bad += [f"{n}: no gold" for n in missing]
    with open(os.path.join(OUT, "GOLD.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n = sum(len(e["articles"]) for e in out.values())
    print(f"{len(out)} files, {n} articles")
    for b in bad:
        print("MISS", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
