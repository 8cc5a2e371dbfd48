"""A bulletin in plain copy (a Word file saved as text): a masthead, then item titles over their
paragraphs, with no writer, dateline or sign-off anywhere to anchor an item — the commonest shape
of a county 工作简报, and one that was read as a single article (the fallback) before.

The texts are written for these tests (a made-up county's bulletin); the expected titles are read
off the text.
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text

MASTHEAD = "工作简报\n第5期\n县政府办公室编　　2023年12月1日\n\n"
ITEMS = {
    "工作动态": [
        (
            "县长张三调研农业生产",
            "12月1日，县长张三到城关镇调研农业生产工作，察看了蔬菜大棚和养殖基地。",
            "张三指出，要抓好冬春农业生产，保障重要农产品稳定供给，让群众的菜篮子拎得更稳。",
        ),
        (
            "县政府召开常务会议",
            "11月30日，县政府召开第15次常务会议，研究部署冬季安全生产工作。",
            "会议听取了全县安全生产大检查情况汇报，审议通过了《县冬季森林防火工作方案》。",
        ),
    ],
    "基层信息": [
        (
            "城关镇推进人居环境整治",
            "今年以来，城关镇扎实推进农村人居环境整治，完成改厕500户，清理垃圾堆放点120处。",
            "镇党委将整治工作纳入村级年度考核，实行月通报、季评比。",
        ),
        (
            "河口乡发展特色产业",
            "河口乡立足资源优势，大力发展茶叶产业，种植面积达到3000亩，带动800余户群众增收。",
            "该乡还引进龙头企业两家，建成标准化加工厂一座。",
        ),
    ],
    "经验交流": [
        (
            "石桥镇探索基层治理新路径",
            "石桥镇创新网格化管理模式，将全镇划分为32个网格，配备专职网格员45名，实现服务全覆盖。",
            "今年以来共排查化解矛盾纠纷210起，化解率达98%。",
        ),
        (
            "新华街道打造便民服务圈",
            "新华街道整合辖区资源，建成15分钟便民服务圈，设立便民服务点18个。",
            "群众办事平均时间缩短一半，满意度明显提升。",
        ),
    ],
}
TITLES = [title for items in ITEMS.values() for title, _first, _second in items]


def _bulletin(section_head: str, paragraph_gap: str = "\n") -> str:
    """The issue with each section's name written by ``section_head`` (``{n}``: 一二三, ``{name}``)."""
    text = MASTHEAD
    for n, (name, items) in zip("一二三", ITEMS.items(), strict=True):
        text += section_head.format(n=n, name=name) + "\n\n"
        for title, first, second in items:
            text += f"{title}\n\n{first}{paragraph_gap}{second}\n\n"
    return text


@pytest.mark.parametrize("head", ["{name}", "【{name}】", "{n}、{name}", "（{n}）{name}"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_every_item_of_a_plain_bulletin_is_an_article(head: str, gap: str) -> None:
    issue = parse_text(_bulletin(head, gap), "gongzuo_jianbao_5.txt")
    assert [article.title for article in issue.articles] == TITLES
    for article, (title, first, second) in zip(
        issue.articles, [item for items in ITEMS.values() for item in items], strict=True
    ):
        assert [block.text for block in article.blocks] == [first, second], title  # no section name in it


def test_bracketed_section_names_name_their_items_sections() -> None:
    issue = parse_text(_bulletin("【{name}】"), "gongzuo_jianbao_5.txt")
    assert [article.section for article in issue.articles] == [
        "工作动态", "工作动态", "基层信息", "基层信息", "经验交流", "经验交流",
    ]  # fmt: skip


def test_a_bulletin_of_one_report_keeps_its_short_sub_heads_inside_it() -> None:
    text = (
        MASTHEAD
        + "关于全县秋冬种工作的情况报告\n\n"
        + "今年全县秋冬种面积计划80万亩，截至目前已完成65万亩，占计划的81%。\n\n"
        + "基本情况\n\n"
        + "各乡镇高度重视，层层落实责任，组织农技人员深入田间地头开展技术指导。\n\n"
        + "存在问题\n\n"
        + "部分地块土壤墒情不足，农资价格上涨，影响群众种植积极性。\n"
    )
    issue = parse_text(text, "baogao.txt")
    assert [article.title for article in issue.articles] == ["关于全县秋冬种工作的情况报告"]


@pytest.mark.parametrize("views", ["浏览次数：", "浏览次数：123"], ids=["counter-left-empty", "counter"])
def test_a_web_pages_information_under_the_name_is_the_issues_not_an_item(views: str) -> None:
    """A bulletin published on a site: its name, then the page's 发布时间/来源/浏览次数 line, whose counter a
    script fills in (a copy keeps the bare label and colon). Written for this test in that shape."""
    text = (
        "当前位置：首页 > 纪检监察 > 工作简报\n\n纪检监察工作简报（第5期）\n\n"
        f"发布时间：2021-02-05　来源：县纪委监委办公室　{views}\n\n"
        "永春:加强廉政文化园建设\n\n"
        "　　永春县纪委针对少数机关单位廉政文化园设施老化的问题，下发通知，推动整改。\n\n"
        "秀屿:发挥特约监察员作用\n\n　　近日，秀屿区监委召开特约监察员聘请会议，聘请10名特约监察员。\n"
    )
    issue = parse_text(text, "jianbao.txt")
    titles = [article.title for article in issue.articles]
    assert titles == ["永春:加强廉政文化园建设", "秀屿:发挥特约监察员作用"]
    assert issue.issue_date == "2021-02-05"
    assert (f"发布时间：2021-02-05　来源：县纪委监委办公室　{views}", "issue title") in [
        (item.text, item.reason) for item in issue.boilerplate
    ]
