"""A bulletin's sections named in plain words (no brackets, no 动态/要闻 suffix): each name a short
phrase alone between blank lines over two or more items that have their own titles.  The name is the
section of the items under it, not the first item's kicker.

The texts are written for these tests (a made-up county's bulletin); the expected values are read off
the text.  A newspaper's stacked headline (one short line over one story's title) stays a kicker.
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text

from .county_items import COUNTY_ITEMS

MASTHEAD = "政务信息\n第12期\n县人民政府办公室编　　2024年5月6日\n\n"
SECTIONS = {
    "领导活动": [
        ("县委书记李四督导防汛工作", "5月5日，县委书记李四到河口镇督导防汛工作，察看了水库和堤防。"),
        ("县长王五调研重点项目建设", "5月4日，县长王五到工业园区调研重点项目建设，现场协调解决用地问题。"),
    ],
    "基层信息": [
        ("城关镇开展春季植树活动", "城关镇组织干部群众开展春季植树活动，新植苗木两万余株。"),
        ("河口乡举办技能培训班", "河口乡举办农村劳动力技能培训班，培训学员150人。"),
        ("石桥镇完成高标准农田建设", "石桥镇完成高标准农田建设8000亩，新修机耕路12公里。"),
    ],
}


def _bulletin(head: str, numbered: bool = False) -> str:
    text = head
    for n, (name, items) in zip("一二", SECTIONS.items(), strict=False):
        text += (f"{n}、{name}" if numbered else name) + "\n\n"
        for title, body in items:
            text += f"{title}\n\n{body}\n\n"
    return text


EXPECTED = [(title, name) for name, items in SECTIONS.items() for title, _ in items]


@pytest.mark.parametrize("head", [MASTHEAD, ""], ids=["masthead", "no-masthead"])
@pytest.mark.parametrize("numbered", [False, True], ids=["plain", "counted"])
def test_a_plain_section_name_is_the_section_of_its_items(head: str, numbered: bool) -> None:
    issue = parse_text(_bulletin(head, numbered), "zwxx_12.txt")
    assert [(article.title, article.section) for article in issue.articles] == EXPECTED
    assert [article.kicker for article in issue.articles] == [None] * 5  # no section name left as a kicker


def test_the_name_is_not_text_of_an_item() -> None:
    issue = parse_text(_bulletin(MASTHEAD), "zwxx_12.txt")
    assert [block.text for block in issue.articles[2].blocks] == [SECTIONS["基层信息"][0][1]]


def test_one_short_line_over_one_title_stays_its_kicker() -> None:
    """A page with a stacked headline (``引题`` over the title) once: a story's kicker, not a section."""
    text = (
        "乡村振兴\n\n河口乡茶叶产业带动群众增收\n\n本报讯（记者 赵六）河口乡茶叶种植面积达到三千亩。\n\n"
        "城关镇新建两所幼儿园\n\n本报讯（记者 钱七）城关镇今年新建两所公办幼儿园。\n\n"
        "石桥镇修通通村公路\n\n本报讯（记者 孙八）石桥镇修通最后两条通村公路。\n"
    )
    issue = parse_text(text, "page.txt")
    assert [(a.title, a.kicker, a.section) for a in issue.articles] == [
        ("河口乡茶叶产业带动群众增收", "乡村振兴", None),
        ("城关镇新建两所幼儿园", None, None),
        ("石桥镇修通通村公路", None, None),
    ]


# A bulletin with no masthead: the file opens straight with an item's title (leftover 2 of issue 9).
ITEMS = COUNTY_ITEMS


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["paragraphs-close", "paragraphs-apart"])
def test_a_bulletin_without_masthead_is_split_item_by_item(gap: str) -> None:
    text = "".join(f"{title}\n\n{first}{gap}{second}\n\n" for title, first, second in ITEMS)
    issue = parse_text(text, "xinxi.txt")
    assert [article.title for article in issue.articles] == [title for title, _, _ in ITEMS]
    assert [[block.text for block in article.blocks] for article in issue.articles] == [
        [first, second] for _, first, second in ITEMS
    ]


LEAD = "今年以来，全县上下认真贯彻落实上级决策部署，各项工作取得明显成效，经济运行稳中有进。"


