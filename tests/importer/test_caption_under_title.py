# ruff: noqa: E501
"""A paper's page saved as text where a story's picture stands between its headline and its text: the
headline, the caption (``图为…``), then the text — opened by a dateline, or signed at its end by the
picture's credit (``（图/文　某某）``).

What a user would notice if this broke: the headline and the caption run into the story above as a
sub-heading and a paragraph, the story under them titled by its dateline or lost inside the story above.
"""

from __future__ import annotations

from reader.importer import parse_text

PAGE = """西江日报

2025年8月6日　星期三

县城第二水厂扩建工程完工

本报讯（记者　韦思远）8月5日，县城第二水厂扩建工程通过竣工验收，日供水能力由三万吨提高到五万吨，可满足城区今后十年的用水需求。

据介绍，扩建工程去年3月开工，新建了两座沉淀池和一座清水池，并对原有管网进行了改造。

早稻开镰

图为沙坪镇农民驾驶收割机抢收早稻。

本报讯（通讯员　覃晓雯）连日来，沙坪镇三万多亩早稻陆续成熟，农民抓住晴好天气抢收抢晒，镇农机站组织四十多台收割机分片作业。

据统计，截至8月5日，全镇早稻已收割七成以上，预计本周内可全部收割完毕，随后将抢插晚稻。

老街上的竹编铺

图为竹编艺人在铺子里编织竹篮。

在河口镇老街的一间铺子里，七十岁的竹编艺人每天从清晨忙到傍晚，他编的竹篮、竹筐远销周边几个县，不少年轻人专程上门拜师学艺。

（图/文　梁晓峰）
"""


def test_a_headline_over_a_caption_is_the_next_story_title() -> None:
    issue = parse_text(PAGE, "xijiang.txt")
    assert [a.title for a in issue.articles] == ["县城第二水厂扩建工程完工", "早稻开镰", "老街上的竹编铺"]
    first, second, third = issue.articles
    assert "早稻开镰" not in first.text and "图为" not in first.text
    assert [entry.name for entry in second.byline] == ["覃晓雯"]
    assert [entry.name for entry in third.byline] == ["梁晓峰"]


def test_a_sub_head_over_a_caption_inside_a_story_stays_in_it() -> None:
    text = PAGE.split("老街上的竹编铺")[0].replace(
        "早稻开镰\n\n图为沙坪镇农民驾驶收割机抢收早稻。\n\n本报讯（通讯员　覃晓雯）",
        "抢收进度\n\n图为沙坪镇农民驾驶收割机抢收早稻。\n\n",
    )
    issue = parse_text(text, "xijiang.txt")
    assert [a.title for a in issue.articles] == ["县城第二水厂扩建工程完工"]
