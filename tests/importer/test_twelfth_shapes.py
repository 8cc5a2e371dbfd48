"""Shapes the twelfth held-out set brought (tests/data/corpus/twelfth/SOURCES.md).  Each test names the shape
with a small text written for it (invented towns, people and events), not a copy of the set's files."""

from pathlib import Path

from reader.importer import parse_bytes, parse_text

RIVER_NOTE = "按语：近期各地防汛任务较重，现将部分镇的做法刊发如下，供参考。"
ITEMS = [  # (section, title, paragraphs, closing line)
    (
        "镇村动态",
        "清河镇召开汛前安全检查部署会",
        ["3月10日上午，清河镇召开汛前安全检查部署会，镇防汛办、各村主要负责人和驻村干部参加会议，"
         "会上通报了去年汛期暴露出的问题。",
         "会议要求各村在月底前完成山塘水库、地质灾害点和危旧房屋的隐患排查，建立台账，逐项整改销号，"
         "做到不留死角。(清河镇党政办  韦丽娟)"],
        "供稿：清河镇",
    ),
    (
        "镇村动态",
        "石桥乡开展春季植树活动",
        ["3月12日，石桥乡组织机关干部、村组干部和青年志愿者一百余人，在河堤沿线补植香樟、桂花等"
         "苗木两千余株。",
         "活动结束后，乡里安排专人负责新植苗木的浇水养护，并把养护责任落实到沿线各村。"],
        "来源：石桥乡人民政府",
    ),
    (
        "志愿服务",
        "周末的早上，社区来了一群穿红马甲的年轻人……",
        ["周六一早，东门社区的志愿者们就来到老旧小区，为独居老人测血压、修家电、清理楼道杂物，"
         "忙了整整一个上午。",
         "不少老人拉着志愿者的手说，这样的服务希望能常来，社区表示今后每月都会组织一次。"],
        "供稿：东门社区",
    ),
]  # fmt: skip


def _word_bulletin() -> str:
    """A Word copy: name, number, office and an ISO date, 本期要目 under 【栏目】 names, an editor's note
    opening the first section, each item closed by its 来源/供稿 line."""
    lines = ["镇街工作动态", "", "2025年第3期", "", "县委办公室编　　　　　　2025-03-14", "", "本期要目"]
    sections = list(dict.fromkeys(section for section, *_ in ITEMS))
    for section in sections:
        lines.append(f"【{section}】")
        lines += [f"　　{title}" for sec, title, *_ in ITEMS if sec == section]
    lines.append("")
    for section in sections:
        lines += [f"【{section}】", ""]
        if section == sections[0]:
            lines += ["　　" + RIVER_NOTE, ""]
        for sec, title, paragraphs, closing in ITEMS:
            if sec == section:
                lines += [title, *("　　" + p for p in paragraphs), closing, ""]
    return "\n".join(lines)


