"""A paragraph all in bold above a Markdown file's first title is kept: over the title it is the title's
kicker (引题), further up it is set aside with the page's other header lines.  It had vanished from the
issue — the preamble dropped it as if it were a section heading (``mutation_probe.py`` seed 36, a
thepaper.cn page converted with html2text and cut short above its bold sub-heading)."""

from reader.importer import parse_text

BODY = "3月5日，县委召开理论学习中心组学习会，专题学习有关精神。\n"
KICKER, TITLE = "**深入学习贯彻党的二十大精神**", "# 县委召开理论学习中心组学习会"


def test_a_bold_line_right_over_the_title_is_its_kicker() -> None:
    text = f"{KICKER}\n\n{TITLE}\n\n{BODY}\n## 会议要求\n\n各级党组织要认真抓好落实。\n"
    issue = parse_text(text, "study.md")
    assert [(a.kicker, a.title) for a in issue.articles] == [
        ("深入学习贯彻党的二十大精神", "县委召开理论学习中心组学习会")
    ]


def test_a_bold_line_further_up_is_set_aside_not_lost() -> None:
    text = f"{KICKER}\n\n导语：本期关注学习情况。\n\n{TITLE}\n\n{BODY}"
    issue = parse_text(text, "study.md")
    assert [a.title for a in issue.articles] == ["县委召开理论学习中心组学习会"]
    assert "深入学习贯彻党的二十大精神" in [item.text for item in issue.boilerplate]


def test_a_bold_line_above_a_pages_small_headings_is_set_aside_not_lost() -> None:
    text = "**贯彻落实十九届四中全会精神，抓好3件事**  \n\n正文第一段，内容如下。\n\n"
    text += "### 热话题\n一条\n### 热门推荐\n两条\n"
    issue = parse_text(text, "page.md")
    assert "贯彻落实十九届四中全会精神，抓好3件事" in [item.text for item in issue.boilerplate]
