# ruff: noqa: E501
"""Write ../GOLD.json for the ocrbulletins set and check it against the files as a reader sees them.

Every file is real OCR (tesseract 5.3 ``chi_sim``), so the gold is written by reading each file: every title,
subtitle, byline name and first_chars **as the OCR printed it** (「二人〇二人入年」, 「电丙」, 「白阔县」, 「监疯」…), checked
here against the file with all whitespace removed (NFKC). Run: python3 make/make_gold.py

Judgements (also in SOURCES.md):
- an item's title is the line the OCR printed over its text, not its line in the 目录 (the 目录 is no article);
- a sign-off 「（unit　name）」 gives the name as printed, also where the OCR lost a bracket (「石和内镇 黄晓岚)」,
  「(代表工作室 草雨桐」) or split the name over two lines (「刘佳」 / 「琪)」); a unit alone (「（县水文站）」) gives none;
- section = the 栏目 a reader reads over the item (「工作动态」 「基层信息」 「常委会动态」 「代表风采」, without the
  brackets the OCR printed as 【】, [], 【] or 「【工作动态j】」); bulletins without 栏目 have none;
- the 编者按 over an item, the 一、二、三、 heads inside a report, the 报/送/发 footer and the page numbers are no
  articles; a subtitle 「——记…」 is given as printed (「一一记…」);
- publication = the bulletin's name as the masthead prints it (「防涩抗旱工作简报」 in e01), null where the OCR broke it
  (a02 「务信 自」 / 「政务  百 /GAN」, c01 「局志豆并」, e02 「防装抗旱工作简」 under debris); the date null where the
  OCR lost or misread the month (c01 「2026年明3日」, e01 「2026年了月9日」, e02 「2026年人月9日」).
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WS = re.compile(r"\s+")


def art(title, first, byline=(), section=None, subtitle=None):
    return dict(
        title=title, kicker=None, subtitle=subtitle, section=section, byline=list(byline), first_chars=first
    )


GZ, JC = "工作动态", "基层信息"
CW, DB = "常委会动态", "代表风采"

GOLD = {
    "a01_lxzwxx_7_p1-2_300dpi_tesseract-psm3.txt": (
        "2026-05-12",
        "政务信息",
        [
            art("我县召开二人〇二人入年安全生产工作推进会", "5朋9日，县政府召开全县", ["莫红英"], GZ),
            art("县人社局″ 送岗上方”助力农民工就近就业", "今年以来，县人社局组织", ["韦思远"], GZ),
            art("石门镇建成三个村级电丙服务站", "近日，石内镇机木村", ["黄晓岗"], JC),
            art("龙潭乡开展农村人居环境整治″ 百日攻坚，", "4月以来，龙潭乡以", ["蒙少华"], JC),
        ],
    ),
    "a02_lxzwxx_7_p1-2_scan-200dpi-rotated-noise_tesseract-psm6.txt": (
        "2026-05-12",
        None,
        [
            art("我县召开二〇二六年安全生产工作推进会", "5月9日，县政府召开全县", ["莫红英"], GZ),
            art("县人社局“ 送岗上和内”助力农民工就近就业", "今年以来，县人社局组织", ["韦思远"], GZ),
            art("石和内镇建成三个村级电商服务站", "近日，石让镇枫木村", ["黄晓岚"], JC),
            art("龙潭乡开展农村人居环境整治″ 百日攻坚”", "4月以来，龙潭乡以", ["蒙少华"], JC),
        ],
    ),
    "b01_yygzjb_15_scan-250dpi-rotated_tesseract-psm3.txt": (
        "2026-04-28",
        "工作简报",
        [
            art("全市春耕生产进度快于去年同期", "据统计，截至4角25日", ["唐嘉言"]),
            art("市农机服务中心开展农机安全检查", "4胃中旬，市农机服务中心", ["潘永康"]),
            art("白阔县试点”稻渔共生”综合种养", "白沙县在深口、崔背两个镇", ["农丽萍"]),
        ],
    ),
    "b02_yygzjb_15_300dpi_tesseract-psm6.txt": (
        "2026-04-28",
        "工作简报",
        [
            art("全市春耕生产进度快于去年同期", "据统计，截至4月25日", ["唐嘉言"]),
            art("市农机服务中心开展农机安全检查", "4月中旬，市农机服务中心", ["潘永康"]),
            art("白沙县试点″ 稳渔共生” 综合种养", "白沙县在深口、肉背两个镇", ["农丽薄"]),
        ],
    ),
    "c01_htxxzb_3_scan-300dpi-rotated-grey_tesseract-psm3.txt": (
        None,
        None,
        [art("鹤汀镇多措并举做好污前准备工作", "入污以来，蕉汀镇坚持", ["石宏亮"])],
    ),
    "d01_fprdjb_22_200dpi_tesseract-psm3.txt": (
        "2026-03-30",
        "人大工作简报",
        [
            art("区人大常委会召开第十九次主任会议", "3月26日，区人大常委会召开", ["刘佳琪"], CW),
            art("区人大常委会开展优化营商环境专题调研", "3月20日至22日，区人大", ["皂慧敏"], CW),
            art(
                "扎根乡村的” 土专家”",
                "在枫坪区清泉村，提起吴德星",
                ["草雨桐"],
                DB,
                "一一记区人大代表、清泉村党支部书记吴德胜",
            ),
        ],
    ),
    "d02_fprdjb_22_scan-300dpi-rotated-noise_tesseract-psm6.txt": (
        "2026-03-30",
        "人大工作简报",
        [
            art("区人大常委会召开第十九次主任会议", "旨26日，区人大常委会召开", ["刘佳琪"], CW),
            art("区人大常委会开展优化营商环境专题调研", "绷20日至22日，区人大", ["即慧敏"], CW),
            art(
                "扎根乡村的“ 土专家”",
                "在枫坪区清泉村，提起吴德胜",
                ["草雨桐"],
                DB,
                "一一记区人大代表、清泉村党支部书记吴德胜",
            ),
        ],
    ),
    "e01_qcfxjb_4_scan-300dpi-noise_tesseract-psm3.txt": (
        None,
        "防涩抗旱工作简报",
        [
            art("我县全力应对”7多6”强降雨过程", "7月6日至8日，我县出现", ["麦振宇"]),
            art("桃源镇连夜抢通受损村道", "7月7日凌晨，桃源镇上坪村", ["欧阳琳"]),
            art("县水文站加密雨水情监疯", "强降雨期间，县水文站将", []),
        ],
    ),
    "e02_qcfxjb_4_200dpi_tesseract-psm6.txt": (
        None,
        None,
        [
            art("我县全力应对“ 7区6”强降雨过程", "7月6日至8日，我县出现", ["麦振宇"]),
            art("桃源镇连夜抢通受损村道", "7月7日凌晨，桃源镇上坪村", ["欧阳琳"]),
            art("县水文站加密雨水情监测", "强降雨期间，县水文站将", []),
        ],
    ),
}


def flat(s):
    return WS.sub("", unicodedata.normalize("NFKC", s))


def check(name, date, pub, arts):
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        text = flat(f.read())
    bad, at = [], 0
    for a in arts:
        # titles in order, each after the one before (the 目录 lines come first: find the last-but-text one)
        for what in ("title", "subtitle", "first_chars"):
            if a[what] and flat(a[what]) not in text:
                bad.append(f"{name}: {what} {a[what]!r} not found")
        i = text.find(flat(a["first_chars"]), at)
        if i < 0:
            bad.append(f"{name}: first_chars {a['first_chars']!r} out of order")
        else:
            at = i
        for who in a["byline"]:
            if flat(who) not in text:
                bad.append(f"{name}: byline {who!r} not found")
        if a["section"] and flat(a["section"]) not in text:
            bad.append(f"{name}: section {a['section']!r} not found")
    if pub and flat(pub) not in text:
        bad.append(f"{name}: publication {pub!r} not found")
    if date:
        y, m, d = (int(x) for x in date.split("-"))
        if f"{y}年{m}月{d}日" not in text:
            bad.append(f"{name}: date {date} not found")
    return bad


def main():
    out, bad = {}, []
    for name in sorted(GOLD):
        date, pub, arts = GOLD[name]
        bad += check(name, date, pub, arts)
        out[name] = dict(issue_date=date, publication=pub, articles=arts)
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