def test_a_contents_list_under_bracketed_section_names_maps_the_items_even_past_an_editors_note() -> None:
    """本期要目 with 【栏目】 names; in the body the first section opens with an 按语 paragraph, not an item,
    and an entry ends in 「……」 like a sentence.  On main the list stopped at that entry and the 【栏目】
    lines were read as titles, the entry's item folded into the one before."""
    issue = parse_text(_word_bulletin(), "gzdt_word.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]
    assert [a.section for a in issue.articles] == ["镇村动态", "镇村动态", "志愿服务"]
    assert issue.issue_date == "2025-03-14"
    assert RIVER_NOTE in [line.text for line in issue.boilerplate]


def test_a_contents_entry_ending_in_an_ellipsis_matches_its_headline_set_over_two_lines() -> None:
    """A PDF sets the long headline over two lines at its comma; the contents list still maps it."""
    text = _word_bulletin().replace(
        "\n周末的早上，社区来了一群穿红马甲的年轻人……\n", "\n周末的早上，\n社区来了一群穿红马甲的年轻人……\n"
    )
    issue = parse_text(text, "gzdt_pdf.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]


def test_a_writers_sign_off_over_the_items_source_line_is_its_byline() -> None:
    """``…不留死角。(清河镇党政办  韦丽娟)`` then ``供稿：清河镇``: the unit's line closes the item under the
    writer's sign-off; the writer is the byline, the units are not."""
    issue = parse_text(_word_bulletin(), "gzdt_word.txt")
    assert [[p.name for p in a.byline] for a in issue.articles] == [["韦丽娟"], [], []]


def test_an_office_and_its_writer_run_together_in_a_sign_off_are_split() -> None:
    """A PDF's joined lines lose the space: ``(清河镇党政办韦丽娟)`` still names 韦丽娟."""
    issue = parse_text(_word_bulletin().replace("党政办  韦丽娟", "党政办韦丽娟"), "gzdt_pdf.txt")
    assert [p.name for p in issue.articles[0].byline] == ["韦丽娟"]


def test_a_wechat_copy_with_a_barred_name_an_emoji_contents_head_numbered_heads_and_square_sections() -> None:
    """``镇街工作动态｜2025年第3期`` (a full-width bar), the account line, ``📢 本期导读`` over ``1. 2. 3.``,
    ``■ 栏目`` marks, the same numbers before the headlines.  On main the barred name was read as a menu and
    the contents head as a kicker; no item was found."""
    lines = [
        "镇街工作动态｜2025年第3期",
        "原创 县委办公室 镇街工作动态 2025-03-14 08:30 江西",
        "",
        "📢 本期导读",
        "",
    ]
    lines += [f"{k}. {title}" for k, (_, title, *_) in enumerate(ITEMS, 1)]
    lines += ["", "▼", ""]
    section = None
    for k, (sec, title, paragraphs, closing) in enumerate(ITEMS, 1):
        if sec != section:
            lines += [f"■ {sec}", ""]
            section = sec
        lines += [f"{k}. {title}", ""]
        for p in paragraphs:
            lines += [p, ""]
        lines += [closing, ""]
    lines += ["END", "", "编辑｜王红　审核｜李强"]
    issue = parse_text("\n".join(lines), "gzdt_wechat.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]
    assert issue.issue_date == "2025-03-14"
    assert issue.articles[2].section == "志愿服务"
    assert [[p.name for p in a.byline] for a in issue.articles] == [["韦丽娟"], [], []]
    assert not any(b.text.startswith("■") for a in issue.articles for b in a.blocks)


def _sections() -> list[str]:
    return list(dict.fromkeys(section for section, *_ in ITEMS))


def test_a_note_apps_markdown_digest_with_a_contents_heading_among_its_section_heads() -> None:
    """``# 名称（2025年第3期）`` over ``*县委办公室编 · 2025.3.14*``, ``## 本期要目`` (a bulleted list)
    beside ``## 【栏目】`` heads, items ``### 1. title``, each closed by ``**来源**：…``.  On main the ``##``
    level was read as the items (本期要目 and the 【栏目】 heads as titles), the day not read."""
    lines = ["# 镇街工作动态（2025年第3期）", "", "*县委办公室编 · 2025.3.14*", "", "## 本期要目", ""]
    for section in _sections():
        titles = "；".join(title for sec, title, *_ in ITEMS if sec == section)
        lines.append(f"- **{section}**：{titles}")
    lines.append("")
    for k, (section, title, paragraphs, closing) in enumerate(ITEMS, 1):
        if k == 1 or section != ITEMS[k - 2][0]:
            lines += [f"## 【{section}】", ""]
        label, _, value = closing.partition("：")
        lines += (
            [f"### {k}. {title}", ""]
            + [x for p in paragraphs for x in (p, "")]
            + [f"**{label}**：{value}", ""]
        )
    issue = parse_text("\n".join(lines), "gzdt_notes.md.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]
    assert [a.section for a in issue.articles] == ["镇村动态", "镇村动态", "志愿服务"]
    assert issue.issue_date == "2025-03-14"
    assert [[p.name for p in a.byline] for a in issue.articles] == [["韦丽娟"], [], []]
    assert ("本期要目", "table of contents") in [(b.text, b.reason) for b in issue.boilerplate]


def test_a_web_bulletin_in_pandoc_plain_text_its_items_closed_by_source_lines() -> None:
    """A county site's page through ``pandoc -t plain``: a blank line after every line, nothing indented,
    the date in full-width digits, 【栏目】 over an 按语 paragraph, each item's title after the last item's
    ``来源：…`` line.  On main the whole page was one article titled 【镇村动态】."""
    lines = [
        "首页 > 政务公开 > 工作动态",
        "镇街工作动态（２０２５年第３期）",
        "发布时间：２０２５年３月１４日　　来源：县委办公室",
    ]
    for k, (section, title, paragraphs, closing) in enumerate(ITEMS, 1):
        if k == 1 or section != ITEMS[k - 2][0]:
            lines.append(f"【{section}】")
            if k == 1:
                lines.append(RIVER_NOTE)
        lines += [title, *paragraphs, closing.replace("供稿", "来源")]
    lines += [
        "报送：县委、县政府领导",
        "编辑：王红　　审核：李强　　（共印30份）",
        "【打印本页】【关闭窗口】",
    ]
    issue = parse_text("\n\n".join(lines) + "\n", "gzdt_pandoc.txt")
    assert [a.title for a in issue.articles] == [title for _, title, *_ in ITEMS]
    assert [a.section for a in issue.articles] == ["镇村动态", "镇村动态", "志愿服务"]
    assert issue.issue_date == "2025-03-14"
    assert [[p.name for p in a.byline] for a in issue.articles] == [["韦丽娟"], [], []]
    assert (RIVER_NOTE, "editor's note on the issue") in [(b.text, b.reason) for b in issue.boilerplate]


def _wrapped(paragraph: str, width: int = 38) -> list[str]:
    """A paragraph as a PDF's text gives it: an indent, then lines cut at the column's width."""
    text = "　　" + paragraph
    return [text[k : k + width] for k in range(0, len(text), width)]


PAGE_STORY = (
    "本报讯（记者 方明 通讯员 朱琳）4月20日，南溪镇组织各村党支部书记到邻县观摩学习，实地察看了"
    "三个村的集体经济项目，并与当地干部座谈交流。观摩中，大家边看边问，详细了解项目选址、资金筹措、"
    "利益联结等情况，认真记录好经验好做法。"
)
PAGE_STORY_2 = (
    "返程途中，各村党支部书记结合本村实际谈体会、找差距，纷纷表示要把学到的经验带回去，"
    "因地制宜谋划产业项目，让村集体经济强起来、群众腰包鼓起来。"
)
PAGE_SECOND_TITLE = "东岭村新修机耕道通车"
PAGE_SECOND = (
    "4月25日，东岭村新修的三公里机耕道正式通车，沿线六个村民小组的农机可以直接开到田边，村民们说，"
    "今年春耕省了不少力气。这条机耕道由村集体和村民共同出资修建，历时两个多月完工。"
)
PAGE_TITLE = "受群众欢迎的“送戏下乡”活动"
PAGE_LEAD = (
    "4月22日晚，东岭村文化广场上人头攒动，县文工团的“送戏下乡”活动在这里上演，黄梅戏、小品、"
    "快板等节目轮番登场，台下不时响起掌声。演出结束后，不少村民还围着演员合影留念。(马文涛)"
)


def test_a_pdf_pages_headline_with_no_writer_is_found_by_its_lead_restating_it() -> None:
    """In a PDF's text (lines cut at the width, no blank line anywhere) a story with no byline and no
    dateline starts at its headline: a short heading after a finished paragraph whose lead says again
    what it says.  On main it stayed inside the story above."""
    lines = [
        "南溪县报　2022年4月28日　星期四　第3版",
        "南溪镇党支部书记外出观摩学习",
        *_wrapped(PAGE_STORY, 40),
    ]
    lines += [*_wrapped(PAGE_STORY_2, 40), PAGE_SECOND_TITLE, "王小红", *_wrapped(PAGE_SECOND, 40)]
    lines += [PAGE_TITLE, *_wrapped(PAGE_LEAD, 40)]
    issue = parse_text("\n".join(lines) + "\n", "nxxb_b03_pymupdf.txt")
    assert [a.title for a in issue.articles] == [
        "南溪镇党支部书记外出观摩学习",
        PAGE_SECOND_TITLE,
        PAGE_TITLE,
    ]
    assert [p.name for p in issue.articles[2].byline] == ["马文涛"]


def test_a_features_sub_head_restated_by_its_paragraph_stays_inside_the_feature() -> None:
    """One feature on the page (one byline, no other story found), from the repository's PDF variants: its
    sub-head ``走好高质量发展新路`` stands over a paragraph that restates it (``…高质量发展迈出了…``), a part
    of the feature, not a new story — only a page already holding two stories is read so."""
    folder = Path(__file__).parent.parent / "data" / "pdf_variants" / "001_732989b946382461"
    for tool in ("pdftotext", "pdftotext-layout", "pymupdf", "pdfminer"):
        path = folder / f"{tool}.txt"
        assert len(parse_bytes(path.read_bytes(), path.name).articles) == 1, tool


def test_a_sub_head_whose_paragraph_goes_on_with_the_story_stays_inside_it() -> None:
    """The same page with a sub-head over ``会议指出…``: a part of the story, not a new one."""
    lines = ["南溪县报　2022年4月28日　星期四　第3版", "南溪镇党支部书记外出观摩学习", *_wrapped(PAGE_STORY)]
    lines += [
        *_wrapped(PAGE_STORY_2),
        "观摩学习增强了发展集体经济的信心",
        *_wrapped("会议指出，" + PAGE_LEAD),
    ]
    issue = parse_text("\n".join(lines) + "\n", "nxxb_b03_pymupdf.txt")
    assert [a.title for a in issue.articles] == ["南溪镇党支部书记外出观摩学习"]


def test_a_headline_spaced_out_after_a_joining_word_stays_one_title() -> None:
    """``pdftotext -layout`` widens the headline's ideographic space into a run of spaces:
    ``赴邻县开展观摩学习暨          主题党日活动`` is one headline (nothing ends with 暨), under its kicker
    ``南溪镇:``.  On main the part after the gap was read as a second kicker beside the title."""
    lines = [
        "南溪县报             2022年4月28日   星期四          第3版   乡村振兴",
        "",
        "               南溪镇:",
        "         赴邻县开展观摩学习暨                主题党日活动",
        *_wrapped(PAGE_STORY),
        *_wrapped(PAGE_STORY_2),
    ]
    article = parse_text("\n".join(lines) + "\n", "nxxb_b03_pdftotext-layout.txt").articles[0]
    assert (article.kicker, article.title) == ("南溪镇:", "赴邻县开展观摩学习暨\u3000主题党日活动")


TW_ITEMS = [  # (title, byline line or None, date line, paragraphs) of an invented community paper
    (
        "大林鄉老街市集週末登場 在地小農擺攤熱鬧滾滾",
        "林雅婷 / 報導",
        "2024/11/02",
        ["嘉義縣大林鄉老街市集今起一連兩天登場，二十多攤在地小農帶來當季蔬果與手作點心，吸引不少民眾"
         "攜家帶眷前來採買，老街一早就湧現人潮。",
         "鄉長表示，市集每季舉辦一次，希望讓遊客認識在地農產，也讓小農多一個販售管道。"],
    ),
    (
        "社區關懷據點啟用 長輩有了新去處",
        None,
        "2024/11/05",
        ["(中央社記者黃志明嘉義縣5日電)大林鄉中坑社區關懷據點今天啟用，縣府與鄉公所代表到場祝賀，"
         "社區長輩也準備了歌舞表演，現場氣氛溫馨。",
         "據點每週開放三天，提供量血壓、共餐與健康講座等服務，盼讓長輩在地安老。"],
    ),
    (
        "國小學童認識家鄉河川 溪邊上了一堂生態課",
        "記者:陳怡君 報導",
        "2024/11/07",
        ["大林國小四年級學童今天走出教室，在老師與河川志工帶領下到三疊溪畔觀察水中生物，認識家鄉河川的"
         "變化，孩子們興奮地拿著放大鏡記錄所見。",
         "校長說，希望學童從小親近土地，長大後也願意守護家鄉的河川。"],
    ),
]  # fmt: skip


def _community_paper() -> str:
    lines = ["鄉　訊", "第12期　　2024年11月9日（週六）", "社區報刊聯誼會　編印", "", "＊　＊　＊", ""]
    for title, byline, date, paragraphs in TW_ITEMS:
        lines += [
            title,
            *([byline] if byline else []),
            date,
            *("　　" + p for p in paragraphs),
            "",
            "＊　＊　＊",
            "",
        ]
    lines.append("本刊園地公開，歡迎投稿。投稿信箱：news@example.org")
    return "\r\n".join(lines) + "\r\n"


def test_a_traditional_community_paper_in_big5_with_star_rules_and_its_byline_forms() -> None:
    """Big5, CRLF: items apart by ``＊　＊　＊`` (not titles), a byline line with the names before the
    slash (``林雅婷 / 報導``), a wire's bracketed dateline (``(中央社記者黃志明嘉義縣5日電)``), a call for
    contributions as the last line.  On main the star lines were the titles and neither writer was read."""
    issue = parse_bytes(_community_paper().encode("cp950"), "xiangxun_12_big5.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in TW_ITEMS]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["林雅婷"], ["黃志明"], ["陳怡君"]]
    assert issue.issue_date == "2024-11-09"
    assert issue.articles[1].dateline == "(中央社記者黃志明嘉義縣5日電)"
    reasons = {b.text: b.reason for b in issue.boilerplate}
    assert reasons["＊　＊　＊"] == "rule or table border"
    assert reasons["本刊園地公開，歡迎投稿。投稿信箱：news@example.org"] == "call for contributions"


def test_html2text_starred_headings_and_a_day_with_its_byline_on_one_line() -> None:
    """html2text draws ``<h1>`` as ``****** … ******`` and ``<h2>`` as ``***** … *****``; under each title
    the day and the byline share a line (``2024/11/02　林雅婷 / 報導``).  On main the stars stayed in the
    titles, the page's name was an article and the first item's day and byline were read as a site's
    trail."""
    lines = ["****** 鄉訊 第12期 ******", "出刊日期：2024年11月9日", "    * 首頁", "    * 地方新聞"]
    for title, byline, date, paragraphs in TW_ITEMS:
        lines += [f"***** {title} *****", f"{date}\u3000{byline}" if byline else date, *paragraphs]
    issue = parse_text("\n".join(lines) + "\n", "xiangxun_12_html2text.txt")
    assert [a.title for a in issue.articles] == [title for title, *_ in TW_ITEMS]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["林雅婷"], ["黃志明"], ["陳怡君"]]
    assert [a.date_line for a in issue.articles] == ["2024/11/02", "2024/11/05", "2024/11/07"]
    assert issue.issue_date == "2024-11-09"


def test_a_note_apps_markdown_day_in_italics_before_the_byline() -> None:
    """``*2024/11/02* 林雅婷 / 報導`` under ``## title``: one star each side is italics, not text; the line
    is the item's day and byline, not the start of its first paragraph."""
    lines = ["# 鄉訊 第12期", "", "出刊：2024.11.9", ""]
    for title, byline, date, paragraphs in TW_ITEMS:
        lines += [f"## {title}", "", f"*{date}*" + (f" {byline}" if byline else ""), ""]
        lines += [x for p in paragraphs for x in (p, "")]
    issue = parse_text("\n".join(lines), "xiangxun_12_notes.md.txt")
    assert [[p.name for p in a.byline] for a in issue.articles] == [["林雅婷"], ["黃志明"], ["陳怡君"]]
    assert [a.blocks[0].text[:4] for a in issue.articles] == ["嘉義縣大", "(中央社", "大林國小"]
    assert issue.issue_date == "2024-11-09"


def test_an_epaper_page_by_lynx_with_its_page_line_pager_and_publishing_lines() -> None:
    """A 数字报 page saved by lynx: ``A3:乡村振兴　总第1024期 >2022-04-28编印`` and the pager over the
    stories, a place's kicker ``南溪镇:`` over a headline, ``刊发日期:… 阅读次数: 作者:  语音阅读:`` under
    each title, and the 本报讯 opening left alone on its line by the browser.  On main the page line was the
    first title, the kicker the second story's title, and the reporters were not read."""
    story = PAGE_STORY.replace("本报讯（记者 方明 通讯员 朱琳）", "")
    lines = [
        "   A3:乡村振兴　总第1024期 >2022-04-28编印",
        "",
        "   上一版　下一版　PDF下载",
        "",
        "    南溪镇:",
        "",
    ]
    lines += ["赴邻县开展观摩学习", "", "   刊发日期:2022-04-28 阅读次数: 作者:  语音阅读:", ""]
    lines += ["   　　本报讯 (记者 方明 通讯员 朱琳)", f"   {story}", "", f"   　　{PAGE_STORY_2}", ""]
    lines += [PAGE_TITLE, "", "   刊发日期:2022-04-28 阅读次数: 作者:  语音阅读:", "", f"   　　{PAGE_LEAD}"]
    issue = parse_text("\n".join(lines) + "\n", "nxxb_b03_epaper_lynx.txt")
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("南溪镇:", "赴邻县开展观摩学习"),
        (None, PAGE_TITLE),
    ]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["方明", "朱琳"], ["马文涛"]]
    assert issue.issue_date == "2022-04-28"


def test_a_pdf_headline_broken_at_its_comma_and_the_issue_name_heading_the_second_page() -> None:
    """pdfminer's text of a two-page issue: a blank line after every line, a headline broken after its
    comma (``大林鄉老街市集週末登場,`` / ``在地小農擺攤熱鬧滾滾``: one title, no kicker — a headline never
    ends in a comma), and ``鄉訊　第12期`` opening page 2 (the masthead's name again: a running head)."""
    title = "大林鄉老街市集週末登場,在地小農擺攤熱鬧滾滾"
    first, second = TW_ITEMS[0][3]
    lines = ["鄉　訊", "第12期　　2024年11月9日（週六）　　社區報刊聯誼會　編印", *title.split(",", 1)]
    lines[2] += ","
    lines += [
        "2024/11/02　林雅婷 / 報導",
        *_wrapped(first, 40),
        "第1頁",
        "\f鄉訊　第12期",
        *_wrapped(second, 40),
    ]
    lines += ["第2頁"]
    issue = parse_text("\n\n".join(lines) + "\n", "xiangxun_12_pdfminer.txt")
    assert [(a.kicker, a.title) for a in issue.articles] == [(None, title)]
    assert [p.name for p in issue.articles[0].byline] == ["林雅婷"]
    assert ("鄉訊　第12期", "running head") in [(b.text, b.reason) for b in issue.boilerplate]
