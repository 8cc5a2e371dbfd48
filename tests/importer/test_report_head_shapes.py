"""Head shapes of provincial government work reports the gwrwide held-out set brought
(tests/data/corpus/gwrwide/SOURCES.md).  Each test names the shape with a small text written for it (an
invented province, governor and meeting), not a copy of the set's files."""

from reader.importer import parse_text

PAGE_TOP = ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"]
BODY = [
    "各位代表：",
    "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。",
    "一、2025年工作回顾",
    "过去一年，全省上下团结奋斗，经济运行稳中有进，民生福祉持续增进，各项事业取得新的成绩。",
    "二、2026年重点工作",
    "今年是“十五五”开局之年，我们将坚持稳中求进，扎实做好各项工作，推动高质量发展取得新成效。",
]


def _page(head: list[str]) -> str:
    """The report as the library page prints it: page chrome, title, occasion, source and date, the head
    lines given, the speech, 相关报道 at the end."""
    lines = [
        *PAGE_TOP,
        "2026年江川省政府工作报告",
        "——2026年1月20日在江川省第十四届人民代表大会第三次会议上",
        "来源：江川日报",
        "时间：2026-01-28",
        *head,
        *BODY,
        "相关报道：",
    ]
    return "\n".join(lines) + "\n"


def _only(text: str):
    issue = parse_text(text, "report.txt")
    assert len(issue.articles) == 1
    return issue, issue.articles[0]


def test_speaker_with_a_two_character_name_spaced_out():
    """``江川省省长 林 远``: a two-character name padded to three characters' width, as papers print it."""
    _issue, article = _only(_page(["江川省省长 林 远"]))
    assert [entry.name for entry in article.byline] == ["林远"]
    assert article.blocks[0].text == "各位代表："


def test_speaker_whose_name_has_a_middle_dot_then_a_photo_caption():
    """``自治区主席 阿卜杜·热依木`` (a name written with a middle dot), then the photo's caption
    (``1月20日，阿卜杜·热依木代表…作政府工作报告。某某/江川日报记者张明摄``) before 各位代表."""
    _issue, article = _only(
        _page(
            [
                "自治区主席 阿卜杜·热依木",
                "1月20日，阿卜杜·热依木代表自治区人民政府，向大会作政府工作报告。云端/江川日报记者张明摄",
            ]
        )
    )
    assert [entry.name for entry in article.byline] == ["阿卜杜·热依木"]
    assert article.blocks[0].text == "各位代表："


def _official(occasion: str) -> str:
    """The official text: 政府工作报告, the occasion line as given, the speaker, the speech; no page, no
    source, no date line."""
    return "\n".join(["政府工作报告", occasion, "省长 林远", *BODY]) + "\n"


def test_occasion_in_full_width_parentheses():
    """``（2026年1月20日在…会议上）`` under 政府工作报告: the occasion in brackets, not the title."""
    issue, article = _only(_official("（2026年1月20日在江川省第十四届人民代表大会第三次会议上）"))
    assert article.title == "政府工作报告"
    assert article.subtitle == "（2026年1月20日在江川省第十四届人民代表大会第三次会议上）"
    assert [entry.name for entry in article.byline] == ["林远"]
    assert issue.issue_date == "2026-01-20"


def test_occasion_led_by_horizontal_bars():
    """``――2026年1月20日在…会议上``: the dash typed as two horizontal bars (U+2015)."""
    issue, article = _only(_official("――2026年1月20日在江川省第十四届人民代表大会第三次会议上"))
    assert article.title == "政府工作报告"
    assert article.subtitle == "――2026年1月20日在江川省第十四届人民代表大会第三次会议上"
    assert issue.issue_date == "2026-01-20"


def test_photo_caption_signed_by_a_spaced_name_glued_to_its_shot_mark():
    """``…作政府工作报告。本报全媒体记者 林 远摄``: the caption under the speaker, the photographer's
    two-character name spaced out and 摄 run on to it — a caption, not the speech's first paragraph."""
    _issue, article = _only(_page(["省长 林远", "省长林远作政府工作报告。本报全媒体记者 张 明摄"]))
    assert article.blocks[0].text == "各位代表："


def test_photo_caption_signed_by_a_reporter_without_a_shot_mark():
    """``林远作政府工作报告。新江川·江川日报记者 张明``: the caption's sentence, then the outlet, 记者 and
    the photographer's name, no 摄 — a caption still."""
    _issue, article = _only(_page(["江川省省长 林远", "林远作政府工作报告。新江川·江川日报记者 张明"]))
    assert article.blocks[0].text == "各位代表："
