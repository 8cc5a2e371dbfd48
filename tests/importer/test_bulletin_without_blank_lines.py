"""A bulletin in copy with no blank line anywhere (every line a paragraph, not cut at a width): no gap sets
an item's title apart, so a title is read as one only with its lead's evidence — a heading flush left,
after a finished paragraph, over a lead that says again what it says.  A story's sub-heads (set in like
its paragraphs, saying what to do, or over a paragraph going on with the story: ``会议指出…``) stay in it.

The texts are written for these tests (a made-up county's bulletin); the expected values are read off
the text.
"""

from __future__ import annotations

import pytest

from reader.importer import parse_text

from .county_items import COUNTY_ITEMS

MASTHEAD = "工作简报\n第5期\n县政府办公室编　　2023年12月1日\n"
ITEMS = [
    *COUNTY_ITEMS,
    (  # the lead opens with whom the title names, and says the rest in its own words
        "石桥镇探索基层治理新路径",
        "石桥镇创新网格化管理模式，将全镇划分为32个网格，配备专职网格员45名。",
        "今年以来共排查化解矛盾纠纷210起。",
    ),
]


@pytest.mark.parametrize("head", [MASTHEAD, ""], ids=["masthead", "no-masthead"])
def test_items_with_no_blank_line_are_split_by_their_leads(head: str) -> None:
    text = head + "".join(f"{title}\n{first}\n{second}\n" for title, first, second in ITEMS)
    issue = parse_text(text, "jianbao_5.txt")
    assert [article.title for article in issue.articles] == [title for title, _, _ in ITEMS]
    assert [[block.text for block in article.blocks] for article in issue.articles] == [
        [first, second] for _, first, second in ITEMS
    ]


OPENING = "12月20日，全县经济工作会议召开，总结今年工作，部署明年任务。县委书记李四出席会议并讲话。"
STORY = [
    ("全县经济运行稳中有进", "会议指出，今年全县经济运行稳中有进，主要指标好于预期。"),
    ("明年重点抓好产业项目建设", "会议强调，明年要重点抓好产业项目建设，培育壮大新兴产业。"),
]


@pytest.mark.parametrize("head", [MASTHEAD, ""], ids=["masthead", "no-masthead"])
def test_a_storys_sub_heads_with_no_blank_line_stay_in_it(head: str) -> None:
    title = "全县召开经济工作会议部署明年任务"
    text = head + f"{title}\n{OPENING}\n" + "".join(f"{sub}\n{para}\n" for sub, para in STORY)
    issue = parse_text(text, "jianbao_6.txt")
    assert [article.title for article in issue.articles] == [title]


def test_sub_heads_set_in_like_the_paragraphs_stay_in_the_story() -> None:
    text = (
        MASTHEAD
        + "县长张三调研农业生产\n12月1日，县长张三到城关镇调研农业生产工作，察看了蔬菜大棚。\n"
        + "　　城关镇蔬菜大棚喜获丰收\n　　城关镇蔬菜大棚今年喜获丰收，亩均增收两千元。\n"
    )
    issue = parse_text(text, "jianbao_7.txt")
    assert [article.title for article in issue.articles] == ["县长张三调研农业生产"]


WORD_ITEMS = [
    ("县医保局推出门诊慢特病“一站式”服务 下月起全县通办",
     "　　为进一步方便参保群众就医购药，县医疗保障局近日出台措施，办理门诊慢特病认定不再往返多个窗口。"),
    ("城关镇与职业学校合作推出电商+培训计划 首期招收学员50名",
     "　　为帮助返乡青年在家门口就业，城关镇联合县职业学校开设电商实操班，课程涵盖网店运营等内容。"),
    ("县图书馆新馆开放 日均接待读者两千人次",
     "　　经过两年建设，位于城东新区的县图书馆新馆本月迎来首批读者，馆内设有少儿阅读区和自习区。"),
]  # fmt: skip


