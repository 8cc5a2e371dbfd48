"""Shapes the fourteenth held-out set brought (tests/data/corpus/fourteenth/SOURCES.md).  Each test names the
shape with a small text written for it (invented offices and events), not a copy of the set's files."""

from reader.importer import parse_text

DIGEST = [  # (English title, Chinese title, text)
    (
        "Harbour ferry timetable changes from Monday",
        "港灣渡輪下周一起調整班次",
        "海事局表示，為配合碼頭維修工程，港灣渡輪下周一起調整部分班次，請市民留意碼頭公告，提早安排行程。",
    ),
    (
        "Library extends opening hours during exams",
        "公共圖書館考試期間延長開放",
        "文化局轄下公共圖書館於考試期間延長開放時間至晚上十一時，方便學生溫習，館內並增設自修座位。",
    ),
    (
        "Night market stalls open for applications",
        "夜市攤位即日起接受申請",
        "經濟局與商會合辦的夜市活動即日起接受攤位申請，歡迎本地青年創業者報名參與，名額有限。",
    ),
]  # fmt: skip


def _digest_copy() -> str:
    """A department's bilingual digest as typed: masthead in both languages, an English title over each
    Chinese title, the Chinese text under it."""
    lines = [
        "社區資訊簡報",
        "Community Information Digest",
        "第12期 Issue No. 12",
        "2024年3月8日 8 March 2024",
        "",
    ]
    for english, title, text in DIGEST:
        lines += [english, title, "　　" + text, ""]
    return "\n".join(lines)


def test_a_bilingual_digest_is_read_by_its_chinese_titles_and_the_english_lines_go_with_the_issue() -> None:
    issue = parse_text(_digest_copy(), "digest.txt")
    assert [a.title for a in issue.articles] == [title for _, title, _ in DIGEST]
    assert issue.issue_date == "2024-03-08"
    renderings = [piece.text for piece in issue.boilerplate if piece.reason == "English rendering"]
    assert renderings[:3] == ["Community Information Digest", "Issue No. 12", "8 March 2024"]
    assert renderings[3:] == [english for english, _, _ in DIGEST]
    assert all(not a.text.startswith(("Harbour", "Library", "Night")) for a in issue.articles)


def test_english_lines_over_one_chinese_heading_only_are_left_alone() -> None:
    """One English line over a Chinese heading is not a bilingual file (a page's 「Press Releases」)."""
    english, title, text = DIGEST[0]
    issue = parse_text("\n".join([english, title, "　　" + text]), "one.txt")
    assert not [piece for piece in issue.boilerplate if piece.reason == "English rendering"]


def _digest_html2text() -> str:
    """The digest as a web page read by html2text: ``<h1>`` with a line break in it ends on the next
    line, a long ``<h2>`` English title has its closing stars alone on the next line."""
    lines = ["****** 社區資訊簡報", "Community Information Digest ******", "第12期　2024年3月8日"]
    for n, (english, title, text) in enumerate(DIGEST):
        lines += [f"***** {english}" if n == 0 else f"***** {english} *****"]
        if n == 0:
            lines += ["*****"]
        lines += [f"**** {title} ****", text, "=" * 40]
    return "\n".join(lines) + "\n"


def test_html2text_headings_broken_over_two_lines_are_whole_headings_again() -> None:
    issue = parse_text(_digest_html2text(), "digest_html2text.txt")
    assert [a.title for a in issue.articles] == [title for _, title, _ in DIGEST]
    assert issue.publication == "社區資訊簡報"
    aside = {(piece.text, piece.reason) for piece in issue.boilerplate}
    assert ("*****", "Markdown markup") in aside
    assert (DIGEST[0][0], "English rendering") in aside


def test_a_language_bar_over_a_bulletins_name_does_not_hide_its_masthead() -> None:
    """w3m's copy of the page: a bar of language links first, then the name, the number and the day,
    every block apart; the masthead is still the issue's, and each title opens an item."""
    lines = ["繁體 | 简体 | English", "", "社區資訊簡報", "", "第12期　2024年3月8日", ""]
    for english, title, text in DIGEST:
        lines += [english, "", title, "", text, "", "━" * 40, ""]
    issue = parse_text("\n".join(lines), "digest_w3m.txt")
    assert [a.title for a in issue.articles] == [title for _, title, _ in DIGEST]
    assert issue.issue_date == "2024-03-08"
    assert any(piece.reason == "issue title" and piece.text == "社區資訊簡報" for piece in issue.boilerplate)


def _study_bulletin(note: str) -> str:
    return "\n".join(
        [
            "理论学习",
            "",
            "2024年第2期",
            "",
            "县委宣传部编　　　　　　2024年4月2日",
            "",
            note,
            "",
            "坚持学用结合推动理论学习走深走实",
            "",
            "林可欣",
            "",
            "　　理论学习贵在学以致用。各支部要把学习成果转化为推动工作的实际举措，做到学有所获、学有所用。",
            "",
            "以调查研究破解基层治理难题",
            "",
            "许文博",
            "",
            "　　调查研究是谋事之基、成事之道。机关干部要沉到一线，摸清情况，找准问题，拿出管用的办法。",
        ]
    )


