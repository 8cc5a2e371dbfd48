"""A county paper's pages as text: stories without bylines under their titles, each signed off at its end,
a lead story jumping from page 1 to page 2, a folio across the top of each page; and a town bulletin
whose items are numbered 「一、」「二、」.  The texts are real local news items of 温州 / 苍南 (2010-2011)
quoted from ``tests/data/corpus/eighth/build/src/wz_items.py`` (see that set's SOURCES.md); the page
furniture around them is the kind the eighth set assembled."""

from __future__ import annotations

from pathlib import Path

from reader.importer import parse_text
from reader.importer.bylines import parse_people
from reader.importer.ends import is_folio, jumps_in, jumps_out, signed_off
from reader.importer.linekinds import Kind, dateline_opening, kind_of

HOTEL_END = "在昨天的开业庆典上，诚大饭店向苍南县慈善总会捐资500万元，设立诚大爱心慈善基金。（邵闻）"
SPREAD = "\n".join(
    [
        "瓯南新闻　2011年10月12日　星期三　第1版　要闻",
        "",
        "黄寿龙在绿化造林工作汇报会上强调：打造精品工程 共建绿美家园",
        "",
        "　　4月7日消息：今天，我县召开绿化造林工作重点乡镇部门汇报会。县委书记黄寿龙在会上强调，各地各部门"
        "一定要高度重视绿化造林工作。县领导戴嘉宝、邵潘锋参加会议。",
        "　　（下转第2版）",
        "",
        "苍南龙港开出首家五星级酒店",
        "",
        "　　我市五星级酒店将又添新军。7月6日，由在外温州人回乡投资、按照五星级标准建设的酒店――龙港诚大"
        "饭店正式开业。",
        "　　" + HOTEL_END,
        "",
        "县公共资源交易中心发挥平台作用",
        "",
        "　　12月15日消息：县公共资源交易中心采取积极有效的措施，努力化解运行中遇到的各种难点热点问题，"
        "较好地发挥了平台作用。",
        "　　据悉，今年该中心平台累计进场项目478项。（记者\u00a0 方耀星\u00a0 通讯员\u00a0 朱敬铨）",
        "",
        "瓯南新闻　2011年10月12日　星期三　第2版　综合",
        "",
        "　　（上接第1版）黄寿龙强调，各重点乡镇部门要切实加大力度，积极营造全社会爱绿、植绿、护绿、兴绿的"
        "良好氛围。（记者 方耀星 实习生 陈薇拉）",
        "",
        "中央美院写生基地落户南雁",
        "",
        "　　置身平阳县南雁会文书院，50余名中央美术学院师生即兴挥毫水墨。10月9日，写生基地挂牌仪式在南雁"
        "会文书院举行。",
        "　　此次写生的部分作品将与黄公望作品等一同在温州博物馆展出。 （黄瑚 丁志峰 尤增国）",
        "",
    ]
)


def test_a_sign_off_after_the_last_sentence_ends_a_story() -> None:
    assert signed_off(HOTEL_END)
    assert signed_off("增国）", above="物馆展出。 （黄瑚 丁志峰 尤")  # the column's width cut the sign-off
    assert not signed_off("表示高度关注。（下转第2版）")  # a jump line names a page, not a writer
    assert not signed_off("均为2011年数据（截至12月底）")  # no sentence before the brackets
    assert not signed_off("增国）")  # a scrap of a line alone says nothing


def test_jump_lines_out_and_in() -> None:
    assert jumps_out("（下转第2版）") and jumps_out("表示高度关注。(转第A3版)")
    assert jumps_in("（上接第1版）黄寿龙强调，各重点乡镇部门") and jumps_in("(接第一版)")
    assert not jumps_out("（上接第1版）") and not jumps_in("（下转第2版）")
    assert not jumps_in("据了解（第2版有详细报道）")


