"""000: the bulletin with a 目录 — sections, articles found through the TOC, 报网文摘 features."""

from __future__ import annotations

import re

from reader.importer import BlockKind, BylineEntry, SetAside

from .conftest import parsed, seed_bytes

TITLES = [
    "学习贯彻党的二十届三中全会精神省委宣讲团报告会在驻举行",
    "2024年国家网络安全宣传周河南省活动在驻举办",
    "孔昌生到驻调研",
    "市委常委会",
    "市委人才工作领导小组会议",
    "市政府召开专题会议传达学习省长王凯在驻马店调研时讲话精神",
    "市政府常务会议",
    "全市公安工作会议",
    "全市重点项目推进周例会",
    "市五届人大常委会第三十次主任会议",
    "全市机关学习贯彻党的二十届三中全会精神推动机关党建高质量发展座谈会",
    "驻马店参加第七届中国・河南招才引智创新发展大会",
    "市委常委会召开扩大会议",
    "驻马店市收听收看全省教育大会",
    "新能源产业发展专题推进会议",
    "驻马店市收听收看中原大讲堂“纳米酶”主题学习报告会",
    "驻马店市收听收看全省未来产业发展工作会议",
    "全市国庆假期安全防范安全生产暨秋冬季森林防灭火视频会议",
    "市委理论学习中心组集体学习(扩大)报告会暨全市领导干部大讲堂举行",
    "鲍常勇与中国平煤神马集团党委书记、董事长李毛举行工作会谈",
    "鲍常勇李跃勇看望慰问教师和教育工作者",
    "李跃勇在市中心城区调研房地产业发展",
    "李跃勇到正阳县调研",
    "李跃勇到新蔡县调研",
    "鲍常勇率队赴上海市招商并出席驻马店市“中国药谷”超级工厂招商推介会暨项目签约仪式",
    "李跃勇到驿城区调研",
    "鲍常勇出席驻马店市2024年烈士纪念日向人民英雄敬献花篮仪式",
    "2024年国家网络安全宣传周河南省青少年日活动在驻举行",
    "中秋节假期全市实现旅游综合收入17.38亿元",
    "2024年河南省乡村健步走活动驻马店站暨河南省自行车公开赛(驻马店确山站)举行",
    "驻马店市企业联合会成立暨驻马店市企业家协会换届大会召开",
    "庆祝中华人民共和国成立75周年“照片记忆 时代华章”主题摄影展开幕式举行",
    "产业逐新向未来",
    "“中国药谷”展宏图",
    "文明之光耀天中",
]
SECTION_SIZES = {"特别关注": 2, "上级调研": 1, "重要会议": 16, "重大活动": 8, "简明动态": 5, "报网文摘": 3}


def test_layout_and_exact_titles_in_order() -> None:
    issue = parsed("000")
    assert issue.layout == "toc_bulletin"
    assert [a.title for a in issue.articles] == TITLES


def test_article_count_matches_the_toc_as_printed() -> None:
    text = seed_bytes("000").decode("utf-8")
    toc_block = text.split("\n")[1:45]  # 目录 runs to the line before the first section repeats
    numbered = [line for line in toc_block if re.search(r"\s\d+$", line)]
    assert len(numbered) == len(parsed("000").toc) == len(parsed("000").articles) == 35


def test_sections_in_order_with_their_articles() -> None:
    issue = parsed("000")
    assert issue.sections == list(SECTION_SIZES)
    counts = {name: sum(1 for a in issue.articles if a.section == name) for name in SECTION_SIZES}
    assert counts == SECTION_SIZES


def test_toc_entries_keep_pages_and_join_wrapped_titles() -> None:
    toc = parsed("000").toc
    assert (toc[0].section, toc[0].page) == ("特别关注", 3)
    wrapped = [e for e in toc if e.title.startswith("鲍常勇率队赴上海市")]
    assert wrapped[0].title.endswith("推介会暨项目签约仪式") and wrapped[0].page == 15
    assert toc[-1].title == "文明之光耀天中" and toc[-1].page == 25
    assert [a.page for a in parsed("000").articles][:3] == [3, 3, 4]


def test_section_lines_in_the_body_are_not_text() -> None:
    for article in parsed("000").articles:
        assert all(block.text not in SECTION_SIZES for block in article.blocks), article.title


def test_feature_bylines_source_notes_and_subheadings() -> None:
    features = {a.title: a for a in parsed("000").articles if a.section == "报网文摘"}
    industry = features["产业逐新向未来"]
    assert industry.byline == [BylineEntry("驻马店日报记者", "王家恒")]
    assert industry.byline_text == "驻马店日报记者 王家恒"
    assert industry.source_note == "(原载2024年9月30日《驻马店日报》T03版)"
    assert "原载" not in industry.text and "王家恒" not in industry.text
    assert [b.text for b in industry.blocks if b.kind is BlockKind.HEADING] == [
        "“链”上发力:绘就产业集群新图谱",
        "“质”上求新:打造项目建设强引擎",
        "以优促稳:强化要素保障硬支撑",
    ]
    assert "……" in [b.text for b in industry.blocks]
    civil = features["文明之光耀天中"]
    assert [b.text for b in civil.blocks if b.kind is BlockKind.HEADING] == [
        "文明创建 擦亮城市底色",
        "精神引领 凝聚榜样力量",
        "文明新风浸润百姓生活",
    ]
    assert civil.source_note == "(原载2024年9月30日《驻马店日报》T07版)"
    assert features["“中国药谷”展宏图"].byline == [BylineEntry("驻马店日报记者", "张遥驼")]


def test_short_articles_are_whole_paragraphs() -> None:
    by_title = {a.title: a for a in parsed("000").articles}
    meeting = by_title["市政府常务会议"]
    assert [b.kind for b in meeting.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert meeting.blocks[1].text.startswith("9月9日,市长李跃勇主持召开市政府第37次常务会议")
    holiday = by_title["中秋节假期全市实现旅游综合收入17.38亿元"]
    assert holiday.text == (
        "中秋节假期,全市3天累计接待游客258.5万人次,旅游综合收入17.38亿元,与2022年相比分别增长24.88%、21.54%。"
    )


def test_residue_line_is_kept_with_the_issue_not_in_an_article() -> None:
    issue = parsed("000")
    assert SetAside(213, "|", "rule or table border") in issue.boilerplate
    assert all("|" not in block.text for article in issue.articles for block in article.blocks)
    assert issue.warnings == []  # nothing for the user to check: a table border is not text


def test_the_table_of_contents_is_kept_with_the_issue_not_as_an_article() -> None:
    aside = [item for item in parsed("000").boilerplate if item.reason == "table of contents"]
    assert aside[0] == SetAside(1, "目录", "table of contents")
    assert (
        SetAside(3, "学习贯彻党的二十届三中全会精神省委宣讲团报告会在驻举行 3", "table of contents") in aside
    )
    assert len(aside) == 45  # 目录, 6 section names, 35 entries of which 3 wrap onto a second line