def test_an_editors_note_in_brackets_goes_with_the_issue() -> None:
    """「【编者按】本期…」 run into its paragraph before the first item: the issue's note, not an article."""
    issue = parse_text(_study_bulletin("【编者按】本期刊发两篇学习体会，供各支部学习参考。"), "llxx.txt")
    titles = ["坚持学用结合推动理论学习走深走实", "以调查研究破解基层治理难题"]
    assert [a.title for a in issue.articles] == titles
    notes = [piece for piece in issue.boilerplate if piece.text.startswith("【编者按】")]
    assert [piece.reason for piece in notes] == ["editor's note on the issue"]


def test_a_papers_wire_opening_in_brackets_gives_the_bylines() -> None:
    """「【某某日报讯】(记者…通讯员…)」: a paper's report opening set in 【】, its people with no spaces."""
    text = "\n".join(
        [
            "区教育局开展校园安全大检查",
            "",
            "【江城日报讯】(记者林晓雨通讯员周航)近日，区教育局组织安全检查组，对辖区中小学校开展校园安全大检查。",
            "",
            "检查组查看了学校食堂、消防设施和校车管理台账，对发现的问题当场反馈并限期整改。",
        ]
    )
    article = parse_text(text, "report.txt").articles[0]
    assert [(b.role, b.name) for b in article.byline] == [("记者", "林晓雨"), ("通讯员", "周航")]


_NOTICE = [
    "关于3月份便民热线工单办理情况的通报",
    "各镇人民政府、街道办事处，县直各单位：",
    "　　为进一步提高便民热线工单办理质量，更好地服务群众，现将3月份各单位工单办理情况通报如下：",
    "　　一、基本情况",
    "　　1.受理情况：3月份共受理群众来电1260件，其中咨询类703件、求助类318件、投诉类239件。",
    "　　2.办理情况：按时办结1248件，超时办结12件，按时办结率99%，群众满意率96%。",
    "　　3.工单量前三的单位：县住建局86件；县城管局64件；县公安局52件。",
    "　　二、存在问题",
    "　　个别单位回复内容简单，未能说明办理过程和结果；少数工单超时办结，群众重复来电较多。",
    "　　三、工作要求",
    "　　各单位要落实首问负责制，对超时工单逐件核查，查明原因，限期整改到位；对群众反映集中的问题，"
    "要举一反三，建立长效机制，切实提高办理质量。",
    "　　附件：3月份工单办理情况统计表",
]


def test_a_notice_signed_above_its_attachment_table_is_dated_by_its_signature() -> None:
    """docx2txt's copy of a 通报: office and day, then 「附件」 alone and the table one cell per line."""
    tail = ["县便民服务热线办公室", "2024年4月8日", "附件", "3月份工单办理情况统计表"]
    cells = ["序号", "单位", "工单数", "按时办结率"]
    cells += ["1", "县住建局", "86", "100%", "2", "县城管局", "64", "98%"]
    lines = [x for line in [*_NOTICE, *tail, *cells] for x in (line, "")]
    issue = parse_text("\n".join(lines), "tb.txt")
    assert [a.title for a in issue.articles] == ["关于3月份便民热线工单办理情况的通报"]
    assert issue.issue_date == "2024-04-08"


def test_a_notice_whose_office_and_day_stand_on_one_line_is_dated_by_them() -> None:
    """``pdftotext -layout`` keeps the right-set office and day side by side when they share a line."""
    tail = ["                              县便民服务热线办公室   2024年4月8日"]
    issue = parse_text("\n".join(x for line in [*_NOTICE, *tail] for x in (line, "")), "tb_layout.txt")
    assert issue.issue_date == "2024-04-08"


def _theory_bulletin() -> str:
    """A 党校 study bulletin as pandoc gives it: each article's writer in brackets with their office under
    the title, notes numbered 〔1〕 / [1] after its text, the next title right after the notes."""
    return "\n\n".join(
        [
            "理论学习",
            "2024年第5期",
            "县委党校编　　　　　　2024年9月20日",
            "新时代基层党组织建设的实践路径",
            "(作者:韩立新　县委党校教研室)",
            "　　基层党组织是党的全部工作和战斗力的基础。〔1〕加强基层党组织建设，必须把政治功能摆在首位，"
            "推动各类基层党组织成为坚强战斗堡垒。",
            "注释：",
            "〔1〕县委党校.基层党建读本[M].内部资料,2023.",
            "以党建引领乡村治理的几点思考",
            "(作者:苏婉　县委党校党建教研室)",
            "　　乡村治理是国家治理的基石。[1]各村要把党组织的领导落实到治理各环节，让群众在共建共治中"
            "得到实惠。",
            "注释：",
            "[1]县委组织部.乡村治理案例选编[M].内部资料,2022.",
        ]
    )


