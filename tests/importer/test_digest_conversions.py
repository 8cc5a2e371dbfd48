"""A digest issue of several items under 【section】 heads as different converters give it: Markdown with
``## 【栏目】`` over ``### title``, PDF text hard-wrapped at the page's width with page numbers, a mail
copy wrapped at a fixed width.  The texts are written for these tests in the shape of the seventh
held-out set (not copied from it); expected values read off the texts."""

from __future__ import annotations

from reader.importer import parse_text

TITLES = ["全县一季度工业产值稳步增长", "城区新增三处便民停车场", "县医院开通夜间门诊"]
"""The items of the digest each test below lays out in another way (written for these tests)."""


def test_a_markdown_digest_whose_issue_number_is_under_its_name_and_sections_are_headings() -> None:
    text = (
        "# 社情动态简报\n\n**2021年第7期（总第95期）**\n\n县委办信息科　编　2021年6月8日\n\n---\n\n"
        "## 【经济运行】\n\n### 全县一季度工业产值稳步增长\n\n"
        "一季度，全县规模以上工业产值同比增长百分之八，增速居全市前列。\n\n"
        "> （网址：http://example.org/a/1　发布时间：2021-06-07 09:30）\n\n"
        "## 【社会民生】\n\n### 城区新增三处便民停车场\n\n"
        "近日，城区新增三处便民停车场，共提供车位四百个。\n\n"
        "### 县医院开通夜间门诊\n\n自6月1日起，县医院开通夜间门诊，方便上班族就医。\n"
    )
    issue = parse_text(text, "digest.md")
    assert [a.title for a in issue.articles] == TITLES
    assert [a.section for a in issue.articles] == ["经济运行", "社会民生", "社会民生"]
    assert issue.title == "社情动态简报"
    assert issue.issue_date == "2021-06-08"
    assert issue.articles[1].text.startswith("近日，城区新增")


# A digest typeset on A4 and read back with pdftotext: the text cut at 30 characters, no indents, no
# blank line between title and text, a page number between pages, the compiler's 编 on a line of its own.
PDF_DIGEST = """社情动态摘报
2021年第7期（总第95期）
县委办信息科

编

2021年6月8日

【经济运行】

全县一季度工业产值稳步增长
县统计局讯 据县统计局消息：一季度全县规模以上工业产值同比增
长百分之八，增速居全市前列，其中装备制造业增长最快，拉动全县
工业增长四个百分点。县统计局有关负责人介绍，一季度新开工项目
二十个，新投产企业六家，全县工业用电量同比增长百分之九，企业
订单饱满，用工总体稳定，市场预期向好。
（发布时间：2021-06-07 09:30）

【社会民生】

城区新增三处便民停车场
本文转自：县融媒体中心
近日，城区新增三处便民停车场，共提供车位四百个，缓解了老城区
停车难问题。三处停车场分别位于老城区的菜市场、县医院和中心小
学附近，均实行智能收费，市民可以通过手机查询空余车位。为方便市
民出行，县交通运输局发布通告，自下周起对以下路段的停车收费标
准进行调整：

-1-

城南路、新华路、人民路的路边车位，前半小时免费，超过半小时按
每小时二元收取，夜间停车一律免费，请市民朋友相互转告，按规定停车。
（记者 周明远）
（发布时间：2021-06-07 10:15）

县医院开通夜间门诊
自6月1日起，县医院开通夜间门诊，内科、儿科、口腔科每晚开诊至
九点，方便上班族就医。县医院负责人表示，夜间门诊由副主任医师以
上的医生坐诊，检验、药房等科室同步开放，患者可以通过微信公众号
提前预约，也可以到现场挂号。
（发布时间：2021-06-07 11:02）

-2-
"""


