"""Held-out leftovers, session 34 (branch ``leftovers20``): shapes a held-out set showed the importer
missing, each named here with a short text written for it (invented places, people and items), not a copy
of the set's file."""

from reader.importer import parse_text
from reader.importer.lynx import drop_link_numbers

REFERENCES = (
    "References\n\n"
    "   1. http://www.hexi.example.gov.cn/\n"
    "   2. http://www.hexi.example.gov.cn/xwzx/\n"
    "   3. http://www.hexi.example.gov.cn/xwzx/bmdt/\n"
    "   4. http://www.hexi.example.gov.cn/xwzx/bmdt/t1.html\n"
    "   5. http://www.hexi.example.gov.cn/xwzx/bmdt/t2.html\n"
    "   6. http://www.hexi.example.gov.cn/xwzx/bmdt/t3.html\n"
)

LYNX_PAGE = (
    "   河西区人民政府\n\n"
    "   [1]首页 [2]新闻中心\n\n"
    "   当前位置：[1]首页 > [2]新闻中心 > [3]部门动态\n\n"
    "   部门动态\n\n"
    "   发布时间：2025-06-12　来源：区政府办公室　浏览次数：88\n\n"
    "   [4]【区长赵明调研汛期排涝工作】6月11日，区长赵明到沿河三个街道检\n"
    "   查防汛物资储备和排涝泵站运行情况，要求各街道落实值班值守制度，确保\n"
    "   安全度汛。\n"
    "   [5]【区民政局开展养老机构消防检查】6月10日，区民政局组织人员对辖\n"
    "   区12家养老机构开展消防安全检查，对发现的问题当场交办，限期整改\n"
    "   到位。\n"
    "   [6]【区政府召开夏季安全生产会议】6月9日，区政府召开会议，部署夏\n"
    "   季安全生产和防溺水工作，要求压实各方责任，坚决防范各类事故发生\n"
    "   。\n\n"
    "   主办：河西区人民政府办公室\n\n" + REFERENCES
)


def test_lynx_link_numbers_go_when_the_references_list_numbers_them():
    text, note = drop_link_numbers("   [1]首页 [2]新闻中心\n\n   [3]【区长调研】正文。\n\n" + REFERENCES)
    assert text.startswith("   首页 新闻中心\n\n   【区长调研】正文。\n\nReferences\n\n   1. http://")
    assert note is not None and "3 link numbers" in note


def test_a_footnote_mark_without_a_references_list_is_kept():
    text = "据统计[1]，全区完成造林两千亩。\n\n[1] 数据来源：区林业局。\n"
    assert drop_link_numbers(text) == (text, None)
    mentioned = "References\n\n见文末[1]。\n"  # a heading that is no list of numbered addresses
    assert drop_link_numbers(mentioned) == (mentioned, None)


def test_a_lynx_dump_of_a_page_of_bracketed_items_is_split_at_them():
    """The items' text wrapped by the browser (no sentence end on the lead's line), no blank line between
    items, a link number before each lead: each item an article, titled without number or brackets."""
    issue = parse_text(LYNX_PAGE, "bmdt_lynx.txt")
    assert [a.title for a in issue.articles] == [
        "区长赵明调研汛期排涝工作",
        "区民政局开展养老机构消防检查",
        "区政府召开夏季安全生产会议",
    ]
    assert issue.articles[1].text == (
        "6月10日，区民政局组织人员对辖区12家养老机构开展消防安全检查，对发现的问题当场交办，限期整改到位。"
    )
    assert all(a.section is None for a in issue.articles)
    asides = {b.text: b.reason for b in issue.boilerplate}
    assert asides["首页 新闻中心"] == "web page header"
    assert "6. http://www.hexi.example.gov.cn/xwzx/bmdt/t3.html" in asides  # the References list: set aside
    assert not any("[" in a.text for a in issue.articles)


BROWSER_PAGE = (
    "首页\n新闻中心\n政务公开\n互动交流\n办事服务\n"
    "当前位置：首页 > 新闻中心 > 领导活动\n"
    "领导活动\n"
    "发布时间：2025-06-12　来源：区政府办公室　浏览次数：88\n"
    "【区长赵明调研汛期排涝工作】6月11日，区长赵明到沿河三个街道检查防汛物资储备和排涝泵站运行情况。\n"
    "【区民政局开展养老机构消防检查】6月10日，区民政局组织人员对辖区12家养老机构开展消防安全检查。\n"
    "打印本页 关闭窗口\n"
    "主办：河西区人民政府办公室\n"
)


def test_a_list_pages_heading_names_the_page_not_a_section_of_its_items():
    """The heading over the led items is the channel's name (the breadcrumb's last step): the page's title,
    set aside as its header as a text browser's copy of the page has it — the items have no section."""
    issue = parse_text(BROWSER_PAGE, "bmdt.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        (None, "区长赵明调研汛期排涝工作"),
        (None, "区民政局开展养老机构消防检查"),
    ]
    assert issue.title == "领导活动"
    assert {b.text: b.reason for b in issue.boilerplate}["领导活动"] == "web page header"


