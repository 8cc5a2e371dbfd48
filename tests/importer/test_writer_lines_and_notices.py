"""A digest paper whose pages carry numbers only, each story's writer on the line under its title (a
reporter, a pen name, a desk); and a collection of official notices one after another, each a title over
its addressees, closed by the offices and the day that sign it.

The story texts are real 眾新聞 items quoted from ``tests/data/corpus/ninth/build/src/hk_items.py`` and the
notices real cover letters quoted from ``…/notice_items.py`` (see the ninth set's SOURCES.md); the page
furniture around them (masthead lines, page numbers, collection header) is the kind that set assembled.
Paragraphs are shortened to their first sentences."""

from __future__ import annotations

import pytest

from reader.importer import parse_bytes, parse_text
from reader.importer.ends import page_number
from reader.importer.names import is_desk, is_writer_line, looks_like_name, writer_under

ZG_TITLE = "人大政改決定　愈管愈細緻"
SX_TITLE = "話你知：雙議席單票制係法西斯所用"
TL_TITLE = "台灣太魯閣號列車出軌　至少50人死亡　146人受傷　台鐵百年史上死亡人數第二高"
TZ_TITLE = "太魯閣號至少51死　致命工程車何時滑落鐵軌？　台鐵：須調閱車廂內錄影帶釐清"
ZG = "全國人大常委會重寫香港選舉制度的兩個決定寫明，組織要持續運作三年才有一票團體票。"
SX = "中共改惡 [1] 香港選制方案出爐，不但直選議席由之前57%降至22% [2] ，還會引入「雙議席單票制」。"
TL = (
    "今天是台灣清明連續假期第一天，正是台鐵南下乘客最高峰，"
    "但今早9點28分，一列太魯閣號408次列車卻在在花蓮北迴線「清水隧道」發生出軌意外。"
)
TZ = (
    "台灣台鐵太魯閣號造成至少51人死亡、146人受傷出軌事件，"
    "目前台鐵先透過訂票系統，利用身分證號碼進行罹難者身分比對。"
)

PAPER = "\n".join(
    [
        "港台新聞摘錄　2021年4月3日　星期六",
        "",
        "第1版",
        "",
        ZG_TITLE,
        "記者林勵",
        "",
        "　　" + ZG,
        "",
        SX_TITLE,
        "假才子",
        "",
        "　　" + SX,
        "",
        "第2版",
        "",
        TL_TITLE,
        "眾新聞中國組",
        "",
        "　　" + TL,
        "",
        TZ_TITLE,
        "眾新聞中國組",
        "",
        "　　" + TZ,
        "",
    ]
)


def test_a_writer_line_names_a_person_a_pen_name_or_a_desk() -> None:
    assert is_writer_line("假才子") and is_writer_line("林勵") and is_writer_line("眾新聞中國組")
    assert is_desk("眾新聞中國組") and not is_desk("假才子")
    assert not is_writer_line("胡庙乡")  # a place, not a person
    assert not is_writer_line("第2版") and not is_writer_line("王宁出席会议")  # a page; a phrase
    assert writer_under(SX_TITLE, "假才子", heading=True)
    assert writer_under(TZ_TITLE, "眾新聞中國組", heading=False)  # a title with a question mark in it
    assert not writer_under("二是着力抓科技兴产业，推动新质生产力加快培育", "揭榜", heading=False)
    open_quote = "7.“双向揭榜挂帅”：企业找技术、成果找市场“双向"
    assert not writer_under(open_quote, "揭榜", heading=True)


def test_a_page_number_alone_is_the_pages_name() -> None:
    assert page_number("第2版") == "第2版"
    assert page_number("第 12 版") == "第12版"
    assert page_number("第2版　要闻") is None and page_number("2版") is None


def test_a_digest_paper_imports_story_by_story_under_its_page_numbers() -> None:
    issue = parse_text(PAPER, "gtxwzl.txt")
    assert [a.title for a in issue.articles] == [ZG_TITLE, SX_TITLE, TL_TITLE, TZ_TITLE]
    assert [a.section for a in issue.articles] == ["第1版", "第1版", "第2版", "第2版"]
    assert [[(p.role, p.name) for p in a.byline] for a in issue.articles] == [
        [("記者", "林勵")],
        [("", "假才子")],
        [],  # a desk signs in its writer's place: no person
        [],
    ]
    assert [a.byline_text for a in issue.articles[2:]] == ["眾新聞中國組", "眾新聞中國組"]
    assert [a.blocks[0].text for a in issue.articles] == [ZG, SX, TL, TZ]
    assert issue.publication == "港台新聞摘錄" and issue.issue_date == "2021-04-03"
    folios = [s.text for s in issue.boilerplate if s.reason == "page folio"]
    assert folios == ["港台新聞摘錄　2021年4月3日　星期六"]


