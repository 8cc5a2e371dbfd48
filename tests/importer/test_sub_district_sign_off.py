"""A bulletin item signed off by a town's sub-district and its writers (``（城东街道　彭志坚　陆欣然）``): the
街道 is the office the writers are from, as a 镇 or a 局 is, so the names are the byline."""

from reader.importer import parse_text

BRIEF = """河西政务信息
2026年3月2日

城东街道推行一窗通办服务
　　城东街道便民服务中心整合窗口，群众办事更方便。
{sign}

县里开展植树活动
　　3月12日，全县开展义务植树活动。
（县林业局供稿）
"""


def test_a_sub_districts_writers_are_the_byline():
    for sign in ("（城东街道　彭志坚　陆欣然）", "（城东街道 彭志坚 陆欣然）", "（城东街道办 彭志坚）"):
        issue = parse_text(BRIEF.format(sign=sign), "brief.txt")
        names = [entry.name for entry in issue.articles[0].byline]
        assert names == ["彭志坚", "陆欣然"][: len(names)] and names


def test_a_name_ending_in_dao_alone_is_still_a_name():
    issue = parse_text(BRIEF.format(sign="（王道）"), "brief.txt")
    assert [entry.name for entry in issue.articles[0].byline] == ["王道"]
