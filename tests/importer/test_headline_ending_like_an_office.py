"""A headline that ends in a word looking like an office's last character (``…实现良好开局``, ``…落到实处``,
``…帮办代办``) under a section's name: it is the item's title, not the name of the office issuing the
bulletin (``…统计局``), which would have left the section's name as the title."""

from reader.importer import parse_text

BRIEF = """云岭工作简报
2025年第3期
云岭县委办公室　　　　2025年3月10日

综合信息

{title}

　　一季度，全县主要经济指标保持稳中有进，地区生产总值同比增长5.8%。

（县统计局　钟明远）

县林业局完成春季植树造林任务

　　县林业局组织干部群众在荒山荒坡植树造林，共完成人工造林1.8万亩。

（县林业局供稿）
"""


def test_a_headline_ending_in_kai_ju_is_the_title():
    for title in ("全县一季度经济运行实现良好开局", "县里推动惠企政策落到实处", "白沙乡便民服务推行帮办代办"):
        issue = parse_text(BRIEF.format(title=title), "brief.txt")
        first = issue.articles[0]
        assert first.title == title
        assert [entry.name for entry in first.byline] == ["钟明远"]
        assert [article.title for article in issue.articles[1:]] == ["县林业局完成春季植树造林任务"]


def test_an_office_under_a_title_is_still_the_issuer():
    from reader.importer.names import is_issuer

    assert is_issuer("云岭县统计局")
    assert is_issuer("县委组织部 县人社局")
    assert not is_issuer("全县一季度经济运行实现良好开局")


def test_a_traditional_copy_of_the_headline_is_the_title_too():
    """The words that end like an office but name none are listed in simplified: ``開局`` is ``开局``."""
    text = BRIEF.format(title="全縣一季度經濟運行實現良好開局").replace("县统计局", "縣統計局")
    first = parse_text(text, "brief.txt").articles[0]
    assert first.title == "全縣一季度經濟運行實現良好開局"
    assert [entry.name for entry in first.byline] == ["钟明远"]
    from reader.importer.names import is_issuer

    assert not is_issuer("全縣一季度經濟運行實現良好開局")
    assert is_issuer("雲嶺縣統計局")