def test_a_pen_name_counts_only_where_the_file_names_its_writers_so() -> None:
    """Without a reporter's or a desk's line anywhere, two characters under a title may be the title's
    tail the width cut (``…交流总结`` / ``会议``): the line stays in the title, and the stories stay one."""
    text = PAPER.replace("記者林勵\n", "").replace("眾新聞中國組\n", "")
    issue = parse_text(text, "gtxwzl.txt")
    assert all(a.byline == [] for a in issue.articles)
    assert "假才子" not in [p.name for a in issue.articles for p in a.byline]


def test_the_same_paper_as_a_web_digest_with_page_headings() -> None:
    markdown = "\n".join(
        [
            "# 港台新聞摘錄",
            "",
            "## 第1版",
            "",
            "### " + ZG_TITLE.replace("　", " "),
            "",
            "作者：記者林勵",
            "",
            ZG,
            "",
            "### " + SX_TITLE,
            "",
            "作者：假才子",
            "",
            SX,
            "",
            "## 第2版",
            "",
            "### " + TL_TITLE.replace("　", " "),
            "",
            "作者：眾新聞中國組",
            "",
            TL,
            "",
        ]
    )
    issue = parse_text(markdown, "gtxwzl.md.txt")
    assert issue.layout == "markdown_digest"
    assert [a.title for a in issue.articles] == [
        "人大政改決定 愈管愈細緻",
        SX_TITLE,
        "台灣太魯閣號列車出軌 至少50人死亡 146人受傷 台鐵百年史上死亡人數第二高",
    ]
    assert [[p.name for p in a.byline] for a in issue.articles] == [["林勵"], ["假才子"], []]


TH_TITLE = "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知"
YY_TITLE = "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知"
JG_TITLE = "关于立即开展落实民生19项核查点情况意见通知"
NOTICES = "\n".join(
    [
        "政策文件选编",
        "",
        "第3期",
        "",
        TH_TITLE,
        "",
        "各乡、镇人民政府,县政府各部门、各直属机构:",
        "　　《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。",
        "",
        "　　　　　　　　　　　　　　　　　　　　太湖县人民政府",
        "　　　　　　　　　　　　　　　　　　2019年1月17日",
        "",
        "岳办发〔2017〕2号",
        "",
        YY_TITLE,
        "",
        "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:",
        "　　《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,"
        "现印发给你们,请结合实际认真贯彻执行。",
        "",
        "　　　　　　　　　　　　　　　　　　中共岳阳市委办公室",
        "　　　　　　　　　　　　　　　　　　岳阳市人民政府办公室",
        "　　　　　　　　　　　　　　　　　　2017年1月10日",
        "",
        JG_TITLE,
        "",
        "各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：",
        "　　现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》"
        "（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查。",
        "一、各地自查",
        "　　各市（州）、县（市、区）要按照督查的内容和重点，对本地区贯彻实施情况开展逐项自查。",
        "　　特此通知。",
        "",
    ]
)


def test_notices_one_after_another_each_from_its_title_to_its_signature() -> None:
    issue = parse_text(NOTICES, "zcwjxb.txt")
    assert [a.title for a in issue.articles] == [TH_TITLE, YY_TITLE, JG_TITLE]
    texts = [[block.text for block in a.blocks] for a in issue.articles]
    assert [t[0][:6] for t in texts] == ["各乡、镇人民", "各县市区委、", "各市（州）、"]  # addressees first
    assert texts[0][-2:] == ["太湖县人民政府", "2019年1月17日"]  # the signature closes its notice
    assert texts[1][-3:] == ["中共岳阳市委办公室", "岳阳市人民政府办公室", "2017年1月10日"]
    assert issue.articles[1].source_note == "岳办发〔2017〕2号"  # its number, over its title
    assert texts[2][-1] == "特此通知。" and "一、各地自查" in texts[2]


def test_addressees_cut_by_a_pages_width_still_open_the_notice() -> None:
    cut = NOTICES.replace(
        "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,",
        "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈\n原管理区,",
    )
    issue = parse_text(cut, "zcwjxb.txt")
    assert [a.title for a in issue.articles] == [TH_TITLE, YY_TITLE, JG_TITLE]
    assert issue.articles[1].blocks[0].text.startswith("各县市区委、人民政府,")


