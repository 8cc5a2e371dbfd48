"""A page of two columns side by side (``pdftotext -layout``, or an OCR's single-column reading of a
newspaper page) copied with every blank line doubled reads column by column just the same: a blank line
inside a run of side-by-side lines, and a one-column line between two such runs, belong to the run as far
apart as the page's own blank lines stand — and each column keeps as many blank lines as the page put
there, so the wider copy stays evenly spaced (session 36, ``twentythird``: its psm-4 OCR pages).  Text
written for the test (invented county and people)."""

from reader.importer import parse_text
from reader.importer.columns import unfold

LEFT = [
    "南坪县春季植树活动启动",
    "",
    "3月12日，南坪县在城北荒山举行义务植树活动，",
    "县直单位干部职工和志愿者一千余人参加。",
    "",
    "活动现场，大家分工协作，挖坑、扶苗、培土、",
    "浇水，共栽下香樟、桂花等苗木八千余株。",
    "北岭乡开办农民夜校",
    "",
    "近日，北岭乡在各村开办农民夜校，邀请农技人",
    "员讲授果树修剪和病虫害防治技术。",
]
RIGHT = [
    "城西社区开办老年食堂",
    "",
    "3月10日，城西社区老年食堂开业，为辖区六十",
    "岁以上老人提供午餐，每餐收费八元。",
    "",
    "食堂由社区和爱心企业共同运营，开业当天接待",
    "老人一百二十余人次。",
    "",
    "",
    "县图书馆开展读书月活动",
    "",
]


def _page(blank: int) -> str:
    rows = []
    for left, right in zip(LEFT, RIGHT, strict=True):
        row = (left.ljust(26, "　") + "      " + right).rstrip("　 ") if right else left
        rows.extend([""] * blank if not row else [row])
    return "\n".join(rows) + "\n"


def test_a_page_spaced_twice_as_wide_reads_its_columns_alike():
    def unfolded(text: str) -> list[str]:
        return [line.strip() for line in unfold(text).split("\n") if line.strip()]

    assert unfolded(_page(2)) == unfolded(_page(1))
    one, two = parse_text(_page(1), "a.txt"), parse_text(_page(2), "b.txt")
    assert [(a.title, a.text) for a in two.articles] == [(a.title, a.text) for a in one.articles]


def test_each_column_keeps_the_pages_blank_lines():
    text = unfold(_page(2))
    assert "县直单位干部职工和志愿者一千余人参加。\n\n\n活动现场" in text