def test_a_folio_names_the_day_the_weekday_and_the_page() -> None:
    assert is_folio("瓯南新闻　2011年10月12日　星期三　第1版　要闻")
    assert is_folio("第 3 版　综合新闻　2011年10月12日 星期三")
    assert not is_folio("2011年10月12日　星期三")  # a masthead's day: no page
    assert not is_folio("本报2011年10月12日星期三第1版刊登了这条消息。")  # a sentence


def test_a_county_sites_dateline_and_a_portals_dateline() -> None:
    assert dateline_opening("12月15日消息：县公共资源交易中心采取积极") == "12月15日消息："
    assert dateline_opening("浙江在线09月14日讯 “这里的公共厕所呢？”") == "浙江在线09月14日讯"
    assert kind_of("4月7日消息：今天，我县召开绿化造林工作重点乡镇部门汇报会。") is Kind.DATELINE
    assert dateline_opening("12月15日的消息说，今年中心平台累计进场项目478项") is None


def test_a_spread_of_signed_stories_with_a_jump_imports_story_by_story() -> None:
    issue = parse_text(SPREAD, "onxw.txt")
    assert [a.title for a in issue.articles] == [
        "黄寿龙在绿化造林工作汇报会上强调：打造精品工程 共建绿美家园",
        "苍南龙港开出首家五星级酒店",
        "县公共资源交易中心发挥平台作用",
        "中央美院写生基地落户南雁",
    ]
    lead, hotel, centre, academy = issue.articles
    assert "积极营造全社会爱绿" in lead.text  # the continuation on page 2 is the lead story's
    assert [(p.role, p.name) for p in lead.byline] == [("记者", "方耀星"), ("实习生", "陈薇拉")]
    assert [p.name for p in hotel.byline] == ["邵闻"]
    assert [(p.role, p.name) for p in centre.byline] == [("记者", "方耀星"), ("通讯员", "朱敬铨")]
    assert [p.name for p in academy.byline] == ["黄瑚", "丁志峰", "尤增国"]
    assert (centre.dateline or "").startswith("12月15日消息")
    folios = [s.text for s in issue.boilerplate if s.reason == "page folio"]
    assert folios == [
        "瓯南新闻　2011年10月12日　星期三　第1版　要闻",
        "瓯南新闻　2011年10月12日　星期三　第2版　综合",
    ]
    assert issue.issue_date == "2011-10-12"


def test_a_folio_cut_into_a_line_per_part_is_set_aside_whole() -> None:
    cut = "瓯南新闻\n\n2011年10月12日\n\n星期三\n\n第1版\n\n要闻"  # pdftotext: a line per part
    text = SPREAD.replace("瓯南新闻　2011年10月12日　星期三　第1版　要闻", cut)
    issue = parse_text(text, "onxw_pdftotext.txt")
    assert issue.articles[0].title == "黄寿龙在绿化造林工作汇报会上强调：打造精品工程 共建绿美家园"
    assert [s.text for s in issue.boilerplate if s.reason == "page folio"][:5] == [
        "瓯南新闻",
        "2011年10月12日",
        "星期三",
        "第1版",
        "要闻",
    ]


BULLETIN = "\n".join(
    [
        "钱库镇政务信息　2011年第9期（总第57期）",
        "钱库镇党政办公室　编　2011年12月5日",
        "",
        "〖工作动态〗",
        "",
        "一、钱库镇举行社区建设规划评审会",
        "",
        "　　为统筹城乡发展，推进城乡一体化建设,1月17日，钱库镇举行新安、玉龙、括东等社区建设规划的"
        "专家评审会。",
        "　　据了解，钱库镇还将在此基础上进行广泛调研，全面谋划美好乡村建设。(缪克梯)",
        "",
        "二、钱库开展农村无照经营整治",
        "",
        "　　9月7-8日，钱库工商所组织执法人员对望里办事处望中路、望洲街、站前街等主要街道进行无照经营"
        "清理整治。",
        "",
        "〖扶贫开发〗",
        "",
        "三、市县领导对雅后村进行扶贫开发整村推进项目验收",
        "",
        "　　2011年11月30日，由市农办、市财政局、县农办和县财政局组成的验收小组到雅后村进行扶贫开发整村推进"
        "项目验收。",
        "",
    ]
)


