"""A page divided by column names (``本县资讯`` … ``外地资讯``) under a headline with no column: each name
files the stories under it, up to the next name — where one column name alone heads its own story only."""

from __future__ import annotations

from reader.importer import parse_text

_STORIES = [
    (
        "县融媒体中心",
        "城区新增两条公交线路 方便市民出行",
        "5月6日起，城区新开通两条公交线路，途经火车站和人民医院。",
    ),
    (
        "县日报",
        "全县夏粮收购工作启动 收购价格保持稳定",
        "县粮食部门介绍，今年夏粮收购点增至十二个，收购价格与去年持平。",
    ),
    (
        "省新闻网",
        "全省新建乡村公路三千公里",
        "今年以来，全省新建和改造乡村公路三千公里，完成年度计划的六成。",
    ),
    ("财经网", "多地出台措施支持新能源汽车消费", "近期，多个城市出台措施，对购买新能源汽车的市民给予补贴。"),
    ("新华网", "国际油价连续三日下跌", "受需求放缓预期影响，国际油价连续三个交易日下跌。"),
]
_TOP = "【资讯汇总】5月6日要闻汇总\n\n2024年5月6日 15:10 来源：县融媒体中心\n\n"


def _story(k: int) -> str:
    source, title, text = _STORIES[k]
    return f"【{source}】{title}\n\n{text}\n\n"


def _sections(text: str) -> list[str | None]:
    return [article.section for article in parse_text(text, "digest.txt").articles]


def test_column_names_down_a_page_file_the_stories_under_them() -> None:
    text = _TOP + _story(0) + "本县资讯\n\n" + _story(1) + _story(2) + "外地资讯\n\n" + _story(3) + _story(4)
    assert _sections(text) == [None, "本县资讯", "本县资讯", "外地资讯", "外地资讯"]


def test_one_column_name_alone_heads_its_own_story_only() -> None:
    text = _TOP + _story(0) + _story(1) + "图片新闻\n\n" + _story(2) + _story(3) + _story(4)
    assert _sections(text) == [None, None, "图片新闻", None, None]