@pytest.mark.parametrize(
    ("title", "heads", "under"),
    [
        # a feature whose sub-heads name its parts; the paragraphs under them go on with the story
        ("山村里走出致富带头人", ["从外出务工到返乡创业的转变", "带着乡亲们一起走上致富路"], [LEAD, LEAD]),
        # a report titled as a document
        ("关于全县经济运行情况的报告", ["工业经济保持平稳增长态势", "农业生产总体形势良好"], [LEAD, LEAD]),
        # a meeting's story whose sub-heads say what to do, each restated by the paragraph under it
        (
            "全县召开经济工作会议部署明年任务",
            ["坚持稳中求进推动经济高质量发展", "加快建设现代化产业体系"],
            [
                "会议指出，要坚持稳中求进工作总基调，推动经济高质量发展，确保完成全年目标。",
                "会议强调，要加快建设现代化产业体系，培育壮大新兴产业。",
            ],
        ),
        # a meeting's story whose sub-heads name a subject, over paragraphs going on with the meeting
        (
            "全县召开经济工作会议部署明年任务",
            ["全县经济运行稳中有进", "明年重点抓好产业项目建设"],
            [
                "会议指出，今年全县经济运行稳中有进，主要指标好于预期。",
                "会议强调，明年要重点抓好产业项目建设，培育壮大新兴产业。",
            ],
        ),
    ],
    ids=["feature", "report", "meeting", "meeting-told"],
)
def test_one_article_with_sub_heads_set_apart_stays_one(
    title: str, heads: list[str], under: list[str]
) -> None:
    opening = "12月20日，全县经济工作会议召开，总结今年工作，部署明年任务。" if "会议" in title else LEAD
    parts = "".join(f"{head}\n\n{para}\n\n" for head, para in zip(heads, under, strict=True))
    text = f"{title}\n\n{opening}\n\n{parts}"
    issue = parse_text(text, "wenzhang.txt")
    assert [article.title for article in issue.articles] == [title]
    assert heads[0] in issue.articles[0].text and heads[1] in issue.articles[0].text


def test_a_first_section_named_like_a_bulletin_is_not_taken_into_the_masthead() -> None:
    """``基层动态`` right under the masthead reads like a bulletin's name (…动态), but the masthead has its
    name, number and day already: it is the first section's, and ``部门信息`` further down the next."""
    sections = {
        "基层动态": [SECTIONS["基层信息"][0], SECTIONS["基层信息"][1]],
        "部门信息": [SECTIONS["领导活动"][0], SECTIONS["领导活动"][1]],
    }
    text = MASTHEAD
    for name, items in sections.items():
        text += f"{name}\n\n" + "".join(f"{title}\n{body}\n\n" for title, body in items)
    issue = parse_text(text, "zwxx_12.txt")
    assert [(a.section, a.title, a.kicker) for a in issue.articles] == [
        (name, title, None) for name, items in sections.items() for title, _ in items
    ]
    assert (issue.title, issue.issue_date) == ("政务信息 第12期", "2024-05-06")


def test_counted_section_names_over_titles_set_close_to_their_text() -> None:
    """``一、领导活动`` / ``二、基层信息`` between items whose titles stand right over their text (no blank
    line under a title): the second name is a section's too, not a part heading inside the item above."""
    text = MASTHEAD
    for n, (name, items) in zip("一二", SECTIONS.items(), strict=True):
        text += f"{n}、{name}\n\n" + "".join(f"{title}\n{body}\n\n" for title, body in items)
    issue = parse_text(text, "zwxx_12.txt")
    assert [(a.title, a.section) for a in issue.articles] == EXPECTED
    assert [[b.text for b in a.blocks] for a in issue.articles] == [
        [body] for items in SECTIONS.values() for _, body in items
    ]


_CASES = """审判动态(第7期)

发布时间:2024-07-10 09:30　来源:院办公室

法院动态

县法院召开上半年审判工作会议

7月8日，县法院召开上半年审判工作会议，总结上半年工作，部署下半年任务。

县法院开展送法进社区活动

7月9日，县法院干警走进城东社区，为居民讲解民法典中与生活密切相关的规定。

以案释法

案例一　王某诉张某民间借贷纠纷案

【基本案情】王某向张某出借十万元，约定一年后归还，到期后张某未还款。

【裁判结果】法院判决张某归还借款本金及利息。

案例二　李某诉某公司劳动争议案

【基本案情】李某在某公司工作三年，公司未与其签订书面劳动合同。

【裁判结果】法院判决公司支付李某二倍工资差额。
"""


def test_a_plain_name_over_numbered_cases_names_their_section() -> None:
    """``以案释法`` set apart over ``案例一　…案``: the case number stays off the title, the name is the
    section of the cases, not the first case's kicker."""
    issue = parse_text(_CASES, "cases.txt")
    assert [(a.section, a.kicker, a.title) for a in issue.articles] == [
        ("法院动态", None, "县法院召开上半年审判工作会议"),
        ("法院动态", None, "县法院开展送法进社区活动"),
        ("以案释法", None, "王某诉张某民间借贷纠纷案"),
        ("以案释法", None, "李某诉某公司劳动争议案"),
    ]
