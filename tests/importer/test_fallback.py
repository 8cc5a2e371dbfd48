"""Text in no known layout still imports: one article, titled by its first line, with a warning."""

from __future__ import annotations

from reader.importer import BlockKind, parse_text

from .conftest import SEEDS, parsed, seed_bytes

# a title naming no kind of document over its addressees (a 通知 so laid out is a known layout: an official
# document, see test_writer_lines_and_notices.py)
PLAIN = "秋季防火工作提示\n\n各乡镇：\n\n请于10月底前完成隐患排查，\n\n并上报结果。\n\n特此提示。\n"


def test_unrecognised_text_is_one_article_titled_by_its_first_line() -> None:
    issue = parse_text(PLAIN, "notice.txt")
    assert issue.layout == "fallback"
    assert [a.title for a in issue.articles] == ["秋季防火工作提示"]
    assert [b.text for b in issue.articles[0].blocks] == [
        "各乡镇：",
        "请于10月底前完成隐患排查，并上报结果。",
        "特此提示。",
    ]
    assert issue.warnings == ["layout not recognised: imported as one article titled by its first line"]


def test_a_long_first_line_gives_a_shortened_title_and_stays_in_the_body() -> None:
    first = "今年以来，全县上下认真落实各项决策部署，" + "持续推进重点工作" * 8 + "。后面还有一句。"
    issue = parse_text(first + "\n第二行。", "long.txt")
    article = issue.articles[0]
    assert len(article.title) <= 30 and article.title.endswith("…")
    assert article.title.startswith("今年以来，全县上下认真落实各项决策部署")
    assert article.blocks[0].text == first
    assert article.blocks[1].kind is BlockKind.PARAGRAPH


def test_a_single_line_file_imports() -> None:
    issue = parse_text("只有一行字。", "one.txt")
    assert issue.layout == "fallback"
    assert issue.articles[0].title == "只有一行字。"
    assert issue.articles[0].text == "只有一行字。"


def test_each_seed_is_detected_as_its_layout() -> None:
    expected = {"000": "toc_bulletin", "001": "markdown_feature"} | dict.fromkeys(
        ("002", "003", "004"), "newspaper_page"
    )
    for key in SEEDS:
        assert (
            parse_text(seed_bytes(key).decode("utf-8"), SEEDS[key]).layout
            == expected[key]
            == parsed(key).layout
        )


def test_a_toc_title_missing_from_the_body_is_reported() -> None:
    text = (
        "目录\n要闻\n甲乙丙丁会议召开 1\n戊己庚辛调研 2\n第三篇不存在 3\n"
        "要闻\n甲乙丙丁会议召开\n会议说了话。\n戊己庚辛调研\n调研了。\n"
    )
    issue = parse_text(text, "toc.txt")
    assert issue.layout == "toc_bulletin"
    assert [a.title for a in issue.articles] == ["甲乙丙丁会议召开", "戊己庚辛调研"]
    assert issue.warnings == ["table of contents: '第三篇不存在' (page 3) not found in the text"]
    assert [e.title for e in issue.toc] == ["甲乙丙丁会议召开", "戊己庚辛调研", "第三篇不存在"]