def test_items_numbered_in_chinese_numerals_through_the_issue_are_items_without_their_numbers() -> None:
    """一、二、 under one section label and 三、 under the next: the count runs on across sections, so
    these number the issue's items (not the parts of one item, which count again from 一 in each)."""
    issue = parse_text(BULLETIN, "qkzwxx.txt")
    assert [a.title for a in issue.articles] == [
        "钱库镇举行社区建设规划评审会",
        "钱库开展农村无照经营整治",
        "市县领导对雅后村进行扶贫开发整村推进项目验收",
    ]
    assert [s.text for s in issue.boilerplate if s.reason == "item number"] == ["一、", "二、", "三、"]
    assert [a.section for a in issue.articles] == ["工作动态", "工作动态", "扶贫开发"]


def test_names_a_line_break_ran_together_in_a_dateline_are_two_writers() -> None:
    """lynx cut ``本报讯 （记者 杨帆`` / ``张珺）2月12日，…`` (重庆 news page of 2018-02-13, the eighth set's
    w01); joining the lines made ``杨帆张珺``.  A compound surname keeps four characters one name."""
    assert [p.name for p in parse_people("记者 杨帆张珺") or []] == ["杨帆", "张珺"]
    assert [p.name for p in parse_people("记者 欧阳晓明") or []] == ["欧阳晓明"]
    issue = parse_text(
        "重庆市委：孙政才是占据重要岗位的腐败分子典型\n\n2018-02-13 14:48\n\n"
        "本报讯 （记者 杨帆\n张珺）2月12日，市委常委会召开扩大会议，传达学习中共中央办公厅关于对孙政才"
        "涉嫌犯罪提起公诉的通报精神。\n",
        "cq.txt",
    )
    assert [p.name for p in issue.articles[0].byline] == ["杨帆", "张珺"]


def test_a_unit_signing_off_in_brackets_is_no_writer() -> None:
    """``(钱工商)``: 钱库工商所 signing its report — a place's first character and an office's short name,
    not a person named 钱 (the text of ``wz_items.py``'s 无照经营 item, shortened)."""
    text = (
        "钱库开展农村无照经营整治\n\n"
        "　　9月7-8日，钱库工商所组织执法人员，对望里办事处的主要街道进行无照经营清理整治。\n"
        "　　在清理整治的同时，做好宣传工作，处罚与教育相结合，取得农村无照经营整治的初步成效。(钱工商)\n"
    )
    article = parse_text(text, "qk.txt").articles[0]
    assert article.title == "钱库开展农村无照经营整治"
    assert article.byline == []
    assert article.blocks[-1].text.endswith("初步成效。(钱工商)")  # the text keeps it


def test_a_title_set_apart_in_a_desk_copy_starts_the_next_story_but_a_sub_head_does_not() -> None:
    """The eighth set's desk copy (p05), from 乐清's sub-heads to the story after it: its sub-heads
    (``还公厕原貌`` / ``还有两道坎``) stand with no blank line around them; 黄宝坤's title follows its last
    paragraph with a blank line above and below and no sign-off before it."""
    path = Path(__file__).parents[1] / "data" / "corpus" / "eighth" / "p05_onxw_20111012_p1-2_word_crlf.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    title = "黄宝坤督导鹿城攻防3号统一行动"
    text = "\n".join(lines[lines.index("毁厕建房") : lines.index(title) + 6])
    articles = parse_text(text, path.name).articles
    assert [a.title for a in articles][-1] == title
    assert "还有两道坎" in [b.text for b in articles[0].blocks]
    assert articles[0].blocks[-1].text == "看来，路人要在这里解决“方便”问题，还要等很长时间。"
