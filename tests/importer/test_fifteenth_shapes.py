"""Shapes the fifteenth held-out set brought (tests/data/corpus/fifteenth/SOURCES.md).  Each test names the
shape with a small text written for it (invented offices and events), not a copy of the set's files."""

import pytest

from reader.errors import BadInputError
from reader.importer import parse_bytes, parse_text
from reader.importer.linekinds import Kind, kind_of

ROC_ITEMS = [  # (title, the day in Taiwan's calendar as the item prints it, text)
    (
        "社區活動中心整修完工啟用",
        "112-03-02",
        "鄉公所爭取經費整修的社區活動中心於本週完工，鄉長主持啟用典禮，居民可預約使用場地辦理活動。",
    ),
    (
        "老人共餐據點增設兩處",
        "112.03.03",
        "為照顧獨居長者，鄉公所與社區發展協會合作，在兩個村增設共餐據點，每週供餐三次。",
    ),
]  # fmt: skip


def _roc_bulletin(day: str) -> str:
    """A township's bulletin dated only in Taiwan's calendar (民國 year + 1911), its compiler as a
    label, each item's day under its title in the 民國 form too."""
    lines = ["鄉政簡訊", "第8期", day, "編印：鄉公所秘書室", "", "【鄉政動態】", ""]
    for title, printed, text in ROC_ITEMS:
        lines += [title, f"發布日期：{printed}" if "-" in printed else printed, "", "　　" + text, ""]
    return "\n".join(lines)


def test_a_bulletin_dated_in_taiwans_calendar_gets_its_day_and_its_items() -> None:
    for day in ("中華民國112年3月6日", "中華民國一一二年三月六日", "民國112年3月6日"):
        issue = parse_text(_roc_bulletin(day), "roc.txt")
        assert issue.issue_date == "2023-03-06", day
        assert [a.title for a in issue.articles] == [title for title, _, _ in ROC_ITEMS]
        assert [a.section for a in issue.articles] == ["鄉政動態", "鄉政動態"]
        assert not any(a.byline_text for a in issue.articles)  # 編印：… is the masthead's, not a writer


def test_a_day_in_taiwans_calendar_standing_alone_is_a_date_line() -> None:
    for text in ("112.03.03", "113-01-20", "中華民國113年1月20日", "民國一一三年一月二十日"):
        assert kind_of(text) is Kind.DATE, text
    for text in ("99.12.31", "112.3.3", "1.112.03.03", "732-04-15"):  # not that shape: left alone
        assert kind_of(text) is not Kind.DATE, text


def test_a_pdf_extractors_stray_nul_byte_does_not_make_a_text_file_binary() -> None:
    """PyMuPDF writes a NUL where a glyph maps to no character; one in a long GB18030 file is text."""
    body = "　　根据《关于做好防汛工作的通知》(县政办发„2024‟7号)精神，现将有关事项通知如下。" + (
        "各单位要严格执行二十四小时值班和领导带班制度，确保信息畅通。" * 20
    )
    text = f"关于做好汛期值班工作的通知\n各乡镇人民政府：\n{body}\n县人民政府办公室\n2024年6月3日\n"
    data = text.replace("‟", "\x00").encode("gb18030")
    issue = parse_bytes(data, "notice.txt")
    assert issue.encoding == "gb18030"
    assert issue.articles[0].title == "关于做好汛期值班工作的通知"
    assert "(县政办发„2024\ufffd7号)" in issue.articles[0].text  # the NUL kept where it stood
    assert "1 NUL byte " in issue.warnings[0]
    with pytest.raises(BadInputError, match="binary"):  # a NUL in every few hundred bytes: not text
        parse_bytes(data[:300] + b"\x00" + data[300:600], "short.txt")


MAIL_ITEMS = [
    ("镇卫生院开展义诊进村活动", "　　镇卫生院组织医护人员走进三个村开展义诊，发放健康手册二百余份。"),
    ("河道清淤工程全面完工", "　　经过两个月施工，镇区主要河道清淤工程全面完工，共清理淤泥一万余立方米。"),
]  # fmt: skip