def test_a_writer_in_brackets_with_an_office_is_the_byline_and_notes_stay_with_their_article() -> None:
    issue = parse_text(_theory_bulletin(), "llxx_pandoc.txt")
    articles = issue.articles
    assert [a.title for a in articles] == ["新时代基层党组织建设的实践路径", "以党建引领乡村治理的几点思考"]
    assert [[b.name for b in a.byline] for a in articles] == [["韩立新"], ["苏婉"]]
    assert articles[1].kicker is None  # the note 〔1〕… above the title closes the first article
    assert articles[0].blocks[-1].text.startswith("〔1〕县委党校")


def _wrap(text: str, width: int) -> list[str]:
    return [text[k : k + width] for k in range(0, len(text), width)]


def _word_save_as_text() -> str:
    """Word's "Save as plain text" with line breaks at 24 characters: no blank line anywhere, each
    paragraph's first line indented, titles and section names flush left, their numbering lost."""
    items = [
        ("", "镇中心学校开展防溺水安全教育主题活动进校园",
         "5月10日，镇中心学校开展防溺水安全教育主题活动进校园，民警为学生讲解防溺水知识和自救方法。"),
        ("", "县实验小学举行春季田径运动会暨首届校园体育文化节开幕式",
         "5月12日，县实验小学举行春季田径运动会，全校六百余名学生参加了跳远、接力跑等十二个项目的比赛。"),
        ("教师发展", "县教师发展中心组织开展新教师岗前培训",
         "5月15日，县教师发展中心组织开展新教师岗前培训，八十名新入职教师参加了师德师风和课堂教学专题学习。"),
    ]  # fmt: skip
    lines = ["学校工作简报", "2024年第4期", "县教育局办公室编        2024年5月20日", "校园动态"]
    for section, title, text in items:
        lines += [section] if section else []
        lines += _wrap(title, 24)
        lines += _wrap("　　" + text, 24)
    return "\n".join(lines) + "\n"


def test_word_text_with_line_breaks_finds_titles_flush_left_over_indented_leads() -> None:
    issue = parse_text(_word_save_as_text(), "jb_word_wrapped.txt")
    assert [a.title for a in issue.articles] == [
        "镇中心学校开展防溺水安全教育主题活动进校园",
        "县实验小学举行春季田径运动会暨首届校园体育文化节开幕式",
        "县教师发展中心组织开展新教师岗前培训",
    ]
    assert issue.articles[2].blocks[0].text.startswith("5月15日")


def _phone_copy() -> str:
    """A bulletin page copied from a phone: every screen line a line (15 characters), blocks apart by blank
    lines, 来源 / 编辑 / 审核 under each item, share buttons at the end."""
    items = [
        ("区第一中学举行校园开放日活动邀请家长走进课堂",
         "4月18日，区第一中学举行校园开放日活动，两百余名家长走进课堂听课，并与任课教师面对面交流孩子的学习情况。"),
        ("区教研室组织开展初三数学复习备考专题研讨",
         "4月20日，区教研室组织全区初三数学教师开展复习备考专题研讨，三名骨干教师分别作了经验交流发言。"),
        ("区第二小学开展消防应急疏散演练",
         "4月22日，区第二小学开展消防应急疏散演练，全校师生在三分钟内有序撤离到操场，消防员现场讲解了灭火器的使用方法。"),
    ]  # fmt: skip
    lines = ["教育动态（2024年第6期）", "区教育局办公室", "2024-04-25 09:00", ""]
    for title, text in items:
        lines += [*_wrap(title, 15), ""]
        lines += [*_wrap(text, 15), ""]
        lines += ["来源：区教育局", "编辑：陈静", "审核：刘洋", ""]
    lines += ["阅读原文", "", "分享到：", "微信  朋友圈  微博"]
    return "\n".join(lines) + "\n"


def test_a_phone_copy_has_its_screen_lines_joined_back() -> None:
    """A title broken over two screen lines is one title, and a paragraph's full first line is not one."""
    issue = parse_text(_phone_copy(), "jydt_phone.txt")
    assert [a.title for a in issue.articles] == [
        "区第一中学举行校园开放日活动邀请家长走进课堂",
        "区教研室组织开展初三数学复习备考专题研讨",
        "区第二小学开展消防应急疏散演练",
    ]
    assert issue.articles[2].blocks[0].text.startswith("4月22日，区第二小学开展消防应急疏散演练，全校师生")
    assert issue.issue_date == "2024-04-25"


def test_in_a_bulletin_whose_titles_carry_writers_a_heading_without_one_is_a_sub_head() -> None:
    """A theory article's sub-head set apart like a title (pandoc plain: a blank line around every
    paragraph) stays in its article when every title of the issue stands over its writer's line."""
    text = _theory_bulletin().replace(
        "\n\n注释：\n\n[1]",
        "\n\n把党组织的政治优势转化为治理效能\n\n　　要健全党组织领导下的村民自治机制，完善议事协商制度，"
        "让群众的事由群众商量着办。\n\n注释：\n\n[1]",
    )
    issue = parse_text(text, "llxx_subhead.txt")
    titles = ["新时代基层党组织建设的实践路径", "以党建引领乡村治理的几点思考"]
    assert [a.title for a in issue.articles] == titles
    assert "把党组织的政治优势转化为治理效能" in "".join(b.text for b in issue.articles[1].blocks)