def test_one_notice_alone_is_a_known_layout() -> None:
    notice = (
        "关于做好秋季防火工作的通知\n\n各乡镇：\n\n请于10月底前完成隐患排查，\n\n并上报结果。\n\n特此通知。\n"
    )
    issue = parse_text(notice, "notice.txt")
    assert issue.layout == "article" and issue.warnings == []
    assert [a.title for a in issue.articles] == ["关于做好秋季防火工作的通知"]
    assert [b.text for b in issue.articles[0].blocks] == [
        "各乡镇：",
        "请于10月底前完成隐患排查，并上报结果。",
        "特此通知。",
    ]


def test_a_web_digest_drawn_by_a_text_browser_reads_its_pages_name_and_its_stories() -> None:
    """w3m's drawing of the paper's web page: a menu, the name (a 摘錄), a date row, 第N版 over each page's
    first title, 作者 rows, a picture's alt word 圖片 over its caption, a copyright line saying 不得轉載."""
    page = "\n".join(
        [
            "首頁 | 電子報 | 往期",
            "",
            "港台新聞摘錄",
            "",
            "出版日期：2021-04-03　瀏覽：88",
            "",
            "第1版",
            "",
            ZG_TITLE,
            "",
            "作者：記者林勵",
            "",
            ZG,
            "",
            "圖片",
            "林鄭月娥曾領導政改三人組。政府新聞處圖片",
            "",
            SX_TITLE,
            "",
            "作者：假才子",
            "",
            SX,
            "",
            "圖片",
            "獨裁者皮諾切特在智利推行雙議席單票制，目的是確保自己下台後，議會仍牢牢掌握在他手上。美聯社",
            "",
            "版權所有　不得轉載",
            "",
        ]
    )
    issue = parse_text(page, "gtxwzl_w3m.txt")
    assert [a.title for a in issue.articles] == [ZG_TITLE, SX_TITLE]
    assert [a.section for a in issue.articles] == ["第1版", "第1版"]
    assert issue.publication == "港台新聞摘錄"  # not the copyright line's 不得轉載, not the menu
    assert "首頁 | 電子報 | 往期" not in (issue.title or "")
    assert [[p.name for p in a.byline] for a in issue.articles] == [["林勵"], ["假才子"]]


def test_a_headline_set_over_several_lines_in_a_pdfs_text_is_one_title() -> None:
    """pdftotext of the ninth set's paper: long headlines set over three or four centred lines, one of
    them asking (``致命工程車何時滑落鐵軌？``), the desk's line under them."""
    from pathlib import Path

    name = "n02_gtxwzl_20210403_pdftotext_big5.txt"
    data = (Path(__file__).parents[1] / "data" / "corpus" / "ninth" / name).read_bytes()
    issue = parse_bytes(data, name)
    titles = ["".join(a.title.split()) for a in issue.articles]  # the lines joined, spaced or not
    assert titles[2:] == [
        "台灣太魯閣號列車出軌至少50人死亡146人受傷台鐵百年史上死亡人數第二高",
        "太魯閣號至少51死致命工程車何時滑落鐵軌？台鐵：須調閱車廂內錄影帶釐清",
        "「耕地中的大熊貓」黑土遭盜挖疑犯訛稱改良土地租農田花半個月挖光黑土",
    ]
    assert all(a.kicker is None and a.subtitle is None for a in issue.articles[1:])


def test_pdfminers_text_starts_a_story_at_a_stacked_headline_whose_byline_it_moved() -> None:
    """pdfminer put the desk's right-aligned line after a few lines of the story; the headline stacked
    over three lines after the page's last paragraph still starts the story."""
    from pathlib import Path

    name = "n05_gtxwzl_20210403_pdfminer_gb18030_crlf.txt"
    data = (Path(__file__).parents[1] / "data" / "corpus" / "ninth" / name).read_bytes()
    issue = parse_bytes(data, name)
    titles = ["".join(a.title.split()) for a in issue.articles]
    assert titles[1] == SX_TITLE and [p.name for p in issue.articles[1].byline] == [
        "假才子"
    ]  # blank lines apart
    assert titles[-3:] == [
        "台灣太魯閣號列車出軌至少50人死亡146人受傷台鐵百年史上死亡人數第二高",
        "太魯閣號至少51死致命工程車何時滑落鐵軌？台鐵：須調閱車廂內錄影帶釐清",
        "「耕地中的大熊貓」黑土遭盜挖疑犯訛稱改良土地租農田花半個月挖光黑土",
    ]


@pytest.mark.parametrize("name", ["赖明辉", "賴清輝", "習明"])
def test_common_surnames_of_both_scripts_make_a_name(name: str) -> None:
    """赖 (賴 in Taiwan) is among the hundred commonest surnames; a writer's line under a title of that
    name is a name like any other."""
    assert looks_like_name(name)