def _forwarded_mail() -> str:
    """A bulletin forwarded by e-mail and saved as text: the message's headers, the forwarder's note, a
    ``-----原始邮件-----`` block with the original's headers, the bulletin, a ``--`` signature."""
    lines = [
        "发件人: 李明 <liming@example.cn>",
        "收件人: 各村联络员",
        "主题: 转发：镇政简报第6期",
        "发送时间: 2024年5月13日 9:02",
        "",
        "各位好：",
        "转发本期简报，请传阅。",
        "",
        "-----原始邮件-----",
        "发件人: 党政办 <dzb@example.cn>",
        "发送时间: 2024年5月10日 17:40",
        "主题: 镇政简报第6期",
        "",
        "镇政简报",
        "第6期",
        "镇党政办公室编　　2024年5月10日",
        "",
    ]
    for title, text in MAIL_ITEMS:
        lines += [title, "", text, ""]
    lines += ["--", "李明", "镇党政办公室　电话 0571-1234567"]
    return "\n".join(lines)


def test_a_bulletin_forwarded_by_e_mail_keeps_headers_note_and_signature_out_of_its_articles() -> None:
    issue = parse_text(_forwarded_mail(), "mail.txt")
    assert [a.title for a in issue.articles] == [title for title, _ in MAIL_ITEMS]
    assert issue.issue_date == "2024-05-10"  # the bulletin's day, not the forward's
    assert issue.articles[-1].text.endswith("一万余立方米。")
    reasons = {piece.text: piece.reason for piece in issue.boilerplate}
    assert reasons["发件人: 李明 <liming@example.cn>"] == "e-mail header"
    assert reasons["转发本期简报，请传阅。"] == "e-mail note"
    assert reasons["主题: 镇政简报第6期"] == "e-mail header"
    assert reasons["镇党政办公室　电话 0571-1234567"] == "e-mail signature"


def test_header_like_lines_without_a_message_header_block_are_left_alone() -> None:
    """``主旨：`` is also a field of a Taiwan official letter: only a file opening with a sender and a
    subject or addressee is read as an e-mail."""
    text = "主旨：函送本所111年度預算書一份，請查照。\n說明：依本縣預算法規定辦理。\n"
    issue = parse_text(text, "letter.txt")
    assert not [piece for piece in issue.boilerplate if piece.reason.startswith("e-mail")]


COMPILATION = [  # (文号 or None, title, addressees, text)
    (
        "青政发〔2024〕9号",
        "青山县人民政府关于印发春季植树造林工作方案的通知",
        "各乡镇人民政府，县政府各部门：",
        "　　《青山县春季植树造林工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。",
    ),
    (
        None,
        "青山县农村公路养护管理办法",
        None,
        "　　第一条　为加强农村公路养护管理，保障公路完好畅通，结合本县实际，制定本办法。",
    ),
    (
        "青政办发〔2024〕15号",
        "青山县人民政府办公室关于做好汛期安全工作的通知",
        "各乡镇人民政府，县政府各部门：",
        "　　为切实做好今年汛期安全工作，确保人民群众生命财产安全，现就有关事项通知如下。",
    ),
    (
        None,
        "青山县村级公益事业建设奖补办法",
        None,
        "　　第一条　为引导村民参与村级公益事业建设，规范奖补资金管理，制定本办法。",
    ),
]  # fmt: skip


def _compilation() -> str:
    """A compilation of documents: a 目录 giving each title with its 文号 in brackets, each document under
    its number line, the colophon's 抄送 and 印发 lines at the end."""
    lines = ["政策文件汇编", "2024年第3期", "县人民政府办公室编　　　　2024年6月20日", "", "目　　录", ""]
    for page, (number, title, _, _) in enumerate(COMPILATION, 1):
        lines.append(f"{title}（{number}）……………{page}" if number else f"{title}……………{page}")
    lines.append("")
    for number, title, addressees, text in COMPILATION:
        lines += [number, ""] if number else []
        lines += [title, ""] + ([addressees, ""] if addressees else []) + [text, ""]
    lines += ["抄送：县委办公室，县人大常委会办公室。", "县人民政府办公室　　　　2024年6月20日印发"]
    return "\n".join(lines)


def test_a_compilations_contents_find_documents_whose_entries_carry_their_numbers() -> None:
    issue = parse_text(_compilation(), "compilation.txt")
    assert [a.title for a in issue.articles] == [title for _, title, _, _ in COMPILATION]
    assert [a.source_note for a in issue.articles] == [number for number, _, _, _ in COMPILATION]
    assert issue.articles[1].text.endswith("制定本办法。")  # the next document's number is not its text
    assert issue.issue_date == "2024-06-20"


def test_the_colophons_copy_to_and_printing_lines_close_the_issue_not_its_last_document() -> None:
    issue = parse_text(_compilation(), "compilation.txt")
    assert issue.articles[-1].text.endswith("制定本办法。")
    aside = {piece.text: piece.reason for piece in issue.boilerplate}
    assert aside["抄送：县委办公室，县人大常委会办公室。"] == "distribution list"
    assert aside["县人民政府办公室　　　　2024年6月20日印发"] == "distribution list"


