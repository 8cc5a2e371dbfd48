"""Shapes the seventeenth held-out set brought (tests/data/corpus/seventeenth/SOURCES.md).  Each test
names the shape with a small text written for it (an invented paper and invented stories), not a copy
of the set's files."""

from reader.importer import parse_text

RECORDS = [  # (title, authors, page name, text)
    ("城东新区开工建设三所学校", ["周明"], "要闻", "本报讯（记者 周明）3月2日，城东新区三所学校同时开工。"),
    ("春耕时节农机忙", ["李华", "赵青"], "农村", "连日来，各乡镇抢抓农时，农机手们在田间来回作业。"),
    ("社区食堂让老人吃上热乎饭", [], "民生", "家住南街社区的王大爷，如今每天中午都到社区食堂就餐。"),
]  # fmt: skip


def _wisenews() -> str:
    """A WiseNews-style text export: a header, then records with ``标题：`` … ``正文：`` fields, a record
    number and a rule between them."""
    lines = ["新闻检索 导出结果", "检索条件：媒体=河西日报；日期=2024-03-04", "共 3 篇文章", ""]
    for k, (title, authors, page, text) in enumerate(RECORDS, 1):
        lines += ["=" * 40, f"文档 {k} / 3", f"标题：{title}", "来源：河西日报", "日期：2024-03-04"]
        lines += [f"版名：{page}", f"作者：{' '.join(authors)}", f"字数：{len(text)}", "正文：", text, ""]
    return "\n".join([*lines, "=" * 40, "本内容仅供内部参考。"])


def _cnki() -> str:
    """A CNKI 报纸库 export: bilingual labels, authors each closed by ``;``, the body only as a summary."""
    lines = []
    for title, authors, page, text in RECORDS:
        lines += ["SrcDatabase-来源库: 中国重要报纸全文数据库", f"Title-题名: {title}"]
        lines += [f"Author-作者: {''.join(a + ';' for a in authors)}", "Source-报纸: 河西日报"]
        lines += [
            "PubTime-发表时间: 2024-03-04",
            f"Column-栏目: {page}",
            f"Summary-摘要: {text[:20]}……",
            "",
            "",
        ]
    return "\n".join(lines)


def _bracketed() -> str:
    """An export with ``【标题】`` labels, records numbered ``1.`` on a line of their own."""
    lines = ["河西日报 2024-03-04 全部文章", ""]
    for k, (title, authors, page, text) in enumerate(RECORDS, 1):
        lines += [f"{k}.", f"【标题】{title}", f"【作者】{' '.join(authors)}", "【报纸】河西日报"]
        lines += ["【日期】2024-03-04", f"【版名】{page}", "【正文】", "　　" + text, "-" * 30, ""]
    return "\n".join(lines)


def test_news_database_exports_give_one_article_a_record():
    for text in (_wisenews(), _cnki(), _bracketed()):
        issue = parse_text(text, "export.txt")
        assert [a.title for a in issue.articles] == [title for title, *_ in RECORDS]
        assert [{b.name for b in a.byline} for a in issue.articles] == [
            set(authors) for _, authors, *_ in RECORDS
        ]
        assert ((issue.articles[0].dateline or "") + issue.articles[0].text).startswith("本报讯")
        assert issue.issue_date == "2024-03-04"
        assert issue.publication == "河西日报"
        assert [a.section for a in issue.articles] == [page for _, _, page, _ in RECORDS]


def test_an_exports_fields_header_and_footer_are_set_aside_not_lost():
    issue = parse_text(_wisenews(), "export.txt")
    reasons = {item.text: item.reason for item in issue.boilerplate}
    assert reasons["检索条件：媒体=河西日报；日期=2024-03-04"] == "export header"
    assert reasons["文档 2 / 3"] == "record number"
    assert reasons["字数：" + str(len(RECORDS[0][3]))] == "record field"
    assert reasons["本内容仅供内部参考。"] == "export footer"
    assert all("字数" not in a.text and "来源" not in a.text for a in issue.articles)


def test_a_bulletin_with_one_title_label_is_no_export():
    """A single ``标题：`` line in a bulletin is not a database's records: the file reads as before."""
    text = "\n".join(
        ["工作简报", "", "标题：关于做好春耕工作的通知", "", "各村：", "", "春耕在即，请各村做好准备。", ""]
    )
    assert parse_text(text, "x.txt").layout != "markdown_digest"


