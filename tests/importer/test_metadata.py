"""Issue title, publication and date, inferred only from what the text proves."""

from __future__ import annotations

from reader.importer import parse_text

from .conftest import parsed


def test_issue_dates_of_the_seeds() -> None:
    assert parsed("000").issue_date == "2024-09-30"  # source notes: 原载2024年9月30日
    assert parsed("003").issue_date == "2023-12-29"  # 本报讯(…)12月29日上午, with 2023年 beside it
    assert parsed("002").issue_date is None  # 8月1日/8月2日 but no year anywhere
    assert parsed("004").issue_date is None  # no dated event at all
    assert parsed("001").issue_date is None  # 12月28日 only inside running text


def test_titles_default_to_the_lead_story() -> None:
    assert parsed("001").title == "学习贯彻全会精神 奋力推动现代化驻马店建设行稳致远"
    assert parsed("002").title == "驿城区统筹推进各项重点工作落实落细"
    assert parsed("000").title == "学习贯彻党的二十届三中全会精神省委宣讲团报告会在驻举行"
    assert {parsed(k).publication for k in ("000", "001", "002", "003", "004")} == {None}


def test_masthead_gives_publication_and_title() -> None:
    issue = parse_text("驻马店日报\n\n会议召开\n\n本报讯(记者 张静)5月6日,会议召开。\n", "paper.txt")
    assert issue.publication == "驻马店日报"
    assert issue.title == "驻马店日报"


def test_date_from_date_line_year_and_opening_date() -> None:
    text = "# 标题\n\n2023年\n\n本报记者 滑清泉\n\n12月28日，会议召开。\n\n将于12月31日前完成。\n"
    assert parse_text(text, "f.md").issue_date == "2023-12-28"  # 12月31日 is in running text: ignored


def test_conflicting_years_give_no_date() -> None:
    text = (
        "甲文标题\n\n本报讯(记者 张静)5月6日,2022年的工作总结会召开。\n\n"
        "乙文标题\n\n本报讯(记者 张静)5月7日,2023年的计划会召开。\n"
    )
    issue = parse_text(text, "tie.txt")
    assert issue.layout == "newspaper_page"
    assert issue.issue_date is None


def test_impossible_dates_are_ignored() -> None:
    text = "甲文标题\n\n本报讯(记者 张静)2月30日,2023年度会议召开。\n"
    assert parse_text(text, "feb.txt").issue_date is None


def test_a_notice_is_dated_by_the_day_under_the_office_that_issued_it() -> None:
    text = (
        "关于做好冬季供暖工作的通知\n\n各乡镇人民政府，县直各有关单位：\n"
        "为切实做好今冬供暖工作，保障群众温暖过冬，现就有关事项通知如下：\n"
        "一、提高思想认识\n各单位要把供暖工作作为重大民生工程抓紧抓好。\n"
        "二、落实工作责任\n各供热企业要严格落实主体责任。\n\n"
        "县人民政府办公室\n2025年10月20日\n"
    )
    issue = parse_text(text, "tongzhi.txt")
    assert [a.title for a in issue.articles] == ["关于做好冬季供暖工作的通知"]
    assert issue.issue_date == "2025-10-20"


def test_a_date_inside_the_text_of_a_notice_does_not_date_it() -> None:
    """Only the day closing the text under the office counts: ``将于2025年12月1日…`` is a plan."""
    text = (
        "关于开展消防安全检查的通知\n\n各单位：\n县消防救援大队将于2025年12月1日起开展消防安全检查。\n"
        "请各单位做好准备。\n"
    )
    assert parse_text(text, "tongzhi.txt").issue_date is None


_BULLETIN_PAGE = """   首页 | 无障碍 | 长者模式

     * 工作动态
     * 通知公告
     * 工作简报

   当前位置：首页 > 政务公开 > 工作简报

农业农村工作简报（第3期）

   发布时间：2024-03-05　来源：县农业农村局办公室　浏览次数：

东岭镇:春耕备耕有序推进

   　　东岭镇组织农技人员深入田间地头，指导农户做好春耕备耕，确保不误农时。

西湖村:高标准农田建设开工

   　　西湖村高标准农田建设项目近日开工，计划建设农田八百亩，年底前完工。
"""


def test_a_bulletin_posted_on_a_site_is_published_under_its_own_name() -> None:
    """The page's heading names the bulletin with its number; the 来源 line under it names the office that
    posted it, which is not the publication."""
    issue = parse_text(_BULLETIN_PAGE, "page.txt")
    assert (issue.publication, issue.title, issue.issue_date) == (
        "农业农村工作简报",
        "农业农村工作简报",
        "2024-03-05",
    )


def test_a_special_topic_bulletin_is_named_by_its_slogan() -> None:
    """``“乡村振兴、共同富裕”专题简报（第2期）`` over the items: the quoted slogan is part of the name."""
    text = (
        "“乡村振兴、共同富裕”专题简报（第2期）\n\n县委办公室　　2024年6月3日\n\n"
        "东岭镇发展特色种植\n\n东岭镇引导农户种植高山蔬菜，今年种植面积达到两千亩。\n\n"
        "西湖村建成农产品加工厂\n\n西湖村建成农产品加工厂，带动周边三百余户农户增收。\n"
    )
    issue = parse_text(text, "brief.txt")
    assert (issue.publication, issue.issue_date) == ("“乡村振兴、共同富裕”专题简报", "2024-06-03")