LEFT = [
    "【鎮政動態】",
    "道路拓寬工程開工",
    "   鎮公所今日舉行中山路拓寬工程開工典禮，",
    "工程全長一點二公里，預計年底前完工，完工後",
    "可紓解上下班時段的車流，並增設人行道。",
    "   鎮長表示，施工期間將實施交通管制，請用",
    "路人多加留意改道標示，並配合現場指揮。",
]
RIGHT = [
    "路燈全面汰換節能燈具",
    "   鎮公所完成全鎮路燈汰換工作，共更換一千",
    "二百盞傳統路燈為節能燈具，每年可節省電費約",
    "三成，照明品質也明顯提升，夜間行車更安全。",
    "   民眾如發現路燈故障，可撥打服務專線通報，",
    "鎮公所將於三日內派員修復。",
    "",
]


def _two_column_page(blank: str | None) -> str:
    """``pdftotext -layout`` of a page in two columns under a masthead whose line holds three pieces
    (number, day, compiler) apart by runs of spaces; ``blank`` is what stands between paragraphs' lines
    and the masthead (one blank line, or a converter's wider spacing)."""
    lines = ["                     鎮政簡訊", "          第5期      2024年3月8日       鎮公所編印"]
    lines += [blank] if blank is not None else []
    lines += [f"{left:<24}{'':6}{right}".rstrip() for left, right in zip(LEFT, RIGHT, strict=True)]
    return "\n".join(lines) + "\n"


def test_a_masthead_line_across_two_layout_columns_stays_out_of_the_columns_text() -> None:
    single = parse_text(_two_column_page(""), "page.txt")
    wider = parse_text(_two_column_page("\n"), "page.txt")
    assert [a.title for a in single.articles] == ["道路拓寬工程開工", "路燈全面汰換節能燈具"]
    assert not any("編印" in a.text for a in single.articles)
    assert [(a.title, a.text) for a in wider.articles] == [(a.title, a.text) for a in single.articles]
    none = parse_text(_two_column_page(None), "page.txt")  # no blank line under the masthead at all
    assert [(a.title, a.text) for a in none.articles] == [(a.title, a.text) for a in single.articles]


def test_a_compilers_line_ending_in_bian_under_a_dated_masthead_is_the_mastheads() -> None:
    """``邻里互助会汇编`` (the compiler 邻里互助会 + 编) under the name and day: not a section's name."""
    text = "\n".join(
        [
            "社区简报",
            "第21期　2025年11月20日",
            "邻里互助会汇编",
            "",
            "社区开展垃圾分类宣传活动",
            "",
            "　　近日，社区组织志愿者入户宣传垃圾分类知识，发放宣传册三百余份，居民参与热情高涨。",
            "",
            "社区举办老年人智能手机培训",
            "",
            "　　社区邀请志愿者为老年人讲解智能手机的使用方法，帮助他们学会扫码就医和网上缴费。",
        ]
    )
    issue = parse_text(text, "brief.txt")
    assert [a.title for a in issue.articles] == ["社区开展垃圾分类宣传活动", "社区举办老年人智能手机培训"]
    assert [a.section for a in issue.articles] == [None, None]
    assert ("issue title", "邻里互助会汇编") in [(p.reason, p.text) for p in issue.boilerplate]


def _wechat_markdown() -> str:
    """A WeChat post scraped to Markdown: ``#`` name with its number, the day in italics on its own line,
    items as a bold number over a bold title, a bold sub-head without a number inside an item."""
    return "\n".join(
        [
            "# 乡村振兴周报｜第7期",
            "",
            "原创 乡村振兴周报 [田园乡音](javascript:void(0);)",
            "",
            "*2024年9月6日 18:00* *浙江*",
            "",
            "![](https://mmbiz.qpic.cn/cover/640)",
            "",
            "**01**",
            "",
            "**山村民宿带旺乡村游**",
            "",
            "今年以来，村里引导农户把闲置农房改成民宿，暑期入住率超过八成，带动村民增收。",
            "",
            "**02**",
            "",
            "**稻田里的丰收节**",
            "",
            "九月初，镇里在千亩稻田旁举办丰收节，村民展示新米和农产品，吸引上千名游客。",
            "",
            "**现场直击**",
            "",
            "游客们排队品尝新米饭，不少人当场下单订购。",
            "",
            "**03**",
            "",
            "**村级物流站投入使用**",
            "",
            "新建的村级物流站本周投入使用，村民在家门口就能收寄快递，农产品也能直接发往城里。",
            "",
            "阅读 512",
        ]
    )