def test_a_pdf_digest_with_items_closed_by_their_posting_time() -> None:
    issue = parse_text(PDF_DIGEST, "digest.txt")
    assert [a.title for a in issue.articles] == TITLES
    assert [a.section for a in issue.articles] == ["经济运行", "社会民生", "社会民生"]
    assert issue.issue_date == "2021-06-08"
    first, second, third = issue.articles
    assert first.text.startswith("县统计局讯 据县统计局消息")  # a full line under the title is text
    assert first.source_note == "（发布时间：2021-06-07 09:30）"
    assert second.text.startswith("近日，城区新增")
    assert "本文转自：县融媒体中心" in (second.source_note or "")
    assert "停车收费标准进行调整：\n城南路" in second.text  # a lead-in's end stays where it is printed
    assert "城南路、新华路" in second.text
    assert third.text.startswith("自6月1日起")
    aside = [item.text for item in issue.boilerplate if item.reason == "issue title"]
    assert aside == ["社情动态摘报", "2021年第7期（总第95期）", "县委办信息科", "编", "2021年6月8日"]
    assert issue.publication == "社情动态摘报"  # a name of no known kind, over the issue's number


# A mail copy of a digest: name and number on one line, sections between 〓 marks, the items numbered
# through the issue, every paragraph cut at 28 characters without indents.
MAIL_DIGEST = """社情动态摘报　2021年第7期（总第95期）
县委办信息科　编
2021年6月8日

〓经济运行〓

1.全县一季度工业产值稳步增长

一季度全县规模以上工业产值同比增长百分之八，增速居全市前
列，其中装备制造业增长最快，拉动全县工业增长四个百分点。

〓社会民生〓

2.城区新增三处便民停车场

近日，城区新增三处便民停车场，共提供车位四百个，缓解了老
城区停车难问题。三处停车场分别位于菜市场、县医院和中心小
学附近，均实行智能收费，市民可以通过手机查询空余车位。

3.县医院开通夜间门诊

自6月1日起，县医院开通夜间门诊，内科、儿科、口腔科每晚开
诊至九点，方便上班族就医。夜间门诊由副主任医师以上的医生
坐诊，检验、药房等科室同步开放，患者可以提前在网上预约。

〓基层动态〓

4.城关镇开展防汛应急演练

6月5日，城关镇组织开展防汛应急演练，镇村干部、民兵应急队
伍共八十余人参加。演练模拟河道水位暴涨、群众被困等险情，
检验了应急预案的可操作性，提高了基层干部的应急处置能力。
"""


def test_a_mail_copy_of_a_digest_with_items_numbered_through_its_sections() -> None:
    issue = parse_text(MAIL_DIGEST, "digest.txt")
    assert [a.title for a in issue.articles] == [
        *TITLES,
        "城关镇开展防汛应急演练",
    ]
    assert [a.section for a in issue.articles] == ["经济运行", "社会民生", "社会民生", "基层动态"]
    assert issue.issue_date == "2021-06-08"
    assert issue.articles[2].text.startswith(
        "自6月1日起，县医院开通夜间门诊，内科、儿科、口腔科每晚开诊至九点"
    )
    assert issue.publication == "社情动态摘报"  # printed beside the issue's number
    assert [piece.text for piece in issue.boilerplate if piece.reason == "item number"] == [
        "1.",
        "2.",
        "3.",
        "4.",
    ]


def test_parts_numbered_inside_one_item_stay_in_it() -> None:
    """Numbers that start again from 1 in the next item count an item's parts, not the issue's items."""
    item = (
        "{title}\n\n{lead}近日召开工作会议，部署下一阶段的重点工作，要求各单位抓好落实，\n"
        "确保各项任务按期完成，会上各单位负责人作了表态发言。\n\n"
        "1.抓好安全生产\n\n各单位要压实安全生产责任，开展隐患排查整治，坚决防范重大事\n故发生。\n\n"
        "2.抓好项目建设\n\n各单位要加快项目建设进度，确保年内建成投产，形成新的增长点\n和支撑点。\n（李明）\n\n"
    )
    text = "社情动态摘报　2021年第7期\n县委办信息科　编\n2021年6月8日\n\n〓经济运行〓\n\n" + "".join(
        item.format(title=title, lead=lead)
        for title, lead in (("县发改局部署下半年工作", "县发改局"), ("县工信局部署下半年工作", "县工信局"))
    )
    issue = parse_text(text, "digest.txt")
    assert [a.title for a in issue.articles] == ["县发改局部署下半年工作", "县工信局部署下半年工作"]
    assert all("1.抓好安全生产" in a.text and "2.抓好项目建设" in a.text for a in issue.articles)


