"""A file that opens with its day alone on a line, then the title, then the text.

A story saved as plain text by a collecting script (or copied from a page) may print the day it ran
above its headline and nothing else around them: ``2015年06月12日`` / ``阿公腰傷 孫女端藥`` / the
paragraphs.  With no other anchor in the file the importer reads it as one article; the day is that
article's date line and the issue's day, the line under it the title — never the day as the title and
the headline as the first paragraph.
Written for the test: invented family, county and office.
"""

from __future__ import annotations

from reader.importer import parse_text

_TRADITIONAL = [
    "2015年06月12日",
    "阿公腰傷 孫女端藥",
    "「阿公，藥要吃喔。」10歲的小萱端著溫水走到床邊，看著72歲阿公吳進發慢慢吞下藥丸。",
    "吳進發說，兒子5年前車禍過世，媳婦改嫁後，他獨力帶大兩個孫女，「我以前在碼頭扛貨，現在腰直不起來。」",
    "孫女放學做家事",
    "當地里長說，祖孫3人靠老農津貼與低收補助過活，蘋果基金會訪視後已撥款暫紓困境。",
]
_SIMPLIFIED = [
    "2024年3月5日",
    "县农业局召开春耕生产部署会",
    "3月4日，县农业局召开春耕生产部署会，安排今年春耕备耕工作。",
    "会议要求，各乡镇要抓好种子、化肥等农资供应，确保不误农时。",
]


def test_day_over_a_traditional_headline() -> None:
    issue = parse_text("\n".join(_TRADITIONAL), "a9002.txt")
    assert [a.title for a in issue.articles] == ["阿公腰傷 孫女端藥"]
    article = issue.articles[0]
    assert article.date_line == "2015年06月12日"
    assert issue.issue_date == "2015-06-12"
    assert article.text.startswith("「阿公，藥要吃喔。」")
    assert "孫女放學做家事" in article.text


def test_day_over_a_bulletin_item() -> None:
    issue = parse_text("\n".join(_SIMPLIFIED) + "\n", "chungeng.txt")
    assert [a.title for a in issue.articles] == ["县农业局召开春耕生产部署会"]
    assert issue.issue_date == "2024-03-05"
    assert issue.articles[0].text.startswith("3月4日，县农业局")


def test_day_over_running_text_titles_nothing_new() -> None:
    """Under the day a sentence, not a headline: the sentence is never made a title."""
    issue = parse_text("\n".join([_SIMPLIFIED[0], *_SIMPLIFIED[2:]]) + "\n", "notitle.txt")
    assert all(a.title != _SIMPLIFIED[2] for a in issue.articles)
    assert "3月4日，县农业局" in "".join(a.text for a in issue.articles)