def test_a_wechat_posts_bold_numbered_items_are_its_articles_and_its_day_the_issues() -> None:
    issue = parse_text(_wechat_markdown(), "post.md")
    assert [a.title for a in issue.articles] == ["山村民宿带旺乡村游", "稻田里的丰收节", "村级物流站投入使用"]
    assert issue.issue_date == "2024-09-06"
    assert "现场直击" in issue.articles[1].text  # the sub-head without a number stays in its item
    assert [(p.reason, p.text) for p in issue.boilerplate if p.reason == "item number"] == [
        ("item number", "01"),
        ("item number", "02"),
        ("item number", "03"),
    ]


def _slash_item(opening: str) -> str:
    lead = f"　　{opening} / 鄉公所爭取經費整修的社區活動中心於本週完工，居民可預約使用。"
    return "\n".join(["鄉政簡訊", "第8期", "民國112年3月6日", "", "社區活動中心整修完工啟用", "", lead])


def test_a_name_and_a_slash_opening_the_text_is_the_writer() -> None:
    article = parse_text(_slash_item("林美玲"), "slash.txt").articles[0]
    assert [(entry.role, entry.name) for entry in article.byline] == [("", "林美玲")]
    assert article.dateline == "林美玲 / "
    for opening in ("本年度", "台東縣"):  # no name before the slash: no writer
        assert not parse_text(_slash_item(opening), "slash.txt").articles[0].byline


def test_a_source_line_naming_a_reporter_by_role_gives_the_byline() -> None:
    """``来源:某社区 通讯员 某某 编辑 某某`` closing an item: the reporter is the writer, not the editor."""
    text = "\n".join(
        [
            "社区简报",
            "第21期　2025年11月20日",
            "",
            "社区开展垃圾分类宣传活动",
            "",
            "　　近日，社区组织志愿者入户宣传垃圾分类知识，发放宣传册三百余份，居民参与热情高涨。",
            "",
            "来源:和平社区 通讯员 周小燕 编辑 陈立",
        ]
    )
    article = parse_text(text, "source.txt").articles[0]
    assert [(entry.role, entry.name) for entry in article.byline] == [("通讯员", "周小燕")]


def test_a_short_name_over_a_long_headline_over_a_day_is_not_a_title_over_a_subtitle() -> None:
    """A county page by lynx: ``<h2>`` names flush left over ``<h3>`` headlines, the day under each."""
    text = "\n".join(
        [
            "縣政動態",
            "",
            "  社區活動中心整修完工啟用",
            "",
            "   112.03.02",
            "",
            "   鄉公所爭取經費整修的社區活動中心於本週完工，居民可預約使用場地辦理活動。",
            "",
            "地方活動",
            "",
            "  鄉長主持老人共餐據點揭牌並與長輩共進午餐 社會課:歡迎長輩多加利用",
            "",
            "   112.03.03",
            "",
            "   為照顧獨居長者，鄉公所與社區發展協會合作，在兩個村增設共餐據點，每週供餐三次。",
        ]
    )
    article = parse_text(text, "page.txt").articles[-1]
    assert article.title == "鄉長主持老人共餐據點揭牌並與長輩共進午餐 社會課:歡迎長輩多加利用"
    assert article.kicker == "地方活動" and article.subtitle is None


def test_a_role_word_glued_to_one_character_of_a_word_is_no_byline() -> None:
    """``記者會`` (a press conference) ending a headline a column cut is not 記者 + a name 會."""
    for text in ("記者會", "记者会", "记者站"):
        assert kind_of(text) is not Kind.BYLINE, text
    assert kind_of("记者王") is Kind.BYLINE  # a one-character name after the role is still read


def _wrapped(text: str, width: int = 20) -> list[str]:
    lines = ["   " + text[: width - 2]]
    rest = text[width - 2 :]
    return lines + [rest[k : k + width] for k in range(0, len(rest), width)]