def test_a_word_bulletin_with_marked_sections_and_a_caption_closing_an_item() -> None:
    """``▲section`` lines, ``―`` rules, paragraphs indented and one line each, titles flush left between
    blank lines — one item ends with a caption naming its photographer, not with a full stop."""
    text = (
        "社 情 动 态\n\n县委社情动态\n第7期\n\n县委办信息科　编　　　　2021年6月8日\n"
        + "―" * 24
        + "\n\n▲经济运行\n\n"
        "全县一季度工业产值稳步增长\n\n"
        "　　一季度全县规模以上工业产值同比增长百分之八，增速居全市前列，其中装备制造业增长最快，"
        "拉动全县工业增长四个百分点。\n"
        "　　县统计局有关负责人介绍，一季度新开工项目二十个，新投产企业六家，全县工业用电量同比增长"
        "百分之九，企业订单饱满，用工总体稳定，市场预期向好。\n"
        "　　分行业看，装备制造、食品加工、新型建材三个行业产值合计占全县的六成以上，增速均高于全县"
        "平均水平，成为拉动增长的主要力量。\n"
        "　　从企业看，全县产值过亿元的企业达到三十家，比上年同期增加五家，龙头企业带动作用明显。\n"
        "　　下一步，全县将继续抓好项目建设和企业服务，推动工业经济持续向好。图为县经开区一家企业的"
        "生产车间。周明远\n\n"
        "城区新增三处便民停车场\n\n"
        "　　近日，城区新增三处便民停车场，共提供车位四百个，缓解了老城区停车难问题。三处停车场分别"
        "位于菜市场、县医院和中心小学附近，均实行智能收费。\n"
        "　　市民可以通过手机查询空余车位，前半小时免费，超过半小时按每小时二元收取，夜间停车一律"
        "免费，请市民朋友相互转告，按规定停车。\n"
        "　　县交通运输局表示，今年还将在新城区建设两处立体停车场，进一步增加停车泊位供给。\n\n"
        "▲社会民生\n\n县医院开通夜间门诊\n\n"
        "　　自6月1日起，县医院开通夜间门诊，内科、儿科、口腔科每晚开诊至九点，方便上班族就医。"
        "夜间门诊由副主任医师以上的医生坐诊，检验、药房等科室同步开放。\n"
        "　　患者可以通过微信公众号提前预约，也可以到现场挂号，县医院将根据就诊情况适时增加夜间"
        "门诊的科室。\n" + "―" * 24 + "\n送：县委、县政府领导\n"
    )
    issue = parse_text(text, "bulletin.txt")
    assert [a.title for a in issue.articles] == TITLES
    assert [a.section for a in issue.articles] == ["经济运行", "经济运行", "社会民生"]
    assert issue.articles[0].text.endswith("生产车间。周明远")
    assert issue.publication == "县委社情动态"  # the full name under its spaced-out short form
    rules = [item.reason for item in issue.boilerplate if item.text.startswith("―")]
    assert rules == ["rule or table border"] * 2


def _cut(paragraph: str, width: int = 28) -> list[str]:
    """A paragraph cut into lines of ``width`` characters, as a PDF extractor gives it."""
    return [paragraph[k : k + width] for k in range(0, len(paragraph), width)]


