"""A story printed from a web page with a chart under its headline: the chart's credits — ``数据来源：…``
and ``制    图：…``, on one line apart by a wide gap and then again one a line (the page's caption, and
its text copy) — stand between the header and the text.  They are the chart's credits, not the story's
text: the text starts under them, and the 制图 maker is no writer of the story.

All names, places and figures are invented for the test."""

from reader.importer import parse_text

PAGE = """“枫桥”夜市旺  摊主笑颜开
本报记者  陶  然
《南岭日报》（2026年3月5日 第 07 版）
数据来源：南岭县商务局　　制    图：林  溪
数据来源：南岭县商务局
制    图：林  溪
入夜，南岭县城关镇枫桥老街灯火通明，七十多个摊位一字排开，
烤串、米粉、竹编小物样样都有，游客摩肩接踵。
“去年摊位还不到三十个，现在每晚要排号。”摊主何青松说。
第 41 页
石门乡茶园迎来采茶游客
本报记者  章一帆
《南岭日报》（2026年3月5日 第 07 版）
3月4日，石门乡高山茶园迎来首批采茶游客，村民现场教授采茶、
制茶技艺，一季春茶能带动全村增收六十多万元。
第 42 页
"""


def test_chart_credits_under_the_header_are_not_the_text():
    issue = parse_text(PAGE, "nanling_0305_ban07_pymupdf.txt")
    first = issue.articles[0]
    text = "".join(block.text for block in first.blocks)
    assert text.startswith("入夜，南岭县城关镇枫桥老街灯火通明")
    assert "数据来源" not in text
    assert [entry.name for entry in first.byline] == ["陶然"]
    assert first.credit is not None and "数据来源：南岭县商务局" in first.credit