def _column_page() -> str:
    """Items of a two-column PDF page read column by column: lines cut at the column's width, one
    headline inside a day (``…12月25`` / ``日上午…``), another before ``記者會``."""
    first = "縣長率各局處首長召開年終記者會，說明一年來的施政成果與新年度的重點計畫，並逐項回應議會與鄉親關心的交通、長照及觀光議題。"  # noqa: E501
    second = "縣府表示，就職典禮將在文化局演藝廳舉行，依例邀請各機關首長、民意代表及地方人士蒞臨觀禮，典禮簡單隆重，屆時歡迎鄉親踴躍前往。"  # noqa: E501
    third = "縣府為改善偏鄉交通，新增三條幸福巴士路線，每日往返鄉公所、衛生所與市區，票價一律十五元，長者及身障者免費搭乘。"  # noqa: E501
    lines = ["縣市政簡訊", "第9期", "中華民國113年2月1日", ""]
    lines += ["縣府舉辦年終成果發表暨", "記者會", *_wrapped(first)]
    lines += ["就職典禮將於12月25", "日上午舉行 歡迎鄉親觀禮", *_wrapped(second)]
    lines += ["偏鄉幸福巴士新增三條路線", *_wrapped(third)]
    return "\n".join(lines)


def test_headlines_cut_by_a_column_join_again_inside_a_day_and_before_a_word() -> None:
    issue = parse_text(_column_page(), "columns.txt")
    assert [a.title for a in issue.articles] == [
        "縣府舉辦年終成果發表暨記者會",
        "就職典禮將於12月25日上午舉行 歡迎鄉親觀禮",
        "偏鄉幸福巴士新增三條路線",
    ]
    assert not any(a.byline for a in issue.articles)


def test_a_source_line_under_a_finished_paragraph_closes_the_item_before_the_next_title() -> None:
    """A PDF's text with no blank lines: ``来源:…`` under an item's last paragraph, then the next item's
    title over its text."""
    body = "社区组织志愿者入户宣传垃圾分类知识，发放宣传册三百余份，居民参与热情高涨，纷纷表示要从自身做起。"
    more = "社区邀请志愿者为老年人讲解智能手机的使用方法，帮助他们学会扫码就医和网上缴费，课堂气氛十分热烈。"
    lines = ["社区简报", "第21期 2025年11月20日", "社区开展垃圾分类宣传活动", *_wrapped(body * 6)]
    lines += ["来源:和平社区 通讯员 周小燕 编辑 陈立", "社区举办老年人智能手机培训", *_wrapped(more * 3)]
    lines += ["来源:幸福社区"]
    issue = parse_text("\n".join(lines), "raw.txt")
    assert [a.title for a in issue.articles] == ["社区开展垃圾分类宣传活动", "社区举办老年人智能手机培训"]
    assert [(e.role, e.name) for e in issue.articles[0].byline] == [("通讯员", "周小燕")]


def _page_with_a_headline_on_its_own_row(gap: int) -> str:
    """``pdftotext -layout`` of two columns where a headline in the right column sits on its own baseline:
    the left column's line and the headline come out as two rows, each one column's, between rows of
    both columns, ``gap`` blank lines wherever the page has a gap (a wider-spaced copy has two)."""
    left = [
        "   鎮公所今日舉行中山路拓寬工程開工典禮，",
        "工程全長一點二公里，預計年底前完工，完工後",
        "可紓解上下班時段的車流，並增設人行道。",
        "   鎮長表示，施工期間將實施交通管制，請用",
        "路人多加留意改道標示，並配合現場指揮。",
    ]
    right = [
        "每年可節省電費約三成，照明品質明顯提升。",
        "來源:鎮公所建設課",
        "老人共餐據點增設兩處",
        "   為照顧獨居長者，鎮公所與社區發展協會合",
        "作，在兩個村增設共餐據點，每週供餐三次。",
    ]
    rows = [f"{left[0]:<24}{'':6}{right[0]}", f"{left[1]:<24}{'':6}{right[1]}", *[""] * gap]
    rows += [left[2], f"{'':30}{right[2]}"]  # the pair: each row one column's
    rows += [f"{a:<24}{'':6}{b}" for a, b in zip(left[3:], right[3:], strict=True)]
    return "\n".join(["鎮政簡訊", "第5期", "2024年3月8日", *[""] * gap, "道路拓寬工程開工", *rows]) + "\n"


def test_a_headline_set_on_its_own_row_beside_the_other_columns_text_stays_in_its_column() -> None:
    from reader.importer.columns import unfold

    for gap in (1, 2):
        lines = [line.strip() for line in unfold(_page_with_a_headline_on_its_own_row(gap)).split("\n")]
        lines = [line for line in lines if line]
        left_end = lines.index("路人多加留意改道標示，並配合現場指揮。")
        assert lines.index("可紓解上下班時段的車流，並增設人行道。") < left_end  # column one, in order
        assert lines[left_end + 1 : left_end + 4] == [
            "每年可節省電費約三成，照明品質明顯提升。",
            "來源:鎮公所建設課",
            "老人共餐據點增設兩處",
        ], gap