def test_word_text_with_indented_paragraphs_and_no_blank_line_is_split_at_flush_left_titles() -> None:
    """Word's text of a digest: every paragraph set in by two ideographic spaces, each item's title flush
    left over a lead that picks up a few of its words in its own (too few to count as restating it),
    no blank line anywhere; a title may hold a space or a ``+``."""
    text = MASTHEAD + "".join(f"{title}\n{lead}\n" for title, lead in WORD_ITEMS)
    issue = parse_text(text, "jianbao_8.txt")
    assert [(a.title, [b.text for b in a.blocks]) for a in issue.articles] == [
        (title, [lead.strip("\u3000")]) for title, lead in WORD_ITEMS
    ]


def test_a_storys_flush_left_sub_heads_over_indented_paragraphs_stay_in_it() -> None:
    title = "全县召开经济工作会议部署明年任务"
    text = MASTHEAD + f"{title}\n　　{OPENING}\n" + "".join(f"{sub}\n　　{para}\n" for sub, para in STORY)
    issue = parse_text(text, "jianbao_9.txt")
    assert [article.title for article in issue.articles] == [title]
    assert issue.articles[0].blocks[0].text == OPENING


LABELLED_WORD_COPY = """\
农业信息
2025年第6期
▲产业发展
青山县茶叶春季开采
　　3月20日，青山县茶叶春季开采仪式在白云村茶园举行，今年全县茶园面积达到两万亩，预计春茶产量比去年增长一成。
　　白云村的茶农正在采摘今年的第一批春茶。李文华
河口镇建成冷链物流中心
　　河口镇冷链物流中心日前建成投用，可同时储存水果蔬菜三千吨，缓解了农产品集中上市时的储运压力。
▲质量安全
县农业农村局开展农药使用专项检查
　　近日，县农业农村局组织执法人员对全县农资店和种植基地开展农药使用专项检查，共检查经营主体六十家。
　　检查中，执法人员还向农户发放了安全用药明白纸。
"""


def test_word_copy_titles_after_a_photographers_name_or_under_a_section_label() -> None:
    """Indented paragraphs, no blank line: a title flush left after a caption ending in its
    photographer (``…春茶。李文华``), and one under ``▲质量安全``, which names its section."""
    issue = parse_text(LABELLED_WORD_COPY, "nyxx6.txt")
    assert [(a.section, a.title) for a in issue.articles] == [
        ("产业发展", "青山县茶叶春季开采"),
        ("产业发展", "河口镇建成冷链物流中心"),
        ("质量安全", "县农业农村局开展农药使用专项检查"),
    ]


PAPER_PAGE_WORD_COPY = """\
城南日报　2025年5月6日　星期二　第2版
城南区启动老旧小区加装电梯工作
　　本报讯（记者 林晓）5月5日，城南区召开老旧小区加装电梯工作推进会，今年计划完成加装电梯一百部。
　　区住建局负责人介绍，加装电梯将优先考虑老年住户较多的小区。
江北街道举办社区运动会
　　本报讯（通讯员 陈平）近日，江北街道第三届社区运动会在街道文体中心开幕，十二支代表队参加比赛。
各队赛场上你追我赶
　　比赛项目包括拔河、跳绳和趣味接力，现场气氛热烈。
城南警方开展夏季治安清查行动
　　5月4日晚，城南警方在辖区开展夏季治安清查行动，重点检查出租屋、网吧和娱乐场所。
　　行动共出动警力二百余人次，查处各类违法行为十二起。
"""


def test_a_papers_headline_restated_by_its_lead_starts_a_story_with_no_blank_lines() -> None:
    """A paper's page as a Word copy with no blank lines: two stories found by their 本报讯 openings,
    and a third headline with neither, flush left after a finished paragraph, restated by its indented
    lead; the sub-head ``各队赛场上你追我赶``, which its paragraph does not restate, stays in its story."""
    issue = parse_text(PAPER_PAGE_WORD_COPY, "cnrb0506.txt")
    assert [a.title for a in issue.articles] == [
        "城南区启动老旧小区加装电梯工作",
        "江北街道举办社区运动会",
        "城南警方开展夏季治安清查行动",
    ]
    assert "各队赛场上你追我赶" in [block.text for block in issue.articles[1].blocks]
