"""A bulletin whose items are numbered ①, ②, ③… glued to their titles: the number counts the items, it is
no part of the title (set aside with the issue as ``item number``, as ``1.`` and ``【1】`` are)."""

from reader.importer import parse_text
from reader.importer.text import count_of

TITLES = ("县委中心组专题学习优化营商环境", "全县春季植树活动启动", "城关镇开展消防安全检查")


def _brief(marks: str) -> str:
    lines = ["柳川工作动态", "2026年3月25日", ""]
    for mark, title in zip(marks, TITLES, strict=True):
        lines += [mark + title, f"　　3月{len(lines)}日，{title[:6]}的有关工作顺利开展，各单位积极参与。", ""]
    return "\n".join(lines)


def test_circled_numbers_are_taken_off_the_titles():
    issue = parse_text(_brief("①②③"), "brief.txt")
    assert [a.title for a in issue.articles] == list(TITLES)
    numbers = [item.text for item in issue.boilerplate if item.reason == "item number"]
    assert numbers == ["①", "②", "③"]


def test_dingbat_numbers_too():
    issue = parse_text(_brief("❶❷❸"), "brief.txt")
    assert [a.title for a in issue.articles] == list(TITLES)


def test_circled_numbers_out_of_order_stay():
    issue = parse_text(_brief("①③②"), "brief.txt")
    assert [a.title[0] for a in issue.articles] == ["①", "③", "②"]


def test_count_of_circled_and_full_width():
    assert [count_of(c) for c in "①⑩⑳❶❿"] == [1, 10, 20, 1, 10]
    assert count_of("１２") == 12