def test_a_pymupdf_bulletin_without_blank_lines() -> None:
    """No blank line anywhere: ▲section lines after a paragraph's last line, and a title after a paragraph
    that closed with a caption's photographer."""
    lines = [
        "社情动态", "第7期", "县委办信息科　编", "2021年6月8日", "▲经济运行", "全县一季度工业产值稳步增长",
        *_cut("一季度全县规模以上工业产值同比增长百分之八，增速居全市前列，其中装备制造业增长最快，拉动全县"
              "工业增长四个百分点。县统计局有关负责人介绍，一季度新开工项目二十个，新投产企业六家。"),
        *_cut("全县工业用电量同比增长百分之九，企业订单饱满，用工总体稳定，市场预期向好，工业投资增长较快。"
              "图为县经开区一家企业的生产车间。周明远"),
        "城区新增三处便民停车场",
        *_cut("近日，城区新增三处便民停车场，共提供车位四百个，缓解了老城区停车难问题。三处停车场分别位于"
              "菜市场、县医院和中心小学附近，均实行智能收费。"),
        "▲社会民生", "县医院开通夜间门诊",
        *_cut("自6月1日起，县医院开通夜间门诊，内科、儿科、口腔科每晚开诊至九点，方便上班族就医。夜间门诊"
              "由副主任医师以上的医生坐诊，检验、药房等科室同步开放，患者可以提前在网上预约挂号。"),
    ]  # fmt: skip
    issue = parse_text("\n".join(lines) + "\n", "bulletin.txt")
    assert [a.title for a in issue.articles] == TITLES
    assert [a.section for a in issue.articles] == ["经济运行", "经济运行", "社会民生"]
    assert issue.articles[0].text.endswith("生产车间。周明远")


def test_a_bulletin_of_one_line_per_block_with_marked_titles() -> None:
    """Name and number in brackets on one line, 【section】 lines, every title marked ◆, no blank lines,
    items running on with no visible end, the print run in brackets at the foot."""
    text = (
        "社情动态（第7期）\n县委办信息科　编　2021年6月8日\n【经济运行】\n◆全县一季度工业产值稳步增长\n"
        "一季度全县规模以上工业产值同比增长百分之八，增速居全市前列。\n"
        "其中装备制造业增长最快，拉动全县工业增长四个百分点。\n"
        "◆城区新增三处便民停车场\n近日，城区新增三处便民停车场，共提供车位四百个。\n"
        "三处停车场均实行智能收费，市民可以通过手机查询空余车位。\n【社会民生】\n◆县医院开通夜间门诊\n"
        "自6月1日起，县医院开通夜间门诊，方便上班族就医。\n（本期共印30份）\n"
    )
    issue = parse_text(text, "bulletin.txt")
    assert [a.title for a in issue.articles] == TITLES
    assert [a.section for a in issue.articles] == ["经济运行", "经济运行", "社会民生"]
    assert issue.issue_date == "2021-06-08"
    assert issue.articles[1].text.startswith("近日，城区新增")
    assert issue.articles[2].text == "自6月1日起，县医院开通夜间门诊，方便上班族就医。"
    assert "社情动态（第7期）" in [item.text for item in issue.boilerplate if item.reason == "issue title"]
    assert issue.publication == "社情动态"


def test_reporters_named_where_reposted_items_name_them() -> None:
    """Items taken from news apps name their reporters in a dateline of any outlet (``某某时刻…讯``,
    ``某某网…消息``), in a bracket closing the text (``（总台记者 某某）``), or glued to the last sentence
    with the outlet's own note after it."""
    items = [
        ("城关镇开展防汛应急演练", "城关时刻6月5日讯（通讯员 赵晓梅）6月5日，城关镇开展防汛演练。"),
        ("县里调配蔬菜保障市场供应", "某某网南宁6月6日消息（记者周明远 通讯员吴海涛）县里调配蔬菜二十吨。"),
        ("县医院开通夜间门诊", "自6月1日起，县医院开通夜间门诊，方便上班族就医。\n（总台记者 孙立新）"),
        ("城区新增三处便民停车场", "近日，城区新增三处便民停车场。(县台记者 钱小川)\n（某某新闻客户端）"),
    ]
    bylines = []
    for title, body in items:
        issue = parse_text(f"{title}\n\n{body}\n", "item.txt")
        assert [a.title for a in issue.articles] == [title]
        bylines.append([p.name for p in issue.articles[0].byline])
    assert bylines == [["赵晓梅"], ["周明远", "吴海涛"], ["孙立新"], ["钱小川"]]
