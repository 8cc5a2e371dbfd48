"""Shapes the thirteenth held-out set brought (tests/data/corpus/thirteenth/SOURCES.md).  Each test names the
shape with a small text written for it (invented towns, people and events), not a copy of the set's files."""

from reader.importer import parse_text

ITEMS = [  # (section, title, paragraphs with "#" before a sub-head, sign-off)
    (
        "要情动态",
        "区长主持召开全区春耕备耕工作调度会",
        ["3月5日，区长主持召开全区春耕备耕工作调度会，听取各街道春耕物资储备和农机检修情况汇报。",
         "会议要求，各街道要把种子、化肥、农药供应摆在首位，确保春耕生产不误农时。"],
        "(作者:唐小舟)",
    ),
    (
        "机关党建",
        "区财政局开展“党员进社区”活动",
        ["3月8日，区财政局组织党员干部到结对社区开展志愿服务，为居民讲解惠民政策，清理楼道杂物。",
         "#政策宣讲到门口 服务群众零距离",
         "党员们分成三个小组逐户走访，发放宣传资料两百余份，现场解答群众关心的问题。",
         "#结对共建常态化 为民办事见实效",
         "活动结束后，局机关党支部与社区党支部商定，每月开展一次共建活动，把服务做在平时。"],
        None,
    ),
    (
        "机关党建",
        "区教育局召开党风廉政建设工作会议",
        ["3月9日，区教育局召开党风廉政建设工作会议，总结去年工作，部署今年任务。",
         "会议强调，要持续加强作风建设，一是抓好廉政教育，二是严格执行制度，三是强化监督检查。"],
        None,
    ),
]  # fmt: skip


def _numbered_bulletin() -> str:
    """A 政务信息 as docx2txt gives it: masthead, each section name alone (Word had it in a one-cell table),
    items titled 「【n】title」 through the issue, one item with two sub-heads, a sign-off line."""
    lines = ["政务信息", "", "2025年第9期", "", "区人民政府办公室编　　　　　　2025年3月12日", ""]
    section = None
    for n, (sec, title, paragraphs, sign) in enumerate(ITEMS, 1):
        if sec != section:
            lines += [sec, ""]
            section = sec
        lines += [f"【{n}】{title}", ""]
        for p in paragraphs:
            lines += [p[1:] if p.startswith("#") else "　　" + p, ""]
        if sign:
            lines += [sign, ""]
    lines += ["报：区委、区人大常委会、区政协主要领导", "", "发：各街道办事处，区政府各部门"]
    return "\n".join(lines)