def test_titles_printed_wholly_in_brackets_keep_them():
    """Only leads cut off their paragraph lose their brackets: two items titled 【…】 on lines of their own
    are titled as printed."""
    brief = (
        "河东镇工作简报\n2025年第3期\n河东镇党政办公室编　　2025年6月12日\n\n"
        "【乡村振兴专题调研】\n"
        "　　本月，镇党委组织班子成员分赴各村开展乡村振兴专题调研，共走访农户一百二十户。\n"
        "　　调研组梳理问题清单，明确整改时限。\n\n"
        "【安全生产大检查】\n"
        "　　六月上旬，镇安监站联合派出所对辖区企业开展安全生产大检查，排查隐患十三处。\n"
        "　　对查出的问题，当场下达整改通知书。\n"
    )
    issue = parse_text(brief, "jianbao.txt")
    assert [a.title for a in issue.articles] == ["【乡村振兴专题调研】", "【安全生产大检查】"]


def test_a_government_portals_own_page_is_published_by_the_government():
    """``来源：区政府办公室`` is the site's host office (``主办：河西区人民政府办公室``) named short: the
    page is the portal's own, the portal the government's; a menu entry the trail steps through is no
    masthead."""
    page = BROWSER_PAGE.replace("新闻中心\n政务公开", "政务公开\n政务动态")
    page = page.replace("> 新闻中心 >", "> 政务动态 >")
    assert parse_text(page, "ldhd.txt").publication == "河西区人民政府"
    elsewhere = page.replace("来源：区政府办公室", "来源：区应急管理局")
    assert parse_text(elsewhere, "ldhd.txt").publication == "区应急管理局"  # another body's text: its source


PAGE_WITH_A_RUN_ON_DATELINE = (
    "河西日报　2025年6月12日　星期四　第2版　综合\n\n"
    "全区新增绿地三百亩\n\n"
    "　　记者昨天从区园林局获悉，今年以来全区新增绿地三百亩，建成口袋公园十二个。\n"
    "　　据介绍，新建绿地主要分布在老城区，其中街角绿地占一半以上，\n"
    "　　本报讯 （记者 孙晓梅） 记者昨天从区园林局获悉，全区将再建口袋公园八个，年底前全部完工。\n"
    "　　新建公园将配建健身步道和儿童游乐设施。\n\n"
    "夏季用电高峰提前到来\n\n"
    "　　本报讯 （记者 周海） 受持续高温影响，全区用电负荷连续三天创新高。\n"
    "　　供电部门已启动迎峰度夏预案，确保居民用电。\n"
)


def test_a_dateline_under_an_unfinished_paragraph_runs_on_in_the_story_above():
    """No title over ``本报讯（记者 …）`` and the paragraph above it stops on a comma: the story above has
    not ended, so the dateline opens no untitled article of its own."""
    issue = parse_text(PAGE_WITH_A_RUN_ON_DATELINE, "p2.txt")
    assert [a.title for a in issue.articles] == ["全区新增绿地三百亩", "夏季用电高峰提前到来"]
    assert "本报讯 （记者 孙晓梅）" in issue.articles[0].text


PDF_PAGE = (
    "河西新聞摘錄\n\n第1版\n\n2025年6月12日\n\n星期四\n\n"
    "區議會新規定\n愈改愈嚴格\n記者陳朗\n"
    "區議會昨日通過修訂議事規則的決定，議員提出質詢須提前七日遞交書面文本，\n"
    "並由秘書處按議題分類排期，每次會議的質詢數目亦由十二項減至八項，規定\n"
    "下月一日起實施。有議員批評新規定令議會監察政府的空間收窄，亦有議員認\n"
    "為新安排可提高議事效率。\n"
    "議會主席表示，修訂經過三個月諮詢，各黨派均有機會表達意見，會在實施半\n"
    "年後檢討成效。\n"
    "新巴士路線\n下月開通\n記者何敏\n"
    "運輸署昨日宣布，來往新市鎮與市中心的新巴士路線下月開通，全程約四十分\n"
    "鐘，繁忙時間每十分鐘一班，非繁忙時間每二十分鐘一班，車費與現有路線相\n"
    "同。署方表示，新路線可紓緩現有路線的擠迫情況。\n"
    "區內居民普遍歡迎新安排，但希望署方延長尾班車的開出時間。\n"
)


def test_two_very_short_headline_lines_in_a_pdfs_text_are_one_title():
    """A headline set over two short lines (a PDF's text keeps the break): one title, not a kicker over
    a title — the same paper's word-processor copy prints it on one line."""
    issue = parse_text(PDF_PAGE, "p1_pdftotext.txt")
    assert [(a.kicker, a.title) for a in issue.articles] == [
        (None, "區議會新規定 愈改愈嚴格"),
        (None, "新巴士路線 下月開通"),
    ]
