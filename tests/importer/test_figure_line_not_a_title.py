"""Lines that are only figures (``1575`` / ``6.42``) — a table's cells, or numbers cut out of their
sentence — are never a headline on their own: a page's text one text node a line (BeautifulSoup's
``get_text("\\n")``) draws a product table one cell a block, and its last cells, an output and its growth
rate, stood over the next paragraph as a kicker and a headline, starting an article of their own.  A figure
under a headline's words (a title wrapped before ``18%``) still ends that headline.

The page is written for the tests (a fictional county); the expected values are read off the text."""

from __future__ import annotations

from reader.importer import parse_text
from reader.importer.linekinds import figure_alone

TITLE = "芸川县2024年国民经济和社会发展统计公报"


def _row(*cells: str) -> list[str]:
    """A table's row as ``get_text("\\n")`` writes it: each cell on its line, space-only lines between."""
    lines: list[str] = []
    for cell in cells:
        lines += [cell, " ", " ", " "]
    return [*lines, " ", " "]


def _gap(lines: int) -> list[str]:
    return [""] * lines


PAGE = [
    *_gap(30),
    "芸川县人民政府 | " + TITLE,
    *_gap(40),
    "|",
    *_gap(2),
    "2025年4月20日 星期日",
    *_gap(6),
    "网站无障碍",
    *_gap(12),
    *[line for item in ("网站首页", "新闻中心", "政务公开", "政民互动") for line in (item, "", "")],
    *_gap(20),
    "        您当前的位置：",
    "",
    "网站首页",
    ">",
    "政务公开",
    ">",
    "统计公报",
    *_gap(12),
    TITLE,
    *_gap(6),
    "来源：",
    "",
    "",
    "访问量：",
    "86",
    "",
    "",
    "发布日期：",
    "2025-04-18 09:30:00",
    *_gap(16),
    "\xa0",
    " ",
    TITLE,
    " ",
    "2024",
    "年，全县上下坚持稳中求进工作总基调，经济运行总体平稳，城乡居民收入稳步提高。",
    " ",
    "一、综合",
    " ",
    "经济平稳增长。全年全县实现生产总值",
    "210.4",
    "亿元，按可比价格计算，比上年增长",
    "5.6%",
    "，其中第一产业增加值",
    "30.7",
    "亿元。",
    " ",
    "二、工业",
    " ",
    "工业生产稳中有进。全年规模以上工业增加值比上年增长",
    "7.3%",
    "，主营业务收入",
    "412.8",
    "亿元。",
    " ",
    "主要工业产品产量",
    " ",
    " ",
    " ",
    *_row("产品名称", "单位", "产量", "比上年增长%"),
    *_row("水泥", "万吨", "86.3", "-3.8"),
    *_row("茶叶", "吨", "2460", "12.5"),
    *_row("竹地板", "万平方米", "1575", "6.42"),
    " ",
    "建筑业平稳发展。全年全县建筑业总产值",
    "68.2",
    "亿元，比上年增长",
    "4.1%",
    "，房屋施工面积",
    "182.6",
    "万平方米。",
    " ",
    "三、固定资产投资",
    " ",
    "全年全县固定资产投资比上年增长",
    "3.9%",
    "，其中工业投资增长",
    "8.7%",
    "，基础设施投资下降",
    "2.1%",
    "。新开工亿元以上项目",
    "36",
    "个。",
    " ",
    "四、国内贸易",
    " ",
    "全年社会消费品零售总额",
    "96.5",
    "亿元，比上年增长",
    "5.2%",
    "。其中城镇消费品零售额",
    "71.3",
    "亿元。",
    " ",
    "五、交通和邮电",
    " ",
    "年末全县公路通车里程",
    "2316",
    "公里，全年完成邮政业务总量",
    "1.8",
    "亿元，年末移动电话用户",
    "41.6",
    "万户。",
    " ",
    "六、人民生活",
    " ",
    "全年全县居民人均可支配收入",
    "31682",
    "元，比上年增长",
    "6.0%",
    "。",
    " ",
    "（芸川县统计局）",
    " ",
    *_gap(20),
    "网站地图",
    "",
    "",
    "关于我们",
    *_gap(6),
    "              主办：芸川县人民政府  承办：芸川县人民政府办公室",
    " ",
    *_gap(10),
]


def test_a_figure_alone_is_told() -> None:
    for figure in ("6.42", "1575", "-3.8", "12.5%", "２４６０", "0.9‰"):
        assert figure_alone(figure), figure
    for line in ("2024年", "一、综合", "18%的增长", "第3期", "图6"):
        assert not figure_alone(line), line


def test_the_table_s_last_cells_start_no_article() -> None:
    issue = parse_text("\n".join(PAGE) + "\n", "page.txt")
    assert [article.title for article in issue.articles] == [TITLE]
    text = issue.articles[0].text
    assert "1575" in text and "6.42" in text
    assert "建筑业平稳发展。全年全县建筑业总产值68.2亿元" in text
    assert text.index("6.42") < text.index("建筑业平稳发展")


BRIEFS = [
    "经济短波",
    "",
    "◆芸川县竹制品出口同比增长",
    "18%",
    "",
    "一季度，芸川县竹制品出口额2.3亿元，同比增长18%，其中竹地板出口增长两成。（林晓）",
    "",
    "◆县物流园新入驻企业9家",
    "",
    "截至3月底，县物流园累计入驻企业46家，一季度新入驻9家。（林晓）",
]


def test_a_headline_wrapped_before_its_figure_keeps_it() -> None:
    """The rule is about a title's first line: a figure under a headline's line still ends the header."""
    issue = parse_text("\n".join(BRIEFS) + "\n", "briefs.txt")
    assert len(issue.articles) == 2
    first = issue.articles[0]
    assert "18%" in f"{first.kicker or ''}{first.title}"
    assert first.text.startswith("一季度，芸川县竹制品出口额2.3亿元")