def test_bracketed_item_numbers_are_not_part_of_the_titles_and_sub_heads_stay_in_their_item() -> None:
    """Items numbered 【1】【2】【3】 through the issue: the numbers are set aside with the issue, and the
    unnumbered sub-heads of item 2 (「政策宣讲到门口 服务群众零距离」) are headings inside it, not items."""
    issue = parse_text(_numbered_bulletin(), "zwxx_docx2txt.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]
    assert [piece.text for piece in issue.boilerplate if piece.reason == "item number"] == [
        "【1】",
        "【2】",
        "【3】",
    ]
    second = issue.articles[1]
    assert [b.text for b in second.blocks if b.kind == "heading"] == [
        "政策宣讲到门口 服务群众零距离",
        "结对共建常态化 为民办事见实效",
    ]
    assert second.text.endswith("把服务做在平时。")
    assert issue.issue_date == "2025-03-12"


def _gfm(text: str) -> str:
    """What ``pandoc -t gfm`` makes of the Word file: titles and the masthead in bold, each section name a
    one-cell table (``| 要情动态 |`` over ``|----------|``)."""
    sections = {section for section, *_ in ITEMS}
    out = []
    for line in text.split("\n"):
        if line in sections:
            out += [f"| {line} |", "|" + "-" * 10 + "|"]
        elif line.startswith("【") or line == "政务信息":
            out.append(f"**{line}**")
        else:
            out.append(line)
    return "\n".join(out)


def test_a_word_file_as_github_markdown_reads_like_its_plain_text() -> None:
    """Bold lines and one-cell table rows are a converter's marks: the titles lose their ``**``, the section
    names their ``|``, and the issue reads as the plain copy does."""
    issue = parse_text(_gfm(_numbered_bulletin()), "zwxx_gfm.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]
    assert [a.section for a in issue.articles] == ["要情动态", "机关党建", "机关党建"]
    assert issue.issue_date == "2025-03-12"
    assert not any("*" in a.text or "|" in a.text for a in issue.articles)


def test_a_labelled_sign_off_on_its_own_line_names_the_writer() -> None:
    """``(作者:唐小舟)`` under the item's last paragraph: the writer, labelled inside the brackets, is the
    byline; the line stays in the text."""
    issue = parse_text(_numbered_bulletin(), "zwxx_docx2txt.txt")
    first = issue.articles[0]
    assert [entry.name for entry in first.byline] == ["唐小舟"]
    assert first.text.endswith("(作者:唐小舟)")
    assert [a.byline for a in issue.articles[1:]] == [[], []]


def _weekly(issued: bool) -> str:
    """A weekly whose masthead gives the week it covers; its last line, the day it was issued."""
    lines = [
        "食品药品安全周报",
        "",
        "2024年第20期",
        "（2024年5月13日—5月19日）",
        "",
        "区市场监督管理局　编",
        "",
        "城东市场监管所开展校园周边食品安全检查",
        "　　5月14日，城东市场监管所对辖区内学校周边的小卖部、餐饮店开展食品安全检查，共检查经营户二十余家。",
        "　　检查中发现的过期食品已当场下架，执法人员要求经营户建立进货台账。",
        "",
        "区应急管理局开展汛前安全隐患排查",
        "　　5月16日，区应急管理局组织专家对辖区内的建筑工地、危化品仓库开展汛前隐患排查，发现问题十二处。",
        "　　对排查出的问题，检查组逐一列出清单，要求责任单位限期整改到位。",
        "",
        "报送：区委办公室、区政府办公室",
    ]
    if issued:
        lines.append("区市场监督管理局办公室　　　　2024年5月20日印发")
    return "\n".join(lines)


def test_a_weekly_is_dated_by_the_day_it_was_issued_not_by_the_week_it_covers() -> None:
    """「（2024年5月13日—5月19日）」 under the masthead is a period; 「…2024年5月20日印发」 is the issue's
    day.  Without that line the period's first day stands, as before."""
    issue = parse_text(_weekly(issued=True), "weekly.txt")
    assert issue.issue_date == "2024-05-20"
    assert [a.title for a in issue.articles] == [
        "城东市场监管所开展校园周边食品安全检查",
        "区应急管理局开展汛前安全隐患排查",
    ]
    assert (
        parse_text(_weekly(issued=False), "weekly.txt").issue_date == "2024-05-13"
    )  # the period's first day


RELEASES = [  # (title, paragraphs, hour) — press releases of one day, in traditional characters
    ("漁農自然護理署公布本年首季郊野公園遊客數字",
     ["漁農自然護理署今日公布，本年首季到訪郊野公園的遊客約三百二十萬人次，較去年同期上升百分之八。",
      "署方提醒市民，遠足時應帶備足夠食水，並留意天氣變化。"], "15時10分"),
    ("運輸署宣布週末特別交通安排",
     ["為配合週末在中環舉行的大型活動，運輸署宣布多條道路將於星期六下午封閉。",
      "市民可瀏覽運輸署網頁（www.td.gov.hk）查閱詳情，並盡量使用公共交通工具。"], "16時45分"),
    ("衞生署籲市民注意食物安全",
     ["衞生署今日呼籲市民在炎熱天氣下注意食物安全，生熟食物應分開存放。",
      "如出現腸胃不適，應盡早求醫。"], "18時00分"),
]  # fmt: skip


def _releases(end: str) -> str:
    lines = []
    for title, paragraphs, hour in RELEASES:
        lines += [title, "＊" * len(title), ""]
        for p in paragraphs:
            lines += ["　　" + p, ""]
        lines += [end, "", "2024年6月7日（星期五）", f"香港時間{hour}", "", ""]
    return "\n".join(lines)


def test_press_releases_end_at_their_mark_and_are_dated_under_it() -> None:
    """Each release closes with 「完」 (or 「（完）」), its day and its hour: those lines are set aside, the
    next title starts the next release, and the day they agree on is the issue's."""
    for end in ("完", "（完）"):
        issue = parse_text(_releases(end), "releases.txt")
        assert [a.title for a in issue.articles] == [title for title, *_ in RELEASES]
        assert issue.issue_date == "2024-06-07"
        ends = [piece.text for piece in issue.boilerplate if piece.reason == "end of a press release"]
        assert ends[:3] == [end, "2024年6月7日（星期五）", "香港時間15時10分"]
        assert issue.articles[0].text.endswith("並留意天氣變化。")


def test_a_lone_end_mark_under_a_wire_story_stays_its_last_line() -> None:
    """「（完）」 with no day under it (a wire story's last line) is not a release's furniture: kept."""
    text = "某地舉行植樹活動\n\n　　某地昨日舉行植樹活動，逾百名市民參加。\n\n（完）\n"
    issue = parse_text(text, "wire.txt")
    assert issue.articles[0].text.endswith("（完）")


def _epaper_copy() -> str:
    """An e-paper page copied with select-all: nav, the page's title list, then each article under its page
    line and day, a subtitle, the character count, the writer behind ■, and 返回目录."""
    return "\n".join(
        [
            "青河区报",
            "首页 | 往期回顾 | 版面导航 | PDF下载",
            "2024年09月03日　星期二",
            "第二版:综合",
            "上一版　下一版",
            "",
            "本版标题导航",
            "· 区人大常委会召开第十二次会议",
            "· 青河街道举办社区运动会",
            "",
            "第二版:综合",
            "",
            "2024年09月03日",
            "区人大常委会召开第十二次会议",
            "审议通过三项决定",
            "本文字数:102",
            "■周晓雨",
            "8月30日，区人大常委会召开第十二次会议，听取和审议了区政府关于上半年预算执行情况的报告。",
            "会议表决通过了三项决定，并对有关人事任免事项进行了表决。",
            "",
            "返回目录",
            "下一篇",
            "",
            "第二版:综合",
            "",
            "2024年09月03日",
            "青河街道举办社区运动会",
            "本文字数:64",
            "■钱立",
            "8月31日，青河街道在中心广场举办首届社区运动会，十二支代表队三百余名居民参赛。",
            "",
            "返回目录",
            "上一篇",
            "",
            "版权所有 青河区报社",
        ]
    )


def test_an_e_paper_page_copied_by_select_all_keeps_its_articles_subtitles_and_writers() -> None:
    """The day stands over each title: the heading under the title is its subtitle (not the byline's or a
    kicker), 「■周晓雨」 is the writer, 「第二版:综合」 names the section; the title list, 本文字数 and
    返回目录 are the page's."""
    issue = parse_text(_epaper_copy(), "epaper_copy.txt")
    assert [a.title for a in issue.articles] == ["区人大常委会召开第十二次会议", "青河街道举办社区运动会"]
    assert [a.subtitle for a in issue.articles] == ["审议通过三项决定", None]
    assert [[b.name for b in a.byline] for a in issue.articles] == [["周晓雨"], ["钱立"]]
    assert [a.section for a in issue.articles] == ["第二版", "第二版"]
    assert issue.articles[0].text.startswith("8月30日")
    assert not any("返回目录" in a.text or "本文字数" in a.text for a in issue.articles)
    assert issue.issue_date == "2024-09-03"


def _pdf_text() -> str:
    """pdftotext of the bulletin typeset with a running head on every page (name left, number right: the
    extractor puts them on two lines), a folio 「— N —」, the page break inside item 2, and item 3's long
    title broken over two lines."""
    page1 = [
        "政务信息",
        "",
        "2025年第9期",
        "",
        "政务信息",
        "2025年第9期",
        "区人民政府办公室编",
        "",
        "2025年3月12日",
        "",
        "要情动态",
        "",
        "【1】区长主持召开全区春耕备耕工作调度会",
        "3月5日，区长主持召开全区春耕备耕工作调度会，听取各街道春耕物资储备和",
        "农机检修情况汇报。",
        "会议要求，各街道要把种子、化肥、农药供应摆在首位，确保春耕生产不误农时。",
        "",
        "机关党建",
        "",
        "【2】区财政局开展“党员进社区”活动",
        "3月8日，区财政局组织党员干部到结对社区开展志愿服务，为居民讲解惠民政",
        "策，清理楼道杂物。",
        "",
        "— 1 —",
        "",
    ]
    page2 = [
        "政务信息", "", "2025年第9期", "",
        "党员们分成三个小组逐户走访，发放宣传资料两百余份，现场解答群众关心的问",
        "题。",
        "",
        "【3】区教育局召开党风廉政建设工作会议暨",
        "全区教育系统警示教育大会",
        "3月9日，区教育局召开党风廉政建设工作会议，总结去年工作，部署今年任务。",
        "", "— 2 —", "",
    ]  # fmt: skip
    return "\n".join(page1) + "\f" + "\n".join(page2)


def test_a_running_head_split_in_two_and_a_numbered_title_on_two_lines() -> None:
    """「政务信息」 / 「2025年第9期」 at the top of page 2 repeat the masthead: a running head, set aside, so
    item 2's text runs on across the page; 「【3】…暨」 / 「全区…大会」 is one numbered title."""
    issue = parse_text(_pdf_text(), "zwxx_pdftotext.txt")
    assert [a.title for a in issue.articles] == [
        "区长主持召开全区春耕备耕工作调度会",
        "区财政局开展“党员进社区”活动",
        "区教育局召开党风廉政建设工作会议暨全区教育系统警示教育大会",
    ]
    assert "政务信息" not in issue.articles[1].text
    heads = [piece.text for piece in issue.boilerplate if piece.reason == "running head"]
    assert heads == ["政务信息", "2025年第9期"]


def _fixed_width() -> str:
    """A fixed-width export at 40 columns: masthead centred, section names in square brackets, the numbered
    titles centred with spaces (as far in as the paragraphs' four-space indent), a long title over two
    centred lines."""
    return "\n".join(
        [
            "                政务信息",
            "               2025年第9期",
            "区人民政府办公室编　　2025年3月12日",
            "",
            "[要情动态]",
            "",
            "    【1】区长主持召开全区春耕备耕工作调度会",
            "    3月5日，区长主持召开全区春耕备耕工作",
            "调度会，听取各街道春耕物资储备和农机检修情",
            "况汇报。",
            "",
            "[机关党建]",
            "",
            "      【2】区财政局开展“党员进社区”活动",
            "    3月8日，区财政局组织党员干部到结对社区",
            "开展志愿服务，为居民讲解惠民政策，清理楼道",
            "杂物。",
            "",
            "  【3】区教育局召开党风廉政建设工作会议暨全",
            "        区教育系统警示教育大会",
            "    3月9日，区教育局召开党风廉政建设工作会议",
            "，总结去年工作，部署今年任务。",
            "",
        ]
    )


def test_a_fixed_width_export_with_centred_numbered_titles_and_square_bracket_sections() -> None:
    """Titles indented like paragraphs are still titles when they carry the item's count 【n】; a title the
    width broke goes on in the centred line under it; 「[机关党建]」 names a section as 【机关党建】 does."""
    issue = parse_text(_fixed_width(), "zwxx_fixed40.txt")
    assert [a.title for a in issue.articles] == [
        "区长主持召开全区春耕备耕工作调度会",
        "区财政局开展“党员进社区”活动",
        "区教育局召开党风廉政建设工作会议暨全区教育系统警示教育大会",
    ]
    assert [a.section for a in issue.articles] == ["要情动态", "机关党建", "机关党建"]
    assert issue.articles[0].text.startswith("3月5日")


def test_a_releases_page_header_in_two_languages_is_not_the_first_releases_title() -> None:
    """「香港特別行政區政府 新聞公報」 over 「Press Releases」 over the first release's title: the English
    line is the page's name again, never a title; the title under it is the release's."""
    text = "香港特別行政區政府 新聞公報\nPress Releases\n\n" + _releases("（完）")
    issue = parse_text(text, "releases_copy.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in RELEASES]


def test_a_menu_of_links_over_the_first_release_is_not_its_title() -> None:
    """A web page's menu drawn with 「|」 between its links stands over the first title: not the title."""
    text = "新聞公報 Press Releases\n\n今日新聞 | 新聞資料庫 | 相關連結\n\n" + _releases("完")
    issue = parse_text(text, "releases_lynx.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in RELEASES]


def test_releases_as_html2text_markdown_are_one_item_each() -> None:
    """html2text draws the page's name as ``****** … ******`` and each release's title as ``***** … *****``:
    headings closed by 「完」 and a day under them are items of a digest, not parts of one article."""
    lines = ["****** 新聞公報 Press Releases ******", ""]
    for title, paragraphs, hour in RELEASES:
        lines += [f"***** {title} *****", *("　　" + p for p in paragraphs), "完", "2024年6月7日（星期五）"]
        lines += [f"香港時間{hour}", "列印本頁 | Print", "=" * 40]
    issue = parse_text("\n".join(lines), "releases_html2text.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in RELEASES]
    assert issue.issue_date == "2024-06-07"


def test_the_shapes_read_the_same_without_blank_lines_or_in_traditional_characters() -> None:
    """What a converter may do to the same issues: a 【n】 bulletin's section names over its titles, an
    e-paper's subtitle under the day and title, and a weekly's 「印發」 day hold without the blank lines or
    in traditional characters."""
    unspaced = parse_text(_gfm(_numbered_bulletin()).replace("\n\n", "\n"), "zwxx_gfm.txt")
    assert [a.section for a in unspaced.articles] == ["要情动态", "机关党建", "机关党建"]
    epaper = parse_text(_epaper_copy().replace("\n\n", "\n"), "epaper_copy.txt")
    assert [a.subtitle for a in epaper.articles] == ["审议通过三项决定", None]
    traditional = _weekly(issued=True).replace("印发", "印發").replace("编", "編")
    assert parse_text(traditional, "weekly.txt").issue_date == "2024-05-20"
