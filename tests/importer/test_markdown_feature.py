"""001: a feature converted to Markdown — one article, headings, date line, byline, fact boxes."""

from __future__ import annotations

from reader.importer import BlockKind, BylineEntry, parse_text

from .conftest import parsed


def test_one_article_with_title_date_line_and_two_bylines() -> None:
    issue = parsed("001")
    assert issue.layout == "markdown_feature"
    assert len(issue.articles) == 1
    article = issue.articles[0]
    assert article.title == "学习贯彻全会精神 奋力推动现代化驻马店建设行稳致远"
    assert article.date_line == "2023年"
    assert article.byline == [BylineEntry("本报记者", "滑清泉"), BylineEntry("本报记者", "杨森")]
    assert article.byline_text == "本报记者 滑清泉 杨森"
    assert article.blocks[0].text.startswith("年末岁尾，回望全年。")
    assert article.editor_codes == ["③3"]
    assert article.text.endswith("为中国式现代化建设驻马店实践贡献智慧力量。")


def test_level_two_and_three_headings_are_heading_blocks() -> None:
    headings = [b.text for b in parsed("001").articles[0].blocks if b.kind is BlockKind.HEADING]
    assert headings[:3] == [
        "经济回升向好 答卷过硬出彩",
        "质效齐升 高质量发展澎湃成势",
        "创新驱动 新旧动能加速转换",
    ]
    assert "聚焦『十大战略』 勇于开拓进取" in headings
    assert headings[-1] == "接续发力 实施“十大战略”实现新突破"
    assert len(headings) == 11  # 2 × "##" and 9 × "###" in the seed
    assert not any(h.startswith("#") for h in headings)


def test_hard_break_fact_box_lines_stay_separate() -> None:
    items = [b.text for b in parsed("001").articles[0].blocks if b.kind is BlockKind.LIST_ITEM]
    assert "前三季度，生产总值规模和增速分居全省第6位、第5位" in items
    assert "三产增加值增长稳居全省第1位" in items
    assert "1-11月，高质量发展综合绩效考核居全省第4位" in items
    assert "柔性引进院士6名，累计达到29名" in items
    assert "1-11月，工业投资增长27.2%，居全省第3位" in items
    assert "新建、改扩建中小学、幼儿园156所" in items
    assert "——三级医院增至13所，获评全省健康城市建设样板市。" in items
    assert len(items) == 17


def test_broken_sentences_are_rejoined_but_not_onto_headings() -> None:
    blocks = parsed("001").articles[0].blocks
    texts = [b.text for b in blocks]
    assert (
        "总投资16亿元的恒都肉牛四期项目全部投产，年产值可实现120亿元，打造了全球最大的牛肉精深加工基地。"
        in texts
    )
    assert (
        "“持续实施创新驱动、科教兴市、人才强市战略，加快建设科技强市、教育强市、人才强市，"
        "为现代化驻马店建设提供坚实支撑。”"
    ) in texts
    cut = next(i for i, b in enumerate(blocks) if b.text.endswith("中国工程院院"))
    assert blocks[cut].kind is BlockKind.PARAGRAPH
    assert (blocks[cut + 1].kind, blocks[cut + 1].text) == (BlockKind.HEADING, "发展环境“近悦远来”")


def test_several_level_one_titles_make_several_articles() -> None:
    issue = parse_text("# 甲文\n\n第一段。\n\n# 乙文\n\n## 小标题\n\n第二段\n\n接着写完。\n", "two.md")
    assert [a.title for a in issue.articles] == ["甲文", "乙文"]
    assert [(b.kind, b.text) for b in issue.articles[1].blocks] == [
        (BlockKind.HEADING, "小标题"),
        (BlockKind.PARAGRAPH, "第二段接着写完。"),
    ]


def test_subheadings_without_a_level_one_title_still_read_as_markdown() -> None:
    issue = parse_text("## 第一部分\n\n正文一。\n\n## 第二部分\n\n正文二。\n", "parts.md")
    assert issue.layout == "markdown_feature"
    assert [(b.kind, b.text) for b in issue.articles[0].blocks] == [
        (BlockKind.HEADING, "第一部分"),
        (BlockKind.PARAGRAPH, "正文一。"),
        (BlockKind.HEADING, "第二部分"),
        (BlockKind.PARAGRAPH, "正文二。"),
    ]
    assert issue.articles[0].title == "第一部分"  # titled by its first line, as in the fallback
    assert issue.warnings == ["Markdown text before the first '#' title kept as an article of its own"]


def test_a_title_said_again_under_its_heading_is_set_aside_and_the_date_line_read() -> None:
    """A saved page's headline over the same words printed as the article's title (the shape of a news
    page's ``<h1>``; the text is written for this test)."""
    title = "铁路部门辟谣称12306网站未发生用户信息泄漏"
    text = (
        f"# {title}\n\n{title}\n\n2018年12月28日 19:55 新京报\n\n"
        "　　新京报快讯（记者 裴剑飞）今日有网友爆料称有账号在暗网出售。\n\n"
        "　　今晚，中国铁路总公司通过官方微博发布辟谣消息称：网传信息不实。\n"
    )
    issue = parse_text(text, "page.md")
    [article] = issue.articles
    assert article.title == title
    assert article.date_line == "2018年12月28日 19:55 新京报"
    assert issue.issue_date == "2018-12-28"
    assert article.text.startswith("新京报快讯（记者 裴剑飞）今日有网友爆料")
    assert [(item.text, item.reason) for item in issue.boilerplate if item.reason == "repeated title"] == [
        (title, "repeated title")
    ]