def _print_page() -> str:
    """The database's print page read by a text browser: a numbered title over a line of the record's
    fields between bars, then the text; rules between records and a footer."""
    lines = ["河西日报　2024-03-04", "", "共 3 篇　|　打印　|　关闭", ""]
    for k, (title, authors, page, text) in enumerate(RECORDS, 1):
        meta = f"河西日报 | 2024-03-04 | 第0{k}版 | {page} | 作者：{' '.join(authors)} | 字数：{len(text)}"
        lines += ["_" * 40, "", f"  {k}. {title}", "", "   " + meta, "", "   " + text, ""]
    return "\n".join([*lines, "_" * 40, "", "版权所有 某某数据公司　仅供内部参考"])


def test_a_database_print_page_gives_one_article_a_record():
    issue = parse_text(_print_page(), "print.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in RECORDS]
    names = [{b.name for b in a.byline} for a in issue.articles]
    assert names == [set(authors) for _, authors, *_ in RECORDS]
    assert (issue.issue_date, issue.publication) == ("2024-03-04", "河西日报")
    assert [a.section for a in issue.articles] == [page for _, _, page, _ in RECORDS]
    assert issue.articles[-1].text == RECORDS[-1][3]
    asides = {item.text: item.reason for item in issue.boilerplate}
    assert asides["版权所有 某某数据公司　仅供内部参考"] == "export footer"


def _internal_bulletin(split_marks: bool) -> str:
    """An internal bulletin's frame: 内部资料 / 注意保存 over the name, the officers who passed it, and at
    the end the distribution and the print run."""
    marks = ["内部资料", "", "注意保存", ""] if split_marks else ["内部资料　注意保存", ""]
    lines = [*marks, "廉政信息", "", "第7期", "", "县纪委办公室编　　　　　　2024年5月6日", ""]
    lines += ["签发：张立新　　核稿：王芳", ""]
    for title, _, _, text in RECORDS:
        lines += [title, text, ""]
    return "\n".join([*lines, "报：市纪委", "送：县委常委", "（共印30份）"])


def test_an_internal_bulletins_frame_is_the_issues_not_an_article():
    for split_marks in (False, True):
        issue = parse_text(_internal_bulletin(split_marks), "x.txt")
        assert [a.title for a in issue.articles] == [title for title, *_ in RECORDS]
        assert (issue.issue_date, issue.title) == ("2024-05-06", "廉政信息 第7期")
        asides = {item.text: item.reason for item in issue.boilerplate}
        assert asides["签发：张立新　　核稿：王芳"] == "issue title"


def _cms_pages() -> str:
    """Three pages of one site copied one after another: a trail, the title, an information line, a font
    toolbar, the text, the page's buttons, a 相关链接 list naming another item of the series, a footer."""
    lines: list[str] = []
    titles = [title for title, *_ in RECORDS]
    for k, (title, _, _, text) in enumerate(RECORDS):
        lines += ["您当前的位置:首页 > 工作动态 > 基层动态", "", title, ""]
        lines += [f"发布时间:2024-03-0{k + 1} 09:00:00　来源:县融媒体中心　浏览次数:{100 + k}", ""]
        lines += ["【字体:大中小】", "", "　　" + text, "", "【打印】【关闭】", "", "相关链接"]
        lines += ["· " + titles[(k + 1) % len(titles)], "· 县里召开春季森林防火工作会议", ""]
        lines += ["县融媒体中心主办　地址:县府路1号　电话:1234567", "", ""]
    return "\n".join(lines)


def test_web_pages_pasted_one_after_another_give_one_article_a_page():
    issue = parse_text(_cms_pages(), "pages.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in RECORDS]
    assert [a.text for a in issue.articles] == [text for *_, text in RECORDS]
    footers = [item.text for item in issue.boilerplate if item.reason == "web page footer"]
    assert footers.count("县融媒体中心主办　地址:县府路1号　电话:1234567") == len(RECORDS)
    assert "· 县里召开春季森林防火工作会议" in footers


TABLE = [  # an invented county's figures
    ("指标", "单位", "数值", "增长(%)"),
    ("工业增加值", "亿元", "12.30", "5.1"),
    ("固定资产投资", "亿元", "8.75", "-2.4"),
    ("社会消费品零售总额", "亿元", "20.16", "3.8"),
    ("城镇居民人均可支配收入", "元", "21450", "4.9"),
    ("农村居民人均可支配收入", "元", "11236", "6.2"),
    ("进出口总额", "—", "—", "1.7"),
]


def _statistics_bulletin(cells_a_line: bool) -> str:
    """A 经济运行 bulletin (paragraphs a blank line apart, as pandoc writes a Word file): an analysis, an
    item whose body is a table (rows padded with spaces, or one cell a line as PyMuPDF's blocks give it)
    with its 注 and 数据来源 lines, and an analysis after it."""
    lines = ["经济运行简报", "", "2024年第3期", "", "县统计局编　　　　　　2024年4月25日", ""]
    lines += ["一季度全县工业生产平稳增长", "", "一季度，全县工业生产保持平稳，多数行业实现增长。", ""]
    lines += ["一季度主要指标完成情况", ""]
    for row in TABLE:
        lines += [*row, ""] if cells_a_line else ["".join(cell.ljust(14) for cell in row).rstrip(), ""]
    lines += ["注：增长速度按可比价格计算。", "", "数据来源：县统计局", ""]
    lines += ["消费市场持续回暖", "", "一季度，全县消费市场持续回暖，餐饮收入增长较快。", ""]
    return "\n".join(lines)


def test_a_statistics_item_whose_body_is_a_table_keeps_its_rows():
    for cells_a_line in (False, True):
        issue = parse_text(_statistics_bulletin(cells_a_line), "x.txt")
        titles = ["一季度全县工业生产平稳增长", "一季度主要指标完成情况", "消费市场持续回暖"]
        assert [a.title for a in issue.articles] == titles
        table = issue.articles[1].text.split("\n")
        assert table[-2:] == ["注：增长速度按可比价格计算。", "数据来源：县统计局"]
        if not cells_a_line:
            assert table[2].split() == ["固定资产投资", "亿元", "8.75", "-2.4"]
        else:
            assert "8.75" in table and "-2.4" in table  # figures never run together: 8.75-2.4


MEETING = [  # whole paragraphs, one a line, as pandoc writes them
    "2月28日，县里召开春耕生产动员会，部署全年农业生产，各乡镇负责人参加会议。",
    "会议要求各乡镇抓好种子、化肥、农药等农资供应，确保春耕生产顺利进行。",
    "会议还对农田水利建设、高标准农田建设和病虫害防治工作作了具体安排。",
    "会议指出，今年全县春耕生产任务重、时间紧，各级各部门要高度重视。",
    "各乡镇要早动员、早部署、早落实，层层压实责任，确保各项任务落到实处。",
]


def test_a_dateline_a_converter_wrapped_inside_its_bracket_keeps_both_writers():
    """pandoc wraps a paragraph only at a space: here the one between two reporters' names in the dateline
    of an item among whole one-line paragraphs."""
    lines = ["工作通讯", "", "第3期", "", "县委办公室编　　　　　　2024年3月1日", ""]
    lines += ["县里召开春耕生产动员会", ""]
    for paragraph in MEETING:
        lines += [paragraph, ""]
    lines += ["乡镇开展农资市场专项检查", "", "新华社南昌2月29日电(记者王立平"]
    lines += ["李晓红)29日，各乡镇开展农资市场专项检查，确保农民用上放心的农资产品。", ""]
    lines += ["检查组共检查农资经营门店32家，发现各类问题5个，当场责令整改到位。", ""]
    article = parse_text("\n".join(lines), "x.txt").articles[1]
    assert [b.name for b in article.byline] == ["王立平", "李晓红"]
    assert article.text.startswith("新华社南昌2月29日电(记者王立平李晓红)29日")


def test_a_traditional_export_and_a_table_item_without_blank_lines():
    """The same shapes through what converters do: an export's labels in traditional characters (標題：,
    來源：, 正文：), and a statistics bulletin copied with no blank line anywhere."""
    traditional = _wisenews().replace("标题", "標題").replace("来源", "來源")
    issue = parse_text(traditional.replace("字数", "字數"), "export.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in RECORDS]
    packed = "\n".join(line for line in _statistics_bulletin(False).split("\n") if line)
    titles = ["一季度全县工业生产平稳增长", "一季度主要指标完成情况", "消费市场持续回暖"]
    assert [a.title for a in parse_text(packed, "x.txt").articles] == titles
